import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './fold';
import { formatDate, formatDateTime, formatNumber } from './format';
import { checkPassword } from './password-policy';

describe('foldVietnamese', () => {
  it('removes every diacritic, including đ and stacked marks', () => {
    expect(foldVietnamese('Nguyễn Văn Ánh')).toBe('nguyen van anh');
    expect(foldVietnamese('  Bến   Tre ')).toBe('ben tre');
    expect(foldVietnamese('ĐẮK LẮK')).toBe('dak lak');
    expect(foldVietnamese('ặằẳẵấầẩẫậếềểễệốồổỗộớờởỡợứừửữựỵ')).toBe('aaaaaaaaaeeeeeoooooooooouuuuuy');
  });
});

describe('Vietnamese formats', () => {
  it('formats dates as dd/mm/yyyy in Vietnam time', () => {
    // 17:30 UTC on 31/12 is already 01/01 in Hà Nội (UTC+7)
    expect(formatDate('2024-12-31T17:30:00Z')).toBe('01/01/2025');
    expect(formatDate(new Date('2025-03-05T01:00:00Z'))).toBe('05/03/2025');
    expect(formatDateTime('2025-03-05T07:07:00Z')).toBe('05/03/2025 14:07');
  });

  it('groups thousands with dots', () => {
    expect(formatNumber(1200)).toBe('1.200');
    expect(formatNumber(35000)).toBe('35.000');
  });
});

describe('checkPassword', () => {
  it('requires length, a letter and a digit', () => {
    expect(checkPassword('abc1')).toMatch(/ít nhất 8/);
    expect(checkPassword('abcdefgh')).toMatch(/chữ cái và chữ số/);
    expect(checkPassword('12345678')).toMatch(/chữ cái và chữ số/);
    expect(checkPassword('thidua2025')).toBeNull();
  });
});
