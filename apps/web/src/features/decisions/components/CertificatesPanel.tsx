import { PrinterOutlined } from '@ant-design/icons';
import { DateTimeText } from '@thidua/web-ui';
import {
  decisionKeys,
  usePrintAwardCertificates,
  type AwardDecisionDetail,
  type JobItem,
} from '@thidua/web-data-access';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';

import { ExportButton } from '../../../shared/components/ExportButton';
import { JobProgress, type JobProgressText } from '../../../shared/components/JobProgress';
import { errorMessage } from '../../../shared/errors';
import { decisionsMessages as m } from '../messages';

const PROGRESS_TEXT: JobProgressText = {
  title: m.progressTitle,
  label: m.progressLabel,
  queued: m.queued,
  progress: m.progressText,
};

/**
 * "In giấy chứng nhận" (ADR 0022 §9): an issued decision's certificates as one job (every recipient's
 * page in one .docx, then one PDF when the server has LibreOffice), its progress asked every second,
 * then the file to download. Each certificate's QR code opens the public page /xac-minh/<code>.
 */
export function CertificatesPanel({ decision }: { decision: AwardDecisionDetail }) {
  const print = usePrintAwardCertificates();
  const queryClient = useQueryClient();
  const { message, notification } = App.useApp();
  const [jobId, setJobId] = useState<string | null>(null);
  const [failed, setFailed] = useState<JobItem | null>(null);
  const issued = decision.status === 'ISSUED';
  const files = decision.certificates;

  const start = () => {
    setFailed(null);
    print.mutate(decision.id, {
      onSuccess: (job) => {
        setJobId(job.id);
        void message.info(m.printStarted);
      },
      onError: (error) =>
        notification.error({ title: m.printFailed, description: errorMessage(error) }),
    });
  };

  // the job ended: the decision carries the new files' links (or the failure says why)
  const finished = useCallback(
    (job: JobItem) => {
      void queryClient
        .invalidateQueries({ queryKey: decisionKeys.detail(decision.id) })
        .then(() => {
          setJobId(null);
          if (job.status === 'SUCCEEDED') void message.success(m.printDone);
          else setFailed(job);
        });
    },
    [queryClient, decision.id, message],
  );

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ margin: 0 }}>{m.certificatesIntro}</Typography.Paragraph>
      {!issued && <Alert type="info" showIcon title={m.certificatesDraft} />}
      {issued && decision.canManage && !jobId && (
        <Button
          type={files ? 'default' : 'primary'}
          icon={<PrinterOutlined />}
          loading={print.isPending}
          onClick={start}
          style={{ alignSelf: 'flex-start' }}
        >
          {files ? m.printAgain : m.print}
        </Button>
      )}
      {jobId && (
        <JobProgress
          jobId={jobId}
          text={PROGRESS_TEXT}
          onFinished={finished}
          testId="certificates-progress-text"
        />
      )}
      {failed && (
        <Alert
          type="error"
          showIcon
          title={m.printJobFailed}
          description={failed.error ?? failed.message ?? undefined}
        />
      )}
      {files && !jobId && (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">
            {m.lastPrinted} <DateTimeText value={files.madeAt} />
          </Typography.Text>
          <Space wrap>
            {files.pdfPath && (
              <ExportButton
                path={files.pdfPath}
                fallbackName={m.certificatesPdfName}
                label={m.certificatesPdf}
                failedTitle={m.downloadFailed}
              />
            )}
            <ExportButton
              path={files.docxPath}
              fallbackName={m.certificatesDocxName}
              label={m.certificatesDocx}
              failedTitle={m.downloadFailed}
            />
          </Space>
          {!files.pdfPath && <Alert type="warning" showIcon title={m.noPdf} />}
        </Flex>
      )}
    </Flex>
  );
}
