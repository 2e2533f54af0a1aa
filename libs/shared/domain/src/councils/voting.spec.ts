import { describe, expect, it } from 'vitest';
import {
  ATTENDANCE,
  AWARD_SESSION_QUORUM_SHARE,
  BALLOT_CHOICES,
  COUNCIL_ROLES,
  VOTING_MODES,
  candidateResult,
  ceilShare,
  checkQuorum,
  formatPercentHundredths,
  percentHundredths,
  rankPassed,
  roundResults,
  secondRoundCandidates,
  shareText,
  toFraction,
  type RankCandidate,
} from './voting';

describe('labels', () => {
  it('names roles, attendance, modes and choices as the minutes do', () => {
    expect(COUNCIL_ROLES.UY_VIEN_THU_KY).toBe('Ủy viên, thư ký');
    expect(ATTENDANCE.ABSENT_WRITTEN).toBe('Vắng, có ý kiến bằng văn bản');
    expect(VOTING_MODES.ROOM).toBe('Bỏ phiếu tại phòng họp bằng mã');
    expect(BALLOT_CHOICES.DISAGREE).toBe('Không đồng ý');
  });
});

describe('exact shares', () => {
  it('turns rule shares into fractions', () => {
    expect(toFraction(0.8)).toEqual({ numerator: 4, denominator: 5 });
    expect(toFraction(2 / 3)).toEqual({ numerator: 2, denominator: 3 });
    expect(toFraction(0.9)).toEqual({ numerator: 9, denominator: 10 });
    expect(toFraction({ numerator: 6, denominator: 9 })).toEqual({ numerator: 2, denominator: 3 });
    expect(() => toFraction(0)).toThrow(RangeError);
    expect(() => toFraction(1.2)).toThrow(RangeError);
    expect(() => toFraction(Math.PI / 4)).toThrow(RangeError);
  });

  it('rounds the fewest members up in integers, where floating point would be off by one', () => {
    expect(ceilShare(toFraction(2 / 3), 9)).toBe(6);
    expect(ceilShare(toFraction(2 / 3), 10)).toBe(7);
    expect(ceilShare(toFraction(0.8), 9)).toBe(8);
    // 0.55 × 100 is 55.00000000000001 in floating point: Math.ceil would ask for 56
    expect(Math.ceil(0.55 * 100)).toBe(56);
    expect(ceilShare(toFraction(0.55), 100)).toBe(55);
  });

  it('writes shares and percentages the Vietnamese way', () => {
    expect(shareText(toFraction(0.9))).toBe('90%');
    expect(shareText(toFraction(2 / 3))).toBe('2/3');
    expect(percentHundredths(26, 29)).toBe(8966);
    expect(formatPercentHundredths(8966)).toBe('89,66%');
    expect(formatPercentHundredths(8000)).toBe('80%');
    expect(formatPercentHundredths(5550)).toBe('55,5%');
    expect(formatPercentHundredths(505)).toBe('5,05%');
  });
});

describe('checkQuorum', () => {
  it('refuses an award session with 7 of 9 where 80% is required', () => {
    const q = checkQuorum({
      members: 9,
      present: 7,
      requiredShare: AWARD_SESSION_QUORUM_SHARE,
      awardSession: true,
    });
    expect(q).toEqual({
      met: false,
      present: 7,
      required: 8,
      members: 9,
      message: 'Có 7/9 thành viên dự họp (77,8%); cần ít nhất 8 (80%) để họp xét khen thưởng.',
    });
  });

  it('meets with 2/3 by default: 6 of 9, 7 of 10', () => {
    expect(checkQuorum({ members: 9, present: 6 }).message).toBe(
      'Có 6/9 thành viên dự họp (66,7%), đủ số lượng tối thiểu 6 (2/3) để họp.',
    );
    expect(checkQuorum({ members: 10, present: 6 })).toMatchObject({ met: false, required: 7 });
    expect(checkQuorum({ members: 10, present: 7 }).met).toBe(true);
    expect(checkQuorum({ members: 100, present: 55, requiredShare: 0.55 }).met).toBe(true);
  });

  it('counts a proxy only where the rules allow it', () => {
    const without = checkQuorum({ members: 9, present: 5, proxies: 1 });
    expect(without).toMatchObject({ met: false, present: 5 });
    expect(without.message).toBe(
      'Có 5/9 thành viên dự họp, không tính 1 người được ủy quyền (55,6%); cần ít nhất 6 (2/3) để họp.',
    );
    const counted = checkQuorum({ members: 9, present: 5, proxies: 1, proxiesCount: true });
    expect(counted).toMatchObject({ met: true, present: 6 });
    expect(counted.message).toContain('kể cả 1 người dự họp theo ủy quyền');
  });

  it('refuses impossible attendance', () => {
    expect(() => checkQuorum({ members: 9, present: 9, proxies: 1 })).toThrow(RangeError);
    expect(() => checkQuorum({ members: 0, present: 0 })).toThrow(RangeError);
    expect(() => checkQuorum({ members: 9, present: 6.5 })).toThrow(RangeError);
  });
});

describe('candidateResult', () => {
  it('passes 8 of 10 at 80% exactly, on the total membership', () => {
    const r = candidateResult({ agree: 8, disagree: 1, members: 10, voters: 9, threshold: 0.8 });
    expect(r).toMatchObject({ passed: true, percentHundredths: 8000, rule: 'SHARE_OF_MEMBERS' });
    expect(r.explanation).toBe(
      'Đạt: 8/10 thành viên Hội đồng đồng ý (80%), yêu cầu từ 80% tổng số thành viên trở lên.',
    );
  });

  it('fails 26 of 29 at 90% (89,66%) though 26 of the 27 present agreed', () => {
    const r = candidateResult({ agree: 26, disagree: 1, members: 29, voters: 27, threshold: 0.9 });
    expect(r.passed).toBe(false);
    expect(r.percentText).toBe('89,66%');
    expect(r.explanation).toBe(
      'Không đạt: 26/29 thành viên Hội đồng đồng ý (89,66%), yêu cầu từ 90% tổng số thành viên trở lên.',
    );
    expect(candidateResult({ agree: 27, disagree: 3, members: 30, threshold: 0.9 }).passed).toBe(
      true,
    );
    expect(candidateResult({ agree: 55, disagree: 0, members: 100, threshold: 0.55 }).passed).toBe(
      true,
    );
  });

  it('without a threshold, passes on more than half of the voters', () => {
    const r = candidateResult({ agree: 4, disagree: 3, members: 9, voters: 7, threshold: null });
    expect(r).toMatchObject({ passed: true, rule: 'MAJORITY_OF_VOTERS', percentHundredths: 4444 });
    expect(r.explanation).toBe(
      'Đạt: 4/7 thành viên biểu quyết đồng ý, quá nửa (nguyên tắc biểu quyết theo đa số); bằng 44,44% tổng số thành viên Hội đồng.',
    );
    const half = candidateResult({ agree: 3, disagree: 3, members: 9, voters: 6, threshold: null });
    expect(half.passed).toBe(false);
    expect(half.explanation).toMatch(/^Không đạt: 3\/6 .* chưa quá nửa/);
  });

  it('refuses more votes than voters', () => {
    expect(() =>
      candidateResult({ agree: 6, disagree: 2, members: 9, voters: 7, threshold: 0.8 }),
    ).toThrow(RangeError);
    expect(() => candidateResult({ agree: 10, disagree: 0, members: 9, threshold: 0.8 })).toThrow(
      RangeError,
    );
  });

  it('gives every candidate of a round, each with its own threshold when it has one', () => {
    const rs = roundResults({
      members: 10,
      threshold: 0.9,
      candidates: [
        { id: 'a', agree: 9, disagree: 1 },
        { id: 'b', agree: 8, disagree: 2 },
        { id: 'c', agree: 8, disagree: 2, threshold: 0.8 },
      ],
    });
    expect(rs.map((r) => [r.id, r.passed])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
    ]);
  });
});

const person = (id: string, agree: number, female = false, passed = true): RankCandidate => ({
  id,
  label: id,
  agree,
  passed,
  subject: 'INDIVIDUAL',
  female,
});

describe('rankPassed', () => {
  it('ranks by votes and gives a tied last place to the woman', () => {
    const r = rankPassed([person('An', 9), person('Bình', 8), person('Cúc', 8, true)], 2);
    expect(r.tied).toEqual([]);
    expect(r.ranking.map((x) => [x.id, x.rank, x.withinQuota])).toEqual([
      ['An', 1, true],
      ['Cúc', 2, true],
      ['Bình', 3, false],
    ]);
    expect(r.ranking[1]?.reason).toBe(
      'Xếp thứ 2, 8 phiếu đồng ý, được ưu tiên khi bằng phiếu vì là nữ (NĐ 152/2025 Điều 4 k.6): trong số lượng được khen (2).',
    );
    expect(r.ranking[2]?.reason).toBe('Xếp thứ 3, 8 phiếu đồng ý: ngoài số lượng được khen (2).');
  });

  it('puts a collective with 70% women before one with 60% on equal votes', () => {
    const r = rankPassed(
      [
        { id: 'P1', agree: 7, passed: true, subject: 'COLLECTIVE', womenShare: 0.6 },
        { id: 'P2', agree: 7, passed: true, subject: 'COLLECTIVE', womenShare: 0.7 },
      ],
      1,
    );
    expect(r.ranking.map((x) => [x.id, x.withinQuota])).toEqual([
      ['P2', true],
      ['P1', false],
    ]);
    expect(r.ranking[0]?.reason).toContain('là tập thể có từ 70% thành viên nữ');
  });

  it('leaves a tie across the last place to the Chủ tịch, and applies the pick', () => {
    const cs = [
      person('An', 9),
      person('Bình', 8),
      person('Chi', 8),
      person('Dũng', 5, false, false),
    ];
    const open = rankPassed(cs, 2);
    expect(open.tied).toEqual(['Bình', 'Chi']);
    expect(open.tiedSeats).toBe(1);
    expect(open.ranking.map((x) => [x.id, x.rank, x.withinQuota])).toEqual([
      ['An', 1, true],
      ['Bình', 2, null],
      ['Chi', 2, null],
    ]);
    expect(open.message).toBe(
      'Các ứng viên "Bình", "Chi" cùng 8 phiếu đồng ý, tranh 1 suất cuối cùng trong số lượng được khen (2): cần Chủ tịch Hội đồng quyết định.',
    );

    const decided = rankPassed(cs, 2, ['Chi']);
    expect(decided.tied).toEqual([]);
    expect(decided.message).toBeNull();
    expect(decided.ranking.map((x) => [x.id, x.rank, x.withinQuota])).toEqual([
      ['An', 1, true],
      ['Chi', 2, true],
      ['Bình', 3, false],
    ]);
    expect(decided.ranking[1]?.reason).toBe(
      'Xếp thứ 2, 8 phiếu đồng ý, bằng phiếu với "Bình"; Chủ tịch Hội đồng chọn (TT 25/2025/TT-BKHCN Điều 23): trong số lượng được khen (2).',
    );

    const wrong = rankPassed(cs, 2, ['An']);
    expect(wrong.tied).toEqual(['Bình', 'Chi']);
    expect(wrong.problems).toEqual([
      'Chủ tịch Hội đồng cần chọn đúng 1 trong số các ứng viên bằng phiếu: "Bình", "Chi".',
    ]);
  });

  it('does not call a tie inside the quota a tie, and ignores a pick with nothing to decide', () => {
    const r = rankPassed([person('An', 9), person('Bình', 9), person('Chi', 5)], 3, ['An']);
    expect(r.ranking.map((x) => [x.id, x.rank, x.withinQuota])).toEqual([
      ['An', 1, true],
      ['Bình', 1, true],
      ['Chi', 3, true],
    ]);
    expect(r.problems).toEqual([
      'Không có ứng viên bằng phiếu ở suất cuối cùng: lựa chọn của Chủ tịch Hội đồng không được áp dụng.',
    ]);
  });
});

describe('secondRoundCandidates', () => {
  const cs = [
    person('An', 9),
    person('Bình', 8),
    person('Chi', 8),
    person('Dũng', 6, false, false),
  ];

  it('puts the tied and the secretary’s list to a second round', () => {
    const r = secondRoundCandidates(cs, 2, { round: 1, alsoRevote: ['Dũng', 'X'] });
    expect(r).toMatchObject({ candidates: ['Bình', 'Chi', 'Dũng'], tiedSeats: 1, refused: false });
    expect(r.message).toBe(
      'Bỏ phiếu vòng 2 đối với: "Bình" (bằng phiếu ở suất cuối cùng), "Chi" (bằng phiếu ở suất cuối cùng), "Dũng" (theo đề nghị của thư ký Hội đồng).',
    );
    expect(r.problems).toEqual(['Ứng viên mã X không thuộc vòng bỏ phiếu này.']);
  });

  it('refuses a third round: the competent head decides', () => {
    const r = secondRoundCandidates(cs, 2, { round: 2 });
    expect(r).toMatchObject({ candidates: [], tied: ['Bình', 'Chi'], refused: true });
    expect(r.message).toBe(
      'Đã bỏ phiếu 2 vòng, không tổ chức vòng thứ 3: người đứng đầu cơ quan, đơn vị có thẩm quyền quyết định đối với "Bình", "Chi" (tối đa 2 vòng, TT 01/2024/TT-TANDTC).',
    );
  });

  it('asks for nothing when the quota settles everyone', () => {
    const r = secondRoundCandidates(cs, 3, { round: 1 });
    expect(r).toMatchObject({ candidates: [], refused: false });
    expect(r.message).toBe('Không có ứng viên cần bỏ phiếu lại.');
  });
});
