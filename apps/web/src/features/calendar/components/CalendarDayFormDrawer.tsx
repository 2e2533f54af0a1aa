import { CALENDAR_DAY_NAME_MAX, isWeekend } from '@thidua/shared-domain';
import { FormActions } from '@thidua/web-ui';
import {
  calendarKeys,
  useCreateCalendarDay,
  useUpdateCalendarDay,
  type CalendarDayItem,
  type CalendarDayKind,
} from '@thidua/web-data-access';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Drawer, Form, Input, Radio } from 'antd';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { formatIsoDate } from '../../../shared/dates';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { required, requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';

interface DayValues {
  date: string | null;
  kind: CalendarDayKind;
  name: string;
  note: string;
  provisional: boolean;
}

/** Add a day to `year`'s calendar, or edit one (`day` given). */
export function CalendarDayFormDrawer({
  open,
  year,
  day,
  onClose,
}: {
  open: boolean;
  year: number;
  day: CalendarDayItem | null;
  onClose: () => void;
}) {
  const guard = useDiscardGuard(onClose);
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={day ? t.calendar.editTitle(formatIsoDate(day.date)) : t.calendar.createTitle}
      size={520}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open && <CalendarDayForm year={year} day={day} onDone={onClose} />}
      </DiscardGuardScope>
    </Drawer>
  );
}

function CalendarDayForm({
  year,
  day,
  onDone,
}: {
  year: number;
  day: CalendarDayItem | null;
  onDone: () => void;
}) {
  const [form] = Form.useForm<DayValues>();
  const cancel = useGuardedForm(form) ?? onDone;
  const create = useCreateCalendarDay();
  const update = useUpdateCalendarDay();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const save = useVersionedForm(
    form,
    day
      ? () => {
          void queryClient.invalidateQueries({ queryKey: calendarKeys.all });
          onDone();
        }
      : undefined,
  );
  const saving = create.isPending || update.isPending;

  const submit = (values: DayValues) => {
    save.reset();
    const input = {
      date: values.date as string,
      kind: values.kind,
      name: values.name.trim(),
      note: values.note.trim() || null,
      provisional: values.provisional,
    };
    const handlers = {
      onSuccess: () => {
        void message.success(day ? t.calendar.updated : t.calendar.created);
        onDone();
      },
      onError: save.onError,
    };
    if (day) update.mutate({ id: day.id, version: day.version, ...input }, handlers);
    else create.mutate(input, handlers);
  };

  return (
    <Form<DayValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={saving}
      initialValues={{
        date: day?.date ?? null,
        kind: day?.kind ?? 'DAY_OFF',
        name: day?.name ?? '',
        note: day?.note ?? '',
        provisional: day?.provisional ?? false,
      }}
    >
      {save.alert}
      <Form.Item name="kind" label={t.calendar.kind} rules={[requiredChoice(t.calendar.kindWhat)]}>
        <Radio.Group
          options={(['DAY_OFF', 'WORKING_DAY'] as const).map((kind) => ({
            value: kind,
            label: t.calendar.kinds[kind],
          }))}
        />
      </Form.Item>
      <Form.Item
        name="date"
        label={t.calendar.date}
        dependencies={['kind']}
        rules={[
          required(t.calendar.dateWhat),
          ({ getFieldValue }) => ({
            // the API says the same; here the officer sees it before sending
            validator: (_, value: string | null) => {
              if (!value) return Promise.resolve();
              if (!value.startsWith(`${year}-`))
                return Promise.reject(new Error(t.calendar.outsideYear(year)));
              const kind = getFieldValue('kind') as CalendarDayKind;
              if (isWeekend(value) !== (kind === 'WORKING_DAY'))
                return Promise.reject(new Error(t.calendar.kindHelp[kind]));
              return Promise.resolve();
            },
          }),
        ]}
      >
        <IsoDatePicker aria-label={t.calendar.date} />
      </Form.Item>
      <Form.Item name="name" label={t.calendar.name} rules={[required(t.calendar.nameWhat)]}>
        <Input maxLength={CALENDAR_DAY_NAME_MAX} placeholder={t.calendar.namePlaceholder} />
      </Form.Item>
      <Form.Item name="note" label={t.calendar.note}>
        <Input.TextArea rows={3} maxLength={2000} placeholder={t.calendar.notePlaceholder} />
      </Form.Item>
      <Form.Item name="provisional" valuePropName="checked" extra={t.calendar.provisionalHelp}>
        <Checkbox>{t.calendar.provisional}</Checkbox>
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
