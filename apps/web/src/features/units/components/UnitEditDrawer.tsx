import { TEXT_LIMITS } from '@thidua/shared-domain';
import { FormActions } from '@thidua/web-ui';
import { useUpdateUnit, type UnitDetail } from '@thidua/web-data-access';
import { App, Button, Drawer, Form, Input, Switch, Typography } from 'antd';

import { t } from '../../../i18n';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { blankToNull, emailRule } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';

interface UnitEditValues {
  shortName: string;
  legalPerson: boolean;
  address: string;
  phone: string;
  email: string;
}

/** Non-structural details of a unit; name, code and parent change through restructuring only. */
export function UnitEditDrawer({
  unit,
  open,
  onClose,
  onReload,
}: {
  unit: UnitDetail;
  open: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const guard = useDiscardGuard(onClose);
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={t.units.editTitle(unit.name)}
      size={560}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open && (
          <UnitEditForm key={unit.version} unit={unit} onDone={onClose} onReload={onReload} />
        )}
      </DiscardGuardScope>
    </Drawer>
  );
}

function UnitEditForm({
  unit,
  onDone,
  onReload,
}: {
  unit: UnitDetail;
  onDone: () => void;
  onReload: () => Promise<unknown>;
}) {
  const [form] = Form.useForm<UnitEditValues>();
  const cancel = useGuardedForm(form) ?? onDone;
  const update = useUpdateUnit();
  const save = useVersionedForm(form, onReload);
  const { message } = App.useApp();

  const submit = (values: UnitEditValues) => {
    save.reset();
    update.mutate(
      {
        id: unit.id,
        version: unit.version,
        shortName: blankToNull(values.shortName),
        legalPerson: values.legalPerson,
        address: blankToNull(values.address),
        phone: blankToNull(values.phone),
        email: blankToNull(values.email),
      },
      {
        onSuccess: () => {
          void message.success(t.units.updated);
          onDone();
        },
        onError: save.onError,
      },
    );
  };

  return (
    <Form<UnitEditValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={update.isPending}
      initialValues={{
        shortName: unit.shortName ?? '',
        legalPerson: unit.legalPerson,
        address: unit.address ?? '',
        phone: unit.phone ?? '',
        email: unit.email ?? '',
      }}
    >
      <Typography.Paragraph type="secondary">{t.units.editHelp}</Typography.Paragraph>
      {save.alert}
      <Form.Item name="shortName" label={t.units.shortName} extra={t.units.shortNameHelp}>
        <Input maxLength={TEXT_LIMITS.unitShortName} />
      </Form.Item>
      <Form.Item name="legalPerson" label={t.units.hasLegalPerson} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="address" label={t.units.address}>
        <Input maxLength={TEXT_LIMITS.address} />
      </Form.Item>
      <Form.Item name="phone" label={t.units.phone}>
        <Input maxLength={TEXT_LIMITS.phone} />
      </Form.Item>
      <Form.Item name="email" label={t.units.email} rules={[emailRule]}>
        <Input type="email" maxLength={TEXT_LIMITS.email} />
      </Form.Item>
      <FormActions>
        <Button onClick={cancel}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t.common.saveChanges}
        </Button>
      </FormActions>
    </Form>
  );
}
