import { CAMPAIGN_PLAN_LIMITS as L } from '@thidua/shared-domain';
import {
  useAmendCampaignPlan,
  useIssueCampaignPlan,
  useReturnCampaignPlan,
  type CampaignPlanDetail,
  type IssueCampaignPlanInput,
} from '@thidua/web-data-access';
import { Alert, App, Checkbox, Col, Form, Input, Modal, Row, Typography } from 'antd';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { today } from '../../../shared/dates';
import { useGuardedClose } from '../../../shared/forms/discardGuard';
import { requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { requiredText } from '../editor/fields';
import { cleanContent, text } from '../preview/plan-values';
import { SignatureFields, type SignatureFieldValues } from './SignatureFields';

/**
 * Trả lại: sends a submitted plan back to draft; the reason is required (the drafter reads it on the
 * plan and in the editor). `reload` fetches the plan after a conflict.
 */
export function ReturnPlanModal({
  plan,
  open,
  onClose,
  reload,
}: {
  plan: CampaignPlanDetail;
  open: boolean;
  onClose: () => void;
  reload: () => Promise<unknown>;
}) {
  const c = t.campaigns;
  const [form] = Form.useForm<{ reason: string }>();
  const close = useGuardedClose(form, onClose);
  const returnPlan = useReturnCampaignPlan();
  const save = useVersionedForm(form, reload);
  const { message } = App.useApp();

  return (
    <Modal
      open={open}
      title={c.returnTitle}
      okText={c.returnOk}
      okButtonProps={{ danger: true }}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={returnPlan.isPending}
      destroyOnHidden
    >
      {save.alert}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={({ reason }) => {
          save.reset();
          returnPlan.mutate(
            { id: plan.id, version: plan.version, reason: reason.trim() },
            {
              onSuccess: () => {
                void message.success(c.returnedDone);
                onClose();
              },
              onError: save.onError,
            },
          );
        }}
      >
        <Form.Item name="reason" label={c.returnReason} rules={[requiredText(c.returnReasonWhat)]}>
          <Input.TextArea rows={3} maxLength={L.title} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface IssueValues {
  issuedOn: string;
  place: string;
  signer: SignatureFieldValues;
  confirmed: boolean;
}

/**
 * Ký ban hành: the day, the place and who signs (prefilled with the signature the draft expects), and
 * an explicit acknowledgement that the content freezes and a number is taken from the register.
 */
export function IssuePlanModal({
  plan,
  open,
  onClose,
  reload,
}: {
  plan: CampaignPlanDetail;
  open: boolean;
  onClose: () => void;
  reload: () => Promise<unknown>;
}) {
  const c = t.campaigns;
  const [form] = Form.useForm<IssueValues>();
  const close = useGuardedClose(form, onClose);
  const issue = useIssueCampaignPlan();
  const save = useVersionedForm(form, reload);
  const { message } = App.useApp();
  const expected = cleanContent(plan.content).signature;

  const submit = (values: IssueValues) => {
    save.reset();
    const input: IssueCampaignPlanInput = {
      id: plan.id,
      version: plan.version,
      issuedOn: values.issuedOn,
      place: values.place.trim(),
      signer: {
        on: (values.signer.on ?? []).flatMap((line) =>
          line?.authority ? [{ authority: line.authority, of: text(line.of) ?? '' }] : [],
        ),
        title: text(values.signer.title) ?? '',
        name: text(values.signer.name) ?? '',
      },
    };
    issue.mutate(input, {
      onSuccess: (issued) => {
        void message.success(c.issued(issued.symbol ?? ''));
        onClose();
      },
      onError: save.onError,
    });
  };

  return (
    <Modal
      open={open}
      title={c.issueTitle}
      okText={c.issueOk}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={issue.isPending}
      width={640}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={c.issueWarning} style={{ marginBottom: 16 }} />
      {save.alert}
      <Form<IssueValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          issuedOn: today(),
          place: '',
          signer: {
            on: expected?.on ?? [],
            title: expected?.title ?? '',
            name: expected?.name ?? '',
          },
          confirmed: false,
        }}
        onFinish={submit}
      >
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <Form.Item name="issuedOn" label={c.issuedOn} rules={[requiredChoice(c.issuedOnWhat)]}>
              <IsoDatePicker />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item
              name="place"
              label={c.issuePlace}
              extra={c.issuePlaceHelp}
              rules={[requiredText(c.issuePlaceWhat)]}
            >
              <Input maxLength={L.title} placeholder={c.issuePlacePlaceholder} />
            </Form.Item>
          </Col>
        </Row>
        <SignatureFields path={['signer']} />
        <Form.Item
          name="confirmed"
          valuePropName="checked"
          rules={[
            {
              validator: async (_rule, value: unknown) => {
                if (value !== true) throw new Error(c.issueConfirmRequired);
              },
            },
          ]}
        >
          <Checkbox>{c.issueConfirm}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * Sửa đổi: after issue nothing is edited in place; the API copies the plan into a new draft that
 * says what it changes, and the officer continues in its editor.
 */
export function AmendPlanModal({
  plan,
  onClose,
  onCreated,
}: {
  plan: CampaignPlanDetail;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const c = t.campaigns;
  const [form] = Form.useForm<{ note: string }>();
  const close = useGuardedClose(form, onClose);
  const amend = useAmendCampaignPlan();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <Modal
      open
      title={c.amendTitle}
      okText={c.amendOk}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={amend.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{c.amendHelp}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={({ note }) =>
          amend.mutate(
            { id: plan.id, note: note.trim() },
            {
              onSuccess: (draft) => {
                void message.success(c.amended);
                onCreated(draft.id);
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item name="note" label={c.amendNote} rules={[requiredText(c.amendNoteWhat)]}>
          <Input.TextArea rows={3} maxLength={L.paragraph} placeholder={c.amendNotePlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
