import { CAMPAIGN_PLAN_LIMITS as L } from '@thidua/shared-domain';
import { Form, Input, Modal } from 'antd';

import { t } from '../../../i18n';
import { useGuardedClose } from '../../../shared/forms/discardGuard';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { requiredText } from '../editor/fields';

/**
 * Asks the reason for sending something back (a registration, a review); `send` runs the mutation,
 * and a refusal's field messages land under the reason.
 */
export function ReasonModal({
  title,
  okText,
  pending,
  send,
  onClose,
}: {
  title: string;
  okText: string;
  pending: boolean;
  send: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const close = useGuardedClose(form, onClose);
  const onError = useApiErrorHandler();
  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger: true }}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async ({ reason }) => {
          try {
            await send(reason.trim());
            onClose();
          } catch (error) {
            onError(error, form);
          }
        }}
      >
        <Form.Item
          name="reason"
          label={t.campaigns.returnReason}
          rules={[requiredText(t.campaigns.returnReasonWhat)]}
        >
          <Input.TextArea rows={3} maxLength={L.title} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
