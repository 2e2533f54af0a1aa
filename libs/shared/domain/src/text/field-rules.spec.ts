import { describe, expect, it } from 'vitest';
import { isValidCode, PERSON_CODE, TEXT_LIMITS, UNIT_CODE } from './field-rules';

describe('code rules', () => {
  it('accept letters of any script with accents, digits and the listed punctuation', () => {
    for (const code of ['SNV', 'PHONG-TCHC', 'ubnd.xa_1', 'Sở-Nội-vụ', 'ĐOÀN_TN']) {
      expect(isValidCode(UNIT_CODE, code)).toBe(true);
      expect(isValidCode(PERSON_CODE, code)).toBe(true);
    }
    expect(isValidCode(PERSON_CODE, 'TCCB/015')).toBe(true);
  });

  it('refuse spaces, other punctuation, empty and too long codes; / only in person codes', () => {
    for (const code of ['', 'A B', 'A,B', "A'B", 'A;B', '<x>', 'x'.repeat(51)]) {
      expect(isValidCode(UNIT_CODE, code)).toBe(false);
      expect(isValidCode(PERSON_CODE, code)).toBe(false);
    }
    expect(isValidCode(UNIT_CODE, 'TCCB/015')).toBe(false);
    expect(isValidCode(UNIT_CODE, 'x'.repeat(50))).toBe(true);
  });

  it('hint at what the pattern allows', () => {
    expect(UNIT_CODE.hint).toContain('. _ -');
    expect(PERSON_CODE.hint).toContain('. _ / -');
  });

  it('limits text as the API inputs do', () => {
    expect(TEXT_LIMITS).toMatchObject({
      unitName: 255,
      personName: 200,
      hometown: 500,
      note: 2000,
    });
  });
});
