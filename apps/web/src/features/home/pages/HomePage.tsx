import { UserOutlined } from '@ant-design/icons';
import { formatDateTime } from '@thidua/shared-domain';
import { ItemList, PageHeader } from '@thidua/web-ui';
import { Card, Col, Empty, Row, Tag, Typography } from 'antd';

import { PATHS } from '../../../app/paths';
import { t } from '../../../i18n';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { scopeLabel } from '../../../shared/scope';
import { useViewer } from '../../auth/hooks/useViewer';
import { allowedEntries } from '../../shell/navigation';
import { ShortcutCard } from '../components/ShortcutCard';

export function HomePage() {
  useDocumentTitle(t.home.pageTitle);
  const { user, can } = useViewer();
  const shortcuts = allowedEntries(can);

  return (
    <>
      <PageHeader
        title={t.home.greeting(user.fullName)}
        subtitle={
          <>
            {t.home.unitLine(user.unit.name)}
            {user.lastLoginAt && (
              <>
                <br />
                {t.home.lastLogin(formatDateTime(user.lastLoginAt))}
              </>
            )}
          </>
        }
      />
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={10}>
          <Card title={t.home.rolesTitle} style={{ height: '100%' }}>
            {user.roleAssignments.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.home.noRoles} />
            ) : (
              <ItemList
                items={user.roleAssignments.map((assignment) => ({
                  key: assignment.id,
                  content: (
                    <>
                      <Typography.Text strong>
                        {t.home.roleWithScope(assignment.role.name, scopeLabel(assignment.unit))}
                      </Typography.Text>
                      <br />
                      <Tag color={assignment.unit ? 'blue' : 'red'} style={{ marginTop: 4 }}>
                        {assignment.unit ? assignment.unit.name : t.scope.systemWideOption}
                      </Tag>
                    </>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t.home.shortcutsTitle} style={{ height: '100%' }}>
            <Row gutter={[16, 16]}>
              {shortcuts.map((entry) => (
                <Col xs={24} md={12} key={entry.path}>
                  <ShortcutCard
                    to={entry.path}
                    icon={entry.icon}
                    title={entry.label}
                    description={entry.description}
                  />
                </Col>
              ))}
              <Col xs={24} md={12}>
                <ShortcutCard
                  to={PATHS.profile}
                  icon={<UserOutlined />}
                  title={t.nav.profile}
                  description={t.shortcuts.profile}
                />
              </Col>
            </Row>
          </Card>
        </Col>
      </Row>
    </>
  );
}
