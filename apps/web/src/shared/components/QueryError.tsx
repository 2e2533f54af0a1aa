import { ErrorAlert } from '@thidua/web-ui';

import { t } from '../../i18n';
import { errorMessage, isRetryable } from '../errors';

/**
 * A failed query: what went wrong (the API's message) and, for a network or server failure only, a
 * retry button.
 */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <ErrorAlert
      title={t.errors.loadFailed}
      message={errorMessage(error)}
      onRetry={isRetryable(error) ? onRetry : undefined}
    />
  );
}
