/**
 * The cascade of an issued kế hoạch thi đua (issue 10, "Cascade"): how a plan names the units it
 * addresses, the state of each addressed unit's answer (its own plan, by a deadline), and the bounds of
 * an addressing. Codes are stored and part of the public API: add, never rename.
 */

/** Which part of a plan's addressing brought a unit in (stored on each addressee row). */
export const CAMPAIGN_ADDRESSING_RULES = {
  UNIT: 'Đơn vị được chọn',
  SUBTREE: 'Đơn vị và các đơn vị trực thuộc',
  CLUSTER: 'Thành viên cụm, khối thi đua',
  KIND: 'Theo loại đơn vị',
} as const satisfies Record<string, string>;

export type CampaignAddressingRule = keyof typeof CAMPAIGN_ADDRESSING_RULES;

/**
 * An addressed unit's answer, as the issuer's table shows it: the four are a partition (every unit is
 * in exactly one), so the counts add up to the total.
 */
export const CAMPAIGN_ADDRESSEE_STATUSES = {
  ANSWERED: 'Đã ban hành kế hoạch (đúng hạn)',
  ANSWERED_LATE: 'Đã ban hành kế hoạch (muộn)',
  PENDING: 'Chưa ban hành kế hoạch',
  OVERDUE: 'Quá hạn, chưa ban hành',
} as const satisfies Record<string, string>;

export type CampaignAddresseeStatus = keyof typeof CAMPAIGN_ADDRESSEE_STATUSES;

/**
 * Bounds of a plan's addressing (what an officer picks, not what it resolves to: one subtree can bring
 * in all 9,100 units of a province). A real plan's nơi nhận lists a few dozen bodies.
 */
export const CAMPAIGN_ADDRESSING_LIMITS = {
  units: 500,
  subtrees: 100,
  unitKinds: 30,
  clusters: 50,
} as const;

/**
 * The status of one addressed unit on `today` (Asia/Ho_Chi_Minh calendar day): answered on or before
 * the deadline (or with no deadline), answered after it, not yet answered, or the deadline has passed.
 */
export function campaignAddresseeStatus(
  a: { answeredOn: string | null; deadline: string | null },
  today: string,
): CampaignAddresseeStatus {
  if (a.answeredOn) return a.deadline && a.answeredOn > a.deadline ? 'ANSWERED_LATE' : 'ANSWERED';
  return a.deadline && a.deadline < today ? 'OVERDUE' : 'PENDING';
}
