import type { Permission } from '@thidua/shared-domain';
import { FormActions } from '@thidua/web-ui';
import { roleKeys, useCreateRole, useUpdateRole, type RoleItem } from '@thidua/web-data-access';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input } from 'antd';

import { t } from '../../../i18n';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { blankToNull, required } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { PermissionChecklist } from './PermissionChecklist';

interface RoleValues {
  code: string;
  name: string;
  description: string;
  permissions: Permission[];
}

/** Create a custom role, or edit one (`role` given). System roles never reach this drawer. */
export function RoleFormDrawer({
  open,
  role,
  onClose,
}: {
  open: boolean;
  role: RoleItem | null;
  onClose: () => void;
}) {
  const guard = useDiscardGuard(onClose);
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={role ? t.roles.editTitle(role.name) : t.roles.createTitle}
      size={640}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open && <RoleForm role={role} onDone={onClose} />}
      </DiscardGuardScope>
    </Drawer>
  );
}

function RoleForm({ role, onDone }: { role: RoleItem | null; onDone: () => void }) {
  const [form] = Form.useForm<RoleValues>();
  const cancel = useGuardedForm(form) ?? onDone;
  const create = useCreateRole();
  const update = useUpdateRole();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  // the list holds the role: refreshing it and closing is the reload
  const save = useVersionedForm(
    form,
    role
      ? () => {
          void queryClient.invalidateQueries({ queryKey: roleKeys.all });
          onDone();
        }
      : undefined,
  );
  const saving = create.isPending || update.isPending;

  const submit = (values: RoleValues) => {
    save.reset();
    const common = {
      name: values.name.trim(),
      description: blankToNull(values.description),
      permissions: values.permissions,
    };
    const handlers = {
      onSuccess: () => {
        void message.success(role ? t.roles.updated : t.roles.created);
        onDone();
      },
      onError: save.onError,
    };
    if (role) update.mutate({ id: role.id, version: role.version, ...common }, handlers);
    else create.mutate({ code: values.code.trim(), ...common }, handlers);
  };

  return (
    <Form<RoleValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={saving}
      initialValues={{
        code: role?.code ?? '',
        name: role?.name ?? '',
        description: role?.description ?? '',
        permissions: role?.permissions ?? [],
      }}
    >
      {save.alert}
      <Form.Item
        name="code"
        label={t.roles.code}
        extra={role ? undefined : t.roles.codeHelp}
        rules={
          role
            ? []
            : [
                required(t.roles.codeWhat),
                { pattern: /^[A-Z][A-Z0-9_]*$/, message: t.validation.roleCode },
              ]
        }
        normalize={(v: string) => v.toUpperCase()}
      >
        <Input disabled={Boolean(role)} maxLength={50} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Form.Item name="name" label={t.roles.name} rules={[required(t.roles.nameWhat)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="description" label={t.roles.description}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item
        name="permissions"
        label={t.roles.permissions}
        rules={[
          { type: 'array', min: 1, required: true, message: t.validation.permissionsRequired },
        ]}
      >
        <PermissionChecklist />
      </Form.Item>
      <FormActions>
        <Button onClick={cancel}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t.common.save}
        </Button>
      </FormActions>
    </Form>
  );
}
