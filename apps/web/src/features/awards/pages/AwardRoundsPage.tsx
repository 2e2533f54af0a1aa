import { PlusOutlined } from '@ant-design/icons';
import {
  AWARD_ROUND_KINDS,
  AWARD_ROUND_STATUSES,
  type AwardRoundKind,
  type AwardRoundStatus,
} from '@thidua/shared-domain';
import {
  CalendarDateText,
  DataTable,
  FilterBar,
  PageHeader,
  SearchInput,
  useConfirm,
  useListPage,
} from '@thidua/web-ui';
import {
  connectionTable,
  useAwardRounds,
  useCloseAwardRound,
  useReopenAwardRound,
  type AwardRoundItem,
} from '@thidua/web-data-access';
import { App, Button, Card, Flex, Select, Space, Typography } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { today } from '../../../shared/dates';
import { errorMessage } from '../../../shared/errors';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { CreateDossierModal } from '../components/CreateDossierModal';
import { RoundCountersDrawer } from '../components/RoundCountersDrawer';
import { RoundFormDrawer } from '../components/RoundFormDrawer';
import { RoundStatusTag } from '../components/tags';
import { batchMessages as b } from '../batch-messages';
import { awardsMessages as m } from '../messages';

type RoundFilters = { kind?: AwardRoundKind; year?: number; status?: AwardRoundStatus };

/**
 * Years a round may be for: next year back ten. A yearly công trạng round is opened in the last
 * quarter for the year ending, a campaign's for the year its plan ends; ten back covers two five-year
 * emulation cycles, as the plans list does.
 */
function yearOptions(): number[] {
  const next = Number(today().slice(0, 4)) + 1;
  return Array.from({ length: 11 }, (_, i) => next - i);
}

export function AwardRoundsPage() {
  useDocumentTitle(m.roundsTitle);
  const { can } = useViewer();
  const list = useListPage<RoundFilters>();
  const rounds = useAwardRounds(list.variables);
  const close = useCloseAwardRound();
  const reopen = useReopenAwardRound();
  const confirm = useConfirm();
  const { message, notification } = App.useApp();
  // the button shows for holders anywhere; the API decides at the chosen receiving unit
  const canCreate = can('AWARD_ROUND_MANAGE');
  const canPropose = can('DOSSIER_MANAGE');
  // by id: after "Tải lại" on a conflict the drawer edits the refetched round, at its new version
  const [editing, setEditing] = useState<string | null>(null);
  const editedRound =
    editing && editing !== 'new'
      ? (rounds.data?.nodes.find((r) => r.id === editing) ?? null)
      : null;
  const [proposing, setProposing] = useState<AwardRoundItem | null>(null);
  const [counting, setCounting] = useState<AwardRoundItem | null>(null);
  const { kind, year, status } = list.filters;

  const toggle = async (round: AwardRoundItem) => {
    const closing = round.status === 'OPEN';
    const ok = await confirm({
      title: closing ? m.closeRoundTitle(round.title) : m.reopenRoundTitle(round.title),
      content: closing ? m.closeRoundText : m.reopenRoundText,
      okText: closing ? m.closeRound : m.reopenRound,
      danger: closing,
    });
    if (!ok) return;
    (closing ? close : reopen).mutate(
      { id: round.id, version: round.version },
      {
        onSuccess: () => void message.success(closing ? m.roundClosed : m.roundReopened),
        onError: (error) =>
          notification.error({
            title: closing ? m.closeRound : m.reopenRound,
            description: errorMessage(error),
          }),
      },
    );
  };

  return (
    <>
      <PageHeader
        title={m.roundsTitle}
        subtitle={m.roundsSubtitle}
        breadcrumb={[t.nav.emulation]}
        extra={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {m.addRound}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <SearchInput
            label={m.roundSearchLabel}
            placeholder={m.roundSearchPlaceholder}
            value={list.search}
            onChange={list.setSearch}
            style={{ flex: '3 1 300px' }}
          />
        </Flex>
        <FilterBar activeCount={[kind, year, status].filter((v) => v !== undefined).length}>
          <Select<AwardRoundKind>
            id="award-rounds-kind"
            allowClear
            aria-label={m.kindFilter}
            placeholder={m.anyKind}
            value={kind}
            onChange={(value) => list.setFilters({ kind: value })}
            options={(Object.keys(AWARD_ROUND_KINDS) as AwardRoundKind[]).map((k) => ({
              value: k,
              label: m.roundKinds[k],
            }))}
            style={{ flex: '2 1 240px' }}
          />
          <Select<number>
            id="award-rounds-year"
            allowClear
            aria-label={m.yearFilter}
            placeholder={m.anyYear}
            value={year}
            onChange={(value) => list.setFilters({ year: value })}
            options={yearOptions().map((y) => ({ value: y, label: String(y) }))}
            style={{ flex: '1 1 120px' }}
          />
          <Select<AwardRoundStatus>
            id="award-rounds-status"
            allowClear
            aria-label={m.roundStatusFilter}
            placeholder={m.anyRoundStatus}
            value={status}
            onChange={(value) => list.setFilters({ status: value })}
            options={(Object.keys(AWARD_ROUND_STATUSES) as AwardRoundStatus[]).map((s) => ({
              value: s,
              label: m.roundStatuses[s],
            }))}
            style={{ flex: '1 1 160px' }}
          />
        </FilterBar>
        {rounds.isError && (
          <QueryError error={rounds.error} onRetry={() => void rounds.refetch()} />
        )}
        <DataTable<AwardRoundItem>
          rowKey="id"
          {...connectionTable(rounds)}
          {...list.tableProps(m.roundsEmptyFiltered)}
          emptyText={
            list.isFiltered
              ? m.roundsEmptyFiltered
              : canCreate
                ? m.roundsEmptyCanCreate
                : m.roundsEmpty
          }
          columns={[
            {
              key: 'title',
              title: m.round,
              render: (_, round) => (
                <>
                  <Typography.Text strong>{round.title}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {m.roundKinds[round.kind] ?? round.kind} ·{' '}
                    {m.tracks[round.track] ?? round.track}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'receiving',
              title: m.receivingUnit,
              width: 220,
              render: (_, round) => round.receivingUnit.name,
            },
            { key: 'year', title: m.year, width: 80, render: (_, round) => round.year },
            {
              key: 'deadline',
              title: m.deadline,
              width: 130,
              render: (_, round) =>
                round.deadline ? (
                  <CalendarDateText value={round.deadline} />
                ) : (
                  <Typography.Text type="secondary">{m.noDeadline}</Typography.Text>
                ),
            },
            {
              key: 'status',
              title: m.status,
              width: 150,
              render: (_, round) => <RoundStatusTag status={round.status} />,
            },
            {
              key: 'actions',
              title: m.actionsColumn,
              width: 300,
              render: (_, round) => (
                <Space size={4} wrap>
                  <Button
                    size="small"
                    aria-label={b.roundCountersOf(round.title)}
                    onClick={() => setCounting(round)}
                  >
                    {b.roundCounters}
                  </Button>
                  {canPropose && round.status === 'OPEN' && (
                    <Button
                      size="small"
                      aria-label={m.proposeInLabel(round.title)}
                      onClick={() => setProposing(round)}
                    >
                      {m.proposeIn}
                    </Button>
                  )}
                  {round.canManage && (
                    <>
                      <Button
                        size="small"
                        aria-label={m.editRound(round.title)}
                        onClick={() => setEditing(round.id)}
                      >
                        {t.common.edit}
                      </Button>
                      <Button
                        size="small"
                        danger={round.status === 'OPEN'}
                        onClick={() => void toggle(round)}
                      >
                        {round.status === 'OPEN' ? m.closeRound : m.reopenRound}
                      </Button>
                    </>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <RoundFormDrawer
        open={editing === 'new' || editedRound !== null}
        round={editedRound}
        onClose={() => setEditing(null)}
        onReload={() => rounds.refetch()}
      />
      {proposing && <CreateDossierModal round={proposing} onClose={() => setProposing(null)} />}
      {counting && <RoundCountersDrawer round={counting} onClose={() => setCounting(null)} />}
    </>
  );
}
