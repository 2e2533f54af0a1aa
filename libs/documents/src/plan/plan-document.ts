import type { IsoDate } from '@thidua/shared-domain';
import type { Block, NumberingStyle } from '../nd30/body';
import type { Recipients, Signature } from '../nd30/closing';
import type { Issuer } from '../nd30/header';
import type { DocumentDate } from '../nd30/identity';
import type { RichText } from '../nd30/text';

/**
 * A kế hoạch thi đua as data: what the campaigns module maps its entities onto, and all the builder needs.
 * Parts left out (no phases, no award plan…) are left out of the document and the numbering closes up.
 * The outline follows the real plans in the seeds and the Đắk Lắk plan of domain.md §7:
 *
 *   I. MỤC ĐÍCH, YÊU CẦU
 *   II. NỘI DUNG THI ĐUA (chủ đề, phương châm, thời gian, đối tượng, nội dung, chỉ tiêu)
 *   III. THỜI GIAN VÀ CÁC GIAI ĐOẠN THỰC HIỆN (giai đoạn, mốc thời gian)
 *   IV. GIẢI PHÁP THỰC HIỆN
 *   V. TIÊU CHUẨN VÀ HÌNH THỨC KHEN THƯỞNG (tiêu chuẩn, hình thức, số lượng, hồ sơ, thời hạn)
 *   VI. TỔ CHỨC THỰC HIỆN (việc của từng cơ quan, chế độ báo cáo)
 */
export interface PlanDocument {
  readonly issuer: Issuer;
  /** The number in the issuer's register; null on a draft (given at issue, NĐ 30 Điều 15). */
  readonly number: number | null;
  /** Địa danh: "Bắc Kạn". */
  readonly place: string;
  readonly date: DocumentDate;
  /** Trích yếu: "Phát động Đợt thi đua đặc biệt …". */
  readonly title: string;
  readonly basis?: PlanBasis;
  /** Set on an amending plan: the plan it amends and replaces, and what changes (after the căn cứ). */
  readonly amends?: PlanAmendment;
  readonly purpose: PlanPurpose;
  /** Chủ đề thi đua, without quotation marks (the builder adds them). */
  readonly theme?: string;
  /** Phương châm / phương thức thi đua. */
  readonly motto?: readonly Block[];
  readonly period?: DateRange;
  readonly participants?: PlanParticipants;
  /** Nội dung thi đua: paragraphs, bullets and sections with sub-sections. */
  readonly content: readonly Block[];
  readonly targets?: readonly PlanTarget[];
  readonly phases?: readonly PlanPhase[];
  readonly milestones?: readonly PlanMilestone[];
  /** Giải pháp thực hiện. */
  readonly measures?: readonly Block[];
  readonly awards?: AwardPlan;
  /** Tổ chức thực hiện: what each body does. */
  readonly implementation: readonly Responsibility[];
  readonly reporting?: ReportingDuty;
  /** "Trên đây là Kế hoạch …": the closing sentence; the format adds its end mark ("./." in NĐ 30). */
  readonly closing?: RichText;
  readonly recipients: Recipients;
  readonly signature: Signature;
  /** Third-level numbering: "a)" (default) or "1.1.". */
  readonly numbering?: NumberingStyle;
  /**
   * Headings worded as the plan words them: "Đối tượng, nội dung" for part II (seed 000), "Mục đích và
   * yêu cầu" (seed 003), "Thời gian phát động" (seed 001). A blank or absent one prints the default
   * (PLAN_HEADINGS); first-level ones are set in capitals whatever was typed.
   */
  readonly headings?: PlanHeadings;
  /**
   * The items of the contest part in the order they print; an item left out is not printed (its data
   * stays: chỉ tiêu and mốc are what the reviews are measured and dated against). Absent: every item
   * in the default order (CONTEST_ITEMS). The content is printed even when left out, last.
   */
  readonly contestOrder?: readonly ContestItem[];
  /** Where the phases and milestones print: their own part (default), under the period item, nowhere. */
  readonly schedule?: SchedulePlacement;
}

/** The items of part II in their default order: chủ đề, phương châm, thời gian, đối tượng, nội dung, chỉ tiêu. */
export const CONTEST_ITEMS = [
  'theme',
  'motto',
  'period',
  'participants',
  'content',
  'targets',
] as const;
export type ContestItem = (typeof CONTEST_ITEMS)[number];

/** The headings a plan may word its own way: the parts, and the items of part II. */
export type PlanHeadingKey =
  | 'purpose'
  | 'contest'
  | 'theme'
  | 'motto'
  | 'period'
  | 'participants'
  | 'content'
  | 'targets'
  | 'schedule'
  | 'measures'
  | 'awards'
  | 'implementation';

export type PlanHeadings = Partial<Record<PlanHeadingKey, string>>;

/**
 * 'part': "III. THỜI GIAN VÀ CÁC GIAI ĐOẠN THỰC HIỆN" (seed-less default); 'period': "3. Thời gian thi
 * đua" then "3.1. Giai đoạn 1 …" (seed 002); 'none': the phases are data only, the text says the dates
 * (seeds 000, 003).
 */
export type SchedulePlacement = 'part' | 'period' | 'none';

/**
 * The opening sentence: "Thực hiện Kế hoạch số 645/KH-UBND …, Văn phòng UBND tỉnh xây dựng kế hoạch, như
 * sau:". With "Căn cứ" and several texts, each stands on a line of its own and `resolution` follows.
 */
export interface PlanBasis {
  readonly verb: 'Thực hiện' | 'Căn cứ';
  /** Each text as cited: "Kế hoạch số 645/KH-UBND ngày 25/9/2024 của UBND tỉnh về …". */
  readonly documents: readonly string[];
  /** "Văn phòng UBND tỉnh (sau đây gọi tắt là Văn phòng) xây dựng kế hoạch, như sau:". */
  readonly resolution: string;
}

/**
 * An amendment is a new plan, issued with its own number, that replaces the one it amends as a whole
 * (issue 10: "after issue nothing is edited in place"). Its body opens by saying so: "Kế hoạch này sửa
 * đổi, bổ sung và thay thế Kế hoạch số 01/KH-UBND ngày 10/3/2025 của … Nội dung sửa đổi, bổ sung: …".
 */
export interface PlanAmendment {
  /** The plan amended, as cited: "Kế hoạch số 01/KH-UBND ngày 10/3/2025 của UBND tỉnh về …". */
  readonly document: string;
  /** What changes, in a sentence or two: "bổ sung chỉ tiêu về cải cách hành chính." */
  readonly changes: RichText;
}

/** Mục đích and, when given apart, yêu cầu (then numbered "1. Mục đích", "2. Yêu cầu"). */
export interface PlanPurpose {
  readonly aims: readonly RichText[];
  readonly requirements?: readonly RichText[];
  /**
   * Each item numbered, counted like the headings beside it: "1. Phát động …" straight under part I
   * (seeds 000, 002, 003), "a) …" or "1.1. …" under "1. Mục đích"; absent, plain paragraphs (seed 001).
   */
  readonly numbered?: boolean;
}

export interface DateRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Đối tượng thi đua. */
export interface PlanParticipants {
  /** "Các phòng, ban, đơn vị trực thuộc Văn phòng." */
  readonly collectives?: RichText;
  readonly individuals?: RichText;
}

/** A row of the chỉ tiêu table. */
export interface PlanTarget {
  readonly indicator: string;
  /** "Trên 90", "Từ 35.000": the level to reach, as the plan words it. */
  readonly target: string;
  /** "%", "tỷ đồng". */
  readonly unit?: string;
  readonly note?: string;
}

export interface PlanPhase {
  /** "Giai đoạn 1" or a name: "Phát động". */
  readonly name: string;
  readonly range: DateRange;
  readonly tasks: readonly RichText[];
}

/** A dated step: phát động, sơ kết, tổng kết, a deadline of the plan. */
export interface PlanMilestone {
  readonly date: IsoDate;
  readonly event: string;
  /** "dự kiến": the date is planned, not fixed. */
  readonly tentative?: boolean;
}

/** Khen thưởng: the award plan of the campaign. */
export interface AwardPlan {
  /** Tiêu chuẩn: "Đối với tập thể" → what a collective must have achieved. */
  readonly criteria: readonly { readonly label: string; readonly text: RichText }[];
  /** Hình thức: the form and, when the plan says more, who proposes it and how. */
  readonly forms: readonly { readonly name: string; readonly text?: RichText }[];
  readonly quotas?: readonly AwardQuota[];
  /** Thành phần hồ sơ. */
  readonly dossier?: readonly RichText[];
  readonly deadline?: {
    readonly date: IsoDate;
    /** Who receives the dossiers: "Phòng Hành chính tổ chức - Quản trị tài vụ". */
    readonly submitTo: string;
    /** What happens next: "để tổng hợp, trình Hội đồng Thi đua - Khen thưởng Văn phòng". */
    readonly note?: string;
  };
}

/**
 * Số lượng: at most so many collectives and individuals for a form, or so many of either. Numbers, so the
 * awards module can check a proposal list against them.
 */
export interface AwardQuota {
  readonly form: string;
  readonly collectives?: number;
  readonly individuals?: number;
  /** At most this many, collectives or individuals alike ("01 tập thể hoặc cá nhân"). */
  readonly either?: number;
  /** "mỗi xã, phường": the unit the quota applies to; absent = the whole plan. */
  readonly per?: string;
  /** "có thành tích thật sự tiêu biểu xuất sắc". */
  readonly note?: string;
}

/** One body's part: "Các phòng, ban, đơn vị trực thuộc Văn phòng" + what they do. */
export interface Responsibility {
  readonly body: string;
  /**
   * What the body does, each as the rest of a sentence whose subject is the body ("tổ chức tuyên truyền
   * …"): one task is written on after the name, several are listed under it (capitalised there).
   */
  readonly tasks: readonly RichText[];
  /**
   * The tasks are whole sentences that name the body themselves ("Giao Phòng Hành chính … tổng hợp …",
   * seed 001; "Căn cứ Kế hoạch này các cơ quan …", seed 003): the first prints as the numbered item as
   * typed, the others as paragraphs under it, and the body's name is not put in front.
   */
  readonly asTyped?: boolean;
}

/** Chế độ báo cáo: "Các cấp ủy … báo cáo kết quả thực hiện hằng quý về Ban Thường vụ Tỉnh ủy (qua …)". */
export interface ReportingDuty {
  readonly who: string;
  /** "hằng quý", "6 tháng, hằng năm". */
  readonly frequency: string;
  readonly to: string;
  readonly via?: string;
}
