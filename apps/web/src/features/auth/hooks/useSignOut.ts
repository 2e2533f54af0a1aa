import { useQueryClient } from '@tanstack/react-query';
import { useLogout } from '@thidua/web-data-access';
import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';

import { PATHS } from '../../../app/paths';
import { t } from '../../../i18n';

/**
 * Signs out, whatever the API answers (an expired session cannot log out either), lands on the login
 * page, and forgets everything cached for the previous user — but only once the signed-in screens are
 * gone: a screen still mounted without its viewer would break (`useViewer` throws).
 */
export function useSignOut(): () => void {
  const logout = useLogout();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const state = useRef({ mounted: true, signedOut: false });

  useEffect(() => {
    const current = state.current;
    current.mounted = true;
    return () => {
      current.mounted = false;
      if (current.signedOut) queryClient.removeQueries();
    };
  }, [queryClient]);

  return () => {
    // the promise, not mutate()'s callbacks: those are dropped if the screen unmounts first
    void logout
      .mutateAsync()
      .catch(() => undefined)
      .then(() => {
        state.current.signedOut = true;
        if (!state.current.mounted) queryClient.removeQueries();
        void navigate(PATHS.login, { replace: true });
        void message.success(t.nav.loggedOut);
      });
  };
}
