import { describe, expect, it } from 'vitest';
import { compareDoubleEntry, paperTallyProblems, type PaperTally } from './paper-tally';

const round = [
  { id: 'c1', label: 'Nguyễn Thị Lan' },
  { id: 'c2', label: 'Trần Văn Bình' },
];

const good: PaperTally = {
  issued: 9,
  returned: 9,
  valid: 8,
  invalid: 1,
  candidates: [
    { id: 'c1', agree: 8, disagree: 0 },
    { id: 'c2', agree: 5, disagree: 3 },
  ],
};

describe('paperTallyProblems', () => {
  it('accepts an entry whose counts hold together', () => {
    expect(paperTallyProblems(good, 9, round)).toEqual([]);
  });

  it('checks thu về ≤ phát ra ≤ present and hợp lệ + không hợp lệ = thu về', () => {
    expect(paperTallyProblems({ ...good, issued: 10, returned: 11, valid: 10 }, 9, round)).toEqual([
      'Số phiếu thu về (11) không được lớn hơn số phiếu phát ra (10).',
      'Số phiếu phát ra (10) không được lớn hơn số thành viên dự họp có quyền bỏ phiếu (9).',
    ]);
    expect(paperTallyProblems({ ...good, invalid: 0 }, 9, round)).toEqual([
      'Số phiếu hợp lệ (8) cộng số phiếu không hợp lệ (0) phải bằng số phiếu thu về (9).',
    ]);
  });

  it('checks đồng ý + không đồng ý ≤ hợp lệ for each candidate', () => {
    const t = { ...good, candidates: [good.candidates[0]!, { id: 'c2', agree: 6, disagree: 3 }] };
    expect(paperTallyProblems(t, 9, round)).toEqual([
      'Ứng viên "Trần Văn Bình": số phiếu đồng ý (6) cộng không đồng ý (3) là 9, vượt số phiếu hợp lệ (8).',
    ]);
  });

  it('wants non-negative whole numbers, and says so once per typo', () => {
    const t = {
      ...good,
      returned: -1,
      candidates: [{ id: 'c1', agree: 7.5, disagree: 0 }, good.candidates[1]!],
    };
    expect(paperTallyProblems(t, 9, round)).toEqual([
      'Số phiếu thu về phải là số nguyên không âm.',
      'Ứng viên "Nguyễn Thị Lan": số phiếu đồng ý phải là số nguyên không âm.',
    ]);
  });

  it('wants every candidate of the round entered once, and no other', () => {
    const t = {
      ...good,
      candidates: [good.candidates[0]!, good.candidates[0]!, { id: 'c9', agree: 0, disagree: 0 }],
    };
    expect(paperTallyProblems(t, 9, round)).toEqual([
      'Ứng viên "Nguyễn Thị Lan" được nhập 2 lần.',
      'Chưa nhập số phiếu của ứng viên "Trần Văn Bình".',
      'Ứng viên mã c9 không thuộc vòng bỏ phiếu này.',
    ]);
  });
});

describe('compareDoubleEntry', () => {
  it('agrees when both people typed the same', () => {
    expect(compareDoubleEntry(good, structuredClone(good), round)).toEqual([]);
  });

  it('lists each difference with both values', () => {
    const second: PaperTally = {
      ...good,
      returned: 8,
      candidates: [
        { id: 'c1', agree: 8, disagree: 0 },
        { id: 'c2', agree: 4, disagree: 3 },
      ],
    };
    expect(compareDoubleEntry(good, second, round)).toEqual([
      'Số phiếu thu về: người nhập thứ nhất 9, người thứ hai 8.',
      'Ứng viên "Trần Văn Bình" – số phiếu đồng ý: người nhập thứ nhất 5, người thứ hai 4.',
    ]);
  });

  it('names a candidate only one of them entered', () => {
    const second = { ...good, candidates: [good.candidates[0]!] };
    expect(compareDoubleEntry(good, second, round)).toEqual([
      'Ứng viên "Trần Văn Bình": chỉ người nhập thứ nhất có nhập.',
    ]);
  });
});
