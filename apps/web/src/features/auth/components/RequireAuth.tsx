import { PageLoading } from '@thidua/web-ui';
import { hasErrorCode, useMe } from '@thidua/web-data-access';
import { Button, Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router-dom';

import { CHANGE_PASSWORD_FLAG, loginPath, PATHS } from '../../../app/paths';
import { t } from '../../../i18n';
import { errorMessage } from '../../../shared/errors';

/**
 * Gate for every signed-in screen: waits for `me`, sends anonymous visitors to the login page (and back
 * afterwards), and keeps a user who must change their password on the profile page until they do.
 */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  const here = location.pathname + location.search;

  if (hasErrorCode(me.error, 'UNAUTHENTICATED')) return <Navigate to={loginPath(here)} replace />;
  if (me.isPending) return <PageLoading fullScreen />;
  // a failed background refresh keeps the user on their page; only a first load that failed stops here
  if (me.isError && !me.data) {
    return (
      <Result
        status="error"
        title={t.errors.loadFailed}
        subTitle={errorMessage(me.error)}
        extra={
          <Button type="primary" onClick={() => void me.refetch()}>
            {t.ui.retry}
          </Button>
        }
      />
    );
  }

  if (!me.data.user) {
    return (
      <Result status="403" title={t.errors.forbiddenTitle} subTitle={t.errors.apiClientSession} />
    );
  }

  if (me.data.user.mustChangePassword && location.pathname !== PATHS.profile) {
    return <Navigate to={`${PATHS.profile}?${CHANGE_PASSWORD_FLAG}=1`} replace />;
  }

  return <Outlet />;
}
