import { DOSSIER_STATUSES, type DossierStatus } from '@thidua/shared-domain';
import {
  CalendarDateText,
  DataTable,
  DateTimeText,
  FilterBar,
  SearchInput,
  useListPage,
} from '@thidua/web-ui';
import {
  connectionTable,
  exportPath,
  useAwardDossierInbox,
  useAwardDossiers,
  type AwardDossierItem,
} from '@thidua/web-data-access';
import { Flex, Select, Space, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';

import { awardDossierPath } from '../../../app/paths';
import { ExportButton } from '../../../shared/components/ExportButton';
import { QueryError } from '../../../shared/components/QueryError';
import { awardsMessages as m } from '../messages';
import { OpenRoundSelect } from './CreateDossierModal';
import { DossierStatusTag, DueTag, LateTag } from './tags';

type DossierFilters = {
  roundId?: string;
  status?: DossierStatus;
  late?: boolean;
  overdue?: boolean;
};

const LATE_OPTIONS = [
  { value: 'late', label: m.lateOnly },
  { value: 'on-time', label: m.onTimeOnly },
];

const OVERDUE_OPTIONS = [
  { value: 'overdue', label: m.overdueOnly },
  { value: 'not-overdue', label: m.notOverdue },
];

/**
 * The dossiers of the proposing units in scope (`own`) or those sent to the receiving units in scope
 * (`inbox`): filters by round, status, lateness and the running clock ("Quá hạn": 05 working days to
 * receive, 20 to appraise, counted by the API on the working-day calendar), a search on the nominees'
 * names; a late send and an overdue clock are flagged in red with their words. Both open the same
 * dossier page.
 */
export function DossierList({
  mode,
  emptyText,
}: {
  mode: 'own' | 'inbox';
  /** what an unfiltered empty list says (it depends on what the viewer may do) */
  emptyText: string;
}) {
  const navigate = useNavigate();
  const list = useListPage<DossierFilters>();
  const own = useAwardDossiers(list.variables, mode === 'own');
  const inbox = useAwardDossierInbox(list.variables, mode === 'inbox');
  const dossiers = mode === 'own' ? own : inbox;
  const { roundId, status, late, overdue } = list.filters;
  const prefix = mode === 'own' ? 'award-dossiers' : 'award-inbox';

  return (
    <>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <SearchInput
          label={m.dossierSearchLabel}
          placeholder={m.dossierSearchPlaceholder}
          value={list.search}
          onChange={list.setSearch}
          style={{ flex: '3 1 300px' }}
        />
        <ExportButton
          label={m.exportNominees}
          path={exportPath('award-nominees', {
            list: mode,
            roundId,
            status,
            late,
            overdue,
            search: list.search,
          })}
          fallbackName="danh-sach-de-nghi-khen-thuong.xlsx"
        />
      </Flex>
      <FilterBar
        activeCount={[roundId, status, late, overdue].filter((v) => v !== undefined).length}
      >
        <OpenRoundSelect
          id={`${prefix}-round`}
          status={null}
          allowClear
          aria-label={m.roundFilter}
          placeholder={m.anyRound}
          value={roundId}
          onChange={(value) => list.setFilters({ roundId: value })}
          style={{ flex: '3 1 260px' }}
        />
        <Select<DossierStatus>
          id={`${prefix}-status`}
          allowClear
          aria-label={m.statusFilter}
          placeholder={m.anyStatus}
          value={status}
          onChange={(value) => list.setFilters({ status: value })}
          options={(Object.keys(DOSSIER_STATUSES) as DossierStatus[])
            // the inbox never holds a dossier that was not sent (ADR 0019 §5)
            .filter((s) => mode === 'own' || s !== 'DRAFT')
            .map((s) => ({ value: s, label: m.statuses[s] }))}
          style={{ flex: '2 1 200px' }}
        />
        <Select<string>
          id={`${prefix}-late`}
          allowClear
          aria-label={m.lateFilter}
          placeholder={m.anyLate}
          value={late === undefined ? undefined : late ? 'late' : 'on-time'}
          onChange={(value) =>
            list.setFilters({ late: value === undefined ? undefined : value === 'late' })
          }
          options={LATE_OPTIONS}
          style={{ flex: '2 1 200px' }}
        />
        <Select<string>
          id={`${prefix}-overdue`}
          allowClear
          aria-label={m.overdueFilter}
          placeholder={m.dueColumn}
          value={overdue === undefined ? undefined : overdue ? 'overdue' : 'not-overdue'}
          onChange={(value) =>
            list.setFilters({ overdue: value === undefined ? undefined : value === 'overdue' })
          }
          options={OVERDUE_OPTIONS}
          style={{ flex: '2 1 200px' }}
        />
      </FilterBar>
      {dossiers.isError && (
        <QueryError error={dossiers.error} onRetry={() => void dossiers.refetch()} />
      )}
      <DataTable<AwardDossierItem>
        rowKey="id"
        {...connectionTable(dossiers)}
        {...list.tableProps(m.dossiersEmptyFiltered)}
        emptyText={list.isFiltered ? m.dossiersEmptyFiltered : emptyText}
        onRow={(d) => ({ onDoubleClick: () => navigate(awardDossierPath(d.id)) })}
        columns={[
          {
            key: 'unit',
            title: m.proposingUnit,
            render: (_, d) => (
              <>
                <Link to={awardDossierPath(d.id)} style={{ fontWeight: 500 }}>
                  {d.unit.name}
                </Link>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {d.round.title}
                </Typography.Text>
              </>
            ),
          },
          mode === 'own'
            ? {
                key: 'receiving',
                title: m.receivingUnit,
                width: 200,
                render: (_, d) => d.receivingUnit.name,
              }
            : {
                key: 'deadline',
                title: m.deadline,
                width: 120,
                render: (_, d) =>
                  d.round.deadline ? (
                    <CalendarDateText value={d.round.deadline} />
                  ) : (
                    <Typography.Text type="secondary">{m.noDeadline}</Typography.Text>
                  ),
              },
          {
            key: 'nominees',
            title: m.nomineesCount,
            width: 110,
            align: 'right',
            render: (_, d) => d.nomineeCount,
          },
          {
            key: 'submitted',
            title: m.submittedAt,
            width: 170,
            render: (_, d) =>
              d.submittedAt ? (
                <DateTimeText value={d.submittedAt} />
              ) : (
                <Typography.Text type="secondary">{m.notSubmitted}</Typography.Text>
              ),
          },
          {
            key: 'due',
            title: m.dueColumn,
            width: 190,
            render: (_, d) => <DueTag dueOn={d.dueOn} status={d.deadlineStatus} clock={d.clock} />,
          },
          {
            key: 'status',
            title: m.status,
            width: 220,
            render: (_, d) => (
              <Space size={4} wrap>
                <DossierStatusTag status={d.status} />
                {d.late && <LateTag />}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
