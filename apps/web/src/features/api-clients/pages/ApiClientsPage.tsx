import { PlusOutlined, StopOutlined, SyncOutlined } from '@ant-design/icons';
import {
  DataTable,
  DateText,
  DateTimeText,
  PageHeader,
  SearchInput,
  TextOrNone,
  useConfirm,
  useListPage,
} from '@thidua/web-ui';
import {
  useApiClients,
  useRevokeApiClient,
  useRotateApiClientSecret,
  type ApiClientItem,
  type ApiClientWithToken,
  connectionTable,
} from '@thidua/web-data-access';
import { App, Button, Card, Space, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { RoleAssignmentTags } from '../../roles/components/RoleAssignmentTags';
import { CreateApiClientDrawer } from '../components/CreateApiClientDrawer';
import { TokenModal } from '../components/TokenModal';

export function ApiClientsPage() {
  useDocumentTitle(t.apiClients.pageTitle);
  const list = useListPage();
  const clients = useApiClients(list.variables);
  const rotate = useRotateApiClientSecret();
  const revoke = useRevokeApiClient();
  const confirm = useConfirm();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<{
    value: ApiClientWithToken;
    kind: 'created' | 'rotated';
  } | null>(null);

  const askRotate = async (client: ApiClientItem) => {
    const ok = await confirm({
      title: t.apiClients.rotateConfirm(client.name),
      content: t.apiClients.rotateConfirmText,
      okText: t.apiClients.rotate,
    });
    if (!ok) return;
    rotate.mutate(client.id, {
      onSuccess: (value) => setIssued({ value, kind: 'rotated' }),
      onError: (error) => onError(error),
    });
  };

  const askRevoke = async (client: ApiClientItem) => {
    const ok = await confirm({
      title: t.apiClients.revokeConfirm(client.name),
      content: t.apiClients.revokeConfirmText,
      okText: t.apiClients.revoke,
    });
    if (!ok) return;
    revoke.mutate(
      { id: client.id, version: client.version },
      {
        onSuccess: () => void message.success(t.apiClients.revoked),
        onError: (error) => onError(error),
      },
    );
  };

  const columns: TableProps<ApiClientItem>['columns'] = [
    {
      key: 'name',
      title: t.apiClients.name,
      render: (_, client) => (
        <>
          <Typography.Text strong>{client.name}</Typography.Text>
          {client.description && (
            <>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {client.description}
              </Typography.Text>
            </>
          )}
        </>
      ),
    },
    { key: 'unit', title: t.apiClients.unit, render: (_, c) => <TextOrNone value={c.unit.name} /> },
    {
      key: 'keyPrefix',
      title: t.apiClients.keyPrefix,
      render: (_, c) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {c.keyPrefix}
        </Typography.Text>
      ),
    },
    {
      key: 'roles',
      title: t.apiClients.roles,
      render: (_, c) => <RoleAssignmentTags assignments={c.roleAssignments} />,
    },
    {
      key: 'status',
      title: t.apiClients.status,
      render: (_, c) => (
        <Tag color={c.status === 'ACTIVE' ? 'green' : 'default'}>
          {t.apiClients.statuses[c.status]}
        </Tag>
      ),
    },
    {
      key: 'lastUsedAt',
      title: t.apiClients.lastUsedAt,
      render: (_, c) =>
        c.lastUsedAt ? (
          <DateTimeText value={c.lastUsedAt} />
        ) : (
          <Typography.Text type="secondary">{t.apiClients.neverUsed}</Typography.Text>
        ),
    },
    {
      key: 'createdAt',
      title: t.apiClients.createdAt,
      render: (_, c) => <DateText value={c.createdAt} />,
    },
    {
      key: 'actions',
      title: t.common.actions,
      render: (_, c) =>
        c.status === 'ACTIVE' && (
          <Space>
            <Button
              size="small"
              icon={<SyncOutlined />}
              loading={rotate.isPending && rotate.variables === c.id}
              onClick={() => void askRotate(c)}
            >
              {t.apiClients.rotate}
            </Button>
            <Button
              size="small"
              danger
              icon={<StopOutlined />}
              loading={revoke.isPending && revoke.variables?.id === c.id}
              onClick={() => void askRevoke(c)}
            >
              {t.apiClients.revoke}
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t.apiClients.pageTitle}
        subtitle={t.apiClients.subtitle}
        breadcrumb={[t.nav.admin]}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t.apiClients.add}
          </Button>
        }
      />
      <Card>
        <SearchInput
          label={t.apiClients.searchLabel}
          placeholder={t.apiClients.searchPlaceholder}
          value={list.search}
          onChange={list.setSearch}
          style={{ maxWidth: 420, marginBottom: 16 }}
        />
        {clients.isError && (
          <QueryError error={clients.error} onRetry={() => void clients.refetch()} />
        )}
        <DataTable<ApiClientItem>
          rowKey="id"
          columns={columns}
          {...connectionTable(clients)}
          {...list.tableProps(t.apiClients.emptyFiltered)}
        />
      </Card>
      <CreateApiClientDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(value) => {
          setCreating(false);
          setIssued({ value, kind: 'created' });
        }}
      />
      <TokenModal
        issued={issued?.value ?? null}
        kind={issued?.kind ?? 'created'}
        onClose={() => setIssued(null)}
      />
    </>
  );
}
