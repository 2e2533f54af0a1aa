import { AWARD_DRAFT_LIMITS as L, isoToVn } from '@thidua/shared-domain';
import {
  useRedraftToTrinh,
  useUpdateToTrinh,
  type AwardDossierDetail,
  type SigningAuthority,
  type ToTrinhContentInput,
  type ToTrinhDraftItem,
} from '@thidua/web-data-access';
import { Alert, Button, ConfigProvider, Descriptions, Flex, Form, Input, Typography } from 'antd';

import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { SignatureFields } from '../../campaigns/components/SignatureFields';
import { PartBlock, TextListField, requiredText } from '../../campaigns/editor/fields';
import { draftMessages as m } from '../messages';
import {
  DraftDownload,
  DraftDrawer,
  DraftFormActions,
  DraftStateCell,
  DraftText,
  cellStyle,
  useDraftEditor,
} from './DraftFields';
import { toTrinhState } from './DraftStatus';

type Content = ToTrinhDraftItem['content'];

/** The form's values: the content as the API takes it, the council minutes as '' while typed. */
interface ToTrinhValues {
  content: Omit<ToTrinhContentInput, 'councilMinutes' | 'signer'> & {
    councilMinutes: { body: string; date: string | null };
    signer: {
      on: { authority?: SigningAuthority | null; of?: string | null }[];
      title: string;
      name: string;
    };
  };
}

function toValues(c: Content): ToTrinhValues {
  return {
    content: {
      place: c.place,
      subject: c.subject,
      addressees: [...c.addressees],
      bases: [...c.bases],
      councilMinutes: { body: c.councilMinutes?.body ?? '', date: c.councilMinutes?.date ?? null },
      summary: c.summary,
      authority: c.authority,
      recipients: [...c.recipients],
      archive: c.archive,
      signer: {
        on: c.signer.on.map((l) => ({ authority: l.authority as SigningAuthority, of: l.of })),
        title: c.signer.title,
        name: c.signer.name,
      },
    },
  };
}

const text = (v: string | null | undefined) => (v ?? '').trim();
const lines = (list: readonly (string | null | undefined)[] | undefined) =>
  (list ?? []).map(text).filter(Boolean);

/** What the API takes: texts trimmed, blank lines dropped, no minutes without the council's name. */
function toToTrinhInput({ content: c }: ToTrinhValues): ToTrinhContentInput {
  return {
    place: text(c.place),
    subject: text(c.subject),
    addressees: lines(c.addressees),
    bases: lines(c.bases),
    councilMinutes: text(c.councilMinutes?.body)
      ? { body: text(c.councilMinutes.body), date: c.councilMinutes.date ?? null }
      : null,
    summary: text(c.summary),
    authority: text(c.authority),
    recipients: lines(c.recipients),
    archive: text(c.archive),
    signer: {
      on: (c.signer?.on ?? []).map((l) => ({ authority: l.authority ?? 'TM', of: text(l.of) })),
      title: text(c.signer?.title),
      name: text(c.signer?.name),
    },
  };
}

/**
 * The dossier's tờ trình (Mẫu số 01, ADR 0020): the parts the officer writes — addressees, căn cứ,
 * the council's minutes, the summary, the authority asked, the signer, the recipients. The list of
 * awards and counts comes from the nominees and the number from the register at the first send, so
 * neither is edited here. No sign-off: the send freezes it as it stands.
 */
export function ToTrinhDrawer({
  open,
  dossier,
  toTrinh,
  onClose,
  onReload,
}: {
  open: boolean;
  dossier: AwardDossierDetail;
  /** undefined: still loading */
  toTrinh: ToTrinhDraftItem | null | undefined;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  return (
    <DraftDrawer open={open} title={m.toTrinhTitle} width={840} draft={toTrinh} onClose={onClose}>
      {(draft) => (
        <ToTrinhEditor
          key={draft.version}
          dossier={dossier}
          toTrinh={draft}
          onDone={onClose}
          onReload={onReload}
        />
      )}
    </DraftDrawer>
  );
}

function ToTrinhEditor({
  dossier,
  toTrinh,
  onDone,
  onReload,
}: {
  dossier: AwardDossierDetail;
  toTrinh: ToTrinhDraftItem;
  onDone: () => void;
  onReload: () => Promise<unknown>;
}) {
  const update = useUpdateToTrinh();
  const redraft = useRedraftToTrinh();
  const { form, cancel, alert, run, confirmed } = useDraftEditor<ToTrinhValues>(onDone, onReload);
  const editable = dossier.canEdit;
  const pending = update.isPending || redraft.isPending;

  const ref = { dossierId: dossier.id, version: toTrinh.version };

  const submit = (values: ToTrinhValues) =>
    run(update.mutate, { ...ref, content: toToTrinhInput(values) }, m.toTrinhSaved);

  const doRedraft = () =>
    confirmed(
      { title: m.redraftToTrinhTitle, content: m.redraftToTrinhText, okText: m.redraft },
      redraft.mutate,
      ref,
      m.redrafted,
    );

  return (
    <Form<ToTrinhValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={toValues(toTrinh.content)}
    >
      {alert}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'form', label: m.toTrinhForm, children: toTrinh.form ?? '—' },
          {
            key: 'number',
            label: m.toTrinhNumber,
            children: toTrinh.symbol ?? (
              <Typography.Text type="secondary">{m.toTrinhNumberPending}</Typography.Text>
            ),
          },
          ...(toTrinh.numberedOn
            ? [{ key: 'date', label: m.toTrinhDate, children: isoToVn(toTrinh.numberedOn) }]
            : []),
          {
            key: 'state',
            label: m.reportState,
            children: (
              <DraftStateCell state={toTrinhState(toTrinh)} draftedAt={toTrinh.draftedAt} />
            ),
          },
        ]}
      />
      {toTrinh.awards.length > 0 && (
        <section aria-label={m.toTrinhAwards} style={{ marginBottom: 12 }}>
          <Typography.Text strong>{m.toTrinhAwards}</Typography.Text>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {toTrinh.awards.map((a) => (
              <li key={a.award}>
                {m.toTrinhAwardLine(a.award, a.collectives, a.individuals, a.households)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {toTrinh.uploaded && (
        <Alert type="info" showIcon title={m.toTrinhUploadedNotice} style={{ marginBottom: 12 }} />
      )}
      {!editable && <Alert type="info" showIcon title={m.readOnly} style={{ marginBottom: 12 }} />}
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <DraftDownload dossier={dossier} draft={toTrinh} fallbackName="To trinh.docx" />
        {editable && (
          <Button disabled={pending} onClick={() => void doRedraft()}>
            {m.redraft}
          </Button>
        )}
      </Flex>

      <ConfigProvider componentDisabled={!editable || pending}>
        <Flex gap={12} wrap>
          <Form.Item name={['content', 'place']} label={m.place} style={cellStyle(160)}>
            <Input maxLength={L.line} />
          </Form.Item>
          <Form.Item name={['content', 'authority']} label={m.authority} style={cellStyle(240, 2)}>
            <Input maxLength={L.line} placeholder={m.authorityPlaceholder} />
          </Form.Item>
        </Flex>
        <Form.Item
          name={['content', 'subject']}
          label={m.subject}
          rules={[requiredText(m.subjectWhat)]}
          style={{ marginTop: 12 }}
        >
          <Input.TextArea rows={2} maxLength={L.title} />
        </Form.Item>
        <TextListField
          name={['content', 'addressees']}
          label={m.addressees}
          itemLabel={m.addressee}
          addLabel={m.addAddressee}
          max={L.addressees}
          maxLength={L.line}
          rows={1}
        />
        <TextListField
          name={['content', 'bases']}
          label={m.bases}
          itemLabel={m.basis}
          addLabel={m.addBasis}
          max={L.bases}
          maxLength={L.title}
        />
        <Flex gap={12} wrap>
          <Form.Item
            name={['content', 'councilMinutes', 'body']}
            label={m.councilBody}
            extra={m.councilBodyHelp}
            style={cellStyle(260, 2)}
          >
            <Input maxLength={L.line} />
          </Form.Item>
          <Form.Item
            name={['content', 'councilMinutes', 'date']}
            label={m.councilDate}
            style={cellStyle(160)}
          >
            <IsoDatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <DraftText name={['content', 'summary']} label={m.summary} rows={8} />
        <PartBlock title={m.partSigner}>
          <SignatureFields path={['content', 'signer']} />
        </PartBlock>
        <TextListField
          name={['content', 'recipients']}
          label={m.recipients}
          itemLabel={m.recipient}
          addLabel={m.addRecipient}
          max={L.recipients}
          maxLength={L.line}
          rows={1}
        />
        <Form.Item name={['content', 'archive']} label={m.archive}>
          <Input maxLength={L.line} />
        </Form.Item>
      </ConfigProvider>

      <DraftFormActions
        editable={editable}
        onCancel={cancel}
        saving={update.isPending}
        pending={pending}
      />
    </Form>
  );
}
