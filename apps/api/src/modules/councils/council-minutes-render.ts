import {
  DocumentDataError,
  buildCouncilMinutes,
  buildTallyMinutes,
  type Block,
  type CandidateResult,
  type CouncilMember,
  type CouncilMinutesDocument,
  type CouncilQuota,
  type CouncilRole,
  type Issuer,
  type NamedPerson,
  type PublicNoticeResult,
  type TallyMinutesDocument,
} from '@thidua/documents';
import {
  VN_TIME_ZONE,
  formatNumber,
  formatPercentHundredths,
  type IsoDate,
  type NoticeResult,
} from '@thidua/shared-domain';
import { AppError } from '../../core/errors/app-error';
import type {
  AgendaOutcome,
  CouncilAgendaItemEntity,
  CouncilSessionEntity,
  CouncilSessionGuestEntity,
  CouncilSessionMemberEntity,
} from './council-session.entity';
import type { CouncilMemberRole } from './council-vocabulary';
import type {
  CouncilVotingRoundEntity,
  CouncilWrittenOpinionEntity,
  StoredRoundResult,
} from './council-voting.entity';

/**
 * The biên bản họp Hội đồng and the biên bản kiểm phiếu as libs/documents' data (issue 12, "Minutes
 * and decisions"), mapped from what the session recorded: its members on the day with attendance and
 * written opinions, guests, the công khai results the dossiers' sends carried, each agenda item's
 * outcome from the round that decided it, and every round's close hash (ADR 0023). Pure: the service
 * reads, this maps, the builders print.
 */

const ROLES: Record<CouncilMemberRole, CouncilRole> = {
  CHU_TICH: 'CHAIR',
  PHO_CHU_TICH: 'VICE_CHAIR',
  UY_VIEN: 'MEMBER',
  UY_VIEN_THU_KY: 'SECRETARY_MEMBER',
};

/** Where a công khai result was shown: the public page of thidua (ADR 0021). */
const NOTICE_CHANNEL = 'trang công khai của Hệ thống quản lý thi đua, khen thưởng';

/** "14:05" in Vietnam: the minutes' hours. */
export function vnTime(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: VN_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** The council's header: its unit (under the body above it) over "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG". */
export function councilIssuer(
  unit: { name: string; tree: Issuer['tree'] },
  parent: { name: string } | null,
): Issuer {
  return {
    tree: unit.tree,
    parentBody: parent ? `${parent.name}\n${unit.name}` : unit.name,
    body: 'Hội đồng Thi đua -\nKhen thưởng',
    code: 'HĐTĐKT',
  };
}

/** The item's outcome from the deciding round's line: over the quota is not proposed. */
export function outcomeOf(line: StoredRoundResult): AgendaOutcome {
  if (!line.passed) return 'FAILED';
  return line.withinQuota === false ? 'OVER_QUOTA' : 'PASSED';
}

/** "đồng ý 8/9 (88,89 %)": a verdict as the dossiers' history prints it. */
export function votesLine(agree: number, members: number, percentHundredths: number): string {
  return `đồng ý ${formatNumber(agree)}/${formatNumber(members)} (${formatPercentHundredths(percentHundredths)})`;
}

/** Each dossier's công khai as one result: the widest period, every comment and its handling. */
export function noticeOf(results: readonly NoticeResult[]): PublicNoticeResult | null {
  if (!results.length) return null;
  const comments = results.flatMap((r) => r.comments);
  const handling = comments
    .map((c) => `${c.nominee ? `${c.nominee}: ` : ''}${c.handling?.trim() || 'đã xử lý'}`)
    .join('; ');
  return {
    channel: NOTICE_CHANNEL,
    from: results.map((r) => r.startsOn).reduce((a, b) => (b < a ? b : a)),
    to: results.map((r) => r.endsOn).reduce((a, b) => (b > a ? b : a)),
    comments: comments.length,
    handling: comments.length ? handling : null,
  };
}

export interface MinutesInput {
  session: CouncilSessionEntity;
  councilName: string;
  issuer: Issuer;
  place: string;
  subject: string;
  /** the session's place, else the council unit's seat */
  venue: string;
  endTime: string;
  members: readonly CouncilSessionMemberEntity[];
  guests: readonly CouncilSessionGuestEntity[];
  items: readonly CouncilAgendaItemEntity[];
  /** the tallied rounds in the order they were opened */
  rounds: readonly CouncilVotingRoundEntity[];
  written: readonly CouncilWrittenOpinionEntity[];
  notices: readonly NoticeResult[];
  /** each item's outcome, as the close writes it */
  outcomes: ReadonlyMap<string, { outcome: AgendaOutcome; agree: number; roundId: string }>;
}

function person(m: Pick<CouncilSessionMemberEntity, 'personName' | 'title'>): NamedPerson {
  return { name: m.personName, title: m.title };
}

export function minutesDocument(d: MinutesInput): CouncilMinutesDocument {
  const { session } = d;
  const byMember = new Map(d.members.map((m) => [m.memberId, m]));
  const label = (id: string) => {
    const i = d.items.find((x) => x.id === id);
    return i ? `${i.candidateName} (${i.awardName})` : '';
  };
  const members: CouncilMember[] = d.members.map((m) => {
    const base = { ...person(m), role: ROLES[m.role] };
    if (m.attendance === 'PRESENT') return base;
    // the written opinion as typed at the roll call, then each item's choice (NĐ 98 Điều 30 k.7)
    const mine = d.written.filter((o) => o.memberId === m.memberId);
    const agree = mine.filter((o) => o.choice === 'AGREE').map((o) => label(o.agendaItemId));
    const disagree = mine.filter((o) => o.choice === 'DISAGREE').map((o) => label(o.agendaItemId));
    const choices = [
      ...(agree.length ? [`đồng ý: ${agree.join(', ')}`] : []),
      ...(disagree.length ? [`không đồng ý: ${disagree.join(', ')}`] : []),
    ].join('; ');
    const opinion =
      m.attendance === 'ABSENT_WRITTEN'
        ? [m.writtenOpinion?.trim(), choices].filter(Boolean).join('; ') || null
        : null;
    const holder = m.proxyMemberId ? byMember.get(m.proxyMemberId)?.personName : null;
    return {
      ...base,
      absence: {
        reason: m.attendance === null ? 'chưa điểm danh' : null,
        writtenOpinion: opinion,
        proxy: m.attendance === 'PROXY' ? (holder ?? null) : null,
      },
    };
  });
  const chair = session.chairMemberId ? byMember.get(session.chairMemberId) : undefined;
  const secretary = session.secretaryMemberId ? byMember.get(session.secretaryMemberId) : undefined;
  const results: CandidateResult[] = d.items.map((i) => {
    const o = d.outcomes.get(i.id);
    return {
      subject: i.subject,
      name: i.candidateName,
      detail: i.proposingUnitName,
      award: i.awardName,
      agree: o?.agree ?? 0,
      outcome: o?.outcome ?? 'FAILED',
    };
  });
  // a quota line per award, from the round that ranked it (the note and the check read it)
  const quotas: CouncilQuota[] = [];
  for (const r of d.rounds) {
    if (r.quota === null) continue;
    const awards = new Set(
      d.items.filter((i) => d.outcomes.get(i.id)?.roundId === r.id).map((i) => i.awardName),
    );
    if (awards.size !== 1) continue;
    const award = [...awards][0] as string;
    if (quotas.some((q) => q.award === award)) continue;
    quotas.push({
      award,
      quota: r.quota,
      tieBreak: r.chairPick?.length
        ? 'Các trường hợp bằng số phiếu ở vị trí cuối được xếp theo ý kiến của Chủ tịch Hội đồng'
        : null,
    });
  }
  const hashes = d.rounds.flatMap((r) => (r.closeHash ? [r.closeHash] : []));
  const passed = results.filter((r) => r.outcome === 'PASSED').length;
  const content: Block[] = [
    `Thường trực Hội đồng trình ${formatNumber(d.items.length)} trường hợp đề nghị khen thưởng đã được thẩm định; Hội đồng xem xét, bỏ phiếu từng trường hợp.`,
    ...(session.note?.trim() ? [session.note.trim()] : []),
  ];
  return {
    issuer: d.issuer,
    number: null,
    place: d.place,
    date: session.date,
    subject: d.subject,
    council: d.councilName,
    startTime: session.startTime ?? (session.startedAt ? vnTime(session.startedAt) : d.endTime),
    endTime: d.endTime,
    venue: d.venue,
    chair: chair ? person(chair) : { name: '', title: '' },
    secretary: secretary ? person(secretary) : { name: '', title: '' },
    members,
    guests: d.guests.map((g) => ({ name: g.name, title: g.title ?? '' })),
    publicNotice: noticeOf(d.notices),
    content,
    method: d.rounds.some((r) => r.mode !== 'PAPER') ? 'ELECTRONIC_BALLOT' : 'PAPER_BALLOT',
    results,
    quotas,
    // one round: its hash; several: each in the order opened, so each matches its bundle
    closeHash:
      hashes.length > 1 ? hashes.map((h, i) => `(${i + 1}) ${h}`).join('; ') : (hashes[0] ?? null),
    conclusion: [
      `Hội đồng thống nhất đề nghị khen thưởng ${formatNumber(passed)} trường hợp đạt theo kết quả tại mục III; ${formatNumber(results.length - passed)} trường hợp không được đề nghị.`,
    ],
  };
}

export interface TallyInput {
  round: CouncilVotingRoundEntity;
  items: readonly CouncilAgendaItemEntity[];
  councilName: string;
  issuer: Issuer;
  place: string;
  date: IsoDate;
  venue: string;
  subject: string;
  /** the ban kiểm phiếu: the session's secretary heads it; a paper round's two officers who entered the count */
  head: NamedPerson;
  board: readonly NamedPerson[];
  /** ROOM: codes printed / used; REMOTE: tokens issued / spent; PAPER: null (the agreed figures) */
  ballots: { issued: number; collected: number } | null;
}

export function tallyDocument(d: TallyInput): TallyMinutesDocument {
  const { round } = d;
  const paper = round.paperTally;
  const ballots = paper
    ? {
        issued: paper.issued,
        collected: paper.returned,
        valid: paper.valid,
        invalid: paper.invalid,
      }
    : {
        issued: d.ballots?.issued ?? 0,
        collected: d.ballots?.collected ?? 0,
        valid: d.ballots?.collected ?? 0,
        invalid: 0,
      };
  return {
    issuer: d.issuer,
    number: null,
    place: d.place,
    date: d.date,
    subject: d.subject,
    council: d.councilName,
    startTime: vnTime(round.openedAt),
    endTime: vnTime(round.talliedAt ?? round.closedAt ?? round.openedAt),
    venue: d.venue,
    board: { head: d.head, members: d.board },
    totalMembers: round.members,
    present: round.inRoom,
    ballots,
    // voters = in the room + absentees' written opinions (the OPEN event's count)
    writtenOpinions: round.voters - round.inRoom,
    results: (round.results ?? []).map((l) => {
      const i = d.items.find((x) => x.id === l.agendaItemId);
      return {
        subject: i?.subject ?? 'INDIVIDUAL',
        name: i?.candidateName ?? l.agendaItemId,
        detail: i?.proposingUnitName ?? null,
        award: i?.awardName ?? '',
        agree: l.agree,
        disagree: l.disagree,
      };
    }),
    closeHash: round.closeHash,
  };
}

/** The builder's refusal of the data (DocumentDataError) as the Vietnamese answer it carries. */
async function printable<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DocumentDataError)
      throw AppError.field('id', `Chưa lập được ${what}: ${error.message}`);
    throw error;
  }
}

export function renderMinutes(doc: CouncilMinutesDocument): Promise<Uint8Array> {
  return printable('biên bản họp Hội đồng', () => buildCouncilMinutes(doc));
}

export function renderTallyMinutes(doc: TallyMinutesDocument): Promise<Uint8Array> {
  return printable('biên bản kiểm phiếu', () => buildTallyMinutes(doc));
}
