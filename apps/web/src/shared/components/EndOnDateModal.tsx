import { useConfirm, type ConfirmOptions } from '@thidua/web-ui';
import { App, Form, Modal } from 'antd';

import { t } from '../../i18n';
import { today } from '../dates';
import { requiredChoice } from '../forms/rules';
import { useApiErrorHandler } from '../hooks/useApiErrorHandler';
import { IsoDatePicker } from './IsoDatePicker';

/**
 * Asks the day something ends (a post, a cluster membership), today by default and not before `min`;
 * confirms (`confirmation` of that day), then runs `end`. A refusal shows its field messages under
 * the date, named `field` as in the API input; success shows `done` and closes.
 */
export function EndOnDateModal({
  open,
  title,
  okText,
  field,
  label,
  requiredWhat,
  min,
  pending,
  confirmation,
  end,
  done,
  onClose,
}: {
  open: boolean;
  title: string | undefined;
  okText: string;
  field: string;
  label: string;
  /** What the "choose …" message asks for when no day is chosen. */
  requiredWhat: string;
  min?: string | null;
  pending: boolean;
  confirmation: (day: string) => ConfirmOptions;
  end: (day: string) => Promise<unknown>;
  done: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Record<string, string | null | undefined>>();
  const confirm = useConfirm();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();

  const submit = async (day: string) => {
    if (!(await confirm(confirmation(day)))) return;
    try {
      await end(day);
    } catch (error) {
      onError(error, form);
      return;
    }
    void message.success(done);
    onClose();
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger: true }}
      cancelText={t.common.cancel}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ [field]: today() }}
        onFinish={(values) => void submit(values[field] ?? '')}
      >
        <Form.Item name={field} label={label} rules={[requiredChoice(requiredWhat)]}>
          <IsoDatePicker min={min ?? undefined} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
