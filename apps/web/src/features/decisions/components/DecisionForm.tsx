import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { SIGNING_AUTHORITIES, type SigningAuthority } from '@thidua/shared-domain';
import {
  useUpdateAwardDecision,
  type AwardDecisionDetail,
  type UpdateAwardDecisionInput,
} from '@thidua/web-data-access';
import { App, Button, Col, Divider, Flex, Form, Input, Row, Select } from 'antd';
import type { FormRule } from 'antd';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { blankToNull, required } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { decisionsMessages as m } from '../messages';
import { editInputOf } from './edit-input';

/**
 * The API's bounds of a decision's parts (award-decision.limits.ts DECISION_LIMITS): a line 500
 * characters, Điều 1 2,000, căn cứ 20 lines, thi hành 20, nơi nhận 40, quyền hạn ký 3.
 */
const L = { line: 500, text: 2_000, bases: 20, executors: 20, receivers: 40, signingLines: 3 };

interface Values {
  subject: string;
  authority: string;
  achievement: string;
  /** one căn cứ a line, as the list of lines the API takes */
  bases: string;
  councilBody: string;
  councilDate: string | null;
  proposalBy: string;
  proposalReference: string;
  rewardFunding: string;
  rewardBasis: string;
  executors: string;
  receivers: string;
  archive: string;
  place: string;
  signingLines: { authority?: SigningAuthority; of?: string }[];
  signerTitle: string;
  signerName: string;
}

const toLines = (text: string | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** At most `max` lines of at most 500 characters each, in the API's words. */
const linesRule = (label: string, max: number): FormRule => ({
  validator: async (_rule, value: unknown) => {
    const lines = toLines(typeof value === 'string' ? value : '');
    if (lines.length > max) throw new Error(m.linesTooMany(label, max));
    if (lines.some((l) => l.length > L.line)) throw new Error(m.lineTooLong(label, L.line));
  },
});

const AUTHORITY_OPTIONS = (Object.keys(SIGNING_AUTHORITIES) as SigningAuthority[]).map((a) => ({
  value: a,
  label: SIGNING_AUTHORITIES[a],
}));

function valuesOf(d: AwardDecisionDetail): Values {
  return {
    subject: d.subject,
    authority: d.authority,
    achievement: d.achievement,
    bases: d.bases.join('\n'),
    councilBody: d.councilMinutes?.body ?? '',
    councilDate: d.councilMinutes?.date ?? null,
    proposalBy: d.proposal?.by ?? '',
    proposalReference: d.proposal?.reference ?? '',
    rewardFunding: d.rewardFunding ?? '',
    rewardBasis: d.rewardBasis ?? '',
    executors: d.executors.join('\n'),
    receivers: d.receivers.join('\n'),
    archive: d.archive,
    place: d.place,
    signingLines: d.signer.on.map((o) => ({
      authority: o.authority as SigningAuthority,
      of: o.of,
    })),
    signerTitle: d.signer.title,
    signerName: d.signer.name,
  };
}

/** The form's values as the API's update, the recipients untouched. */
export function inputOf(d: AwardDecisionDetail, v: Values): UpdateAwardDecisionInput {
  const councilBody = blankToNull(v.councilBody);
  const by = blankToNull(v.proposalBy);
  const reference = blankToNull(v.proposalReference);
  return editInputOf(d, {
    subject: v.subject.trim(),
    authority: v.authority.trim(),
    achievement: v.achievement.trim(),
    bases: toLines(v.bases),
    councilMinutes: councilBody ? { body: councilBody, date: v.councilDate ?? null } : null,
    proposal: by && reference ? { by, reference } : null,
    rewardFunding: blankToNull(v.rewardFunding),
    rewardBasis: blankToNull(v.rewardBasis),
    executors: toLines(v.executors),
    receivers: toLines(v.receivers),
    archive: v.archive.trim(),
    place: v.place.trim(),
    signer: {
      on: (v.signingLines ?? [])
        .filter((l) => l.authority && l.of?.trim())
        .map((l) => ({ authority: l.authority as SigningAuthority, of: (l.of ?? '').trim() })),
      title: (v.signerTitle ?? '').trim(),
      name: (v.signerName ?? '').trim(),
    },
  });
}

/**
 * The draft's editable parts (NĐ 30/2020 layout: trích yếu, thẩm quyền, căn cứ, biên bản Hội đồng,
 * tờ trình, Điều 1–3, nơi nhận, người ký), saved at the version read: someone else's save in between
 * shows the conflict with its reload. Keyed by the decision's version by its caller, so a reload or
 * another change (a multiplier, a removal) starts it over from the new decision.
 */
export function DecisionForm({
  decision,
  reload,
}: {
  decision: AwardDecisionDetail;
  reload: () => Promise<unknown>;
}) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateAwardDecision();
  const save = useVersionedForm(form, reload);
  const { message } = App.useApp();

  const submit = (values: Values) => {
    save.reset();
    update.mutate(inputOf(decision, values), {
      onSuccess: () => void message.success(m.saved),
      onError: save.onError,
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={update.isPending}
      initialValues={valuesOf(decision)}
    >
      {save.alert}
      <Form.Item name="subject" label={m.subject} rules={[required(m.subjectWhat)]}>
        <Input.TextArea rows={2} maxLength={L.line} />
      </Form.Item>
      <Form.Item
        name="authority"
        label={m.authority}
        extra={m.authorityHelp}
        rules={[required(m.authorityWhat)]}
      >
        <Input maxLength={L.line} />
      </Form.Item>
      <Form.Item
        name="bases"
        label={m.bases}
        extra={m.basesHelp}
        rules={[linesRule(m.bases, L.bases)]}
      >
        <Input.TextArea rows={4} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="councilBody" label={m.councilBody} extra={m.councilBodyHelp}>
            <Input maxLength={L.line} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="councilDate" label={m.councilDate}>
            <IsoDatePicker allowClear />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="proposalBy" label={m.proposalBy} extra={m.proposalByHelp}>
            <Input maxLength={L.line} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="proposalReference"
            label={m.proposalReference}
            extra={m.proposalReferenceHelp}
          >
            <Input maxLength={L.line} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="achievement" label={m.achievement} rules={[required(m.achievementWhat)]}>
        <Input.TextArea rows={3} maxLength={L.text} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="rewardFunding" label={m.rewardFunding} extra={m.rewardFundingHelp}>
            <Input maxLength={L.line} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="rewardBasis" label={m.rewardBasis}>
            <Input maxLength={L.line} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="executors"
            label={m.executors}
            extra={m.linesHelp}
            rules={[linesRule(m.executors, L.executors)]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="receivers"
            label={m.receivers}
            extra={m.linesHelp}
            rules={[linesRule(m.receivers, L.receivers)]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="archive" label={m.archive} rules={[required(m.archiveWhat)]}>
            <Input maxLength={L.line} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="place" label={m.place} rules={[required(m.placeWhat)]}>
            <Input maxLength={L.line} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{m.signerTitle}</Divider>
      <Form.Item label={m.signingLines} extra={m.signingLinesHelp}>
        <Form.List name="signingLines">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start">
                  <Form.Item name={[field.name, 'authority']} noStyle>
                    <Select
                      aria-label={`${m.signingAuthority} ${index + 1}`}
                      options={AUTHORITY_OPTIONS}
                      style={{ width: 200 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'of']} noStyle>
                    <Input
                      aria-label={`${m.signingOf} ${index + 1}`}
                      placeholder={m.signingOf}
                      maxLength={L.line}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={m.removeSigningLine(index + 1)}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              {fields.length < L.signingLines && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ authority: 'TM', of: '' })}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {m.addSigningLine}
                </Button>
              )}
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="signerTitle" label={m.signerPosition} extra={m.signerHelp}>
            <Input maxLength={L.line} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="signerName" label={m.signerName}>
            <Input maxLength={L.line} />
          </Form.Item>
        </Col>
      </Row>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t.common.saveChanges}
        </Button>
      </Flex>
    </Form>
  );
}
