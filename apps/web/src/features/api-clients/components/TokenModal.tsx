import { CopyOutlined } from '@ant-design/icons';
import type { ApiClientWithToken } from '@thidua/web-data-access';
import { Alert, App, Button, Input, Modal, Space, Typography } from 'antd';

import { t } from '../../../i18n';

/**
 * Shows a freshly issued bearer token exactly once. It cannot be dismissed by a stray click:
 * only "Tôi đã lưu mã" closes it.
 */
export function TokenModal({
  issued,
  kind,
  onClose,
}: {
  issued: ApiClientWithToken | null;
  kind: 'created' | 'rotated';
  onClose: () => void;
}) {
  const { message } = App.useApp();

  const copy = async () => {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.token);
      void message.success(t.apiClients.copied);
    } catch {
      void message.warning(t.apiClients.copyFailed);
    }
  };

  return (
    <Modal
      open={issued !== null}
      title={kind === 'created' ? t.apiClients.tokenTitleCreated : t.apiClients.tokenTitleRotated}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      width={640}
      footer={
        <Button type="primary" onClick={onClose}>
          {t.apiClients.tokenDone}
        </Button>
      }
    >
      {issued && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Alert
            type="warning"
            showIcon
            title={t.apiClients.tokenWarningTitle}
            description={t.apiClients.tokenWarningText}
          />
          <Typography.Text strong>{t.apiClients.tokenFor(issued.client.name)}</Typography.Text>
          <Space.Compact style={{ width: '100%' }}>
            <Input
              readOnly
              value={issued.token}
              aria-label={t.apiClients.tokenTitleRotated}
              style={{ fontFamily: 'monospace' }}
              onFocus={(e) => e.target.select()}
            />
            <Button type="primary" icon={<CopyOutlined />} onClick={() => void copy()}>
              {t.apiClients.copy}
            </Button>
          </Space.Compact>
          <Typography.Text type="secondary">{t.apiClients.tokenUsage}</Typography.Text>
        </Space>
      )}
    </Modal>
  );
}
