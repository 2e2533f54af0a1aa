import { FormActions } from '@thidua/web-ui';
import { useCreatePerson } from '@thidua/web-data-access';
import { App, Button, Divider, Drawer, Form } from 'antd';

import { t } from '../../../i18n';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { today } from '../../../shared/dates';
import { blankToNull } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { PersonFields, type PersonValues } from './PersonFields';
import { PositionFields, toPositionInput, type PositionValues } from './PositionFields';

interface CreatePersonValues extends PersonValues {
  position?: PositionValues;
}

export function CreatePersonDrawer({
  open,
  onClose,
  onCreated,
  defaultUnitId,
}: {
  open: boolean;
  onClose: () => void;
  onCreated?: (personId: string) => void;
  defaultUnitId?: string;
}) {
  const guard = useDiscardGuard(onClose);
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={t.people.createTitle}
      size={720}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open && (
          <CreatePersonForm onDone={onClose} onCreated={onCreated} defaultUnitId={defaultUnitId} />
        )}
      </DiscardGuardScope>
    </Drawer>
  );
}

function CreatePersonForm({
  onDone,
  onCreated,
  defaultUnitId,
}: {
  onDone: () => void;
  onCreated?: (personId: string) => void;
  defaultUnitId?: string;
}) {
  const [form] = Form.useForm<CreatePersonValues>();
  const cancel = useGuardedForm(form) ?? onDone;
  const create = useCreatePerson();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();

  const submit = (values: CreatePersonValues) =>
    create.mutate(
      {
        code: blankToNull(values.code),
        fullName: values.fullName.trim(),
        sex: values.sex ?? 'MALE',
        dateOfBirth: values.dateOfBirth ?? null,
        ethnicity: blankToNull(values.ethnicity),
        religion: blankToNull(values.religion),
        hometown: blankToNull(values.hometown),
        partyMember: values.partyMember ?? false,
        partyJoinedOn: values.partyMember ? (values.partyJoinedOn ?? null) : null,
        note: blankToNull(values.note),
        position: toPositionInput(values.position),
      },
      {
        onSuccess: (person) => {
          void message.success(t.people.created(person.fullName));
          onDone();
          onCreated?.(person.id);
        },
        onError: (error) => onError(error, form),
      },
    );

  return (
    <Form<CreatePersonValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={create.isPending}
      initialValues={{
        partyMember: false,
        position: {
          unitId: defaultUnitId,
          startedOn: today(),
          isLeader: false,
          staffCategory: 'CIVIL_SERVANT',
        },
      }}
    >
      <PersonFields />
      <Divider titlePlacement="start">{t.people.firstPosition}</Divider>
      <PositionFields />
      <FormActions>
        <Button onClick={cancel}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t.people.create}
        </Button>
      </FormActions>
    </Form>
  );
}
