import { PageHeader } from '@thidua/web-ui';
import { useMe } from '@thidua/web-data-access';
import { Alert, Card, Col, Descriptions, Row, Space, Tag } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';

import { CHANGE_PASSWORD_FLAG, PATHS } from '../../../app/paths';
import { t } from '../../../i18n';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { assignmentLabel } from '../../../shared/scope';
import { useViewer } from '../../auth/hooks/useViewer';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { ProfileForm } from '../components/ProfileForm';

export function ProfilePage() {
  useDocumentTitle(t.profile.pageTitle);
  const { user } = useViewer();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const mustChange = user.mustChangePassword;
  const passwordFirst = mustChange || params.has(CHANGE_PASSWORD_FLAG);

  const passwordCard = (
    <Card title={t.profile.passwordCard} id="doi-mat-khau">
      {mustChange && (
        <Alert
          type="warning"
          showIcon
          title={t.profile.mustChangeTitle}
          description={t.profile.mustChangeText}
          style={{ marginBottom: 16 }}
        />
      )}
      <ChangePasswordForm
        onChanged={() => {
          if (passwordFirst) navigate(PATHS.home, { replace: true });
        }}
      />
    </Card>
  );

  const accountCard = (
    <Card title={t.profile.accountCard}>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'username', label: t.profile.username, children: user.username },
          { key: 'unit', label: t.profile.unit, children: user.unit.name },
          {
            key: 'roles',
            label: t.profile.roles,
            children: (
              <Space orientation="vertical" size={4}>
                {user.roleAssignments.map((a) => (
                  <Tag key={a.id} color={a.unit ? 'blue' : 'red'} style={{ whiteSpace: 'normal' }}>
                    {assignmentLabel(a)}
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );

  // The server accepts nothing but the password change until it is done (PASSWORD_CHANGE_REQUIRED):
  // the form would only fail, so it waits.
  const infoCard = (
    <Card title={t.profile.infoCard}>
      {mustChange ? (
        <Alert type="info" showIcon title={t.profile.infoAfterPassword} />
      ) : (
        <ProfileForm key={user.version} user={user} onReload={() => me.refetch()} />
      )}
    </Card>
  );

  return (
    <>
      <PageHeader title={t.profile.pageTitle} subtitle={t.profile.subtitle} />
      <Row gutter={[20, 20]}>
        <Col xs={24} lg={12}>
          <Space orientation="vertical" size={20} style={{ width: '100%' }}>
            {passwordFirst ? passwordCard : accountCard}
            {passwordFirst ? accountCard : infoCard}
          </Space>
        </Col>
        <Col xs={24} lg={12}>
          {passwordFirst ? infoCard : passwordCard}
        </Col>
      </Row>
    </>
  );
}
