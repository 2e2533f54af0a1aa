import { PlusOutlined } from '@ant-design/icons';
import { DataTable, FilterBar, PageHeader, SearchInput, useListPage } from '@thidua/web-ui';
import { connectionTable, useCouncils, type CouncilItem } from '@thidua/web-data-access';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';

import { councilPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate } from '../../../shared/dates';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { UnitSelect } from '../../units/components/UnitSelect';
import { CouncilFormDrawer } from '../components/CouncilFormDrawer';
import { CouncilStateTag } from '../components/tags';
import { councilsMessages as m, formatShare } from '../messages';

type CouncilListFilters = { unitId?: string };

export function CouncilsPage() {
  useDocumentTitle(m.title);
  const { can } = useViewer();
  const list = useListPage<CouncilListFilters>();
  const councils = useCouncils(list.variables);
  // the button shows for holders anywhere; the API decides at the chosen unit
  const canCreate = can('COUNCIL_MANAGE');
  // by id: after "Tải lại" on a conflict the drawer edits the refetched council, at its new version
  const [editing, setEditing] = useState<string | null>(null);
  const edited =
    editing && editing !== 'new'
      ? (councils.data?.nodes.find((c) => c.id === editing) ?? null)
      : null;

  return (
    <>
      <PageHeader
        title={m.title}
        subtitle={m.subtitle}
        breadcrumb={[t.nav.emulation]}
        extra={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {m.add}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <SearchInput
            label={m.searchLabel}
            placeholder={m.searchPlaceholder}
            value={list.search}
            onChange={list.setSearch}
            style={{ flex: '3 1 300px' }}
          />
        </Flex>
        <FilterBar activeCount={list.filters.unitId ? 1 : 0}>
          <UnitSelect
            id="councils-unit"
            allowClear
            aria-label={m.unitFilter}
            placeholder={m.anyUnit}
            value={list.filters.unitId}
            onChange={(value) => list.setFilters({ unitId: value })}
            style={{ flex: '2 1 260px', minWidth: 0 }}
          />
        </FilterBar>
        {councils.isError && (
          <QueryError error={councils.error} onRetry={() => void councils.refetch()} />
        )}
        <DataTable<CouncilItem>
          rowKey="id"
          {...connectionTable(councils)}
          {...list.tableProps(m.emptyFiltered)}
          emptyText={list.isFiltered ? m.emptyFiltered : canCreate ? m.emptyCanCreate : m.empty}
          columns={[
            {
              key: 'name',
              title: m.council,
              render: (_, c) => (
                <>
                  <Link to={councilPath(c.id)} style={{ fontWeight: 500 }}>
                    {c.name}
                  </Link>
                  {c.standingUnit && (
                    <>
                      <br />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {m.standingUnit}: {c.standingUnit.name}
                      </Typography.Text>
                    </>
                  )}
                </>
              ),
            },
            { key: 'unit', title: m.unit, width: 220, render: (_, c) => c.unit.name },
            {
              key: 'decision',
              title: m.foundingDecision,
              width: 200,
              render: (_, c) =>
                c.decisionNumber || c.decisionDate ? (
                  m.decisionLine(
                    c.decisionNumber,
                    c.decisionDate ? formatIsoDate(c.decisionDate) : null,
                  )
                ) : (
                  <Typography.Text type="secondary">{m.noDecision}</Typography.Text>
                ),
            },
            {
              key: 'quorum',
              title: m.quorum,
              width: 120,
              render: (_, c) => formatShare(c.quorumShare),
            },
            {
              key: 'state',
              title: m.state,
              width: 160,
              render: (_, c) => (
                <CouncilStateTag endedOn={c.endedOn ? formatIsoDate(c.endedOn) : null} />
              ),
            },
            {
              key: 'actions',
              title: m.actions,
              width: 140,
              render: (_, c) =>
                c.canManage && (
                  <Space size={4} wrap>
                    <Button
                      size="small"
                      aria-label={m.editCouncil(c.name)}
                      onClick={() => setEditing(c.id)}
                    >
                      {t.common.edit}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <CouncilFormDrawer
        open={editing === 'new' || edited !== null}
        council={edited}
        onClose={() => setEditing(null)}
        onReload={() => councils.refetch()}
      />
    </>
  );
}
