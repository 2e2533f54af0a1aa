import { createDataSource } from '../../src/core/database/data-source';
import {
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '../../src/core/database/embedded-postgres';

declare global {
  var __THIDUA_EMBEDDED__: EmbeddedPostgres | undefined;
}

/**
 * Once per run: DATABASE_URL when given (CI runs the suite again on a real PostgreSQL), otherwise a
 * fresh in-memory PGlite. Migrations run here once; every test file then boots the real app on it.
 */
export default async function globalSetup(): Promise<void> {
  let url = process.env['DATABASE_URL'];
  if (!url) {
    globalThis.__THIDUA_EMBEDDED__ = await startEmbeddedPostgres({ maxConnections: 20 });
    url = globalThis.__THIDUA_EMBEDDED__.url;
  }
  process.env['THIDUA_TEST_DATABASE_URL'] = url;
  process.env['THIDUA_TEST_EMBEDDED'] = globalThis.__THIDUA_EMBEDDED__ ? 'true' : 'false';
  const ds = createDataSource({
    url,
    migrationsRun: false,
    poolSize: 2,
    embedded: !!globalThis.__THIDUA_EMBEDDED__,
  });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}
