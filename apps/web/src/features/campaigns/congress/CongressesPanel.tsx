import { CheckCircleOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { CongressLevel } from '@thidua/shared-domain';
import { CalendarDateText, DataTable, SearchInput, useConfirm, useListPage } from '@thidua/web-ui';
import {
  connectionTable,
  useCongressActions,
  useCongresses,
  type CampaignPlanDetail,
  type CongressItem,
} from '@thidua/web-data-access';
import { App, Button, Flex, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { CongressDrawer } from './CongressDrawer';
import { CongressFormModal } from './CongressFormModal';
import { HoldCongressModal } from './HoldCongressModal';
import { congressMessages as m } from './messages';

/**
 * "Đại hội thi đua" of an issued plan: the congresses and hội nghị its units hold (level, form, host,
 * the window as the plan writes it, status, delegates), each opening in a drawer. Any unit that takes
 * part may add one of its own (the API checks CAMPAIGN_MANAGE at the host); edit and delete follow
 * each congress's `canManage`.
 */
export function CongressesPanel({ plan }: { plan: CampaignPlanDetail }) {
  const list = useListPage<{ level?: CongressLevel }>();
  const variables = useMemo(
    () => ({ ...list.variables, planId: plan.id }),
    [list.variables, plan.id],
  );
  const rows = useCongresses(variables);
  const actions = useCongressActions();
  const confirm = useConfirm();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<CongressItem | 'new' | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  // by id: after a CONFLICT's reload the modal sends the version read again, not the stale row's
  const [holdingId, setHoldingId] = useState<string | null>(null);
  const holding = holdingId ? rows.data?.nodes.find((c) => c.id === holdingId) : undefined;
  const mayAdd = plan.canManage || plan.canAnswer;

  const remove = async (c: CongressItem) => {
    const ok = await confirm({
      title: m.deleteConfirm(c.name),
      content: m.deleteText,
      okText: m.remove,
    });
    if (!ok) return;
    actions.remove.mutate(
      { id: c.id, version: c.version },
      {
        onSuccess: () => void message.success(m.deleted),
        onError: (error) => onError(error),
      },
    );
  };

  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap align="center">
        <SearchInput
          label={m.searchLabel}
          placeholder={m.searchPlaceholder}
          value={list.search}
          onChange={list.setSearch}
          style={{ flex: '2 1 240px' }}
        />
        <Select<CongressLevel>
          allowClear
          aria-label={m.levelFilter}
          placeholder={m.anyLevel}
          value={list.filters.level}
          onChange={(level) => list.setFilters({ level })}
          options={Object.entries(m.levels).map(([value, label]) => ({
            value: value as CongressLevel,
            label,
          }))}
          style={{ flex: '1 1 160px' }}
        />
        {mayAdd && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {m.add}
          </Button>
        )}
      </Flex>
      {rows.isError && <QueryError error={rows.error} onRetry={() => void rows.refetch()} />}
      <DataTable<CongressItem>
        rowKey="id"
        {...connectionTable(rows)}
        {...list.tableProps(m.emptyFiltered)}
        emptyText={list.isFiltered ? m.emptyFiltered : m.empty}
        columns={[
          {
            key: 'name',
            title: m.name,
            render: (_, c) => (
              <Flex vertical>
                <Typography.Link onClick={() => setOpened(c.id)}>{c.name}</Typography.Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {m.forms[c.form]}
                </Typography.Text>
              </Flex>
            ),
          },
          { key: 'level', title: m.level, width: 140, render: (_, c) => m.levels[c.level] },
          { key: 'host', title: m.hostUnit, render: (_, c) => c.hostUnit.name },
          { key: 'window', title: m.window, width: 150, render: (_, c) => c.windowLabel },
          {
            key: 'status',
            title: m.status,
            width: 140,
            render: (_, c) => (
              <>
                <Tag color={c.status === 'HELD' ? 'green' : 'blue'}>{m.statuses[c.status]}</Tag>
                {c.heldOn && (
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                    <CalendarDateText value={c.heldOn} />
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            key: 'delegates',
            title: m.delegates,
            width: 100,
            align: 'right',
            render: (_, c) => m.delegateCount(c.delegateCount, c.delegateTarget),
          },
          {
            key: 'actions',
            title: t.common.actions,
            width: 140,
            render: (_, c) =>
              c.canManage && c.status === 'PLANNED' ? (
                <Space size={0}>
                  <Button
                    size="small"
                    type="text"
                    icon={<CheckCircleOutlined />}
                    aria-label={m.holdOf(c.name)}
                    title={m.hold}
                    onClick={() => setHoldingId(c.id)}
                  />
                  <Button
                    size="small"
                    type="text"
                    icon={<EditOutlined />}
                    aria-label={`${m.edit}: ${c.name}`}
                    onClick={() => setEditing(c)}
                  />
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`${m.remove}: ${c.name}`}
                    onClick={() => void remove(c)}
                  />
                </Space>
              ) : null,
          },
        ]}
      />
      {editing && (
        <CongressFormModal
          plan={plan}
          congress={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          reload={() => rows.refetch()}
        />
      )}
      {holding && (
        <HoldCongressModal
          congress={holding}
          onClose={() => setHoldingId(null)}
          reload={() => rows.refetch()}
        />
      )}
      {opened && <CongressDrawer congressId={opened} onClose={() => setOpened(null)} />}
    </Flex>
  );
}
