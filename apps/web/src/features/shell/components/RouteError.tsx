import { Button, Result } from 'antd';

import { t } from '../../../i18n';

/** Shown when a screen throws while rendering or its code failed to load (e.g. after a new release). */
export function RouteError() {
  return (
    <Result
      status="error"
      title={t.errors.crashTitle}
      subTitle={t.errors.crashText}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t.errors.reloadPage}
        </Button>
      }
    />
  );
}
