import { DownloadOutlined } from '@ant-design/icons';
import { useDownloadFile } from '@thidua/web-data-access';
import { App, Button, type ButtonProps } from 'antd';

import { t } from '../../i18n';
import { saveFile } from '../download';
import { errorMessage } from '../errors';

/**
 * "Xuất Excel": downloads `path` (an /api/exports/… address with the list's current filters, or any
 * file the API builds: a dossier's .docx, its package) with the session cookie and saves it; a refusal
 * shows the API's Vietnamese message instead of a broken file.
 */
export function ExportButton({
  path,
  fallbackName,
  label = t.common.exportExcel,
  failedTitle = t.common.exportFailed,
  size,
  title,
}: {
  path: string;
  fallbackName: string;
  label?: string;
  /** the refusal's heading, for a file that is not an Excel export */
  failedTitle?: string;
  size?: ButtonProps['size'];
  title?: string;
}) {
  const download = useDownloadFile();
  const { message, notification } = App.useApp();
  return (
    <Button
      icon={<DownloadOutlined />}
      size={size}
      title={title}
      loading={download.isPending}
      onClick={() =>
        download.mutate(
          { path, fallbackName },
          {
            onSuccess: ({ blob, fileName }) => {
              saveFile(blob, fileName);
              void message.success(t.common.exported(fileName));
            },
            onError: (error) =>
              notification.error({
                title: failedTitle,
                description: errorMessage(error),
              }),
          },
        )
      }
    >
      {label}
    </Button>
  );
}
