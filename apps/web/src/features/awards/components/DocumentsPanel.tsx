import { DeleteOutlined, EditOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import {
  AWARD_DOSSIER_LIMITS as L,
  needsInitiativeCertificate,
  reportNotSignedOff,
  type DossierDocumentKind,
} from '@thidua/shared-domain';
import { ItemList, useConfirm } from '@thidua/web-ui';
import {
  hasErrorCode,
  useDownloadFile,
  useRemoveAwardDossierDocument,
  useUploadAwardDossierDocument,
  useWriteAwardDossierDocument,
  type AwardDossierDetail,
  type AwardDossierDocumentItem,
  type AwardDossierDrafts,
} from '@thidua/web-data-access';
import {
  Alert,
  App,
  Button,
  Flex,
  Form,
  Input,
  Modal,
  Tag,
  Tooltip,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { saveFile } from '../../../shared/download';
import { errorMessage } from '../../../shared/errors';
import { useGuardedClose } from '../../../shared/forms/discardGuard';
import { required } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { awardsMessages as m, draftMessages as dm } from '../messages';
import { DraftStatus, reportState, toTrinhState } from './DraftStatus';

/** The API's bound (award-dossier.controller.ts: multer stops at 10 MB), checked before sending. */
const MAX_BYTES = 10 * 1024 * 1024;
/** The extensions the API accepts (it checks the bytes too). */
const EXTENSIONS = ['pdf', 'docx', 'png', 'jpg', 'jpeg'];

/** Why `file` cannot go into a dossier, or null. */
export function documentFileProblem(file: { name: string; size: number }): string | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!EXTENSIONS.includes(extension)) return m.badType(file.name);
  if (file.size > MAX_BYTES) return m.tooLarge(file.name);
  return null;
}

interface Slot {
  key: string;
  kind: DossierDocumentKind;
  nominationId: string | null;
  label: string;
  /** the slot's current document (single slots) */
  document: AwardDossierDocumentItem | undefined;
  /** a biên bản may be typed in instead of uploaded */
  writable: boolean;
}

/** The dossier's slots in the order the law lists them: tờ trình, biên bản, then per nominee. */
export function dossierSlots(dossier: AwardDossierDetail): Slot[] {
  const find = (kind: DossierDocumentKind, nominationId: string | null) =>
    dossier.documents.find((d) => d.kind === kind && (d.nominationId ?? null) === nominationId);
  const slots: Slot[] = [
    {
      key: 'TO_TRINH',
      kind: 'TO_TRINH',
      nominationId: null,
      label: m.documentKinds['TO_TRINH'] ?? 'TO_TRINH',
      document: find('TO_TRINH', null),
      writable: false,
    },
    {
      key: 'BIEN_BAN',
      kind: 'BIEN_BAN',
      nominationId: null,
      label: m.documentKinds['BIEN_BAN'] ?? 'BIEN_BAN',
      document: find('BIEN_BAN', null),
      writable: true,
    },
  ];
  for (const n of dossier.nominees) {
    slots.push({
      key: `BAO_CAO_THANH_TICH-${n.id}`,
      kind: 'BAO_CAO_THANH_TICH',
      nominationId: n.id,
      label: m.documentLabel(m.documentKinds['BAO_CAO_THANH_TICH'] ?? '', n.name),
      document: find('BAO_CAO_THANH_TICH', n.id),
      writable: false,
    });
    const certificate = find('SANG_KIEN', n.id);
    if (certificate || needsInitiativeCertificate(n.awardCode))
      slots.push({
        key: `SANG_KIEN-${n.id}`,
        kind: 'SANG_KIEN',
        nominationId: n.id,
        label: m.documentLabel(m.documentKinds['SANG_KIEN'] ?? '', n.name),
        document: certificate,
        writable: false,
      });
  }
  return slots;
}

/** The drafts of the dossier (ADR 0020) as the page read them, and how to open their editors. */
export interface DocumentsPanelDrafts {
  /** undefined while loading or when the read failed */
  data: AwardDossierDrafts | undefined;
  failed: boolean;
  retry: () => void;
  openReport: (nominationId: string) => void;
  openToTrinh: () => void;
}

/**
 * Thành phần hồ sơ: each slot with its file (downloaded with the session) or written text, what is
 * still missing as the API words it, and — while the proposing unit holds the dossier — upload,
 * replace, type in a biên bản, remove. The tờ trình and each báo cáo thành tích also show the
 * system's draft (ADR 0020): its state and its editor; a report still to sign off is linked from the
 * missing list.
 */
export function DocumentsPanel({
  dossier,
  onConflict,
  drafts,
}: {
  dossier: AwardDossierDetail;
  /** a stale version: the page reloads the dossier */
  onConflict: () => void;
  drafts?: DocumentsPanelDrafts;
}) {
  const upload = useUploadAwardDossierDocument();
  const remove = useRemoveAwardDossierDocument();
  const download = useDownloadFile();
  const confirm = useConfirm();
  const { message, notification } = App.useApp();
  const [writing, setWriting] = useState<Slot | null>(null);
  const slots = dossierSlots(dossier);
  const others = dossier.documents.filter((d) => d.kind === 'OTHER');
  const editable = dossier.canEdit;

  const reportError = (title: string, error: unknown) => {
    notification.error({ title, description: errorMessage(error) });
    if (hasErrorCode(error, 'CONFLICT')) onConflict();
  };

  const send = (file: File, kind: DossierDocumentKind, nominationId: string | null) => {
    const problem = documentFileProblem(file);
    if (problem) {
      notification.error({ title: m.uploadFailed, description: problem });
      return;
    }
    upload.mutate(
      { dossierId: dossier.id, version: dossier.version, kind, nominationId, file },
      {
        onSuccess: () => void message.success(m.uploaded(file.name)),
        onError: (error) => reportError(m.uploadFailed, error),
      },
    );
  };

  const name = (d: AwardDossierDocumentItem) => d.fileName ?? m.writtenText;

  /** The system's draft of a slot, if it has one: the tờ trình, a nominee's report. */
  const draftOf = (slot: Slot) => {
    if (!drafts?.data) return null;
    if (slot.kind === 'TO_TRINH') {
      const toTrinh = drafts.data.toTrinh;
      return toTrinh
        ? { state: toTrinhState(toTrinh), signedOffAt: null, by: null, note: toTrinh.symbol }
        : null;
    }
    if (slot.kind !== 'BAO_CAO_THANH_TICH') return null;
    const report = drafts.data.nominees.find((n) => n.id === slot.nominationId)?.report;
    return report
      ? {
          state: reportState(report),
          signedOffAt: report.signedOffAt,
          by: report.signedOffByName,
          note: null,
        }
      : null;
  };

  const draftStatus = (slot: Slot) => {
    const draft = draftOf(slot);
    return draft ? (
      <DraftStatus
        state={draft.state}
        signedOffAt={draft.signedOffAt}
        signedOffByName={draft.by}
        note={draft.note}
      />
    ) : null;
  };

  /** "Soạn …" while the dossier is editable, "Xem …" for its other readers. */
  const draftButton = (slot: Slot) => {
    if (!drafts || !draftOf(slot)) return null;
    const toTrinh = slot.kind === 'TO_TRINH';
    const nominee = dossier.nominees.find((n) => n.id === slot.nominationId)?.name ?? '';
    const text = toTrinh
      ? editable
        ? dm.openToTrinh
        : dm.viewToTrinh
      : editable
        ? dm.openReport
        : dm.viewReport;
    const label = toTrinh
      ? text
      : editable
        ? dm.openReportLabel(nominee)
        : dm.viewReportLabel(nominee);
    const open = toTrinh ? drafts.openToTrinh : () => drafts.openReport(slot.nominationId ?? '');
    return (
      <Button size="small" icon={<EditOutlined />} aria-label={label} onClick={open}>
        {text}
      </Button>
    );
  };

  /** The nominee a missing-document sentence names as not signed off (the API's very sentence). */
  const unsignedNominee = (text: string) =>
    dossier.nominees.find((n) => text === reportNotSignedOff(dossier.round.kind, n.name));

  const removeDocument = async (d: AwardDossierDocumentItem, label: string) => {
    const ok = await confirm({ title: m.removeDocumentTitle(label) });
    if (!ok) return;
    remove.mutate(
      { dossierId: dossier.id, version: dossier.version, documentId: d.id },
      {
        onSuccess: () => void message.success(m.documentRemoved),
        onError: (error) => reportError(m.removeDocument(label), error),
      },
    );
  };

  const fileLink = (d: AwardDossierDocumentItem) =>
    d.downloadPath ? (
      <Button
        type="link"
        size="small"
        icon={<PaperClipOutlined />}
        aria-label={m.download(name(d))}
        style={{ paddingInline: 0 }}
        onClick={() =>
          download.mutate(
            { path: d.downloadPath ?? '', fallbackName: name(d) },
            {
              onSuccess: ({ blob, fileName }) => saveFile(blob, fileName),
              onError: (error) =>
                notification.error({ title: m.downloadFailed, description: errorMessage(error) }),
            },
          )
        }
      >
        {name(d)}
      </Button>
    ) : (
      <Typography.Paragraph
        style={{ margin: 0, whiteSpace: 'pre-wrap' }}
        ellipsis={{ rows: 3, expandable: true, symbol: 'Xem thêm' }}
      >
        {d.text}
      </Typography.Paragraph>
    );

  const uploadButton = (
    slot: { kind: DossierDocumentKind; nominationId: string | null; label: string },
    replace: boolean,
  ) => (
    <Upload
      accept=".pdf,.docx,.png,.jpg,.jpeg"
      showUploadList={false}
      disabled={upload.isPending}
      beforeUpload={(file) => {
        send(file, slot.kind, slot.nominationId);
        // sent by the mutation above, not by antd's own request
        return false;
      }}
    >
      <Button
        size="small"
        icon={<UploadOutlined />}
        aria-label={m.uploadLabel(slot.label)}
        loading={upload.isPending}
      >
        {replace ? m.replace : m.upload}
      </Button>
    </Upload>
  );

  return (
    <Flex vertical gap={12}>
      {dossier.missingDocuments.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={m.missingTitle}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {dossier.missingDocuments.map((text) => {
                const nominee = drafts?.data ? unsignedNominee(text) : undefined;
                return (
                  <li key={text}>
                    {text}
                    {nominee && (
                      <Button
                        type="link"
                        size="small"
                        aria-label={dm.openFromMissingLabel(nominee.name)}
                        onClick={() => drafts?.openReport(nominee.id)}
                      >
                        {dm.openFromMissing}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          }
        />
      ) : (
        <Alert type="success" showIcon title={m.complete} />
      )}
      {drafts?.failed && (
        <Alert
          type="error"
          showIcon
          title={dm.loadFailed}
          action={
            <Button size="small" onClick={drafts.retry}>
              {dm.retry}
            </Button>
          }
        />
      )}
      <ItemList
        bordered
        items={slots.map((slot) => ({
          key: slot.key,
          content: (
            <>
              <Typography.Text strong>{slot.label}</Typography.Text>
              <div>
                {slot.document ? (
                  <Flex gap={8} align="center" wrap>
                    {fileLink(slot.document)}
                    {slot.document.originDocumentId && <Tag>{m.reused}</Tag>}
                    {slot.document.generated && (
                      <Tooltip title={dm.generatedHelp}>
                        <Tag>{dm.generated}</Tag>
                      </Tooltip>
                    )}
                  </Flex>
                ) : (
                  !draftOf(slot) && (
                    <Typography.Text type="secondary">{m.slotEmpty}</Typography.Text>
                  )
                )}
                {draftStatus(slot)}
              </div>
            </>
          ),
          actions: editable ? (
            <>
              {draftButton(slot)}
              {uploadButton(slot, Boolean(slot.document))}
              {slot.writable && (
                <Button size="small" icon={<EditOutlined />} onClick={() => setWriting(slot)}>
                  {m.writeText}
                </Button>
              )}
              {slot.document && (
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={m.removeDocument(slot.label)}
                  onClick={() =>
                    void removeDocument(slot.document as AwardDossierDocumentItem, slot.label)
                  }
                />
              )}
            </>
          ) : (
            (draftButton(slot) ?? undefined)
          ),
        }))}
      />
      <section aria-label={m.attachments}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text strong>{m.attachments}</Typography.Text>
          {editable &&
            uploadButton({ kind: 'OTHER', nominationId: null, label: m.attachments }, false)}
        </Flex>
        {others.length === 0 ? (
          <Typography.Text type="secondary">{m.noAttachments}</Typography.Text>
        ) : (
          <ItemList
            items={others.map((d) => ({
              key: d.id,
              content: (
                <>
                  {fileLink(d)}
                  {d.note && (
                    <Typography.Text type="secondary" style={{ display: 'block' }}>
                      {d.note}
                    </Typography.Text>
                  )}
                </>
              ),
              actions: editable ? (
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={m.removeDocument(name(d))}
                  onClick={() => void removeDocument(d, name(d))}
                />
              ) : undefined,
            }))}
          />
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {editable ? m.uploadHelp : null}
        </Typography.Text>
      </section>
      {writing && (
        <WriteTextModal
          dossier={dossier}
          slot={writing}
          onClose={() => setWriting(null)}
          onConflict={onConflict}
        />
      )}
    </Flex>
  );
}

/** A biên bản typed in instead of a file (it replaces the slot's document). */
function WriteTextModal({
  dossier,
  slot,
  onClose,
  onConflict,
}: {
  dossier: AwardDossierDetail;
  slot: Slot;
  onClose: () => void;
  onConflict: () => void;
}) {
  const [form] = Form.useForm<{ text: string }>();
  const close = useGuardedClose(form, onClose);
  const onError = useApiErrorHandler();
  const write = useWriteAwardDossierDocument();
  const { message } = App.useApp();
  return (
    <Modal
      open
      title={m.writeTextTitle(slot.label)}
      okText={t.common.save}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={write.isPending}
      destroyOnHidden
      width={720}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ text: slot.document?.text ?? '' }}
        onFinish={({ text }) =>
          write.mutate(
            {
              dossierId: dossier.id,
              version: dossier.version,
              kind: slot.kind,
              nominationId: slot.nominationId,
              text: text.trim(),
            },
            {
              onSuccess: () => {
                void message.success(m.textSaved);
                onClose();
              },
              onError: (error) => {
                onError(error, form);
                if (hasErrorCode(error, 'CONFLICT')) onConflict();
              },
            },
          )
        }
      >
        <Form.Item name="text" label={slot.label} rules={[required(m.textWhat)]}>
          <Input.TextArea rows={12} maxLength={L.documentText} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
