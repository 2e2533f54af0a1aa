import { UploadOutlined } from '@ant-design/icons';
import { compareDoubleEntry, paperTallyProblems, type PaperTally } from '@thidua/shared-domain';
import {
  useAttachPaperTallyScan,
  useConfirmPaperTally,
  useEnterPaperTally,
  type CouncilSessionDetail,
  type CouncilVotingRoundItem,
} from '@thidua/web-data-access';
import { Alert, App, Button, Flex, InputNumber, Radio, Typography, Upload } from 'antd';
import { useId, useMemo, useState } from 'react';

import { errorMessage } from '../../../shared/errors';
import { councilsMessages } from '../messages';
import { candidateLabel, entryDifferences, roomVoters, roundCandidates } from './round-helpers';

const m = councilsMessages.rounds;

type Count = number | null;
interface Draft {
  issued: Count;
  returned: Count;
  valid: Count;
  invalid: Count;
  candidates: Record<string, { agree: Count; disagree: Count }>;
}

const TOTALS = ['issued', 'returned', 'valid', 'invalid'] as const;

/** The API's bound for the scan (multer's 10 MB in the record upload routes), checked before sending. */
const MAX_SCAN_BYTES = 10 * 1024 * 1024;
const SCAN_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg'];

const blank = (round: CouncilVotingRoundItem): Draft => ({
  issued: null,
  returned: null,
  valid: null,
  invalid: null,
  candidates: Object.fromEntries(
    round.candidates.map((c) => [c.id, { agree: null, disagree: null }]),
  ),
});

/** The draft as the shared rules read it; an empty box is NaN, which they report as not a count. */
function toTally(d: Draft): PaperTally {
  const n = (v: Count) => (v === null ? Number.NaN : v);
  return {
    issued: n(d.issued),
    returned: n(d.returned),
    valid: n(d.valid),
    invalid: n(d.invalid),
    candidates: Object.entries(d.candidates).map(([id, c]) => ({
      id,
      agree: n(c.agree),
      disagree: n(c.disagree),
    })),
  };
}

/**
 * The ban kiểm phiếu's entry of a closed PAPER round: the four totals and each candidate's đồng ý /
 * không đồng ý, typed twice by two different people ("Lần nhập 1 / 2"). The shared rules
 * (paperTallyProblems) are checked as they type and block the save; the API compares the two entries
 * at "Đối chiếu và xác nhận" and answers with each difference, shown one per line. Both entries typed
 * in this browser are compared here too (compareDoubleEntry) before asking.
 */
export function PaperTallyPanel({
  round,
  session,
}: {
  round: CouncilVotingRoundItem;
  session: CouncilSessionDetail;
}) {
  const enter = useEnterPaperTally(session.id);
  const confirmTally = useConfirmPaperTally(session.id);
  const attach = useAttachPaperTallyScan(session.id);
  const { message, notification } = App.useApp();
  const problemsId = useId();
  const [entry, setEntry] = useState<1 | 2>(1);
  const [draft, setDraft] = useState<Draft>(() => blank(round));
  const [touched, setTouched] = useState(false);
  const [saved, setSaved] = useState<Partial<Record<1 | 2, PaperTally>>>({});
  const [differences, setDifferences] = useState<string[]>([]);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const candidates = useMemo(() => roundCandidates(round), [round]);
  const voters = roomVoters(round);
  // the API's word (a reload, another secretary's screen) or this screen's own confirmation
  const isConfirmed = confirmed || round.paperTallyConfirmed === true;
  const tally = toTally(draft);
  const problems = paperTallyProblems(tally, voters, candidates);
  const local =
    saved[1] && saved[2] ? compareDoubleEntry(saved[1], saved[2], candidates) : ([] as string[]);

  const setTotal = (key: (typeof TOTALS)[number], value: Count) => {
    setTouched(true);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const setCandidate = (id: string, key: 'agree' | 'disagree', value: Count) => {
    setTouched(true);
    setDraft((d) => ({
      ...d,
      candidates: {
        ...d.candidates,
        [id]: { ...d.candidates[id], [key]: value },
      } as Draft['candidates'],
    }));
  };

  const save = () => {
    setTouched(true);
    if (problems.length) return;
    enter.mutate(
      {
        roundId: round.id,
        entry,
        issued: tally.issued,
        returned: tally.returned,
        valid: tally.valid,
        invalid: tally.invalid,
        candidates: tally.candidates.map((c) => ({
          agendaItemId: c.id,
          agree: c.agree,
          disagree: c.disagree,
        })),
      },
      {
        onSuccess: () => {
          void message.success(m.entrySaved(entry));
          setSaved((s) => ({ ...s, [entry]: tally }));
          setDifferences([]);
          setConfirmError(null);
          // the second person starts from empty boxes, not from the first one's figures
          setDraft(blank(round));
          setTouched(false);
          if (entry === 1) setEntry(2);
        },
        onError: (e) => notification.error({ title: m.entryFailed, description: errorMessage(e) }),
      },
    );
  };

  const confirmEntries = () => {
    setDifferences([]);
    setConfirmError(null);
    confirmTally.mutate(
      { roundId: round.id },
      {
        onSuccess: () => {
          setConfirmed(true);
          void message.success(m.paperConfirmed);
        },
        onError: (e) => {
          const text = errorMessage(e);
          const diff = entryDifferences(text);
          if (diff) setDifferences(diff);
          else setConfirmError(text);
        },
      },
    );
  };

  const sendScan = (file: File) => {
    const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
    const problem = !SCAN_EXTENSIONS.includes(extension)
      ? m.scanBadType(file.name)
      : file.size > MAX_SCAN_BYTES
        ? m.scanTooLarge(file.name)
        : null;
    if (problem) {
      notification.error({ title: m.scanFailed, description: problem });
      return;
    }
    attach.mutate(
      { roundId: round.id, file },
      {
        onSuccess: () => void message.success(m.scanAttached),
        onError: (e) => notification.error({ title: m.scanFailed, description: errorMessage(e) }),
      },
    );
  };

  const shownDifferences = differences.length ? differences : local;

  return (
    <section aria-label={m.paperTitle}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {m.paperTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{m.paperHelp}</Typography.Paragraph>
      {isConfirmed ? (
        <Alert type="success" showIcon title={m.paperConfirmedShort} style={{ marginBottom: 12 }} />
      ) : (
        <Flex vertical gap={12}>
          <Radio.Group
            optionType="button"
            aria-label={m.entry}
            value={entry}
            onChange={(e) => setEntry(e.target.value as 1 | 2)}
            options={[1, 2].map((n) => ({ value: n, label: m.entryN(n) }))}
          />
          <Flex gap={12} wrap>
            {TOTALS.map((key) => (
              <div key={key} style={{ flex: '1 1 140px', minWidth: 0 }}>
                <label htmlFor={`${problemsId}-${key}`} style={{ display: 'block', fontSize: 13 }}>
                  {m[key]}
                </label>
                <InputNumber<number>
                  id={`${problemsId}-${key}`}
                  min={0}
                  max={100000}
                  precision={0}
                  value={draft[key]}
                  onChange={(v) => setTotal(key, v)}
                  aria-describedby={touched && problems.length ? problemsId : undefined}
                  style={{ width: '100%' }}
                />
              </div>
            ))}
          </Flex>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {round.candidates.map((c) => {
              const name = candidateLabel(c);
              const row = draft.candidates[c.id] ?? { agree: null, disagree: null };
              return (
                <li
                  key={c.id}
                  style={{ padding: '8px 0', borderTop: '1px solid rgba(5, 5, 5, 0.06)' }}
                >
                  <Typography.Text strong>{c.candidateName}</Typography.Text>{' '}
                  <Typography.Text type="secondary">– {c.awardName}</Typography.Text>
                  <Flex gap={12} wrap style={{ marginTop: 4 }}>
                    <div style={{ flex: '1 1 140px', minWidth: 0 }}>
                      <Typography.Text aria-hidden style={{ display: 'block', fontSize: 13 }}>
                        {m.agree}
                      </Typography.Text>
                      <InputNumber<number>
                        min={0}
                        max={100000}
                        precision={0}
                        aria-label={m.agreeOf(name)}
                        value={row.agree}
                        onChange={(v) => setCandidate(c.id, 'agree', v)}
                        style={{ width: '100%' }}
                      />
                    </div>
                    <div style={{ flex: '1 1 140px', minWidth: 0 }}>
                      <Typography.Text aria-hidden style={{ display: 'block', fontSize: 13 }}>
                        {m.disagree}
                      </Typography.Text>
                      <InputNumber<number>
                        min={0}
                        max={100000}
                        precision={0}
                        aria-label={m.disagreeOf(name)}
                        value={row.disagree}
                        onChange={(v) => setCandidate(c.id, 'disagree', v)}
                        style={{ width: '100%' }}
                      />
                    </div>
                  </Flex>
                </li>
              );
            })}
          </ul>
          {touched && problems.length > 0 && (
            <Alert
              type="error"
              showIcon
              title={m.problems}
              id={problemsId}
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              }
            />
          )}
          <Flex gap={8} wrap>
            <Button
              type="primary"
              loading={enter.isPending}
              disabled={touched && problems.length > 0}
              onClick={save}
            >
              {m.saveEntry(entry)}
            </Button>
            <Button loading={confirmTally.isPending} onClick={confirmEntries}>
              {m.confirmPaper}
            </Button>
          </Flex>
          {round.paperEntries.length > 0 && (
            <Typography.Text type="secondary">
              {m.savedEntries(
                round.paperEntries.map((e) => m.entryBy(e.entry, e.userName)).join(', '),
              )}
            </Typography.Text>
          )}
          {shownDifferences.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={m.differences}
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {shownDifferences.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              }
            />
          )}
          {confirmError && (
            <Alert type="error" showIcon title={m.confirmFailed} description={confirmError} />
          )}
        </Flex>
      )}
      <Flex vertical gap={4} style={{ marginTop: 12 }}>
        <Typography.Text strong>{m.scan}</Typography.Text>
        {round.paperScanSha256 ? (
          <Typography.Text code style={{ overflowWrap: 'anywhere' }}>
            SHA-256 {round.paperScanSha256}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{m.scanNone}</Typography.Text>
        )}
        <Flex gap={8} align="center" wrap>
          <Upload
            accept=".pdf,.png,.jpg,.jpeg"
            showUploadList={false}
            disabled={attach.isPending}
            beforeUpload={(file) => {
              sendScan(file);
              // sent by the mutation above, not by antd's own request
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={attach.isPending}>
              {m.scanAttach}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{m.scanHelp}</Typography.Text>
        </Flex>
      </Flex>
    </section>
  );
}
