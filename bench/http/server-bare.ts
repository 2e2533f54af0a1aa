/**
 * bench/http child: the benches' bare Apollo Server (`bench/shared/bare-apollo.ts`) with a one-field
 * schema: the floor a GraphQL request over HTTP costs here. Its `one` field sends `SELECT 1` to the
 * same PostgreSQL through a plain pg pool: the floor of any request that reads the database once (a
 * signed-in request reads its session). Tells its port to the parent over IPC.
 */
import { Pool } from 'pg';
import { listenBareApollo } from '../shared/bare-apollo';

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });
  const { port } = await listenBareApollo({
    typeDefs: 'type Query { hello: String, one: Int }',
    resolvers: {
      Query: {
        hello: () => 'xin chào',
        one: async () => (await pool.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one,
      },
    },
  });
  process.send?.({ ready: true, port });
  process.on('message', (m: { counters?: boolean }) => {
    if (!m.counters) return;
    const { user, system } = process.cpuUsage();
    process.send?.({ counters: { statements: null, cpuMicros: user + system } });
  });
  process.on('disconnect', () => process.exit(0));
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:http bare server failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(2);
});
