import { FormActions } from '@thidua/web-ui';
import { useCreateUser } from '@thidua/web-data-access';
import { App, Button, Drawer, Form, Input } from 'antd';

import { t } from '../../../i18n';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { PasswordHint } from '../../../shared/components/PasswordHint';
import {
  blankToNull,
  emailRule,
  passwordPolicyRule,
  required,
  requiredChoice,
} from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import {
  RoleGrantsField,
  toRoleGrantInputs,
  type RoleGrantValue,
} from '../../roles/components/RoleGrantsField';
import { UnitSelect } from '../../units/components/UnitSelect';

interface CreateUserValues {
  username: string;
  fullName: string;
  email: string;
  unitId: string;
  password: string;
  roles: RoleGrantValue[];
}

export function CreateUserDrawer({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated?: (userId: string) => void;
}) {
  const guard = useDiscardGuard(onClose);
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={t.users.createTitle}
      size={640}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open && <CreateUserForm onDone={onClose} onCreated={onCreated} />}
      </DiscardGuardScope>
    </Drawer>
  );
}

function CreateUserForm({
  onDone,
  onCreated,
}: {
  onDone: () => void;
  onCreated?: (userId: string) => void;
}) {
  const [form] = Form.useForm<CreateUserValues>();
  const cancel = useGuardedForm(form) ?? onDone;
  const password = Form.useWatch('password', form);
  const create = useCreateUser();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();

  const submit = (values: CreateUserValues) => {
    create.mutate(
      {
        username: values.username.trim(),
        fullName: values.fullName.trim(),
        email: blankToNull(values.email),
        unitId: values.unitId,
        password: values.password,
        roles: toRoleGrantInputs(values.roles),
      },
      {
        onSuccess: (user) => {
          void message.success(t.users.created(user.username));
          onDone();
          onCreated?.(user.id);
        },
        onError: (error) => onError(error, form),
      },
    );
  };

  return (
    <Form<CreateUserValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={create.isPending}
      initialValues={{ roles: [] }}
    >
      <Form.Item
        name="username"
        label={t.users.username}
        normalize={(v: string) => v.toLowerCase()}
        rules={[
          required(t.users.usernameWhat),
          { pattern: /^[a-z0-9][a-z0-9._-]*$/, message: t.validation.username },
        ]}
      >
        <Input autoComplete="off" maxLength={64} spellCheck={false} />
      </Form.Item>
      <Form.Item name="fullName" label={t.users.fullName} rules={[required(t.users.fullNameWhat)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="email" label={t.users.email} rules={[emailRule]}>
        <Input type="email" maxLength={200} />
      </Form.Item>
      <Form.Item name="unitId" label={t.users.unit} rules={[requiredChoice(t.users.unitWhat)]}>
        <UnitSelect />
      </Form.Item>
      <Form.Item
        name="password"
        label={t.users.initialPassword}
        rules={[required(t.users.initialPasswordWhat), passwordPolicyRule]}
        extra={
          <>
            <PasswordHint value={password} />
            <br />
            {t.users.initialPasswordHelp}
          </>
        }
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <RoleGrantsField />
      <FormActions>
        <Button onClick={cancel}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t.users.create}
        </Button>
      </FormActions>
    </Form>
  );
}
