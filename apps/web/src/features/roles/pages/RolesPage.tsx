import { DeleteOutlined, EditOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { DataTable, PageHeader, TextOrNone, useConfirm } from '@thidua/web-ui';
import { useDeleteRole, useRoles, type RoleItem } from '@thidua/web-data-access';
import { App, Button, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { PermissionTags } from '../components/PermissionTags';
import { RoleFormDrawer } from '../components/RoleFormDrawer';
import { usePermissionGroups } from '../hooks/usePermissionGroups';

type DrawerState = { open: false } | { open: true; role: RoleItem | null };

export function RolesPage() {
  useDocumentTitle(t.roles.pageTitle);
  const { can } = useViewer();
  const canManage = can('ROLE_MANAGE');
  const roles = useRoles();
  const { groups } = usePermissionGroups();
  const remove = useDeleteRole();
  const confirm = useConfirm();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const [drawer, setDrawer] = useState<DrawerState>({ open: false });

  const askDelete = async (role: RoleItem) => {
    const ok = await confirm({
      title: t.roles.deleteConfirm(role.name),
      content: t.roles.deleteConfirmText,
      okText: t.common.delete,
    });
    if (!ok) return;
    remove.mutate(role.id, {
      onSuccess: () => void message.success(t.roles.deleted),
      onError: (error) => onError(error),
    });
  };

  return (
    <>
      <PageHeader
        title={t.roles.pageTitle}
        subtitle={t.roles.subtitle}
        breadcrumb={[t.nav.admin]}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDrawer({ open: true, role: null })}
            >
              {t.roles.add}
            </Button>
          )
        }
      />
      {roles.isError && <QueryError error={roles.error} onRetry={() => void roles.refetch()} />}
      <DataTable<RoleItem>
        rowKey="id"
        rows={roles.data}
        totalCount={roles.data?.length}
        loading={roles.isPending}
        columns={[
          {
            key: 'name',
            title: t.roles.name,
            width: 260,
            render: (_, role) => (
              <>
                <Typography.Text strong>{role.name}</Typography.Text>
                {/* a system role's code (TDKT_OFFICER…) is the program's; administrators see the
                    codes they chose for their own roles */}
                {!role.isSystem && (
                  <>
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t.roles.codeLine(role.code)}
                    </Typography.Text>
                  </>
                )}
              </>
            ),
          },
          {
            key: 'description',
            title: t.roles.description,
            width: 260,
            render: (_, role) => <TextOrNone value={role.description} />,
          },
          {
            key: 'permissions',
            title: t.roles.permissions,
            render: (_, role) => <PermissionTags permissions={role.permissions} groups={groups} />,
          },
          {
            key: 'kind',
            title: t.roles.kind,
            width: 150,
            render: (_, role) =>
              role.isSystem ? (
                <Tooltip title={t.roles.systemReadOnly}>
                  <Tag icon={<LockOutlined />} color="gold">
                    {t.roles.system}
                  </Tag>
                </Tooltip>
              ) : (
                <Tag color="blue">{t.roles.custom}</Tag>
              ),
          },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  title: t.common.actions,
                  width: 120,
                  render: (_: unknown, role: RoleItem) =>
                    role.isSystem ? null : (
                      <Space>
                        <Tooltip title={t.common.edit}>
                          <Button
                            icon={<EditOutlined />}
                            aria-label={`${t.common.edit} ${role.name}`}
                            onClick={() => setDrawer({ open: true, role })}
                          />
                        </Tooltip>
                        <Tooltip title={t.common.delete}>
                          <Button
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={`${t.common.delete} ${role.name}`}
                            loading={remove.isPending && remove.variables === role.id}
                            onClick={() => void askDelete(role)}
                          />
                        </Tooltip>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      <RoleFormDrawer
        open={drawer.open}
        role={drawer.open ? drawer.role : null}
        onClose={() => setDrawer({ open: false })}
      />
    </>
  );
}
