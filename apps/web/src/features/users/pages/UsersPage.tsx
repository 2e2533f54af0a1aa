import { PlusOutlined } from '@ant-design/icons';
import {
  DataTable,
  DateText,
  DateTimeText,
  PageHeader,
  SearchInput,
  TextOrNone,
} from '@thidua/web-ui';
import {
  exportPath,
  useUsers,
  type UserItem,
  type UserSortField,
  type UserStatus,
  connectionTable,
} from '@thidua/web-data-access';
import {
  Button,
  Card,
  Flex,
  Select,
  Tag,
  Typography,
  type TableColumnType,
  type TableProps,
} from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { ExportButton } from '../../../shared/components/ExportButton';
import { QueryError } from '../../../shared/components/QueryError';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { RoleAssignmentTags } from '../../roles/components/RoleAssignmentTags';
import { useViewer } from '../../auth/hooks/useViewer';
import { UnitSelect } from '../../units/components/UnitSelect';
import { CreateUserDrawer } from '../components/CreateUserDrawer';
import { UserDetailDrawer } from '../components/UserDetailDrawer';
import { UserStatusTag } from '../components/UserStatusTag';
import { useUserListState, type UserSort } from '../hooks/useUserListState';

const SORT_FIELDS: Record<string, UserSortField> = {
  username: 'USERNAME',
  fullName: 'FULL_NAME',
  createdAt: 'CREATED_AT',
};

type SortOrder = TableColumnType<UserItem>['sortOrder'];

function sortOrder(sort: UserSort | undefined, field: UserSortField): SortOrder {
  if (sort?.field !== field) return null;
  return sort.direction === 'ASC' ? 'ascend' : 'descend';
}

export function UsersPage() {
  useDocumentTitle(t.users.pageTitle);
  const { can } = useViewer();
  const list = useUserListState();
  const users = useUsers(list.variables);
  const [creating, setCreating] = useState(false);
  const [openUserId, setOpenUserId] = useState<string | null>(null);

  const onTableChange: TableProps<UserItem>['onChange'] = (_pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = single?.columnKey ? SORT_FIELDS[String(single.columnKey)] : undefined;
    list.setSort(
      field && single?.order
        ? { field, direction: single.order === 'ascend' ? 'ASC' : 'DESC' }
        : undefined,
    );
  };

  const columns: TableProps<UserItem>['columns'] = [
    {
      key: 'username',
      title: t.users.username,
      width: 170,
      sorter: true,
      sortOrder: sortOrder(list.sort, 'USERNAME'),
      render: (_, user) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto' }}
          onClick={() => setOpenUserId(user.id)}
        >
          {user.username}
        </Button>
      ),
    },
    {
      key: 'fullName',
      title: t.users.fullName,
      sorter: true,
      sortOrder: sortOrder(list.sort, 'FULL_NAME'),
      render: (_, user) => (
        <>
          {user.fullName}
          {user.email && (
            <>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {user.email}
              </Typography.Text>
            </>
          )}
        </>
      ),
    },
    {
      key: 'unit',
      title: t.users.unit,
      render: (_, user) => <TextOrNone value={user.unit.name} />,
    },
    {
      key: 'roles',
      title: t.users.roles,
      render: (_, user) => <RoleAssignmentTags assignments={user.roleAssignments} />,
    },
    {
      key: 'status',
      title: t.users.status,
      render: (_, user) => (
        <Flex gap={4} wrap>
          <UserStatusTag status={user.status} />
          {user.mustChangePassword && <Tag color="orange">{t.users.mustChangePassword}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'createdAt',
      title: t.users.createdAt,
      width: 130,
      sorter: true,
      sortOrder: sortOrder(list.sort, 'CREATED_AT'),
      render: (_, user) => <DateText value={user.createdAt} />,
    },
    {
      key: 'lastLoginAt',
      title: t.users.lastLoginAt,
      width: 170,
      render: (_, user) =>
        user.lastLoginAt ? (
          <DateTimeText value={user.lastLoginAt} />
        ) : (
          <Typography.Text type="secondary">{t.users.neverLoggedIn}</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t.users.pageTitle}
        subtitle={t.users.subtitle}
        breadcrumb={[t.nav.admin]}
        extra={
          <>
            <ExportButton path={exportPath('users', list.query)} fallbackName="nguoi-dung.xlsx" />
            {can('USER_MANAGE') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t.users.add}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <SearchInput
            label={t.users.searchLabel}
            placeholder={t.users.searchPlaceholder}
            value={list.search}
            onChange={list.setSearch}
            style={{ flex: '2 1 280px' }}
          />
          <UnitSelect
            allowClear
            aria-label={t.users.unitFilter}
            placeholder={t.users.unitFilter}
            value={list.filters.unitId}
            onChange={(unitId) => list.setFilters({ unitId })}
            style={{ flex: '2 1 260px' }}
          />
          <Select<UserStatus>
            allowClear
            aria-label={t.users.statusFilter}
            placeholder={t.users.allStatuses}
            value={list.filters.status}
            onChange={(status) => list.setFilters({ status })}
            options={(['ACTIVE', 'DISABLED'] as const).map((s) => ({
              value: s,
              label: t.users.statuses[s],
            }))}
            style={{ flex: '1 1 180px' }}
          />
        </Flex>
        {users.isError && <QueryError error={users.error} onRetry={() => void users.refetch()} />}
        <DataTable<UserItem>
          rowKey="id"
          columns={columns}
          {...connectionTable(users)}
          {...list.tableProps(t.users.emptyFiltered)}
          onChange={onTableChange}
          sortDirections={['ascend', 'descend']}
          onRow={(user) => ({ onDoubleClick: () => setOpenUserId(user.id) })}
        />
      </Card>
      <CreateUserDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={setOpenUserId}
      />
      <UserDetailDrawer userId={openUserId} onClose={() => setOpenUserId(null)} />
    </>
  );
}
