import { describe, expect, it } from 'vitest';

import { bacKanPlan } from '../testing/fixtures';
import { byMonth, planEvents } from './plan-schedule';

describe('planEvents and byMonth — the plan’s dates month by month', () => {
  const plan = { ...bacKanPlan(), answerDeadline: '2024-10-20' };

  it('lists the period, phases, milestones and deadlines in date order', () => {
    expect(planEvents(plan).map((e) => [e.date, e.kind, e.label, e.tentative])).toEqual([
      ['2024-10-01', 'period', 'Bắt đầu thời gian thi đua', false],
      ['2024-10-01', 'phase', 'Bắt đầu: Phát động', false],
      ['2024-10-20', 'answer', 'Hạn ban hành kế hoạch thực hiện', false],
      ['2024-10-31', 'phase', 'Kết thúc: Phát động', false],
      ['2025-09-30', 'period', 'Kết thúc thời gian thi đua', false],
      ['2025-10-01', 'milestone', 'Hạn gửi hồ sơ khen thưởng', true],
      [
        '2025-10-01',
        'awards',
        'Hạn gửi hồ sơ đề nghị khen thưởng về Phòng Hành chính tổ chức - Quản trị tài vụ',
        false,
      ],
    ]);
  });

  it('groups by month and keeps one year when asked', () => {
    const events = planEvents(plan);
    expect(byMonth(events).map((m) => [m.key, m.events.length])).toEqual([
      ['2024-10', 4],
      ['2025-09', 1],
      ['2025-10', 2],
    ]);
    expect(byMonth(events, 2025).map((m) => [m.year, m.month])).toEqual([
      [2025, 9],
      [2025, 10],
    ]);
  });

  it('drops dates that are not calendar days rather than misplacing them', () => {
    const broken = {
      ...plan,
      content: { ...plan.content, milestones: [{ date: '2025-13-01', label: 'Sai ngày' }] },
    };
    expect(planEvents(broken).some((e) => e.label === 'Sai ngày')).toBe(false);
  });
});
