import { applyFieldErrors } from '@thidua/web-ui';
import { authKeys, isApiError } from '@thidua/web-data-access';
import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';

import { errorMessage } from '../errors';

/**
 * Reports a failed mutation: BAD_USER_INPUT field messages go under the form's inputs, anything
 * else (or a field this form does not have) becomes a toast with the API's Vietnamese message.
 * An UNAUTHENTICATED answer re-checks the session, which sends the user to the login page if it ended.
 */
export function useApiErrorHandler() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();

  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (isApiError(error) && error.code === 'UNAUTHENTICATED') {
        void queryClient.invalidateQueries({ queryKey: authKeys.me() });
      }
      if (form && isApiError(error) && error.hasFieldErrors) {
        const unmatched = applyFieldErrors(form, error.fields);
        if (unmatched.length > 0) void message.error(unmatched.join(' '));
        return;
      }
      void message.error(errorMessage(error));
    },
    [message, queryClient],
  );
}
