import type { ApolloDriver } from '@nestjs/apollo';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Express, Request, RequestHandler, Response } from 'express';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { ERROR_CODES } from '@thidua/shared-domain';
import type { StatefulRequest } from '../auth/request-state';
import { graphqlConfig, type GraphqlConfig } from '../config/graphql.config';
import { graphqlContextFactory } from './graphql-context';

/** The JSON body limit of /graphql in bytes: body-parser's default (100 KB), which it applied before. */
export const GRAPHQL_BODY_LIMIT = 100 * 1024;

/** What /graphql answers to a body it cannot take, before Apollo sees it (GraphQL-over-HTTP shape). */
export const BODY_MESSAGES = {
  malformed: 'Nội dung yêu cầu không phải JSON hợp lệ.',
  tooLarge: `Yêu cầu quá lớn (tối đa ${GRAPHQL_BODY_LIMIT / 1024} KB).`,
  unsupported: 'Nội dung yêu cầu phải là JSON mã hóa UTF-8, không nén.',
} as const;

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

const logger = new Logger('GraphqlEndpoint');

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Serves /graphql. Apollo (the same server, context and plugins @nestjs/apollo built) gets the
 * request with its JSON body read here; @nestjs/apollo's own mount stays behind, unreached.
 *
 * A POST with a JSON body, the request of every client, is served from Node's HTTP server before
 * Express: the request log, the security headers and the cookies run as they would in Express
 * (`serveFirst`), then the body is read and Apollo answers. Through Express's router and
 * body-parser, a request took 87 + 94 µs from Node's `request` event to Apollo in bench/org's
 * 48-unit tree level, 52 + 63 µs this way; bench/http's anonymous request went from 286 to ~225 µs
 * of server CPU (issue 9 D, ADR 0025 note). Everything else (a GET, another content type, any other
 * path) goes to Express, where the same handler is mounted at /graphql first. Until the application
 * has booted, requests fall through to Nest's mount.
 */
@Injectable()
export class GraphqlEndpoint implements OnApplicationBootstrap {
  /** Every request Express routes to /graphql. */
  private handler: RequestHandler | null = null;
  /** A POST with a JSON body: its body read, then Apollo (the fast path calls it directly). */
  private jsonHandler: RequestHandler | null = null;

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
    const json: RequestHandler = (req, res, next) => {
      readJson(req, GRAPHQL_BODY_LIMIT).then(
        (body) => {
          req.body = body;
          apollo(req, res, next);
        },
        (error: unknown) => answerError(res, error),
      );
    };
    this.jsonHandler = json;
    this.handler = (req, res, next) => {
      if (req.method === 'POST' && isJson(req)) return json(req, res, next);
      // Apollo's integration asks for a body; Apollo itself refuses a POST of another type
      req.body ??= {};
      return apollo(req, res, next);
    };
  }

  /**
   * Puts the GraphQL fast path in front of `app` on `server`: a POST to /graphql with a JSON body
   * runs `before` (what `app` runs ahead of /graphql, in order) and the handler, with the request
   * and response given Express's prototypes as `app` would (`res.cookie`, `req.ip` under `trust
   * proxy`); any other request goes to `app` unchanged.
   */
  serveFirst(server: Server, app: Express, before: readonly RequestHandler[]): void {
    const listeners = server.listeners('request');
    if (listeners.length !== 1 || listeners[0] !== app)
      throw new Error(
        'GraphqlEndpoint.serveFirst: the server must have the Express app as its one listener',
      );
    server.removeListener('request', app);
    const poweredBy = app.enabled('x-powered-by');
    const listener: NodeHandler = (req, res) => {
      const handler = this.jsonHandler;
      if (!handler || req.method !== 'POST' || !isGraphqlPath(req.url) || !isJson(req))
        return app(req, res);
      // what Express's app.handle does before its router
      if (poweredBy) res.setHeader('X-Powered-By', 'Express');
      const request = Object.setPrototypeOf(req, app.request) as Request;
      const response = Object.setPrototypeOf(res, app.response) as Response;
      request.res = response;
      response.req = request;
      request.originalUrl = request.url;
      response.locals ??= Object.create(null);
      let i = 0;
      const next = (error?: unknown): void => {
        if (error) return answerError(response, error);
        const middleware = before[i++];
        if (middleware) void middleware(request, response, next);
        else handler(request, response, next);
      };
      next();
    };
    server.on('request', listener);
  }
}

function isGraphqlPath(url: string | undefined): boolean {
  return url === '/graphql' || url?.startsWith('/graphql?') === true;
}

/**
 * A JSON body by its media type, whatever its parameters: `readJson` reads it, or refuses a charset
 * other than UTF-8 and a content encoding with a Vietnamese 415 (body-parser decoded other Unicode
 * charsets and gzip; no GraphQL client sends them).
 */
function isJson(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (!type) return false;
  const semicolon = type.indexOf(';');
  const media = (semicolon < 0 ? type : type.slice(0, semicolon)).trim().toLowerCase();
  return media === 'application/json';
}

function charsetOf(type: string): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(type);
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * The request's JSON body, read in full up to `limit` bytes. A body declared or found longer is
 * refused with 413 without being kept; one that is not a JSON object or array, with 400 (what
 * body-parser's `strict` refused).
 */
function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const type = req.headers['content-type'] ?? '';
    const charset = charsetOf(type);
    const encoding = req.headers['content-encoding'];
    if (
      (charset && charset !== 'utf-8' && charset !== 'utf8') ||
      (encoding && encoding !== 'identity')
    )
      return reject(new BodyError(415, BODY_MESSAGES.unsupported));
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new BodyError(413, BODY_MESSAGES.tooLarge));
    const chunks: Buffer[] = [];
    let length = 0;
    const done = (error: BodyError | null, body?: unknown) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      if (error) {
        // what is left of the body is read and dropped, so the connection can serve the next request
        req.resume();
        reject(error);
      } else resolve(body);
    };
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) return done(new BodyError(413, BODY_MESSAGES.tooLarge));
      chunks.push(chunk);
    };
    const onEnd = () => {
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks, length).toString('utf8'));
      } catch {
        return done(new BodyError(400, BODY_MESSAGES.malformed));
      }
      // an object or an array (a string, a number or null is not a request)
      done(
        typeof body === 'object' && body !== null
          ? null
          : new BodyError(400, BODY_MESSAGES.malformed),
        body,
      );
    };
    const onError = () => done(new BodyError(400, BODY_MESSAGES.malformed));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/**
 * A refused body with its status and message; any other error before Apollo answers (a middleware's,
 * or Apollo's own failure) 500, its cause logged and not told.
 */
function answerError(res: ServerResponse, error: unknown): void {
  if (error instanceof BodyError)
    return sendErrors(res, error.status, error.message, 'BAD_USER_INPUT');
  logger.error({ err: error }, 'graphql request failed before Apollo');
  sendErrors(res, 500, ERROR_CODES.INTERNAL_SERVER_ERROR, 'INTERNAL_SERVER_ERROR');
}

function sendErrors(res: ServerResponse, status: number, message: string, code: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
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
