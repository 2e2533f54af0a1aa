import { useConfirm } from '@thidua/web-ui';
import { useMarkLegalDocumentReplaced, type LegalDocumentDetail } from '@thidua/web-data-access';
import { App, Form, Modal } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { useGuardedClose } from '../../../shared/forms/discardGuard';
import { requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { LegalDocumentSelect } from './LegalDocumentSelect';

interface ReplaceValues {
  replacedById?: string;
  effectiveTo?: string | null;
}

/**
 * Records which document replaced (or repealed) `document`, and its last day in force (empty: the day
 * before the replacement takes effect, as the API derives it). Asks before saving: a replaced document
 * leaves the list of documents in force.
 */
export function MarkReplacedModal({
  document,
  onClose,
  onReload,
}: {
  document: LegalDocumentDetail | null;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const [form] = Form.useForm<ReplaceValues>();
  const close = useGuardedClose(form, onClose);
  const mark = useMarkLegalDocumentReplaced();
  const save = useVersionedForm(form, onReload);
  const confirm = useConfirm();
  const { message } = App.useApp();
  // the name of the chosen replacement, for the confirmation (the one already recorded at first)
  const [picked, setPicked] = useState<string | null>(null);
  const replacementName = (id: string) =>
    picked ??
    (document?.replacedBy?.id === id ? document.replacedBy.name : t.legal.replacementWhat);

  const submit = async (values: ReplaceValues) => {
    if (!document || !values.replacedById) return;
    save.reset();
    const ok = await confirm({
      title: t.legal.replaceConfirmTitle(document.name, replacementName(values.replacedById)),
      content: t.legal.replaceConfirmText,
      okText: t.legal.replaceOk,
    });
    if (!ok) return;
    mark.mutate(
      {
        id: document.id,
        version: document.version,
        replacedById: values.replacedById,
        effectiveTo: values.effectiveTo ?? null,
      },
      {
        onSuccess: () => {
          void message.success(t.legal.replaced);
          onClose();
        },
        onError: save.onError,
      },
    );
  };

  return (
    <Modal
      open={document !== null}
      title={document ? t.legal.markReplacedTitle(document.name) : undefined}
      okText={t.legal.replaceOk}
      okButtonProps={{ danger: true }}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={mark.isPending}
      destroyOnHidden
    >
      <Form<ReplaceValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          replacedById: document?.replacedBy?.id,
          effectiveTo: document?.effectiveTo ?? null,
        }}
        onFinish={(values) => void submit(values)}
      >
        {save.alert}
        <Form.Item
          name="replacedById"
          label={t.legal.replacement}
          rules={[requiredChoice(t.legal.replacementWhat)]}
        >
          <LegalDocumentSelect excludeId={document?.id} onPick={setPicked} />
        </Form.Item>
        <Form.Item
          name="effectiveTo"
          label={t.legal.replacementEffectiveTo}
          extra={t.legal.replacementEffectiveToHelp}
        >
          <IsoDatePicker allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
}
