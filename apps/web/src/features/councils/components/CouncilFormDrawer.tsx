import { FormActions } from '@thidua/web-ui';
import {
  useCreateCouncil,
  useUnit,
  useUpdateCouncil,
  type CouncilItem,
} from '@thidua/web-data-access';
import { App, Button, Checkbox, Drawer, Form, Input, InputNumber } from 'antd';
import { useEffect } from 'react';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { blankToNull, required, requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { UnitSelect } from '../../units/components/UnitSelect';
import { councilsMessages as m } from '../messages';

interface CouncilValues {
  unitId?: string;
  name?: string;
  standingUnitId?: string | null;
  decisionNumber?: string;
  decisionDate?: string | null;
  decisionText?: string;
  /** percent, as typed */
  quorumPercent?: number | null;
  awardPresencePercent?: number | null;
  proxiesAllowed?: boolean;
  endedOn?: string | null;
}

/** NĐ 98/2023 Điều 47 k.4: the council meets with at least 2/3 of its members. */
const TWO_THIRDS = 2 / 3;
const MIN_PERCENT = 66.67;

/** 0.6667 → 66.67: the share as the form shows it (two decimals, as typed). */
const toPercent = (share: number | null | undefined) =>
  share === null || share === undefined ? null : Math.round(share * 10000) / 100;

/**
 * 66.67 → exactly 2/3: the percent field cannot hold 2/3, and a council saved at 0.6667 would need
 * 6.0003 of 9 members (7), not 6 — the figure the law means.
 */
const toShare = (percent: number | null | undefined) =>
  percent === null || percent === undefined
    ? null
    : percent === MIN_PERCENT
      ? TWO_THIRDS
      : percent / 100;

/** Founds (records) a council (`council` null) or edits one; the unit is fixed once founded. */
export function CouncilFormDrawer({
  open,
  council,
  onClose,
  onReload,
}: {
  open: boolean;
  council: CouncilItem | null;
  onClose: () => void;
  onReload?: () => Promise<unknown>;
}) {
  const guard = useDiscardGuard(onClose);
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={council ? m.editCouncil(council.name) : m.createTitle}
      size={640}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open && (
          <CouncilForm
            key={council?.version ?? 'new'}
            council={council}
            onDone={onClose}
            onReload={onReload}
          />
        )}
      </DiscardGuardScope>
    </Drawer>
  );
}

function CouncilForm({
  council,
  onDone,
  onReload,
}: {
  council: CouncilItem | null;
  onDone: () => void;
  onReload?: () => Promise<unknown>;
}) {
  const [form] = Form.useForm<CouncilValues>();
  const cancel = useGuardedForm(form) ?? onDone;
  const create = useCreateCouncil();
  const update = useUpdateCouncil();
  const save = useVersionedForm(form, council ? onReload : undefined);
  const { message } = App.useApp();
  const pending = create.isPending || update.isPending;
  const unitId = Form.useWatch('unitId', form);
  const unit = useUnit(council ? undefined : unitId);

  // the name the API would give, shown so it can be corrected: "Hội đồng Thi đua - Khen thưởng <đơn vị>"
  useEffect(() => {
    if (!unit.data || form.isFieldTouched('name')) return;
    form.setFieldValue('name', `${m.namePrefix} ${unit.data.name}`);
  }, [unit.data, form]);

  const submit = (values: CouncilValues) => {
    save.reset();
    const common = {
      standingUnitId: values.standingUnitId ?? null,
      decisionNumber: blankToNull(values.decisionNumber),
      decisionDate: values.decisionDate ?? null,
      decisionText: blankToNull(values.decisionText),
      quorumShare: toShare(values.quorumPercent),
      awardPresenceShare: toShare(values.awardPresencePercent),
      proxiesAllowed: values.proxiesAllowed ?? false,
    };
    const handlers = {
      onSuccess: (saved: CouncilItem) => {
        void message.success(council ? m.updated : m.created(saved.name));
        onDone();
      },
      onError: save.onError,
    };
    if (council) {
      update.mutate(
        {
          id: council.id,
          version: council.version,
          name: (values.name ?? '').trim(),
          endedOn: values.endedOn ?? null,
          ...common,
        },
        handlers,
      );
      return;
    }
    create.mutate(
      { unitId: values.unitId ?? '', name: blankToNull(values.name), ...common },
      handlers,
    );
  };

  return (
    <Form<CouncilValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={pending}
      initialValues={
        council
          ? {
              unitId: council.unitId,
              name: council.name,
              standingUnitId: council.standingUnitId,
              decisionNumber: council.decisionNumber ?? '',
              decisionDate: council.decisionDate,
              decisionText: council.decisionText ?? '',
              quorumPercent: toPercent(council.quorumShare),
              awardPresencePercent: toPercent(council.awardPresenceShare),
              proxiesAllowed: council.proxiesAllowed,
              endedOn: council.endedOn,
            }
          : { quorumPercent: MIN_PERCENT, proxiesAllowed: false }
      }
    >
      {save.alert}
      {!council && (
        <Form.Item
          name="unitId"
          label={m.unit}
          extra={m.unitHelp}
          rules={[requiredChoice(m.unitWhat)]}
        >
          <UnitSelect />
        </Form.Item>
      )}
      <Form.Item name="name" label={m.name} rules={council ? [required(m.nameWhat)] : []}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="standingUnitId" label={m.standingUnit} extra={m.standingUnitHelp}>
        <UnitSelect allowClear initialUnit={council?.standingUnit ?? null} />
      </Form.Item>
      <Form.Item name="decisionNumber" label={m.decisionNumber}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="decisionDate" label={m.decisionDate}>
        <IsoDatePicker allowClear />
      </Form.Item>
      <Form.Item name="decisionText" label={m.decisionText}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item
        name="quorumPercent"
        label={m.quorumShare}
        extra={m.quorumShareHelp}
        rules={[
          {
            validator: async (_rule, value: unknown) => {
              if (typeof value === 'number' && value < MIN_PERCENT)
                throw new Error(m.quorumShareTooLow);
            },
          },
        ]}
      >
        <InputNumber min={1} max={100} step={0.01} precision={2} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="awardPresencePercent"
        label={m.awardPresenceShare}
        extra={m.awardPresenceShareHelp}
      >
        <InputNumber min={1} max={100} step={0.01} precision={2} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="proxiesAllowed" valuePropName="checked">
        <Checkbox>{m.proxiesAllowed}</Checkbox>
      </Form.Item>
      {council && (
        <Form.Item name="endedOn" label={m.endedOn} extra={m.endedOnHelp}>
          <IsoDatePicker allowClear />
        </Form.Item>
      )}
      <FormActions>
        <Button onClick={cancel}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={pending}>
          {council ? t.common.saveChanges : m.create}
        </Button>
      </FormActions>
    </Form>
  );
}
