import { UploadOutlined } from '@ant-design/icons';
import { DateTimeText } from '@thidua/web-ui';
import {
  useCouncilVotingRounds,
  useSignCouncilSession,
  type CouncilSessionDetail,
} from '@thidua/web-data-access';
import { App, Button, Card, Descriptions, Flex, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { ExportButton } from '../../../shared/components/ExportButton';
import { errorMessage } from '../../../shared/errors';
import { councilsMessages } from '../messages';
import { SessionStatusTag } from './tags';

const m = councilsMessages.minutes;

/** The API's bound for a scan (the upload routes' 10 MB), checked before sending. */
const MAX_SCAN_BYTES = 10 * 1024 * 1024;
const SCAN_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg'];

/** Why this file cannot be the scan (null: it can), before it is sent. */
function scanProblem(file: File): string | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!SCAN_EXTENSIONS.includes(extension)) return m.scanBadType(file.name);
  if (file.size > MAX_SCAN_BYTES) return m.scanTooLarge(file.name);
  return null;
}

/** The first 12 hex digits, the whole hash copied: enough to compare with a printed one by eye. */
function Sha({ sha256, of }: { sha256: string; of: string }) {
  return (
    <Typography.Text
      code
      aria-label={m.shaOf(of)}
      title={sha256}
      copyable={{ text: sha256, tooltips: [m.copySha, m.shaCopied] }}
    >
      {`${m.sha} ${sha256.slice(0, 12)}…`}
    </Typography.Text>
  );
}

/** One frozen document: its name, its hash, the .docx as stored and its PDF. */
function MinutesFileRow({
  title,
  short,
  file,
}: {
  title: string;
  /** how the download buttons name it ("biên bản họp") */
  short: string;
  file: { sha256: string; docxPath: string; pdfPath: string };
}) {
  return (
    <li style={{ padding: '8px 0', borderTop: '1px solid rgba(5, 5, 5, 0.06)' }}>
      <Flex gap={8} wrap justify="space-between" align="center">
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Typography.Text strong>{title}</Typography.Text>
          <Sha sha256={file.sha256} of={short} />
        </Flex>
        <Flex gap={8} wrap>
          <ExportButton
            path={file.docxPath}
            fallbackName={m.docxName}
            label={m.downloadDocxOf(short)}
            failedTitle={m.downloadFailed}
          />
          <ExportButton
            path={file.pdfPath}
            fallbackName={m.pdfName}
            label={m.downloadPdfOf(short)}
            failedTitle={m.downloadFailed}
          />
        </Flex>
      </Flex>
    </li>
  );
}

/**
 * "Biên bản" once the session is closed (ADR 0023): the biên bản họp and each round's biên bản kiểm
 * phiếu as frozen at the close (.docx as stored, PDF converted; the SHA-256 shown short, copied
 * whole), the status, and the signature: "Ký biên bản" (asks first, with an optional scan of the
 * signed paper), or the scan added later to minutes signed without it.
 */
export function MinutesPanel({ session }: { session: CouncilSessionDetail }) {
  const rounds = useCouncilVotingRounds(session.id);
  const sign = useSignCouncilSession();
  const { message, notification } = App.useApp();
  const [asking, setAsking] = useState(false);
  const [scan, setScan] = useState<File | null>(null);
  const manage = session.canManage;
  const tallies = (rounds.data ?? []).flatMap((r) =>
    r.tallyMinutes ? [{ number: r.number, id: r.id, file: r.tallyMinutes }] : [],
  );

  const pick = (file: File, then: (file: File) => void) => {
    const problem = scanProblem(file);
    if (problem) notification.error({ title: m.scanFailed, description: problem });
    else then(file);
    // kept here, sent by the mutation: antd's own request never runs
    return false;
  };

  const doSign = () =>
    sign.mutate(
      { id: session.id, version: session.version, scan },
      {
        onSuccess: () => {
          setAsking(false);
          setScan(null);
          void message.success(m.signed);
        },
        onError: (e) => notification.error({ title: m.signFailed, description: errorMessage(e) }),
      },
    );

  const addScan = (file: File) =>
    sign.mutate(
      { id: session.id, version: session.version, scan: file },
      {
        onSuccess: () => void message.success(m.scanAdded),
        onError: (e) => notification.error({ title: m.scanFailed, description: errorMessage(e) }),
      },
    );

  return (
    <Card title={m.title} extra={<SessionStatusTag status={session.status} />}>
      <Typography.Paragraph type="secondary">{m.help}</Typography.Paragraph>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={m.closedAt}>
          {session.closedAt ? <DateTimeText value={session.closedAt} /> : null}
        </Descriptions.Item>
        {session.signedAt && (
          <Descriptions.Item label={m.signedAt}>
            <DateTimeText value={session.signedAt} />
          </Descriptions.Item>
        )}
      </Descriptions>
      <ul style={{ listStyle: 'none', margin: '12px 0 0', padding: 0 }} aria-label={m.title}>
        {session.minutes && (
          <MinutesFileRow title={m.meeting} short={m.meetingShort} file={session.minutes} />
        )}
        {tallies.map((r) => (
          <MinutesFileRow
            key={r.id}
            title={m.tally(r.number)}
            short={m.tallyShort(r.number)}
            file={r.file}
          />
        ))}
      </ul>
      {!rounds.isPending && tallies.length === 0 && (
        <Typography.Text type="secondary">{m.noTally}</Typography.Text>
      )}

      <Flex vertical gap={4} style={{ marginTop: 16 }}>
        {session.status === 'CLOSED' && manage && (
          <Button
            type="primary"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => setAsking(true)}
          >
            {m.sign}
          </Button>
        )}
        {session.status === 'SIGNED' && (
          <>
            <Typography.Text strong>{m.signedScan}</Typography.Text>
            {session.signedScanSha256 ? (
              <Sha sha256={session.signedScanSha256} of={m.signedScanShort} />
            ) : (
              <>
                <Typography.Text type="secondary">{m.noSignedScan}</Typography.Text>
                {manage && (
                  <Flex gap={8} align="center" wrap>
                    <Upload
                      accept=".pdf,.png,.jpg,.jpeg"
                      showUploadList={false}
                      disabled={sign.isPending}
                      beforeUpload={(file) => pick(file, addScan)}
                    >
                      <Button icon={<UploadOutlined />} loading={sign.isPending}>
                        {m.addSignedScan}
                      </Button>
                    </Upload>
                    <Typography.Text type="secondary">{m.scanHelp}</Typography.Text>
                  </Flex>
                )}
              </>
            )}
          </>
        )}
      </Flex>

      <Modal
        open={asking}
        title={m.signTitle}
        okText={m.sign}
        cancelText={t.common.cancel}
        confirmLoading={sign.isPending}
        onOk={doSign}
        onCancel={() => {
          setAsking(false);
          setScan(null);
        }}
        destroyOnHidden
      >
        <Typography.Paragraph>{m.signText}</Typography.Paragraph>
        <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
          {m.signScan}
        </Typography.Text>
        <Flex gap={8} align="center" wrap>
          <Upload
            accept=".pdf,.png,.jpg,.jpeg"
            showUploadList={false}
            beforeUpload={(file) => pick(file, setScan)}
          >
            <Button icon={<UploadOutlined />}>{m.signPick}</Button>
          </Upload>
          {scan ? (
            <>
              <Typography.Text>{m.signPicked(scan.name)}</Typography.Text>
              <Button size="small" type="link" onClick={() => setScan(null)}>
                {m.signDrop(scan.name)}
              </Button>
            </>
          ) : (
            <Typography.Text type="secondary">{m.scanHelp}</Typography.Text>
          )}
        </Flex>
      </Modal>
    </Card>
  );
}
