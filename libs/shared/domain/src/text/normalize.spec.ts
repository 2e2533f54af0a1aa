import { describe, expect, it } from 'vitest';
import { blankToNull, oneLine } from './normalize';

describe('text as services keep it', () => {
  it('oneLine trims and collapses every run of white space to one space', () => {
    expect(oneLine('  Ủy ban   nhân dân\ntỉnh ')).toBe('Ủy ban nhân dân tỉnh');
    expect(oneLine(null)).toBe('');
    expect(oneLine(undefined)).toBe('');
  });

  it('blankToNull trims, keeps inner line breaks, and gives null for blank text', () => {
    expect(blankToNull('  ghi chú\ndòng hai ')).toBe('ghi chú\ndòng hai');
    expect(blankToNull('   ')).toBeNull();
    expect(blankToNull(null)).toBeNull();
  });
});
