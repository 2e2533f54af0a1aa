import { CONGRESS_LIMITS as L } from '@thidua/shared-domain';
import { useCongressActions, type CongressItem } from '@thidua/web-data-access';
import { Alert, App, Form, Input, Modal } from 'antd';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { today } from '../../../shared/dates';
import { useGuardedClose } from '../../../shared/forms/discardGuard';
import { blankToNull, requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { congressMessages as m } from './messages';

interface HoldValues {
  heldOn?: string;
  venue?: string;
}

/**
 * "Ghi nhận đã tổ chức" (holdCongress): the day it was held (not after today, the API's rule) and,
 * if it changed, the venue. The modal is the confirmation: it says what the step closes (the
 * congress and its delegates list become read-only). Sent with the version the caller read; a
 * CONFLICT offers to reload the congress, and `congress` is then the one read again.
 */
export function HoldCongressModal({
  congress,
  onClose,
  reload,
}: {
  congress: Pick<
    CongressItem,
    'id' | 'name' | 'version' | 'venue' | 'windowFrom' | 'windowTo' | 'windowLabel'
  >;
  onClose: () => void;
  reload: () => Promise<unknown>;
}) {
  const [form] = Form.useForm<HoldValues>();
  const close = useGuardedClose(form, onClose);
  const actions = useCongressActions();
  const save = useVersionedForm(form, reload);
  const { message } = App.useApp();
  const now = today();

  const submit = (values: HoldValues) => {
    save.reset();
    actions.hold.mutate(
      {
        id: congress.id,
        version: congress.version,
        heldOn: values.heldOn ?? '',
        venue: blankToNull(values.venue),
      },
      {
        onSuccess: () => {
          void message.success(m.held);
          onClose();
        },
        onError: save.onError,
      },
    );
  };

  return (
    <Modal
      open
      title={m.holdTitle(congress.name)}
      okText={m.hold}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={actions.hold.isPending}
      destroyOnHidden
    >
      <Form<HoldValues>
        form={form}
        layout="vertical"
        preserve={false}
        // recorded on the day, today is the answer; later, a guessed day would be saved unread
        initialValues={{
          heldOn: congress.windowFrom <= now && now <= congress.windowTo ? now : undefined,
          venue: congress.venue ?? '',
        }}
        onFinish={submit}
      >
        {save.alert}
        <Alert type="info" showIcon title={m.holdText} style={{ marginBottom: 16 }} />
        <Form.Item
          name="heldOn"
          label={m.heldOn}
          rules={[
            requiredChoice(m.heldOnWhat),
            {
              validator: (_, value?: string) =>
                !value || value <= now
                  ? Promise.resolve()
                  : Promise.reject(new Error(m.heldOnFuture)),
            },
            {
              warningOnly: true,
              validator: (_, value?: string) =>
                !value || (value >= congress.windowFrom && value <= congress.windowTo)
                  ? Promise.resolve()
                  : Promise.reject(new Error(m.heldOnOutsideWindow(congress.windowLabel))),
            },
          ]}
        >
          <IsoDatePicker />
        </Form.Item>
        <Form.Item name="venue" label={m.venue} extra={m.venueHelp}>
          <Input maxLength={L.venue} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
