import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@thidua/web-ui';
import {
  templatePath,
  useDownloadFile,
  useUploadImport,
  type ImportFileKind,
} from '@thidua/web-data-access';
import { App, Button, Flex, Form, Radio, Typography, Upload } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { saveFile } from '../../../shared/download';
import { errorMessage } from '../../../shared/errors';

export const MAX_FILE_MB = 10;

const KIND_LABELS: Record<ImportFileKind, string> = {
  units: t.imports.kinds.UNITS,
  people: t.imports.kinds.PEOPLE,
  'campaign-registrations': t.imports.kinds.CAMPAIGN_REGISTRATIONS,
  evaluations: t.imports.kinds.EVALUATIONS,
  'award-records': t.imports.kinds.AWARD_RECORDS,
};

/** Step 1: choose what to import, get the template, upload the filled file. */
export function ImportUpload({
  kinds,
  initialKind,
  planId,
  onUploaded,
}: {
  /** the kinds the viewer may import */
  kinds: readonly ImportFileKind[];
  /** one of `kinds`, chosen first (the address's ?loai=) */
  initialKind?: ImportFileKind;
  /** the plan the registrations are for: only fills the registrations' template (`?planId=`) */
  planId?: string;
  onUploaded: (batchId: string) => void;
}) {
  const [kind, setKind] = useState<ImportFileKind>(initialKind ?? kinds[0] ?? 'units');
  const registrations = kind === 'campaign-registrations';
  const forPlan = registrations && planId !== undefined;
  const templateParams = forPlan ? { planId } : {};
  let templateHelp = t.imports.templateHelp;
  if (forPlan) templateHelp = t.imports.registrationTemplateForPlan;
  else if (registrations) templateHelp = t.imports.registrationTemplateHelp;
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const upload = useUploadImport();
  const template = useDownloadFile();
  const { notification } = App.useApp();

  const accept = (candidate: File): boolean => {
    setFileError(null);
    if (!/\.xlsx$/i.test(candidate.name)) {
      setFileError(t.imports.onlyXlsx);
      return false;
    }
    if (candidate.size > MAX_FILE_MB * 1024 * 1024) {
      setFileError(t.imports.tooLarge(MAX_FILE_MB));
      return false;
    }
    setFile(candidate);
    return false; // never let antd upload by itself: the data layer sends it
  };

  const submit = () => {
    if (!file) {
      setFileError(t.imports.fileRequired);
      return;
    }
    upload.mutate({ kind, file }, { onSuccess: ({ batchId }) => onUploaded(batchId) });
  };

  return (
    <Form layout="vertical" onFinish={submit} disabled={upload.isPending}>
      <Form.Item label={t.imports.kind}>
        <Radio.Group
          optionType="button"
          value={kind}
          onChange={(e) => {
            const next = kinds.find((k) => k === e.target.value);
            if (next) setKind(next);
          }}
          options={kinds.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        />
      </Form.Item>
      <Form.Item label={t.imports.template} extra={templateHelp}>
        <Button
          icon={<DownloadOutlined />}
          loading={template.isPending}
          onClick={() =>
            template.mutate(
              {
                path: templatePath(kind, templateParams),
                fallbackName: `mau-nhap-${kind}.xlsx`,
              },
              {
                onSuccess: ({ blob, fileName }) => saveFile(blob, fileName),
                onError: (error) =>
                  notification.error({
                    title: t.imports.templateFailed,
                    description: errorMessage(error),
                  }),
              },
            )
          }
        >
          {t.imports.template} ({KIND_LABELS[kind]})
        </Button>
      </Form.Item>
      <Form.Item
        label={t.imports.file}
        validateStatus={fileError ? 'error' : undefined}
        help={fileError ?? undefined}
      >
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          maxCount={1}
          beforeUpload={accept}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done', size: file.size }] : []}
          onRemove={() => {
            setFile(null);
            return true;
          }}
          aria-label={t.imports.chooseFile}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <Typography.Text>{t.imports.dropHint}</Typography.Text>
        </Upload.Dragger>
      </Form.Item>
      {upload.isError && (
        <ErrorAlert title={t.imports.uploadFailed} message={errorMessage(upload.error)} />
      )}
      <Flex justify="flex-end">
        <Button
          type="primary"
          htmlType="submit"
          icon={<UploadOutlined />}
          loading={upload.isPending}
        >
          {upload.isPending ? t.imports.uploading : t.imports.upload}
        </Button>
      </Flex>
    </Form>
  );
}
