import { formatPercentHundredths } from '@thidua/shared-domain';
import {
  useDecideCouncilTie,
  type CouncilRoundResultRow,
  type CouncilSessionDetail,
  type CouncilVotingRoundItem,
} from '@thidua/web-data-access';
import { CheckList } from '@thidua/web-ui';
import { Alert, App, Button, Flex, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';

import { errorMessage } from '../../../shared/errors';
import { councilsMessages } from '../messages';
import { candidateLabel, tieOf } from './round-helpers';

const m = councilsMessages.rounds;

function QuotaTag({ row }: { row: CouncilRoundResultRow }) {
  if (row.withinQuota === true) return <Tag color="green">{m.withinQuota}</Tag>;
  if (row.withinQuota === false) return <Tag>{m.outsideQuota}</Tag>;
  if (row.rank !== null) return <Tag color="orange">{m.tiePending}</Tag>;
  return null;
}

/**
 * A tallied round's results per candidate, on the total membership (the API's figures and sentences:
 * nothing is recomputed here), then the Chủ tịch's pick when candidates tie on the quota's last
 * place.
 */
export function RoundResults({
  round,
  session,
  manage,
}: {
  round: CouncilVotingRoundItem;
  session: CouncilSessionDetail;
  manage: boolean;
}) {
  const results = round.results ?? [];
  const byId = new Map(round.candidates.map((c) => [c.id, c]));
  const withQuota = round.quota !== null;
  const { tied, seats } = tieOf(round);

  return (
    <Flex vertical gap={12}>
      <Table<CouncilRoundResultRow>
        size="small"
        rowKey="agendaItemId"
        pagination={false}
        dataSource={results}
        scroll={{ x: 640 }}
        aria-label={m.results}
        columns={[
          {
            title: m.candidate,
            key: 'candidate',
            render: (_: unknown, r) => {
              const c = byId.get(r.agendaItemId);
              return (
                <>
                  <Typography.Text strong>{c?.candidateName ?? r.agendaItemId}</Typography.Text>
                  {c && (
                    <>
                      <br />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {c.awardName}
                      </Typography.Text>
                    </>
                  )}
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.explanation}
                  </Typography.Text>
                </>
              );
            },
          },
          { title: m.agree, dataIndex: 'agree', key: 'agree', align: 'right', width: 90 },
          {
            title: m.disagree,
            dataIndex: 'disagree',
            key: 'disagree',
            align: 'right',
            width: 110,
          },
          {
            title: m.percent,
            key: 'percent',
            align: 'right',
            width: 130,
            render: (_: unknown, r) => formatPercentHundredths(r.percentHundredths),
          },
          {
            title: m.outcome,
            key: 'outcome',
            width: 150,
            render: (_: unknown, r) => (
              <Space size={4} wrap>
                <Tag color={r.passed ? 'green' : 'red'}>{r.passed ? m.passed : m.failed}</Tag>
                {withQuota && <QuotaTag row={r} />}
              </Space>
            ),
          },
          ...(withQuota
            ? [
                {
                  title: m.rank,
                  key: 'rank',
                  align: 'right' as const,
                  width: 80,
                  render: (_: unknown, r: CouncilRoundResultRow) => r.rank ?? '—',
                },
              ]
            : []),
        ]}
      />
      {round.quota !== null && (
        <Typography.Text type="secondary">{m.quota(round.quota)}</Typography.Text>
      )}
      {tied.length > 0 && (
        <TieDecision
          round={round}
          sessionId={session.id}
          tied={tied}
          seats={seats}
          manage={manage}
          names={(id) => {
            const c = byId.get(id);
            return c ? candidateLabel(c) : id;
          }}
        />
      )}
    </Flex>
  );
}

function TieDecision({
  round,
  sessionId,
  tied,
  seats,
  manage,
  names,
}: {
  round: CouncilVotingRoundItem;
  sessionId: string;
  tied: string[];
  seats: number;
  manage: boolean;
  names: (id: string) => string;
}) {
  const decide = useDecideCouncilTie(sessionId);
  const { message, notification } = App.useApp();
  const [pick, setPick] = useState<string[]>([]);
  const ready = pick.length === seats;

  return (
    <Alert
      type="warning"
      showIcon
      title={m.tieTitle}
      description={
        <Flex vertical gap={8}>
          <Typography.Text>{m.tieText(seats)}</Typography.Text>
          {manage && (
            <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
              <legend style={{ fontWeight: 600, marginBottom: 4, fontSize: 14 }}>
                {m.tiePick}
              </legend>
              <CheckList
                value={pick}
                onChange={setPick}
                items={tied.map((id) => ({ value: id, label: names(id) }))}
              />
              {!ready && (
                <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
                  {m.tieNeeds(seats)}
                </Typography.Text>
              )}
              <Button
                type="primary"
                style={{ marginTop: 8 }}
                disabled={!ready}
                loading={decide.isPending}
                onClick={() =>
                  decide.mutate(
                    { roundId: round.id, agendaItemIds: pick },
                    {
                      onSuccess: () => void message.success(m.tieDecided),
                      onError: (e) =>
                        notification.error({ title: m.tieFailed, description: errorMessage(e) }),
                    },
                  )
                }
              >
                {m.tieSubmit}
              </Button>
            </fieldset>
          )}
        </Flex>
      }
    />
  );
}
