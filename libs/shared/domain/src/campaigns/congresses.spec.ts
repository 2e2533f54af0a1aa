import { describe, expect, it } from 'vitest';
import {
  CONGRESS_LEVEL_RANK,
  congressWindowLabel,
  defaultCongressAgenda,
  quarterOf,
  quarterWindow,
} from './congresses';

describe('congress windows', () => {
  it('gives each quarter’s first and last day, leap years included', () => {
    expect(quarterWindow(2025, 1)).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(quarterWindow(2025, 2)).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    expect(quarterWindow(2025, 3)).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(quarterWindow(2025, 4)).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(quarterOf('2024-01-01', '2024-03-31')).toEqual({ year: 2024, quarter: 1 });
    expect(quarterOf('2024-01-01', '2024-03-30')).toBeNull();
  });

  it('writes the window as the seed does', () => {
    expect(congressWindowLabel('2025-04-01', '2025-06-30')).toBe('Quý II năm 2025');
    expect(congressWindowLabel('2025-07-01', '2025-09-30')).toBe('Quý III năm 2025');
    expect(congressWindowLabel('2024-02-01', '2024-02-29')).toBe('Tháng 2 năm 2024');
    expect(congressWindowLabel('2025-01-01', '2025-12-31')).toBe('Năm 2025');
    expect(congressWindowLabel('2025-05-15', '2025-05-15')).toBe('Ngày 15/05/2025');
    expect(congressWindowLabel('2025-04-01', '2025-05-15')).toBe(
      'Từ ngày 01/04/2025 đến ngày 15/05/2025',
    );
  });
});

describe('congress agenda and levels', () => {
  it('is the seed’s nine items for a congress, without the flag salute for a conference', () => {
    const congress = defaultCongressAgenda('PATRIOTIC_CONGRESS', 2025);
    expect(congress).toHaveLength(9);
    expect(congress[0]).toBe('Chào cờ');
    expect(congress[2]).toBe(
      'Báo cáo đánh giá, biểu dương phong trào thi đua yêu nước giai đoạn 2020-2025',
    );
    expect(congress[7]).toBe('Thông qua danh sách đại biểu tham dự Đại hội cấp trên');
    expect(congress[8]).toBe('Tổng kết và bế mạc');
    const conference = defaultCongressAgenda('EXEMPLARS_CONFERENCE', 2025);
    expect(conference).toEqual(congress.slice(1));
  });

  it('ranks levels so delegates go up: commune and agency below cluster and district, province on top', () => {
    expect(CONGRESS_LEVEL_RANK.COMMUNE).toBeLessThan(CONGRESS_LEVEL_RANK.CLUSTER);
    expect(CONGRESS_LEVEL_RANK.AGENCY).toBeLessThan(CONGRESS_LEVEL_RANK.DISTRICT);
    expect(CONGRESS_LEVEL_RANK.CLUSTER).toBeLessThan(CONGRESS_LEVEL_RANK.PROVINCE);
  });
});
