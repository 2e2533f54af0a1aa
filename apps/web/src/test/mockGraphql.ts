import { vi } from 'vitest';

export interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

type Handler = GraphQLBody | ((variables: Record<string, unknown>) => GraphQLBody);

/** A REST answer (file download, upload) keyed by "METHOD /path" (query string ignored). */
export type RestHandler = (request: { url: string; init?: RequestInit }) => Response;

export interface RecordedCall {
  operationName: string;
  variables: Record<string, unknown>;
}

export function gqlError(
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLBody {
  return { data: null, errors: [{ message, extensions: { code, ...extra } }] };
}

/**
 * Replaces fetch with a fake API answering by operation name, the way the real client calls it
 * (POST /graphql, JSON). Unknown operations fail loudly so a test cannot pass by accident.
 */
export function mockGraphql(
  handlers: Record<string, Handler>,
  rest: Record<string, RestHandler> = {},
) {
  const calls: RecordedCall[] = [];
  const restCalls: { method: string; url: string; init?: RequestInit }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url !== '/graphql') {
      const method = (init?.method ?? 'GET').toUpperCase();
      const handler = rest[`${method} ${url.split('?')[0]}`];
      if (!handler) throw new Error(`unexpected fetch ${method} ${url}`);
      restCalls.push({ method, url, init });
      return handler({ url, init });
    }
    const body = JSON.parse(String(init?.body)) as RecordedCall;
    calls.push(body);
    const handler = handlers[body.operationName];
    const answer: GraphQLBody = !handler
      ? gqlError('INTERNAL_SERVER_ERROR', `no mock for ${body.operationName}`)
      : typeof handler === 'function'
        ? handler(body.variables)
        : handler;
    return new Response(JSON.stringify(answer), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    calls,
    restCalls,
    /** the calls of one operation, in order */
    callsOf: (operationName: string) => calls.filter((c) => c.operationName === operationName),
  };
}
