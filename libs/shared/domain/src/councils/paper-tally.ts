/**
 * The ban kiểm phiếu's entry of a paper round (issue 12, "Voting" 1; domain reference §1.5, §12):
 * phiếu phát ra, thu về, hợp lệ, không hợp lệ and each candidate's counts, typed twice by two people.
 * Pure checks with the sentences the entry screen shows; the counts then feed roundResults like any
 * electronic round, so both modes print the same minutes.
 */
import { formatNumber } from '../text/format';
import type { CouncilCandidate } from './voting';

export interface PaperTallyCandidate {
  readonly id: string;
  readonly agree: number;
  readonly disagree: number;
}

export interface PaperTally {
  /** phiếu phát ra */
  readonly issued: number;
  /** phiếu thu về */
  readonly returned: number;
  /** phiếu hợp lệ */
  readonly valid: number;
  /** phiếu không hợp lệ */
  readonly invalid: number;
  readonly candidates: readonly PaperTallyCandidate[];
}

export const PAPER_TALLY_FIELDS = {
  issued: 'Số phiếu phát ra',
  returned: 'Số phiếu thu về',
  valid: 'Số phiếu hợp lệ',
  invalid: 'Số phiếu không hợp lệ',
} as const satisfies Record<Exclude<keyof PaperTally, 'candidates'>, string>;

const CANDIDATE_FIELDS = {
  agree: 'số phiếu đồng ý',
  disagree: 'số phiếu không đồng ý',
} as const satisfies Record<Exclude<keyof PaperTallyCandidate, 'id'>, string>;

const isCount = (v: number) => Number.isInteger(v) && v >= 0;
const n = formatNumber;

function labelOf(round: readonly CouncilCandidate[], id: string): string {
  return `"${round.find((c) => c.id === id)?.label ?? id}"`;
}

/**
 * Every broken invariant of an entry, in Vietnamese; [] when it holds. `voters` is the number of
 * members entitled to a paper ballot in the room (present, with proxies when the rules count them):
 * no more ballots can be issued. `round` is the candidates of the round: each must be entered once.
 * A comparison is skipped when one of its numbers is itself wrong, so one typo gives one message.
 */
export function paperTallyProblems(
  t: PaperTally,
  voters: number,
  round: readonly CouncilCandidate[],
): string[] {
  const out: string[] = [];
  const ok = { issued: true, returned: true, valid: true, invalid: true };
  for (const key of Object.keys(PAPER_TALLY_FIELDS) as (keyof typeof PAPER_TALLY_FIELDS)[]) {
    if (!isCount(t[key])) {
      ok[key] = false;
      out.push(`${PAPER_TALLY_FIELDS[key]} phải là số nguyên không âm.`);
    }
  }
  if (ok.returned && ok.issued && t.returned > t.issued)
    out.push(
      `Số phiếu thu về (${n(t.returned)}) không được lớn hơn số phiếu phát ra (${n(t.issued)}).`,
    );
  if (ok.issued && t.issued > voters)
    out.push(
      `Số phiếu phát ra (${n(t.issued)}) không được lớn hơn số thành viên dự họp có quyền bỏ phiếu (${n(voters)}).`,
    );
  if (ok.valid && ok.invalid && ok.returned && t.valid + t.invalid !== t.returned)
    out.push(
      `Số phiếu hợp lệ (${n(t.valid)}) cộng số phiếu không hợp lệ (${n(t.invalid)}) phải bằng số phiếu thu về (${n(t.returned)}).`,
    );
  const seen = new Map<string, number>();
  for (const c of t.candidates) seen.set(c.id, (seen.get(c.id) ?? 0) + 1);
  for (const c of round) {
    const times = seen.get(c.id) ?? 0;
    if (times === 0) out.push(`Chưa nhập số phiếu của ứng viên "${c.label}".`);
    else if (times > 1) out.push(`Ứng viên "${c.label}" được nhập ${n(times)} lần.`);
  }
  for (const id of seen.keys())
    if (!round.some((c) => c.id === id))
      out.push(`Ứng viên mã ${id} không thuộc vòng bỏ phiếu này.`);
  for (const c of t.candidates) {
    if (!round.some((r) => r.id === c.id)) continue;
    const who = `Ứng viên ${labelOf(round, c.id)}`;
    let counts = true;
    for (const key of Object.keys(CANDIDATE_FIELDS) as (keyof typeof CANDIDATE_FIELDS)[])
      if (!isCount(c[key])) {
        counts = false;
        out.push(`${who}: ${CANDIDATE_FIELDS[key]} phải là số nguyên không âm.`);
      }
    if (counts && ok.valid && c.agree + c.disagree > t.valid)
      out.push(
        `${who}: số phiếu đồng ý (${n(c.agree)}) cộng không đồng ý (${n(c.disagree)}) là ${n(c.agree + c.disagree)}, vượt số phiếu hợp lệ (${n(t.valid)}).`,
      );
  }
  return out;
}

/**
 * The two people's entries field by field: "Số phiếu thu về: người nhập thứ nhất 9, người thứ hai 8."
 * [] when they agree; only an agreed entry is saved. Candidates are matched by id.
 */
export function compareDoubleEntry(
  a: PaperTally,
  b: PaperTally,
  round: readonly CouncilCandidate[] = [],
): string[] {
  const out: string[] = [];
  const diff = (what: string, x: number, y: number) => {
    if (x !== y) out.push(`${what}: người nhập thứ nhất ${n(x)}, người thứ hai ${n(y)}.`);
  };
  for (const key of Object.keys(PAPER_TALLY_FIELDS) as (keyof typeof PAPER_TALLY_FIELDS)[])
    diff(PAPER_TALLY_FIELDS[key], a[key], b[key]);
  const ids = [...new Set([...a.candidates, ...b.candidates].map((c) => c.id))];
  for (const id of ids) {
    const who = `Ứng viên ${labelOf(round, id)}`;
    const x = a.candidates.find((c) => c.id === id);
    const y = b.candidates.find((c) => c.id === id);
    if (!x || !y) {
      out.push(`${who}: chỉ người nhập thứ ${x ? 'nhất' : 'hai'} có nhập.`);
      continue;
    }
    for (const key of Object.keys(CANDIDATE_FIELDS) as (keyof typeof CANDIDATE_FIELDS)[])
      diff(`${who} – ${CANDIDATE_FIELDS[key]}`, x[key], y[key]);
  }
  return out;
}
