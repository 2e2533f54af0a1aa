import { ERROR_CODES, isErrorCode } from '@thidua/shared-domain';

import type { TypedDocumentString } from './gql/graphql';

/** The API serves GraphQL on the same origin as the SPA (Vite proxies it in development). */
export const GRAPHQL_ENDPOINT = '/graphql';

/** Codes the client produces itself, when no GraphQL answer arrived. */
export const NETWORK_ERROR = 'NETWORK_ERROR';
export const HTTP_ERROR = 'HTTP_ERROR';

export const NETWORK_ERROR_MESSAGE =
  'Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.';

export type FieldErrors = Record<string, string[]>;

/**
 * An error from the API, normalised: `code` is the GraphQL `extensions.code` (UNAUTHENTICATED, FORBIDDEN,
 * NOT_FOUND, BAD_USER_INPUT, CONFLICT, RATE_LIMITED, …) or NETWORK_ERROR / HTTP_ERROR, `message` the
 * Vietnamese text to show, and `fields` the per-field messages of a BAD_USER_INPUT error.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: string;
  readonly fields: FieldErrors;
  /** HTTP status of the response, when one arrived. */
  readonly status: number | undefined;

  constructor(code: string, message: string, fields: FieldErrors = {}, status?: number) {
    super(message);
    this.code = code;
    this.fields = fields;
    this.status = status;
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fields).length > 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function hasErrorCode(error: unknown, code: string): error is ApiError {
  return isApiError(error) && error.code === code;
}

/** The shape of one entry of a GraphQL response's `errors` array, as far as we rely on it. */
export interface GraphQLErrorPayload {
  message?: unknown;
  extensions?: { code?: unknown; fields?: unknown } | null;
}

/** The Vietnamese message of an error code (ERROR_CODES), or the generic one. */
export function messageForCode(code: string): string {
  return isErrorCode(code) ? ERROR_CODES[code] : ERROR_CODES.INTERNAL_SERVER_ERROR;
}

function toFieldErrors(value: unknown): FieldErrors {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const fields: FieldErrors = {};
  for (const [field, messages] of Object.entries(value as Record<string, unknown>)) {
    const list = (Array.isArray(messages) ? messages : [messages]).filter(
      (m): m is string => typeof m === 'string' && m.length > 0,
    );
    if (list.length > 0) fields[field] = list;
  }
  return fields;
}

function codeOf(error: GraphQLErrorPayload): string {
  const code = error.extensions?.code;
  return typeof code === 'string' && code.length > 0 ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * Turns a GraphQL `errors` array into one ApiError. UNAUTHENTICATED wins over any other error in the
 * same response (the session is gone, nothing else matters); otherwise the first error decides the code
 * and message. Field messages of every BAD_USER_INPUT error are merged.
 */
export function parseGraphQLErrors(
  errors: readonly GraphQLErrorPayload[],
  status?: number,
): ApiError {
  const primary = errors.find((e) => codeOf(e) === 'UNAUTHENTICATED') ?? errors[0];
  const code = primary ? codeOf(primary) : 'INTERNAL_SERVER_ERROR';
  const message =
    primary && typeof primary.message === 'string' && primary.message.trim().length > 0
      ? primary.message
      : messageForCode(code);
  const fields: FieldErrors = {};
  for (const error of errors) {
    if (codeOf(error) !== 'BAD_USER_INPUT') continue;
    for (const [field, messages] of Object.entries(toFieldErrors(error.extensions?.fields))) {
      fields[field] = [...(fields[field] ?? []), ...messages];
    }
  }
  return new ApiError(code, message, fields, status);
}

export type OperationType = 'query' | 'mutation' | 'subscription';

export interface OperationInfo {
  type: OperationType;
  name: string | undefined;
}

export function describeOperation(document: string): OperationInfo {
  const match = /\b(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/.exec(document);
  return {
    type: (match?.[1] as OperationType | undefined) ?? 'query',
    name: match?.[2],
  };
}

export type UnauthenticatedHandler = (error: ApiError, operation: OperationInfo) => void;

let unauthenticatedHandler: UnauthenticatedHandler | null = null;

/**
 * Registers what happens when a QUERY answers UNAUTHENTICATED (the session expired or never existed).
 * Mutations are left to their caller: a wrong current password, for example, must not log anyone out.
 * Returns a function that unregisters the handler.
 */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler | null): () => void {
  unauthenticatedHandler = handler;
  return () => {
    if (unauthenticatedHandler === handler) unauthenticatedHandler = null;
  };
}

let passwordChangeHandler: ((error: ApiError) => void) | null = null;

/**
 * Registers what happens when any operation answers PASSWORD_CHANGE_REQUIRED: an administrator set
 * this user's password while they were signed in, and until they change it the server answers only
 * `me`, `changePassword` and `logout`. Returns a function that unregisters the handler.
 */
export function setPasswordChangeRequiredHandler(
  handler: ((error: ApiError) => void) | null,
): () => void {
  passwordChangeHandler = handler;
  return () => {
    if (passwordChangeHandler === handler) passwordChangeHandler = null;
  };
}

/**
 * For this library's REST helpers (file downloads): a read answered UNAUTHENTICATED, treated like a
 * query that did (the registered handler sends the user to the login page).
 */
export function reportUnauthenticatedRead(error: ApiError, name: string): void {
  if (error.code === 'UNAUTHENTICATED') unauthenticatedHandler?.(error, { type: 'query', name });
}

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * 'omit' sends no session cookie: a secret ballot's cast and its ballot paper must reach the API
   * without anything that names the voter (ADR 0023). Default: the session cookie, same origin only.
   */
  credentials?: RequestCredentials;
}

type VariablesArgs<TVariables> =
  TVariables extends Record<string, never>
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

interface GraphQLResponseBody<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorPayload[];
}

async function readBody<TResult>(response: Response): Promise<GraphQLResponseBody<TResult> | null> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return (await response.json()) as GraphQLResponseBody<TResult>;
  } catch {
    return null;
  }
}

/**
 * Sends one GraphQL operation to the API with the session cookie and returns its data, or throws an
 * ApiError. The token never reaches JavaScript: it lives in an httpOnly cookie set by `login`.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables, options]: VariablesArgs<TVariables>
): Promise<TResult> {
  const query = document.toString();
  const operation = describeOperation(query);

  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: options?.credentials ?? 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables: variables ?? {}, operationName: operation.name }),
      signal: options?.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(NETWORK_ERROR, NETWORK_ERROR_MESSAGE);
  }

  const body = await readBody<TResult>(response);
  if (body?.errors && body.errors.length > 0) {
    const error = parseGraphQLErrors(body.errors, response.status);
    if (error.code === 'UNAUTHENTICATED' && operation.type === 'query') {
      unauthenticatedHandler?.(error, operation);
    }
    if (error.code === 'PASSWORD_CHANGE_REQUIRED') passwordChangeHandler?.(error);
    throw error;
  }
  if (!response.ok || !body?.data) {
    const code = response.status === 429 ? 'RATE_LIMITED' : HTTP_ERROR;
    throw new ApiError(code, messageForCode(code), {}, response.status);
  }
  return body.data;
}
