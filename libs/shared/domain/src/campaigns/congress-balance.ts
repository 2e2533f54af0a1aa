/**
 * Cơ cấu đại biểu of a congress (issue 10, "Congresses"; seed 003, II.2.2: "bảo đảm tính cân đối, cơ
 * cấu đại diện các ngành, lĩnh vực, các thành phần kinh tế, tôn giáo, đại biểu nữ, đại biểu trẻ tuổi,
 * … người lao động trực tiếp"): the requirements a congress sets and the report computed from its
 * delegates' attributes (the people module's). Pure arithmetic, no I/O: the API, the SPA and the
 * specs compute the same sentences. Codes are stored (congresses.requirements): add, never rename.
 */
import { foldVietnamese } from '../text/fold';
import { formatNumber } from '../text/format';
import type { IsoDate } from '../org/dates';
import { CONGRESS_LIMITS } from './congresses';

export const BALANCE_CRITERIA = {
  FEMALE: 'Đại biểu nữ',
  YOUTH: 'Đại biểu trẻ tuổi',
  ETHNIC_MINORITY: 'Đại biểu người dân tộc thiểu số',
  RELIGIOUS: 'Đại biểu là người có tôn giáo',
  PARTY_MEMBER: 'Đại biểu là đảng viên',
  NON_PARTY: 'Đại biểu ngoài Đảng',
  DIRECT_WORKER: 'Đại biểu là người lao động trực tiếp',
  SECTOR: 'Đại biểu theo ngành, lĩnh vực',
} as const satisfies Record<string, string>;

export type BalanceCriterion = keyof typeof BALANCE_CRITERIA;

/**
 * "Đại biểu trẻ tuổi" when the plan sets no age: up to 35 at the congress. The seed names the group but
 * no age. Luật Thanh niên 2020 (Điều 1) ends youth at 30, which would leave out most young officials
 * honoured at a congress; personnel rules for "cán bộ trẻ" use under 40. 35 sits between the two; a
 * plan that states its own age sets `maxAge`.
 */
export const DEFAULT_YOUTH_MAX_AGE = 35;

/** The bounds of `maxAge` (16: the youngest age Luật Thanh niên counts; 60: past it nobody is young). */
export const YOUTH_AGE_BOUNDS = { min: 16, max: 60 } as const;

/** Staff categories of the people module's positions. */
export type BalanceStaffCategory =
  'CIVIL_SERVANT' | 'PUBLIC_EMPLOYEE' | 'WORKER' | 'OFFICER' | 'OTHER';

/**
 * One requirement: at least `minShare` percent of the delegates and/or at least `minCount` of them
 * (both given: the larger). SECTOR: each of `sectors` must reach it (at least 1 delegate when neither
 * is given). YOUTH: `maxAge` is the oldest age still counted young (DEFAULT_YOUTH_MAX_AGE).
 */
export interface BalanceRequirement {
  criterion: BalanceCriterion;
  minShare?: number | null;
  minCount?: number | null;
  maxAge?: number | null;
  sectors?: readonly string[] | null;
}

/** What the report reads of a delegate: the person's attributes and the delegate row's. */
export interface BalanceDelegate {
  sex: 'MALE' | 'FEMALE';
  dateOfBirth: IsoDate | null;
  ethnicity: string | null;
  religion: string | null;
  partyMember: boolean;
  /** Of the position the delegate holds for the congress; null when none is known. */
  staffCategory: BalanceStaffCategory | null;
  /** "Người lao động trực tiếp" marked on the delegate (a farmer, a worker on a line…). */
  directWorker: boolean;
  /** Ngành, lĩnh vực the delegate stands for. */
  sector: string | null;
}

/** One line of the report: a criterion (SECTOR: one line per sector). */
export interface BalanceLine {
  criterion: BalanceCriterion;
  sector: string | null;
  label: string;
  minShare: number | null;
  minCount: number | null;
  /** The delegates needed: max(minCount, ⌈minShare × total⌉). */
  requiredCount: number;
  total: number;
  actual: number;
  /** actual / total in percent, one decimal; null when there are no delegates. */
  share: number | null;
  /** Delegates whose attribute is not recorded ("chưa rõ"): counted neither in nor out. */
  unknown: number;
  met: boolean;
  missing: number;
  explanation: string;
}

export interface BalanceReport {
  total: number;
  /** The day ages are computed on. */
  onDate: IsoDate;
  lines: BalanceLine[];
  met: boolean;
  summary: string;
}

/** What is missing when a delegate's attribute is unknown, per criterion. */
const UNKNOWN_WHAT: Record<BalanceCriterion, string | null> = {
  FEMALE: null,
  YOUTH: 'ngày sinh',
  ETHNIC_MINORITY: 'dân tộc',
  RELIGIOUS: 'tôn giáo',
  PARTY_MEMBER: null,
  NON_PARTY: null,
  DIRECT_WORKER: 'vị trí công tác',
  SECTOR: 'ngành, lĩnh vực',
};

/** Folded spellings of "no religion" as people records write it. */
const NO_RELIGION = new Set(['khong', 'khong co', 'khong ton giao', 'khong theo ton giao']);

/** true / false / null (not recorded). */
type Answer = boolean | null;

/** Completed years of age on `on`. */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** Kinh (the majority) whatever the spelling: "Kinh", "kinh", "Dân tộc Kinh", "Việt (Kinh)", "Việt". */
export function isKinh(ethnicity: string): boolean {
  const words = foldVietnamese(ethnicity)
    .split(/[^a-z]+/)
    .filter(Boolean);
  return words.includes('kinh') || (words.length === 1 && words[0] === 'viet');
}

function blank(value: string | null | undefined): boolean {
  return !value || !value.trim();
}

/** Whether the delegate counts for the criterion (SECTOR: for `sector`), null when not recorded. */
export function delegateAnswer(
  d: BalanceDelegate,
  criterion: BalanceCriterion,
  opts: { onDate: IsoDate; maxAge?: number | null; sector?: string | null },
): Answer {
  switch (criterion) {
    case 'FEMALE':
      return d.sex === 'FEMALE';
    case 'YOUTH':
      return d.dateOfBirth
        ? ageOn(d.dateOfBirth, opts.onDate) <= (opts.maxAge ?? DEFAULT_YOUTH_MAX_AGE)
        : null;
    case 'ETHNIC_MINORITY':
      return blank(d.ethnicity) ? null : !isKinh(d.ethnicity as string);
    case 'RELIGIOUS':
      return blank(d.religion) ? null : !NO_RELIGION.has(foldVietnamese(d.religion as string));
    case 'PARTY_MEMBER':
      return d.partyMember;
    case 'NON_PARTY':
      return !d.partyMember;
    case 'DIRECT_WORKER':
      if (d.directWorker || d.staffCategory === 'WORKER') return true;
      return d.staffCategory ? false : null;
    case 'SECTOR':
      if (blank(d.sector)) return null;
      return foldVietnamese(d.sector as string) === foldVietnamese(opts.sector ?? '');
  }
}

/** Tenths of a percent of `part` in `whole` (rounded half up), from integers only. */
function tenths(part: number, whole: number): number {
  return Math.floor((part * 2000 + whole) / (2 * whole));
}

/** "30,0" from 300 tenths. */
function tenthsText(t: number): string {
  return `${formatNumber(Math.floor(t / 10))},${t % 10}`;
}

/** A requirement's share as written: "35%", "30,5%". */
export function formatShare(percent: number): string {
  const t = Math.round(percent * 10);
  return t % 10 ? `${tenthsText(t)}%` : `${formatNumber(t / 10)}%`;
}

/** The label of a line: "Đại biểu trẻ tuổi (không quá 35 tuổi)", 'Đại biểu ngành, lĩnh vực "Y tế"'. */
export function balanceLineLabel(r: BalanceRequirement, sector?: string | null): string {
  if (r.criterion === 'YOUTH')
    return `${BALANCE_CRITERIA.YOUTH} (không quá ${r.maxAge ?? DEFAULT_YOUTH_MAX_AGE} tuổi)`;
  if (r.criterion === 'SECTOR') return `Đại biểu ngành, lĩnh vực "${sector ?? ''}"`;
  return BALANCE_CRITERIA[r.criterion];
}

function requirementText(minShare: number | null, minCount: number | null): string {
  const parts: string[] = [];
  if (minShare !== null) parts.push(formatShare(minShare));
  if (minCount !== null) parts.push(`${formatNumber(minCount)} người`);
  return parts.join(' và ');
}

function line(
  delegates: readonly BalanceDelegate[],
  r: BalanceRequirement,
  onDate: IsoDate,
  sector: string | null,
): BalanceLine {
  const minShare = r.minShare ?? null;
  // a sector with no figure given must at least be represented
  const minCount = r.minCount ?? (r.criterion === 'SECTOR' && minShare === null ? 1 : null);
  const total = delegates.length;
  let actual = 0;
  let unknown = 0;
  for (const d of delegates) {
    const a = delegateAnswer(d, r.criterion, { onDate, maxAge: r.maxAge, sector });
    if (a === null) unknown += 1;
    else if (a) actual += 1;
  }
  // ⌈share × total⌉ in integers: 35% of 40 is 14 exactly (0.35 * 40 in floating point is 14.000000000000002)
  const shareTenths = minShare === null ? 0 : Math.round(minShare * 10);
  const fromShare = Math.floor((shareTenths * total + 999) / 1000);
  const requiredCount = Math.max(minCount ?? 0, fromShare);
  const met = total > 0 && actual >= requiredCount;
  const missing = Math.max(0, requiredCount - actual);
  const label = balanceLineLabel(r, sector);
  const required = requirementText(minShare, minCount);
  const what = UNKNOWN_WHAT[r.criterion];
  const unknownText = unknown && what ? `; ${formatNumber(unknown)} người chưa rõ ${what}` : '';
  let explanation: string;
  if (!total) {
    explanation = `${label}: chưa có đại biểu trong danh sách, yêu cầu tối thiểu ${required} — chưa đạt.`;
  } else {
    const t = tenths(actual, total);
    const verdict = met ? 'đạt' : `còn thiếu ${formatNumber(missing)} người`;
    explanation = `${label}: ${formatNumber(actual)}/${formatNumber(total)} (${tenthsText(t)}%), yêu cầu tối thiểu ${required} — ${verdict}${unknownText}.`;
  }
  return {
    criterion: r.criterion,
    sector,
    label,
    minShare,
    minCount,
    requiredCount,
    total,
    actual,
    share: total ? tenths(actual, total) / 10 : null,
    unknown,
    met,
    missing,
    explanation,
  };
}

/**
 * The report for `delegates` against `requirements`, ages on `onDate` (the day the congress is held,
 * or the last day of its window before then). Shares are of the delegates listed; "còn thiếu" is how
 * many more of them must fit the criterion with the list's size unchanged.
 */
export function congressBalance(
  delegates: readonly BalanceDelegate[],
  requirements: readonly BalanceRequirement[],
  onDate: IsoDate,
): BalanceReport {
  const lines = requirements.flatMap((r) =>
    r.criterion === 'SECTOR'
      ? (r.sectors ?? []).map((s) => line(delegates, r, onDate, s.trim()))
      : [line(delegates, r, onDate, null)],
  );
  const failed = lines.filter((l) => !l.met);
  let summary: string;
  if (!lines.length) summary = 'Chưa đặt yêu cầu về cơ cấu đại biểu.';
  else if (!failed.length)
    summary = `Cơ cấu đại biểu đạt cả ${formatNumber(lines.length)} yêu cầu.`;
  else
    summary = `Cơ cấu đại biểu chưa đạt ${formatNumber(failed.length)}/${formatNumber(lines.length)} yêu cầu: ${failed.map((l) => l.label).join('; ')}.`;
  return {
    total: delegates.length,
    onDate,
    lines,
    met: failed.length === 0,
    summary,
  };
}

/** A problem of a requirement list: the field path ("requirements.2.minShare") and the message. */
export interface BalanceRequirementProblem {
  path: string;
  message: string;
}

/**
 * What the input types cannot say about a requirement list, all at once: a criterion given twice,
 * no figure, a share out of (0, 100] or with more than one decimal, maxAge or sectors on the wrong
 * criterion, a sector list empty, too long or repeated (accents and case ignored).
 */
export function balanceRequirementProblems(
  requirements: readonly BalanceRequirement[],
  field = 'requirements',
): BalanceRequirementProblem[] {
  const problems: BalanceRequirementProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (requirements.length > CONGRESS_LIMITS.requirements)
    add(field, `Yêu cầu cơ cấu: tối đa ${CONGRESS_LIMITS.requirements} yêu cầu.`);
  const seen = new Set<string>();
  requirements.forEach((r, i) => {
    const at = `${field}.${i}`;
    const name = BALANCE_CRITERIA[r.criterion];
    if (!name) {
      add(`${at}.criterion`, 'Tiêu chí cơ cấu không nằm trong danh sách cho phép.');
      return;
    }
    if (seen.has(r.criterion)) add(`${at}.criterion`, `Tiêu chí "${name}" được nêu hai lần.`);
    seen.add(r.criterion);
    const share = r.minShare ?? null;
    const count = r.minCount ?? null;
    if (share === null && count === null && r.criterion !== 'SECTOR')
      add(at, `${name}: cần nêu tỷ lệ tối thiểu (%) hoặc số người tối thiểu.`);
    if (share !== null) {
      if (!Number.isFinite(share) || share <= 0 || share > 100)
        add(`${at}.minShare`, `${name}: tỷ lệ tối thiểu phải lớn hơn 0% và không quá 100%.`);
      else if (Math.abs(share * 10 - Math.round(share * 10)) > 1e-9)
        add(`${at}.minShare`, `${name}: tỷ lệ tối thiểu lấy nhiều nhất một chữ số thập phân.`);
    }
    if (
      count !== null &&
      (!Number.isInteger(count) || count < 1 || count > CONGRESS_LIMITS.delegates)
    )
      add(
        `${at}.minCount`,
        `${name}: số người tối thiểu phải là số nguyên từ 1 đến ${formatNumber(CONGRESS_LIMITS.delegates)}.`,
      );
    const maxAge = r.maxAge ?? null;
    if (maxAge !== null) {
      if (r.criterion !== 'YOUTH')
        add(`${at}.maxAge`, 'Độ tuổi tối đa chỉ dùng cho tiêu chí đại biểu trẻ tuổi.');
      else if (
        !Number.isInteger(maxAge) ||
        maxAge < YOUTH_AGE_BOUNDS.min ||
        maxAge > YOUTH_AGE_BOUNDS.max
      )
        add(
          `${at}.maxAge`,
          `Độ tuổi tối đa của đại biểu trẻ phải từ ${YOUTH_AGE_BOUNDS.min} đến ${YOUTH_AGE_BOUNDS.max}.`,
        );
    }
    const sectors = r.sectors ?? null;
    if (r.criterion !== 'SECTOR') {
      if (sectors?.length)
        add(
          `${at}.sectors`,
          'Danh sách ngành, lĩnh vực chỉ dùng cho tiêu chí theo ngành, lĩnh vực.',
        );
      return;
    }
    if (!sectors?.length) {
      add(`${at}.sectors`, 'Cần nêu ít nhất một ngành, lĩnh vực.');
      return;
    }
    if (sectors.length > CONGRESS_LIMITS.sectors)
      add(`${at}.sectors`, `Ngành, lĩnh vực: tối đa ${CONGRESS_LIMITS.sectors} mục.`);
    const names = new Set<string>();
    sectors.forEach((s, j) => {
      const folded = foldVietnamese(s ?? '');
      if (!folded) add(`${at}.sectors.${j}`, 'Tên ngành, lĩnh vực không được để trống.');
      else if (s.trim().length > CONGRESS_LIMITS.sector)
        add(
          `${at}.sectors.${j}`,
          `Tên ngành, lĩnh vực không được dài quá ${CONGRESS_LIMITS.sector} ký tự.`,
        );
      else if (names.has(folded))
        add(`${at}.sectors.${j}`, `Ngành, lĩnh vực "${s.trim()}" được nêu hai lần.`);
      names.add(folded);
    });
  });
  return problems;
}
