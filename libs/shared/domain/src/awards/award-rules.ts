/**
 * Rules as dated data (issue 11, module `legal` second part): what the law attaches to an award kind
 * (AWARD_KINDS) and changes with the decree: who decides, the conditions, the vote and its threshold,
 * the public notice, the dossier and its forms, the reward multiplier. One version per award, track and
 * decree, with its legal basis and its dates (inclusive, as ADR 0014: NĐ 98/2023 to 30/06/2025, NĐ
 * 152/2025 from 01/07/2025). Numeric thresholds a province may set differently are named dated
 * parameters (RULE_PARAMETERS): a province's value in force on the day beats the national one.
 *
 * Every shipped fact carries the confidence mark of the domain reference (../shared/docs/domain.md:
 * [H] verbatim or two sources, [M] one secondary source, [L] inferred). [L] facts are shipped as data
 * an administrator can correct, and the UI says "cần đối chiếu văn bản" beside them.
 */
import type { IsoDate } from '../org/dates';
import type {
  AwardLevel,
  AwardSubject,
  AwardTrack,
  EvaluationGrade,
  InitiativeScope,
} from './award-kinds';

/** The domain reference's confidence marks. */
export const CONFIDENCES = {
  H: 'Đã đối chiếu văn bản',
  M: 'Theo một nguồn thứ cấp',
  L: 'Cần đối chiếu văn bản',
} as const satisfies Record<string, string>;
export type Confidence = keyof typeof CONFIDENCES;

/** What the UI says beside an [L] fact. */
export const UNCERTAIN_LABEL = CONFIDENCES.L;

export function isUncertain(c: { confidence: Confidence } | Confidence): boolean {
  return (typeof c === 'string' ? c : c.confidence) === 'L';
}

// -----------------------------------------------------------------------------------------------------
// Parameters

export const RULE_PARAMETER_UNITS = {
  SHARE: 'Tỷ lệ',
  VND: 'Đồng',
} as const satisfies Record<string, string>;
export type RuleParameterUnit = keyof typeof RULE_PARAMETER_UNITS;

/**
 * The named parameters a rule may reference instead of a literal. Keys are stored (rule content,
 * parameter rows) and part of the public API: add, never rename.
 */
export const RULE_PARAMETERS = {
  LUONG_CO_SO: { label: 'Mức lương cơ sở (đồng/tháng)', unit: 'VND' },
  TTLDTT_LDTT_SHARE: {
    label:
      'Tỷ lệ tối thiểu cá nhân đạt “Lao động tiên tiến” (“Chiến sĩ tiên tiến”) để xét “Tập thể lao động tiên tiến” (“Đơn vị tiên tiến”)',
    unit: 'SHARE',
  },
  TTLDXS_LDTT_SHARE: {
    label:
      'Tỷ lệ tối thiểu cá nhân đạt “Lao động tiên tiến” (“Chiến sĩ tiên tiến”) để xét “Tập thể lao động xuất sắc” (“Đơn vị quyết thắng”)',
    unit: 'SHARE',
  },
} as const satisfies Record<string, { label: string; unit: RuleParameterUnit }>;
export type RuleParameterKey = keyof typeof RULE_PARAMETERS;
export const ALL_RULE_PARAMETER_KEYS = Object.keys(RULE_PARAMETERS) as RuleParameterKey[];

export function isRuleParameterKey(value: string): value is RuleParameterKey {
  return value in RULE_PARAMETERS;
}

/** A parameter's value for a period, nationally (provinceUnitId null) or for one province. */
export interface RuleParameterVersion {
  key: RuleParameterKey;
  value: number;
  effectiveFrom: IsoDate;
  /** last day in force, inclusive; null: open */
  effectiveTo: IsoDate | null;
  provinceUnitId: string | null;
  /** the number of the legal document that sets it ("73/2024/NĐ-CP") */
  basis: string | null;
  /** the article, "Điều 3" */
  article: string | null;
  confidence: Confidence;
  note: string | null;
}

/** A shipped national parameter (its basis must be in NATIONAL_LEGAL_DOCUMENTS). */
export type NationalRuleParameter = Omit<RuleParameterVersion, 'provinceUnitId'> & {
  basis: string;
};

export function versionInForce(
  v: { effectiveFrom: IsoDate; effectiveTo: IsoDate | null },
  on: IsoDate,
): boolean {
  return v.effectiveFrom <= on && (v.effectiveTo === null || on <= v.effectiveTo);
}

/**
 * The parameter values in force on `on` for a province: its own value in force that day, else the
 * national one (Bắc Ninh's TTLĐTT ≥ 70% beats the national figure). Two rows of one key and scope
 * never overlap (the API refuses it); if they did, the later start wins.
 */
export function ruleParametersOn(
  versions: readonly RuleParameterVersion[],
  on: IsoDate,
  provinceUnitId: string | null,
): ResolvedParameters {
  const out: ResolvedParameters = {};
  const rank = (v: RuleParameterVersion) => (v.provinceUnitId === null ? 0 : 1);
  for (const v of versions) {
    if (!versionInForce(v, on)) continue;
    if (v.provinceUnitId !== null && v.provinceUnitId !== provinceUnitId) continue;
    const had = out[v.key];
    if (
      !had ||
      rank(v) > rank(had) ||
      (rank(v) === rank(had) && v.effectiveFrom > had.effectiveFrom)
    )
      out[v.key] = v;
  }
  return out;
}

export type ResolvedParameters = Partial<Record<RuleParameterKey, RuleParameterVersion>>;

// -----------------------------------------------------------------------------------------------------
// Conditions

/**
 * The kinds of condition a rule lists. Deliberately a small closed set, not an expression language:
 * each kind reads one part of EligibilityFacts and explains itself in one sentence. MANUAL is a
 * criterion the software cannot judge ("nội bộ đoàn kết"): it is shown, and the officer confirms it.
 */
export const CONDITION_TYPES = {
  EVALUATION: 'Kết quả xếp loại',
  TITLE_IN_YEAR: 'Danh hiệu trong năm xét',
  TITLE_STREAK: 'Danh hiệu liên tục',
  TITLE_COUNT: 'Số lần đạt danh hiệu, hình thức',
  INITIATIVE: 'Sáng kiến, đề tài',
  ANY_OF: 'Một trong các điều kiện',
  ALL_OF: 'Tất cả các điều kiện',
  MEMBERS_COMPLETING_SHARE: 'Tỷ lệ thành viên hoàn thành nhiệm vụ',
  MEMBERS_TITLE_SHARE: 'Tỷ lệ thành viên đạt danh hiệu',
  MEMBERS_WITH_TITLE: 'Số thành viên đạt danh hiệu',
  NO_MEMBER_DISCIPLINED: 'Không có thành viên bị kỷ luật',
  MANUAL: 'Tiêu chuẩn do cán bộ xác nhận',
} as const satisfies Record<string, string>;
export type ConditionType = keyof typeof CONDITION_TYPES;

/** Bounds on a rule's content (input validation; a rule of the law has at most a handful). */
export const AWARD_RULE_LIMITS = {
  conditions: 12,
  depth: 3,
  years: 20,
  count: 1000,
  text: 2000,
  dossier: 20,
  rewards: 3,
} as const;

interface ConditionBase {
  confidence: Confidence;
  /** "Điều 23 Luật Thi đua, khen thưởng": where the condition comes from */
  article?: string | null;
  /** only for these subjects (a Bằng khen's conditions differ for a person and a collective) */
  subjects?: readonly AwardSubject[] | null;
}

/** The nominee's own evaluation was at least `floor` in each of the `years` years ending with the judged year. */
export interface EvaluationCondition extends ConditionBase {
  type: 'EVALUATION';
  floor: EvaluationGrade;
  years: number;
}
/** The nominee holds `award` for the judged year (a công trạng one: NĐ 152 Điều 4 k.3). */
export interface TitleInYearCondition extends ConditionBase {
  type: 'TITLE_IN_YEAR';
  award: string;
}
/** `award` in each of the `years` consecutive years ending with the judged year. */
export interface TitleStreakCondition extends ConditionBase {
  type: 'TITLE_STREAK';
  award: string;
  years: number;
}
/** `award` at least `count` times in the `years` years ending with the judged year (null: ever). */
export interface TitleCountCondition extends ConditionBase {
  type: 'TITLE_COUNT';
  award: string;
  count: number;
  years: number | null;
}
/** `count` recognised sáng kiến / đề tài of at least `scope`, not already used for another award. */
export interface InitiativeCondition extends ConditionBase {
  type: 'INITIATIVE';
  scope: InitiativeScope;
  count: number;
}
export interface AnyOfCondition extends ConditionBase {
  type: 'ANY_OF';
  conditions: AwardCondition[];
}
export interface AllOfCondition extends ConditionBase {
  type: 'ALL_OF';
  conditions: AwardCondition[];
}
/** A share threshold: a literal, or a named parameter resolved on the day (province beats national). */
interface ShareThreshold {
  min?: number | null;
  minParameter?: RuleParameterKey | null;
}
export interface MembersCompletingShareCondition extends ConditionBase, ShareThreshold {
  type: 'MEMBERS_COMPLETING_SHARE';
}
export interface MembersTitleShareCondition extends ConditionBase, ShareThreshold {
  type: 'MEMBERS_TITLE_SHARE';
  award: string;
}
export interface MembersWithTitleCondition extends ConditionBase {
  type: 'MEMBERS_WITH_TITLE';
  award: string;
  count: number;
}
export interface NoMemberDisciplinedCondition extends ConditionBase {
  type: 'NO_MEMBER_DISCIPLINED';
}
export interface ManualCondition extends ConditionBase {
  type: 'MANUAL';
  text: string;
}

export type AwardCondition =
  | EvaluationCondition
  | TitleInYearCondition
  | TitleStreakCondition
  | TitleCountCondition
  | InitiativeCondition
  | AnyOfCondition
  | AllOfCondition
  | MembersCompletingShareCondition
  | MembersTitleShareCondition
  | MembersWithTitleCondition
  | NoMemberDisciplinedCondition
  | ManualCondition;

// -----------------------------------------------------------------------------------------------------
// A rule version

export interface RuleDecider {
  /** "Chủ tịch Ủy ban nhân dân cấp xã; thủ trưởng cơ quan, đơn vị có tư cách pháp nhân…" */
  text: string;
  level: AwardLevel;
  article: string | null;
  confidence: Confidence;
}

/** Bỏ phiếu: the threshold is a share of the council's total membership, absentees in writing (NĐ 98 Điều 30 k.7). */
export interface RuleVote {
  required: boolean;
  thresholdOfMembership: number | null;
  article: string | null;
  confidence: Confidence;
}

/** Công khai danh sách before the council meets, in working days (NĐ 98 Điều 46; NĐ 152 Điều 44). */
export interface RulePublicNotice {
  required: boolean;
  workingDays: number | null;
  article: string | null;
  confidence: Confidence;
}

export interface RuleDossierItem {
  /** "Tờ trình đề nghị xét tặng danh hiệu thi đua" */
  document: string;
  /** "Mẫu số 01"; null: no national form (or its number is not known) */
  form: string | null;
  confidence: Confidence;
}

/** Tiền thưởng = multiplier × LUONG_CO_SO on the decision's date (NĐ 152 Điều 50–54). */
export interface RuleReward {
  subject: AwardSubject;
  /** null: not known (an [L] gap for the administrator to fill) */
  multiplier: number | null;
  article: string | null;
  confidence: Confidence;
}

/** What a rule version says (stored as `award_rule_versions.content`, jsonb). */
export interface AwardRuleContent {
  decidedBy: RuleDecider;
  conditions: AwardCondition[];
  vote: RuleVote;
  publicNotice: RulePublicNotice;
  dossier: RuleDossierItem[];
  rewards: RuleReward[];
  note: string | null;
}

/** A rule version: an award under a track, as one legal basis says it for a period. */
export interface AwardRuleSpec extends AwardRuleContent {
  awardCode: string;
  track: AwardTrack;
  /** the number of the legal document ("152/2025/NĐ-CP") */
  basis: string;
  effectiveFrom: IsoDate;
  /** last day in force, inclusive; null: open */
  effectiveTo: IsoDate | null;
}

/**
 * The version of `awardCode` under `track` in force on `on` for a province: a province's own version
 * (a province-specific award, or a province's re-statement) beats the national one.
 */
export function ruleInForce<
  R extends {
    awardCode: string;
    track: AwardTrack;
    effectiveFrom: IsoDate;
    effectiveTo: IsoDate | null;
    provinceUnitId: string | null;
  },
>(
  rules: readonly R[],
  q: { awardCode: string; track: AwardTrack; on: IsoDate; provinceUnitId: string | null },
): R | null {
  let best: R | null = null;
  for (const r of rules) {
    if (r.awardCode !== q.awardCode || r.track !== q.track || !versionInForce(r, q.on)) continue;
    if (r.provinceUnitId !== null && r.provinceUnitId !== q.provinceUnitId) continue;
    if (
      !best ||
      (best.provinceUnitId === null && r.provinceUnitId !== null) ||
      ((best.provinceUnitId === null) === (r.provinceUnitId === null) &&
        r.effectiveFrom > best.effectiveFrom)
    )
      best = r;
  }
  return best;
}

/** Problems with a rule's content that the type cannot say (depth, thresholds, one share source…). */
export function awardRuleContentProblems(content: AwardRuleContent): string[] {
  const out: string[] = [];
  const L = AWARD_RULE_LIMITS;
  const walk = (list: readonly AwardCondition[], depth: number, where: string) => {
    if (depth > L.depth) {
      out.push(`${where}: điều kiện lồng nhau quá ${L.depth} cấp.`);
      return;
    }
    if (list.length > L.conditions) out.push(`${where}: tối đa ${L.conditions} điều kiện.`);
    list.forEach((c, i) => {
      const at = `${where} ${i + 1}`;
      const need = (ok: unknown, what: string) => {
        if (ok === undefined || ok === null || ok === '') out.push(`${at}: thiếu ${what}.`);
      };
      switch (c.type) {
        case 'EVALUATION':
          need(c.floor, 'xếp loại tối thiểu');
          break;
        case 'TITLE_IN_YEAR':
        case 'TITLE_STREAK':
        case 'TITLE_COUNT':
        case 'MEMBERS_WITH_TITLE':
          need(c.award, 'danh hiệu, hình thức');
          break;
        case 'INITIATIVE':
          need(c.scope, 'phạm vi sáng kiến');
          break;
        case 'MANUAL':
          need(c.text?.trim(), 'nội dung tiêu chuẩn');
          break;
        case 'ANY_OF':
        case 'ALL_OF':
          if (!c.conditions?.length) out.push(`${at}: cần ít nhất một điều kiện con.`);
          else walk(c.conditions, depth + 1, at);
          break;
        case 'MEMBERS_COMPLETING_SHARE':
        case 'MEMBERS_TITLE_SHARE': {
          if (c.type === 'MEMBERS_TITLE_SHARE') need(c.award, 'danh hiệu, hình thức');
          const literal = c.min !== null && c.min !== undefined;
          const param = c.minParameter !== null && c.minParameter !== undefined;
          if (literal === param) out.push(`${at}: chọn một trong hai — tỷ lệ cụ thể hoặc tham số.`);
          if (literal && !((c.min as number) > 0 && (c.min as number) <= 1))
            out.push(`${at}: tỷ lệ phải lớn hơn 0 và không quá 1 (100%).`);
          if (param && RULE_PARAMETERS[c.minParameter as RuleParameterKey]?.unit !== 'SHARE')
            out.push(`${at}: tham số phải là một tỷ lệ.`);
          break;
        }
        default:
          break;
      }
    });
  };
  walk(content.conditions, 1, 'Điều kiện');
  const t = content.vote.thresholdOfMembership;
  if (content.vote.required && (t === null || !(t > 0 && t <= 1)))
    out.push('Bỏ phiếu: tỷ lệ phiếu đồng ý phải lớn hơn 0 và không quá 1 (100%).');
  if (
    content.publicNotice.required &&
    (content.publicNotice.workingDays === null || content.publicNotice.workingDays < 1)
  )
    out.push('Công khai: số ngày làm việc phải từ 1 trở lên.');
  const subjects = content.rewards.map((r) => r.subject);
  if (new Set(subjects).size !== subjects.length)
    out.push('Tiền thưởng: mỗi đối tượng chỉ một mức.');
  return out;
}
