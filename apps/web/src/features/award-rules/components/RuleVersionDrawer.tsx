import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  ALL_RULE_PARAMETER_KEYS,
  type AwardSubject,
  type AwardTrack,
  type ConditionType,
} from '@thidua/shared-domain';
import { FormActions } from '@thidua/web-ui';
import {
  useCreateAwardRuleVersion,
  useUpdateAwardRuleVersion,
  type AwardConditionInput,
  type AwardKindWithRules,
  type AwardRuleVersionItem,
} from '@thidua/web-data-access';
import {
  App,
  Button,
  Card,
  Checkbox,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Typography,
} from 'antd';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { blankToNull, required, requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { LegalDocumentSelect } from '../../legal/components/LegalDocumentSelect';

type Confidence = 'H' | 'M' | 'L';
type Level = AwardKindWithRules['level'];

interface StoredCondition {
  type: ConditionType;
  confidence: Confidence;
  article?: string | null;
  subjects?: AwardSubject[] | null;
  floor?: string | null;
  years?: number | null;
  award?: string | null;
  count?: number | null;
  scope?: string | null;
  min?: number | null;
  minParameter?: string | null;
  text?: string | null;
  conditions?: StoredCondition[] | null;
}

interface Values {
  track: AwardTrack;
  legalDocumentId?: string;
  effectiveFrom?: string;
  effectiveTo?: string | null;
  decidedBy: { text: string; level: Level; confidence: Confidence };
  conditions: (StoredCondition & { minPercent?: number | null })[];
  vote: { required: boolean; percent?: number | null; confidence: Confidence };
  publicNotice: { required: boolean; workingDays?: number | null; confidence: Confidence };
  dossier: { document: string; form?: string | null; confidence: Confidence }[];
  rewards: { subject: AwardSubject; multiplier?: number | null; confidence: Confidence }[];
  note?: string;
}

const INPUT_FIELDS = [
  'type',
  'confidence',
  'article',
  'subjects',
  'floor',
  'years',
  'award',
  'count',
  'scope',
  'min',
  'minParameter',
  'text',
] as const;

/** A condition as the API takes it: the output's sentence and flags dropped, children kept. */
export function toConditionInput(c: StoredCondition): AwardConditionInput {
  const out: Record<string, unknown> = {};
  for (const k of INPUT_FIELDS) {
    const v = c[k];
    if (v !== null && v !== undefined && v !== '') out[k] = v;
  }
  if (c.conditions?.length) out['conditions'] = c.conditions.map(toConditionInput);
  return out as unknown as AwardConditionInput;
}

const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? null : Math.round(share * 1000) / 10;
const share = (pct: number | null | undefined) =>
  pct === null || pct === undefined ? null : pct / 100;

const options = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/**
 * Adds a version of an award's rule (`version` null: from the one shown, or empty) or edits one. The
 * top-level conditions are edited field by field; the children of "một trong"/"tất cả" are kept as
 * they are (their sentences are shown).
 */
export function RuleVersionDrawer({
  open,
  kind,
  version,
  template,
  provinceUnitId,
  kinds,
  onClose,
}: {
  open: boolean;
  kind: AwardKindWithRules | null;
  /** the version edited; null: a new one */
  version: AwardRuleVersionItem | null;
  /** what a new version starts from (the one in force) */
  template: AwardRuleVersionItem | null;
  provinceUnitId: string | null;
  kinds: readonly AwardKindWithRules[];
  onClose: () => void;
}) {
  const guard = useDiscardGuard(onClose);
  const r = t.awardRules;
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={kind ? (version ? r.versionTitleEdit(kind.name) : r.versionTitleNew(kind.name)) : ''}
      size={760}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open && kind && (
          <RuleVersionForm
            key={version?.version ?? 'new'}
            kind={kind}
            version={version}
            template={template}
            provinceUnitId={provinceUnitId}
            kinds={kinds}
            onDone={onClose}
          />
        )}
      </DiscardGuardScope>
    </Drawer>
  );
}

function RuleVersionForm({
  kind,
  version,
  template,
  provinceUnitId,
  kinds,
  onDone,
}: {
  kind: AwardKindWithRules;
  version: AwardRuleVersionItem | null;
  template: AwardRuleVersionItem | null;
  provinceUnitId: string | null;
  kinds: readonly AwardKindWithRules[];
  onDone: () => void;
}) {
  const r = t.awardRules;
  const [form] = Form.useForm<Values>();
  const cancel = useGuardedForm(form) ?? onDone;
  const create = useCreateAwardRuleVersion();
  const update = useUpdateAwardRuleVersion();
  const save = useVersionedForm(form, undefined);
  const { message } = App.useApp();
  const pending = create.isPending || update.isPending;
  const from = version ?? template;

  const initial: Partial<Values> = {
    track: version?.track ?? template?.track ?? kind.tracks[0] ?? 'CONG_TRANG',
    legalDocumentId: version?.legalDocument.id,
    effectiveFrom: version?.effectiveFrom,
    effectiveTo: version?.effectiveTo ?? null,
    decidedBy: from
      ? {
          text: from.decidedBy.text,
          level: from.decidedBy.level,
          confidence: from.decidedBy.confidence,
        }
      : { text: '', level: kind.level, confidence: 'H' },
    conditions: (from?.conditions ?? []).map((c) => ({
      ...(toConditionInput(c as StoredCondition) as StoredCondition),
      minPercent: percent(c.min),
    })),
    vote: {
      required: from?.vote.required ?? false,
      percent: percent(from?.vote.thresholdOfMembership),
      confidence: from?.vote.confidence ?? 'H',
    },
    publicNotice: {
      required: from?.publicNotice.required ?? false,
      workingDays: from?.publicNotice.workingDays ?? null,
      confidence: from?.publicNotice.confidence ?? 'H',
    },
    dossier: (from?.dossier ?? []).map((d) => ({
      document: d.document,
      form: d.form,
      confidence: d.confidence,
    })),
    rewards: (from?.rewards ?? []).map((w) => ({
      subject: w.subject,
      multiplier: w.multiplier,
      confidence: w.confidence,
    })),
    note: from?.note ?? '',
  };

  const submit = () => {
    save.reset();
    // the whole store: nested conditions are kept without a field of their own
    const v = form.getFieldsValue(true) as Values;
    const content = {
      decidedBy: { ...v.decidedBy, text: v.decidedBy.text.trim() },
      conditions: v.conditions.map(({ minPercent, ...c }) =>
        toConditionInput({ ...c, min: c.minParameter ? null : share(minPercent) }),
      ),
      vote: {
        required: v.vote.required,
        thresholdOfMembership: v.vote.required ? share(v.vote.percent) : null,
        confidence: v.vote.confidence,
      },
      publicNotice: {
        required: v.publicNotice.required,
        workingDays: v.publicNotice.required ? (v.publicNotice.workingDays ?? null) : null,
        confidence: v.publicNotice.confidence,
      },
      dossier: v.dossier.map((d) => ({ ...d, form: blankToNull(d.form ?? null) })),
      rewards: v.rewards.map((w) => ({ ...w, multiplier: w.multiplier ?? null })),
      note: blankToNull(v.note ?? null),
    };
    const head = {
      legalDocumentId: v.legalDocumentId ?? '',
      effectiveFrom: v.effectiveFrom ?? '',
      effectiveTo: v.effectiveTo ?? null,
      content,
    };
    const handlers = {
      onSuccess: () => {
        void message.success(version ? r.versionUpdated : r.versionCreated);
        onDone();
      },
      onError: save.onError,
    };
    if (version) update.mutate({ id: version.id, version: version.version, ...head }, handlers);
    else create.mutate({ awardCode: kind.code, track: v.track, provinceUnitId, ...head }, handlers);
  };

  const confidence = (name: (string | number)[]) => (
    <Form.Item name={name} label={r.confidence} style={{ minWidth: 180 }}>
      <Select<Confidence> options={options(r.confidences)} />
    </Form.Item>
  );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={pending}
      initialValues={initial}
    >
      {save.alert}
      <Form.Item name="track" label={r.track} rules={[requiredChoice(r.track)]}>
        <Select<AwardTrack>
          disabled={Boolean(version)}
          options={kind.tracks.map((value) => ({ value, label: r.tracks[value] }))}
        />
      </Form.Item>
      <Form.Item
        name="legalDocumentId"
        label={r.legalDocument}
        rules={[requiredChoice(r.legalDocumentWhat)]}
      >
        <LegalDocumentSelect aria-label={r.legalDocument} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item
          name="effectiveFrom"
          label={r.effectiveFrom}
          rules={[requiredChoice(r.effectiveFromWhat)]}
        >
          <IsoDatePicker />
        </Form.Item>
        <Form.Item name="effectiveTo" label={r.effectiveTo} extra={r.effectiveToHelp}>
          <IsoDatePicker allowClear />
        </Form.Item>
      </Flex>

      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {r.decidedBy}
      </Typography.Title>
      <Form.Item
        name={['decidedBy', 'text']}
        label={r.decidedByText}
        rules={[required(r.decidedByWhat)]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name={['decidedBy', 'level']} label={r.level} style={{ minWidth: 260 }}>
          <Select<Level> options={options(r.levels)} />
        </Form.Item>
        {confidence(['decidedBy', 'confidence'])}
      </Flex>

      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {r.conditions}
      </Typography.Title>
      <Form.List name="conditions">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => (
              <ConditionFields
                key={field.key}
                name={field.name}
                kinds={kinds}
                onRemove={() => remove(field.name)}
              />
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ type: 'MANUAL', confidence: 'H', text: '' })}
            >
              {r.addCondition}
            </Button>
          </Flex>
        )}
      </Form.List>

      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
        {r.vote} · {r.publicNotice}
      </Typography.Title>
      <Flex gap={16} wrap align="flex-end">
        <Form.Item name={['vote', 'required']} valuePropName="checked">
          <Checkbox>{r.voteRequiredLabel}</Checkbox>
        </Form.Item>
        <Form.Item name={['vote', 'percent']} label={r.voteThreshold}>
          <InputNumber min={1} max={100} />
        </Form.Item>
        {confidence(['vote', 'confidence'])}
      </Flex>
      <Flex gap={16} wrap align="flex-end">
        <Form.Item name={['publicNotice', 'required']} valuePropName="checked">
          <Checkbox>{r.noticeRequiredLabel}</Checkbox>
        </Form.Item>
        <Form.Item name={['publicNotice', 'workingDays']} label={r.noticeDays}>
          <InputNumber min={1} max={365} />
        </Form.Item>
        {confidence(['publicNotice', 'confidence'])}
      </Flex>

      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {r.dossier}
      </Typography.Title>
      <Form.List name="dossier">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="flex-start" wrap>
                <Form.Item
                  name={[field.name, 'document']}
                  label={r.document}
                  rules={[required(r.document)]}
                  style={{ flex: 1, minWidth: 260 }}
                >
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, 'form']} label={r.form}>
                  <Input style={{ width: 120 }} />
                </Form.Item>
                {confidence([field.name, 'confidence'])}
                <Button
                  aria-label={r.remove}
                  icon={<MinusCircleOutlined aria-hidden />}
                  onClick={() => remove(field.name)}
                  style={{ marginTop: 30 }}
                />
              </Flex>
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ document: '', confidence: 'H' })}
            >
              {r.addDocument}
            </Button>
          </Flex>
        )}
      </Form.List>

      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
        {r.rewards}
      </Typography.Title>
      <Form.List name="rewards">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="flex-start" wrap>
                <Form.Item name={[field.name, 'subject']} label={r.subject}>
                  <Select<AwardSubject> style={{ width: 160 }} options={options(r.subjects)} />
                </Form.Item>
                <Form.Item name={[field.name, 'multiplier']} label={r.multiplierLabel}>
                  <InputNumber min={0} max={1000} step={0.1} />
                </Form.Item>
                {confidence([field.name, 'confidence'])}
                <Button
                  aria-label={r.remove}
                  icon={<MinusCircleOutlined aria-hidden />}
                  onClick={() => remove(field.name)}
                  style={{ marginTop: 30 }}
                />
              </Flex>
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ subject: 'INDIVIDUAL', confidence: 'H' })}
            >
              {r.addReward}
            </Button>
          </Flex>
        )}
      </Form.List>

      <Form.Item name="note" label={r.note} style={{ marginTop: 16 }}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <FormActions>
        <Button onClick={cancel}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={pending}>
          {version ? t.common.saveChanges : r.addVersion}
        </Button>
      </FormActions>
    </Form>
  );
}

/** One top-level condition: its type, then the fields that type reads. */
function ConditionFields({
  name,
  kinds,
  onRemove,
}: {
  name: number;
  kinds: readonly AwardKindWithRules[];
  onRemove: () => void;
}) {
  const r = t.awardRules;
  const form = Form.useFormInstance<Values>();
  const type = Form.useWatch(['conditions', name, 'type'], form) as ConditionType | undefined;
  const children = form.getFieldValue(['conditions', name, 'conditions']) as
    StoredCondition[] | undefined;
  const awardOptions = kinds.map((k) => ({ value: k.code, label: k.name }));
  const has = (...types: ConditionType[]) => type !== undefined && types.includes(type);
  return (
    <Card size="small">
      <Flex gap={8} wrap align="flex-start">
        <Form.Item name={[name, 'type']} label={r.conditionType} style={{ minWidth: 240 }}>
          <Select<ConditionType> options={options(r.conditionTypes)} />
        </Form.Item>
        {has('EVALUATION') && (
          <Form.Item name={[name, 'floor']} label={r.floor} rules={[requiredChoice(r.floor)]}>
            <Select style={{ width: 240 }} options={options(r.grades)} />
          </Form.Item>
        )}
        {has(
          'TITLE_IN_YEAR',
          'TITLE_STREAK',
          'TITLE_COUNT',
          'MEMBERS_TITLE_SHARE',
          'MEMBERS_WITH_TITLE',
        ) && (
          <Form.Item name={[name, 'award']} label={r.award} rules={[requiredChoice(r.award)]}>
            <Select style={{ width: 260 }} showSearch options={awardOptions} />
          </Form.Item>
        )}
        {has('EVALUATION', 'TITLE_STREAK', 'TITLE_COUNT') && (
          <Form.Item name={[name, 'years']} label={r.years}>
            <InputNumber min={1} max={20} />
          </Form.Item>
        )}
        {has('TITLE_COUNT', 'INITIATIVE', 'MEMBERS_WITH_TITLE') && (
          <Form.Item name={[name, 'count']} label={r.count}>
            <InputNumber min={1} max={1000} />
          </Form.Item>
        )}
        {has('INITIATIVE') && (
          <Form.Item name={[name, 'scope']} label={r.scope} rules={[requiredChoice(r.scope)]}>
            <Select style={{ width: 200 }} options={options(r.scopes)} />
          </Form.Item>
        )}
        {has('MEMBERS_COMPLETING_SHARE', 'MEMBERS_TITLE_SHARE') && (
          <>
            <Form.Item name={[name, 'minPercent']} label={r.min}>
              <InputNumber min={1} max={100} />
            </Form.Item>
            <Form.Item name={[name, 'minParameter']} label={r.minParameter}>
              <Select
                allowClear
                style={{ width: 280 }}
                options={ALL_RULE_PARAMETER_KEYS.map((value) => ({
                  value,
                  label: r.parameterLabels[value],
                }))}
              />
            </Form.Item>
          </>
        )}
        <Form.Item name={[name, 'confidence']} label={r.confidence}>
          <Select style={{ width: 200 }} options={options(r.confidences)} />
        </Form.Item>
        <Button
          aria-label={r.removeCondition}
          icon={<MinusCircleOutlined aria-hidden />}
          onClick={onRemove}
          style={{ marginTop: 30 }}
        />
      </Flex>
      {has('MANUAL') && (
        <Form.Item name={[name, 'text']} label={r.text} rules={[required(r.text)]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      <Form.Item name={[name, 'article']} label={r.article}>
        <Input />
      </Form.Item>
      {has('ANY_OF', 'ALL_OF') && children && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {r.nestedKept} ({children.length})
        </Typography.Paragraph>
      )}
    </Card>
  );
}
