import { ItemList } from '@thidua/web-ui';
import { Card, Empty, Tag, Typography } from 'antd';

import { t } from '../../../i18n';
import { scopeLabel } from '../../../shared/scope';
import { useViewer } from '../../auth/hooks/useViewer';

/** The viewer's roles, each with where it holds. */
export function RolesWidget() {
  const { user } = useViewer();
  return (
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
  );
}
