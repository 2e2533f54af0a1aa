/**
 * bench/http child: a bare Apollo Server on the packages thidua uses (`@apollo/server` with
 * `@as-integrations/express5` on Express 5), a one-field schema, Apollo's cache-control plugin off as
 * in thidua (until 7 December 2026 it kept Apollo's default, which hooks every field), no other
 * plugin: the floor a GraphQL request over HTTP costs here. Its `one` field sends `SELECT 1` to the same PostgreSQL through a
 * plain pg pool: the floor of any request that reads the database once (a signed-in request reads
 * its session). Tells its port to the parent over IPC.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String, one: Int }',
    resolvers: {
      Query: {
        hello: () => 'xin chào',
        one: async () => (await pool.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one,
      },
    },
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await server.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(server));
  const http = app.listen(0, '127.0.0.1', () => {
    process.send?.({ ready: true, port: (http.address() as AddressInfo).port });
  });
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
