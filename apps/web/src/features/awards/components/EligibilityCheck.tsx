import { formatNumber } from '@thidua/shared-domain';
import { PageLoading } from '@thidua/web-ui';
import {
  isJobFinished,
  useAwardEligibilityCheck,
  useJob,
  type AwardEligibilityFinding,
  type JobItem,
} from '@thidua/web-data-access';
import { Alert, Card, Col, Drawer, Flex, Row, Statistic, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';

import { awardDossierPath } from '../../../app/paths';
import { JobProgress, type JobProgressText } from '../../../shared/components/JobProgress';
import { QueryError } from '../../../shared/components/QueryError';
import { batchMessages as b } from '../batch-messages';
import { EligibilityTag } from './tags';

const PROGRESS_TEXT: JobProgressText = {
  title: b.progressTitle,
  label: b.progressLabel,
  queued: b.queued,
  progress: b.progressText,
};

/** The report once the job has ended: the counts, whether verdicts were written, who needs a look. */
function Report({ jobId, showUnit }: { jobId: string; showUnit: boolean }) {
  const report = useAwardEligibilityCheck(jobId);
  if (report.isPending) return <PageLoading />;
  if (report.isError)
    return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  const figures = [
    { key: 'checked', title: b.checked, value: r.checked },
    { key: 'eligible', title: b.eligible, value: r.eligible, color: '#389e0d' },
    {
      key: 'notEligible',
      title: b.notEligible,
      value: r.notEligible,
      color: r.notEligible ? '#cf1322' : undefined,
    },
    { key: 'toConfirm', title: b.toConfirmShort, value: r.toConfirm },
    { key: 'changed', title: b.changed, value: r.changed },
  ];
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {b.reportTitle}
      </Typography.Title>
      <Row gutter={[8, 8]}>
        {figures.map((f) => (
          <Col key={f.key} xs={12} md={8} xl={Math.floor(24 / figures.length)}>
            <Card size="small">
              <Statistic
                title={f.title}
                value={f.value}
                formatter={(v) => formatNumber(Number(v))}
                styles={f.color ? { content: { color: f.color } } : undefined}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Alert
        type={r.stored > 0 ? 'success' : 'info'}
        showIcon
        title={r.stored > 0 ? b.storedNotice(r.stored) : b.reportOnlyNotice}
      />
      <Typography.Text strong>{b.findingsTitle}</Typography.Text>
      <Table<AwardEligibilityFinding>
        rowKey="nominationId"
        size="small"
        pagination={r.findings.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        dataSource={r.findings}
        locale={{ emptyText: b.noFindings }}
        scroll={{ x: 640 }}
        columns={[
          ...(showUnit
            ? [
                {
                  key: 'unit',
                  title: b.unit,
                  width: 180,
                  render: (_: unknown, f: AwardEligibilityFinding) => (
                    <Link
                      to={awardDossierPath(f.dossierId)}
                      aria-label={`${b.openDossier}: ${f.unitName}`}
                    >
                      {f.unitName}
                    </Link>
                  ),
                },
              ]
            : []),
          {
            key: 'name',
            title: b.nominee,
            render: (_, f) => (
              <>
                <Typography.Text strong>{f.name}</Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {f.awardName}
                </Typography.Text>
              </>
            ),
          },
          {
            key: 'stored',
            title: b.storedVerdict,
            width: 150,
            render: (_, f) =>
              f.storedVerdict ? (
                <EligibilityTag verdict={f.storedVerdict} />
              ) : (
                <Typography.Text type="secondary">{b.notCheckedBefore}</Typography.Text>
              ),
          },
          {
            key: 'verdict',
            title: b.verdict,
            width: 150,
            render: (_, f) => <EligibilityTag verdict={f.verdict} />,
          },
          {
            key: 'reasons',
            title: b.reasons,
            render: (_, f) => (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {f.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </Flex>
  );
}

/**
 * A batch eligibility check followed to its end: the jobs' one poller and bar (JobProgress, as imports
 * and PDF batches use), then the report. `onFinished` runs once when the job ends (the page refetches
 * its nominees, the counters).
 */
export function EligibilityCheckResult({
  jobId,
  showUnit = false,
  onFinished,
}: {
  jobId: string;
  /** a round's report spans units: name each nominee's */
  showUnit?: boolean;
  onFinished?: (job: JobItem) => void;
}) {
  const job = useJob(jobId).data;
  const finished = isJobFinished(job);
  return (
    <Flex vertical gap={12}>
      <JobProgress
        jobId={jobId}
        text={PROGRESS_TEXT}
        onFinished={onFinished}
        testId="eligibility-progress-text"
      />
      {job?.status === 'FAILED' && (
        <Alert type="error" showIcon title={b.jobFailed} description={job.error ?? undefined} />
      )}
      {finished && job?.status === 'SUCCEEDED' && <Report jobId={jobId} showUnit={showUnit} />}
    </Flex>
  );
}

/** The dossier page's check, in a drawer. */
export function EligibilityCheckDrawer({
  jobId,
  onClose,
  onFinished,
}: {
  jobId: string;
  onClose: () => void;
  onFinished?: (job: JobItem) => void;
}) {
  return (
    <Drawer open size={860} title={b.drawerTitle} onClose={onClose} destroyOnHidden>
      <EligibilityCheckResult jobId={jobId} onFinished={onFinished} />
    </Drawer>
  );
}
