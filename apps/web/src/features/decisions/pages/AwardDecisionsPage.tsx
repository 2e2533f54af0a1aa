import { PlusOutlined } from '@ant-design/icons';
import { DataTable, FilterBar, PageHeader, SearchInput, useListPage } from '@thidua/web-ui';
import {
  awardDecisionsExportPath,
  connectionTable,
  useAwardDecisions,
  type AwardDecisionItem,
  type AwardDecisionSort,
  type AwardDecisionStatus,
} from '@thidua/web-data-access';
import { Button, Card, Flex, InputNumber, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';

import { awardDecisionPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { ExportButton } from '../../../shared/components/ExportButton';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate } from '../../../shared/dates';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { OpenRoundSelect } from '../../awards/components/CreateDossierModal';
import { UnitSelect } from '../../units/components/UnitSelect';
import { DraftDecisionDrawer } from '../components/DraftDecisionDrawer';
import { DecisionStatusTag } from '../components/tags';
import { decisionsMessages as m } from '../messages';

type DecisionListFilters = {
  status?: AwardDecisionStatus;
  issuerUnitId?: string;
  roundId?: string;
  year?: number;
};

const STATUS_OPTIONS = (['DRAFT', 'ISSUED', 'REVOKED'] as const).map((s) => ({
  value: s,
  label: m.statuses[s],
}));

const SORT_OPTIONS = (['NEWEST', 'ISSUED_DESC', 'ISSUED_ASC', 'AWARD_NAME'] as const).map((s) => ({
  value: s,
  label: m.sorts[s],
}));

/** The API's bounds of a year (award-decision.inputs.ts Year). */
const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

/**
 * Quyết định khen thưởng in reach (DECISION_READ at their issuing units), in the order chosen (the
 * API's, newest drafted first by default): search on award, trích yếu and số; filters by status,
 * issuing unit, round and the round's year; "Xuất Excel" exports the list as filtered and ordered.
 */
export function AwardDecisionsPage() {
  useDocumentTitle(m.title);
  const navigate = useNavigate();
  const { can } = useViewer();
  const list = useListPage<DecisionListFilters>();
  // an order, not a filter: it never narrows the list (useListPage keeps filters only)
  const [sort, setSort] = useState<AwardDecisionSort>('NEWEST');
  const decisions = useAwardDecisions(
    useMemo(() => ({ ...list.variables, sort }), [list.variables, sort]),
  );
  // the button shows for holders anywhere; the API decides at the issuing unit chosen
  const canDraft = can('DECISION_MANAGE');
  const [drafting, setDrafting] = useState(false);
  const { status, issuerUnitId, roundId, year } = list.filters;

  return (
    <>
      <PageHeader
        title={m.title}
        subtitle={m.subtitle}
        breadcrumb={[t.nav.emulation]}
        extra={
          <>
            <ExportButton
              path={awardDecisionsExportPath({ ...list.query, sort })}
              fallbackName="quyet-dinh-khen-thuong.xlsx"
            />
            {canDraft && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrafting(true)}>
                {m.draft}
              </Button>
            )}
          </>
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
          <Select<AwardDecisionSort>
            id="decisions-sort"
            aria-label={m.sortLabel}
            value={sort}
            onChange={setSort}
            options={SORT_OPTIONS}
            style={{ flex: '1 1 240px' }}
          />
        </Flex>
        <FilterBar
          activeCount={[status, issuerUnitId, roundId, year].filter((v) => v !== undefined).length}
        >
          <Select<AwardDecisionStatus>
            id="decisions-status"
            allowClear
            aria-label={m.statusFilter}
            placeholder={m.anyStatus}
            value={status}
            onChange={(value) => list.setFilters({ status: value })}
            options={STATUS_OPTIONS}
            style={{ flex: '1 1 180px' }}
          />
          <UnitSelect
            id="decisions-issuer"
            allowClear
            aria-label={m.issuerFilter}
            placeholder={m.anyIssuer}
            value={issuerUnitId}
            onChange={(value) => list.setFilters({ issuerUnitId: value })}
            style={{ flex: '2 1 240px', minWidth: 0 }}
          />
          <OpenRoundSelect
            id="decisions-round"
            status={null}
            allowClear
            aria-label={m.roundFilter}
            placeholder={m.anyRound}
            value={roundId}
            onChange={(value) => list.setFilters({ roundId: value })}
            style={{ flex: '2 1 240px' }}
          />
          <InputNumber<number>
            id="decisions-year"
            aria-label={m.yearFilter}
            placeholder={m.yearPlaceholder}
            min={YEAR_MIN}
            max={YEAR_MAX}
            precision={0}
            value={year ?? null}
            // a year being typed ("20") is not sent: only one the API accepts
            onChange={(value) =>
              list.setFilters({
                year:
                  typeof value === 'number' && value >= YEAR_MIN && value <= YEAR_MAX
                    ? value
                    : undefined,
              })
            }
            style={{ flex: '0 1 110px' }}
          />
        </FilterBar>
        {decisions.isError && (
          <QueryError error={decisions.error} onRetry={() => void decisions.refetch()} />
        )}
        <DataTable<AwardDecisionItem>
          rowKey="id"
          {...connectionTable(decisions)}
          {...list.tableProps(m.emptyFiltered)}
          emptyText={list.isFiltered ? m.emptyFiltered : canDraft ? m.emptyCanDraft : m.empty}
          onRow={(d) => ({ onDoubleClick: () => navigate(awardDecisionPath(d.id)) })}
          columns={[
            {
              key: 'number',
              title: m.numberColumn,
              width: 190,
              render: (_, d) =>
                d.symbol ? (
                  m.numberLine(d.symbol, d.decidedOn ? formatIsoDate(d.decidedOn) : null)
                ) : (
                  <Typography.Text type="secondary">{m.notNumbered}</Typography.Text>
                ),
            },
            {
              key: 'subject',
              title: m.subjectColumn,
              render: (_, d) => (
                <>
                  <Link to={awardDecisionPath(d.id)} style={{ fontWeight: 500 }}>
                    {d.awardName}
                  </Link>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {d.subject}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'issuer',
              title: m.issuerColumn,
              width: 220,
              render: (_, d) => d.issuerUnit.name,
            },
            {
              key: 'round',
              title: m.roundColumn,
              width: 220,
              render: (_, d) => d.round.title,
            },
            { key: 'year', title: m.year, width: 80, render: (_, d) => d.year },
            {
              key: 'status',
              title: m.statusColumn,
              width: 130,
              render: (_, d) => <DecisionStatusTag status={d.status} />,
            },
          ]}
        />
      </Card>
      <DraftDecisionDrawer open={drafting} onClose={() => setDrafting(false)} />
    </>
  );
}
