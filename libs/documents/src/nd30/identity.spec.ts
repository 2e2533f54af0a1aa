import { describe, expect, it } from 'vitest';
import { numberLine, placeAndDate } from './identity';
import { DocumentDataError } from './text';

const BLANK = '\u00a0'.repeat(6);

describe('numberLine', () => {
  it('writes the NĐ 30 and HD 36 forms, numbers below 10 with a leading zero', () => {
    expect(numberLine('GOVERNMENT', 'KE_HOACH', 'UBND', 12)).toBe('Số: 12/KH-UBND');
    expect(numberLine('GOVERNMENT', 'KE_HOACH', 'VP', null)).toBe(`Số: ${BLANK}/KH-VP`);
    expect(numberLine('FRONT', 'TO_TRINH', 'MTTQ-BTT', 5)).toBe('Số: 05/TTr-MTTQ-BTT');
    expect(numberLine('PARTY', 'KE_HOACH', 'TU', 7)).toBe('Số 07-KH/TU');
    expect(numberLine('PARTY', 'KE_HOACH', 'TU', null)).toBe(`Số ${BLANK}-KH/TU`);
  });

  it('refuses a number that is not a positive integer', () => {
    expect(() => numberLine('GOVERNMENT', 'KE_HOACH', 'UBND', 0)).toThrow(
      'Số văn bản không hợp lệ',
    );
    expect(() => numberLine('GOVERNMENT', 'KE_HOACH', 'UBND', 1.5)).toThrow(
      'Số văn bản không hợp lệ',
    );
  });
});

describe('placeAndDate', () => {
  it('pads days below 10 and the months 1 and 2 only', () => {
    expect(placeAndDate('Bắc Kạn', '2024-08-05')).toBe('Bắc Kạn, ngày 05 tháng 8 năm 2024');
    expect(placeAndDate('Hà Nội', '2025-02-28')).toBe('Hà Nội, ngày 28 tháng 02 năm 2025');
    expect(placeAndDate('Huế', '2025-12-01')).toBe('Huế, ngày 01 tháng 12 năm 2025');
  });

  it('leaves the day (and the month) blank on a draft', () => {
    expect(placeAndDate('Bắc Kạn', { year: 2024, month: 9 })).toBe(
      `Bắc Kạn, ngày ${BLANK} tháng 9 năm 2024`,
    );
    expect(placeAndDate('Bắc Kạn', { year: 2024 })).toBe(
      `Bắc Kạn, ngày ${BLANK} tháng ${BLANK} năm 2024`,
    );
  });

  it('refuses an impossible date', () => {
    expect(() => placeAndDate('Bắc Kạn', '2024-02-30')).toThrow('Ngày ban hành không hợp lệ');
    expect(() => placeAndDate('Bắc Kạn', { year: 2024, month: 13 })).toThrow(DocumentDataError);
  });
});
