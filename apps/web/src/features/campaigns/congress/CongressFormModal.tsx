import {
  CONGRESS_LEVEL_RANK,
  CONGRESS_LIMITS as L,
  DEFAULT_YOUTH_MAX_AGE,
  quarterWindow,
  type BalanceCriterion,
  type CongressForm,
  type CongressLevel,
} from '@thidua/shared-domain';
import {
  useCongressActions,
  useCongresses,
  type CampaignPlanDetail,
  type CongressItem,
} from '@thidua/web-data-access';
import { App, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { useGuardedClose } from '../../../shared/forms/discardGuard';
import { blankToNull, requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { UnitSelect } from '../../units/components/UnitSelect';
import { requiredText } from '../editor/fields';
import { congressMessages as m } from './messages';

interface RequirementValues {
  criterion?: BalanceCriterion;
  minShare?: number | null;
  minCount?: number | null;
  maxAge?: number | null;
  sectors?: string[];
}

interface CongressValues {
  name: string;
  level?: CongressLevel;
  form?: CongressForm;
  unitId?: string;
  windowFrom?: string;
  windowTo?: string;
  delegateTarget?: number | null;
  venue?: string;
  duration?: string;
  agenda?: string;
  upperCongressId?: string | null;
  requirements: RequirementValues[];
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** The quarters of the plan's period, to fill the window the way the seed writes it ("Quý II năm 2025"). */
function quarterOptions(plan: CampaignPlanDetail) {
  const from = Number(plan.periodFrom.slice(0, 4));
  const to = Number(plan.periodTo.slice(0, 4));
  const options: { value: string; label: string }[] = [];
  // a plan spans a few years at most (Bến Tre's two); cap the list anyway
  for (let year = from; year <= Math.min(to, from + 5); year++) {
    for (const q of [1, 2, 3, 4] as const) {
      options.push({ value: `${year}-${q}`, label: m.quarterOption(ROMAN[q - 1], year) });
    }
  }
  return options;
}

function toInput(values: CongressValues) {
  const agenda = (values.agenda ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    name: values.name.trim(),
    level: values.level as CongressLevel,
    form: values.form as CongressForm,
    windowFrom: values.windowFrom ?? '',
    windowTo: values.windowTo ?? '',
    delegateTarget: values.delegateTarget ?? null,
    venue: blankToNull(values.venue),
    duration: blankToNull(values.duration),
    // empty: the API fills the seed's nine items
    agenda: agenda.length ? agenda : null,
    upperCongressId: values.upperCongressId ?? null,
    requirements: values.requirements
      .filter((r) => r.criterion)
      .map((r) => ({
        criterion: r.criterion as BalanceCriterion,
        minShare: r.minShare ?? null,
        minCount: r.minCount ?? null,
        maxAge: r.criterion === 'YOUTH' ? (r.maxAge ?? DEFAULT_YOUTH_MAX_AGE) : null,
        sectors: r.criterion === 'SECTOR' ? (r.sectors ?? []) : null,
      })),
  };
}

/**
 * Creates a congress of an issued plan (the host unit: CAMPAIGN_MANAGE there, the API checks) or edits
 * one still planned, with the version it was loaded with.
 */
export function CongressFormModal({
  plan,
  congress,
  onClose,
  reload,
}: {
  plan: CampaignPlanDetail;
  /** null: a new one */
  congress: CongressItem | null;
  onClose: () => void;
  reload?: () => Promise<unknown>;
}) {
  const [form] = Form.useForm<CongressValues>();
  const close = useGuardedClose(form, onClose);
  const actions = useCongressActions();
  const save = useVersionedForm(form, congress ? reload : undefined);
  const { message } = App.useApp();
  const level = Form.useWatch('level', form);
  const criteria = Form.useWatch('requirements', form);
  // a congress sends delegates only to one of a higher rank (the API refuses the others)
  const others = useCongresses({ planId: plan.id, first: 100 });
  const uppers = (others.data?.nodes ?? []).filter(
    (c) =>
      c.id !== congress?.id &&
      (!level || CONGRESS_LEVEL_RANK[c.level] > CONGRESS_LEVEL_RANK[level]),
  );
  const pending = actions.create.isPending || actions.update.isPending;

  const submit = (values: CongressValues) => {
    save.reset();
    const input = toInput(values);
    if (congress) {
      actions.update.mutate(
        { ...input, id: congress.id, version: congress.version },
        {
          onSuccess: () => {
            void message.success(m.saved);
            onClose();
          },
          onError: save.onError,
        },
      );
    } else {
      actions.create.mutate(
        { ...input, planId: plan.id, unitId: values.unitId ?? '' },
        {
          onSuccess: () => {
            void message.success(m.created);
            onClose();
          },
          onError: save.onError,
        },
      );
    }
  };

  return (
    <Modal
      open
      width={760}
      title={congress ? m.editTitle(congress.name) : m.createTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<CongressValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          congress
            ? {
                name: congress.name,
                level: congress.level,
                form: congress.form,
                windowFrom: congress.windowFrom,
                windowTo: congress.windowTo,
                delegateTarget: congress.delegateTarget,
                venue: congress.venue ?? '',
                duration: congress.duration ?? '',
                agenda: congress.agenda.join('\n'),
                upperCongressId: congress.upperCongressId ?? null,
                requirements: congress.requirements.map((r) => ({
                  criterion: r.criterion,
                  minShare: r.minShare,
                  minCount: r.minCount,
                  maxAge: r.maxAge,
                  sectors: r.sectors ?? [],
                })),
              }
            : { name: '', requirements: [] }
        }
        onFinish={submit}
      >
        {save.alert}
        <Form.Item name="name" label={m.name} rules={[requiredText(m.nameWhat)]}>
          <Input maxLength={L.name} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="level" label={m.level} rules={[requiredChoice(m.levelWhat)]}>
              <Select
                options={Object.entries(m.levels).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="form" label={m.form} rules={[requiredChoice(m.formWhat)]}>
              <Select
                options={Object.entries(m.forms).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
          </Col>
        </Row>
        {!congress && (
          <Form.Item name="unitId" label={m.hostUnit} rules={[requiredChoice(m.hostUnitWhat)]}>
            <UnitSelect />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item label={m.quarter}>
              <Select
                aria-label={m.quarter}
                allowClear
                placeholder={m.quarterPlaceholder}
                options={quarterOptions(plan)}
                onChange={(value?: string) => {
                  if (!value) return;
                  const [year, q] = value.split('-').map(Number);
                  const w = quarterWindow(year as number, q as 1 | 2 | 3 | 4);
                  form.setFieldsValue({ windowFrom: w.from, windowTo: w.to });
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="windowFrom"
              label={m.windowFrom}
              rules={[requiredChoice(m.windowFromWhat)]}
            >
              <IsoDatePicker />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="windowTo"
              label={m.windowTo}
              dependencies={['windowFrom']}
              rules={[
                requiredChoice(m.windowToWhat),
                ({ getFieldValue }) => ({
                  validator: (_, value?: string) => {
                    const from = getFieldValue('windowFrom') as string | undefined;
                    return !value || !from || value >= from
                      ? Promise.resolve()
                      : Promise.reject(new Error(m.windowOrder));
                  },
                }),
              ]}
            >
              <IsoDatePicker />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="delegateTarget" label={m.delegateTarget} extra={m.delegateTargetHelp}>
              <InputNumber min={1} max={L.delegateTarget} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="venue" label={m.venue}>
              <Input maxLength={L.venue} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="duration" label={m.duration}>
              <Input maxLength={L.duration} placeholder={m.durationPlaceholder} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="upperCongressId" label={m.upperCongress} extra={m.upperCongressHelp}>
          <Select
            allowClear
            placeholder={m.noUpper}
            loading={others.isPending}
            options={uppers.map((c) => ({
              value: c.id,
              label: `${c.name} — ${c.windowLabel}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="agenda" label={m.agenda} extra={m.agendaHelp}>
          <Input.TextArea rows={4} maxLength={L.agendaItems * (L.agendaItem + 1)} />
        </Form.Item>
        <Form.List name="requirements">
          {(fields, { add, remove }) => (
            <Form.Item label={m.requirements}>
              {fields.map((field) => {
                const criterion = criteria?.[field.name]?.criterion;
                return (
                  <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                    <Form.Item
                      name={[field.name, 'criterion']}
                      rules={[requiredChoice(m.criterionWhat)]}
                    >
                      <Select
                        aria-label={m.criterion}
                        placeholder={m.criterion}
                        style={{ width: 260 }}
                        options={Object.entries(m.criteria).map(([value, label]) => ({
                          value,
                          label,
                        }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'minShare']}>
                      <InputNumber
                        aria-label={m.minShare}
                        placeholder={m.minShare}
                        min={0}
                        max={100}
                        step={0.1}
                        precision={1}
                        style={{ width: 150 }}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'minCount']}>
                      <InputNumber
                        aria-label={m.minCount}
                        placeholder={m.minCount}
                        min={0}
                        max={L.delegates}
                        precision={0}
                        style={{ width: 150 }}
                      />
                    </Form.Item>
                    {criterion === 'YOUTH' && (
                      <Form.Item name={[field.name, 'maxAge']}>
                        <InputNumber
                          aria-label={m.maxAge}
                          placeholder={`${m.maxAge} (${DEFAULT_YOUTH_MAX_AGE})`}
                          min={16}
                          max={60}
                          precision={0}
                          style={{ width: 150 }}
                        />
                      </Form.Item>
                    )}
                    {criterion === 'SECTOR' && (
                      <Form.Item name={[field.name, 'sectors']}>
                        <Select
                          mode="tags"
                          aria-label={m.sectors}
                          placeholder={m.sectorsPlaceholder}
                          maxCount={L.sectors}
                          style={{ width: 320 }}
                          open={false}
                        />
                      </Form.Item>
                    )}
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={m.removeRequirement}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                );
              })}
              {fields.length < L.requirements && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  {m.addRequirement}
                </Button>
              )}
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
