/**
 * bench/web: how much JavaScript the login page costs, read from an existing build of the SPA.
 * It builds nothing: run `npx nx run web:build` first (or `npm run e2e`, which builds it).
 *
 *   npm run bench:web
 *   WEB_DIST_DIR=/elsewhere/dist/apps/web BENCH_WEB_TARGET_KB=300 npm run bench:web
 *
 * The login page's initial JS is the entry chunk of index.html with all its static imports, plus the
 * login route's own chunk and its static imports (the router loads that one before the first paint, so
 * leaving it out would flatter the figure). Sizes are gzip -9 and brotli -11, as the API sends them
 * (precompressed at build). Exits 1 over the target (gzip), when the build is missing, or when a
 * source map sits where the API could serve it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.env.WEB_DIST_DIR ?? 'dist/apps/web');
const TARGET_KB = Number(process.env.BENCH_WEB_TARGET_KB ?? 300);
const LOGIN_ROUTE = 'src/features/auth/pages/LoginPage.tsx';
const TOP = 12;

const log = (line = '') => process.stdout.write(`${line}\n`);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const pad = (s, n) => String(s).padStart(n);

function fail(message) {
  process.stderr.write(`bench/web: ${message}\n`);
  process.exit(1);
}

const manifestFile = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) {
  fail(`no build manifest at ${manifestFile}: build the SPA first (npx nx run web:build)`);
}
/** @type {Record<string, {file: string, isEntry?: boolean, imports?: string[], css?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

const sizes = new Map();
function sizeOf(file) {
  let s = sizes.get(file);
  if (!s) {
    const body = readFileSync(join(dist, file));
    s = {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }).length,
    };
    sizes.set(file, s);
  }
  return s;
}

/** The chunk of `key` and every chunk it imports statically, transitively (files, in load order). */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk) fail(`the manifest has no chunk ${key}`);
  if (seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const css of chunk.css ?? []) seen.add(css);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) fail('the manifest has no entry chunk');
const initial = closure(entryKey);
if (manifest[LOGIN_ROUTE]) closure(LOGIN_ROUTE, initial);
else log(`bench/web: no chunk for ${LOGIN_ROUTE}; counting the entry only`);

const files = [...initial];
const total = files.reduce(
  (sum, f) => {
    const s = sizeOf(f);
    return { raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli };
  },
  { raw: 0, gzip: 0, brotli: 0 },
);

const row = (name, s) =>
  `${name.padEnd(48)} ${pad(kb(s.raw), 9)} ${pad(kb(s.gzip), 9)} ${pad(kb(s.brotli), 9)}`;
const header = `${'file'.padEnd(48)} ${pad('raw KB', 9)} ${pad('gzip KB', 9)} ${pad('br KB', 9)}`;

log(`bench/web: ${dist}\n`);
log(`Login page, initial JS and CSS (${files.length} files: entry + static imports + login route)`);
log(header);
for (const f of files.sort((a, b) => sizeOf(b).gzip - sizeOf(a).gzip)) log(row(f, sizeOf(f)));
log(row('TOTAL', total));

const assets = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
log(`\nLargest of ${assets.length} chunks`);
log(header);
for (const f of assets
  .map((f) => `assets/${f}`)
  .sort((a, b) => sizeOf(b).gzip - sizeOf(a).gzip)
  .slice(0, TOP))
  log(row(f, sizeOf(f)));

const maps = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) walk(join(dir, e.name));
    else if (e.name.endsWith('.map')) maps.push(join(dir, e.name));
  }
};
walk(dist);

const problems = [];
if (total.gzip > TARGET_KB * 1024) {
  problems.push(`initial JS ${kb(total.gzip)} KB gzip is over the ${TARGET_KB} KB target`);
}
if (maps.length > 0 && process.env.SOURCEMAP !== '1') {
  problems.push(`${maps.length} source map(s) in the build (e.g. ${maps[0]})`);
}
log(
  `\nInitial JS: ${kb(total.gzip)} KB gzip, ${kb(total.brotli)} KB brotli (target <= ${TARGET_KB} KB gzip)`,
);
if (problems.length > 0) fail(problems.join('; '));
log('OK');
