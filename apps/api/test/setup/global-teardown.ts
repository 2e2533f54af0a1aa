import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  for (const server of globalThis.__THIDUA_EMBEDDED__ ?? []) await server.stop();
  const clones = globalThis.__THIDUA_CLONES__;
  if (!clones) return;
  const admin = new Client({ connectionString: clones.admin });
  await admin.connect();
  try {
    for (const name of clones.names)
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
