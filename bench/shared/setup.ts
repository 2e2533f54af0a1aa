import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { recreateDatabase, serverVersionOf } from './database';

/**
 * Packages that read NODE_ENV once, when they are first loaded: graphql-js then picks its
 * `instanceOf`, whose development version also compares class names on every miss (0.6 % of
 * bench/org's CPU while it asked a 48-unit tree level). A bench must load them only after
 * `prepareBench` has set production mode, as the app and its references are loaded (dynamic
 * imports); bench/org's bare Apollo reference, imported statically, had the whole process's GraphQL
 * measured in development mode until this check (7 December 2026).
 */
const READ_NODE_ENV_WHEN_LOADED = ['graphql'];

/**
 * What every province-scale bench does before it boots the app: print the machine and its load (other
 * work inflates every figure), drop and recreate its database unless a previous run's volume is reused
 * (BENCH_REUSE=1 and `existing` says the data is there), and set the app's configuration for a bench
 * (production mode, no demo data, quiet logs, no SPA). Returns whether the database was reused.
 */
export async function prepareBench(opts: {
  url: string;
  existing: (url: string) => Promise<boolean>;
  log: (line?: string) => void;
  fail: (message: string) => never;
}): Promise<boolean> {
  const { url, log, fail } = opts;
  const early = Object.keys(require.cache).filter((path) =>
    READ_NODE_ENV_WHEN_LOADED.some((pkg) => path.includes(`/node_modules/${pkg}/`)),
  );
  if (early.length)
    fail(
      `loaded before the bench set NODE_ENV=production (import it after prepareBench): ${early[0]}`,
    );
  log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`,
  );
  log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (other work on the machine inflates every figure)`,
  );
  const reuse = process.env['BENCH_REUSE'] === '1' && (await opts.existing(url));
  const serverVersion = reuse ? await serverVersionOf(url) : await recreateDatabase(url, fail);
  log(
    `database: ${url.replace(/\/\/[^@]*@/, '//…@')} (PostgreSQL ${serverVersion}), ` +
      (reuse ? 'reused (BENCH_REUSE=1)' : 'dropped and recreated'),
  );

  // the application reads its configuration when it boots
  Object.assign(process.env, {
    NODE_ENV: 'production',
    DEMO_DATA: 'false',
    LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'warn',
    COOKIE_SECURE: 'false',
    GRAPHQL_SCHEMA_FILE: '',
    WEB_DIST_DIR: join(tmpdir(), 'thidua-bench-no-spa'),
  });
  delete process.env['BOOTSTRAP_ADMIN_USERNAME'];
  delete process.env['BOOTSTRAP_ADMIN_PASSWORD'];
  return reuse;
}
