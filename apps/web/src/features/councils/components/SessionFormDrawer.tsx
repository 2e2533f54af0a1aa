import { FormActions, useDebouncedValue } from '@thidua/web-ui';
import {
  useAwardRounds,
  useCouncilMembersOn,
  useCreateCouncilSession,
  useUpdateCouncilSession,
  type CouncilSessionItem,
  type CouncilSessionKind,
} from '@thidua/web-data-access';
import { App, Button, Drawer, Form, Input, Select } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { blankToNull, required, requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { councilsMessages as m } from '../messages';

interface SessionValues {
  title?: string;
  kind?: CouncilSessionKind;
  date?: string | null;
  startTime?: string;
  place?: string;
  chairMemberId?: string | null;
  secretaryMemberId?: string | null;
  awardRoundId?: string | null;
  note?: string;
}

/** "HH:MM", 24-hour: the API's START_TIME_PATTERN (council-vocabulary.ts), printed in the minutes. */
const START_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Schedules a session of a council (`session` null) or edits a planned one. */
export function SessionFormDrawer({
  open,
  councilId,
  session,
  onClose,
  onReload,
  onCreated,
}: {
  open: boolean;
  councilId: string;
  session: CouncilSessionItem | null;
  onClose: () => void;
  onReload?: () => Promise<unknown>;
  onCreated?: (session: CouncilSessionItem) => void;
}) {
  const guard = useDiscardGuard(onClose);
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={session ? m.editSession(session.title) : m.createSessionTitle}
      size={600}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open && (
          <SessionForm
            key={session?.version ?? 'new'}
            councilId={councilId}
            session={session}
            onDone={onClose}
            onReload={onReload}
            onCreated={onCreated}
          />
        )}
      </DiscardGuardScope>
    </Drawer>
  );
}

function SessionForm({
  councilId,
  session,
  onDone,
  onReload,
  onCreated,
}: {
  councilId: string;
  session: CouncilSessionItem | null;
  onDone: () => void;
  onReload?: () => Promise<unknown>;
  onCreated?: (session: CouncilSessionItem) => void;
}) {
  const [form] = Form.useForm<SessionValues>();
  const cancel = useGuardedForm(form) ?? onDone;
  const create = useCreateCouncilSession();
  const update = useUpdateCouncilSession();
  const save = useVersionedForm(form, session ? onReload : undefined);
  const { message } = App.useApp();
  const pending = create.isPending || update.isPending;
  const date = Form.useWatch('date', form) ?? session?.date ?? undefined;
  // the chair and the secretary are members on the day of the session (the snapshot it will take)
  const members = useCouncilMembersOn(councilId, date ?? undefined);
  const memberOptions = (members.data ?? []).map((x) => ({
    value: x.id,
    label: `${x.fullName} — ${m.roles[x.role] ?? x.role}`,
  }));

  const submit = (values: SessionValues) => {
    save.reset();
    const fields = {
      title: (values.title ?? '').trim(),
      kind: values.kind ?? 'AWARD',
      date: values.date ?? '',
      startTime: blankToNull(values.startTime),
      place: blankToNull(values.place),
      chairMemberId: values.chairMemberId ?? null,
      secretaryMemberId: values.secretaryMemberId ?? null,
      awardRoundId: values.awardRoundId ?? null,
      note: blankToNull(values.note),
    };
    if (session) {
      update.mutate(
        { id: session.id, version: session.version, ...fields },
        {
          onSuccess: () => {
            void message.success(m.sessionUpdated);
            onDone();
          },
          onError: save.onError,
        },
      );
      return;
    }
    create.mutate(
      { councilId, ...fields },
      {
        onSuccess: (saved) => {
          void message.success(m.sessionCreated(saved.title));
          onDone();
          onCreated?.(saved);
        },
        onError: save.onError,
      },
    );
  };

  return (
    <Form<SessionValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={pending}
      initialValues={
        session
          ? {
              title: session.title,
              kind: session.kind,
              date: session.date,
              startTime: session.startTime ?? '',
              place: session.place ?? '',
              chairMemberId: session.chairMemberId,
              secretaryMemberId: session.secretaryMemberId,
              awardRoundId: session.awardRoundId,
              note: session.note ?? '',
            }
          : { kind: 'AWARD' }
      }
    >
      {save.alert}
      <Form.Item name="title" label={m.sessionTitle} rules={[required(m.sessionTitleWhat)]}>
        <Input maxLength={300} placeholder={m.sessionTitlePlaceholder} />
      </Form.Item>
      <Form.Item name="kind" label={m.kind} rules={[requiredChoice(m.kindWhat)]}>
        <Select<CouncilSessionKind>
          options={(['AWARD', 'OTHER'] as const).map((k) => ({
            value: k,
            label: m.sessionKinds[k],
          }))}
        />
      </Form.Item>
      <Form.Item name="date" label={m.date} rules={[requiredChoice(m.dateWhat)]}>
        <IsoDatePicker />
      </Form.Item>
      <Form.Item
        name="startTime"
        label={m.startTime}
        extra={m.startTimeHelp}
        rules={[{ pattern: START_TIME, message: m.startTimeInvalid }]}
      >
        <Input maxLength={5} placeholder="14:00" style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="place" label={m.place}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="chairMemberId" label={m.chair} extra={m.memberOnDateHelp}>
        <Select
          allowClear
          disabled={!date}
          placeholder={date ? undefined : m.pickDateFirst}
          loading={members.isFetching}
          options={memberOptions}
        />
      </Form.Item>
      <Form.Item name="secretaryMemberId" label={m.secretary} extra={m.memberOnDateHelp}>
        <Select
          allowClear
          disabled={!date}
          placeholder={date ? undefined : m.pickDateFirst}
          loading={members.isFetching}
          options={memberOptions}
        />
      </Form.Item>
      <Form.Item name="awardRoundId" label={m.awardRound} extra={m.awardRoundHelp}>
        <RoundSelect />
      </Form.Item>
      <Form.Item name="note" label={m.note}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <FormActions>
        <Button onClick={cancel}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={pending}>
          {session ? t.common.saveChanges : m.createSession}
        </Button>
      </FormActions>
    </Form>
  );
}

/** An award round found by the server's search on its title. */
function RoundSelect({
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
  const rounds = useAwardRounds({ first: 20, search: debounced || undefined });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      loading={rounds.isFetching}
      options={(rounds.data?.nodes ?? []).map((r) => ({
        value: r.id,
        label: `${r.title} (${r.year})`,
      }))}
    />
  );
}
