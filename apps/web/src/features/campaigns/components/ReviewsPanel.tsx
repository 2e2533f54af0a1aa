import { FormOutlined } from '@ant-design/icons';
import { CalendarDateText, DataTable, DateTimeText } from '@thidua/web-ui';
import {
  connectionTable,
  useCampaignReviewActions,
  useCampaignReviewSummary,
  useCampaignReviews,
  useReturnCampaignReview,
  type CampaignPlanDetail,
  type CampaignReviewItem,
  type CampaignReviewKind,
} from '@thidua/web-data-access';
import { App, Button, Col, Flex, Row, Segmented, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { ReasonModal } from './ReasonModal';
import { ReviewAttachments } from './ReviewAttachments';
import { ReviewModal } from './UnitSideModals';

const STATUS_COLORS: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: 'green',
  RETURNED: 'red',
};

/**
 * Sơ kết / tổng kết: the reports the addressed units sent, against the deadline (on time, late,
 * missing), each with its text, its figures against the plan's targets and its attachments; the
 * issuer may send one back with a reason (`canReturn`).
 */
export function ReviewsPanel({
  plan,
  canManage,
}: {
  plan: CampaignPlanDetail;
  canManage: boolean;
}) {
  const c = t.campaigns;
  const planId = plan.id;
  const [kind, setKind] = useState<CampaignReviewKind>('MIDTERM');
  const summary = useCampaignReviewSummary(planId, kind);
  const rows = useCampaignReviews({ planId, kind, first: 20 });
  const returnReview = useReturnCampaignReview(planId);
  const { message } = App.useApp();
  const [returning, setReturning] = useState<CampaignReviewItem | null>(null);
  const [writing, setWriting] = useState(false);
  const actions = useCampaignReviewActions(planId);
  const onError = useApiErrorHandler();
  const s = summary.data;

  return (
    <Flex vertical gap={16}>
      <Segmented<CampaignReviewKind>
        value={kind}
        onChange={setKind}
        options={(['MIDTERM', 'FINAL'] as const).map((k) => ({
          value: k,
          label: c.reviewKinds[k],
        }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {canManage && (
        <Button
          icon={<FormOutlined />}
          onClick={() => setWriting(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          {c.writeReview(c.reviewKinds[kind] ?? kind)}
        </Button>
      )}
      {summary.isError && (
        <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
      )}
      {s && (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={c.reviewSummary(s.submitted, s.addressed)} value={s.submitted} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={c.reviewOnTime} value={s.onTime} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={c.reviewLate} value={s.late} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={c.reviewMissing}
              value={s.missing}
              styles={{ content: { color: s.overdue && s.missing ? '#cf1322' : undefined } }}
            />
          </Col>
          {s.deadline && (
            <Col span={24}>
              <Typography.Text type={s.overdue ? 'danger' : 'secondary'}>
                {c.reviewDeadline}: <CalendarDateText value={s.deadline} />
                {s.overdue ? ` — ${c.reviewOverdue}` : ''}
              </Typography.Text>
            </Col>
          )}
        </Row>
      )}
      {rows.isError && <QueryError error={rows.error} onRetry={() => void rows.refetch()} />}
      <DataTable<CampaignReviewItem>
        rowKey="id"
        {...connectionTable(rows)}
        emptyText={c.reviewsEmpty}
        expandable={{
          expandedRowRender: (r) => (
            <Flex vertical gap={8}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {r.report}
              </Typography.Paragraph>
              {r.figures.length > 0 && (
                <div>
                  <Typography.Text strong>{c.figures}</Typography.Text>
                  <ul style={{ margin: 0 }}>
                    {r.figures.map((f) => (
                      <li key={f.targetIndex}>
                        {f.target?.indicator ?? `#${f.targetIndex + 1}`}:{' '}
                        {f.target ? `${f.target.target}${f.target.unit ?? ''} → ` : ''}
                        {c.achieved} {f.achieved}
                        {f.note ? ` (${f.note})` : ''}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <ReviewAttachments planId={planId} review={r} />
            </Flex>
          ),
        }}
        columns={[
          { key: 'unit', title: c.unitColumn, render: (_, r) => r.unit.name },
          {
            key: 'status',
            title: c.status,
            width: 170,
            render: (_, r) => (
              <>
                <Tag color={STATUS_COLORS[r.status]}>{c.reviewStatuses[r.status]}</Tag>
                {r.late && <Tag color="warning">{c.late}</Tag>}
              </>
            ),
          },
          {
            key: 'submittedAt',
            title: c.submittedAt,
            width: 160,
            render: (_, r) => <DateTimeText value={r.submittedAt} />,
          },
          {
            key: 'actions',
            title: t.common.actions,
            width: 110,
            render: (_, r) =>
              r.canEdit ? (
                <Button
                  size="small"
                  type="primary"
                  loading={actions.submit.isPending}
                  onClick={() =>
                    actions.submit.mutate(
                      { id: r.id, version: r.version },
                      {
                        onSuccess: () => void message.success(c.reviewSubmitted),
                        onError: (error) => onError(error),
                      },
                    )
                  }
                >
                  {c.submitReview}
                </Button>
              ) : (
                r.canReturn && (
                  <Button size="small" danger onClick={() => setReturning(r)}>
                    {c.returnReview}
                  </Button>
                )
              ),
          },
        ]}
      />
      {writing && <ReviewModal plan={plan} kind={kind} onClose={() => setWriting(false)} />}
      {returning && (
        <ReasonModal
          title={c.returnReviewTitle(returning.unit.name)}
          okText={c.returnReview}
          pending={returnReview.isPending}
          onClose={() => setReturning(null)}
          send={(reason) =>
            returnReview
              .mutateAsync({ id: returning.id, version: returning.version, reason })
              .then(() => void message.success(c.reviewReturned))
          }
        />
      )}
    </Flex>
  );
}
