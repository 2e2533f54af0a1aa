import { hasErrorCode } from '@thidua/web-data-access';
import { App } from 'antd';
import { useCallback } from 'react';

import { errorMessage } from '../../../shared/errors';

/**
 * The handlers of one change on the session's page: a toast on success, the API's words on failure
 * and, on a stale version (another secretary saved first), the page read again so the next try
 * carries the new version.
 */
export function useSessionChange(reload: () => Promise<unknown>) {
  const { message, notification } = App.useApp();
  return useCallback(
    (failedTitle: string, done?: string) => ({
      onSuccess: () => {
        if (done) void message.success(done);
      },
      onError: (error: unknown) => {
        notification.error({ title: failedTitle, description: errorMessage(error) });
        if (hasErrorCode(error, 'CONFLICT')) void reload();
      },
    }),
    [message, notification, reload],
  );
}
