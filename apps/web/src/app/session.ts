import {
  authKeys,
  setPasswordChangeRequiredHandler,
  setUnauthenticatedHandler,
} from '@thidua/web-data-access';
import type { QueryClient } from '@tanstack/react-query';

import { loginPath, PATHS } from './paths';

/** Router state the login page reads to explain why the user is there. */
export interface LoginLocationState {
  sessionExpired?: boolean;
}

interface Navigator {
  state: { location: { pathname: string; search: string } };
  navigate: (
    to: string,
    options?: { replace?: boolean; state?: LoginLocationState },
  ) => Promise<void> | void;
}

/**
 * When a query answers UNAUTHENTICATED (expired session, logged out in another tab), go to the login
 * page and come back here afterwards. On the login page itself nothing happens. When anything answers
 * PASSWORD_CHANGE_REQUIRED, re-read `me` so that RequireAuth sends the user to change it.
 */
export function installSessionExpiry(router: Navigator, queryClient: QueryClient): () => void {
  // An administrator set a new password while this user was signed in: `me` now says so, and
  // RequireAuth takes them to the password change (the server refuses everything else until then).
  const uninstallPasswordChange = setPasswordChangeRequiredHandler(() => {
    void queryClient.invalidateQueries({ queryKey: authKeys.me() });
  });
  const uninstallExpiry = setUnauthenticatedHandler(() => {
    const { pathname, search } = router.state.location;
    if (pathname === PATHS.login) return;
    // someone was signed in a moment ago: their session expired (not a first visit)
    const sessionExpired = Boolean(queryClient.getQueryData(authKeys.me()));
    void Promise.resolve(
      router.navigate(loginPath(pathname + search), { replace: true, state: { sessionExpired } }),
    ).then(() => queryClient.removeQueries());
  });
  return () => {
    uninstallPasswordChange();
    uninstallExpiry();
  };
}
