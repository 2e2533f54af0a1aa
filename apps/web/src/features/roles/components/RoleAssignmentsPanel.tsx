import { PlusOutlined } from '@ant-design/icons';
import { formatDate } from '@thidua/shared-domain';
import { ItemList, useConfirm } from '@thidua/web-ui';
import { useGrantRole, useRevokeRole, type RoleAssignmentItem } from '@thidua/web-data-access';
import { App, Button, Empty, Flex, Form, Tag, Typography } from 'antd';

import { t } from '../../../i18n';
import { requiredChoice } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { scopeLabel } from '../../../shared/scope';
import { SYSTEM_WIDE, UnitSelect } from '../../units/components/UnitSelect';
import { RoleSelect } from './RoleSelect';

export type RoleHolder = { userId: string } | { apiClientId: string };

interface GrantValues {
  roleId: string;
  unitId: string;
}

/** The roles a user (or API client) holds, with revoke and — for ROLE_ASSIGN holders — grant. */
export function RoleAssignmentsPanel({
  holder,
  assignments,
  canAssign,
}: {
  holder: RoleHolder;
  assignments: readonly RoleAssignmentItem[];
  canAssign: boolean;
}) {
  const [form] = Form.useForm<GrantValues>();
  const grant = useGrantRole();
  const revoke = useRevokeRole();
  const confirm = useConfirm();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();

  const submitGrant = (values: GrantValues) => {
    grant.mutate(
      {
        ...holder,
        roleId: values.roleId,
        unitId: values.unitId === SYSTEM_WIDE ? null : values.unitId,
      },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t.roles.granted);
        },
        onError: (error) => onError(error, form),
      },
    );
  };

  const askRevoke = async (assignment: RoleAssignmentItem) => {
    const ok = await confirm({
      title: t.roles.revokeConfirm(assignment.role.name, scopeLabel(assignment.unit)),
      content: t.roles.revokeConfirmText,
      okText: t.roles.revoke,
    });
    if (!ok) return;
    revoke.mutate(
      { assignmentId: assignment.id },
      {
        onSuccess: () => void message.success(t.roles.revoked),
        onError: (error) => onError(error),
      },
    );
  };

  return (
    <Flex vertical gap={12}>
      {assignments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.roles.noAssignments} />
      ) : (
        <ItemList
          bordered
          items={assignments.map((assignment) => ({
            key: assignment.id,
            content: (
              <>
                <Typography.Text strong>{assignment.role.name}</Typography.Text>{' '}
                <Tag color={assignment.unit ? 'blue' : 'red'}>{scopeLabel(assignment.unit)}</Tag>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t.roles.grantedAt(formatDate(assignment.createdAt))}
                </Typography.Text>
              </>
            ),
            actions: canAssign && (
              <Button
                size="small"
                danger
                loading={revoke.isPending && revoke.variables?.assignmentId === assignment.id}
                onClick={() => void askRevoke(assignment)}
              >
                {t.roles.revoke}
              </Button>
            ),
          }))}
        />
      )}
      {canAssign && (
        <Form<GrantValues>
          form={form}
          layout="vertical"
          onFinish={submitGrant}
          disabled={grant.isPending}
        >
          <Flex gap={8} align="flex-end" wrap>
            <Form.Item
              name="roleId"
              label={t.roles.grantRole}
              rules={[requiredChoice(t.roles.grantRoleWhat)]}
              style={{ flex: '1 1 180px', marginBottom: 0 }}
            >
              <RoleSelect />
            </Form.Item>
            <Form.Item
              name="unitId"
              label={t.roles.grantScope}
              rules={[requiredChoice(t.roles.grantScopeWhat)]}
              style={{ flex: '1 1 220px', marginBottom: 0 }}
            >
              <UnitSelect allowSystemWide />
            </Form.Item>
            <Button
              type="primary"
              ghost
              htmlType="submit"
              icon={<PlusOutlined />}
              loading={grant.isPending}
            >
              {t.roles.grant}
            </Button>
          </Flex>
        </Form>
      )}
    </Flex>
  );
}
