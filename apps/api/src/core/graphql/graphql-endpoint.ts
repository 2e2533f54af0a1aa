import type { ApolloDriver } from '@nestjs/apollo';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type RequestHandler } from 'express';
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
    const apollo = expressMiddleware(module.graphQlAdapter.instance, {
      context: async ({ req, res }) => context({ req: req as StatefulRequest, res }),
    });
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
