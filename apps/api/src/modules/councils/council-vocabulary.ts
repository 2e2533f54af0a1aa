import {
  ATTENDANCE,
  COUNCIL_ROLES,
  type Attendance,
  type CouncilRole,
} from '@thidua/shared-domain';

/**
 * The council module's stored codes and bounds (issue 12, "Councils and sessions"). Codes are stored
 * and part of the public API: add, never rename. The member roles and attendance kinds are the voting
 * rules' (libs/shared/domain councils/), so the minutes and the tally read these rows as they are.
 */

/**
 * Cơ cấu Hội đồng (NĐ 98 Điều 47; BN86 Điều 8, 9): Chủ tịch, Phó Chủ tịch, Ủy viên, Ủy viên thư ký —
 * the voting rules' codes (libs/shared/domain councils/voting.ts), stored on members and snapshots.
 */
export const COUNCIL_MEMBER_ROLES = COUNCIL_ROLES;
export type CouncilMemberRole = CouncilRole;

/** The order a composition is printed in (biên bản: Chủ tịch, Phó Chủ tịch, Ủy viên, Ủy viên thư ký). */
export const COUNCIL_ROLE_ORDER: Record<CouncilMemberRole, number> = {
  CHU_TICH: 1,
  PHO_CHU_TICH: 2,
  UY_VIEN: 3,
  UY_VIEN_THU_KY: 4,
};

export const COUNCIL_SESSION_KINDS = {
  AWARD: 'Phiên họp xét khen thưởng',
  OTHER: 'Phiên họp khác',
} as const satisfies Record<string, string>;
export type CouncilSessionKind = keyof typeof COUNCIL_SESSION_KINDS;

/** PLANNED → IN_PROGRESS → CLOSED → SIGNED (the last two by the voting part, with the minutes). */
export const COUNCIL_SESSION_STATUSES = {
  PLANNED: 'Đã lên lịch',
  IN_PROGRESS: 'Đang họp',
  CLOSED: 'Đã kết thúc',
  SIGNED: 'Đã ký biên bản',
} as const satisfies Record<string, string>;
export type CouncilSessionStatus = keyof typeof COUNCIL_SESSION_STATUSES;

/**
 * Điểm danh (the voting rules' codes). An absent member's written opinion is recorded as the law
 * requires (NĐ 98 Điều 30 k.7: "lấy ý kiến bằng văn bản", stated in the biên bản); a proxy exists only
 * where the council's rules allow it (TT 25/2025/TT-BKHCN: "ủy quyền bằng văn bản", the proxy votes).
 */
export const COUNCIL_ATTENDANCE = ATTENDANCE;
export type CouncilAttendance = Attendance;

/** Bounds of what a council keeps (a province's council has 20–30 members, a session a few hundred nominees). */
export const COUNCIL_LIMITS = {
  name: 300,
  decisionNumber: 100,
  decisionText: 1000,
  memberTitle: 300,
  sessionTitle: 300,
  place: 300,
  note: 2000,
  writtenOpinion: 4000,
  guestName: 200,
  guestTitle: 300,
  /** members of one session, guests of one session */
  members: 100,
  guests: 100,
  /** nominees on one agenda (a round's appraised list) */
  agenda: 2000,
} as const;

/** "HH:MM", 24-hour: the start time printed in the minutes ("14 giờ 00 phút"). */
export const START_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** NĐ 98 Điều 47 k.4; BN86 Điều 8: a council meets with at least 2/3 of its members (QUORUM_SHARE). */
export const DEFAULT_QUORUM_SHARE = 2 / 3;

export const DEFAULT_COUNCIL_NAME = 'Hội đồng Thi đua - Khen thưởng';

/** An agenda item as the rounds, the minutes and the audit name it: "Nguyễn Văn A – Chiến sĩ thi đua cơ sở". */
export function agendaItemLabel(a: { candidateName: string; awardName: string }): string {
  return `${a.candidateName} – ${a.awardName}`;
}
