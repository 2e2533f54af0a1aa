import { HTTP_ERROR, isApiError, NETWORK_ERROR } from '@thidua/web-data-access';

import { t } from '../i18n/entry';

/** Failures that may go away on their own: the network, the server, a busy limit. */
const PASSING_CODES = new Set([NETWORK_ERROR, HTTP_ERROR, 'INTERNAL_SERVER_ERROR', 'RATE_LIMITED']);

/**
 * Whether "Thử lại" can help. Not for an answer the server gave on purpose (not found or outside the
 * caller's scope, no right, bad input): asking again gives the same answer, and offering it suggests
 * the record exists.
 */
export function isRetryable(error: unknown): boolean {
  return !isApiError(error) || PASSING_CODES.has(error.code);
}

/** The Vietnamese message to show for any error: the API's own message when there is one. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return t.errors.generic;
}
