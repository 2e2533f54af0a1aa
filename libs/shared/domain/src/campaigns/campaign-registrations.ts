import { foldVietnamese } from '../text/fold';

/**
 * What units and people do with an issued kế hoạch thi đua (issue 10, "Registrations and pledges",
 * "Reviews"): đăng ký thi đua (the titles they aim for and their commitments), the giao ước a cụm/khối
 * signs at the launch conference, and the sơ kết / tổng kết reports. Codes are stored and part of the
 * public API: add, never rename.
 */

/**
 * A unit's registration as the level above sees it. The unit's collective row and its individuals'
 * rows move together: the unit sends them (chờ duyệt), the plan's issuer returns them with a reason
 * (trả lại: editable again) or approves them (đã duyệt: read-only).
 */
export const CAMPAIGN_REGISTRATION_STATUSES = {
  DRAFT: 'Chưa gửi',
  SUBMITTED: 'Chờ duyệt',
  RETURNED: 'Trả lại',
  APPROVED: 'Đã duyệt',
} as const satisfies Record<string, string>;

export type CampaignRegistrationStatus = keyof typeof CAMPAIGN_REGISTRATION_STATUSES;

/** Who registers: the unit itself (tập thể) or one of its people (cá nhân). */
export const CAMPAIGN_REGISTRANT_KINDS = {
  UNIT: 'Tập thể',
  PERSON: 'Cá nhân',
} as const satisfies Record<string, string>;

export type CampaignRegistrantKind = keyof typeof CAMPAIGN_REGISTRANT_KINDS;

/** Whether the registering unit may still change its registration (not sent, or sent back). */
export function isRegistrationEditable(status: CampaignRegistrationStatus): boolean {
  return status === 'DRAFT' || status === 'RETURNED';
}

/**
 * Danh hiệu thi đua of Luật Thi đua, khen thưởng 2022 (Điều 23–28) and the forms the seeds' units
 * register for, offered as suggestions: a registration stores the title as written (a catalog with
 * codes comes with the dossier module; the rows keep a `code` for it).
 */
export const CAMPAIGN_TITLE_SUGGESTIONS = {
  UNIT: [
    'Cờ thi đua của Chính phủ',
    'Cờ thi đua của Ủy ban nhân dân tỉnh',
    'Tập thể lao động xuất sắc',
    'Tập thể lao động tiên tiến',
    'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    'Giấy khen',
  ],
  PERSON: [
    'Chiến sĩ thi đua toàn quốc',
    'Chiến sĩ thi đua cấp tỉnh',
    'Chiến sĩ thi đua cơ sở',
    'Lao động tiên tiến',
    'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    'Giấy khen',
  ],
} as const satisfies Record<CampaignRegistrantKind, readonly string[]>;

/** Sơ kết (midterm) and tổng kết (final) reports of an addressed unit. */
export const CAMPAIGN_REVIEW_KINDS = {
  MIDTERM: 'Sơ kết',
  FINAL: 'Tổng kết',
} as const satisfies Record<string, string>;

export type CampaignReviewKind = keyof typeof CAMPAIGN_REVIEW_KINDS;

export const CAMPAIGN_REVIEW_STATUSES = {
  DRAFT: 'Chưa gửi',
  SUBMITTED: 'Đã gửi',
  RETURNED: 'Trả lại',
} as const satisfies Record<string, string>;

export type CampaignReviewStatus = keyof typeof CAMPAIGN_REVIEW_STATUSES;

/**
 * Bounds of what a unit writes, so no input is unbounded. A seed unit's registration names one or two
 * titles and a paragraph of commitments; a báo cáo sơ kết runs to a few pages (~20,000 characters).
 */
export const CAMPAIGN_REGISTRATION_LIMITS = {
  /** titles one registrant aims for */
  titles: 10,
  /** a title's name ("Cờ thi đua của Ủy ban nhân dân tỉnh") */
  title: 300,
  /** a title's catalog code */
  titleCode: 50,
  /** cam kết */
  commitments: 5000,
  /** lý do trả lại */
  reason: 1000,
  /** a report's text */
  report: 50_000,
  /** a figure's achieved value as written ("1.250", "98,5") */
  figureValue: 200,
  figureNote: 1000,
  /** attached files of a report */
  attachments: 20,
  /** giao ước: nội dung, cam kết */
  covenantContent: 20_000,
  /** giao ước: địa điểm ký */
  covenantPlace: 300,
  /** giao ước: đơn vị ký (a khối of the seeds has 10–30 members) */
  covenantMembers: 500,
} as const;

/**
 * The deadline of a unit's sơ kết / tổng kết report: the first of the plan's milestones that names it
 * ("Sơ kết 6 tháng", "Hội nghị tổng kết đợt thi đua"), the report being due by that conference; with no
 * such milestone, the last day of the period for tổng kết and none for sơ kết (never late).
 */
export function campaignReviewDeadline(
  kind: CampaignReviewKind,
  plan: { periodTo: string; milestones?: readonly { date: string; label: string }[] | null },
): string | null {
  const word = kind === 'MIDTERM' ? 'so ket' : 'tong ket';
  const dates = (plan.milestones ?? [])
    .filter((m) => foldVietnamese(m.label).includes(word))
    .map((m) => m.date)
    .sort();
  return dates[0] ?? (kind === 'FINAL' ? plan.periodTo : null);
}
