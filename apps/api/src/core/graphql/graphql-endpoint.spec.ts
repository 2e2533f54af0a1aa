import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import express, { type RequestHandler } from 'express';
import { ERROR_CODES } from '@thidua/shared-domain';
import type { GraphqlConfig } from '../config/graphql.config';
import { GraphqlEndpoint } from './graphql-endpoint';

/**
 * The fast path's own failures (ADR 0025 note): a middleware ahead of Apollo, or the handler itself,
 * failing. Whatever the cause, the client gets the GraphQL-shaped 500 in Vietnamese, never the cause.
 */
describe('GraphqlEndpoint.serveFirst, when something before Apollo fails', () => {
  let server: Server | null = null;
  let logged: jest.SpyInstance;

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  afterEach(async () => {
    logged.mockRestore();
    server?.closeAllConnections();
    server?.close();
    server = null;
  });

  /** A server whose JSON POSTs to /graphql take the fast path: `before`, then `handler`. */
  async function serve(before: RequestHandler[], handler: RequestHandler): Promise<string> {
    const app = express();
    app.use((_req, res) => res.status(418).end('express'));
    server = createServer(app);
    const endpoint = new GraphqlEndpoint({} as ModuleRef, {} as GraphqlConfig);
    // what onApplicationBootstrap sets once Apollo has started (it needs the whole application)
    (endpoint as unknown as { jsonHandler: RequestHandler }).jsonHandler = handler;
    endpoint.serveFirst(server, app, before);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const post = (base: string) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  const internal = {
    errors: [
      {
        message: ERROR_CODES.INTERNAL_SERVER_ERROR,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ],
  };

  it('answers 500 without the cause when a middleware before Apollo passes an error', async () => {
    const reached = jest.fn();
    const base = await serve(
      [(_req, _res, next) => next(new Error('secret: cookie store down'))],
      (_req, res) => {
        reached();
        res.end('{}');
      },
    );
    const res = await post(base);
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await res.text();
    expect(JSON.parse(body)).toEqual(internal);
    expect(body).not.toContain('secret');
    expect(reached).not.toHaveBeenCalled();
    // the cause goes to the log, for the operator
    expect(logged).toHaveBeenCalledWith(
      { err: expect.objectContaining({ message: 'secret: cookie store down' }) },
      'graphql request failed before Apollo',
    );
  });

  it("answers 500 when the handler fails (Apollo's answer rejected)", async () => {
    const base = await serve([], (_req, _res, next) => next(new Error('apollo exploded')));
    const res = await post(base);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual(internal);
  });

  it('leaves every other request to Express', async () => {
    const base = await serve([], (_req, res) => res.end('{}'));
    const res = await fetch(`${base}/graphql?query=%7B__typename%7D`);
    expect(res.status).toBe(418);
    expect(await res.text()).toBe('express');
  });
});
