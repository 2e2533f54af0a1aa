/**
 * The eligibility check (issue 11): a rule version in force, the parameters in force and the facts
 * about a nominee in, an answer per condition out: met or not (or for the officer to confirm), the
 * sentence that says why naming the nominee and the data used, the data itself and the legal basis.
 * Pure: the API's check, the administrators' preview and a replay of a nomination's snapshot give the
 * same answer from the same data.
 *
 * Four principles apply to every check whatever the rule says (domain.md §2.2):
 *  - a hold in force on the day blocks (NĐ 152/2025 Điều 4 k.4), with its reason;
 *  - a dissolved or merged-away unit is not rewarded;
 *  - đột xuất and phong trào/chuyên đề awards never count toward công trạng (Điều 4 k.3,
 *    TRACKS_COUNTING_FOR_MERIT): prior-title conditions skip them and say so;
 *  - a sáng kiến already used for an award is not counted again (CV 5007/BNV-TĐKT).
 */
import { legalCitation, type CitedDocument } from '../legal/citation';
import { NATIONAL_LEGAL_DOCUMENTS } from '../legal/national-documents';
import { isoToVn, type IsoDate } from '../org/dates';
import { formatNumber } from '../text/format';
import {
  AWARD_SUBJECTS,
  AWARD_TRACKS,
  EVALUATION_GRADES,
  HOLD_KINDS,
  INITIATIVE_KINDS,
  INITIATIVE_SCOPES,
  TRACKS_COUNTING_FOR_MERIT,
  awardKind,
  gradeAtLeast,
  scopeAtLeast,
  type AwardSubject,
  type AwardTrack,
} from './award-kinds';
import {
  RULE_PARAMETERS,
  isUncertain,
  type AwardCondition,
  type AwardRuleSpec,
  type ResolvedParameters,
  type RuleParameterKey,
} from './award-rules';
import {
  holdsOn,
  type EligibilityFacts,
  type FactAward,
  type FactInitiative,
} from './eligibility-facts';

/** The checks every rule gets, before its own conditions. */
export const ELIGIBILITY_PRINCIPLES = {
  SUBJECT: 'Đối tượng được xét',
  ACTIVE: 'Đơn vị còn hoạt động',
  HOLD: 'Không thuộc trường hợp chưa xét khen thưởng',
} as const satisfies Record<string, string>;
export type EligibilityPrinciple = keyof typeof ELIGIBILITY_PRINCIPLES;

export const ELIGIBILITY_VERDICTS = {
  ELIGIBLE: 'Đủ điều kiện',
  NOT_ELIGIBLE: 'Chưa đủ điều kiện',
  TO_CONFIRM: 'Đạt các điều kiện tính được; cán bộ cần xác nhận các tiêu chuẩn còn lại',
} as const satisfies Record<string, string>;
export type EligibilityVerdict = keyof typeof ELIGIBILITY_VERDICTS;

export const USED_FACT_KINDS = {
  EVALUATION: 'Kết quả xếp loại',
  AWARD: 'Khen thưởng đã có',
  INITIATIVE: 'Sáng kiến, đề tài',
  HOLD: 'Trường hợp tạm hoãn',
  MEMBERS: 'Số liệu thành viên',
  PARAMETER: 'Tham số',
  STATUS: 'Tình trạng',
} as const satisfies Record<string, string>;
export type UsedFactKind = keyof typeof USED_FACT_KINDS;

/** A piece of data a check read; `counted: false` when a principle set it aside (and `text` says why). */
export interface UsedFact {
  kind: UsedFactKind;
  /** the record's id where it has one (an award, an initiative) */
  ref: string | null;
  text: string;
  counted: boolean;
}

export interface ConditionCheck {
  /** "1", "2.1" for the rule's conditions (their position); the principle's code for a principle */
  key: string;
  code: AwardCondition['type'] | EligibilityPrinciple;
  principle: boolean;
  /** null: the software cannot judge it, the officer confirms */
  met: boolean | null;
  /** what the rule asks, as a sentence */
  requirement: string;
  /** what was found, naming the nominee and the data */
  label: string;
  used: UsedFact[];
  /** the article and the rule's legal basis */
  basis: string;
  /** the fact is marked [L]: "cần đối chiếu văn bản" */
  uncertain: boolean;
  children: ConditionCheck[];
}

export interface EligibilityResult {
  awardCode: string;
  awardName: string;
  track: AwardTrack;
  nominee: string;
  year: number;
  on: IsoDate;
  /** the rule version's basis, cited ("Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ") */
  basis: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  verdict: EligibilityVerdict;
  checks: ConditionCheck[];
  /** some fact used is marked [L] */
  uncertain: boolean;
}

export interface EligibilityOptions {
  /** names of award codes (a province's own kinds); the national catalog otherwise */
  awardNames?: Readonly<Record<string, string>>;
  /** who the award is for (its kind's subjects); the national catalog's otherwise */
  subjects?: readonly AwardSubject[] | null;
  /** the registry's row for `rule.basis` (the shipped national documents otherwise) */
  basisDocument?: CitedDocument | null;
}

/** The rule as the check reads it. */
export type EvaluableRule = Pick<
  AwardRuleSpec,
  'awardCode' | 'track' | 'basis' | 'effectiveFrom' | 'effectiveTo' | 'conditions'
>;

// -----------------------------------------------------------------------------------------------------

export function evaluateEligibility(
  rule: EvaluableRule,
  params: ResolvedParameters,
  facts: EligibilityFacts,
  options: EligibilityOptions = {},
): EligibilityResult {
  const names = (code: string) => options.awardNames?.[code] ?? awardKind(code)?.name ?? code;
  const ruleBasis = ruleBasisCitation(rule.basis, options.basisDocument ?? null);
  const ctx: Ctx = { facts, params, names, ruleBasis, rule };

  const checks: ConditionCheck[] = [];
  const subjects = options.subjects ?? awardKind(rule.awardCode)?.subjects ?? null;
  if (subjects) checks.push(subjectCheck(ctx, subjects));
  if (facts.subject === 'COLLECTIVE' || !facts.active) checks.push(activeCheck(ctx));
  checks.push(holdCheck(ctx));
  applicable(rule.conditions, facts.subject).forEach((c, i) =>
    checks.push(check(ctx, c, String(i + 1))),
  );

  const all = flattenChecks(checks);
  const verdict: EligibilityVerdict = checks.some((c) => c.met === false)
    ? 'NOT_ELIGIBLE'
    : checks.some((c) => c.met === null)
      ? 'TO_CONFIRM'
      : 'ELIGIBLE';
  return {
    awardCode: rule.awardCode,
    awardName: names(rule.awardCode),
    track: rule.track,
    nominee: facts.name,
    year: facts.year,
    on: facts.on,
    basis: ruleBasis,
    effectiveFrom: rule.effectiveFrom,
    effectiveTo: rule.effectiveTo,
    verdict,
    checks,
    uncertain: all.some((c) => c.uncertain),
  };
}

/** Every check of a result, nested ones included. */
export function flattenChecks(checks: readonly ConditionCheck[]): ConditionCheck[] {
  return checks.flatMap((c) => [c, ...flattenChecks(c.children)]);
}

// -----------------------------------------------------------------------------------------------------

interface Ctx {
  facts: EligibilityFacts;
  params: ResolvedParameters;
  names: (code: string) => string;
  ruleBasis: string;
  rule: EvaluableRule;
}

function applicable(list: readonly AwardCondition[], subject: AwardSubject): AwardCondition[] {
  return list.filter((c) => !c.subjects?.length || c.subjects.includes(subject));
}

/** "Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ" (a law by its name). */
export function ruleBasisCitation(number: string, doc: CitedDocument | null): string {
  const d = doc ?? NATIONAL_LEGAL_DOCUMENTS.find((n) => n.number === number) ?? null;
  if (!d) return number;
  // a decree's long trích yếu would drown the sentence: a law is cited by its name, others by number
  return legalCitation({ ...d, title: d.kind === 'LUAT' ? d.title : null });
}

function withArticle(ctx: Ctx, article: string | null | undefined): string {
  return article ? `${article} (áp dụng theo ${ctx.ruleBasis})` : ctx.ruleBasis;
}

const q = (name: string) => `“${name}”`;

/** 0.7 → "70%", 2/3 → "66,7%" */
export function ruleShareText(share: number): string {
  return `${formatNumber(Math.round(share * 1000) / 10)}%`;
}

function yearsEnding(year: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => year - n + 1 + i);
}

function yearList(years: readonly number[]): string {
  return years.join(', ');
}

function counts(a: FactAward): boolean {
  return TRACKS_COUNTING_FOR_MERIT.includes(a.track);
}

function awardText(a: FactAward, names: (code: string) => string): string {
  const name = a.awardCode ? names(a.awardCode) : a.awardName;
  const decision = [
    a.decisionNumber ? `Quyết định số ${a.decisionNumber}` : null,
    a.decidedOn ? `ngày ${isoToVn(a.decidedOn)}` : null,
    a.decidedBy ? `của ${a.decidedBy}` : null,
  ]
    .filter(Boolean)
    .join(' ');
  const inherited = a.inheritedFrom ? `, kế thừa từ ${a.inheritedFrom}` : '';
  return `${q(name)} năm ${a.year}${decision ? ` (${decision}${inherited})` : inherited ? ` (${inherited.slice(2)})` : ''}`;
}

/**
 * The awards of `code` the nominee holds, split: those that count for công trạng and those a
 * principle sets aside (đột xuất, phong trào), each as a used fact.
 */
function awardsOf(
  ctx: Ctx,
  code: string,
  years: ((y: number) => boolean) | null,
): { counted: FactAward[]; excluded: FactAward[]; used: UsedFact[] } {
  const mine = ctx.facts.awards.filter(
    (a) => a.awardCode === code && (years === null || years(a.year)),
  );
  const counted = mine.filter(counts);
  const excluded = mine.filter((a) => !counts(a));
  const used: UsedFact[] = [
    ...counted.map((a) => ({
      kind: 'AWARD' as const,
      ref: a.id,
      text: awardText(a, ctx.names),
      counted: true,
    })),
    ...excluded.map((a) => ({
      kind: 'AWARD' as const,
      ref: a.id,
      text: `${awardText(a, ctx.names)}: khen thưởng ${AWARD_TRACKS[a.track].toLocaleLowerCase('vi-VN')}, không dùng làm căn cứ khen thưởng công trạng (Điều 4 khoản 3 Nghị định 152/2025/NĐ-CP)`,
      counted: false,
    })),
  ];
  return { counted, excluded, used };
}

function excludedNote(excluded: readonly FactAward[]): string {
  if (!excluded.length) return '';
  const what = excluded
    .map((a) => `năm ${a.year} (${AWARD_TRACKS[a.track].toLocaleLowerCase('vi-VN')})`)
    .join(', ');
  return ` Không tính khen thưởng ${what}: kết quả khen thưởng đột xuất, theo chuyên đề không dùng làm căn cứ khen thưởng công trạng.`;
}

// ---- principles ------------------------------------------------------------------------------------

function subjectCheck(ctx: Ctx, subjects: readonly AwardSubject[]): ConditionCheck {
  const { facts } = ctx;
  const met = subjects.includes(facts.subject);
  const allowed = subjects.map((s) => AWARD_SUBJECTS[s].toLocaleLowerCase('vi-VN')).join(', ');
  return principle('SUBJECT', {
    met,
    requirement: `${q(ctx.names(ctx.rule.awardCode))} xét tặng cho: ${allowed}.`,
    label: met
      ? `${facts.name} là ${AWARD_SUBJECTS[facts.subject].toLocaleLowerCase('vi-VN')}: thuộc đối tượng được xét.`
      : `${facts.name} là ${AWARD_SUBJECTS[facts.subject].toLocaleLowerCase('vi-VN')}: không thuộc đối tượng được xét.`,
    used: [
      {
        kind: 'STATUS',
        ref: null,
        text: `Đối tượng: ${AWARD_SUBJECTS[facts.subject]}`,
        counted: true,
      },
    ],
    basis: withArticle(ctx, 'Điều 19, 20 Luật Thi đua, khen thưởng 2022'),
  });
}

function activeCheck(ctx: Ctx): ConditionCheck {
  const { facts } = ctx;
  return principle('ACTIVE', {
    met: facts.active,
    requirement: 'Tập thể được khen thưởng phải còn hoạt động (không giải thể, sáp nhập).',
    label: facts.active
      ? `${facts.name} đang hoạt động.`
      : `${facts.name} đã giải thể hoặc sáp nhập: không khen thưởng tập thể đã kết thúc hoạt động (thành tích, nếu có, do đơn vị kế thừa đề nghị).`,
    used: [
      {
        kind: 'STATUS',
        ref: null,
        text: facts.active ? 'Đang hoạt động' : 'Đã kết thúc hoạt động',
        counted: true,
      },
    ],
    basis: 'Nguyên tắc của hệ thống: đơn vị đã kết thúc hoạt động không là đối tượng khen thưởng',
  });
}

function holdCheck(ctx: Ctx): ConditionCheck {
  const { facts } = ctx;
  const current = holdsOn(facts.holds, facts.on);
  const text = (h: (typeof current)[number]) =>
    `${HOLD_KINDS[h.kind]} từ ngày ${isoToVn(h.from)}${h.to ? ` đến ngày ${isoToVn(h.to)}` : ''} (nguồn: ${h.source}${h.note ? `; ${h.note}` : ''})`;
  return principle('HOLD', {
    met: current.length === 0,
    requirement:
      'Chưa khen thưởng, đề nghị khen thưởng khi đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra có dấu hiệu vi phạm, có đơn thư khiếu nại, tố cáo đang giải quyết hoặc vấn đề báo chí nêu đang xác minh.',
    label: current.length
      ? `${facts.name} đang thuộc trường hợp chưa xét khen thưởng vào ngày ${isoToVn(facts.on)}: ${current.map(text).join('; ')}.`
      : `${facts.name} không có trường hợp tạm hoãn nào còn hiệu lực vào ngày ${isoToVn(facts.on)}.`,
    used: facts.holds.map((h) => ({
      kind: 'HOLD' as const,
      ref: null,
      text: current.includes(h) ? text(h) : `${text(h)}: không còn hiệu lực vào ngày xét`,
      counted: current.includes(h),
    })),
    basis: withArticle(ctx, 'Điều 4 khoản 4 Nghị định 152/2025/NĐ-CP'),
  });
}

function principle(
  code: EligibilityPrinciple,
  c: Pick<ConditionCheck, 'met' | 'requirement' | 'label' | 'used' | 'basis'>,
): ConditionCheck {
  return { key: code, code, principle: true, uncertain: false, children: [], ...c };
}

// ---- the rule's conditions -------------------------------------------------------------------------

function check(ctx: Ctx, c: AwardCondition, key: string): ConditionCheck {
  const base = {
    key,
    code: c.type,
    principle: false,
    requirement: describeCondition(c, { names: ctx.names, params: ctx.params }),
    basis: withArticle(ctx, c.article),
    uncertain: isUncertain(c),
    children: [] as ConditionCheck[],
  };
  const { facts } = ctx;
  const who = facts.name;
  switch (c.type) {
    case 'EVALUATION': {
      const years = yearsEnding(facts.year, c.years);
      const used: UsedFact[] = [];
      const parts: string[] = [];
      let met = true;
      for (const y of years) {
        const e = facts.evaluations.find((x) => x.year === y);
        if (!e) {
          met = false;
          parts.push(`năm ${y} chưa có kết quả xếp loại`);
          continue;
        }
        const ok = gradeAtLeast(e.grade, c.floor);
        met &&= ok;
        const text = `năm ${y} xếp loại ${EVALUATION_GRADES[e.grade]}${e.source ? ` (nguồn: ${e.source})` : ''}`;
        parts.push(text);
        used.push({ kind: 'EVALUATION', ref: null, text: capitalise(text), counted: true });
      }
      return { ...base, met, used, label: `${who} ${parts.join('; ')}.` };
    }
    case 'TITLE_IN_YEAR': {
      const { counted, excluded, used } = awardsOf(ctx, c.award, (y) => y === facts.year);
      const name = q(ctx.names(c.award));
      const first = counted[0];
      const label = first
        ? `${who} được tặng ${awardText(first, ctx.names)}.`
        : `${who} năm ${facts.year} chưa có ${name}.${excludedNote(excluded)}`;
      return { ...base, met: first !== undefined, used, label };
    }
    case 'TITLE_STREAK': {
      const years = yearsEnding(facts.year, c.years);
      const { counted, excluded, used } = awardsOf(ctx, c.award, (y) => years.includes(y));
      const held = years.filter((y) => counted.some((a) => a.year === y));
      const missing = years.filter((y) => !held.includes(y));
      const name = q(ctx.names(c.award));
      const label = missing.length
        ? `${who} ${held.length ? `đạt ${name} năm ${yearList(held)}; ` : ''}không có ${name} năm ${yearList(missing)} (cần ${c.years} năm liên tục ${yearList(years)}).${excludedNote(excluded)}`
        : `${who} đạt ${name} ${c.years} năm liên tục: ${yearList(held)}.`;
      return { ...base, met: missing.length === 0, used, label };
    }
    case 'TITLE_COUNT': {
      const window = c.years === null ? null : yearsEnding(facts.year, c.years);
      const { counted, excluded, used } = awardsOf(
        ctx,
        c.award,
        window === null ? (y) => y <= facts.year : (y) => window.includes(y),
      );
      const name = q(ctx.names(c.award));
      const span = window ? ` trong các năm ${window[0]}–${facts.year}` : '';
      const label = `${who} có ${counted.length} lần đạt ${name}${span}${counted.length ? ` (${counted.map((a) => `năm ${a.year}`).join(', ')})` : ''}; yêu cầu ít nhất ${c.count} lần.${excludedNote(excluded)}`;
      return { ...base, met: counted.length >= c.count, used, label };
    }
    case 'INITIATIVE': {
      const recognised = facts.initiatives.filter((i) => i.recognisedOn <= facts.on);
      const wide = recognised.filter((i) => scopeAtLeast(i.scope, c.scope));
      const free = wide.filter((i) => i.usedFor === null);
      const usedUp = wide.filter((i) => i.usedFor !== null);
      const narrow = recognised.filter((i) => !scopeAtLeast(i.scope, c.scope));
      const used: UsedFact[] = [
        ...free.map((i) => ({
          kind: 'INITIATIVE' as const,
          ref: i.id,
          text: initiativeText(i),
          counted: true,
        })),
        ...usedUp.map((i) => ({
          kind: 'INITIATIVE' as const,
          ref: i.id,
          text: `${initiativeText(i)}: đã dùng để đề nghị ${q(i.usedFor?.awardName ?? '')} năm ${i.usedFor?.year ?? ''}, không tính lại (một sáng kiến chỉ dùng một lần, Công văn 5007/BNV-TĐKT)`,
          counted: false,
        })),
        ...narrow.map((i) => ({
          kind: 'INITIATIVE' as const,
          ref: i.id,
          text: `${initiativeText(i)}: phạm vi ảnh hưởng chưa đạt ${INITIATIVE_SCOPES[c.scope]}`,
          counted: false,
        })),
      ];
      const found = free.length
        ? `${who} có ${free.map(initiativeText).join('; ')}`
        : `${who} không có sáng kiến, đề tài nào chưa sử dụng đạt phạm vi ${INITIATIVE_SCOPES[c.scope]}`;
      const notes = [
        usedUp.length
          ? `không tính ${usedUp.map((i) => q(i.title)).join(', ')} vì đã dùng để đề nghị khen thưởng trước đó`
          : null,
        narrow.length
          ? `${narrow.map((i) => q(i.title)).join(', ')} chỉ có phạm vi thấp hơn`
          : null,
      ].filter(Boolean);
      return {
        ...base,
        met: free.length >= c.count,
        used,
        label: `${found}${notes.length ? `; ${notes.join('; ')}` : ''}.`,
      };
    }
    case 'ANY_OF':
    case 'ALL_OF': {
      const children = applicable(c.conditions, facts.subject).map((x, i) =>
        check(ctx, x, `${key}.${i + 1}`),
      );
      const met =
        c.type === 'ANY_OF'
          ? children.some((x) => x.met === true)
            ? true
            : children.some((x) => x.met === null)
              ? null
              : false
          : children.some((x) => x.met === false)
            ? false
            : children.some((x) => x.met === null)
              ? null
              : true;
      const ok = children.filter((x) => x.met === true).length;
      const label =
        met === true
          ? c.type === 'ANY_OF'
            ? `${who} đạt: ${children.find((x) => x.met)?.label ?? ''}`
            : `${who} đạt cả ${children.length} điều kiện.`
          : met === null
            ? `${who} đạt ${ok}/${children.length} điều kiện tính được; cán bộ cần xác nhận phần còn lại.`
            : `${who} chưa đạt: ${children
                .filter((x) => x.met === false)
                .map((x) => x.label)
                .join(' ')}`;
      return { ...base, met, used: [], label, children };
    }
    case 'MEMBERS_COMPLETING_SHARE':
    case 'MEMBERS_TITLE_SHARE': {
      const col = facts.collective;
      const threshold = shareThreshold(ctx, c);
      if (!col || col.members === 0)
        return { ...base, met: false, used: threshold.used, label: noMembers(facts) };
      if (threshold.value === null)
        return { ...base, met: null, used: threshold.used, label: threshold.missing ?? '' };
      const n = c.type === 'MEMBERS_COMPLETING_SHARE' ? col.completing : (col.titled[c.award] ?? 0);
      const share = n / col.members;
      const what =
        c.type === 'MEMBERS_COMPLETING_SHARE'
          ? 'hoàn thành nhiệm vụ'
          : `đạt ${q(ctx.names(c.award))}`;
      const membersFact: UsedFact = {
        kind: 'MEMBERS',
        ref: null,
        text: `${n}/${col.members} thành viên ${what}`,
        counted: true,
      };
      return {
        ...base,
        met: share >= threshold.value,
        used: [membersFact, ...threshold.used],
        label: `${who} có ${n}/${col.members} thành viên ${what} (${ruleShareText(share)}); yêu cầu từ ${ruleShareText(threshold.value)} trở lên${threshold.from}.`,
      };
    }
    case 'MEMBERS_WITH_TITLE': {
      const col = facts.collective;
      if (!col) return { ...base, met: false, used: [], label: noMembers(facts) };
      const n = col.titled[c.award] ?? 0;
      const name = q(ctx.names(c.award));
      return {
        ...base,
        met: n >= c.count,
        used: [{ kind: 'MEMBERS', ref: null, text: `${n} thành viên đạt ${name}`, counted: true }],
        label: `${who} có ${n} thành viên đạt ${name} năm ${facts.year}; yêu cầu ít nhất ${c.count}.`,
      };
    }
    case 'NO_MEMBER_DISCIPLINED': {
      const col = facts.collective;
      if (!col) return { ...base, met: false, used: [], label: noMembers(facts) };
      return {
        ...base,
        met: col.disciplined === 0,
        used: [
          {
            kind: 'MEMBERS',
            ref: null,
            text: `${col.disciplined} thành viên bị kỷ luật`,
            counted: true,
          },
        ],
        label:
          col.disciplined === 0
            ? `${who} không có thành viên bị kỷ luật năm ${facts.year}.`
            : `${who} có ${col.disciplined} thành viên bị kỷ luật năm ${facts.year}.`,
      };
    }
    case 'MANUAL':
      return {
        ...base,
        met: null,
        used: [],
        label: `Cán bộ xác nhận ${who} đạt tiêu chuẩn: ${lowerFirst(c.text)}`,
      };
  }
}

function noMembers(facts: EligibilityFacts): string {
  return `${facts.name}: không có số liệu thành viên của tập thể năm ${facts.year} (điều kiện chỉ xét cho tập thể).`;
}

function shareThreshold(
  ctx: Ctx,
  c: { min?: number | null; minParameter?: RuleParameterKey | null },
): { value: number | null; used: UsedFact[]; from: string; missing?: string } {
  if (c.minParameter) {
    const p = ctx.params[c.minParameter];
    const label = RULE_PARAMETERS[c.minParameter].label;
    if (!p)
      return {
        value: null,
        used: [],
        from: '',
        missing: `Chưa có giá trị tham số “${label}” áp dụng vào ngày ${isoToVn(ctx.facts.on)}: cần quản trị viên bổ sung.`,
      };
    const who = p.provinceUnitId ? 'mức tỉnh quy định' : 'mức chung toàn quốc';
    const basis = p.basis ? `, căn cứ ${p.article ? `${p.article} ` : ''}${p.basis}` : '';
    return {
      value: p.value,
      used: [
        {
          kind: 'PARAMETER',
          ref: c.minParameter,
          text: `${label}: ${ruleShareText(p.value)} (${who}, áp dụng từ ngày ${isoToVn(p.effectiveFrom)}${basis})`,
          counted: true,
        },
      ],
      from: ` (${who})`,
    };
  }
  return { value: c.min ?? null, used: [], from: '' };
}

function initiativeText(i: FactInitiative): string {
  return `${INITIATIVE_KINDS[i.kind].toLocaleLowerCase('vi-VN')} ${q(i.title)} phạm vi ${INITIATIVE_SCOPES[i.scope]}, công nhận ngày ${isoToVn(i.recognisedOn)}${i.recognisedBy ? ` (${i.recognisedBy})` : ''}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi-VN') + s.slice(1);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi-VN') + s.slice(1);
}

// ---- sentences for the rule itself ---------------------------------------------------------------

/**
 * A condition as a Vietnamese sentence, for the rule's page and the check's "requirement": "Xếp loại
 * từ Hoàn thành tốt nhiệm vụ trở lên 3 năm liên tục đến năm xét." With `params`, a parameter is shown
 * with its value on the day.
 */
export function describeCondition(
  c: AwardCondition,
  opts: { names?: (code: string) => string; params?: ResolvedParameters } = {},
): string {
  const names = opts.names ?? ((code: string) => awardKind(code)?.name ?? code);
  const name = (code: string) => q(names(code));
  const who = c.subjects?.length
    ? ` (đối với ${c.subjects.map((s) => AWARD_SUBJECTS[s].toLocaleLowerCase('vi-VN')).join(', ')})`
    : '';
  const body = ((): string => {
    switch (c.type) {
      case 'EVALUATION':
        return c.years === 1
          ? `Năm xét được xếp loại từ ${EVALUATION_GRADES[c.floor]} trở lên`
          : `Được xếp loại từ ${EVALUATION_GRADES[c.floor]} trở lên ${c.years} năm liên tục đến năm xét`;
      case 'TITLE_IN_YEAR':
        return `Đạt danh hiệu ${name(c.award)} trong năm xét`;
      case 'TITLE_STREAK':
        return `Có ${c.years} lần liên tục đạt ${name(c.award)} đến năm xét`;
      case 'TITLE_COUNT':
        return c.years === null
          ? `Đã được tặng ${name(c.award)}${c.count > 1 ? ` ít nhất ${c.count} lần` : ''}`
          : `Có ít nhất ${c.count} lần đạt ${name(c.award)} trong ${c.years} năm đến năm xét`;
      case 'INITIATIVE':
        return `Có ${c.count > 1 ? `${c.count} ` : ''}sáng kiến, đề tài được công nhận với phạm vi ảnh hưởng từ ${INITIATIVE_SCOPES[c.scope]} trở lên, chưa dùng để đề nghị khen thưởng khác`;
      case 'ANY_OF':
        return `Đạt một trong các điều kiện: ${c.conditions.map((x) => lowerFirst(describeCondition(x, opts)).replace(/\.$/, '')).join('; hoặc ')}`;
      case 'ALL_OF':
        return `Đạt đồng thời: ${c.conditions.map((x) => lowerFirst(describeCondition(x, opts)).replace(/\.$/, '')).join('; và ')}`;
      case 'MEMBERS_COMPLETING_SHARE':
        return `${share(c, opts.params)} cá nhân trong tập thể hoàn thành nhiệm vụ`;
      case 'MEMBERS_TITLE_SHARE':
        return `${share(c, opts.params)} cá nhân trong tập thể đạt ${name(c.award)}`;
      case 'MEMBERS_WITH_TITLE':
        return `Có ít nhất ${c.count} cá nhân đạt ${name(c.award)}`;
      case 'NO_MEMBER_DISCIPLINED':
        return 'Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên';
      case 'MANUAL':
        return c.text.replace(/\.$/, '');
    }
  })();
  return `${body}${who}.`;
}

function share(
  c: { min?: number | null; minParameter?: RuleParameterKey | null },
  params: ResolvedParameters | undefined,
): string {
  if (c.minParameter) {
    const p = params?.[c.minParameter];
    return p
      ? `Ít nhất ${ruleShareText(p.value)} (tham số ${c.minParameter})`
      : `Ít nhất tỷ lệ theo tham số ${c.minParameter}`;
  }
  return c.min === 1 ? '100%' : `Ít nhất ${ruleShareText(c.min ?? 0)}`;
}

/**
 * Tiền thưởng is rounded **up to the ten thousand đồng**: "Tiền thưởng sau khi nhân với hệ số mức lương
 * cơ sở được làm tròn số lên hàng chục ngàn đồng tiền Việt Nam" (NĐ 91/2017/NĐ-CP Điều 68 k.2, as the Ban
 * Thi đua - Khen thưởng Trung ương answered on 02/7/2018: 1.112.000 đ becomes 1.120.000 đ) — [H] for NĐ 91.
 * NĐ 98/2023 and NĐ 152/2025 are believed to keep the clause, but their text was not seen [L], and some
 * summaries of NĐ 152 print unrounded figures (0,3 × 2.340.000 = 702.000 đ); a finance office that pays to
 * the đồng passes a step of 1.
 */
export const REWARD_ROUNDING_STEP = 10_000;

/**
 * Tiền thưởng of one award: multiplier × lương cơ sở (NĐ 152/2025 Điều 50–54; domain reference §2.11),
 * rounded up to `step` đồng (`REWARD_ROUNDING_STEP`). The multiplier counts to the thousandth (the decree
 * writes tenths; a household's 1,5 × 0,3 is 0,45), and the product is taken in whole numbers, so that
 * 0,3 × 2.340.000 is 702.000 and never 701.999,99.
 */
export function rewardAmount(
  multiplier: number,
  baseSalary: number,
  step: number = REWARD_ROUNDING_STEP,
): number {
  if (!(Number.isFinite(multiplier) && multiplier >= 0)) {
    throw new RangeError(`Hệ số tiền thưởng không hợp lệ: ${multiplier}.`);
  }
  if (!(Number.isInteger(baseSalary) && baseSalary > 0)) {
    throw new RangeError(`Mức lương cơ sở không hợp lệ: ${baseSalary}.`);
  }
  if (!(Number.isInteger(step) && step >= 1)) {
    throw new RangeError(`Mức làm tròn tiền thưởng không hợp lệ: ${step}.`);
  }
  const thousandths = Math.round(multiplier * 1000) * baseSalary;
  return Math.ceil(thousandths / (1000 * step)) * step;
}
