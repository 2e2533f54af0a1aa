import { Client } from 'pg';

/** The server's version, for the benchmark's header. */
export async function serverVersionOf(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ v: string }>(
    `SELECT current_setting('server_version') AS v`,
  );
  await client.end();
  return rows[0]?.v ?? '?';
}

/**
 * Drops and recreates a benchmark's database, only one whose name says it is a benchmark's (or with
 * BENCH_ALLOW_DROP=1); `fail` reports a refusal in the calling benchmark's words. Returns the server's
 * version.
 */
export async function recreateDatabase(
  url: string,
  fail: (message: string) => never,
): Promise<string> {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) fail(`unexpected database name "${name}" in DATABASE_URL`);
  if (!/bench/i.test(name) && process.env['BENCH_ALLOW_DROP'] !== '1') {
    fail(
      `refusing to drop database "${name}": its name does not contain "bench" (set BENCH_ALLOW_DROP=1 to insist)`,
    );
  }
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  return serverVersionOf(url);
}
