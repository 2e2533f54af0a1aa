import { ErrorAlert } from '@thidua/web-ui';

import { t } from '../../i18n';
import { errorMessage } from '../errors';

/** A failed query: what went wrong (the API's message) and a retry button. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return <ErrorAlert title={t.errors.loadFailed} message={errorMessage(error)} onRetry={onRetry} />;
}
