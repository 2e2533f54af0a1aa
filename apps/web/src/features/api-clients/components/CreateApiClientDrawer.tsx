import { FormActions } from '@thidua/web-ui';
import { useCreateApiClient, type ApiClientWithToken } from '@thidua/web-data-access';
import { Button, Drawer, Form, Input } from 'antd';

import { t } from '../../../i18n';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { blankToNull, required, requiredChoice } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import {
  RoleGrantsField,
  toRoleGrantInputs,
  type RoleGrantValue,
} from '../../roles/components/RoleGrantsField';
import { UnitSelect } from '../../units/components/UnitSelect';

interface CreateApiClientValues {
  name: string;
  description: string;
  unitId: string;
  roles: RoleGrantValue[];
}

export function CreateApiClientDrawer({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (issued: ApiClientWithToken) => void;
}) {
  const guard = useDiscardGuard(onClose);
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={t.apiClients.createTitle}
      size={640}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open && <CreateApiClientForm onCancel={onClose} onCreated={onCreated} />}
      </DiscardGuardScope>
    </Drawer>
  );
}

function CreateApiClientForm({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: (issued: ApiClientWithToken) => void;
}) {
  const [form] = Form.useForm<CreateApiClientValues>();
  const cancel = useGuardedForm(form) ?? onCancel;
  const create = useCreateApiClient();
  const onError = useApiErrorHandler();

  const submit = (values: CreateApiClientValues) => {
    create.mutate(
      {
        name: values.name.trim(),
        description: blankToNull(values.description),
        unitId: values.unitId,
        roles: toRoleGrantInputs(values.roles),
      },
      { onSuccess: onCreated, onError: (error) => onError(error, form) },
    );
  };

  return (
    <Form<CreateApiClientValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={create.isPending}
      initialValues={{ roles: [] }}
    >
      <Form.Item name="name" label={t.apiClients.name} rules={[required(t.apiClients.nameWhat)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="description" label={t.apiClients.description}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item
        name="unitId"
        label={t.apiClients.unit}
        rules={[requiredChoice(t.apiClients.unitWhat)]}
      >
        <UnitSelect />
      </Form.Item>
      <RoleGrantsField />
      <FormActions>
        <Button onClick={cancel}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t.apiClients.create}
        </Button>
      </FormActions>
    </Form>
  );
}
