import { KeyOutlined, LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { DateText, DateTimeText, PageLoading, TextOrNone, useConfirm } from '@thidua/web-ui';
import { useSetUserStatus, useUser, type UserItem } from '@thidua/web-data-access';
import { App, Button, Descriptions, Divider, Drawer, Space, Tag, Typography } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { DiscardGuardScope, useDiscardGuard } from '../../../shared/forms/discardGuard';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { useViewer } from '../../auth/hooks/useViewer';
import { RoleAssignmentsPanel } from '../../roles/components/RoleAssignmentsPanel';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserEditForm } from './UserEditForm';
import { UserStatusTag } from './UserStatusTag';

export function UserDetailDrawer({
  userId,
  onClose,
}: {
  userId: string | null;
  onClose: () => void;
}) {
  const guard = useDiscardGuard(onClose);
  return (
    <Drawer
      open={userId !== null}
      onClose={guard.close}
      title={t.users.detailTitle}
      size={720}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {userId && <UserDetail userId={userId} />}
      </DiscardGuardScope>
    </Drawer>
  );
}

function UserDetail({ userId }: { userId: string }) {
  const user = useUser(userId);
  if (user.isPending) return <PageLoading />;
  if (user.isError) return <QueryError error={user.error} onRetry={() => void user.refetch()} />;
  return <UserDetailContent user={user.data} reload={() => user.refetch()} />;
}

function UserDetailContent({ user, reload }: { user: UserItem; reload: () => Promise<unknown> }) {
  const { can } = useViewer();
  const canManage = can('USER_MANAGE');
  const setStatus = useSetUserStatus();
  const confirm = useConfirm();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const [resetOpen, setResetOpen] = useState(false);
  const disabling = user.status === 'ACTIVE';

  const toggleStatus = async () => {
    const ok = await confirm({
      title: disabling
        ? t.users.disableConfirm(user.username)
        : t.users.enableConfirm(user.username),
      content: disabling ? t.users.disableConfirmText : t.users.enableConfirmText,
      okText: disabling ? t.users.disable : t.users.enable,
      danger: disabling,
    });
    if (!ok) return;
    setStatus.mutate(
      { id: user.id, version: user.version, status: disabling ? 'DISABLED' : 'ACTIVE' },
      {
        onSuccess: () => void message.success(disabling ? t.users.disabled : t.users.enabled),
        onError: (error) => {
          onError(error);
          void reload();
        },
      },
    );
  };

  return (
    <>
      <Space align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {user.fullName}
        </Typography.Title>
        <UserStatusTag status={user.status} />
        {user.mustChangePassword && <Tag color="orange">{t.users.mustChangePassword}</Tag>}
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        bordered
        items={[
          {
            key: 'username',
            label: t.users.username,
            children: <Typography.Text code>{user.username}</Typography.Text>,
          },
          { key: 'unit', label: t.users.unit, children: user.unit.name },
          { key: 'email', label: t.users.email, children: <TextOrNone value={user.email} /> },
          {
            key: 'createdAt',
            label: t.users.createdAt,
            children: <DateText value={user.createdAt} />,
          },
          {
            key: 'lastLoginAt',
            label: t.users.lastLoginAt,
            children: user.lastLoginAt ? (
              <DateTimeText value={user.lastLoginAt} />
            ) : (
              t.users.neverLoggedIn
            ),
          },
        ]}
      />
      {canManage && (
        <Space wrap style={{ marginTop: 16 }}>
          <Button
            danger={disabling}
            icon={disabling ? <LockOutlined /> : <UnlockOutlined />}
            loading={setStatus.isPending}
            onClick={() => void toggleStatus()}
          >
            {disabling ? t.users.disable : t.users.enable}
          </Button>
          <Button icon={<KeyOutlined />} onClick={() => setResetOpen(true)}>
            {t.users.resetPassword}
          </Button>
        </Space>
      )}

      {canManage && (
        <>
          <Divider titlePlacement="start">{t.users.infoSection}</Divider>
          <UserEditForm key={user.version} user={user} onReload={reload} />
        </>
      )}

      <Divider titlePlacement="start">{t.users.rolesSection}</Divider>
      <RoleAssignmentsPanel
        holder={{ userId: user.id }}
        assignments={user.roleAssignments}
        canAssign={can('ROLE_ASSIGN')}
      />

      {canManage && (
        <ResetPasswordModal user={user} open={resetOpen} onClose={() => setResetOpen(false)} />
      )}
    </>
  );
}
