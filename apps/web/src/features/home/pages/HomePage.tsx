import { formatDateTime } from '@thidua/shared-domain';
import { PageHeader } from '@thidua/web-ui';
import { useMe } from '@thidua/web-data-access';
import { Col, Row } from 'antd';

import { t } from '../../../i18n';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { HOME_WIDGETS, visibleWidgets } from '../widgets';

/** A dashboard of what exists for the viewer: one card per feature its permissions reach. */
export function HomePage() {
  useDocumentTitle(t.home.pageTitle);
  const { user, can } = useViewer();
  // the session's previous sign-in: users.lastLoginAt is the sign-in that opened this session
  const previousLoginAt = useMe().data?.previousLoginAt;

  return (
    <>
      <PageHeader
        title={t.home.greeting(user.fullName)}
        subtitle={
          <>
            {t.home.unitLine(user.unit.name)}
            <br />
            {previousLoginAt
              ? t.home.lastLogin(formatDateTime(previousLoginAt))
              : t.home.firstLogin}
          </>
        }
      />
      <Row gutter={[20, 20]}>
        {visibleWidgets(HOME_WIDGETS, can).map(({ key, wide, Card }) => (
          <Col key={key} xs={24} xl={wide ? 24 : 12}>
            <Card />
          </Col>
        ))}
      </Row>
    </>
  );
}
