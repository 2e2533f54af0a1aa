import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES, isErrorCode, type ErrorCode } from '@thidua/shared-domain';
import type { Logger } from 'pino';
import { AppError } from '../errors/app-error';
import { RequestLimitError } from './limits.plugin';

interface PgError {
  code?: string;
  detail?: string;
  table?: string;
  constraint?: string;
}

/** Apollo's own codes for malformed requests, mapped onto ours. */
const APOLLO_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST: 'BAD_USER_INPUT',
};

function fromDatabase(error: PgError): { code: ErrorCode; message: string } | null {
  switch (error.code) {
    case '23505':
      return { code: 'CONFLICT', message: 'Dữ liệu bị trùng với một bản ghi đã có.' };
    case '23503':
      return {
        code: 'BAD_USER_INPUT',
        message: 'Dữ liệu tham chiếu tới bản ghi không tồn tại hoặc đang được sử dụng.',
      };
    case '22P02':
    case '22007':
    case '22008':
      return { code: 'BAD_USER_INPUT', message: 'Giá trị nhập không đúng định dạng.' };
    case '40001':
    case '40P01':
      return { code: 'CONFLICT', message: ERROR_CODES.CONFLICT };
    default:
      return null;
  }
}

/** graphql-js's words when `parseOptions.maxTokens` stops the parser (16.x writes "more that"). */
const TOO_MANY_TOKENS = /Document contains more (?:than|that) (\d+) tokens/;

/** An AppError raised while coercing variables (a scalar's parseValue) arrives wrapped: unwrap it. */
function findAppError(error: unknown): unknown {
  let current: unknown = error;
  for (let i = 0; i < 5 && current && typeof current === 'object'; i += 1) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return error;
}

/**
 * The single place where errors become what clients see: a stable `extensions.code`, a Vietnamese
 * `message`, per-field messages for BAD_USER_INPUT, and never a stack trace or SQL text.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = findAppError(unwrapResolverError(error));
    const requestPath = formatted.path;
    const base = { locations: formatted.locations, path: requestPath };

    if (original instanceof AppError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          ...(original.fields ? { fields: original.fields } : {}),
          ...(original.details ?? {}),
        },
      };
    }

    const db = fromDatabase(original as PgError);
    if (db) {
      logger.warn({ err: original }, 'database constraint error reached the client');
      return { ...base, message: db.message, extensions: { code: db.code } };
    }

    const apolloCode = formatted.extensions?.['code'];
    if (original instanceof RequestLimitError) {
      // Raised by our limits plugin: its Vietnamese message and figures are meant for the client.
      const { http: _http, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...base, message: formatted.message, extensions };
    }
    const tokens =
      apolloCode === 'GRAPHQL_PARSE_FAILED' ? TOO_MANY_TOKENS.exec(formatted.message) : null;
    if (tokens) {
      // The parser stopped at GRAPHQL_MAX_TOKENS: the document is not malformed, it is too long.
      const maxTokens = Number(tokens[1]);
      return {
        ...base,
        message: `${ERROR_CODES.QUERY_TOO_COMPLEX} Văn bản truy vấn dài hơn giới hạn ${maxTokens.toLocaleString('vi-VN')} ký hiệu.`,
        extensions: { code: 'QUERY_TOO_COMPLEX', maxTokens },
      };
    }
    if (typeof apolloCode === 'string') {
      const ours = APOLLO_CODES[apolloCode] ?? (isErrorCode(apolloCode) ? apolloCode : undefined);
      if (ours && ours !== 'INTERNAL_SERVER_ERROR') {
        return {
          ...base,
          message: ERROR_CODES[ours],
          // The original (English) detail helps integrators fix their query; it holds no internals.
          extensions: { code: ours, detail: formatted.message },
        };
      }
    }

    logger.error({ err: original, path: requestPath }, 'unexpected error in GraphQL request');
    return {
      ...base,
      message: ERROR_CODES.INTERNAL_SERVER_ERROR,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
