import { formatDateTime, formatNumber } from '@thidua/shared-domain';
import { ItemList } from '@thidua/web-ui';
import { useMyJobs, type MyJobItem } from '@thidua/web-data-access';
import { Card, Empty, Spin, Tag, Typography } from 'antd';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';

const STATUS_COLORS: Record<MyJobItem['status'], string> = {
  QUEUED: 'default',
  RUNNING: 'processing',
  SUCCEEDED: 'success',
  FAILED: 'error',
  CANCELLED: 'warning',
};

/** The viewer's own latest imports and other background jobs, with how each ended. */
export function MyJobsWidget() {
  const jobs = useMyJobs(5);

  return (
    <Card title={t.home.jobsTitle} style={{ height: '100%' }}>
      {jobs.isError ? (
        <QueryError error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : jobs.isPending ? (
        <Spin />
      ) : jobs.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.home.jobsEmpty} />
      ) : (
        <ItemList
          items={jobs.data.map((job) => ({
            key: job.id,
            content: (
              <>
                {/* the kind is a program code ("import.units"): officers read its label */}
                <Typography.Text strong>
                  {t.home.jobKinds[job.kind] ?? t.home.jobKindOther}
                </Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(job.finishedAt ?? job.startedAt ?? job.createdAt)}
                  {job.total > 0 &&
                    ` · ${t.home.jobProgress(formatNumber(job.progress), formatNumber(job.total))}`}
                </Typography.Text>
                {(job.error ?? job.message) && (
                  <>
                    <br />
                    <Typography.Text
                      type={job.error ? 'danger' : undefined}
                      style={{ fontSize: 12 }}
                    >
                      {job.error ?? job.message}
                    </Typography.Text>
                  </>
                )}
              </>
            ),
            actions: <Tag color={STATUS_COLORS[job.status]}>{t.home.jobStatuses[job.status]}</Tag>,
          }))}
        />
      )}
    </Card>
  );
}
