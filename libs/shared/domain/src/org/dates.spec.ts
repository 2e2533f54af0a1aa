import { describe, expect, it } from 'vitest';
import { dayBefore, isIsoDate, isoToVn, todayInVietnam } from './dates';

describe('ISO dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2025-07-01')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-7-1')).toBe(false);
    expect(isIsoDate(20250701)).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-12-31')).toBe(true);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
    expect(isIsoDate('2025-01-00')).toBe(false);
    expect(isIsoDate('0099-01-01')).toBe(false);
  });

  it('knows today in Vietnam and formats dd/mm/yyyy', () => {
    expect(todayInVietnam(new Date('2025-06-30T17:30:00Z'))).toBe('2025-07-01');
    // the kept day moves with the clock, both ways
    expect(todayInVietnam(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
    expect(todayInVietnam(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
    expect(todayInVietnam(new Date('1969-12-31T16:00:00Z'))).toBe('1969-12-31');
    expect(isoToVn('2025-07-01')).toBe('01/07/2025');
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
  });
});
