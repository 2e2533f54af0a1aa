import { describe, expect, it } from 'vitest';
import {
  ageOn,
  balanceRequirementProblems,
  congressBalance,
  delegateAnswer,
  formatShare,
  isKinh,
  type BalanceDelegate,
} from './congress-balance';

const base: BalanceDelegate = {
  sex: 'MALE',
  dateOfBirth: '1970-01-01',
  ethnicity: 'Kinh',
  religion: 'Không',
  partyMember: true,
  staffCategory: 'CIVIL_SERVANT',
  directWorker: false,
  sector: 'Hành chính',
};

/** `n` copies of the base delegate with `patch`. */
function many(n: number, patch: Partial<BalanceDelegate> = {}): BalanceDelegate[] {
  return Array.from({ length: n }, () => ({ ...base, ...patch }));
}

const ON = '2025-08-15';

describe('congressBalance', () => {
  it('says how many women are missing, in the plan’s own words and Vietnamese numbers', () => {
    const delegates = [...many(12, { sex: 'FEMALE' }), ...many(28)];
    const report = congressBalance(delegates, [{ criterion: 'FEMALE', minShare: 35 }], ON);
    expect(report.lines).toHaveLength(1);
    expect(report.lines[0]).toMatchObject({
      criterion: 'FEMALE',
      total: 40,
      actual: 12,
      share: 30,
      requiredCount: 14,
      met: false,
      missing: 2,
      unknown: 0,
    });
    expect(report.lines[0]?.explanation).toBe(
      'Đại biểu nữ: 12/40 (30,0%), yêu cầu tối thiểu 35% — còn thiếu 2 người.',
    );
    expect(report.met).toBe(false);
    expect(report.summary).toBe('Cơ cấu đại biểu chưa đạt 1/1 yêu cầu: Đại biểu nữ.');
  });

  it('meets a share exactly at the boundary (35% of 40 is 14, not 15)', () => {
    const delegates = [...many(14, { sex: 'FEMALE' }), ...many(26)];
    const [line] = congressBalance(delegates, [{ criterion: 'FEMALE', minShare: 35 }], ON).lines;
    expect(line).toMatchObject({ requiredCount: 14, met: true, missing: 0 });
    expect(line?.explanation).toBe('Đại biểu nữ: 14/40 (35,0%), yêu cầu tối thiểu 35% — đạt.');
  });

  it('takes the larger of a share and a count, and formats thousands with dots', () => {
    const delegates = [...many(1100, { partyMember: false }), ...many(100)];
    const [line] = congressBalance(
      delegates,
      [{ criterion: 'PARTY_MEMBER', minShare: 10, minCount: 150 }],
      ON,
    ).lines;
    expect(line).toMatchObject({ requiredCount: 150, actual: 100, missing: 50 });
    expect(line?.explanation).toBe(
      'Đại biểu là đảng viên: 100/1.200 (8,3%), yêu cầu tối thiểu 10% và 150 người — còn thiếu 50 người.',
    );
  });

  it('counts youth by age on the congress day, with the parameter, and says who is unknown', () => {
    const delegates = [
      { ...base, dateOfBirth: '1990-08-15' }, // 35 on the day: young
      { ...base, dateOfBirth: '1990-08-14' }, // 35 too
      { ...base, dateOfBirth: '1989-08-15' }, // 36 that day
      { ...base, dateOfBirth: null },
      { ...base, dateOfBirth: null },
    ];
    const report = congressBalance(delegates, [{ criterion: 'YOUTH', minShare: 60 }], ON);
    expect(report.lines[0]).toMatchObject({ actual: 2, unknown: 2, requiredCount: 3, met: false });
    expect(report.lines[0]?.explanation).toBe(
      'Đại biểu trẻ tuổi (không quá 35 tuổi): 2/5 (40,0%), yêu cầu tối thiểu 60% — còn thiếu 1 người; 2 người chưa rõ ngày sinh.',
    );
    const younger = congressBalance(
      delegates,
      [{ criterion: 'YOUTH', minCount: 1, maxAge: 30 }],
      ON,
    );
    expect(younger.lines[0]?.actual).toBe(0);
    expect(younger.lines[0]?.label).toBe('Đại biểu trẻ tuổi (không quá 30 tuổi)');
  });

  it('reads ethnicity without accents or case, and unknown ethnicity as unknown', () => {
    const delegates = [
      { ...base, ethnicity: 'Tày' },
      { ...base, ethnicity: 'KHMER' },
      { ...base, ethnicity: 'kinh' },
      { ...base, ethnicity: 'Việt (Kinh)' },
      { ...base, ethnicity: '  ' },
    ];
    const [line] = congressBalance(
      delegates,
      [{ criterion: 'ETHNIC_MINORITY', minCount: 2 }],
      ON,
    ).lines;
    expect(line).toMatchObject({ actual: 2, unknown: 1, met: true });
    expect(line?.explanation).toBe(
      'Đại biểu người dân tộc thiểu số: 2/5 (40,0%), yêu cầu tối thiểu 2 người — đạt; 1 người chưa rõ dân tộc.',
    );
  });

  it('counts religion, non-party members and direct workers (category or flag)', () => {
    const delegates = [
      { ...base, religion: 'Công giáo', partyMember: false, staffCategory: 'WORKER' as const },
      { ...base, religion: 'Phật giáo', directWorker: true },
      { ...base, religion: 'không', staffCategory: null },
      { ...base, religion: null, staffCategory: null, directWorker: false },
    ];
    const report = congressBalance(
      delegates,
      [
        { criterion: 'RELIGIOUS', minCount: 2 },
        { criterion: 'NON_PARTY', minCount: 1 },
        { criterion: 'DIRECT_WORKER', minShare: 50 },
      ],
      ON,
    );
    expect(report.lines.map((l) => [l.criterion, l.actual, l.unknown, l.met])).toEqual([
      ['RELIGIOUS', 2, 1, true],
      ['NON_PARTY', 1, 0, true],
      ['DIRECT_WORKER', 2, 2, true],
    ]);
    expect(report.met).toBe(true);
    expect(report.summary).toBe('Cơ cấu đại biểu đạt cả 3 yêu cầu.');
    expect(report.lines[2]?.explanation).toBe(
      'Đại biểu là người lao động trực tiếp: 2/4 (50,0%), yêu cầu tối thiểu 50% — đạt; 2 người chưa rõ vị trí công tác.',
    );
  });

  it('checks each listed sector, matching labels without accents', () => {
    const delegates = [
      ...many(3, { sector: 'Giáo dục' }),
      ...many(1, { sector: 'giao duc' }),
      ...many(1, { sector: 'Y tế' }),
      ...many(1, { sector: null }),
    ];
    const report = congressBalance(
      delegates,
      [{ criterion: 'SECTOR', sectors: ['Giáo dục', 'Y tế', 'Nông nghiệp'], minCount: 2 }],
      ON,
    );
    expect(report.lines.map((l) => [l.sector, l.actual, l.met])).toEqual([
      ['Giáo dục', 4, true],
      ['Y tế', 1, false],
      ['Nông nghiệp', 0, false],
    ]);
    expect(report.lines[1]?.explanation).toBe(
      'Đại biểu ngành, lĩnh vực "Y tế": 1/6 (16,7%), yêu cầu tối thiểu 2 người — còn thiếu 1 người; 1 người chưa rõ ngành, lĩnh vực.',
    );
    // with no figure, a sector must be represented at least once
    const once = congressBalance(delegates, [{ criterion: 'SECTOR', sectors: ['Y tế'] }], ON);
    expect(once.lines[0]).toMatchObject({ requiredCount: 1, met: true });
  });

  it('says so when there is no delegate yet, and when there is no requirement', () => {
    const empty = congressBalance([], [{ criterion: 'FEMALE', minShare: 30 }], ON);
    expect(empty.lines[0]).toMatchObject({ met: false, share: null });
    expect(empty.lines[0]?.explanation).toBe(
      'Đại biểu nữ: chưa có đại biểu trong danh sách, yêu cầu tối thiểu 30% — chưa đạt.',
    );
    const none = congressBalance(many(3), [], ON);
    expect(none).toMatchObject({ total: 3, met: true, lines: [] });
    expect(none.summary).toBe('Chưa đặt yêu cầu về cơ cấu đại biểu.');
  });
});

describe('balance helpers', () => {
  it('computes completed years and reads Kinh spellings', () => {
    expect(ageOn('1990-08-16', '2025-08-15')).toBe(34);
    expect(ageOn('1990-08-15', '2025-08-15')).toBe(35);
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(['Kinh', 'DÂN TỘC KINH', 'Việt', 'Việt (Kinh)'].map(isKinh)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['Tày', 'Mường', 'Hoa', 'Ê Đê'].map(isKinh)).toEqual([false, false, false, false]);
  });

  it('formats requirement shares', () => {
    expect(formatShare(35)).toBe('35%');
    expect(formatShare(30.5)).toBe('30,5%');
    expect(formatShare(100)).toBe('100%');
  });

  it('answers unknown only where the attribute can be missing', () => {
    const nothing = {
      ...base,
      dateOfBirth: null,
      ethnicity: null,
      religion: null,
      staffCategory: null,
      sector: null,
    };
    const ask = (c: Parameters<typeof delegateAnswer>[1]) =>
      delegateAnswer(nothing, c, { onDate: ON, sector: 'Y tế' });
    expect(
      (
        [
          'FEMALE',
          'YOUTH',
          'ETHNIC_MINORITY',
          'RELIGIOUS',
          'PARTY_MEMBER',
          'NON_PARTY',
          'DIRECT_WORKER',
          'SECTOR',
        ] as const
      ).map(ask),
    ).toEqual([false, null, null, null, true, false, null, null]);
  });
});

describe('balanceRequirementProblems', () => {
  it('accepts a well-formed list', () => {
    expect(
      balanceRequirementProblems([
        { criterion: 'FEMALE', minShare: 30.5 },
        { criterion: 'YOUTH', minCount: 5, maxAge: 30 },
        { criterion: 'SECTOR', sectors: ['Y tế', 'Giáo dục'] },
      ]),
    ).toEqual([]);
  });

  it('names every problem with its path', () => {
    expect(
      balanceRequirementProblems([
        { criterion: 'FEMALE', minShare: 0 },
        { criterion: 'FEMALE', minShare: 30.25 },
        { criterion: 'NON_PARTY' },
        { criterion: 'PARTY_MEMBER', minCount: 0.5, maxAge: 30 },
        { criterion: 'SECTOR', sectors: ['Y tế', 'Y TẾ', ' '] },
        { criterion: 'ETHNIC_MINORITY', minShare: 101, sectors: ['Y tế'] },
        { criterion: 'YOUTH', minCount: 1, maxAge: 70 },
      ]),
    ).toEqual([
      {
        path: 'requirements.0.minShare',
        message: 'Đại biểu nữ: tỷ lệ tối thiểu phải lớn hơn 0% và không quá 100%.',
      },
      { path: 'requirements.1.criterion', message: 'Tiêu chí "Đại biểu nữ" được nêu hai lần.' },
      {
        path: 'requirements.1.minShare',
        message: 'Đại biểu nữ: tỷ lệ tối thiểu lấy nhiều nhất một chữ số thập phân.',
      },
      {
        path: 'requirements.2',
        message: 'Đại biểu ngoài Đảng: cần nêu tỷ lệ tối thiểu (%) hoặc số người tối thiểu.',
      },
      {
        path: 'requirements.3.minCount',
        message: 'Đại biểu là đảng viên: số người tối thiểu phải là số nguyên từ 1 đến 3.000.',
      },
      {
        path: 'requirements.3.maxAge',
        message: 'Độ tuổi tối đa chỉ dùng cho tiêu chí đại biểu trẻ tuổi.',
      },
      {
        path: 'requirements.4.sectors.1',
        message: 'Ngành, lĩnh vực "Y TẾ" được nêu hai lần.',
      },
      {
        path: 'requirements.4.sectors.2',
        message: 'Tên ngành, lĩnh vực không được để trống.',
      },
      {
        path: 'requirements.5.minShare',
        message:
          'Đại biểu người dân tộc thiểu số: tỷ lệ tối thiểu phải lớn hơn 0% và không quá 100%.',
      },
      {
        path: 'requirements.5.sectors',
        message: 'Danh sách ngành, lĩnh vực chỉ dùng cho tiêu chí theo ngành, lĩnh vực.',
      },
      {
        path: 'requirements.6.maxAge',
        message: 'Độ tuổi tối đa của đại biểu trẻ phải từ 16 đến 60.',
      },
    ]);
    expect(balanceRequirementProblems([{ criterion: 'SECTOR', sectors: [] }])).toEqual([
      { path: 'requirements.0.sectors', message: 'Cần nêu ít nhất một ngành, lĩnh vực.' },
    ]);
  });
});
