import { describe, expect, it } from 'vitest';
import { NATIONAL_LEGAL_DOCUMENTS } from '../legal/national-documents';
import { AWARD_KINDS, type AwardTrack } from './award-kinds';
import {
  awardRuleContentProblems,
  isUncertain,
  ruleInForce,
  ruleParametersOn,
  type AwardCondition,
  type AwardRuleSpec,
  type RuleParameterVersion,
} from './award-rules';
import {
  describeCondition,
  evaluateEligibility,
  flattenChecks,
  ruleShareText,
  rewardAmount,
  type ConditionCheck,
} from './eligibility';
import type { EligibilityFacts, FactAward, FactInitiative } from './eligibility-facts';
import {
  NATIONAL_AWARD_RULES,
  NATIONAL_RULE_PARAMETERS,
  nationalRuleKey,
} from './national-award-rules';

const BAC_NINH = 'unit-bac-ninh';
const DAK_LAK = 'unit-dak-lak';

const national: RuleParameterVersion[] = NATIONAL_RULE_PARAMETERS.map((p) => ({
  ...p,
  provinceUnitId: null,
}));
/** Bắc Ninh QĐ 86/2025: "ít nhất là 70%" for Tập thể lao động tiên tiến (domain.md §2.4). */
const bacNinhShare: RuleParameterVersion = {
  key: 'TTLDTT_LDTT_SHARE',
  value: 0.7,
  effectiveFrom: '2025-01-01',
  effectiveTo: null,
  provinceUnitId: BAC_NINH,
  basis: '86/2025/QĐ-UBND',
  article: 'Điều 4',
  confidence: 'H',
  note: null,
};
const allParams = [...national, bacNinhShare];

const rules = NATIONAL_AWARD_RULES.map((r) => ({ ...r, provinceUnitId: null as string | null }));

function rule(awardCode: string, on: string, track: AwardTrack = 'CONG_TRANG') {
  const r = ruleInForce(rules, { awardCode, track, on, provinceUnitId: null });
  if (!r) throw new Error(`no rule for ${awardCode} on ${on}`);
  return r;
}

function person(over: Partial<EligibilityFacts> = {}): EligibilityFacts {
  return {
    subject: 'INDIVIDUAL',
    name: 'Nguyễn Thị Hoa',
    year: 2025,
    on: '2025-12-15',
    evaluations: [],
    awards: [],
    initiatives: [],
    holds: [],
    collective: null,
    active: true,
    female: true,
    ...over,
  };
}

function collective(
  members: number,
  c: { completing?: number; ldtt?: number; cstdcs?: number; disciplined?: number } = {},
  over: Partial<EligibilityFacts> = {},
): EligibilityFacts {
  return person({
    subject: 'COLLECTIVE',
    name: 'Phòng Tổng hợp',
    female: null,
    evaluations: [{ year: 2025, grade: 'HTXSNV', source: 'Quyết định số 45/QĐ-UBND' }],
    collective: {
      members,
      completing: c.completing ?? members,
      titled: { LAO_DONG_TIEN_TIEN: c.ldtt ?? 0, CSTD_CO_SO: c.cstdcs ?? 0 },
      women: 0,
      disciplined: c.disciplined ?? 0,
    },
    ...over,
  });
}

let awardSeq = 0;
function award(code: string, year: number, track: AwardTrack = 'CONG_TRANG'): FactAward {
  awardSeq += 1;
  return {
    id: `a${awardSeq}`,
    year,
    awardCode: code,
    awardName: AWARD_KINDS.find((k) => k.code === code)?.name ?? code,
    track,
    decisionNumber: `${awardSeq}/QĐ-UBND`,
    decidedOn: `${year}-12-20`,
    decidedBy: 'Chủ tịch UBND xã Tân Hòa',
    inheritedFrom: null,
  };
}

function initiative(
  id: string,
  scope: FactInitiative['scope'],
  usedFor: FactInitiative['usedFor'] = null,
): FactInitiative {
  return {
    id,
    title: `Sáng kiến ${id}`,
    kind: 'SANG_KIEN',
    scope,
    recognisedOn: '2025-10-01',
    recognisedBy: 'Hội đồng sáng kiến',
    usedFor,
  };
}

const byKey = (checks: ConditionCheck[], key: string) => {
  const c = flattenChecks(checks).find((x) => x.key === key);
  if (!c) throw new Error(`no check ${key}`);
  return c;
};

describe('shipped national rules', () => {
  it('give every award kind a công trạng version under NĐ 98/2023 to 30/06/2025 and NĐ 152/2025 from 01/07/2025', () => {
    for (const kind of AWARD_KINDS) {
      const mine = NATIONAL_AWARD_RULES.filter(
        (r) => r.awardCode === kind.code && r.track === 'CONG_TRANG',
      );
      expect(mine.map((r) => [r.basis, r.effectiveFrom, r.effectiveTo])).toEqual([
        ['98/2023/NĐ-CP', '2024-01-01', '2025-06-30'],
        ['152/2025/NĐ-CP', '2025-07-01', null],
      ]);
    }
  });

  it('have one version per award, track and basis, every basis in the shipped registry, and valid content', () => {
    const keys = NATIONAL_AWARD_RULES.map(nationalRuleKey);
    expect(new Set(keys).size).toBe(keys.length);
    const shipped = new Set(NATIONAL_LEGAL_DOCUMENTS.map((d) => d.number));
    for (const r of NATIONAL_AWARD_RULES) {
      expect(shipped.has(r.basis)).toBe(true);
      expect(awardRuleContentProblems(r)).toEqual([]);
      expect(AWARD_KINDS.some((k) => k.code === r.awardCode)).toBe(true);
    }
    for (const p of NATIONAL_RULE_PARAMETERS) expect(shipped.has(p.basis)).toBe(true);
  });

  it('moves the district chairman’s powers to the commune chairman from 01/07/2025 (NĐ 129/2025)', () => {
    expect(rule('CSTD_CO_SO', '2025-06-30').decidedBy.text).toContain('cấp huyện');
    expect(rule('CSTD_CO_SO', '2025-06-30').decidedBy.text).not.toContain('cấp xã');
    expect(rule('CSTD_CO_SO', '2025-07-01').decidedBy.text).toContain(
      'Chủ tịch Ủy ban nhân dân cấp xã',
    );
    expect(rule('GIA_DINH_VAN_HOA', '2025-07-01').decidedBy).toMatchObject({
      text: 'Chủ tịch Ủy ban nhân dân cấp xã',
      article: 'Điều 59 Nghị định 129/2025/NĐ-CP',
    });
  });

  it('require the vote on total membership: 90% for CSTĐ tỉnh and toàn quốc, 80% for CSTĐCS and the Cờ', () => {
    const v = (code: string, on = '2025-12-01') => rule(code, on).vote;
    expect(v('CSTD_TINH')).toMatchObject({ required: true, thresholdOfMembership: 0.9 });
    expect(v('CSTD_TOAN_QUOC')).toMatchObject({ required: true, thresholdOfMembership: 0.9 });
    expect(v('CSTD_CO_SO')).toMatchObject({ required: true, thresholdOfMembership: 0.8 });
    expect(v('CO_THI_DUA_TINH')).toMatchObject({ required: true, thresholdOfMembership: 0.8 });
    expect(v('LAO_DONG_TIEN_TIEN').required).toBe(false);
    // read in NĐ 98 itself [H]; under NĐ 152 the 80% is inferred [L]
    expect(v('CSTD_CO_SO', '2025-06-30')).toMatchObject({
      confidence: 'H',
      article: 'Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP',
    });
    expect(isUncertain(v('CSTD_CO_SO'))).toBe(true);
  });

  it('publish Huân chương and CSTĐ toàn quốc lists 10 working days, under each decree’s article', () => {
    expect(rule('HUAN_CHUONG_LAO_DONG_HANG_BA', '2025-06-30').publicNotice).toMatchObject({
      required: true,
      workingDays: 10,
      article: 'Điều 46 Nghị định 98/2023/NĐ-CP',
    });
    expect(rule('HUAN_CHUONG_LAO_DONG_HANG_BA', '2025-07-01').publicNotice.article).toBe(
      'Điều 44 Nghị định 152/2025/NĐ-CP',
    );
    expect(rule('CSTD_TOAN_QUOC', '2025-07-01').publicNotice.required).toBe(true);
    expect(rule('CSTD_CO_SO', '2025-07-01').publicNotice.required).toBe(false);
  });

  it('list NĐ 152 forms (Mẫu 01 tờ trình, Mẫu 05 cá nhân [M]; inferred numbers [L]) and no number under NĐ 98', () => {
    const d152 = rule('CSTD_CO_SO', '2025-07-01').dossier;
    expect(d152[0]).toMatchObject({ form: 'Mẫu số 01', confidence: 'M' });
    expect(d152[1]).toMatchObject({ form: 'Mẫu số 05', confidence: 'M' });
    expect(d152.some((x) => x.document.includes('sáng kiến'))).toBe(true);
    const collectiveForm = rule('TT_LAO_DONG_TIEN_TIEN', '2025-07-01').dossier[1];
    expect(collectiveForm).toMatchObject({ form: 'Mẫu số 04', confidence: 'L' });
    expect(rule('CSTD_CO_SO', '2025-06-30').dossier.every((x) => x.form === null)).toBe(true);
    expect(rule('BANG_KHEN_TINH', '2025-07-01', 'PHONG_TRAO').dossier[1]).toMatchObject({
      form: 'Mẫu số 08',
      confidence: 'L',
    });
  });

  it('give the multipliers of NĐ 152 Điều 50–54 [H] and flag the ones carried over to NĐ 98 or unknown', () => {
    const m = (code: string, on = '2025-07-01') => rule(code, on).rewards;
    expect(m('CSTD_CO_SO')).toEqual([
      expect.objectContaining({ subject: 'INDIVIDUAL', multiplier: 1, confidence: 'H' }),
    ]);
    expect(m('CSTD_TOAN_QUOC')[0]?.multiplier).toBe(4.5);
    expect(m('CO_THI_DUA_CHINH_PHU')[0]?.multiplier).toBe(12);
    expect(m('GIAY_KHEN').find((r) => r.subject === 'COLLECTIVE')?.multiplier).toBe(0.6);
    expect(m('GIAY_KHEN').find((r) => r.subject === 'INDIVIDUAL')).toMatchObject({
      multiplier: null,
      confidence: 'L',
    });
    expect(m('CSTD_CO_SO', '2025-06-30')[0]).toMatchObject({ multiplier: 1, confidence: 'L' });
  });

  it('ship lương cơ sở 2.340.000 đ from 01/07/2024 (NĐ 73/2024) and the [L] national TTLĐTT share', () => {
    const on = ruleParametersOn(national, '2025-07-01', null);
    expect(on.LUONG_CO_SO).toMatchObject({ value: 2_340_000, basis: '73/2024/NĐ-CP' });
    expect(ruleParametersOn(national, '2024-06-30', null).LUONG_CO_SO).toBeUndefined();
    expect(rewardAmount(1, on.LUONG_CO_SO!.value)).toBe(2_340_000);
    expect(rewardAmount(0.3, on.LUONG_CO_SO!.value)).toBe(710_000);
    expect(rewardAmount(0.3, on.LUONG_CO_SO!.value, 1)).toBe(702_000);
    expect(isUncertain(on.TTLDTT_LDTT_SHARE!)).toBe(true);
    expect(isUncertain(on.TTLDXS_LDTT_SHARE!)).toBe(false);
  });
});

describe('parameters: province override in force beats the national value', () => {
  it('gives Bắc Ninh its 70% from its start, the national value before it and to other provinces', () => {
    expect(ruleParametersOn(allParams, '2025-03-01', BAC_NINH).TTLDTT_LDTT_SHARE?.value).toBe(0.7);
    expect(ruleParametersOn(allParams, '2024-12-31', BAC_NINH).TTLDTT_LDTT_SHARE?.value).toBe(0.5);
    expect(ruleParametersOn(allParams, '2025-03-01', DAK_LAK).TTLDTT_LDTT_SHARE?.value).toBe(0.5);
    expect(ruleParametersOn(allParams, '2025-03-01', null).TTLDTT_LDTT_SHARE?.value).toBe(0.5);
    // the override does not touch the other parameters
    expect(ruleParametersOn(allParams, '2025-03-01', BAC_NINH).LUONG_CO_SO?.provinceUnitId).toBe(
      null,
    );
  });

  it('ends an override on its last day (inclusive)', () => {
    const ended = { ...bacNinhShare, effectiveTo: '2025-12-31' };
    expect(
      ruleParametersOn([...national, ended], '2025-12-31', BAC_NINH).TTLDTT_LDTT_SHARE?.value,
    ).toBe(0.7);
    expect(
      ruleParametersOn([...national, ended], '2026-01-01', BAC_NINH).TTLDTT_LDTT_SHARE?.value,
    ).toBe(0.5);
  });
});

describe('rule versions: the dossier is judged under the rules of its day', () => {
  it('picks NĐ 98 on 30/06/2025 and NĐ 152 on 01/07/2025, a province’s own version first', () => {
    expect(rule('LAO_DONG_TIEN_TIEN', '2025-06-30').basis).toBe('98/2023/NĐ-CP');
    expect(rule('LAO_DONG_TIEN_TIEN', '2025-07-01').basis).toBe('152/2025/NĐ-CP');
    expect(
      ruleInForce(rules, {
        awardCode: 'LAO_DONG_TIEN_TIEN',
        track: 'CONG_TRANG',
        on: '2023-12-31',
        provinceUnitId: null,
      }),
    ).toBeNull();
    const own = {
      ...rule('LAO_DONG_TIEN_TIEN', '2025-07-01'),
      provinceUnitId: BAC_NINH,
      basis: '86/2025/QĐ-UBND',
    };
    const q = { awardCode: 'LAO_DONG_TIEN_TIEN', track: 'CONG_TRANG' as const, on: '2025-08-01' };
    expect(ruleInForce([...rules, own], { ...q, provinceUnitId: BAC_NINH })?.basis).toBe(
      '86/2025/QĐ-UBND',
    );
    expect(ruleInForce([...rules, own], { ...q, provinceUnitId: DAK_LAK })?.basis).toBe(
      '152/2025/NĐ-CP',
    );
  });

  it('judges the same nominee on 30/06/2025 under NĐ 98 and on 01/07/2025 under NĐ 152, citing each', () => {
    const facts = (on: string) =>
      person({
        on,
        evaluations: [{ year: 2025, grade: 'HTXSNV', source: 'Quyết định số 12/QĐ-UBND' }],
        awards: [award('LAO_DONG_TIEN_TIEN', 2025)],
      });
    const before = evaluateEligibility(
      rule('CSTD_CO_SO', '2025-06-30'),
      ruleParametersOn(national, '2025-06-30', null),
      facts('2025-06-30'),
    );
    const after = evaluateEligibility(
      rule('CSTD_CO_SO', '2025-07-01'),
      ruleParametersOn(national, '2025-07-01', null),
      facts('2025-07-01'),
    );
    expect(before.basis).toBe('Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ');
    expect(before.effectiveTo).toBe('2025-06-30');
    expect(after.basis).toBe('Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ');
    expect(after.effectiveFrom).toBe('2025-07-01');
    // the conditions are the Law's: the same answer, each citing its own decree
    for (const r of [before, after]) {
      expect(byKey(r.checks, '1').met).toBe(true);
      expect(byKey(r.checks, '2').met).toBe(true);
      // every condition is computed (the "mưu trí" alternative is not needed): nothing to confirm
      expect(r.verdict).toBe('ELIGIBLE');
    }
    expect(byKey(before.checks, '1').basis).toBe(
      'Điều 23 Luật Thi đua, khen thưởng 2022 (áp dụng theo Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ)',
    );
    expect(byKey(after.checks, '1').basis).toContain('Nghị định số 152/2025/NĐ-CP');
  });
});

describe('evaluateEligibility: individual titles', () => {
  const params = ruleParametersOn(national, '2025-12-15', null);

  it('LĐTT: at least HTTNV in the year, with the evaluation and its source in the sentence', () => {
    const r = evaluateEligibility(
      rule('LAO_DONG_TIEN_TIEN', '2025-12-15'),
      params,
      person({ evaluations: [{ year: 2025, grade: 'HTTNV', source: 'Quyết định số 7/QĐ-UBND' }] }),
    );
    const e = byKey(r.checks, '1');
    expect(e).toMatchObject({ code: 'EVALUATION', met: true, principle: false });
    expect(e.label).toBe(
      'Nguyễn Thị Hoa năm 2025 xếp loại Hoàn thành tốt nhiệm vụ (nguồn: Quyết định số 7/QĐ-UBND).',
    );
    expect(e.requirement).toBe('Năm xét được xếp loại từ Hoàn thành tốt nhiệm vụ trở lên.');
    expect(e.used).toEqual([expect.objectContaining({ kind: 'EVALUATION', counted: true })]);
    // "tinh thần tự lực…" cannot be computed: the officer confirms it
    expect(byKey(r.checks, '2')).toMatchObject({ code: 'MANUAL', met: null });
    expect(r.verdict).toBe('TO_CONFIRM');
    expect(r.checks.filter((c) => c.principle).map((c) => c.code)).toEqual(['SUBJECT', 'HOLD']);
  });

  it('LĐTT: HTNV or no evaluation is not enough', () => {
    const low = evaluateEligibility(
      rule('LAO_DONG_TIEN_TIEN', '2025-12-15'),
      params,
      person({ evaluations: [{ year: 2025, grade: 'HTNV', source: null }] }),
    );
    expect(byKey(low.checks, '1').met).toBe(false);
    expect(low.verdict).toBe('NOT_ELIGIBLE');
    const none = evaluateEligibility(rule('LAO_DONG_TIEN_TIEN', '2025-12-15'), params, person());
    expect(byKey(none.checks, '1').label).toBe('Nguyễn Thị Hoa năm 2025 chưa có kết quả xếp loại.');
  });

  it('CSTĐCS: LĐTT and either HTXSNV or a recognised sáng kiến', () => {
    const cstd = rule('CSTD_CO_SO', '2025-12-15');
    const withInitiative = evaluateEligibility(
      cstd,
      params,
      person({
        evaluations: [{ year: 2025, grade: 'HTTNV', source: null }],
        awards: [award('LAO_DONG_TIEN_TIEN', 2025)],
        initiatives: [initiative('s1', 'UNIT')],
      }),
    );
    expect(byKey(withInitiative.checks, '2').met).toBe(true);
    expect(byKey(withInitiative.checks, '2.1').met).toBe(false);
    expect(byKey(withInitiative.checks, '2.2').met).toBe(true);
    expect(byKey(withInitiative.checks, '2.2').label).toContain('“Sáng kiến s1” phạm vi Cơ sở');
    expect(byKey(withInitiative.checks, '2').label).toMatch(/^Nguyễn Thị Hoa đạt: /);

    const neither = evaluateEligibility(
      cstd,
      params,
      person({
        evaluations: [{ year: 2025, grade: 'HTTNV', source: null }],
        awards: [award('LAO_DONG_TIEN_TIEN', 2025)],
      }),
    );
    // "mưu trí trong chiến đấu" stays for the officer: not met, not refused
    expect(byKey(neither.checks, '2').met).toBeNull();
    const noLdtt = evaluateEligibility(
      cstd,
      params,
      person({ evaluations: [{ year: 2025, grade: 'HTXSNV', source: null }] }),
    );
    expect(byKey(noLdtt.checks, '1').met).toBe(false);
    expect(byKey(noLdtt.checks, '1.1').label).toBe(
      'Nguyễn Thị Hoa năm 2025 chưa có “Lao động tiên tiến”.',
    );
    expect(noLdtt.verdict).toBe('NOT_ELIGIBLE');
  });

  it('CSTĐ tỉnh: 3 consecutive CSTĐCS to the judged year and a sáng kiến of province scope', () => {
    const r = evaluateEligibility(
      rule('CSTD_TINH', '2025-12-15'),
      params,
      person({
        awards: [award('CSTD_CO_SO', 2023), award('CSTD_CO_SO', 2024), award('CSTD_CO_SO', 2025)],
        initiatives: [initiative('p1', 'PROVINCE')],
      }),
    );
    expect(byKey(r.checks, '1')).toMatchObject({
      met: true,
      label: 'Nguyễn Thị Hoa đạt “Chiến sĩ thi đua cơ sở” 3 năm liên tục: 2023, 2024, 2025.',
    });
    expect(byKey(r.checks, '1').used).toHaveLength(3);
    expect(byKey(r.checks, '2').met).toBe(true);
    // a gap breaks the streak and the sentence names the missing year
    const gap = evaluateEligibility(
      rule('CSTD_TINH', '2025-12-15'),
      params,
      person({
        awards: [award('CSTD_CO_SO', 2022), award('CSTD_CO_SO', 2023), award('CSTD_CO_SO', 2025)],
      }),
    );
    expect(byKey(gap.checks, '1').met).toBe(false);
    expect(byKey(gap.checks, '1').label).toContain('không có “Chiến sĩ thi đua cơ sở” năm 2024');
  });

  it('a national sáng kiến serves a province rule; a unit-scope one does not', () => {
    const cstdTinh = rule('CSTD_TINH', '2025-12-15');
    const national1 = evaluateEligibility(
      cstdTinh,
      params,
      person({ initiatives: [initiative('n', 'NATIONAL')] }),
    );
    expect(byKey(national1.checks, '2').met).toBe(true);
    const unit = evaluateEligibility(
      cstdTinh,
      params,
      person({ initiatives: [initiative('u', 'UNIT')] }),
    );
    expect(byKey(unit.checks, '2').met).toBe(false);
    expect(byKey(unit.checks, '2').used[0]).toMatchObject({ ref: 'u', counted: false });
    expect(byKey(unit.checks, '2').label).toContain('chỉ có phạm vi thấp hơn');
  });
});

describe('evaluateEligibility: the principles applied to every check', () => {
  const params = ruleParametersOn(national, '2025-12-15', null);
  const eligibleLdtt = (over: Partial<EligibilityFacts>) =>
    evaluateEligibility(
      rule('LAO_DONG_TIEN_TIEN', '2025-12-15'),
      params,
      person({ evaluations: [{ year: 2025, grade: 'HTXSNV', source: null }], ...over }),
    );

  it('a hold in force on the day blocks, with its kind, dates and source; an ended one does not', () => {
    const r = eligibleLdtt({
      holds: [
        {
          kind: 'KY_LUAT',
          from: '2025-11-01',
          to: null,
          source: 'Ủy ban kiểm tra Huyện ủy, Thông báo số 12-TB/UBKT',
          note: null,
        },
        {
          kind: 'THANH_TRA',
          from: '2024-01-01',
          to: '2024-06-30',
          source: 'Thanh tra tỉnh',
          note: 'Đã kết luận',
        },
      ],
    });
    const hold = byKey(r.checks, 'HOLD');
    expect(hold.met).toBe(false);
    expect(hold.label).toBe(
      'Nguyễn Thị Hoa đang thuộc trường hợp chưa xét khen thưởng vào ngày 15/12/2025: Đang xem xét kỷ luật hoặc đang chịu kỷ luật từ ngày 01/11/2025 (nguồn: Ủy ban kiểm tra Huyện ủy, Thông báo số 12-TB/UBKT).',
    );
    expect(hold.used.map((u) => u.counted)).toEqual([true, false]);
    expect(hold.basis).toContain('Điều 4 khoản 4 Nghị định 152/2025/NĐ-CP');
    expect(r.verdict).toBe('NOT_ELIGIBLE');
    // the rule's own conditions are still shown
    expect(byKey(r.checks, '1').met).toBe(true);

    const later = eligibleLdtt({
      holds: [
        { kind: 'DIEU_TRA', from: '2026-01-10', to: null, source: 'Công an tỉnh', note: null },
      ],
    });
    expect(byKey(later.checks, 'HOLD').met).toBe(true);
  });

  it('a dissolved unit is not rewarded', () => {
    const r = evaluateEligibility(
      rule('TT_LAO_DONG_TIEN_TIEN', '2025-12-15'),
      params,
      collective(10, { ldtt: 10 }, { active: false }),
    );
    expect(byKey(r.checks, 'ACTIVE')).toMatchObject({ met: false, principle: true });
    expect(byKey(r.checks, 'ACTIVE').label).toContain('đã giải thể hoặc sáp nhập');
    expect(r.verdict).toBe('NOT_ELIGIBLE');
  });

  it('đột xuất and chuyên đề awards never count toward a công trạng streak', () => {
    const r = evaluateEligibility(
      rule('CSTD_TINH', '2025-12-15'),
      params,
      person({
        awards: [
          award('CSTD_CO_SO', 2023),
          award('CSTD_CO_SO', 2024),
          award('CSTD_CO_SO', 2025, 'DOT_XUAT'),
        ],
        initiatives: [initiative('p1', 'PROVINCE')],
      }),
    );
    const streak = byKey(r.checks, '1');
    expect(streak.met).toBe(false);
    expect(streak.label).toContain('không có “Chiến sĩ thi đua cơ sở” năm 2025');
    expect(streak.label).toContain('Không tính khen thưởng năm 2025 (đột xuất)');
    expect(streak.used.find((u) => !u.counted)?.text).toContain('Điều 4 khoản 3');
    // a phong trào one neither
    const phongTrao = evaluateEligibility(
      rule('CSTD_CO_SO', '2025-12-15'),
      params,
      person({ awards: [award('LAO_DONG_TIEN_TIEN', 2025, 'PHONG_TRAO')] }),
    );
    expect(byKey(phongTrao.checks, '1.1').met).toBe(false);
  });

  it('a sáng kiến already used for an award is not counted again', () => {
    const used = initiative('old', 'PROVINCE', {
      awardName: 'Chiến sĩ thi đua cấp tỉnh',
      year: 2022,
    });
    const facts = person({
      awards: [award('CSTD_CO_SO', 2023), award('CSTD_CO_SO', 2024), award('CSTD_CO_SO', 2025)],
      initiatives: [used],
    });
    const r = evaluateEligibility(rule('CSTD_TINH', '2025-12-15'), params, facts);
    const check = byKey(r.checks, '2');
    expect(check.met).toBe(false);
    expect(check.label).toContain(
      'không tính “Sáng kiến old” vì đã dùng để đề nghị khen thưởng trước đó',
    );
    expect(check.used).toEqual([expect.objectContaining({ ref: 'old', counted: false })]);
    expect(check.used[0]!.text).toContain(
      'đã dùng để đề nghị “Chiến sĩ thi đua cấp tỉnh” năm 2022',
    );
    // a free one of the same scope is counted
    const r2 = evaluateEligibility(rule('CSTD_TINH', '2025-12-15'), params, {
      ...facts,
      initiatives: [used, initiative('new', 'PROVINCE')],
    });
    expect(byKey(r2.checks, '2').met).toBe(true);
  });

  it('an initiative recognised after the day judged is not counted', () => {
    const late = { ...initiative('late', 'UNIT'), recognisedOn: '2026-01-05' };
    const r = evaluateEligibility(
      rule('CSTD_CO_SO', '2025-12-15'),
      params,
      person({ awards: [award('LAO_DONG_TIEN_TIEN', 2025)], initiatives: [late] }),
    );
    expect(byKey(r.checks, '2.2').met).toBe(false);
  });

  it('refuses a subject the award is not for', () => {
    const r = evaluateEligibility(rule('TT_LAO_DONG_XUAT_SAC', '2025-12-15'), params, person());
    expect(byKey(r.checks, 'SUBJECT')).toMatchObject({ met: false });
    expect(byKey(r.checks, 'SUBJECT').label).toBe(
      'Nguyễn Thị Hoa là cá nhân: không thuộc đối tượng được xét.',
    );
    // member conditions have nothing to count for a person
    expect(byKey(r.checks, '2').label).toContain('không có số liệu thành viên');
  });
});

describe('evaluateEligibility: collective titles', () => {
  it('TTLĐXS: 100% completing, ≥ 70% LĐTT, at least one CSTĐCS', () => {
    const params = ruleParametersOn(national, '2025-12-15', null);
    const ok = evaluateEligibility(
      rule('TT_LAO_DONG_XUAT_SAC', '2025-12-15'),
      params,
      collective(10, { ldtt: 7, cstdcs: 1 }),
    );
    expect(['1', '2', '3', '4'].map((k) => byKey(ok.checks, k).met)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(byKey(ok.checks, '3').label).toBe(
      'Phòng Tổng hợp có 7/10 thành viên đạt “Lao động tiên tiến” (70%); yêu cầu từ 70% trở lên (mức chung toàn quốc).',
    );
    expect(byKey(ok.checks, '3').used.map((u) => u.kind)).toEqual(['MEMBERS', 'PARAMETER']);
    expect(ok.verdict).toBe('TO_CONFIRM');

    const short = evaluateEligibility(
      rule('TT_LAO_DONG_XUAT_SAC', '2025-12-15'),
      params,
      collective(12, { completing: 11, ldtt: 8, cstdcs: 0 }),
    );
    expect(byKey(short.checks, '2').label).toBe(
      'Phòng Tổng hợp có 11/12 thành viên hoàn thành nhiệm vụ (91,7%); yêu cầu từ 100% trở lên.',
    );
    expect(byKey(short.checks, '2').met).toBe(false);
    expect(byKey(short.checks, '3').met).toBe(false); // 66,7% < 70%
    expect(byKey(short.checks, '4').met).toBe(false);
    expect(short.verdict).toBe('NOT_ELIGIBLE');
  });

  it('TTLĐTT: Bắc Ninh’s 70% beats the national share; another province keeps the national one', () => {
    const facts = collective(10, { ldtt: 6 });
    const judge = (province: string) =>
      evaluateEligibility(
        rule('TT_LAO_DONG_TIEN_TIEN', '2025-12-15'),
        ruleParametersOn(allParams, '2025-12-15', province),
        facts,
      );
    const bn = byKey(judge(BAC_NINH).checks, '2');
    expect(bn.met).toBe(false);
    expect(bn.label).toContain('yêu cầu từ 70% trở lên (mức tỉnh quy định)');
    expect(bn.used[1]!.text).toContain('căn cứ Điều 4 86/2025/QĐ-UBND');
    const dl = byKey(judge(DAK_LAK).checks, '2');
    expect(dl.met).toBe(true);
    // the national figure is [L]: the check says so through the parameter, the condition is [H]
    expect(dl.label).toContain('yêu cầu từ 50% trở lên (mức chung toàn quốc)');
  });

  it('TTLĐTT: a disciplined member refuses the title', () => {
    const r = evaluateEligibility(
      rule('TT_LAO_DONG_TIEN_TIEN', '2025-12-15'),
      ruleParametersOn(national, '2025-12-15', null),
      collective(10, { ldtt: 9, disciplined: 1 }),
    );
    expect(byKey(r.checks, '3')).toMatchObject({
      met: false,
      label: 'Phòng Tổng hợp có 1 thành viên bị kỷ luật năm 2025.',
    });
  });

  it('a share parameter missing on the day leaves the condition for the officer, saying so', () => {
    const r = evaluateEligibility(
      rule('TT_LAO_DONG_TIEN_TIEN', '2025-12-15'),
      {},
      collective(10, { ldtt: 9 }),
    );
    expect(byKey(r.checks, '2').met).toBeNull();
    expect(byKey(r.checks, '2').label).toContain('Chưa có giá trị tham số');
  });
});

describe('evaluateEligibility: nested conditions and counts (Bằng khen Thủ tướng)', () => {
  const params = ruleParametersOn(national, '2025-12-15', null);
  const years5 = [2021, 2022, 2023, 2024, 2025];
  const r = (awards: FactAward[]) =>
    evaluateEligibility(
      rule('BANG_KHEN_TTG', '2025-12-15'),
      params,
      person({
        evaluations: years5.map((year) => ({ year, grade: 'HTTNV' as const, source: null })),
        awards,
      }),
    );

  it('meets (b): a Bằng khen tỉnh, 5 years HTTNV and 3 CSTĐCS in them', () => {
    const res = r([
      award('BANG_KHEN_TINH', 2020),
      award('CSTD_CO_SO', 2021),
      award('CSTD_CO_SO', 2023),
      award('CSTD_CO_SO', 2025),
    ]);
    expect(byKey(res.checks, '1.1').met).toBe(true);
    expect(byKey(res.checks, '1').met).toBe(true);
    expect(byKey(res.checks, '1.1.3').label).toContain(
      'có 3 lần đạt “Chiến sĩ thi đua cơ sở” trong các năm 2021–2025',
    );
    // the collective/household condition does not apply to a person
    expect(flattenChecks(res.checks).some((c) => c.key === '2')).toBe(false);
  });

  it('does not count a Bằng khen tỉnh given for a chuyên đề', () => {
    const res = r([
      award('BANG_KHEN_TINH', 2020, 'PHONG_TRAO'),
      award('CSTD_CO_SO', 2021),
      award('CSTD_CO_SO', 2023),
      award('CSTD_CO_SO', 2025),
    ]);
    expect(byKey(res.checks, '1.1.1').met).toBe(false);
    expect(byKey(res.checks, '1.1').met).toBe(false);
    // (a) and (c) remain for the officer
    expect(byKey(res.checks, '1').met).toBeNull();
  });
});

describe('describeCondition: readable Vietnamese sentences', () => {
  it('says each kind', () => {
    const cases: [AwardCondition, string][] = [
      [
        { type: 'EVALUATION', floor: 'HTTNV', years: 5, confidence: 'H' },
        'Được xếp loại từ Hoàn thành tốt nhiệm vụ trở lên 5 năm liên tục đến năm xét.',
      ],
      [
        { type: 'TITLE_STREAK', award: 'CSTD_CO_SO', years: 3, confidence: 'H' },
        'Có 3 lần liên tục đạt “Chiến sĩ thi đua cơ sở” đến năm xét.',
      ],
      [
        { type: 'INITIATIVE', scope: 'PROVINCE', count: 1, confidence: 'H' },
        'Có sáng kiến, đề tài được công nhận với phạm vi ảnh hưởng từ Cấp tỉnh, bộ, ngành trở lên, chưa dùng để đề nghị khen thưởng khác.',
      ],
      [
        { type: 'MEMBERS_COMPLETING_SHARE', min: 1, confidence: 'H' },
        '100% cá nhân trong tập thể hoàn thành nhiệm vụ.',
      ],
      [
        {
          type: 'MEMBERS_WITH_TITLE',
          award: 'CSTD_CO_SO',
          count: 1,
          confidence: 'H',
          subjects: ['COLLECTIVE'],
        },
        'Có ít nhất 1 cá nhân đạt “Chiến sĩ thi đua cơ sở” (đối với tập thể).',
      ],
      [
        {
          type: 'ANY_OF',
          confidence: 'H',
          conditions: [
            { type: 'TITLE_IN_YEAR', award: 'LAO_DONG_TIEN_TIEN', confidence: 'H' },
            { type: 'TITLE_IN_YEAR', award: 'CHIEN_SI_TIEN_TIEN', confidence: 'H' },
          ],
        },
        'Đạt một trong các điều kiện: đạt danh hiệu “Lao động tiên tiến” trong năm xét; hoặc đạt danh hiệu “Chiến sĩ tiên tiến” trong năm xét.',
      ],
    ];
    for (const [c, text] of cases) expect(describeCondition(c)).toBe(text);
  });

  it('shows a parameter with its value on the day when given', () => {
    const c: AwardCondition = {
      type: 'MEMBERS_TITLE_SHARE',
      award: 'LAO_DONG_TIEN_TIEN',
      minParameter: 'TTLDTT_LDTT_SHARE',
      confidence: 'H',
    };
    expect(describeCondition(c)).toBe(
      'Ít nhất tỷ lệ theo tham số TTLDTT_LDTT_SHARE cá nhân trong tập thể đạt “Lao động tiên tiến”.',
    );
    expect(
      describeCondition(c, { params: ruleParametersOn(allParams, '2025-12-15', BAC_NINH) }),
    ).toBe(
      'Ít nhất 70% (tham số TTLDTT_LDTT_SHARE) cá nhân trong tập thể đạt “Lao động tiên tiến”.',
    );
    expect(ruleShareText(2 / 3)).toBe('66,7%');
  });
});

describe('awardRuleContentProblems', () => {
  const base: AwardRuleSpec = NATIONAL_AWARD_RULES[0]!;

  it('refuses a share with both or neither source, out of range, and deep nesting', () => {
    const problems = awardRuleContentProblems({
      ...base,
      conditions: [
        { type: 'MEMBERS_COMPLETING_SHARE', confidence: 'H' },
        { type: 'MEMBERS_COMPLETING_SHARE', min: 1.5, confidence: 'H' },
        {
          type: 'MEMBERS_TITLE_SHARE',
          award: 'X',
          min: 0.5,
          minParameter: 'TTLDTT_LDTT_SHARE',
          confidence: 'H',
        },
        { type: 'MEMBERS_TITLE_SHARE', award: 'X', minParameter: 'LUONG_CO_SO', confidence: 'H' },
        {
          type: 'ANY_OF',
          confidence: 'H',
          conditions: [
            {
              type: 'ALL_OF',
              confidence: 'H',
              conditions: [
                {
                  type: 'ANY_OF',
                  confidence: 'H',
                  conditions: [{ type: 'MANUAL', text: 'x', confidence: 'H' }],
                },
              ],
            },
          ],
        },
        { type: 'ALL_OF', confidence: 'H', conditions: [] },
      ],
    });
    expect(problems).toEqual([
      'Điều kiện 1: chọn một trong hai — tỷ lệ cụ thể hoặc tham số.',
      'Điều kiện 2: tỷ lệ phải lớn hơn 0 và không quá 1 (100%).',
      'Điều kiện 3: chọn một trong hai — tỷ lệ cụ thể hoặc tham số.',
      'Điều kiện 4: tham số phải là một tỷ lệ.',
      'Điều kiện 5 1 1: điều kiện lồng nhau quá 3 cấp.',
      'Điều kiện 6: cần ít nhất một điều kiện con.',
    ]);
  });

  it('refuses a required vote without a threshold, a notice without days, two rewards for one subject', () => {
    expect(
      awardRuleContentProblems({
        ...base,
        vote: { required: true, thresholdOfMembership: null, article: null, confidence: 'H' },
        publicNotice: { required: true, workingDays: 0, article: null, confidence: 'H' },
        rewards: [
          { subject: 'INDIVIDUAL', multiplier: 1, article: null, confidence: 'H' },
          { subject: 'INDIVIDUAL', multiplier: 2, article: null, confidence: 'H' },
        ],
      }),
    ).toEqual([
      'Bỏ phiếu: tỷ lệ phiếu đồng ý phải lớn hơn 0 và không quá 1 (100%).',
      'Công khai: số ngày làm việc phải từ 1 trở lên.',
      'Tiền thưởng: mỗi đối tượng chỉ một mức.',
    ]);
  });
});
