import { DownloadOutlined } from '@ant-design/icons';
import { useDownloadFile } from '@thidua/web-data-access';
import { App, Button } from 'antd';

import { t } from '../../i18n';
import { saveFile } from '../download';
import { errorMessage } from '../errors';

/**
 * "Xuất Excel": downloads `path` (an /api/exports/… address with the list's current filters) with the
 * session cookie and saves it; a refusal shows the API's Vietnamese message instead of a broken file.
 */
export function ExportButton({
  path,
  fallbackName,
  label = t.common.exportExcel,
}: {
  path: string;
  fallbackName: string;
  label?: string;
}) {
  const download = useDownloadFile();
  const { message, notification } = App.useApp();
  return (
    <Button
      icon={<DownloadOutlined />}
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
                title: t.common.exportFailed,
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
