import { AWARD_DOSSIER_LIMITS as L } from '@thidua/shared-domain';
import type { AwardDossierDetail, AwardDossierMove } from '@thidua/web-data-access';
import { Alert, Divider, Form, Input, Modal, Radio, Typography } from 'antd';

import { t } from '../../../i18n';
import { useGuardedClose } from '../../../shared/forms/discardGuard';
import { blankToNull, required, requiredChoice } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { awardsMessages as m } from '../messages';
import { AppraisalChecklist, checklistAnswers, type ChecklistValue } from './AppraisalChecklist';

type Send = (move: AwardDossierMove) => Promise<unknown>;

/** An item a return may remark on: a nominee or a document, named as the officer reads it. */
export interface RemarkItem {
  key: string;
  nominationId?: string;
  documentId?: string;
  label: string;
}

/** The nominees, then the documents (each with its nominee's name), as the return dialog lists them. */
export function remarkItems(dossier: AwardDossierDetail): RemarkItem[] {
  const names = new Map(dossier.nominees.map((n) => [n.id, n.name]));
  return [
    ...dossier.nominees.map((n) => ({ key: `n-${n.id}`, nominationId: n.id, label: n.name })),
    ...dossier.documents.map((d) => {
      const kind = m.documentKinds[d.kind] ?? d.kind;
      const nominee = d.nominationId ? (names.get(d.nominationId) ?? null) : null;
      const label = m.documentLabel(kind, nominee);
      return {
        key: `d-${d.id}`,
        documentId: d.id,
        label: d.kind === 'OTHER' && d.fileName ? `${label}: ${d.fileName}` : label,
      };
    }),
  ];
}

interface ReturnValues {
  reason: string;
  remarks?: Record<string, string | undefined>;
}

/**
 * Trả lại: a general reason (required) and, optionally, a remark on each nominee or document; only the
 * items with a remark are sent, each kept in the history under its label of the day (ADR 0019 §2).
 */
export function ReturnDossierModal({
  dossier,
  pending,
  send,
  onClose,
}: {
  dossier: AwardDossierDetail;
  pending: boolean;
  send: Send;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ReturnValues>();
  const close = useGuardedClose(form, onClose);
  const onError = useApiErrorHandler();
  const items = remarkItems(dossier);
  const nominees = items.filter((i) => i.nominationId);
  const documents = items.filter((i) => i.documentId);

  const field = (item: RemarkItem) => (
    <Form.Item key={item.key} name={['remarks', item.key]} label={m.remarkOn(item.label)}>
      <Input.TextArea rows={2} maxLength={L.remark} />
    </Form.Item>
  );

  return (
    <Modal
      open
      title={m.returnTitle}
      okText={m.returnOk}
      okButtonProps={{ danger: true }}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
      width={720}
    >
      <Form<ReturnValues>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async ({ reason, remarks }) => {
          const given = items.flatMap((item) => {
            const remark = remarks?.[item.key]?.trim();
            if (!remark) return [];
            return [
              {
                nominationId: item.nominationId ?? null,
                documentId: item.documentId ?? null,
                remark,
              },
            ];
          });
          try {
            await send({
              action: 'RETURN',
              id: dossier.id,
              version: dossier.version,
              reason: reason.trim(),
              remarks: given,
            });
            onClose();
          } catch (error) {
            onError(error, form);
          }
        }}
      >
        <Form.Item
          name="reason"
          label={m.returnReason}
          extra={m.returnReasonHelp}
          rules={[required(m.returnReasonWhat)]}
        >
          <Input.TextArea rows={3} maxLength={L.reason} />
        </Form.Item>
        {items.length > 0 && (
          <>
            <Divider titlePlacement="start" plain>
              {m.remarksTitle}
            </Divider>
            <Typography.Paragraph type="secondary">{m.remarksHelp}</Typography.Paragraph>
            {nominees.length > 0 && (
              <section aria-label={m.nomineeGroup}>
                <Typography.Text strong>{m.nomineeGroup}</Typography.Text>
                {nominees.map(field)}
              </section>
            )}
            {documents.length > 0 && (
              <section aria-label={m.documentGroup}>
                <Typography.Text strong>{m.documentGroup}</Typography.Text>
                {documents.map(field)}
              </section>
            )}
          </>
        )}
      </Form>
    </Modal>
  );
}

interface AppraiseValues {
  items?: Record<
    string,
    {
      verdict?: 'PASS' | 'FAIL';
      remark?: string;
      checklist?: Record<string, ChecklistValue | undefined>;
    }
  >;
}

/**
 * Hoàn thành thẩm định: đạt / không đạt for every nominee, a reason required for không đạt (the API
 * refuses the same), an optional remark for đạt.
 */
export function AppraiseDossierModal({
  dossier,
  pending,
  send,
  onClose,
}: {
  dossier: AwardDossierDetail;
  pending: boolean;
  send: Send;
  onClose: () => void;
}) {
  const [form] = Form.useForm<AppraiseValues>();
  const close = useGuardedClose(form, onClose);
  const onError = useApiErrorHandler();
  const values = Form.useWatch('items', form);
  return (
    <Modal
      open
      title={m.appraiseTitle}
      okText={m.appraiseOk}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: dossier.nominees.length === 0 }}
      confirmLoading={pending}
      destroyOnHidden
      width={720}
    >
      <Form<AppraiseValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          // a verdict already recorded (a return clears them) is offered again
          items: Object.fromEntries(
            dossier.nominees.map((n) => [
              n.id,
              { verdict: n.appraisalVerdict ?? undefined, remark: n.appraisalRemark ?? '' },
            ]),
          ),
        }}
        onFinish={async ({ items }) => {
          try {
            await send({
              action: 'APPRAISE',
              id: dossier.id,
              version: dossier.version,
              items: dossier.nominees.map((n) => ({
                nominationId: n.id,
                verdict: items?.[n.id]?.verdict ?? 'PASS',
                remark: blankToNull(items?.[n.id]?.remark),
                checklist: checklistAnswers(items?.[n.id]?.checklist),
              })),
            });
            onClose();
          } catch (error) {
            onError(error, form);
          }
        }}
      >
        {dossier.nominees.length === 0 ? (
          <Alert type="info" showIcon title={m.appraiseNone} />
        ) : (
          <Typography.Paragraph type="secondary">{m.appraiseHelp}</Typography.Paragraph>
        )}
        {dossier.nominees.map((n) => {
          const failed = values?.[n.id]?.verdict === 'FAIL';
          return (
            <fieldset
              key={n.id}
              style={{
                border: '1px solid #f0f0f0',
                borderRadius: 6,
                padding: '8px 12px',
                marginBottom: 12,
              }}
            >
              <legend style={{ fontWeight: 600, fontSize: 14, width: 'auto', padding: '0 4px' }}>
                {n.name} — {n.awardName}
              </legend>
              <AppraisalChecklist nominee={n} />
              <Form.Item
                name={['items', n.id, 'verdict']}
                label={m.verdictOf(n.name)}
                rules={[requiredChoice(m.verdictWhat)]}
              >
                <Radio.Group
                  options={[
                    { value: 'PASS', label: m.verdicts['PASS'] },
                    { value: 'FAIL', label: m.verdicts['FAIL'] },
                  ]}
                />
              </Form.Item>
              <Form.Item
                name={['items', n.id, 'remark']}
                label={failed ? m.verdictReason(n.name) : m.verdictRemark(n.name)}
                dependencies={[['items', n.id, 'verdict']]}
                // the API refuses a "không đạt" without its reason, in these words
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_rule, value: unknown) => {
                      const given = typeof value === 'string' && value.trim() !== '';
                      if (getFieldValue(['items', n.id, 'verdict']) === 'FAIL' && !given)
                        throw new Error(t.validation.required(m.verdictReasonWhat));
                    },
                  }),
                ]}
              >
                <Input.TextArea rows={2} maxLength={L.remark} />
              </Form.Item>
            </fieldset>
          );
        })}
      </Form>
    </Modal>
  );
}

/** Rút hồ sơ: the proposing unit gives up the proposal, with a reason if it wants. */
export function WithdrawDossierModal({
  dossier,
  pending,
  send,
  onClose,
}: {
  dossier: AwardDossierDetail;
  pending: boolean;
  send: Send;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason?: string }>();
  const close = useGuardedClose(form, onClose);
  const onError = useApiErrorHandler();
  return (
    <Modal
      open
      title={m.withdrawTitle}
      okText={m.actions['WITHDRAW']}
      okButtonProps={{ danger: true }}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Typography.Paragraph>{m.withdrawText}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async ({ reason }) => {
          try {
            await send({
              action: 'WITHDRAW',
              id: dossier.id,
              version: dossier.version,
              reason: blankToNull(reason),
            });
            onClose();
          } catch (error) {
            onError(error, form);
          }
        }}
      >
        <Form.Item name="reason" label={m.withdrawReason}>
          <Input.TextArea rows={3} maxLength={L.reason} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
