/**
 * Công khai danh sách đề nghị khen thưởng (issue 11, "Public notice"; domain reference §2.8): where a
 * nominee's rule in force says so (`RulePublicNotice`: NĐ 98 Điều 46, NĐ 152 Điều 44 — Huân chương,
 * danh hiệu vinh dự nhà nước, CSTĐ toàn quốc: 10 working days), the proposing unit publishes its list
 * on the public page for N working days, takes comments and complaints (góp ý, khiếu nại, tố cáo),
 * records how each was handled, and carries the result into the dossier it sends. Pure, so the API
 * refuses and the SPA explains with the same words. Codes are stored: add, never rename.
 */
import { isoToVn, type IsoDate } from '../org/dates';
import type { AwardSubject } from './award-kinds';
import type { RulePublicNotice } from './award-rules';

/** Stored statuses: a notice is published at once (the list frozen then); closing ends it early. */
export const NOTICE_STATUSES = {
  OPEN: 'Đã công khai',
  CLOSED: 'Đã kết thúc',
} as const satisfies Record<string, string>;
export type NoticeStatus = keyof typeof NOTICE_STATUSES;

/** Where a notice stands on a day (from its status and dates; never stored). */
export const NOTICE_PHASES = {
  SCHEDULED: 'Chờ đến ngày công khai',
  RUNNING: 'Đang công khai, nhận ý kiến',
  ENDED: 'Hết thời hạn công khai',
  CLOSED: 'Đã kết thúc công khai',
} as const satisfies Record<string, string>;
export type NoticePhase = keyof typeof NOTICE_PHASES;

export const NOTICE_COMMENT_KINDS = {
  GOP_Y: 'Góp ý',
  KHIEU_NAI: 'Khiếu nại',
  TO_CAO: 'Tố cáo',
} as const satisfies Record<string, string>;
export type NoticeCommentKind = keyof typeof NOTICE_COMMENT_KINDS;

export const NOTICE_OUTCOMES = {
  ACCEPTED: 'Tiếp thu: ảnh hưởng đến đề nghị',
  REJECTED: 'Không tiếp thu',
  NOTED: 'Ghi nhận',
} as const satisfies Record<string, string>;
export type NoticeOutcome = keyof typeof NOTICE_OUTCOMES;

export const PUBLIC_NOTICE_LIMITS = {
  title: 300,
  /** a comment's text: a page of writing, enough for a complaint with its facts */
  text: 2000,
  authorName: 200,
  contact: 200,
  handling: 2000,
  /** comments from one address to one notice per hour, counted in the database (like logins, ADR 0005) */
  commentsPerHour: 5,
  /** comments one notice takes in all: a dossier lists a few dozen nominees, 500 is far beyond real use */
  commentsPerNotice: 500,
  /** the longest notice: a quarter of working days (the law asks 10) */
  workingDaysMax: 60,
  /** how far ahead a notice may be scheduled, in calendar days */
  startWithinDays: 60,
  /**
   * The period of a notice no rule asks for (the officer chooses to publish): 05 working days, the
   * shortest window in use (Bộ Tư pháp under NĐ 91; UBND xã for Huy chương TNXP, domain reference §2.8).
   */
  voluntaryWorkingDays: 5,
  /** what the dossier carries of each comment's text (the whole text stays on the notice) */
  carriedExcerpt: 300,
} as const;

/** A nominee as the rules in force say of the notice (null: no rule judged it). */
export interface NoticeRuleItem {
  name: string;
  awardName: string;
  notice: Pick<RulePublicNotice, 'required' | 'workingDays' | 'article'> | null;
}

export interface NoticeRequirement {
  /** at least one nominee's rule asks for a public notice */
  required: boolean;
  /** the period: the longest any rule asks, or the voluntary period when none does */
  workingDays: number;
  /** the articles cited by the rules that ask ("Điều 44 Nghị định 152/2025/NĐ-CP"), each once */
  articles: string[];
  /** "Nguyễn Văn A (Huân chương Lao động hạng Ba)": the nominees whose rule asks */
  nominees: string[];
}

/** What the rules of a dossier's nominees ask of its public notice. */
export function noticeRequirement(items: readonly NoticeRuleItem[]): NoticeRequirement {
  const asking = items.filter((i) => i.notice?.required);
  const days = asking.map((i) => i.notice?.workingDays ?? 0).filter((d) => d > 0);
  const articles = [
    ...new Set(asking.map((i) => i.notice?.article?.trim()).filter((a): a is string => !!a)),
  ];
  return {
    required: asking.length > 0,
    workingDays: days.length
      ? Math.max(...days)
      : // a rule that asks without a number (awardRuleContentProblems refuses it, but a stored one
        // may predate that check): the law's usual 10
        asking.length
        ? 10
        : PUBLIC_NOTICE_LIMITS.voluntaryWorkingDays,
    articles,
    nominees: asking.map((i) => `${i.name} (${i.awardName})`),
  };
}

export interface NoticeDates {
  status: NoticeStatus;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

export function noticePhase(n: NoticeDates, today: IsoDate): NoticePhase {
  if (n.status === 'CLOSED') return 'CLOSED';
  if (today < n.startsOn) return 'SCHEDULED';
  return today > n.endsOn ? 'ENDED' : 'RUNNING';
}

/** Why a comment is not taken on `today` (null: it is): the notice must be running. */
export function commentRefusal(n: NoticeDates, today: IsoDate): string | null {
  switch (noticePhase(n, today)) {
    case 'CLOSED':
      return 'Danh sách đã kết thúc công khai: không nhận thêm ý kiến.';
    case 'SCHEDULED':
      return `Danh sách nhận ý kiến từ ngày ${isoToVn(n.startsOn)}.`;
    case 'ENDED':
      return `Đã hết thời hạn nhận ý kiến (đến hết ngày ${isoToVn(n.endsOn)}).`;
    default:
      return null;
  }
}

/**
 * Why the officer may not close the notice on `today` (null: may): a notice the rules ask for runs
 * its whole period, or it would not have been published "for N working days".
 */
export function closeRefusal(
  n: NoticeDates & { required: boolean },
  today: IsoDate,
): string | null {
  if (n.status === 'CLOSED') return 'Danh sách đã kết thúc công khai.';
  if (n.required && today <= n.endsOn)
    return `Quy định yêu cầu công khai đến hết ngày ${isoToVn(n.endsOn)}: chưa kết thúc sớm được.`;
  return null;
}

/** A nominee as the notice published it (frozen: later edits of the dossier do not change it). */
export interface NoticeNominee {
  /** số thứ tự on the published list (what a comment names, not an internal id) */
  position: number;
  nominationId: string;
  subject: AwardSubject;
  name: string;
  /** the public line under the name: "Trưởng phòng, Phòng Tổng hợp", the household's address */
  detail: string;
  awardName: string;
  /** this nominee's rule asks for the notice */
  required: boolean;
}

/** A nominee of the dossier as it stands at the send. */
export interface CurrentNominee {
  id: string;
  name: string;
  awardName: string;
  required: boolean;
}

/**
 * The nominees whose rule asks for a notice but who were not on the published list as they stand now
 * (added after it, or proposed for another award since): the public never saw them.
 */
export function unpublishedNominees(
  published: readonly Pick<NoticeNominee, 'nominationId' | 'awardName'>[],
  current: readonly CurrentNominee[],
): string[] {
  const seen = new Map(published.map((p) => [p.nominationId, p.awardName]));
  return current
    .filter((n) => n.required && seen.get(n.id) !== n.awardName)
    .map((n) => `${n.name} (${n.awardName})`);
}

export interface NoticeForSend extends NoticeDates {
  workingDays: number;
  nominees: readonly Pick<NoticeNominee, 'nominationId' | 'awardName'>[];
}

/**
 * Why the dossier may not be sent on `today` because of its public notice (null: it may). The notice
 * is the dossier's latest (null: none); `unhandled` counts its comments with no handling recorded.
 * Any running notice holds the send (what the dossier carries must be final), whether the rules asked
 * for it or the officer chose it (a voluntary one can be closed first).
 */
export function noticeSendRefusal(
  requirement: NoticeRequirement,
  current: readonly CurrentNominee[],
  notice: NoticeForSend | null,
  unhandled: number,
  today: IsoDate,
): string | null {
  if (!notice) {
    if (!requirement.required) return null;
    const basis = requirement.articles.length ? `, ${requirement.articles.join('; ')}` : '';
    return `Phải công khai danh sách đề nghị khen thưởng ít nhất ${pad(requirement.workingDays)} ngày làm việc trước khi gửi hồ sơ (${requirement.nominees.join('; ')}${basis}): hãy công khai danh sách.`;
  }
  const phase = noticePhase(notice, today);
  if (phase === 'SCHEDULED' || phase === 'RUNNING')
    return requirement.required
      ? `Danh sách đang công khai đến hết ngày ${isoToVn(notice.endsOn)}: chỉ gửi hồ sơ được sau thời hạn công khai.`
      : `Danh sách đang công khai đến hết ngày ${isoToVn(notice.endsOn)}: hãy kết thúc công khai trước khi gửi hồ sơ.`;
  if (unhandled > 0)
    return `Còn ${pad(unhandled)} ý kiến về danh sách công khai chưa xử lý: hãy ghi kết quả xử lý trước khi gửi hồ sơ.`;
  const missing = unpublishedNominees(notice.nominees, current);
  if (missing.length)
    return `Danh sách đã công khai không có ${missing.join('; ')}: hãy công khai lại danh sách trước khi gửi hồ sơ.`;
  if (requirement.required && notice.workingDays < requirement.workingDays)
    return `Danh sách đã công khai ${pad(notice.workingDays)} ngày làm việc, quy định yêu cầu ${pad(requirement.workingDays)}: hãy công khai lại danh sách.`;
  return null;
}

/** One comment as the dossier carries it (the author is never carried: see ADR 0021). */
export interface CarriedComment {
  kind: NoticeCommentKind;
  /** "3. Nguyễn Văn A" as the comment named the nominee, or null for the list as a whole */
  nominee: string | null;
  receivedAt: string;
  /** the text, cut at PUBLIC_NOTICE_LIMITS.carriedExcerpt (the whole text stays on the notice) */
  excerpt: string;
  outcome: NoticeOutcome | null;
  handling: string | null;
  handledAt: string | null;
  handledBy: string | null;
}

/** The result of a notice as a send carries it (SUBMIT event's snapshot, ADR 0021). */
export interface NoticeResult {
  noticeId: string;
  title: string;
  required: boolean;
  workingDays: number;
  articles: string[];
  startsOn: IsoDate;
  endsOn: IsoDate;
  publishedAt: string;
  closedAt: string | null;
  nominees: number;
  counts: Record<NoticeCommentKind, number>;
  comments: CarriedComment[];
}

export function noticeCounts(
  comments: readonly { kind: NoticeCommentKind }[],
): Record<NoticeCommentKind, number> {
  const counts: Record<NoticeCommentKind, number> = { GOP_Y: 0, KHIEU_NAI: 0, TO_CAO: 0 };
  for (const c of comments) counts[c.kind] += 1;
  return counts;
}

/** "Không có ý kiến" / "02 góp ý, 01 khiếu nại": a notice's comments in one line. */
export function noticeCountsLine(counts: Record<NoticeCommentKind, number>): string {
  const parts = (Object.keys(NOTICE_COMMENT_KINDS) as NoticeCommentKind[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${pad(counts[k])} ${NOTICE_COMMENT_KINDS[k].toLocaleLowerCase('vi-VN')}`);
  return parts.length ? parts.join(', ') : 'Không có ý kiến';
}

export function excerpt(text: string, max: number = PUBLIC_NOTICE_LIMITS.carriedExcerpt): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The default title of a notice. */
export function noticeTitle(unitName: string, roundTitle: string): string {
  return `Danh sách đề nghị khen thưởng của ${unitName} — ${roundTitle}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
