/**
 * The backup round trip, run by backup.int-spec.ts in a child process (PGlite needs dynamic imports,
 * which a Jest worker's VM refuses). Loads the demo province into an embedded database through the
 * real application, dumps it, restores it into empty databases, and prints every table's fingerprint
 * as JSON on the last line of stdout.
 *   node -r @swc-node/register backup-roundtrip.ts <dump file> [<empty server database URL>]
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { createApp } from '../../src/app.factory';
import {
  BackupError,
  dumpEmbedded,
  embeddedTarget,
  restoreDump,
  serverTarget,
  type SqlTarget,
} from '../../src/core/database/backup';
import { startEmbeddedPostgres } from '../../src/core/database/embedded-postgres';

/** Every table's rows as one fingerprint: count and md5 of the rows' text in a stable order. */
async function fingerprint(target: SqlTarget): Promise<Record<string, string>> {
  // timestamps print in the session's zone: the same one on both sides
  await target.query(`SET TimeZone = 'UTC'`);
  const tables = await target.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await target.query<{ n: string; h: string | null }>(
      `SELECT count(*) AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM public."${name}" t`,
    );
    result[name] = `${row!.n}:${row!.h ?? '-'}`;
  }
  return result;
}

async function refusal(work: Promise<unknown>): Promise<string | null> {
  try {
    await work;
    return null;
  } catch (e) {
    if (e instanceof BackupError) return e.message;
    throw e;
  }
}

async function main(file: string, serverUrl: string | undefined): Promise<void> {
  const source = await startEmbeddedPostgres({ maxConnections: 5 });
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DEMO_DATA: 'true',
    LOG_LEVEL: 'silent',
    GRAPHQL_SCHEMA_FILE: '',
  });
  const started = Date.now();
  const { app } = await createApp({ url: source.url, poolSize: 1, embedded: true });
  await app.init();
  await app.close();
  const demoMs = Date.now() - started;
  const dumpStarted = Date.now();
  await dumpEmbedded(source.db, file);
  const dumpMs = Date.now() - dumpStarted;
  const before = await fingerprint(embeddedTarget(source.db, async () => undefined));
  await source.stop();

  const sql = readFileSync(file, 'utf8');
  const empty = await startEmbeddedPostgres({ noServer: true });
  const restored = embeddedTarget(empty.db, () => empty.stop());
  const restoreStarted = Date.now();
  await restoreDump(restored, sql);
  const restoreMs = Date.now() - restoreStarted;
  const afterEmbedded = await fingerprint(restored);
  const secondRestore = await refusal(restoreDump(restored, sql));
  const afterSecond = await fingerprint(restored);
  const notADump = await refusal(restoreDump(restored, 'DROP TABLE units;'));
  await restored.close();

  let afterServer: Record<string, string> | null = null;
  if (serverUrl) {
    const server = await serverTarget(serverUrl);
    try {
      await restoreDump(server, sql);
      afterServer = await fingerprint(server);
    } finally {
      await server.close();
    }
  }
  process.stdout.write(
    `${JSON.stringify({ before, afterEmbedded, secondRestore, afterSecond, notADump, afterServer, demoMs, dumpMs, restoreMs })}\n`,
  );
}

main(process.argv[2]!, process.argv[3]).then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
