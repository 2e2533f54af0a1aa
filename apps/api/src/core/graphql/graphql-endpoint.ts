import type { ApolloDriver } from '@nestjs/apollo';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import express, { type Request, type RequestHandler, type Response } from 'express';
import type { StatefulRequest } from '../auth/request-state';
import { graphqlConfig, type GraphqlConfig } from '../config/graphql.config';
import { graphqlContextFactory } from './graphql-context';

/** The JSON body limit of /graphql: body-parser's default, which Nest's parser applied before. */
export const GRAPHQL_BODY_LIMIT = '100kb';

/**
 * Serves /graphql at the front of the Express stack, right after the request log, the security
 * headers and the cookies. @nestjs/apollo mounts Apollo after everything Nest registers at init:
 * its body parsers (JSON and forms), the 27 REST routes, a layer that defaults `req.body`; every
 * GraphQL request walked them all. Here it meets one JSON parser and Apollo (the same server, the
 * same context and plugins): issue 9 D, bench/http. Nest's own mount stays behind, unreached for
 * /graphql. Until the application has booted, requests fall through to it.
 */
@Injectable()
export class GraphqlEndpoint implements OnApplicationBootstrap {
  private handler: RequestHandler | null = null;

  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(graphqlConfig.KEY) private readonly config: GraphqlConfig,
  ) {}

  /** Mounted by `createApp` at /graphql before Nest's layers. */
  readonly middleware: RequestHandler = (req, res, next) =>
    this.handler ? this.handler(req, res, next) : next();

  onApplicationBootstrap(): void {
    const module = this.moduleRef.get<GraphQLModule<ApolloDriver>>(GraphQLModule, {
      strict: false,
    });
    const context = graphqlContextFactory(this.config.maxTokens);
    const apollo = apolloHandler(module.graphQlAdapter.instance, async (req, res) =>
      context({ req: req as StatefulRequest, res }),
    );
    const json = express.json({ limit: GRAPHQL_BODY_LIMIT });
    this.handler = (req, res, next) =>
      json(req, res, (error?: unknown) => {
        if (error) return next(error);
        // body-parser 2 leaves no body on a GET; Apollo's integration asks for one (as Nest's did)
        req.body ??= {};
        return apollo(req, res, next);
      });
  }
}

/**
 * Apollo's Express integration (what `@as-integrations/express5` does, in as many lines), with the
 * answer written by `res.end`: the integration's `res.send` turned the JSON into a Buffer, hashed it
 * for an ETag that no GraphQL client revalidates (POSTs, answers per user) and parsed the content
 * type again; in a profile of bench/org's 48-unit tree level that was ~0.1 ms of a 2.5 ms request
 * (Buffer.from 38 µs, the ETag 30 µs, the headers 22 µs). Node sets Content-Length from the string.
 */
export function apolloHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: (req: Request, res: Response) => Promise<TContext>,
): RequestHandler {
  return (req, res, next) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.url.indexOf('?');
    server
      .executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method.toUpperCase(),
          headers,
          search: query < 0 ? '' : req.url.slice(query),
          body: req.body as unknown,
        },
        context: () => context(req, res),
      })
      .then(async (answer) => {
        for (const [key, value] of answer.headers) res.setHeader(key, value);
        res.statusCode = answer.status ?? 200;
        if (answer.body.kind === 'complete') {
          res.end(answer.body.string);
          return;
        }
        for await (const chunk of answer.body.asyncIterator) res.write(chunk);
        res.end();
      })
      .catch(next);
  };
}
