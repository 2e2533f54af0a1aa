import { useUpdateUser, type UserItem } from '@thidua/web-data-access';
import { App, Button, Flex, Form, Input } from 'antd';

import { t } from '../../../i18n';
import { useGuardedForm } from '../../../shared/forms/discardGuard';
import { blankToNull, emailRule, required, requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { UnitSelect } from '../../units/components/UnitSelect';

interface UserValues {
  fullName: string;
  email: string;
  unitId: string;
}

/** Edits name, email and unit; mount with key={user.version} so a reload resets it. */
export function UserEditForm({
  user,
  onReload,
}: {
  user: UserItem;
  onReload: () => Promise<unknown>;
}) {
  const [form] = Form.useForm<UserValues>();
  // the details drawer asks before closing over unsaved changes of this form
  useGuardedForm(form);
  const update = useUpdateUser();
  const save = useVersionedForm(form, onReload);
  const { message } = App.useApp();

  const submit = (values: UserValues) => {
    save.reset();
    update.mutate(
      {
        id: user.id,
        version: user.version,
        fullName: values.fullName.trim(),
        email: blankToNull(values.email),
        unitId: values.unitId,
      },
      {
        onSuccess: () => void message.success(t.users.updated),
        onError: save.onError,
      },
    );
  };

  return (
    <Form<UserValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={update.isPending}
      initialValues={{ fullName: user.fullName, email: user.email ?? '', unitId: user.unit.id }}
    >
      {save.alert}
      <Form.Item name="fullName" label={t.users.fullName} rules={[required(t.users.fullNameWhat)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="email" label={t.users.email} rules={[emailRule]}>
        <Input type="email" maxLength={200} />
      </Form.Item>
      <Form.Item name="unitId" label={t.users.unit} rules={[requiredChoice(t.users.unitWhat)]}>
        <UnitSelect initialUnit={user.unit} />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t.common.saveChanges}
        </Button>
      </Flex>
    </Form>
  );
}
