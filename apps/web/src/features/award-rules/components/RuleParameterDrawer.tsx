import { ALL_RULE_PARAMETER_KEYS, RULE_PARAMETERS } from '@thidua/shared-domain';
import { FormActions } from '@thidua/web-ui';
import {
  useCreateRuleParameter,
  useUpdateRuleParameter,
  type RuleConfidence,
  type RuleParameterItem,
  type RuleParameterKey,
} from '@thidua/web-data-access';
import { App, Button, Drawer, Flex, Form, Input, InputNumber, Select } from 'antd';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { blankToNull, requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { LegalDocumentSelect } from '../../legal/components/LegalDocumentSelect';

interface Values {
  key?: RuleParameterKey;
  /** shares are typed as percents (70 = 70%) */
  value?: number;
  legalDocumentId?: string;
  article?: string;
  effectiveFrom?: string;
  effectiveTo?: string | null;
  confidence: RuleConfidence;
  note?: string;
}

/**
 * A new value of a parameter (`parameter` null), nationally or as the chosen province's own, or a
 * correction of one. A new value closes the one in force the day before it starts (the API).
 */
export function RuleParameterDrawer({
  open,
  parameter,
  parameterKey,
  province,
  onClose,
}: {
  open: boolean;
  parameter: RuleParameterItem | null;
  parameterKey: RuleParameterKey | null;
  province: { id: string; name: string } | null;
  onClose: () => void;
}) {
  const guard = useDiscardGuard(onClose);
  const r = t.awardRules;
  const title = parameter
    ? r.parameterTitleEdit
    : province
      ? r.addOverride(province.name)
      : r.parameterTitleNew;
  return (
    <Drawer open={open} onClose={guard.close} title={title} size={560} destroyOnHidden>
      <DiscardGuardScope guard={guard}>
        {open && (
          <ParameterForm
            key={parameter?.version ?? 'new'}
            parameter={parameter}
            parameterKey={parameterKey}
            province={province}
            onDone={onClose}
          />
        )}
      </DiscardGuardScope>
    </Drawer>
  );
}

function ParameterForm({
  parameter,
  parameterKey,
  province,
  onDone,
}: {
  parameter: RuleParameterItem | null;
  parameterKey: RuleParameterKey | null;
  province: { id: string; name: string } | null;
  onDone: () => void;
}) {
  const r = t.awardRules;
  const [form] = Form.useForm<Values>();
  const cancel = useGuardedForm(form) ?? onDone;
  const create = useCreateRuleParameter();
  const update = useUpdateRuleParameter();
  const save = useVersionedForm(form, undefined);
  const { message } = App.useApp();
  const pending = create.isPending || update.isPending;
  const key = Form.useWatch('key', form) ?? parameter?.key ?? parameterKey ?? undefined;
  const isShare = key ? RULE_PARAMETERS[key].unit === 'SHARE' : false;

  const submit = (v: Values) => {
    save.reset();
    const k = (parameter?.key ?? v.key) as RuleParameterKey;
    const share = RULE_PARAMETERS[k].unit === 'SHARE';
    const fields = {
      value: share ? (v.value ?? 0) / 100 : (v.value ?? 0),
      legalDocumentId: v.legalDocumentId ?? null,
      article: blankToNull(v.article ?? null),
      effectiveFrom: v.effectiveFrom ?? '',
      effectiveTo: v.effectiveTo ?? null,
      confidence: v.confidence,
      note: blankToNull(v.note ?? null),
    };
    const handlers = {
      onSuccess: () => {
        void message.success(r.parameterSaved);
        onDone();
      },
      onError: save.onError,
    };
    if (parameter)
      update.mutate({ id: parameter.id, version: parameter.version, ...fields }, handlers);
    else create.mutate({ key: k, provinceUnitId: province?.id ?? null, ...fields }, handlers);
  };

  const initialShare = parameter && parameter.unit === 'SHARE';
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={pending}
      initialValues={
        parameter
          ? {
              key: parameter.key,
              value: initialShare ? Math.round(parameter.value * 1000) / 10 : parameter.value,
              legalDocumentId: parameter.legalDocument?.id,
              article: parameter.article ?? '',
              effectiveFrom: parameter.effectiveFrom,
              effectiveTo: parameter.effectiveTo,
              confidence: parameter.confidence,
              note: parameter.note ?? '',
            }
          : { key: parameterKey ?? undefined, confidence: 'H' }
      }
    >
      {save.alert}
      {province && !parameter && <p>{r.parameterScopeProvince(province.name)}</p>}
      <Form.Item name="key" label={r.parameterKey} rules={[requiredChoice(r.parameterKeyWhat)]}>
        <Select<RuleParameterKey>
          disabled={Boolean(parameter)}
          options={ALL_RULE_PARAMETER_KEYS.map((value) => ({
            value,
            label: r.parameterLabels[value],
          }))}
        />
      </Form.Item>
      <Form.Item
        name="value"
        label={r.parameterValue}
        extra={r.parameterValueHelp}
        rules={[requiredChoice(r.parameterValueWhat)]}
      >
        <InputNumber
          min={0}
          max={isShare ? 100 : undefined}
          style={{ width: 240 }}
          suffix={isShare ? '%' : 'đ'}
        />
      </Form.Item>
      <Form.Item name="legalDocumentId" label={r.legalDocument}>
        <LegalDocumentSelect aria-label={r.legalDocument} />
      </Form.Item>
      <Form.Item name="article" label={r.article}>
        <Input />
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
      <Form.Item name="confidence" label={r.confidence}>
        <Select<RuleConfidence>
          options={(Object.keys(r.confidences) as RuleConfidence[]).map((value) => ({
            value,
            label: r.confidences[value],
          }))}
        />
      </Form.Item>
      <Form.Item name="note" label={r.note}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <FormActions>
        <Button onClick={cancel}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={pending}>
          {parameter ? t.common.saveChanges : r.addParameter}
        </Button>
      </FormActions>
    </Form>
  );
}
