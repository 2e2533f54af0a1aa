import { checkQuorum, toFraction } from '@thidua/shared-domain';

/**
 * Số lượng thành viên dự họp (quorum) of a council session, on the council's total membership on the
 * session's day (domain §2.7): the members present, plus those represented by a written proxy where
 * the council allows proxies (TT 25/2025/TT-BKHCN), against the share its rules require — 2/3 of the
 * members (NĐ 98 Điều 47 k.4; BN86 Điều 8), or for a session reviewing awards the province's own share
 * when it sets one (BN86 Điều 8: at least 80% present). Written opinions of absent members are votes,
 * not presence: they never count here. The arithmetic and the sentence are the voting rules' own
 * (`checkQuorum`, exact fractions: 2/3 of 9 is 6, 80% of 10 is 8); this adds which share applies and
 * a council with nobody on the day.
 */

export interface QuorumInput {
  /** the session's total membership (its snapshot of the council on the day) */
  members: number;
  present: number;
  /** members marked PROXY (counted only when `proxiesAllowed`) */
  proxies: number;
  proxiesAllowed: boolean;
  /** the council's ordinary share (default 2/3) */
  quorumShare: number;
  /** the share for a session reviewing awards, where the rules set one (0.8); null: the ordinary one */
  awardPresenceShare: number | null;
  /** the session reviews awards (kind AWARD) */
  award: boolean;
}

export interface QuorumResult {
  members: number;
  present: number;
  /** proxies counted (0 where proxies are not allowed) */
  proxies: number;
  /** present + proxies counted */
  attending: number;
  /** the share applied */
  share: number;
  /** whether it is the award-session share */
  awardShare: boolean;
  /** the fewest members who must attend */
  required: number;
  met: boolean;
  explanation: string;
}

export function councilQuorum(q: QuorumInput): QuorumResult {
  const awardShare = q.award && q.awardPresenceShare !== null;
  const share = awardShare ? (q.awardPresenceShare as number) : q.quorumShare;
  const proxies = q.proxiesAllowed ? q.proxies : 0;
  const base = { members: q.members, present: q.present, proxies, share, awardShare };
  if (q.members === 0) {
    const f = toFraction(share);
    return {
      ...base,
      attending: 0,
      required: 0,
      met: false,
      explanation: `Hội đồng chưa có thành viên vào ngày họp: chưa thể họp (cần ít nhất ${f.numerator}/${f.denominator} tổng số thành viên).`,
    };
  }
  const r = checkQuorum({
    members: q.members,
    present: q.present,
    proxies: q.proxies,
    proxiesCount: q.proxiesAllowed,
    requiredShare: share,
    awardSession: q.award,
  });
  return {
    ...base,
    attending: r.present,
    required: r.required,
    met: r.met,
    explanation: r.message,
  };
}
