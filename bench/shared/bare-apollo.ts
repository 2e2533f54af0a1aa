import { ApolloServer, type ApolloServerOptions, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The benches' bare Apollo Server (bench/http's floor, bench/org's reference of the tree levels): the
 * packages thidua uses (`@apollo/server` with `@as-integrations/express5` on Express 5), Apollo's
 * cache-control plugin off as thidua has it, nothing else. One definition, so the two references
 * cannot drift apart: until 7 December 2026 one of them kept the plugin on.
 */
export async function listenBareApollo(
  schema: Pick<ApolloServerOptions<BaseContext>, 'typeDefs' | 'resolvers'>,
): Promise<{ port: number; close: () => Promise<void> }> {
  const server = new ApolloServer({
    ...schema,
    plugins: [ApolloServerPluginCacheControlDisabled()],
  } as ApolloServerOptions<BaseContext>);
  await server.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(server));
  const http = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return {
    port: (http.address() as AddressInfo).port,
    close: async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await server.stop();
    },
  };
}
