import { describe, expect, it } from 'vitest';
import { CAMPAIGN_PLAN_LIMITS } from '../campaigns/campaign-plans';
import {
  escapeInlineMarkup,
  hasInlineMarkup,
  inlinePlainText,
  inlineRichText,
  parseInlineMarkup,
  type InlinePart,
} from './inline-markup';

const plain = (text: string): InlinePart => ({ kind: 'text', text, bold: false, italic: false });
const italic = (text: string): InlinePart => ({ kind: 'text', text, bold: false, italic: true });
const bold = (text: string): InlinePart => ({ kind: 'text', text, bold: true, italic: false });
const both = (text: string): InlinePart => ({ kind: 'text', text, bold: true, italic: true });
const note = (text: string): InlinePart => ({ kind: 'note', text });

describe('parseInlineMarkup: what the seeds write', () => {
  it('sets a label in italics before its colon (seed 000, "+ *Hoàn thành*: …")', () => {
    expect(parseInlineMarkup('*Hoàn thành*: Xây dựng kế hoạch.')).toEqual([
      italic('Hoàn thành'),
      plain(': Xây dựng kế hoạch.'),
    ]);
    expect(parseInlineMarkup('- *Bước 1.* Xây dựng “điển hình”.')).toEqual([
      plain('- '),
      italic('Bước 1.'),
      plain(' Xây dựng “điển hình”.'),
    ]);
  });

  it('italicises inside brackets and quotation marks (seeds 001 and 002)', () => {
    expect(parseInlineMarkup('khen thưởng (*Mẫu số 08 ban hành kèm theo Nghị định*).')).toEqual([
      plain('khen thưởng ('),
      italic('Mẫu số 08 ban hành kèm theo Nghị định'),
      plain(').'),
    ]);
    expect(parseInlineMarkup('Chuyên đề năm 2024 “*Xây dựng văn hóa*”;')).toEqual([
      plain('Chuyên đề năm 2024 “'),
      italic('Xây dựng văn hóa'),
      plain('”;'),
    ]);
  });

  it('hangs footnotes where they stand, adjacent ones included, against their word', () => {
    expect(
      parseInlineMarkup('công trình thủy lợi[^CSHT ven biển], giao thông [^Tuyến tránh];'),
    ).toEqual([
      plain('công trình thủy lợi'),
      note('CSHT ven biển'),
      plain(', giao thông'),
      note('Tuyến tránh'),
      plain(';'),
    ]);
    expect(parseInlineMarkup('hai chú thích[^Một][^Hai] liền nhau')).toEqual([
      plain('hai chú thích'),
      note('Một'),
      note('Hai'),
      plain(' liền nhau'),
    ]);
    expect(parseInlineMarkup('[^Ở đầu] câu')).toEqual([note('Ở đầu'), plain(' câu')]);
  });
});

describe('parseInlineMarkup: emphasis', () => {
  it('reads one star as italic, two as bold, three as both, and nests them', () => {
    expect(parseInlineMarkup('a *b* **c** ***d***')).toEqual([
      plain('a '),
      italic('b'),
      plain(' '),
      bold('c'),
      plain(' '),
      both('d'),
    ]);
    expect(parseInlineMarkup('**đậm *cả hai* đậm**')).toEqual([
      bold('đậm '),
      both('cả hai'),
      bold(' đậm'),
    ]);
    expect(parseInlineMarkup('*nghiêng **cả hai** nghiêng*')).toEqual([
      italic('nghiêng '),
      both('cả hai'),
      italic(' nghiêng'),
    ]);
  });

  it('keeps a footnote inside emphasis as a footnote', () => {
    expect(parseInlineMarkup('*thủy lợi[^Ghi chú]*')).toEqual([
      italic('thủy lợi'),
      note('Ghi chú'),
    ]);
  });

  it('leaves unclosed and misplaced stars as typed', () => {
    for (const text of [
      '*chưa đóng',
      'chưa mở*',
      '**đậm chưa đóng',
      '* gạch đầu dòng',
      'ghi chú (*) và (**)',
      'a * b = c',
      '** Từ nay đến hết tháng 12/2024.*',
      '****bốn sao****',
      '*',
      '***',
      '* *',
    ]) {
      expect(parseInlineMarkup(text)).toEqual([plain(text)]);
    }
    // a closer takes only its own size: the runs left over print as typed
    expect(parseInlineMarkup('***a** b*')).toEqual([plain('***a** b*')]);
    expect(parseInlineMarkup('*a **b* c**')).toEqual([italic('a **b'), plain(' c**')]);
  });

  it('needs a word against the stars: "* a *" is not emphasis, "*a*b" is', () => {
    expect(parseInlineMarkup('* a *')).toEqual([plain('* a *')]);
    expect(parseInlineMarkup('x*a*b')).toEqual([plain('x'), italic('a'), plain('b')]);
  });
});

describe('parseInlineMarkup: footnotes', () => {
  it('prints an empty, blank or unclosed footnote as typed', () => {
    expect(parseInlineMarkup('a[^]b')).toEqual([plain('a[^]b')]);
    expect(parseInlineMarkup('a[^  ]b')).toEqual([plain('a[^  ]b')]);
    expect(parseInlineMarkup('a [^chưa đóng')).toEqual([plain('a [^chưa đóng')]);
    expect(parseInlineMarkup('[tham chiếu] và [1]')).toEqual([plain('[tham chiếu] và [1]')]);
  });

  it('takes the note to its matching bracket, keeps its text plain and trims it', () => {
    expect(parseInlineMarkup('x[^ Điều [3] khoản *a* ]y')).toEqual([
      plain('x'),
      note('Điều [3] khoản *a*'),
      plain('y'),
    ]);
    expect(parseInlineMarkup('x[^có \\] trong]y')).toEqual([
      plain('x'),
      note('có ] trong'),
      plain('y'),
    ]);
  });
});

describe('parseInlineMarkup: escapes and edges', () => {
  it('prints escaped stars, brackets and backslashes as themselves', () => {
    expect(parseInlineMarkup('\\*không nghiêng\\*')).toEqual([plain('*không nghiêng*')]);
    expect(parseInlineMarkup('\\[^không phải chú thích]')).toEqual([
      plain('[^không phải chú thích]'),
    ]);
    expect(parseInlineMarkup('C:\\thu\\\\muc')).toEqual([plain('C:\\thu\\muc')]);
    expect(parseInlineMarkup('*a\\*b*')).toEqual([italic('a*b')]);
  });

  it('gives nothing for an empty text and the text itself when there is no markup', () => {
    expect(parseInlineMarkup('')).toEqual([]);
    const text = 'Thi đua “Đồng Khởi mới” (2024-2025): 100% xã, phường [đạt chuẩn].';
    expect(parseInlineMarkup(text)).toEqual([plain(text)]);
    expect(hasInlineMarkup(text)).toBe(false);
    expect(hasInlineMarkup('a *b*')).toBe(true);
    expect(hasInlineMarkup('a \\* b')).toBe(true);
    expect(hasInlineMarkup('a[^b]')).toBe(true);
  });

  it('escapes any text so it prints as typed', () => {
    for (const text of ['*a* [^b] \\c', '***', 'a[b]c', '']) {
      expect(inlinePlainText(parseInlineMarkup(escapeInlineMarkup(text)))).toBe(text);
      expect(parseInlineMarkup(escapeInlineMarkup(text)).every((p) => p.kind === 'text')).toBe(
        true,
      );
    }
  });

  it('reads words without markup and footnotes', () => {
    expect(inlinePlainText(parseInlineMarkup('*Bước 1.* Xây dựng[^ghi chú] **điển hình**.'))).toBe(
      'Bước 1. Xây dựng điển hình.',
    );
  });
});

describe('parseInlineMarkup: length', () => {
  it('parses a paragraph at the length limit whole, and never lengthens the text', () => {
    const unit = '*Bước.* điển hình[^Ghi chú.] **đậm** ';
    const text = unit
      .repeat(Math.ceil(CAMPAIGN_PLAN_LIMITS.paragraph / unit.length))
      .slice(0, CAMPAIGN_PLAN_LIMITS.paragraph);
    const parts = parseInlineMarkup(text);
    const printed = parts.reduce((n, p) => n + p.text.length, 0);
    expect(printed).toBeLessThanOrEqual(text.length);
    expect(parts.filter((p) => p.kind === 'note').length).toBe(
      Math.floor(CAMPAIGN_PLAN_LIMITS.paragraph / unit.length),
    );
  });

  it('is linear on hostile input: 200,000 characters of unmatched markup in well under a second', () => {
    // A backtracking or rescanning parser takes minutes on these (each is quadratic for one of them).
    const n = 200_000;
    const hostile = [
      '**a '.repeat(n / 4) + 'b* '.repeat(n / 3),
      '[^'.repeat(n / 2),
      '['.repeat(n / 2) + '^x' + ']'.repeat(n / 4),
      '*a'.repeat(n / 2),
      ' '.repeat(n) + 'x[^n]',
      '\\'.repeat(n) + '*',
      'a *'.repeat(n / 3),
    ];
    for (const text of hostile) {
      const started = performance.now();
      const parts = parseInlineMarkup(text);
      const ms = performance.now() - started;
      expect(parts.length).toBeGreaterThan(0);
      expect(ms).toBeLessThan(1000);
    }
  });
});

describe('inlineRichText: the printed rich text', () => {
  it('keeps text without markup a plain string, escapes resolved', () => {
    expect(inlineRichText('Chỉ thị số 34-CT/TW (*) ngày 07/4/2014.')).toBe(
      'Chỉ thị số 34-CT/TW (*) ngày 07/4/2014.',
    );
    expect(inlineRichText('a \\* b')).toBe('a * b');
    expect(inlineRichText('')).toBe('');
  });

  it('gives emphasis only the flags it has, footnotes where they were typed', () => {
    expect(inlineRichText('*Bước 1.* Xây dựng[^Theo Hướng dẫn 6980.] ***điển hình***')).toEqual([
      { text: 'Bước 1.', italic: true },
      ' Xây dựng',
      { note: 'Theo Hướng dẫn 6980.' },
      ' ',
      { text: 'điển hình', bold: true, italic: true },
    ]);
    expect(inlineRichText('**Đậm**')).toEqual([{ text: 'Đậm', bold: true }]);
  });
});
