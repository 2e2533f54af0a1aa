import {
  AWARD_DOSSIER_LIMITS as L,
  AWARD_ROUND_KINDS,
  AWARD_ROUND_KIND_TRACKS,
  isIssuedStatus,
  type AwardRoundKind,
} from '@thidua/shared-domain';
import { FormActions, useDebouncedValue } from '@thidua/web-ui';
import {
  useCampaignPlan,
  useCampaignPlans,
  useCreateAwardRound,
  useUpdateAwardRound,
  type AwardRoundItem,
  type AwardTrack,
} from '@thidua/web-data-access';
import { App, Button, Drawer, Form, Input, InputNumber, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { formatIsoDate, today } from '../../../shared/dates';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { blankToNull, required, requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { UnitSelect } from '../../units/components/UnitSelect';
import { awardsMessages as m } from '../messages';

interface RoundValues {
  kind?: AwardRoundKind;
  campaignPlanId?: string;
  title: string;
  year?: number;
  receivingUnitId?: string;
  track?: AwardTrack;
  deadline?: string | null;
  decidingAuthority?: string;
  note?: string;
}

/**
 * Opens a round (`round` null) or edits one (title, authority, deadline, note: what the API lets
 * change). A campaign round is opened from an issued plan, whose award forms and quotas it copies:
 * they are shown as the plan has them before the round is opened.
 */
export function RoundFormDrawer({
  open,
  round,
  onClose,
  onReload,
}: {
  open: boolean;
  round: AwardRoundItem | null;
  onClose: () => void;
  onReload?: () => Promise<unknown>;
}) {
  const guard = useDiscardGuard(onClose);
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={round ? m.editRound(round.title) : m.createRoundTitle}
      size={640}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open && (
          <RoundForm
            key={round?.version ?? 'new'}
            round={round}
            onDone={onClose}
            onReload={onReload}
          />
        )}
      </DiscardGuardScope>
    </Drawer>
  );
}

function RoundForm({
  round,
  onDone,
  onReload,
}: {
  round: AwardRoundItem | null;
  onDone: () => void;
  onReload?: () => Promise<unknown>;
}) {
  const [form] = Form.useForm<RoundValues>();
  const cancel = useGuardedForm(form) ?? onDone;
  const create = useCreateAwardRound();
  const update = useUpdateAwardRound();
  const save = useVersionedForm(form, round ? onReload : undefined);
  const { message } = App.useApp();
  const pending = create.isPending || update.isPending;
  const kind = Form.useWatch('kind', form) ?? round?.kind;
  const planId = Form.useWatch('campaignPlanId', form);
  const isCampaign = kind === 'CAMPAIGN';
  const tracks = kind ? AWARD_ROUND_KIND_TRACKS[kind] : [];

  const submit = (values: RoundValues) => {
    save.reset();
    const handlers = {
      onSuccess: (saved: AwardRoundItem) => {
        void message.success(round ? m.roundUpdated : m.roundCreated(saved.title));
        onDone();
      },
      onError: save.onError,
    };
    if (round) {
      update.mutate(
        {
          id: round.id,
          version: round.version,
          title: values.title.trim(),
          decidingAuthority: (values.decidingAuthority ?? '').trim(),
          deadline: values.deadline ?? null,
          note: blankToNull(values.note),
        },
        handlers,
      );
      return;
    }
    create.mutate(
      {
        kind: values.kind ?? 'ANNUAL',
        campaignPlanId: isCampaign ? (values.campaignPlanId ?? null) : null,
        title: values.title.trim(),
        year: values.year ?? Number(today().slice(0, 4)),
        receivingUnitId: values.receivingUnitId ?? '',
        track: isCampaign ? null : (values.track ?? null),
        deadline: values.deadline ?? null,
        decidingAuthority: blankToNull(values.decidingAuthority),
        note: blankToNull(values.note),
      },
      handlers,
    );
  };

  return (
    <Form<RoundValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={pending}
      initialValues={
        round
          ? {
              kind: round.kind,
              title: round.title,
              year: round.year,
              track: round.track,
              deadline: round.deadline,
              decidingAuthority: round.decidingAuthority,
              note: round.note ?? '',
            }
          : { year: Number(today().slice(0, 4)) }
      }
    >
      {save.alert}
      <Form.Item
        name="kind"
        label={m.roundKind}
        extra={m.roundKindHelp}
        rules={[requiredChoice(m.roundKindWhat)]}
      >
        <Select<AwardRoundKind>
          disabled={Boolean(round)}
          options={(Object.keys(AWARD_ROUND_KINDS) as AwardRoundKind[]).map((k) => ({
            value: k,
            label: m.roundKinds[k],
          }))}
          onChange={(next) => form.setFieldValue('track', AWARD_ROUND_KIND_TRACKS[next][0])}
        />
      </Form.Item>
      {!round && isCampaign && (
        <>
          <Form.Item
            name="campaignPlanId"
            label={m.campaignPlan}
            extra={m.campaignPlanHelp}
            rules={[requiredChoice(m.campaignPlanWhat)]}
          >
            <IssuedPlanSelect
              onPicked={(plan) => {
                // the plan's issuer receives by default; the title starts from the plan's
                if (!form.getFieldValue('receivingUnitId'))
                  form.setFieldValue('receivingUnitId', plan.issuerUnitId);
                if (!form.getFieldValue('title'))
                  form.setFieldValue('title', `Khen thưởng ${plan.title}`.slice(0, L.title));
              }}
            />
          </Form.Item>
          {planId && <PlanAwards planId={planId} />}
        </>
      )}
      {round && round.kind === 'CAMPAIGN' && <RoundAwards round={round} />}
      <Form.Item name="title" label={m.roundTitle} rules={[required(m.roundTitleWhat)]}>
        <Input maxLength={L.title} placeholder={m.roundTitlePlaceholder} />
      </Form.Item>
      {!round && (
        <>
          <Form.Item name="year" label={m.year} rules={[requiredChoice(m.yearWhat)]}>
            <InputNumber min={2000} max={2100} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="receivingUnitId"
            label={m.receivingUnit}
            extra={m.receivingUnitHelp}
            rules={[requiredChoice(m.receivingUnitWhat)]}
          >
            <UnitSelect />
          </Form.Item>
          {kind && !isCampaign && tracks.length > 1 && (
            <Form.Item name="track" label={m.track}>
              <Select<AwardTrack>
                options={tracks.map((tr) => ({ value: tr, label: m.tracks[tr] ?? tr }))}
              />
            </Form.Item>
          )}
          {isCampaign && (
            <Typography.Paragraph type="secondary">{m.trackHelp}</Typography.Paragraph>
          )}
        </>
      )}
      <Form.Item
        name="deadline"
        label={m.deadline}
        extra={!round && isCampaign ? m.deadlineHelpCampaign : undefined}
      >
        <IsoDatePicker allowClear />
      </Form.Item>
      <Form.Item
        name="decidingAuthority"
        label={m.decidingAuthority}
        extra={!round && isCampaign ? m.decidingAuthorityHelpCampaign : undefined}
        // the API takes the plan's signer when a campaign round leaves it out; else it is needed
        rules={!round && isCampaign ? [] : [required(m.decidingAuthorityWhat)]}
      >
        <Input maxLength={L.authority} placeholder={m.decidingAuthorityPlaceholder} />
      </Form.Item>
      <Form.Item name="note" label={m.note}>
        <Input.TextArea rows={3} maxLength={L.note} />
      </Form.Item>
      <FormActions>
        <Button onClick={cancel}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={pending}>
          {round ? t.common.saveChanges : m.createRound}
        </Button>
      </FormActions>
    </Form>
  );
}

/** Issued plans found by the server's search on their trích yếu (drafts cannot open a round). */
function IssuedPlanSelect({
  id,
  value,
  onChange,
  onPicked,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  onPicked: (plan: { title: string; issuerUnitId: string }) => void;
}) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const plans = useCampaignPlans({ first: 20, search: debounced || undefined });
  const issued = (plans.data?.nodes ?? []).filter((p) => isIssuedStatus(p.status));
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value}
      placeholder={m.campaignPlanPlaceholder}
      loading={plans.isFetching}
      onChange={(next: string | undefined) => {
        onChange?.(next);
        const plan = issued.find((p) => p.id === next);
        if (plan) onPicked({ title: plan.title, issuerUnitId: plan.issuerUnit.id });
      }}
      options={issued.map((p) => ({
        value: p.id,
        label: p.symbol ? `${p.symbol} — ${p.title}` : p.title,
      }))}
    />
  );
}

interface QuotaShape {
  form: string;
  collectives?: number | null;
  individuals?: number | null;
  either?: number | null;
  per?: string | null;
}

function AwardsSummary({
  forms,
  quotas,
  deadline,
}: {
  forms: readonly string[];
  quotas: readonly QuotaShape[];
  deadline?: string | null;
}) {
  return (
    <section aria-label={m.planForms} style={{ marginBottom: 16 }}>
      <Typography.Text strong>{m.planForms}</Typography.Text>
      {forms.length ? (
        <ul style={{ margin: '4px 0 8px' }}>
          {forms.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      ) : (
        <Typography.Paragraph type="secondary">{m.planNoForms}</Typography.Paragraph>
      )}
      <Typography.Text strong>{m.planQuotas}</Typography.Text>
      {quotas.length ? (
        <ul style={{ margin: '4px 0 8px' }}>
          {quotas.map((q) => (
            <li key={q.form}>{m.quotaLine(q)}</li>
          ))}
        </ul>
      ) : (
        <Typography.Paragraph type="secondary">{m.planNoQuotas}</Typography.Paragraph>
      )}
      {deadline && (
        <Typography.Paragraph type="secondary">
          {m.planDeadline(formatIsoDate(deadline))}
        </Typography.Paragraph>
      )}
    </section>
  );
}

/** The award part of the chosen plan: what the round will copy. */
function PlanAwards({ planId }: { planId: string }) {
  const plan = useCampaignPlan(planId);
  if (plan.isPending) return <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  const awards = plan.data?.content.awards;
  return (
    <AwardsSummary
      forms={(awards?.forms ?? []).map((f) => f.name)}
      quotas={awards?.quotas ?? []}
      deadline={awards?.deadline}
    />
  );
}

/** A campaign round's copy of its plan's forms and quotas (frozen at opening, ADR 0019 §6). */
function RoundAwards({ round }: { round: AwardRoundItem }) {
  return <AwardsSummary forms={round.awardForms} quotas={round.quotas} />;
}
