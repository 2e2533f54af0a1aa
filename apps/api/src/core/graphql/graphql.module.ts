import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { ActorResolver } from '../auth/actor-resolver';
import { ROOT_LOGGER } from '../logging/logging.module';
import { graphqlConfig, type GraphqlConfig } from '../config/graphql.config';
import { DateScalar } from './date.scalar';
import { createErrorFormatter } from './error-formatter';
import { GraphqlEndpoint } from './graphql-endpoint';
import { credentialsReadAhead, graphqlContextFactory } from './graphql-context';
import { jitGateway } from './jit-executor';
import { limitsPlugin } from './limits.plugin';

/**
 * Code-first GraphQL at /graphql. Outside production the printed, sorted schema is written to
 * apps/api/schema.gql at boot: that file is the committed public contract (CI fails if it drifts).
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [graphqlConfig.KEY, ROOT_LOGGER, GraphQLSchemaHost, ModuleRef],
      useFactory: (
        gql: GraphqlConfig,
        root: Logger,
        schemaHost: GraphQLSchemaHost,
        moduleRef: ModuleRef,
      ) => {
        const logger = root.child({ component: 'graphql' });
        return {
          path: '/graphql',
          autoSchemaFile: gql.schemaFile ? resolve(gql.schemaFile) : true,
          sortSchema: true,
          playground: false,
          introspection: true,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          buildSchemaOptions: { dateScalarMode: 'isoDate' },
          // the context of Nest's own mount, which GraphqlEndpoint (same function) serves before
          context: graphqlContextFactory(gql.maxTokens),
          formatError: createErrorFormatter(logger),
          parseOptions: { maxTokens: gql.maxTokens },
          // Apollo asks the gateway for the schema Nest built (set on the host before Apollo starts)
          // and for the executor: compiled operations (ADR 0026; GRAPHQL_JIT_AFTER=0, graphql-js
          // only) and queries run while their session is checked (ADR 0027)
          gateway: jitGateway(() => schemaHost.schema, {
            compileAfter: gql.jitAfter,
            readAhead: credentialsReadAhead(() => moduleRef.get(ActorResolver, { strict: false })),
          }),
          plugins: [
            // Apollo's default cache-control plugin hooks every field of every response
            // (willResolveField, 0.5% of a unit list's CPU in bench/http) to compute HTTP cache hints
            // nobody reads: answers here are per user and never cached
            ApolloServerPluginCacheControlDisabled(),
            limitsPlugin({
              maxDepth: gql.maxDepth,
              maxComplexity: gql.maxComplexity,
              maxAliases: gql.maxAliases,
            }),
          ],
        };
      },
    }),
  ],
  providers: [DateScalar, GraphqlEndpoint],
  exports: [GraphqlEndpoint],
})
export class AppGraphqlModule {}
