import { describe, expect, it } from 'vitest';
import { documentNumber, documentSymbol } from './numbering';

describe('documentSymbol (NĐ 30/2020 Điều 15, Phụ lục III)', () => {
  it('writes the State form, with the year for a normative document', () => {
    expect(
      documentSymbol({ tree: 'GOVERNMENT', number: 5, kind: 'KE_HOACH', issuer: 'UBND' }),
    ).toBe('05/KH-UBND');
    expect(
      documentSymbol({
        tree: 'GOVERNMENT',
        number: 86,
        kind: 'QUYET_DINH',
        issuer: 'UBND',
        year: 2025,
      }),
    ).toBe('86/2025/QĐ-UBND');
    expect(documentSymbol({ tree: 'FRONT', number: 148, kind: 'TO_TRINH', issuer: 'MTTQ' })).toBe(
      '148/TTr-MTTQ',
    );
  });

  it('writes the Party form', () => {
    expect(documentSymbol({ tree: 'PARTY', number: 12, kind: 'KE_HOACH', issuer: 'TU' })).toBe(
      '12-KH/TU',
    );
  });

  it('refuses a number that is not a positive integer', () => {
    expect(() => documentNumber(0)).toThrow('Số văn bản không hợp lệ');
    expect(() => documentNumber(1.5)).toThrow(RangeError);
    expect(documentNumber(1)).toBe('01');
  });
});
