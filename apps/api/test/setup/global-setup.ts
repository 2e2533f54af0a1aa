import { Client } from 'pg';
import { createDataSource } from '../../src/core/database/data-source';
import {
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '../../src/core/database/embedded-postgres';
import { cloneDatabaseUrl, testWorkers } from './test-databases';

declare global {
  var __THIDUA_EMBEDDED__: EmbeddedPostgres[] | undefined;
  var __THIDUA_CLONES__: { admin: string; names: string[] } | undefined;
}

async function migrate(url: string, embedded: boolean): Promise<void> {
  const ds = createDataSource({ url, migrationsRun: false, poolSize: 2, embedded });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}

/**
 * Once per run: one database per Jest worker, each a copy of one migrated template, so test files
 * run side by side on the machine's cores without meeting each other's rows or jobs (issue 9, B6).
 *
 * - Without DATABASE_URL: an in-memory PGlite is migrated once, and each further worker gets a PGlite
 *   started from its files (`dumpDataDir`/`loadDataDir`) instead of running the migrations again.
 * - With DATABASE_URL (CI runs the suite again on a real PostgreSQL): that database is migrated and
 *   is the template of `<name>_w1`, `<name>_w2`… (`CREATE DATABASE … TEMPLATE`), dropped at teardown.
 *
 * The URLs go to the workers in THIDUA_TEST_DATABASE_URLS; `test-databases.ts` picks a worker's own.
 */
export default async function globalSetup(): Promise<void> {
  const workers = testWorkers();
  const given = process.env['DATABASE_URL'];
  let urls: string[];
  if (!given) {
    const template = await startEmbeddedPostgres({ maxConnections: 20 });
    globalThis.__THIDUA_EMBEDDED__ = [template];
    await migrate(template.url, true);
    const files = workers > 1 ? await template.dumpDataDir() : null;
    for (let i = 1; i < workers; i++) {
      globalThis.__THIDUA_EMBEDDED__.push(
        await startEmbeddedPostgres({ maxConnections: 20, loadDataDir: files as Blob }),
      );
    }
    urls = globalThis.__THIDUA_EMBEDDED__.map((e) => e.url);
  } else {
    await migrate(given, false);
    const template = new URL(given).pathname.slice(1);
    const admin = new Client({ connectionString: cloneDatabaseUrl(given, 'postgres') });
    await admin.connect();
    const names = Array.from({ length: workers }, (_, i) => `${template}_w${i + 1}`);
    try {
      for (const name of names) {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      }
    } finally {
      await admin.end();
    }
    globalThis.__THIDUA_CLONES__ = { admin: cloneDatabaseUrl(given, 'postgres'), names };
    urls = names.map((name) => cloneDatabaseUrl(given, name));
  }
  process.env['THIDUA_TEST_DATABASE_URLS'] = urls.join(' ');
  process.env['THIDUA_TEST_EMBEDDED'] = given ? 'false' : 'true';
}
