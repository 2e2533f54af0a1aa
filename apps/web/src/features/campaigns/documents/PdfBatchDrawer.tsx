import { FilePdfOutlined } from '@ant-design/icons';
import { PageLoading } from '@thidua/web-ui';
import {
  isJobFinished,
  useCampaignDocumentBatch,
  useDownloadFile,
  useJob,
  type CampaignDocumentBatchItem,
} from '@thidua/web-data-access';
import { Alert, App, Button, Drawer, Flex, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router-dom';

import { campaignPlanPath } from '../../../app/paths';
import { JobProgress, type JobProgressText } from '../../../shared/components/JobProgress';
import { QueryError } from '../../../shared/components/QueryError';
import { saveFile } from '../../../shared/download';
import { errorMessage } from '../../../shared/errors';
import { pdfBatchMessages as m } from './messages';

const PROGRESS_TEXT: JobProgressText = {
  title: m.progressTitle,
  label: m.progressLabel,
  queued: m.queued,
  progress: m.progressText,
};

const STATUS_COLORS = { PENDING: 'default', DONE: 'green', FAILED: 'red' } as const;

/** One plan's PDF, fetched with the session cookie: a refusal shows the API's message, not a broken file. */
function DownloadPdf({ item, title }: { item: CampaignDocumentBatchItem; title: string }) {
  const download = useDownloadFile();
  const { message, notification } = App.useApp();
  if (!item.pdfUrl) return null;
  const path = item.pdfUrl;
  return (
    <Button
      size="small"
      icon={<FilePdfOutlined />}
      loading={download.isPending}
      aria-label={m.downloadOf(title)}
      onClick={() =>
        download.mutate(
          { path, fallbackName: m.pdfFallbackName },
          {
            onSuccess: ({ blob, fileName }) => {
              saveFile(blob, fileName);
              void message.success(m.downloaded(fileName));
            },
            onError: (error) =>
              notification.error({ title: m.downloadFailed, description: errorMessage(error) }),
          },
        )
      }
    >
      {m.download}
    </Button>
  );
}

/**
 * A batch of PDFs (`renderCampaignPlanDocuments`): the job's progress (the imports' poller and bar),
 * then each plan with its PDF to download or why it could not be made. The results are read again
 * each time the job reports progress, so finished plans can be downloaded while the others wait.
 * Opened from the list's address (?pdf=<job id>): a reload finds the same job.
 */
export function PdfBatchDrawer({ jobId, onClose }: { jobId: string; onClose: () => void }) {
  const batch = useCampaignDocumentBatch(jobId);
  // the same query (and the same one-second poll) as JobProgress's: react-query shares it
  const job = useJob(jobId).data ?? batch.data?.job;
  const finished = isJobFinished(job);
  const { refetch } = batch;
  const progress = job?.progress;
  useEffect(() => {
    if (progress !== undefined) void refetch();
  }, [progress, finished, refetch]);

  const items = batch.data?.items ?? [];
  const done = items.filter((i) => i.status === 'DONE').length;
  const failed = items.filter((i) => i.status === 'FAILED').length;

  return (
    <Drawer open size={860} title={m.drawerTitle} onClose={onClose} destroyOnHidden>
      {batch.isPending && <PageLoading />}
      {batch.isError && !batch.data && (
        <QueryError error={batch.error} onRetry={() => void batch.refetch()} />
      )}
      {batch.data && (
        <Flex vertical gap={16}>
          <JobProgress jobId={jobId} text={PROGRESS_TEXT} testId="pdf-progress-text" />
          {job?.status === 'FAILED' && (
            <Alert
              type="error"
              showIcon
              title={m.jobFailed}
              description={
                <>
                  {job.error && <div>{job.error}</div>}
                  <div>{m.jobFailedHint}</div>
                </>
              }
            />
          )}
          {items.length > 0 && (
            <Typography.Text strong data-testid="pdf-summary">
              {m.summary(done, items.length, failed)}
            </Typography.Text>
          )}
          <Table<CampaignDocumentBatchItem>
            rowKey="planId"
            size="small"
            pagination={false}
            dataSource={items}
            locale={{ emptyText: m.empty }}
            columns={[
              {
                key: 'position',
                title: m.position,
                width: 60,
                render: (_, item) => item.position + 1,
              },
              {
                key: 'plan',
                title: m.plan,
                render: (_, item) =>
                  item.plan ? (
                    <>
                      <Link to={campaignPlanPath(item.plan.id)}>{item.plan.title}</Link>
                      {item.plan.symbol && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {' '}
                          · {item.plan.symbol}
                        </Typography.Text>
                      )}
                    </>
                  ) : (
                    <Typography.Text type="secondary">{m.hiddenPlan}</Typography.Text>
                  ),
              },
              {
                key: 'status',
                title: m.status,
                width: 260,
                render: (_, item) => (
                  <Flex vertical gap={2}>
                    <span>
                      <Tag color={STATUS_COLORS[item.status]}>
                        {item.status === 'PENDING' && finished
                          ? m.notReached
                          : m.statuses[item.status]}
                      </Tag>
                    </span>
                    {item.status === 'DONE' && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {item.created ? m.created : m.reused}
                      </Typography.Text>
                    )}
                    {item.status === 'FAILED' && (
                      <Typography.Text type="danger" style={{ fontSize: 12 }}>
                        {item.error ? m.failedReason(item.error) : m.failedUnknown}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
              {
                key: 'download',
                title: m.actions,
                width: 120,
                render: (_, item) => (
                  <DownloadPdf item={item} title={item.plan?.title ?? m.hiddenPlan} />
                ),
              },
            ]}
          />
        </Flex>
      )}
    </Drawer>
  );
}
