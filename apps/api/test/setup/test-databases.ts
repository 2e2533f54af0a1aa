/**
 * Integration test files run in up to THIDUA_TEST_WORKERS Jest workers (default 2, the cores of the
 * machines this runs on), each on its own copy of the migrated database (see global-setup.ts).
 */
export function testWorkers(): number {
  const n = Number(process.env['THIDUA_TEST_WORKERS'] ?? 2);
  return Number.isInteger(n) && n >= 1 ? n : 2;
}

/** The same server, another database. */
export function cloneDatabaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** This worker's database (JEST_WORKER_ID counts from 1; a run in band is worker 1). */
export function workerDatabaseUrl(): string {
  const urls = (process.env['THIDUA_TEST_DATABASE_URLS'] ?? '').split(' ').filter(Boolean);
  if (!urls.length) {
    throw new Error('THIDUA_TEST_DATABASE_URLS is not set: run through jest.int.config.cts');
  }
  const worker = Number(process.env['JEST_WORKER_ID'] ?? 1);
  return urls[(worker - 1) % urls.length] as string;
}
