import { formatNumber } from '@thidua/shared-domain';
import { PageLoading } from '@thidua/web-ui';
import {
  useAwardCounters,
  type AwardCounters,
  type AwardCountsItem,
} from '@thidua/web-data-access';
import { Card, Col, Empty, Flex, Row, Space, Statistic, Table, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';

import { QueryError } from '../../../shared/components/QueryError';
import { batchMessages as b } from '../batch-messages';
import { DossierStatusTag } from './tags';

type RoundRow = AwardCounters['rounds'][number];

/** One figure as an antd Statistic in a small card, its help on hover. */
function Figure({
  title,
  value,
  help,
  color,
  extra,
}: {
  title: string;
  value: number;
  help?: string;
  color?: string;
  extra?: ReactNode;
}) {
  const label = help ? (
    <Tooltip title={help}>
      <span>{title}</span>
    </Tooltip>
  ) : (
    title
  );
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Statistic
        title={label}
        value={value}
        formatter={(v) => formatNumber(Number(v))}
        styles={color ? { content: { color } } : undefined}
      />
      {extra && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {extra}
        </Typography.Text>
      )}
    </Card>
  );
}

/** The six figures an officer reads first (issue 11: đề xuất, đạt, không đạt, chuyển cấp trên). */
function CountsCards({ counts }: { counts: AwardCountsItem }) {
  const notes = [
    counts.toConfirm ? b.toConfirm(counts.toConfirm) : null,
    counts.unchecked ? b.unchecked(counts.unchecked) : null,
  ].filter(Boolean);
  return (
    <Row gutter={[12, 12]}>
      <Col xs={12} md={8} xl={4}>
        <Figure title={b.proposed} value={counts.proposed} help={b.proposedHelp} />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Figure
          title={b.eligible}
          value={counts.eligible}
          help={b.eligibleHelp}
          color="#389e0d"
          extra={notes.length ? notes.join(' · ') : undefined}
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Figure
          title={b.notEligible}
          value={counts.notEligible}
          color={counts.notEligible ? '#cf1322' : undefined}
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Figure title={b.appraisedPass} value={counts.appraisedPass} color="#389e0d" />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Figure
          title={b.appraisedFail}
          value={counts.appraisedFail}
          help={b.appraisedFailHelp}
          color={counts.appraisedFail ? '#cf1322' : undefined}
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Figure title={b.escalated} value={counts.escalated} help={b.escalatedHelp} />
      </Col>
    </Row>
  );
}

/** Dossiers by status (only the statuses that have some), late and overdue. */
function DossierLine({ counts }: { counts: AwardCountsItem }) {
  return (
    <Space size={[8, 4]} wrap aria-label={b.byStatus}>
      <Typography.Text strong>
        {b.dossiers}: {formatNumber(counts.dossiers)}
      </Typography.Text>
      {counts.byStatus
        .filter((s) => s.count > 0)
        .map((s) => (
          <Space key={s.status} size={2}>
            <DossierStatusTag status={s.status} />
            <Typography.Text>{formatNumber(s.count)}</Typography.Text>
          </Space>
        ))}
      {counts.late > 0 && (
        <Typography.Text type="danger">
          {b.late}: {formatNumber(counts.late)}
        </Typography.Text>
      )}
      {counts.overdue > 0 && (
        <Typography.Text type="danger">
          {b.overdue}: {formatNumber(counts.overdue)}
        </Typography.Text>
      )}
    </Space>
  );
}

/**
 * Counters of a round, or of a campaign plan's rounds (with a row per round when there are several):
 * đề xuất, đủ / chưa đủ điều kiện, đạt / không đạt thẩm định, chuyển cấp trên, the dossiers by status.
 * The API counts only the dossiers of the viewer's units and those sent to them; with none, it says
 * so instead of a row of zeros.
 */
export function AwardCountersPanel({
  roundId,
  campaignPlanId,
}: {
  roundId?: string;
  campaignPlanId?: string;
}) {
  const counters = useAwardCounters({ roundId, campaignPlanId });
  if (counters.isPending) return <PageLoading />;
  if (counters.isError)
    return <QueryError error={counters.error} onRetry={() => void counters.refetch()} />;
  const { total, rounds } = counters.data;
  if (total.dossiers === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <Flex vertical gap={4}>
            <Typography.Text>{b.empty}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {b.emptyHint}
            </Typography.Text>
          </Flex>
        }
      />
    );
  return (
    <Flex vertical gap={12} role="region" aria-label={b.countersRegion}>
      <CountsCards counts={total} />
      <DossierLine counts={total} />
      {rounds.length > 1 && (
        <Table<RoundRow>
          rowKey="roundId"
          size="small"
          pagination={false}
          title={() => <Typography.Text strong>{b.perRound}</Typography.Text>}
          dataSource={rounds}
          scroll={{ x: 720 }}
          columns={[
            { key: 'round', title: b.round, render: (_, r) => r.round.title },
            { key: 'proposed', title: b.proposed, width: 90, render: (_, r) => r.counts.proposed },
            { key: 'eligible', title: b.eligible, width: 110, render: (_, r) => r.counts.eligible },
            {
              key: 'notEligible',
              title: b.notEligible,
              width: 130,
              render: (_, r) => r.counts.notEligible,
            },
            {
              key: 'pass',
              title: b.appraisedPass,
              width: 110,
              render: (_, r) => r.counts.appraisedPass,
            },
            {
              key: 'fail',
              title: b.appraisedFail,
              width: 100,
              render: (_, r) => r.counts.appraisedFail,
            },
            {
              key: 'escalated',
              title: b.escalated,
              width: 120,
              render: (_, r) => r.counts.escalated,
            },
            { key: 'dossiers', title: b.dossiers, width: 80, render: (_, r) => r.counts.dossiers },
          ]}
        />
      )}
    </Flex>
  );
}
