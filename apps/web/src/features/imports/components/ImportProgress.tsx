import { formatNumber } from '@thidua/shared-domain';
import { ErrorAlert } from '@thidua/web-ui';
import { isJobFinished, useJob, type JobItem } from '@thidua/web-data-access';
import { Flex, Progress, Spin, Typography } from 'antd';
import { useEffect, useRef } from 'react';

import { t } from '../../../i18n';
import { errorMessage } from '../../../shared/errors';

/** Percent done of a job (0 when its size is not known yet). */
export function jobPercent(job: Pick<JobItem, 'progress' | 'total' | 'status'>): number {
  if (job.status === 'SUCCEEDED') return 100;
  if (job.total <= 0) return 0;
  return Math.min(100, Math.floor((job.progress / job.total) * 100));
}

/** Step 3: the import runs as a job; its progress is asked every second until it ends. */
export function ImportProgress({
  jobId,
  onFinished,
}: {
  jobId: string;
  onFinished: (job: JobItem) => void;
}) {
  const job = useJob(jobId);
  const finished = isJobFinished(job.data);
  const reported = useRef(false);

  useEffect(() => {
    if (!job.data || !finished || reported.current) return;
    reported.current = true;
    onFinished(job.data);
  }, [job.data, finished, onFinished]);

  if (job.isError && !job.data) {
    return <ErrorAlert message={errorMessage(job.error)} onRetry={() => void job.refetch()} />;
  }
  if (!job.data) {
    return (
      <Flex justify="center" role="status" style={{ padding: 24 }}>
        <Spin />
      </Flex>
    );
  }
  const { data } = job;
  return (
    <Flex vertical gap={12} style={{ padding: '12px 0' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t.imports.progressTitle}
      </Typography.Title>
      <Progress
        percent={jobPercent(data)}
        status={data.status === 'FAILED' ? 'exception' : finished ? 'success' : 'active'}
        aria-label={t.imports.progressLabel}
      />
      <Typography.Text type="secondary" data-testid="import-progress-text">
        {data.status === 'QUEUED'
          ? t.imports.queued
          : t.imports.progressText(formatNumber(data.progress), formatNumber(data.total))}
      </Typography.Text>
      {data.message && <Typography.Text>{data.message}</Typography.Text>}
    </Flex>
  );
}
