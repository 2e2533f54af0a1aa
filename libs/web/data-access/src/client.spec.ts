import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  ApiError,
  describeOperation,
  parseGraphQLErrors,
  request,
  setUnauthenticatedHandler,
} from './client';
import { TypedDocumentString } from './gql/graphql';

const MeDoc = new TypedDocumentString<{ me: { id: string } }, Record<string, never>>(
  'query Me { me { id } }',
);
const SaveDoc = new TypedDocumentString<{ save: boolean }, { name: string }>(
  'mutation Save($name: String!) { save(name: $name) }',
);

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthenticatedHandler(null);
});

async function capture(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('request', () => {
  it('POSTs the operation as JSON to /graphql with the session cookie and returns data', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ data: { save: true } }));

    await expect(request(SaveDoc, { name: 'Sở Nội vụ' })).resolves.toEqual({ save: true });

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({
      query: 'mutation Save($name: String!) { save(name: $name) }',
      variables: { name: 'Sở Nội vụ' },
      operationName: 'Save',
    });
  });

  it('turns a BAD_USER_INPUT error into an ApiError with the Vietnamese message and field errors', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse({
        data: null,
        errors: [
          {
            message: 'Dữ liệu nhập chưa hợp lệ.',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: {
                username: ['Tên đăng nhập đã được sử dụng.'],
                email: 'Email không hợp lệ.',
                ignored: [42],
              },
            },
          },
        ],
      }),
    );

    const error = await capture(request(SaveDoc, { name: 'x' }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('Dữ liệu nhập chưa hợp lệ.');
    expect(error.fields).toEqual({
      username: ['Tên đăng nhập đã được sử dụng.'],
      email: ['Email không hợp lệ.'],
    });
    expect(error.hasFieldErrors).toBe(true);
  });

  it('keeps the server message of CONFLICT and the HTTP status', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(
        {
          errors: [
            {
              message: 'Người dùng đã được người khác cập nhật. Vui lòng tải lại.',
              extensions: { code: 'CONFLICT' },
            },
          ],
        },
        200,
      ),
    );
    const error = await capture(request(SaveDoc, { name: 'x' }));
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: 'Người dùng đã được người khác cập nhật. Vui lòng tải lại.',
      fields: {},
      status: 200,
    });
  });

  it('parses errors sent with a 4xx status (GraphQL validation)', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(
        {
          errors: [
            {
              message: 'Cannot query field "x" on type "Query".',
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            },
          ],
        },
        400,
      ),
    );
    const error = await capture(request(MeDoc));
    expect(error.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.status).toBe(400);
  });

  it('calls the unauthenticated handler for a query, not for a mutation', async () => {
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    const expired = {
      errors: [
        {
          message: 'Phiên làm việc đã hết hạn.',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    };

    fetchMock.mockResolvedValueOnce(jsonResponse(expired));
    const fromQuery = await capture(request(MeDoc));
    expect(fromQuery.code).toBe('UNAUTHENTICATED');
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler).toHaveBeenCalledWith(fromQuery, { type: 'query', name: 'Me' });

    fetchMock.mockResolvedValueOnce(jsonResponse(expired));
    const fromMutation = await capture(request(SaveDoc, { name: 'x' }));
    expect(fromMutation.code).toBe('UNAUTHENTICATED');
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('reports a network failure as NETWORK_ERROR with a Vietnamese message', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await capture(request(MeDoc));
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.message).toMatch(/Không kết nối được tới máy chủ/);
  });

  it('reports a non-JSON error page (proxy 502) as HTTP_ERROR', async () => {
    fetchMock.mockResolvedValue(
      new Response('<html>Bad gateway</html>', {
        status: 502,
        headers: { 'content-type': 'text/html' },
      }),
    );
    const error = await capture(request(MeDoc));
    expect(error.code).toBe('HTTP_ERROR');
    expect(error.status).toBe(502);
    expect(error.message).toBe('Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.');
  });

  it('maps a bare 429 to RATE_LIMITED', async () => {
    fetchMock.mockResolvedValue(new Response('Too many', { status: 429 }));
    const error = await capture(request(MeDoc));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.message).toBe('Bạn đã thử quá nhiều lần. Vui lòng thử lại sau.');
  });
});

describe('parseGraphQLErrors', () => {
  it('lets UNAUTHENTICATED win over an earlier error', () => {
    const error = parseGraphQLErrors([
      { message: 'Không tìm thấy.', extensions: { code: 'NOT_FOUND' } },
      { message: 'Hết phiên.', extensions: { code: 'UNAUTHENTICATED' } },
    ]);
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toBe('Hết phiên.');
  });

  it('falls back to the default Vietnamese message of the code, and to INTERNAL_SERVER_ERROR', () => {
    expect(parseGraphQLErrors([{ message: '', extensions: { code: 'FORBIDDEN' } }]).message).toBe(
      'Bạn không có quyền thực hiện thao tác này.',
    );
    const unknown = parseGraphQLErrors([{ message: 'boom' }]);
    expect(unknown.code).toBe('INTERNAL_SERVER_ERROR');
    expect(unknown.message).toBe('boom');
  });

  it('merges field errors of several BAD_USER_INPUT errors', () => {
    const error = parseGraphQLErrors([
      { message: 'a', extensions: { code: 'BAD_USER_INPUT', fields: { email: ['Sai email.'] } } },
      {
        message: 'b',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: { email: ['Trùng email.'], fullName: ['Trống.'] },
        },
      },
    ]);
    expect(error.fields).toEqual({ email: ['Sai email.', 'Trùng email.'], fullName: ['Trống.'] });
  });
});

describe('describeOperation', () => {
  it('reads the operation type and name, skipping leading fragments', () => {
    expect(describeOperation('fragment A on User { id } query Users { users { id } }')).toEqual({
      type: 'query',
      name: 'Users',
    });
    expect(describeOperation('\n  mutation Login($input: LoginInput!) { login }')).toEqual({
      type: 'mutation',
      name: 'Login',
    });
  });
});
