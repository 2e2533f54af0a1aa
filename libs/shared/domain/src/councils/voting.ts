/**
 * What a round of the Hội đồng Thi đua – Khen thưởng decides (issue 12, "Voting"; domain reference
 * §2.7, §3): the quorum before voting opens, each candidate's result on the council's total
 * membership, the ranking when more candidates pass than the quota, and who goes to a second round.
 * Pure arithmetic on integers, no I/O: the councils module, the SPA and the minutes compute the same
 * figures and the same sentences. Codes are stored: add, never rename.
 *
 * Shares (2/3, 80%, 90%) are turned into exact fractions before any comparison: 2/3 of 9 in floating
 * point is 6.000000000000001 on some paths, and 0.9 × 29 is 26.1 only approximately; a border case
 * decided by a rounding error would be a wrong council decision.
 */
import { formatNumber } from '../text/format';
import { rankForQuota, type RankedNominee } from '../awards/dossiers';

export const COUNCIL_ROLES = {
  CHU_TICH: 'Chủ tịch',
  PHO_CHU_TICH: 'Phó Chủ tịch',
  UY_VIEN: 'Ủy viên',
  UY_VIEN_THU_KY: 'Ủy viên, thư ký',
} as const satisfies Record<string, string>;
export type CouncilRole = keyof typeof COUNCIL_ROLES;

export const ATTENDANCE = {
  PRESENT: 'Có mặt',
  ABSENT_WRITTEN: 'Vắng, có ý kiến bằng văn bản',
  ABSENT: 'Vắng',
  PROXY: 'Vắng, ủy quyền',
} as const satisfies Record<string, string>;
export type Attendance = keyof typeof ATTENDANCE;

export const VOTING_MODES = {
  PAPER: 'Phiếu giấy',
  ROOM: 'Bỏ phiếu tại phòng họp bằng mã',
  REMOTE: 'Bỏ phiếu từ xa',
} as const satisfies Record<string, string>;
export type VotingMode = keyof typeof VOTING_MODES;

export const BALLOT_CHOICES = {
  AGREE: 'Đồng ý',
  DISAGREE: 'Không đồng ý',
} as const satisfies Record<string, string>;
export type BallotChoice = keyof typeof BALLOT_CHOICES;

/** A candidate of a round as the minutes name it: "Nguyễn Thị Lan – Chiến sĩ thi đua cơ sở". */
export interface CouncilCandidate {
  readonly id: string;
  readonly label: string;
}

// ---- exact shares ---------------------------------------------------------------------------------

/** A share as an exact fraction, lowest terms: 2/3 is { numerator: 2, denominator: 3 }. */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/** NĐ 98/2023 Điều 47 k.4 b; BN86 Điều 8: a council meets with at least 2/3 of its members. */
export const QUORUM_SHARE: Fraction = { numerator: 2, denominator: 3 };

/** BN86 Điều 8: a session reviewing awards needs at least 80% of the members, where the province says so. */
export const AWARD_SESSION_QUORUM_SHARE: Fraction = { numerator: 4, denominator: 5 };

/**
 * The fraction a share stands for: 0.8 → 4/5, 2/3 (0.666…) → 2/3, 0.9 → 9/10. Denominators up to
 * 1,000 cover every rule text (a share "66,7%" becomes 667/1000). Throws for a share outside (0, 1].
 */
export function toFraction(share: number | Fraction): Fraction {
  if (typeof share !== 'number') {
    const { numerator: n, denominator: d } = share;
    if (!Number.isInteger(n) || !Number.isInteger(d) || n <= 0 || d <= 0 || n > d)
      throw new RangeError(`Tỷ lệ ${n}/${d} không hợp lệ: phải lớn hơn 0 và không quá 1.`);
    const g = gcd(n, d);
    return { numerator: n / g, denominator: d / g };
  }
  if (!(share > 0 && share <= 1))
    throw new RangeError(`Tỷ lệ ${share} không hợp lệ: phải lớn hơn 0 và không quá 1.`);
  for (let d = 1; d <= 1000; d += 1) {
    const n = Math.round(share * d);
    if (Math.abs(share * d - n) < 1e-9) return { numerator: n, denominator: d };
  }
  throw new RangeError(`Tỷ lệ ${share} không đổi được thành phân số (mẫu số quá 1.000).`);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** ⌈share × whole⌉ in integers: 2/3 of 9 is 6, of 10 is 7; 80% of 9 is 8. */
export function ceilShare(share: Fraction, whole: number): number {
  return Math.floor((share.numerator * whole + share.denominator - 1) / share.denominator);
}

/** "80%", "90%", "2/3" (a share with no whole percent is written as its fraction). */
export function shareText(share: Fraction): string {
  const { numerator: n, denominator: d } = share;
  return (n * 100) % d === 0 ? `${(n * 100) / d}%` : `${n}/${d}`;
}

/**
 * Hundredths of a percent of `part` in `whole`, rounded half up, in integers: 26/29 → 8966 (89,66%).
 * Two decimals because with one a result under the threshold could print as the threshold itself
 * (899/999 → "90,0%"): with two, that needs a council of more than 2,000 members.
 */
export function percentHundredths(part: number, whole: number): number {
  return Math.floor((part * 20000 + whole) / (2 * whole));
}

/** "89,66%", "80%", "55,5%" from hundredths of a percent (trailing zeros dropped). */
export function formatPercentHundredths(h: number): string {
  const frac = String(h % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${formatNumber(Math.floor(h / 100))}${frac ? `,${frac}` : ''}%`;
}

/** "77,8%" from part/whole: one decimal, for attendance (no threshold is printed from it). */
function tenthsPercent(part: number, whole: number): string {
  const t = Math.floor((part * 2000 + whole) / (2 * whole));
  return `${formatNumber(Math.floor(t / 10))},${t % 10}%`;
}

function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${what} phải là số nguyên không âm (nhận được ${value}).`);
}

// ---- quorum ---------------------------------------------------------------------------------------

export interface QuorumInput {
  /** the council's total membership */
  readonly members: number;
  /** members in the room */
  readonly present: number;
  /** absent members represented by a proxy with a written delegation */
  readonly proxies?: number;
  /** the council's rules let a proxy count as present (TT 25/2025/TT-BKHCN Điều 23 does; most do not) */
  readonly proxiesCount?: boolean;
  /** default QUORUM_SHARE (2/3); AWARD_SESSION_QUORUM_SHARE (80%) for award sessions where the province says so */
  readonly requiredShare?: number | Fraction;
  /** the session reviews awards: the message says "để họp xét khen thưởng" */
  readonly awardSession?: boolean;
}

export interface QuorumResult {
  readonly met: boolean;
  /** members counted as present (proxies included only when they count) */
  readonly present: number;
  /** the fewest members present for the council to meet */
  readonly required: number;
  readonly members: number;
  /** "Có 7/9 thành viên dự họp (77,8%); cần ít nhất 8 (80%) để họp xét khen thưởng." */
  readonly message: string;
}

/**
 * Whether the council may meet: at least ⌈share × members⌉ present. Absent members who sent a written
 * opinion do not make the quorum (they are absent; their opinion counts as a vote, see candidateResult).
 */
export function checkQuorum(input: QuorumInput): QuorumResult {
  const { members, present } = input;
  const proxies = input.proxies ?? 0;
  assertCount(members, 'Số thành viên Hội đồng');
  assertCount(present, 'Số thành viên có mặt');
  assertCount(proxies, 'Số thành viên ủy quyền');
  if (members === 0) throw new RangeError('Hội đồng chưa có thành viên.');
  if (present + proxies > members)
    throw new RangeError(
      `Số thành viên có mặt (${present}) và ủy quyền (${proxies}) vượt số thành viên Hội đồng (${members}).`,
    );
  const share = toFraction(input.requiredShare ?? QUORUM_SHARE);
  const counted = present + (input.proxiesCount ? proxies : 0);
  const required = ceilShare(share, members);
  const met = counted >= required;
  let proxyNote = '';
  if (proxies > 0)
    proxyNote = input.proxiesCount
      ? `, kể cả ${formatNumber(proxies)} người dự họp theo ủy quyền`
      : `, không tính ${formatNumber(proxies)} người được ủy quyền`;
  const purpose = input.awardSession ? 'để họp xét khen thưởng' : 'để họp';
  const head = `Có ${formatNumber(counted)}/${formatNumber(members)} thành viên dự họp${proxyNote} (${tenthsPercent(counted, members)})`;
  const need = `${formatNumber(required)} (${shareText(share)})`;
  const message = met
    ? `${head}, đủ số lượng tối thiểu ${need} ${purpose}.`
    : `${head}; cần ít nhất ${need} ${purpose}.`;
  return { met, present: counted, required, members, message };
}

// ---- one candidate's result -----------------------------------------------------------------------

export const VOTE_RULES = {
  SHARE_OF_MEMBERS: 'Tỷ lệ phiếu đồng ý trên tổng số thành viên Hội đồng',
  MAJORITY_OF_VOTERS: 'Biểu quyết theo đa số',
} as const satisfies Record<string, string>;
export type VoteRule = keyof typeof VOTE_RULES;

export interface CandidateVoteInput {
  /**
   * Agreeing votes, including the written opinions of absent members that agree: the caller adds them
   * (NĐ 98/2023 Điều 30 k.7: absentees give their opinion in writing and it is recorded and counted).
   */
  readonly agree: number;
  /** disagreeing votes, written opinions included likewise */
  readonly disagree: number;
  /** the council's total membership: every percentage is of it (domain reference §2.7) */
  readonly members: number;
  /** share of the membership to reach (0.9, 0.8); null: the rule requires no vote share */
  readonly threshold: number | Fraction | null;
  /**
   * Members whose vote counts in this round (present, proxies where allowed, absentees' written
   * opinions): the base of the majority when there is no threshold. Defaults to `members`.
   */
  readonly voters?: number;
}

export interface CandidateResult {
  readonly agree: number;
  readonly disagree: number;
  readonly members: number;
  /** agree / members in hundredths of a percent (8966 = 89,66%) */
  readonly percentHundredths: number;
  /** "89,66%" */
  readonly percentText: string;
  readonly passed: boolean;
  readonly rule: VoteRule;
  readonly threshold: Fraction | null;
  /** "Không đạt: 26/29 thành viên Hội đồng đồng ý (89,66%), yêu cầu từ 90% tổng số thành viên trở lên." */
  readonly explanation: string;
}

/**
 * The pass rule alone, in integers (the ballot verifier recomputes it the same way): with a threshold,
 * agree × denominator ≥ numerator × members; without, agree × 2 > voters.
 */
export function passesVote(
  agree: number,
  members: number,
  voters: number,
  threshold: Fraction | null,
): boolean {
  if (threshold === null) return agree * 2 > voters;
  return agree * threshold.denominator >= threshold.numerator * members;
}

/**
 * One candidate's result. With a threshold: passed when agree / members ≥ threshold, exactly
 * (8/10 ≥ 80% passes; 26/29 = 89,66% < 90% fails), on the total membership, not those present and
 * not the valid ballots (NĐ 98/2023 Điều 30 k.7). Without one: more than half of the voters agree
 * ("tập trung, dân chủ, biểu quyết theo đa số", BN86 Điều 8–9); the percentage of the membership is
 * still reported, the minutes print it.
 */
export function candidateResult(input: CandidateVoteInput): CandidateResult {
  const { agree, disagree, members } = input;
  const voters = input.voters ?? members;
  assertCount(agree, 'Số phiếu đồng ý');
  assertCount(disagree, 'Số phiếu không đồng ý');
  assertCount(members, 'Số thành viên Hội đồng');
  assertCount(voters, 'Số thành viên biểu quyết');
  if (members === 0) throw new RangeError('Hội đồng chưa có thành viên.');
  if (voters > members)
    throw new RangeError(
      `Số thành viên biểu quyết (${voters}) vượt số thành viên Hội đồng (${members}).`,
    );
  if (agree + disagree > voters)
    throw new RangeError(
      `Số phiếu đồng ý (${agree}) và không đồng ý (${disagree}) vượt số thành viên biểu quyết (${voters}).`,
    );
  const h = percentHundredths(agree, members);
  const percentText = formatPercentHundredths(h);
  const n = formatNumber;
  if (input.threshold === null) {
    const passed = passesVote(agree, members, voters, null);
    const explanation =
      `${passed ? 'Đạt' : 'Không đạt'}: ${n(agree)}/${n(voters)} thành viên biểu quyết đồng ý, ` +
      `${passed ? 'quá nửa' : 'chưa quá nửa'} (nguyên tắc biểu quyết theo đa số); ` +
      `bằng ${percentText} tổng số thành viên Hội đồng.`;
    return {
      agree,
      disagree,
      members,
      percentHundredths: h,
      percentText,
      passed,
      rule: 'MAJORITY_OF_VOTERS',
      threshold: null,
      explanation,
    };
  }
  const threshold = toFraction(input.threshold);
  const passed = passesVote(agree, members, voters, threshold);
  const explanation =
    `${passed ? 'Đạt' : 'Không đạt'}: ${n(agree)}/${n(members)} thành viên Hội đồng đồng ý ` +
    `(${percentText}), yêu cầu từ ${shareText(threshold)} tổng số thành viên trở lên.`;
  return {
    agree,
    disagree,
    members,
    percentHundredths: h,
    percentText,
    passed,
    rule: 'SHARE_OF_MEMBERS',
    threshold,
    explanation,
  };
}

export interface RoundCandidateCount {
  readonly id: string;
  readonly agree: number;
  readonly disagree: number;
  /** a candidate proposed for another title may have its own threshold; default the round's */
  readonly threshold?: number | Fraction | null;
}

export interface RoundResultsInput {
  readonly candidates: readonly RoundCandidateCount[];
  readonly members: number;
  readonly threshold: number | Fraction | null;
  readonly voters?: number;
}

/** Every candidate of a round, in the given order (see candidateResult). */
export function roundResults(input: RoundResultsInput): (CandidateResult & { id: string })[] {
  return input.candidates.map((c) => ({
    id: c.id,
    ...candidateResult({
      agree: c.agree,
      disagree: c.disagree,
      members: input.members,
      voters: input.voters,
      threshold: c.threshold === undefined ? input.threshold : c.threshold,
    }),
  }));
}

// ---- more passed than the quota -------------------------------------------------------------------

/** A candidate as the over-quota ranking reads it: its votes, whether it passed, and who it is. */
export interface RankCandidate extends Omit<RankedNominee, 'score'> {
  readonly label?: string;
  readonly agree: number;
  readonly passed: boolean;
}

export interface RankedCandidate {
  readonly id: string;
  /** 1 = most votes; candidates still tied share a rank */
  readonly rank: number;
  readonly agree: number;
  /** null: tied on the last place, waiting for the Chủ tịch's decision */
  readonly withinQuota: boolean | null;
  readonly reason: string;
}

export interface RankResult {
  /** the passed candidates, best first */
  readonly ranking: RankedCandidate[];
  /** the ids tied across the quota border that the Chủ tịch still has to decide; [] when none */
  readonly tied: string[];
  /** how many of `tied` fit in the quota */
  readonly tiedSeats: number;
  /** "… cần Chủ tịch Hội đồng quyết định." when `tied` is not empty; null otherwise */
  readonly message: string | null;
  /** a chair's pick that could not be applied, in Vietnamese */
  readonly problems: string[];
}

const CHAIR_RULE = 'TT 25/2025/TT-BKHCN Điều 23';
const PRIORITY_RULE = 'NĐ 152/2025 Điều 4 k.6';

function names(list: readonly { id: string; label?: string }[]): string {
  return list.map((c) => `"${c.label ?? c.id}"`).join(', ');
}

/**
 * The passed candidates ranked by agreeing votes, high to low, against `quota` awards. Equal votes:
 * women, and collectives with at least 70% women, first (rankForQuota, NĐ 152/2025 Điều 4 k.6). What
 * is still tied across the last place is decided by the Chủ tịch Hội đồng's vote (TT 25/2025/TT-BKHCN
 * Điều 23): `chairPick` is the ids the chair chose among the tied, as many as the places left; null
 * leaves the tie open and the result says so.
 */
export function rankPassed(
  candidates: readonly RankCandidate[],
  quota: number,
  chairPick: readonly string[] | null = null,
): RankResult {
  assertCount(quota, 'Số lượng được khen');
  const passed = candidates.filter((c) => c.passed);
  const byId = new Map(passed.map((c) => [c.id, c]));
  const order = rankForQuota(
    passed.map((c) => ({
      id: c.id,
      score: c.agree,
      subject: c.subject,
      female: c.female,
      womenShare: c.womenShare,
    })),
  );
  // rankForQuota puts the priority holders first among equal votes and flags them only when someone
  // with the same votes lacks it: so (votes, flag) runs are exactly the groups still tied
  const groups: { ids: string[]; agree: number; priority: boolean }[] = [];
  for (const o of order) {
    const c = byId.get(o.id) as RankCandidate;
    const last = groups[groups.length - 1];
    if (last && last.agree === c.agree && last.priority === o.byWomenPriority) last.ids.push(o.id);
    else groups.push({ ids: [o.id], agree: c.agree, priority: o.byWomenPriority });
  }
  const ranking: RankedCandidate[] = [];
  const problems: string[] = [];
  let tied: string[] = [];
  let tiedSeats = 0;
  let message: string | null = null;
  let chairApplied = false;
  let pos = 0;
  const quotaText = formatNumber(quota);
  const base = (rank: number, c: RankCandidate) =>
    `Xếp thứ ${formatNumber(rank)}, ${formatNumber(c.agree)} phiếu đồng ý`;
  const priorityNote = (c: RankCandidate, g: { priority: boolean }) =>
    g.priority
      ? `, được ưu tiên khi bằng phiếu vì ${c.subject === 'INDIVIDUAL' ? 'là nữ' : 'là tập thể có từ 70% thành viên nữ'} (${PRIORITY_RULE})`
      : '';
  for (const g of groups) {
    const members = g.ids.map((id) => byId.get(id) as RankCandidate);
    const end = pos + g.ids.length;
    if (end <= quota || pos >= quota) {
      const within = end <= quota;
      for (const c of members)
        ranking.push({
          id: c.id,
          rank: pos + 1,
          agree: c.agree,
          withinQuota: within,
          reason: `${base(pos + 1, c)}${priorityNote(c, g)}: ${within ? 'trong' : 'ngoài'} số lượng được khen (${quotaText}).`,
        });
    } else {
      const seats = quota - pos;
      const pick = chairPick ?? [];
      const valid =
        pick.length === seats &&
        new Set(pick).size === seats &&
        pick.every((id) => g.ids.includes(id));
      if (pick.length && !valid)
        problems.push(
          `Chủ tịch Hội đồng cần chọn đúng ${formatNumber(seats)} trong số các ứng viên bằng phiếu: ${names(members)}.`,
        );
      const others = (c: RankCandidate) => names(members.filter((o) => o.id !== c.id));
      if (valid) {
        chairApplied = true;
        for (const c of [...members].sort(
          (a, b) => Number(pick.includes(b.id)) - Number(pick.includes(a.id)),
        )) {
          const chosen = pick.includes(c.id);
          const rank = chosen ? pos + 1 : pos + seats + 1;
          ranking.push({
            id: c.id,
            rank,
            agree: c.agree,
            withinQuota: chosen,
            reason: chosen
              ? `${base(rank, c)}, bằng phiếu với ${others(c)}; Chủ tịch Hội đồng chọn (${CHAIR_RULE}): trong số lượng được khen (${quotaText}).`
              : `${base(rank, c)}, bằng phiếu với ${others(c)}; Chủ tịch Hội đồng không chọn (${CHAIR_RULE}): ngoài số lượng được khen (${quotaText}).`,
          });
        }
      } else {
        tied = [...g.ids];
        tiedSeats = seats;
        message =
          `Các ứng viên ${names(members)} cùng ${formatNumber(g.agree)} phiếu đồng ý, tranh ` +
          `${formatNumber(seats)} suất cuối cùng trong số lượng được khen (${quotaText}): ` +
          `cần Chủ tịch Hội đồng quyết định.`;
        for (const c of members)
          ranking.push({
            id: c.id,
            rank: pos + 1,
            agree: c.agree,
            withinQuota: null,
            reason: `${base(pos + 1, c)}, bằng phiếu với ${others(c)} ở suất cuối cùng: cần Chủ tịch Hội đồng quyết định (${CHAIR_RULE}).`,
          });
      }
    }
    pos = end;
  }
  if (chairPick?.length && !chairApplied && !tied.length)
    problems.push(
      'Không có ứng viên bằng phiếu ở suất cuối cùng: lựa chọn của Chủ tịch Hội đồng không được áp dụng.',
    );
  return { ranking, tied, tiedSeats, message, problems };
}

// ---- second round ---------------------------------------------------------------------------------

/** TT 01/2024/TT-TANDTC: at most two rounds; then the competent head decides. */
export const MAX_VOTING_ROUNDS = 2;

export interface SecondRoundOptions {
  /** the round just held, 1-based */
  readonly round: number;
  /** candidates the secretary puts to a new vote where the rule allows it (ids of this round) */
  readonly alsoRevote?: readonly string[];
  readonly maxRounds?: number;
}

export interface SecondRoundResult {
  /** ids to vote on again, in the round's order; [] when refused or nobody */
  readonly candidates: string[];
  /** of those, the tied at the quota border, and how many places they compete for */
  readonly tied: string[];
  readonly tiedSeats: number;
  /** true: a new round is not allowed (the head decides) */
  readonly refused: boolean;
  readonly message: string;
  readonly problems: string[];
}

/**
 * Who is voted on again: the candidates tied across the quota border (as rankPassed leaves them without
 * a chair's pick) and those the secretary lists. After `maxRounds` (2, TT 01/2024/TT-TANDTC) another
 * round is refused: the competent head decides, favouring the more outstanding.
 */
export function secondRoundCandidates(
  results: readonly RankCandidate[],
  quota: number,
  options: SecondRoundOptions,
): SecondRoundResult {
  const maxRounds = options.maxRounds ?? MAX_VOTING_ROUNDS;
  const { tied, tiedSeats } = rankPassed(results, quota, null);
  const known = new Set(results.map((c) => c.id));
  const extra = options.alsoRevote ?? [];
  const problems = extra
    .filter((id) => !known.has(id))
    .map((id) => `Ứng viên mã ${id} không thuộc vòng bỏ phiếu này.`);
  const wanted = new Set([...tied, ...extra.filter((id) => known.has(id))]);
  const chosen = results.filter((c) => wanted.has(c.id));
  const next = options.round + 1;
  if (!chosen.length)
    return {
      candidates: [],
      tied: [],
      tiedSeats: 0,
      refused: false,
      message: 'Không có ứng viên cần bỏ phiếu lại.',
      problems,
    };
  if (next > maxRounds)
    return {
      candidates: [],
      tied,
      tiedSeats,
      refused: true,
      message:
        `Đã bỏ phiếu ${formatNumber(options.round)} vòng, không tổ chức vòng thứ ${formatNumber(next)}: ` +
        `người đứng đầu cơ quan, đơn vị có thẩm quyền quyết định đối với ${names(chosen)} ` +
        `(tối đa ${formatNumber(maxRounds)} vòng, TT 01/2024/TT-TANDTC).`,
      problems,
    };
  const parts = chosen.map((c) =>
    tied.includes(c.id)
      ? `"${c.label ?? c.id}" (bằng phiếu ở suất cuối cùng)`
      : `"${c.label ?? c.id}" (theo đề nghị của thư ký Hội đồng)`,
  );
  return {
    candidates: chosen.map((c) => c.id),
    tied,
    tiedSeats,
    refused: false,
    message: `Bỏ phiếu vòng ${formatNumber(next)} đối với: ${parts.join(', ')}.`,
    problems,
  };
}
