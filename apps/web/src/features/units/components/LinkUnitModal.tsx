import { useLinkUnits, type UnitDetail } from '@thidua/web-data-access';
import { App, Form, Input, Modal } from 'antd';

import { t } from '../../../i18n';
import { useGuardedClose } from '../../../shared/forms/discardGuard';
import { blankToNull, requiredChoice } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { UnitSelect } from './UnitSelect';

interface LinkValues {
  counterpartId?: string;
  note?: string;
}

/** Links a unit with its counterpart in another hierarchy. */
export function LinkUnitModal({
  unit,
  open,
  onClose,
}: {
  unit: Pick<UnitDetail, 'id' | 'name'>;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<LinkValues>();
  const close = useGuardedClose(form, onClose);
  const link = useLinkUnits();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();

  const submit = (values: LinkValues) =>
    link.mutate(
      {
        unitId: unit.id,
        counterpartId: values.counterpartId ?? '',
        note: blankToNull(values.note),
      },
      {
        onSuccess: () => {
          void message.success(t.units.linked);
          onClose();
        },
        onError: (error) => onError(error, form),
      },
    );

  return (
    <Modal
      open={open}
      title={t.units.linkTitle}
      okText={t.units.link}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={link.isPending}
      destroyOnHidden
    >
      <Form<LinkValues> form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="counterpartId"
          label={t.units.counterpart}
          rules={[requiredChoice(t.units.counterpartWhat)]}
        >
          <UnitSelect excludeIds={[unit.id]} />
        </Form.Item>
        <Form.Item name="note" label={t.units.note}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
