import { formatNumber } from '@thidua/shared-domain';
import { ErrorAlert } from '@thidua/web-ui';
import { isJobFinished, useJob, type JobItem } from '@thidua/web-data-access';
import { Flex, Progress, Spin, Typography } from 'antd';
import { useEffect, useRef } from 'react';

import { errorMessage } from '../errors';

/** Percent done of a job (0 when its size is not known yet). */
export function jobPercent(job: Pick<JobItem, 'progress' | 'total' | 'status'>): number {
  if (job.status === 'SUCCEEDED') return 100;
  if (job.total <= 0) return 0;
  return Math.min(100, Math.floor((job.progress / job.total) * 100));
}

/** What the bar says, in the words of the work it follows (rows of an import, PDFs of plans…). */
export interface JobProgressText {
  title: string;
  /** the bar's accessible name */
  label: string;
  queued: string;
  /** "Đã xử lý 2 / 4 dòng", the figures already formatted */
  progress: (done: string, total: string) => string;
}

/**
 * A background job's progress bar, asked every second (`useJob`) until it ends; `onFinished` runs once
 * with the ended job. Every job screen (imports, PDF batches) uses this one poller and bar.
 */
export function JobProgress({
  jobId,
  text,
  onFinished,
  testId,
}: {
  jobId: string;
  text: JobProgressText;
  onFinished?: (job: JobItem) => void;
  /** data-testid of the "x / y" line */
  testId?: string;
}) {
  const job = useJob(jobId);
  const finished = isJobFinished(job.data);
  const reported = useRef(false);

  useEffect(() => {
    if (!job.data || !finished || reported.current) return;
    reported.current = true;
    onFinished?.(job.data);
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
        {text.title}
      </Typography.Title>
      <Progress
        percent={jobPercent(data)}
        status={data.status === 'FAILED' ? 'exception' : finished ? 'success' : 'active'}
        aria-label={text.label}
      />
      <Typography.Text type="secondary" data-testid={testId}>
        {data.status === 'QUEUED'
          ? text.queued
          : text.progress(formatNumber(data.progress), formatNumber(data.total))}
      </Typography.Text>
      {data.message && <Typography.Text>{data.message}</Typography.Text>}
    </Flex>
  );
}
