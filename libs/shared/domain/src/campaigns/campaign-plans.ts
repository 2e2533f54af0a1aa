/**
 * Kế hoạch thi đua (campaign plans, issue 10): the kinds of movement, the scope it is launched in, its
 * lifecycle, and the bounds of a plan's content. Codes are stored and part of the public API: add,
 * never rename.
 */

/** Hình thức tổ chức phong trào (Luật Thi đua, khen thưởng 2022, Điều 11). */
export const CAMPAIGN_KINDS = {
  REGULAR: 'Thường xuyên',
  PERIODIC: 'Theo đợt',
  THEMATIC: 'Chuyên đề',
} as const satisfies Record<string, string>;

export type CampaignKind = keyof typeof CAMPAIGN_KINDS;

/** Phạm vi phát động. */
export const CAMPAIGN_SCOPES = {
  PROVINCE: 'Toàn tỉnh',
  SECTOR: 'Ngành',
  CLUSTER: 'Cụm, khối',
  AGENCY: 'Cơ quan, đơn vị',
} as const satisfies Record<string, string>;

export type CampaignScope = keyof typeof CAMPAIGN_SCOPES;

/**
 * A plan's lifecycle (issue 10): DRAFT → SUBMITTED (→ DRAFT when returned) → ISSUED → RUNNING →
 * MIDTERM_REVIEW (sơ kết) → RUNNING … → FINAL_REVIEW (tổng kết) → CLOSED. From ISSUED on the content
 * is frozen: an amendment is a new plan that cites the one it changes.
 */
export const CAMPAIGN_PLAN_STATUSES = {
  DRAFT: 'Dự thảo',
  SUBMITTED: 'Trình ký',
  ISSUED: 'Đã ban hành',
  RUNNING: 'Đang triển khai',
  MIDTERM_REVIEW: 'Đang sơ kết',
  FINAL_REVIEW: 'Đang tổng kết',
  CLOSED: 'Đã kết thúc',
} as const satisfies Record<string, string>;

export type CampaignPlanStatus = keyof typeof CAMPAIGN_PLAN_STATUSES;

/** True once the plan has been signed and numbered: its content is frozen and it reaches its addressees. */
export function isIssuedStatus(status: CampaignPlanStatus): boolean {
  return status !== 'DRAFT' && status !== 'SUBMITTED';
}

/**
 * How the lead-in cites the căn cứ: "Căn cứ …" (legal bases) or "Thực hiện …" (a plan answering the
 * level above's, as the Văn phòng's and the Sở Đảng ủy's seeds open).
 */
export const PLAN_BASIS_VERBS = {
  CAN_CU: 'Căn cứ',
  THUC_HIEN: 'Thực hiện',
} as const satisfies Record<string, string>;

export type PlanBasisVerb = keyof typeof PLAN_BASIS_VERBS;

/** Quyền hạn ký (NĐ 30/2020 Điều 13): thay mặt, ký thay, thừa lệnh, thừa ủy quyền. */
export const SIGNING_AUTHORITIES = {
  TM: 'Thay mặt (TM.)',
  KT: 'Ký thay (KT.)',
  TL: 'Thừa lệnh (TL.)',
  TUQ: 'Thừa ủy quyền (TUQ.)',
} as const satisfies Record<string, string>;

export type SigningAuthority = keyof typeof SIGNING_AUTHORITIES;

/**
 * Bounds of a plan's content, so no input is unbounded: lengths in characters, counts in items. The
 * real plans in the seeds stay well inside them (the longest paragraph of seed 001 is ~1,900 characters,
 * its longest list 5 items).
 */
export const CAMPAIGN_PLAN_LIMITS = {
  /** trích yếu */
  title: 1000,
  /** a paragraph, a task, a criterion */
  paragraph: 5000,
  /** a name, a heading, a label */
  label: 500,
  /** paragraphs (or tasks, names…) in one list */
  paragraphs: 50,
  sections: 30,
  subsections: 30,
  footnotes: 20,
  targets: 100,
  phases: 20,
  milestones: 50,
  awardItems: 30,
  responsibilities: 50,
  recipientGroups: 10,
  legalBases: 30,
} as const;

/**
 * Every heading the printed kế hoạch writes (first-level ones set in capitals), in one place: the
 * .docx (libs/documents `buildPlanDocx`) and the SPA's preview print them, and a plan's own wording
 * of a heading falls back to them (the API's and the editor's "default" hint).
 */
export const PLAN_HEADINGS = {
  purpose: 'Mục đích, yêu cầu',
  aims: 'Mục đích',
  requirements: 'Yêu cầu',
  contest: 'Nội dung thi đua',
  theme: 'Chủ đề thi đua',
  motto: 'Phương châm thi đua',
  period: 'Thời gian thi đua',
  participants: 'Đối tượng thi đua',
  content: 'Nội dung thi đua',
  targets: 'Chỉ tiêu thi đua',
  schedule: 'Thời gian và các giai đoạn thực hiện',
  milestones: 'Các mốc thời gian',
  measures: 'Giải pháp thực hiện',
  awards: 'Tiêu chuẩn và hình thức khen thưởng',
  criteria: 'Tiêu chuẩn khen thưởng',
  forms: 'Hình thức khen thưởng',
  quotas: 'Số lượng khen thưởng',
  dossier: 'Thành phần hồ sơ đề nghị khen thưởng',
  deadline: 'Thời hạn gửi hồ sơ',
  implementation: 'Tổ chức thực hiện',
  reporting: 'Chế độ báo cáo',
} as const;

/** The first and last day of a plan's period, calendar days, inclusive. */
export function campaignPeriodProblem(from: string, to: string): string | null {
  return to < from ? 'Thời gian thi đua: ngày kết thúc không được trước ngày bắt đầu.' : null;
}
