import { describe, expect, it } from 'vitest';
import {
  CALENDAR_YEAR_MAX,
  SHIPPED_CALENDAR,
  lunarDateProblems,
  statutoryCalendarDays,
} from './holidays';
import {
  MAX_SPAN_DAYS,
  MAX_WORKING_DAYS,
  WEEKENDS_ONLY,
  WorkingDaysError,
  addCalendarDays,
  addWorkingDays,
  deadlineStatus,
  isWeekend,
  isWorkingDay,
  weekdayLabel,
  workingCalendar,
  workingDaysBetween,
} from './working-days';

const shipped = (year: number) => SHIPPED_CALENDAR.find((y) => y.year === year)!;
const cal2025 = workingCalendar(shipped(2025).days);
const calAll = workingCalendar(SHIPPED_CALENDAR.flatMap((y) => y.days));

describe('working days', () => {
  it('follows the week, then the calendar: days off on weekdays, make-up Saturdays', () => {
    expect(weekdayLabel('2025-01-29')).toBe('Thứ Tư');
    expect(isWorkingDay('2025-01-24', cal2025)).toBe(true); // Friday
    expect(isWorkingDay('2025-01-25', cal2025)).toBe(false); // Saturday
    expect(isWorkingDay('2025-01-29', cal2025)).toBe(false); // mùng 1 Tết Ất Tỵ
    expect(isWorkingDay('2025-01-29', WEEKENDS_ONLY)).toBe(true);
    expect(isWorkingDay('2025-02-08', cal2025)).toBe(true); // Saturday worked for Monday 27/01
    expect(isWorkingDay('2025-02-15', cal2025)).toBe(false); // an ordinary Saturday
  });

  it('does not count the start day: five working days from a Friday are the next Friday', () => {
    expect(addWorkingDays('2025-03-07', 5, WEEKENDS_ONLY)).toBe('2025-03-14');
    expect(addWorkingDays('2025-03-07', 1, WEEKENDS_ONLY)).toBe('2025-03-10');
    // received the day before Tết Ất Tỵ: 27/01–31/01 off, counting resumes on Monday 03/02
    expect(addWorkingDays('2025-01-24', 5, cal2025)).toBe('2025-02-07');
    // the make-up Saturday 08/02 counts
    expect(addWorkingDays('2025-01-24', 6, cal2025)).toBe('2025-02-08');
    expect(addWorkingDays('2025-01-24', 7, cal2025)).toBe('2025-02-10');
    // received on a Sunday (online): Monday is day 1
    expect(addWorkingDays('2025-03-09', 1, WEEKENDS_ONLY)).toBe('2025-03-10');
    expect(addWorkingDays('2025-03-09', 0, WEEKENDS_ONLY)).toBe('2025-03-09');
  });

  it('appraises in 20 working days across 30/04–04/05/2025 and Quốc khánh', () => {
    // 30/04, 01/05, 02/05 off; Saturday 26/04 worked
    expect(addWorkingDays('2025-04-25', 1, cal2025)).toBe('2025-04-26');
    // 26, 28, 29/04, then 05/05 onwards: the 20th is Tuesday 27/05
    expect(addWorkingDays('2025-04-25', 20, cal2025)).toBe('2025-05-27');
    expect(addWorkingDays('2025-08-29', 1, cal2025)).toBe('2025-09-03');
  });

  it('counts backwards for "at least N working days before"', () => {
    expect(addWorkingDays('2025-02-03', -1, cal2025)).toBe('2025-01-24');
    expect(addWorkingDays('2025-03-14', -5, WEEKENDS_ONLY)).toBe('2025-03-07');
  });

  it('counts between two days the way it adds: after the first, up to and including the second', () => {
    expect(workingDaysBetween('2025-03-07', '2025-03-14', WEEKENDS_ONLY)).toBe(5);
    expect(workingDaysBetween('2025-03-14', '2025-03-07', WEEKENDS_ONLY)).toBe(-5);
    expect(workingDaysBetween('2025-03-07', '2025-03-07', WEEKENDS_ONLY)).toBe(0);
    expect(workingDaysBetween('2025-01-24', '2025-02-08', cal2025)).toBe(6);
    // every start of 2024–2027 and every n up to 30: between(a, add(a, n)) = n and back
    for (let a = '2024-01-01'; a <= '2027-12-31'; a = addCalendarDays(a, 7)) {
      for (const n of [1, 5, 20, 30]) {
        const due = addWorkingDays(a, n, calAll);
        expect(workingDaysBetween(a, due, calAll)).toBe(n);
        expect(isWorkingDay(due, calAll)).toBe(true);
      }
    }
  });

  it('a year has about 250 working days', () => {
    // 261 weekdays in 2025, 12 of them off, 2 Saturdays worked
    expect(shipped(2025).days.filter((d) => d.kind === 'DAY_OFF')).toHaveLength(12);
    expect(workingDaysBetween('2024-12-31', '2025-12-31', cal2025)).toBe(261 - 12 + 2);
    expect(workingDaysBetween('2024-12-31', '2025-12-31', WEEKENDS_ONLY)).toBe(261);
  });

  it('refuses unbounded or malformed input with a Vietnamese message', () => {
    expect(addWorkingDays('2025-01-01', MAX_WORKING_DAYS, WEEKENDS_ONLY) > '2038').toBe(true);
    expect(() => addWorkingDays('2025-01-01', MAX_WORKING_DAYS + 1, WEEKENDS_ONLY)).toThrow(
      /không được vượt quá 3\.650/,
    );
    expect(() => addWorkingDays('2025-01-01', 1.5, WEEKENDS_ONLY)).toThrow(WorkingDaysError);
    expect(() => addWorkingDays('2025-02-30', 1, WEEKENDS_ONLY)).toThrow(/không hợp lệ/);
    expect(() =>
      workingDaysBetween(
        '2000-01-01',
        addCalendarDays('2000-01-01', MAX_SPAN_DAYS + 1),
        WEEKENDS_ONLY,
      ),
    ).toThrow(/20 năm/);
    expect(() => addWorkingDays('9999-12-30', 5, WEEKENDS_ONLY)).toThrow(/phạm vi/);
    try {
      addWorkingDays('x', 1, WEEKENDS_ONLY);
      expect.unreachable();
    } catch (e) {
      expect((e as WorkingDaysError).field).toBe('start');
    }
  });

  it('flags a deadline: on track, due soon (deadline day included), overdue', () => {
    const at = (today: string) => deadlineStatus('2025-02-07', cal2025, { today });
    expect(at('2025-01-24')).toEqual({ status: 'ON_TRACK', workingDaysLeft: 5 });
    expect(at('2025-02-04')).toEqual({ status: 'ON_TRACK', workingDaysLeft: 3 });
    expect(at('2025-02-05')).toEqual({ status: 'DUE_SOON', workingDaysLeft: 2 });
    expect(at('2025-02-07')).toEqual({ status: 'DUE_SOON', workingDaysLeft: 0 });
    expect(at('2025-02-08')).toEqual({ status: 'OVERDUE', workingDaysLeft: -1 });
    expect(at('2025-02-09')).toEqual({ status: 'OVERDUE', workingDaysLeft: -1 });
    expect(
      deadlineStatus('2025-02-07', cal2025, { today: '2025-02-06', dueSoonWithin: 0 }).status,
    ).toBe('ON_TRACK');
    expect(() => deadlineStatus('2025-02-07', cal2025, { dueSoonWithin: -1 })).toThrow(
      WorkingDaysError,
    );
  });
});

describe('holidays as data', () => {
  it('ships 2024–2027 with Tết and Giỗ Tổ where the lunar calendar puts them', () => {
    expect(SHIPPED_CALENDAR.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
    const names = (date: string) =>
      SHIPPED_CALENDAR.flatMap((y) => y.days)
        .filter((d) => d.date === date)
        .map((d) => d.name);
    // mùng 1 Tết 2025 and 2026 are weekdays off; 2024 and 2027 fall on a Saturday (compensated)
    expect(names('2025-01-29')).toEqual(['Tết Nguyên đán Ất Tỵ']);
    expect(names('2026-02-17')).toEqual(['Tết Nguyên đán Bính Ngọ']);
    expect(names('2024-04-18')).toEqual(['Giỗ Tổ Hùng Vương']);
    expect(names('2025-04-07')).toEqual(['Giỗ Tổ Hùng Vương']);
    expect(names('2026-04-27')).toEqual(['Nghỉ bù Giỗ Tổ Hùng Vương']); // 26/04/2026 is a Sunday
    expect(names('2027-04-16')).toEqual(['Giỗ Tổ Hùng Vương']);
  });

  it('every shipped day is consistent: days off on weekdays, make-up days on weekends, in its year, once', () => {
    for (const y of SHIPPED_CALENDAR) {
      const dates = y.days.map((d) => d.date);
      expect(new Set(dates).size).toBe(dates.length);
      for (const d of y.days) {
        expect(d.date.slice(0, 4)).toBe(String(y.year));
        expect(isWeekend(d.date)).toBe(d.kind === 'WORKING_DAY');
        expect(d.note.length).toBeGreaterThan(10);
      }
      expect(y.note).toMatch(/sửa|đối chiếu/);
    }
    // the uncertain ones say so
    expect(shipped(2027).days.filter((d) => d.provisional).length).toBeGreaterThanOrEqual(5);
    expect(shipped(2025).days.some((d) => d.provisional)).toBe(false);
  });

  it('generates a year from the rules, with compensation on the next free weekday', () => {
    // 2022: 30/04 Saturday and 01/05 Sunday → Monday 02/05 and Tuesday 03/05; 02/09 Friday + Thursday 01/09
    const d2022 = statutoryCalendarDays(2022);
    expect(d2022.map((d) => d.date)).toEqual([
      '2022-01-03', // 01/01 was a Saturday
      '2022-05-02',
      '2022-05-03',
      '2022-09-01',
      '2022-09-02',
    ]);
    expect(d2022[1]!.name).toBe('Nghỉ bù Ngày Chiến thắng');
    expect(d2022.find((d) => d.date === '2022-09-01')!.provisional).toBe(true);
    // 2023: 02/09 Saturday → adjacent Friday 01/09 and compensation Monday 04/09 (as announced)
    expect(
      statutoryCalendarDays(2023)
        .filter((d) => d.date >= '2023-09')
        .map((d) => d.date),
    ).toEqual(['2023-09-01', '2023-09-04']);
  });

  it('reproduces the shipped solar days of 2027 and, given the lunar dates, its Tết and Giỗ Tổ', () => {
    const generated = statutoryCalendarDays(2027, {
      lunarNewYear: '2027-02-06',
      hungKings: '2027-04-16',
    });
    expect(generated.map((d) => d.date)).toEqual(
      shipped(2027)
        .days.map((d) => d.date)
        .sort(),
    );
    expect(generated.every((d) => !isWeekend(d.date) && d.kind === 'DAY_OFF')).toBe(true);
  });

  it('refuses lunar dates where they cannot fall, and years outside the range', () => {
    expect(
      lunarDateProblems(2026, { lunarNewYear: '2026-02-17', hungKings: '2026-04-26' }),
    ).toEqual([]);
    expect(lunarDateProblems(2026, { lunarNewYear: '2026-03-17' })[0]!.field).toBe('lunarNewYear');
    expect(lunarDateProblems(2026, { hungKings: '2025-04-26' })[0]!.message).toMatch(/năm 2026/);
    expect(() => statutoryCalendarDays(CALENDAR_YEAR_MAX + 1)).toThrow(/Năm phải từ/);
    expect(() => statutoryCalendarDays(2026, { lunarNewYear: '2026-07-01' })).toThrow(/Mùng 1 Tết/);
  });
});
