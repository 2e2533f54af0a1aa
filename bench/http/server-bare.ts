/**
 * bench/http child: a bare Apollo Server on the packages thidua uses (`@apollo/server` with
 * `@as-integrations/express5` on Express 5), a one-field schema, no plugins. The floor a GraphQL
 * request over HTTP costs here; tells its port to the parent over IPC.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { AddressInfo } from 'node:net';

async function main(): Promise<void> {
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String }',
    resolvers: { Query: { hello: () => 'xin chào' } },
  });
  await server.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(server));
  const http = app.listen(0, '127.0.0.1', () => {
    process.send?.({ ready: true, port: (http.address() as AddressInfo).port });
  });
  process.on('disconnect', () => process.exit(0));
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:http bare server failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(2);
});
