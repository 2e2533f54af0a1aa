import { formatDateTime, isoToVn } from '@thidua/shared-domain';
import { DateTimeText } from '@thidua/web-ui';
import type { AwardDossierEventItem } from '@thidua/web-data-access';
import { Empty, Flex, Tag, Timeline, Typography } from 'antd';

import { awardsMessages as m, noticeMessages as n } from '../messages';
import { countsLine } from './NoticePanel';
import { LateTag } from './tags';

const COLORS: Record<string, string> = {
  CREATE: 'gray',
  SUBMIT: 'blue',
  RECALL: 'gray',
  WITHDRAW: 'gray',
  RECEIVE: 'blue',
  RETURN: 'red',
  APPRAISE: 'green',
  FORWARD_TO_COUNCIL: 'green',
  DECIDE: 'green',
  ESCALATE: 'blue',
  COUNCIL: 'purple',
};

type Changes = NonNullable<AwardDossierEventItem['changes']>;
const CHANGE_KEYS = Object.keys(m.changes) as (keyof typeof m.changes)[];

/** A resend's "what changed since the last send", as the API fixed it at the send (ADR 0019 §3). */
function ChangesList({ changes }: { changes: Changes }) {
  const lines = CHANGE_KEYS.filter((k) => changes[k].length > 0);
  if (lines.length === 0) return <Typography.Text type="secondary">{m.noChanges}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {lines.map((k) => (
        <li key={k}>
          {m.changes[k]}: {changes[k].join('; ')}
        </li>
      ))}
    </ul>
  );
}

type CarriedNotice = NonNullable<AwardDossierEventItem['notice']>;

/**
 * The public notice's result a send carried (ADR 0021): its period, how many were listed, the
 * comments by kind, and how each comment was handled (no sender: the carried result has none).
 */
function NoticeResult({ notice }: { notice: CarriedNotice }) {
  return (
    <>
      <Typography.Text style={{ display: 'block' }}>{notice.title}</Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {n.period}:{' '}
        {n.periodText(isoToVn(notice.startsOn), isoToVn(notice.endsOn), notice.workingDays)} ·{' '}
        {n.nomineesPublished(notice.nominees)}
        {notice.closedAt ? ` · ${n.eventClosed(formatDateTime(notice.closedAt))}` : ''}
      </Typography.Text>
      {notice.articles.length > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {n.basis(notice.articles)}
        </Typography.Text>
      )}
      <Typography.Text style={{ display: 'block' }}>
        {n.carried(countsLine(notice.counts))}
      </Typography.Text>
      {notice.comments.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {notice.comments.map((c, i) => (
            <li key={`${c.receivedAt}-${i}`}>
              <Tag>{n.kinds[c.kind] ?? c.kind}</Tag>
              {c.nominee ?? n.wholeList}: “{c.excerpt}”{' — '}
              {c.outcome ? (
                <>
                  <Typography.Text strong>{n.outcomes[c.outcome] ?? c.outcome}</Typography.Text>
                  {c.handling ? `: ${c.handling}` : ''}
                  {n.eventHandled(c.handledBy, c.handledAt ? formatDateTime(c.handledAt) : null)}
                </>
              ) : (
                n.notHandled
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div style={{ marginTop: 4 }}>
      <Typography.Text strong style={{ fontSize: 13 }}>
        {title}
      </Typography.Text>
      {children}
    </div>
  );
}

/**
 * Lịch sử hồ sơ, oldest first as the API gives it: every move with who and when, the status it left
 * and reached; a return's reason and remarks per item, an appraisal's verdicts, a send's quota check,
 * late flag, the public notice's result it carried and — on a resend — what changed. Nothing is overwritten, so a second return still shows
 * what the first asked.
 */
export function DossierTimeline({ events }: { events: readonly AwardDossierEventItem[] }) {
  if (events.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.historyEmpty} />;
  return (
    <Timeline
      items={events.map((e) => ({
        key: e.id,
        color: COLORS[e.action] ?? 'gray',
        content: (
          <article aria-label={m.eventActions[e.action] ?? e.action}>
            <Flex gap={8} wrap align="center">
              <Typography.Text strong>{m.eventActions[e.action] ?? e.action}</Typography.Text>
              {e.late && <LateTag />}
              <Tag>
                {m.statusChange(
                  e.fromStatus ? (m.statuses[e.fromStatus] ?? e.fromStatus) : null,
                  m.statuses[e.toStatus] ?? e.toStatus,
                )}
              </Tag>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <DateTimeText value={e.at} /> · {m.eventBy(e.actorName)}
            </Typography.Text>
            {e.reason && (
              // a COUNCIL event's text names the session, each nominee's verdict and the minutes' hash
              <Block title={e.action === 'COUNCIL' ? m.eventCouncil : m.eventReason}>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                  {e.reason}
                </Typography.Paragraph>
              </Block>
            )}
            {e.remarks.length > 0 && (
              <Block title={m.eventRemarks}>
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {e.remarks.map((r, i) => (
                    <li key={`${r.nominationId ?? r.documentId ?? ''}-${i}`}>
                      <Typography.Text strong>{r.label}:</Typography.Text> {r.remark}
                    </li>
                  ))}
                </ul>
              </Block>
            )}
            {e.appraisal && e.appraisal.length > 0 && (
              <Block title={m.eventAppraisal}>
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {e.appraisal.map((a) => (
                    <li key={a.nominationId}>
                      {a.name}:{' '}
                      <Tag color={a.verdict === 'PASS' ? 'success' : 'error'}>
                        {m.verdicts[a.verdict] ?? a.verdict}
                      </Tag>
                      {a.remark}
                      {/* what the appraiser settled by hand: the items set unmet or confirmed against the check */}
                      {a.checklist.some((c) => c.settledBy === 'APPRAISER') && (
                        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                          {a.checklist
                            .filter((c) => c.settledBy === 'APPRAISER')
                            .map((c) => (
                              <li key={c.key}>{m.checklistLine(c.requirement, c.ok, c.remark)}</li>
                            ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ul>
              </Block>
            )}
            {e.quota && e.quota.length > 0 && (
              <Block title={m.eventQuota}>
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {e.quota.map((q) => (
                    <li key={q.form}>{q.explanation}</li>
                  ))}
                </ul>
              </Block>
            )}
            {e.notice && (
              <Block title={n.eventTitle}>
                <NoticeResult notice={e.notice} />
              </Block>
            )}
            {e.changes && (
              <Block title={m.changesTitle}>
                <ChangesList changes={e.changes} />
              </Block>
            )}
          </article>
        ),
      }))}
    />
  );
}
