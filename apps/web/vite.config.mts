import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const outDir = fromRoot('dist/apps/web');

/** Mirrors the `paths` of tsconfig.base.json. */
export const workspaceAliases = {
  '@thidua/shared-domain': fromRoot('libs/shared/domain/src/index.ts'),
  '@thidua/web-data-access': fromRoot('libs/web/data-access/src/index.ts'),
  '@thidua/web-ui': fromRoot('libs/web/ui/src/index.ts'),
};

/** In development the API runs separately; the SPA reaches it through the dev server (same origin, cookies work). */
const apiTarget = process.env['API_URL'] ?? 'http://127.0.0.1:3000';
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiTarget, changeOrigin: false },
  '/api': { target: apiTarget, changeOrigin: false },
};

/** Text assets worth compressing; below 1 KB the encoding headers cost about what they save. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt)$/;
const MIN_COMPRESS_BYTES = 1024;

/**
 * Writes `.br` and `.gz` beside every text asset once, at build time, at the strongest settings (brotli
 * 11, gzip 9): the API then sends them with `Content-Encoding` and spends no CPU per request. Chosen
 * over the `compression` middleware, which would re-compress the same immutable 330 KB of JS on every
 * cold load at a weaker level (brotli 11 takes ~1 s for the whole bundle: fine once, not per request
 * on a 2-core office server).
 */
function precompress(): Plugin {
  return {
    name: 'thidua:precompress',
    apply: 'build',
    async closeBundle() {
      const walk = async (dir: string): Promise<string[]> => {
        // closeBundle also runs after a failed build: nothing written, and the real error must show
        const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
        const nested = await Promise.all(
          entries
            .filter((e) => !e.name.startsWith('.'))
            .map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])),
        );
        return nested.flat();
      };
      for (const file of await walk(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const body = await readFile(file);
        if (body.length < MIN_COMPRESS_BYTES) continue;
        await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
        await writeFile(
          `${file}.br`,
          brotliCompressSync(body, {
            params: {
              [zlib.BROTLI_PARAM_QUALITY]: 11,
              [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
              [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
            },
          }),
        );
      }
    },
  };
}

const DATA_ACCESS_SRC = fromRoot('libs/web/data-access/src/');
const GENERATED_DOCUMENTS = `${DATA_ACCESS_SRC}gql/graphql.ts`;
const DOCUMENT_MODULE = '\0thidua-document:';

/**
 * What the codegen client preset's babel optimiser does, for this repo's string documents: each
 * `graphql(\`query Me …\`)` becomes an import of that one generated document, in a module of its own.
 * Without it `graphql()` looks documents up in a map of ALL 89 of them, and even direct imports of
 * `gql/graphql.ts` would keep every document any page uses in the one chunk the entry loads (a module is
 * never split between chunks): ~170 KB of GraphQL text on the login page. Build only; the dev server
 * and the tests keep the map. A name missing from the generated file fails the build.
 */
function treeShakeGraphqlDocuments(): Plugin {
  let documents: Map<string, string> | undefined;
  const load = async () => {
    if (documents) return documents;
    const generated = await readFile(GENERATED_DOCUMENTS, 'utf8');
    const statement =
      /^export const (\w+) = new TypedDocumentString\((`[^`]*`)(, \{[^\n]*?\})?\) as unknown as /gm;
    documents = new Map([...generated.matchAll(statement)].map((m) => [m[1], m[2] + (m[3] ?? '')]));
    return documents;
  };
  const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  return {
    name: 'thidua:graphql-documents',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(DOCUMENT_MODULE) ? id : null;
    },
    async load(id) {
      if (!id.startsWith(DOCUMENT_MODULE)) return null;
      const args = (await load()).get(id.slice(DOCUMENT_MODULE.length));
      return [
        `import { TypedDocumentString } from ${JSON.stringify(GENERATED_DOCUMENTS)};`,
        `export default /* @__PURE__ */ new TypedDocumentString(${args});`,
      ].join('\n');
    },
    async transform(code, id) {
      // the generated constants are now unused: pure, so they go (the class stays)
      if (id === GENERATED_DOCUMENTS) {
        return code.replace(
          /= new TypedDocumentString\(/g,
          '= /* @__PURE__ */ new TypedDocumentString(',
        );
      }
      if (!id.startsWith(DATA_ACCESS_SRC) || id.includes('/gql/') || !code.includes('graphql(`')) {
        return null;
      }
      const known = await load();
      const imports: string[] = [];
      const out = code.replace(CALL, (_call, source: string) => {
        const head = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(source);
        if (!head) this.error(`${id}: cannot name the document ${source.slice(0, 60)}`);
        const name = head[1] === 'fragment' ? `${head[2]}FragmentDoc` : `${head[2]}Document`;
        if (!known.has(name))
          this.error(`${id}: ${name} is not in gql/graphql.ts (run the codegen)`);
        imports.push(`import __${name} from ${JSON.stringify(DOCUMENT_MODULE + name)};`);
        return `__${name}`;
      });
      return `${imports.join('\n')}\n${out}`;
    },
  };
}

/**
 * Long-lived vendor chunks: React and the router change only with a dependency bump, so a release of
 * the app alone leaves them cached (`immutable`, one year). antd is NOT one chunk: its components are
 * split by the pages that use them, otherwise the login page would carry the table, tree and date
 * picker of the administration screens (the 1 MB shared chunk measured before this change).
 */
const vendorGroups = [
  {
    name: 'react',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@tanstack)[\\/]/,
    priority: 3,
  },
  {
    // what every antd component needs (theme, CSS-in-JS, config): the login page loads it anyway
    name: 'antd-core',
    test: /node_modules[\\/](antd[\\/]es[\\/](_util|config-provider|theme|style|locale)|@ant-design[\\/](cssinjs|cssinjs-utils|colors|fast-color)|@rc-component[\\/](util|motion|context)|stylis|@emotion)[\\/]/,
    priority: 2,
  },
];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // the API serves the built SPA at / with an index.html fallback for client routes
  base: '/',
  plugins: [treeShakeGraphqlDocuments(), react(), precompress()],
  resolve: { alias: workspaceAliases },
  server: { host: '127.0.0.1', port: 4200, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 4300, strictPort: true, proxy },
  build: {
    outDir,
    emptyOutDir: true,
    // No public source maps: they published the whole source. `SOURCEMAP=1` writes hidden maps (no
    // `sourceMappingURL`) for debugging a build locally; the API never serves `.map` files anyway.
    sourcemap: process.env['SOURCEMAP'] === '1' ? 'hidden' : false,
    // `.vite/manifest.json`: which chunks each page loads; bench/web reads it (never served: dot dir)
    manifest: true,
    chunkSizeWarningLimit: 300,
    rolldownOptions: {
      treeshake: {
        // The workspace libs are imported through barrels (`export * from …`) and have no package.json
        // saying `sideEffects: false`, so the bundler kept every module of them in the entry's graph:
        // the login page loaded DataTable (antd Table), every GraphQL document, the tree… Their modules
        // only declare components, hooks and documents, so an unused export may go.
        moduleSideEffects: [
          { test: /[\\/]libs[\\/](web|shared)[\\/]/, sideEffects: false, external: false },
        ],
      },
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
});
