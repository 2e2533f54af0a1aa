import { isApiError } from '@thidua/web-data-access';

import { t } from '../i18n';

/** The Vietnamese message to show for any error: the API's own message when there is one. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return t.errors.generic;
}
