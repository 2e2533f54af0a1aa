import { COUNCIL_ROLES, type CouncilRole } from '@thidua/shared-domain';
import { FormActions, useDebouncedValue } from '@thidua/web-ui';
import {
  useAddCouncilMember,
  useUpdateCouncilMember,
  useUsers,
  type CouncilMemberItem,
} from '@thidua/web-data-access';
import { App, Button, Drawer, Form, Input, Select } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { today } from '../../../shared/dates';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { required, requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { useViewer } from '../../auth/hooks/useViewer';
import { PersonSelect } from '../../records/components/PersonSelect';
import { councilsMessages as m } from '../messages';

interface MemberValues {
  personId?: string;
  role?: CouncilRole;
  title?: string;
  from?: string | null;
  to?: string | null;
  userId?: string | null;
}

/**
 * Adds a member to a council for a period (`member` null) or edits one. The composition rules (one
 * Chủ tịch and at most one Ủy viên thư ký at a time, a person once, an account once) are the API's:
 * its refusal shows under the field it names, in its words.
 */
export function MemberFormDrawer({
  open,
  councilId,
  member,
  defaultFrom,
  onClose,
  onReload,
}: {
  open: boolean;
  councilId: string;
  member: CouncilMemberItem | null;
  /** the day the composition is shown for: a new member starts there */
  defaultFrom: string;
  onClose: () => void;
  onReload?: () => Promise<unknown>;
}) {
  const guard = useDiscardGuard(onClose);
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={member ? m.editMember(member.fullName) : m.addMemberTitle}
      size={560}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open && (
          <MemberForm
            key={member?.version ?? 'new'}
            councilId={councilId}
            member={member}
            defaultFrom={defaultFrom}
            onDone={onClose}
            onReload={onReload}
          />
        )}
      </DiscardGuardScope>
    </Drawer>
  );
}

function MemberForm({
  councilId,
  member,
  defaultFrom,
  onDone,
  onReload,
}: {
  councilId: string;
  member: CouncilMemberItem | null;
  defaultFrom: string;
  onDone: () => void;
  onReload?: () => Promise<unknown>;
}) {
  const [form] = Form.useForm<MemberValues>();
  const cancel = useGuardedForm(form) ?? onDone;
  const add = useAddCouncilMember();
  const update = useUpdateCouncilMember();
  const save = useVersionedForm(form, member ? onReload : undefined);
  const { message } = App.useApp();
  const { can } = useViewer();
  const pending = add.isPending || update.isPending;

  const submit = (values: MemberValues) => {
    save.reset();
    const common = {
      role: values.role ?? 'UY_VIEN',
      title: (values.title ?? '').trim(),
      from: values.from ?? today(),
      to: values.to ?? null,
      userId: values.userId ?? null,
    };
    if (member) {
      update.mutate(
        { id: member.id, version: member.version, ...common },
        {
          onSuccess: () => {
            void message.success(m.memberUpdated);
            onDone();
          },
          onError: save.onError,
        },
      );
      return;
    }
    add.mutate(
      { councilId, personId: values.personId ?? '', ...common },
      {
        onSuccess: (saved) => {
          void message.success(m.memberAdded(saved.fullName));
          onDone();
        },
        onError: save.onError,
      },
    );
  };

  return (
    <Form<MemberValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={pending}
      initialValues={
        member
          ? {
              role: member.role,
              title: member.title,
              from: member.from,
              to: member.to,
              userId: member.userId,
            }
          : { role: 'UY_VIEN', from: defaultFrom }
      }
    >
      {save.alert}
      {!member && (
        <Form.Item name="personId" label={m.person} rules={[requiredChoice(m.personWhat)]}>
          <PersonSelect />
        </Form.Item>
      )}
      <Form.Item name="role" label={m.role} rules={[requiredChoice(m.roleWhat)]}>
        <Select<CouncilRole>
          options={(Object.keys(COUNCIL_ROLES) as CouncilRole[]).map((r) => ({
            value: r,
            label: m.roles[r],
          }))}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={m.memberTitle}
        extra={m.memberTitleHelp}
        rules={[required(m.memberTitleWhat)]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="from" label={m.from} rules={[requiredChoice(m.fromWhat)]}>
        <IsoDatePicker />
      </Form.Item>
      <Form.Item name="to" label={m.to} extra={m.toHelp}>
        <IsoDatePicker allowClear />
      </Form.Item>
      {/* the account list is the user administrators'; others link an account through them */}
      {can('USER_READ') && (
        <Form.Item name="userId" label={m.account} extra={m.accountHelp}>
          <UserSelect />
        </Form.Item>
      )}
      <FormActions>
        <Button onClick={cancel}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={pending}>
          {member ? t.common.saveChanges : m.addMember}
        </Button>
      </FormActions>
    </Form>
  );
}

/** A user account found by the server's search (username, name). */
function UserSelect({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
}) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const users = useUsers({ first: 20, search: debounced || undefined });
  const options = (users.data?.nodes ?? []).map((u) => ({
    value: u.id,
    label: `${u.fullName} (${u.username})`,
  }));
  // the linked account before any search: its id only, until the list finds it
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: m.linked });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      placeholder={m.accountPlaceholder}
      loading={users.isFetching}
      options={options}
    />
  );
}
