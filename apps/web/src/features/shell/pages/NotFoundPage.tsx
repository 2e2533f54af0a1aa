import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';

import { PATHS } from '../../../app/paths';
import { t } from '../../../i18n';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';

export function NotFoundPage() {
  useDocumentTitle(t.errors.notFoundTitle);
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t.errors.notFoundTitle}
      subTitle={t.errors.notFoundText}
      extra={
        <Button type="primary" onClick={() => navigate(PATHS.home)}>
          {t.errors.backHome}
        </Button>
      }
    />
  );
}
