import type { Permission } from '@thidua/shared-domain';
import { Button, Result } from 'antd';
import { Outlet, useNavigate } from 'react-router-dom';

import { PATHS } from '../../../app/paths';
import { t } from '../../../i18n';
import { useViewer } from '../hooks/useViewer';

/** Renders the child route only for a viewer holding one of `anyOf`; the API checks again. */
export function RequirePermission({ anyOf }: { anyOf: readonly Permission[] }) {
  const { can } = useViewer();
  const navigate = useNavigate();
  if (can(...anyOf)) return <Outlet />;
  return (
    <Result
      status="403"
      title={t.errors.forbiddenTitle}
      subTitle={t.errors.forbiddenText}
      extra={
        <Button type="primary" onClick={() => navigate(PATHS.home)}>
          {t.errors.backHome}
        </Button>
      }
    />
  );
}
