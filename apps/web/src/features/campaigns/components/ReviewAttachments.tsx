import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { CAMPAIGN_REGISTRATION_LIMITS as R } from '@thidua/shared-domain';
import {
  useAttachCampaignReviewFile,
  useDownloadFile,
  type CampaignReviewItem,
} from '@thidua/web-data-access';
import { App, Button, Flex, Typography, Upload } from 'antd';

import { saveFile } from '../../../shared/download';
import { errorMessage } from '../../../shared/errors';
import { reviewAttachmentMessages as m } from './review-attachment-messages';

/** The API's bound (campaign-review.controller.ts: multer stops at 10 MB), checked before sending. */
const MAX_BYTES = 10 * 1024 * 1024;
/** The extensions the API accepts (it checks the bytes too). */
const EXTENSIONS = ['pdf', 'docx', 'png', 'jpg', 'jpeg'];

/** Why `file` cannot be attached, or null. */
export function attachmentProblem(file: { name: string; size: number }): string | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!EXTENSIONS.includes(extension)) return m.badType(file.name);
  if (file.size > MAX_BYTES) return m.tooLarge(file.name);
  return null;
}

/**
 * A report's attached files: each downloads with the session (a refusal shows the API's message, not a
 * broken file); while the report is not sent (`canEdit`) its unit's officers add more, one at a time.
 */
export function ReviewAttachments({
  planId,
  review,
}: {
  planId: string;
  review: CampaignReviewItem;
}) {
  const attach = useAttachCampaignReviewFile(planId);
  const download = useDownloadFile();
  const { message, notification } = App.useApp();
  const full = review.attachments.length >= R.attachments;

  const send = (file: File) => {
    const problem = attachmentProblem(file);
    if (problem) {
      notification.error({ title: m.uploadFailed, description: problem });
      return;
    }
    attach.mutate(
      { id: review.id, version: review.version, file },
      {
        onSuccess: () => void message.success(m.uploaded(file.name)),
        onError: (error) =>
          notification.error({ title: m.uploadFailed, description: errorMessage(error) }),
      },
    );
  };

  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{m.title}</Typography.Text>
      {review.attachments.length === 0 ? (
        <Typography.Text type="secondary">{m.none}</Typography.Text>
      ) : (
        <ul style={{ margin: 0 }}>
          {review.attachments.map((a) => (
            <li key={a.url}>
              <Button
                type="link"
                size="small"
                icon={<PaperClipOutlined />}
                aria-label={m.download(a.name)}
                style={{ paddingInline: 0 }}
                onClick={() =>
                  download.mutate(
                    { path: a.url, fallbackName: a.name },
                    {
                      onSuccess: ({ blob, fileName }) => saveFile(blob, fileName),
                      onError: (error) =>
                        notification.error({
                          title: m.downloadFailed,
                          description: errorMessage(error),
                        }),
                    },
                  )
                }
              >
                {a.name}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {review.canEdit && (
        <Flex gap={8} align="center" wrap>
          <Upload
            accept=".pdf,.docx,.png,.jpg,.jpeg"
            showUploadList={false}
            disabled={full || attach.isPending}
            beforeUpload={(file) => {
              send(file);
              // sent by the mutation above, not by antd's own request
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={attach.isPending} disabled={full}>
              {m.upload}
            </Button>
          </Upload>
          <Typography.Text type="secondary">
            {full ? m.full(R.attachments) : m.uploadHelp}
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
