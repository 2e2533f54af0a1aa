import type { Response } from 'express';
import type { ActorResolver } from '../auth/actor-resolver';
import { callerContext } from '../auth/decorators';
import { requestStateOf, type StatefulRequest } from '../auth/request-state';
import type { RequestContext } from '../context/request-context';
import type { ReadAhead } from './jit-executor';
import { cachedPrecheck } from './limits.plugin';
import { LoaderCache } from './loaders';

export interface GraphqlContext {
  req: StatefulRequest;
  res: Response;
  loaders: LoaderCache;
}

/**
 * Apollo's context function: refuses a costly document before Apollo parses and validates it (an
 * error thrown here is answered with its own status), then makes the request's context. One per
 * server; its pre-check remembers the documents that passed.
 */
export function graphqlContextFactory(
  maxTokens: number,
): (args: { req: StatefulRequest; res: Response }) => GraphqlContext {
  const precheck = cachedPrecheck(maxTokens);
  return (args) => {
    precheck(args.req.method === 'GET' ? args.req.query : args.req.body);
    return createGraphqlContext(args);
  };
}

export function createGraphqlContext({
  req,
  res,
}: {
  req: StatefulRequest;
  res: Response;
}): GraphqlContext {
  return { req, res, loaders: new LoaderCache() };
}

/**
 * A signed-in query runs on the session this process resolved before while `auth_epoch` is read,
 * instead of after it (ADR 0027): the credentials the guard would attach are attached before the
 * executor starts, with their check. When the check says no, the credentials and every loader read
 * under them are dropped and the executor runs the query again, the guard resolving anew.
 */
export function credentialsReadAhead(resolverOf: () => ActorResolver): ReadAhead {
  let resolver: ActorResolver | null = null;
  return {
    start(context) {
      const { req } = context as GraphqlContext;
      if (req.thidua) return null;
      const ahead = (resolver ??= resolverOf()).resolveAhead(req);
      if (!ahead) return null;
      req.thidua = requestStateOf(req, ahead.credentials, ahead.current);
      return ahead.current;
    },
    undo(context) {
      const gql = context as GraphqlContext;
      gql.req.thidua = undefined;
      gql.loaders = new LoaderCache();
    },
  };
}

/**
 * The arguments of a field that takes none: the second parameter of a field resolver graphql-js
 * calls directly, `(parent, _args: NoArgs, gql: GraphqlContext)`.
 *
 * A field resolver with no parameter decorators (`@Parent()`, `@Context()`, `@Ctx()`, `@Args()`) is
 * bound straight to graphql-js by @nestjs/graphql 14 (`canUseFastFieldResolver`, guards, filters
 * and interceptors being off for fields here); one with decorators goes through Nest's context
 * creator: the global validation pipe on every parameter (class-transformer and class-validator over
 * the parent object) and ~10 promises a call. A page of 48 units asks 240 such calls: 1.7 ms of a
 * 9.9 ms round trip in bench/org (issue 9 D). So a field without arguments is written this way;
 * one with `@Args()` keeps Nest's path, whose pipes validate them.
 */
export type NoArgs = Record<string, never>;

/** The signed-in caller's RequestContext, in a field resolver graphql-js calls directly (`@Ctx()` elsewhere). */
export function requestContextOf(gql: GraphqlContext): RequestContext {
  return callerContext(gql.req.thidua);
}
