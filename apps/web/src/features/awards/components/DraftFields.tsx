import { AWARD_DRAFT_LIMITS as L, formatDateTime, isDossierEditable } from '@thidua/shared-domain';
import { FormActions, PageLoading, useConfirm, type ConfirmOptions } from '@thidua/web-ui';
import type { AwardDossierDetail } from '@thidua/web-data-access';
import {
  Alert,
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Typography,
  type FormListFieldData,
} from 'antd';
import type { ReactNode } from 'react';

import { t } from '../../../i18n';
import { ExportButton } from '../../../shared/components/ExportButton';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { RowsField } from '../../campaigns/editor/fields';
import { draftMessages as m } from '../messages';
import { DraftStatus } from './DraftStatus';

/*
 * The pieces both draft editors (báo cáo thành tích, tờ trình) are made of.
 */

/**
 * The drawer of a draft's editor: the whole screen on a phone (antd's xs, under 576 px), else
 * `width`; its X, Escape and mask ask before dropping typed text. `draft` undefined: still loading;
 * null: the dossier has none (sent with an uploaded document).
 */
export function DraftDrawer<T>({
  open,
  title,
  width,
  draft,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  width: number;
  draft: T | null | undefined;
  onClose: () => void;
  children: (draft: T) => ReactNode;
}) {
  const guard = useDiscardGuard(onClose);
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={title}
      size={screens.xs ? '100%' : width}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open &&
          (draft ? (
            children(draft)
          ) : draft === undefined ? (
            <PageLoading />
          ) : (
            <Alert type="info" showIcon title={m.stateHelp.NONE} />
          ))}
      </DiscardGuardScope>
    </Drawer>
  );
}

/**
 * A text of the draft (a section of the report, the tờ trình's summary): a line per paragraph, "- "
 * a bullet, as libs/documents prints it. Fixed `rows`, not `autoSize`: see the campaigns editor's
 * TextListField (an autosizing box measures itself on every keystroke).
 */
export function DraftText({
  name,
  label,
  rows = 4,
  max = L.text,
}: {
  name: (string | number)[];
  label: string;
  rows?: number;
  max?: number;
}) {
  return (
    <Form.Item name={name} label={label} extra={m.textHelp}>
      <Input.TextArea rows={rows} maxLength={max} showCount />
    </Form.Item>
  );
}

/** A list of records of the draft (profile lines, targets, evaluations…): RowsField, "Thêm dòng". */
export function DraftRows({
  addLabel = m.addRow,
  ...props
}: Omit<Parameters<typeof RowsField>[0], 'addLabel'> & { addLabel?: string }) {
  return <RowsField addLabel={addLabel} {...props} />;
}

/** The year of a DraftRows row (an evaluation, an award), within the API's bounds. */
export function YearCell({ row, what }: { row: FormListFieldData; what: string }) {
  return (
    <Form.Item
      name={[row.name, 'year']}
      style={cellStyle(90, 0)}
      rules={[{ required: true, message: m.requiredRow(m.year.toLowerCase()) }]}
    >
      <InputNumber
        aria-label={`${m.year} (${what})`}
        min={1945}
        max={2200}
        precision={0}
        style={{ width: 90 }}
      />
    </Form.Item>
  );
}

/** One cell of a DraftRows row: grows to fill, wraps under the others below `basis` pixels. */
export function cellStyle(basis: number, grow = 1) {
  return { flex: `${grow} 1 ${basis}px`, marginBottom: 0, minWidth: 0 };
}

/**
 * The draft as Word: while the proposing unit holds the dossier, a preview of what is saved, rendered
 * now; once sent, the .docx the send froze (the same address: the API decides which), if the send
 * froze one (an uploaded document went instead: nothing).
 */
export function DraftDownload({
  dossier,
  draft,
  fallbackName,
}: {
  dossier: AwardDossierDetail;
  draft: { downloadPath: string; documentId?: string | null };
  fallbackName: string;
}) {
  const preview = isDossierEditable(dossier.status);
  if (!preview && !draft.documentId) return null;
  return (
    <ExportButton
      path={draft.downloadPath}
      fallbackName={fallbackName}
      label={preview ? m.downloadWord : m.downloadSent}
      title={preview ? m.downloadWordHelp : undefined}
      failedTitle={m.downloadFailed}
    />
  );
}

/** How a draft mutation is run: its variables, then what to do on success and on a refusal. */
type DraftMutate<V> = (
  variables: V,
  options: { onSuccess: () => void; onError: (error: unknown) => void },
) => void;

/**
 * An editor's form and how it runs its mutations (save, redraft, sign off, reopen): "Hủy" through the
 * drawer's discard guard; the last conflict hidden, the success said, a refusal shown where a save's
 * goes (the CONFLICT warning with its reload above the fields, else under the fields or in a toast,
 * in the API's words). `confirmed` asks first.
 */
export function useDraftEditor<Values>(onDone: () => void, onReload: () => Promise<unknown>) {
  const [form] = Form.useForm<Values>();
  const cancel = useGuardedForm(form) ?? onDone;
  const save = useVersionedForm(form, onReload);
  const confirm = useConfirm();
  const { message } = App.useApp();
  const run = <V,>(mutate: DraftMutate<V>, variables: V, done: string) => {
    save.reset();
    mutate(variables, { onSuccess: () => void message.success(done), onError: save.onError });
  };
  const confirmed = async <V,>(
    ask: ConfirmOptions,
    mutate: DraftMutate<V>,
    variables: V,
    done: string,
  ) => {
    if (await confirm(ask)) run(mutate, variables, done);
  };
  return { form, cancel, alert: save.alert, run, confirmed };
}

/** The state line of an editor's header: the state, who signed off, when the system drafted it. */
export function DraftStateCell({
  draftedAt,
  ...status
}: Parameters<typeof DraftStatus>[0] & {
  draftedAt: string;
}) {
  return (
    <Flex vertical gap={2}>
      <DraftStatus {...status} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {m.draftedAt(formatDateTime(draftedAt))}
      </Typography.Text>
    </Flex>
  );
}

/** An editor's foot: "Hủy" (through the discard guard) and "Lưu" while editable, else "Đóng". */
export function DraftFormActions({
  editable,
  onCancel,
  saving,
  pending,
}: {
  editable: boolean;
  onCancel: () => void;
  saving: boolean;
  /** any of the editor's mutations running */
  pending: boolean;
}) {
  return (
    <FormActions>
      <Button onClick={onCancel}>{editable ? t.common.cancel : m.close}</Button>
      {editable && (
        <Button type="primary" htmlType="submit" loading={saving} disabled={pending}>
          {m.save}
        </Button>
      )}
    </FormActions>
  );
}
