import { Packer, Document } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxParts, paragraphs } from '../testing/docx-xml';
import { item, list, renderBlocks, roman, section, withEndMark, type Block } from './body';
import { closeText, textWidth } from './text';

async function rendered(blocks: readonly Block[], style: 'letters' | 'decimal' = 'letters') {
  const doc = new Document({ sections: [{ children: renderBlocks(blocks, style) }] });
  const parts = docxParts(new Uint8Array(await Packer.toArrayBuffer(doc)));
  return paragraphs(parts['word/document.xml'] ?? '').filter(Boolean);
}

const outline: Block[] = [
  section('mục một', [
    section('Khoản', [section('Điểm', ['Lời.']), section('Điểm hai', [section('Ý', ['Sâu.'])])]),
    item('Việc của một cơ quan.'),
  ]),
  section('mục hai', [list(['Một', { text: 'Hai:', items: ['hai a', 'hai b'] }])]),
];

describe('renderBlocks', () => {
  it('numbers I. / 1. / a) in the letters style and capitalises the first level', async () => {
    expect(await rendered(outline)).toEqual([
      'I. MỤC MỘT',
      '1. Khoản',
      'a) Điểm',
      'Lời.',
      'b) Điểm hai',
      'Ý',
      'Sâu.',
      '2. Việc của một cơ quan.',
      'II. MỤC HAI',
      '- Một',
      '- Hai:',
      '+ hai a',
      '+ hai b',
    ]);
  });

  it('numbers 1.1. and 1.1.1. in the decimal style', async () => {
    const text = await rendered(outline, 'decimal');
    expect(text.slice(0, 7)).toEqual([
      'I. MỤC MỘT',
      '1. Khoản',
      '1.1. Điểm',
      'Lời.',
      '1.2. Điểm hai',
      '1.2.1. Ý',
      'Sâu.',
    ]);
  });

  it('refuses a fifth level', () => {
    const deep = section('1', [section('2', [section('3', [section('4', [section('5', [])])])])]);
    expect(() => renderBlocks([deep], 'letters')).toThrow('tối đa 4 cấp đề mục');
  });

  it('writes Roman numerals', () => {
    expect([1, 4, 6, 9, 14, 19].map(roman)).toEqual(['I', 'IV', 'VI', 'IX', 'XIV', 'XIX']);
  });
});

describe('end mark', () => {
  it('replaces closing punctuation and never doubles the mark', () => {
    expect(closeText('như sau.', './.')).toBe('như sau./.');
    expect(closeText('như sau./.', './.')).toBe('như sau./.');
    expect(closeText('hết;', '.')).toBe('hết.');
    expect(closeText(['a ', { text: 'b.', italic: true }], './.')).toEqual([
      'a ',
      { text: 'b./.', italic: true },
    ]);
  });

  it('finds the last words wherever they are', () => {
    expect(withEndMark([section('A', [list(['x', { text: 'y', items: ['z'] }])])], './.')).toEqual([
      section('A', [list(['x', { text: 'y', items: ['z./.'] }])]),
    ]);
    expect(withEndMark(['a', { kind: 'paragraph', text: 'b' }], '.')).toEqual([
      'a',
      { kind: 'paragraph', text: 'b.' },
    ]);
  });
});

describe('textWidth', () => {
  it('measures Vietnamese capitals by their base letters', () => {
    // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, 13 pt bold: 20.861 em × 13 pt ≈ 271 pt ≈ 5424 twips
    expect(textWidth('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, true)).toBe(5424);
    expect(textWidth('Đ', 10, true)).toBe(textWidth('D', 10, true));
  });
});
