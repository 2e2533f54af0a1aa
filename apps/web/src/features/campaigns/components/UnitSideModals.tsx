import { CAMPAIGN_REGISTRATION_LIMITS as R } from '@thidua/shared-domain';
import { useDebouncedValue } from '@thidua/web-ui';
import {
  useCampaignRegistrationActions,
  useCampaignReviewActions,
  usePeople,
  type CampaignPlanDetail,
  type CampaignRegistrantKind,
  type CampaignReviewKind,
} from '@thidua/web-data-access';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { useGuardedClose } from '../../../shared/forms/discardGuard';
import { blankToNull, requiredChoice } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { UnitSelect } from '../../units/components/UnitSelect';
import { requiredText } from '../editor/fields';

/** A person of `unitId` (and the units below it), found by what the user types. */
function PersonSelect({
  id,
  value,
  onChange,
  unitId,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  unitId?: string;
}) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const people = usePeople({ first: 20, search: debounced, unitId }, Boolean(unitId));
  return (
    <Select
      id={id}
      allowClear
      value={value}
      onChange={onChange}
      disabled={!unitId}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={people.isFetching}
      placeholder={t.campaigns.registerPersonPlaceholder}
      options={(people.data?.nodes ?? []).map((p) => ({
        value: p.id,
        label: p.code ? `${p.fullName} (${p.code})` : p.fullName,
      }))}
    />
  );
}

interface RegistrationValues {
  unitId?: string;
  kind: CampaignRegistrantKind;
  personId?: string;
  titles: string[];
  commitments?: string;
}

/**
 * Đăng ký thi đua of an addressed unit: the unit itself or one of its people, the titles aimed for
 * (offered from the plan's award forms) and the pledge. Saved as a draft; sent from the list.
 */
export function RegisterModal({
  plan,
  onClose,
}: {
  plan: CampaignPlanDetail;
  onClose: () => void;
}) {
  const c = t.campaigns;
  const [form] = Form.useForm<RegistrationValues>();
  const close = useGuardedClose(form, onClose);
  const actions = useCampaignRegistrationActions(plan.id);
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form);
  const unitId = Form.useWatch('unitId', form);
  const suggestions = (plan.content.awards?.forms ?? []).map((f) => f.name);

  return (
    <Modal
      open
      title={c.registerTitle}
      okText={c.registerOk}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={actions.create.isPending}
      destroyOnHidden
    >
      <Form<RegistrationValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'UNIT', titles: [] }}
        onFinish={(values) =>
          actions.create.mutate(
            {
              planId: plan.id,
              unitId: values.unitId ?? '',
              kind: values.kind,
              personId: values.kind === 'PERSON' ? (values.personId ?? null) : null,
              titles: values.titles.map((name) => ({ name: name.trim() })).filter((x) => x.name),
              commitments: blankToNull(values.commitments),
            },
            {
              onSuccess: () => {
                void message.success(c.registered);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="unitId"
          label={c.registerUnit}
          extra={c.registerUnitHelp}
          rules={[requiredChoice(c.registerUnitWhat)]}
        >
          <UnitSelect />
        </Form.Item>
        <Form.Item name="kind" label={c.registerKind}>
          <Radio.Group
            optionType="button"
            options={(['UNIT', 'PERSON'] as const).map((k) => ({
              value: k,
              label: c.registrantKinds[k],
            }))}
          />
        </Form.Item>
        {kind === 'PERSON' && (
          <Form.Item
            name="personId"
            label={c.registerPerson}
            rules={[requiredChoice(c.registerPersonWhat)]}
          >
            <PersonSelect unitId={unitId} />
          </Form.Item>
        )}
        <Form.Item
          name="titles"
          label={c.registerTitles}
          extra={c.registerTitlesHelp}
          rules={
            kind === 'PERSON'
              ? [
                  {
                    required: true,
                    type: 'array',
                    min: 1,
                    message: t.validation.requiredChoice(c.registerTitlesWhat),
                  },
                ]
              : []
          }
        >
          <Select
            mode="tags"
            maxCount={R.titles}
            options={suggestions.map((name) => ({ value: name, label: name }))}
          />
        </Form.Item>
        <Form.Item name="commitments" label={c.commitments}>
          <Input.TextArea rows={4} maxLength={R.commitments} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ReviewValues {
  unitId?: string;
  report: string;
  figures: { achieved?: string; note?: string }[];
}

/**
 * A unit's sơ kết / tổng kết report: the text and, for each of the plan's targets, what was achieved.
 * Saved as a draft; sent from the list (attachments are added to a saved report).
 */
export function ReviewModal({
  plan,
  kind,
  onClose,
}: {
  plan: CampaignPlanDetail;
  kind: CampaignReviewKind;
  onClose: () => void;
}) {
  const c = t.campaigns;
  const [form] = Form.useForm<ReviewValues>();
  const close = useGuardedClose(form, onClose);
  const actions = useCampaignReviewActions(plan.id);
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const targets = plan.content.targets ?? [];
  const stage = c.reviewKinds[kind] ?? kind;

  return (
    <Modal
      open
      width={720}
      title={c.reviewTitle(stage)}
      okText={c.reviewOk}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={actions.create.isPending}
      destroyOnHidden
    >
      <Form<ReviewValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ report: '', figures: targets.map(() => ({})) }}
        onFinish={(values) =>
          actions.create.mutate(
            {
              planId: plan.id,
              unitId: values.unitId ?? '',
              kind,
              report: values.report.trim(),
              figures: values.figures.flatMap((f, targetIndex) =>
                f.achieved?.trim()
                  ? [{ targetIndex, achieved: f.achieved.trim(), note: blankToNull(f.note) }]
                  : [],
              ),
            },
            {
              onSuccess: () => {
                void message.success(c.reviewSaved);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item name="unitId" label={c.reviewUnit} rules={[requiredChoice(c.registerUnitWhat)]}>
          <UnitSelect />
        </Form.Item>
        <Form.Item name="report" label={c.reviewReport} rules={[requiredText(c.reviewReportWhat)]}>
          <Input.TextArea rows={6} maxLength={R.report} />
        </Form.Item>
        {targets.map((target, i) => (
          <Form.Item
            key={i}
            name={['figures', i, 'achieved']}
            label={c.reviewFigure(
              `${target.indicator} (${target.target}${target.unit ? ` ${target.unit}` : ''})`,
            )}
          >
            <Input maxLength={R.figureValue} placeholder={c.reviewFigurePlaceholder} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
