import {
  ALL_LEGAL_DOCUMENT_KINDS,
  LEGAL_DATE_MESSAGES,
  legalDateProblems,
  TEXT_LIMITS,
  todayInVietnam,
} from '@thidua/shared-domain';
import { FormActions } from '@thidua/web-ui';
import {
  useCreateLegalDocument,
  useUpdateLegalDocument,
  type LegalDocumentDetail,
  type LegalDocumentItem,
  type LegalDocumentKind,
} from '@thidua/web-data-access';
import { App, Button, Drawer, Form, Input, Select, type FormRule } from 'antd';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { foldFilter } from '../../../shared/forms/foldFilter';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { blankToNull, required, requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { UnitSelect } from '../../units/components/UnitSelect';

interface LegalValues {
  kind?: LegalDocumentKind;
  number: string;
  issuingBody: string;
  issuerUnitId?: string;
  issuedOn?: string | null;
  title: string;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  note?: string;
}

type DateField = 'issuedOn' | 'effectiveTo';

/** The API's date rules and words (@thidua/shared-domain), read with the other dates of the form. */
const dateRule =
  (field: DateField): FormRule =>
  ({ getFieldValue }) => ({
    validator: async () => {
      const found = legalDateProblems(
        {
          issuedOn: getFieldValue('issuedOn') ?? null,
          effectiveFrom: getFieldValue('effectiveFrom') ?? null,
          effectiveTo: getFieldValue('effectiveTo') ?? null,
        },
        todayInVietnam(),
      ).find((p) => p.field === field);
      if (found) throw new Error(LEGAL_DATE_MESSAGES[found.problem]);
    },
  });

/**
 * Adds a document (`document` null) or edits one, as the details drawer read it (every field, the note
 * included: a save sends them all); the replacement is marked from the details.
 */
export function LegalDocumentFormDrawer({
  open,
  document,
  onClose,
  onSaved,
  onReload,
}: {
  open: boolean;
  document: LegalDocumentDetail | null;
  onClose: () => void;
  onSaved?: (id: string) => void;
  onReload?: () => Promise<unknown>;
}) {
  const guard = useDiscardGuard(onClose);
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={document ? t.legal.editTitle(document.name) : t.legal.createTitle}
      size={640}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open && (
          <LegalDocumentForm
            key={document?.version ?? 'new'}
            document={document}
            onDone={onClose}
            onSaved={onSaved}
            onReload={onReload}
          />
        )}
      </DiscardGuardScope>
    </Drawer>
  );
}

function LegalDocumentForm({
  document,
  onDone,
  onSaved,
  onReload,
}: {
  document: LegalDocumentDetail | null;
  onDone: () => void;
  onSaved?: (id: string) => void;
  onReload?: () => Promise<unknown>;
}) {
  const [form] = Form.useForm<LegalValues>();
  const cancel = useGuardedForm(form) ?? onDone;
  const create = useCreateLegalDocument();
  const update = useUpdateLegalDocument();
  const save = useVersionedForm(form, document ? onReload : undefined);
  const { message } = App.useApp();
  const pending = create.isPending || update.isPending;

  const submit = (values: LegalValues) => {
    save.reset();
    const fields = {
      kind: values.kind ?? 'KHAC',
      number: values.number.trim(),
      issuingBody: values.issuingBody.trim(),
      issuerUnitId: values.issuerUnitId ?? null,
      issuedOn: values.issuedOn ?? null,
      title: values.title.trim(),
      effectiveFrom: values.effectiveFrom ?? null,
      effectiveTo: values.effectiveTo ?? null,
      note: blankToNull(values.note),
    };
    const handlers = {
      onSuccess: (saved: LegalDocumentItem) => {
        void message.success(document ? t.legal.updated : t.legal.created(saved.name));
        onDone();
        onSaved?.(saved.id);
      },
      onError: save.onError,
    };
    if (document)
      update.mutate({ id: document.id, version: document.version, ...fields }, handlers);
    else create.mutate(fields, handlers);
  };

  return (
    <Form<LegalValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={pending}
      initialValues={
        document
          ? {
              kind: document.kind,
              number: document.number,
              issuingBody: document.issuingBody,
              issuerUnitId: document.issuerUnit?.id,
              issuedOn: document.issuedOn,
              title: document.title ?? '',
              effectiveFrom: document.effectiveFrom,
              effectiveTo: document.effectiveTo,
              note: document.note ?? '',
            }
          : {}
      }
    >
      {save.alert}
      <Form.Item name="kind" label={t.legal.kind} rules={[requiredChoice(t.legal.kindWhat)]}>
        <Select<LegalDocumentKind>
          showSearch={{ filterOption: foldFilter }}
          options={ALL_LEGAL_DOCUMENT_KINDS.map((kind) => ({
            value: kind,
            label: t.legal.kinds[kind],
          }))}
        />
      </Form.Item>
      <Form.Item
        name="number"
        label={t.legal.number}
        extra={t.legal.numberHelp}
        rules={[required(t.legal.numberWhat)]}
      >
        <Input maxLength={TEXT_LIMITS.legalNumber} spellCheck={false} />
      </Form.Item>
      <Form.Item name="title" label={t.legal.title} rules={[required(t.legal.titleWhat)]}>
        <Input.TextArea rows={3} maxLength={TEXT_LIMITS.legalTitle} />
      </Form.Item>
      <Form.Item
        name="issuingBody"
        label={t.legal.issuingBody}
        extra={t.legal.issuingBodyHelp}
        rules={[required(t.legal.issuingBodyWhat)]}
      >
        <Input maxLength={TEXT_LIMITS.issuingBody} />
      </Form.Item>
      <Form.Item name="issuerUnitId" label={t.legal.issuerUnit} extra={t.legal.issuerUnitHelp}>
        <UnitSelect allowClear initialUnit={document?.issuerUnit ?? null} />
      </Form.Item>
      <Form.Item name="issuedOn" label={t.legal.issuedOn} rules={[dateRule('issuedOn')]}>
        <IsoDatePicker allowClear />
      </Form.Item>
      <Form.Item name="effectiveFrom" label={t.legal.effectiveFrom}>
        <IsoDatePicker allowClear />
      </Form.Item>
      <Form.Item
        name="effectiveTo"
        label={t.legal.effectiveTo}
        extra={t.legal.effectiveToHelp}
        dependencies={['effectiveFrom', 'issuedOn']}
        rules={[dateRule('effectiveTo')]}
      >
        <IsoDatePicker allowClear />
      </Form.Item>
      <Form.Item name="note" label={t.legal.note}>
        <Input.TextArea rows={3} maxLength={TEXT_LIMITS.note} />
      </Form.Item>
      <FormActions>
        <Button onClick={cancel}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={pending}>
          {document ? t.common.saveChanges : t.legal.create}
        </Button>
      </FormActions>
    </Form>
  );
}
