import type { AwardSubject, IsoDate, UnitTree } from '@thidua/shared-domain';
import type { Block } from '../nd30/body';
import type { Recipients, Signature } from '../nd30/closing';
import type { Issuer } from '../nd30/header';
import type { DocumentDate } from '../nd30/identity';

/**
 * The documents of the council and the decision as data (issue 12, "Minutes and decisions", "Award
 * records and certificates"): the biên bản họp Hội đồng Thi đua - Khen thưởng, the biên bản kiểm phiếu,
 * the quyết định khen thưởng with its danh sách, and the certificates. The councils and decisions
 * modules map their sessions, tallies and decisions onto these; the builders turn them into .docx.
 * Layout facts: domain reference §1.5 (the minutes, [M] form + [H] must-records), §1.6 (certificates),
 * §2.11 (reward amounts) and §5 (NĐ 30/2020).
 */

/** A person named in a document: "Vũ Đức Chính", with the post that the document prints beside the name. */
export interface NamedPerson {
  readonly name: string;
  /** Chức vụ, đơn vị: "Chánh Văn phòng", "Trưởng phòng Tổng hợp". */
  readonly title: string;
}

/** The roles of a Hội đồng Thi đua - Khen thưởng (domain reference §3). */
export type CouncilRole = 'CHAIR' | 'VICE_CHAIR' | 'MEMBER' | 'SECRETARY_MEMBER';

export interface CouncilMember extends NamedPerson {
  readonly role: CouncilRole;
  /** Null or absent: present at the meeting. */
  readonly absence?: MemberAbsence | null;
}

/**
 * An absent member. The law has the written opinion of each absent member recorded in the biên bản (NĐ
 * 98/2023 Điều 30 k.7, domain reference §1.5 [H]); a member who sent none is recorded as such.
 */
export interface MemberAbsence {
  /** "đi công tác", "nghỉ phép"; null when not given. */
  readonly reason: string | null;
  /** What the member wrote ("Nhất trí với danh sách đề nghị …"); null: no written opinion. */
  readonly writtenOpinion: string | null;
  /** The person the member delegated in writing to attend and vote, where the council's rules allow it. */
  readonly proxy?: string | null;
}

/**
 * How the council voted: biểu quyết (show of hands), bỏ phiếu kín on paper, or bỏ phiếu kín with the
 * electronic ballots of thidua (in the room or remote; issue 12 "Voting"), whose chain's close hash the
 * minutes carry.
 */
export type VotingMethod = 'SHOW_OF_HANDS' | 'PAPER_BALLOT' | 'ELECTRONIC_BALLOT';

/**
 * A candidate's result: reached the share the rule asks and is proposed (PASSED), did not reach it
 * (FAILED), or reached it but ranked below the quota (OVER_QUOTA; domain reference §2.7, ranking by votes).
 */
export type VoteOutcome = 'PASSED' | 'FAILED' | 'OVER_QUOTA';

export interface CandidateResult {
  readonly subject: AwardSubject;
  /** "Bà Nông Thị Hà", "Trung tâm Phục vụ hành chính công tỉnh". */
  readonly name: string;
  /** Chức vụ, đơn vị (a person) or the parent unit (a collective); printed under the name. */
  readonly detail: string | null;
  /** The danh hiệu or hình thức voted on: "Bằng khen của Chủ tịch UBND tỉnh". */
  readonly award: string;
  /** Votes for, written opinions of absent members included (the share is on the whole membership). */
  readonly agree: number;
  readonly outcome: VoteOutcome;
}

/** How many of an award the council may propose, and how a tie at the last place was broken. */
export interface CouncilQuota {
  readonly award: string;
  readonly quota: number;
  /** "Hai trường hợp bằng số phiếu ở vị trí cuối được xếp theo ý kiến của Chủ tịch Hội đồng." */
  readonly tieBreak?: string | null;
}

/**
 * The công khai of the list before the meeting and what came of it: the law has the result and the
 * handling of complaints stated in the biên bản (NĐ 98 Điều 46, domain reference §1.5 and §2.8 [H]).
 */
export interface PublicNoticeResult {
  /** "Cổng thông tin điện tử của Văn phòng UBND tỉnh", "bảng tin của cơ quan". */
  readonly channel: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Comments and complaints received. */
  readonly comments: number;
  /** How they were handled; required when there were any. */
  readonly handling: string | null;
}

/** Biên bản họp Hội đồng Thi đua - Khen thưởng (TT 14/2015/TT-BTP Mẫu số 3 as the skeleton, §1.5). */
export interface CouncilMinutesDocument {
  /** The council's header: "UBND TỈNH BẮC KẠN / VĂN PHÒNG" over "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", code "HĐTĐKT". */
  readonly issuer: Issuer;
  /** The number in the register ("Số: 03/BB-HĐTĐKT"); null: left blank. */
  readonly number: number | null;
  readonly place: string;
  /** The day of the meeting, the day the minutes are signed. */
  readonly date: IsoDate;
  /** After "V/v": "xét, đề nghị khen thưởng Đợt thi đua đặc biệt năm 2025". */
  readonly subject: string;
  /** The council as sentences name it: "Hội đồng Thi đua - Khen thưởng Văn phòng UBND tỉnh Bắc Kạn". */
  readonly council: string;
  /** "08:00" and "10:30", 24-hour. */
  readonly startTime: string;
  readonly endTime: string;
  readonly venue: string;
  /** Who chaired (the Chủ tịch, or the Phó Chủ tịch he named) and who kept the minutes. */
  readonly chair: NamedPerson;
  readonly secretary: NamedPerson;
  /** The whole membership, present and absent: the shares are computed on it. */
  readonly members: readonly CouncilMember[];
  /** Invited guests: they speak but do not vote (TT 25/2025/TT-BKHCN Điều 23, §2.7 [M]). */
  readonly guests: readonly NamedPerson[];
  readonly publicNotice?: PublicNoticeResult | null;
  /** What the meeting did before the vote: the chair's briefing, the discussion. */
  readonly content: readonly Block[];
  readonly method: VotingMethod;
  readonly results: readonly CandidateResult[];
  readonly quotas?: readonly CouncilQuota[];
  /** The round's close hash (electronic ballots); required for ELECTRONIC_BALLOT. */
  readonly closeHash?: string | null;
  readonly conclusion: readonly Block[];
}

export interface TallyResult {
  readonly subject: AwardSubject;
  readonly name: string;
  readonly detail: string | null;
  readonly award: string;
  readonly agree: number;
  readonly disagree: number;
}

/** Biên bản kiểm phiếu of the ban kiểm phiếu (practice forms, §1.5 [M]). */
export interface TallyMinutesDocument {
  readonly issuer: Issuer;
  /** Null: left blank; a tally minutes is often not entered in the register, and may stay blank. */
  readonly number: number | null;
  readonly place: string;
  readonly date: IsoDate;
  /** After "Kiểm phiếu": "xét khen thưởng Đợt thi đua đặc biệt năm 2025". */
  readonly subject: string;
  readonly council: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly venue: string;
  /** The ban kiểm phiếu: its head (trưởng ban) and members (ủy viên). */
  readonly board: { readonly head: NamedPerson; readonly members: readonly NamedPerson[] };
  /** The whole membership of the council: the shares are computed on it. */
  readonly totalMembers: number;
  /** Members present when the ballots were handed out. */
  readonly present: number;
  readonly ballots: {
    /** Phiếu phát ra, thu về, hợp lệ, không hợp lệ. */
    readonly issued: number;
    readonly collected: number;
    readonly valid: number;
    readonly invalid: number;
  };
  /** Written opinions of absent members, counted into each candidate's figures. */
  readonly writtenOpinions: number;
  readonly results: readonly TallyResult[];
  /** The round's close hash when the ballots were electronic (or the paper entry was chained). */
  readonly closeHash?: string | null;
}

/** One who receives the award in a decision's danh sách. */
export interface DecisionAwardee {
  readonly subject: AwardSubject;
  readonly name: string;
  /** Chức vụ, đơn vị (a person), the parent (a collective), the address (a household). */
  readonly detail: string | null;
  /** Tiền thưởng in đồng, from `rewardAmount`; null when the decision gives no money. */
  readonly amount: number | null;
}

/** Quyết định khen thưởng (cá biệt; NĐ 30/2020 Phụ lục I, domain reference §5). */
export interface AwardDecisionDocument {
  /** The issuer's header: "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN" (code UBND), "UBND TỈNH … / VĂN PHÒNG" (VP). */
  readonly issuer: Issuer;
  /** From the number register (per issuing unit, year and kind); null on a draft. */
  readonly number: number | null;
  readonly place: string;
  readonly date: DocumentDate;
  /** Trích yếu after "Về việc": "tặng Giấy khen cho các tập thể, cá nhân có thành tích …". */
  readonly subject: string;
  /**
   * Who decides, as the line above the căn cứ names them: "Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn",
   * "Giám đốc Sở Nội vụ"; the appendix says "của" them.
   */
  readonly authority: string;
  /** Căn cứ, each without its "Căn cứ": the law, the decree, the unit's functions, the plan. */
  readonly bases: readonly string[];
  /** The council's biên bản, cited after the bases. */
  readonly councilMinutes?: { readonly body: string; readonly date: IsoDate | null } | null;
  /** "Xét đề nghị của {by} tại {reference}.": the tờ trình that asked for the award. */
  readonly proposal?: { readonly by: string; readonly reference: string } | null;
  /** "Giấy khen của Chánh Văn phòng", "Chiến sĩ thi đua cơ sở". */
  readonly award: string;
  /** A hình thức khen thưởng is given ("Tặng Giấy khen"), a danh hiệu thi đua too, with its name quoted. */
  readonly awardKind: 'FORM' | 'TITLE';
  /** What for, after the counts: "đã có thành tích xuất sắc trong Đợt thi đua đặc biệt …". */
  readonly achievement: string;
  readonly awardees: readonly DecisionAwardee[];
  /** The money of Điều 2; null when the award carries none (then there is no Điều 2 on money). */
  readonly reward: {
    /** "Quỹ thi đua, khen thưởng của Văn phòng UBND tỉnh năm 2025". */
    readonly funding: string;
    /** Printed in brackets after the amounts: "theo Nghị định số 152/2025/NĐ-CP". */
    readonly basis?: string | null;
  } | null;
  /** Điều 3: who carries it out, before "và các tập thể, cá nhân có tên tại Điều 1". */
  readonly executors: readonly string[];
  readonly recipients: Recipients;
  readonly signature: Signature;
}

/** One certificate of a decision (Giấy khen, Bằng khen, Bằng chứng nhận CSTĐCS). */
export interface Certificate {
  /** "Bà Nông Thị Hà", "Phòng Khoa giáo - Văn xã". */
  readonly name: string;
  /** "Chuyên viên Phòng Tổng hợp, Văn phòng UBND tỉnh Bắc Kạn"; null: none printed. */
  readonly detail: string | null;
  /** "Đã có thành tích xuất sắc trong …". */
  readonly achievement: string;
  /** Số sổ vàng, as the register writes it ("0125"); null: not entered yet (a blank is left). */
  readonly goldenBook: string | null;
  /** The public verification page this certificate's QR code opens. */
  readonly verifyUrl: string;
  /** The short code printed under the QR code, typed on the verification page by hand. */
  readonly code: string;
}

/** Every certificate of one decision, to print as one file (one page each). */
export interface CertificatesDocument {
  /** A Party issuer prints "ĐẢNG CỘNG SẢN VIỆT NAM" instead of the Quốc hiệu (§1.6, NĐ 98 Điều 104). */
  readonly tree: UnitTree;
  /** The decider's title, printed in red capitals: "Chánh Văn phòng Ủy ban nhân dân tỉnh Bắc Kạn". */
  readonly decider: string;
  /** "TẶNG" above a hình thức (Giấy khen, Bằng khen), "TẶNG DANH HIỆU" above a danh hiệu (CSTĐCS). */
  readonly awardKind: 'FORM' | 'TITLE';
  /** Printed in red capitals: "Giấy khen", "Chiến sĩ thi đua cơ sở". */
  readonly award: string;
  readonly decision: {
    /** The issuer's part of the number ("VP" in 25/QĐ-VP). */
    readonly issuerCode: string;
    readonly number: number;
    readonly date: IsoDate;
  };
  /** Bottom right: địa danh and date, then the signature. */
  readonly place: string;
  readonly date: IsoDate;
  readonly signature: Signature;
  readonly certificates: readonly Certificate[];
}
