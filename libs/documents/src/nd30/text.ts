import {
  AlignmentType,
  BorderStyle,
  FootnoteReferenceRun,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import {
  BODY_SIZE,
  FIRST_LINE_INDENT,
  FONT,
  LINE_SPACING,
  PARAGRAPH_AFTER,
  RULE_SIZE,
  halfPoints,
  pt,
} from './layout';

/** A piece of running text: plain, emphasised, or a footnote attached where it stands. */
export type Inline =
  | string
  | { readonly text: string; readonly bold?: boolean; readonly italic?: boolean }
  | { readonly note: string };

/** Text as data: a plain string, or inlines when part of it is bold, italic or carries a footnote. */
export type RichText = string | readonly Inline[];

export interface RunStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
}

/** A document's data is wrong in a way the builder cannot lay out; the message is for the user. */
export class DocumentDataError extends Error {
  override readonly name = 'DocumentDataError';
}

/** Footnotes are not sized by NĐ 30; 12 pt, two below the body like the "Nơi nhận:" label. */
const FOOTNOTE_SIZE = 12;

/**
 * Every run names its font and size itself rather than leaning on the document's default style: a
 * paragraph copied into another document (the usual way plans are reworked) keeps Times New Roman, and
 * a format checker that reads runs rather than styles sees it.
 */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text, ...runProperties(style) });
}

export function runProperties(style: RunStyle) {
  const size = halfPoints(style.size ?? BODY_SIZE);
  return {
    font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
    size,
    sizeComplexScript: size,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
  };
}

/** Runs for rich text; docx numbers the footnotes in the order they stand and files their text. */
export function richRuns(text: RichText, style: RunStyle = {}): ParagraphChild[] {
  if (typeof text === 'string') return [run(text, style)];
  return text.map((part) => {
    if (typeof part === 'string') return run(part, style);
    if ('note' in part) {
      return new FootnoteReferenceRun({
        children: [new Paragraph({ children: [run(part.note, { size: FOOTNOTE_SIZE })] })],
      });
    }
    return run(part.text, {
      ...style,
      bold: part.bold ?? style.bold,
      italic: part.italic ?? style.italic,
    });
  });
}

/**
 * Rich text ending with `mark` ("./.", "."): a full stop or other closing punctuation already there gives
 * way to it, so "… như sau." becomes "… như sau./." and not "… như sau../.".
 */
export function closeText(text: RichText, mark: string): RichText {
  const close = (s: string) => (s.endsWith(mark) ? s : s.replace(/[\s.;,:]+$/u, '') + mark);
  if (typeof text === 'string') return close(text);
  const last = text[text.length - 1];
  if (typeof last === 'string') return [...text.slice(0, -1), close(last)];
  if (last !== undefined && 'text' in last)
    return [...text.slice(0, -1), { ...last, text: close(last.text) }];
  return [...text, mark];
}

/** `prefix` before the text, keeping the emphasis of rich text ("a) …", "Tập thể: …"). */
export function prefixed(prefix: string, text: RichText): RichText {
  if (!prefix) return text;
  return typeof text === 'string' ? prefix + text : [prefix, ...text];
}

export function upper(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

/** The first letter capitalised ("thành tích năm 2025" → "Thành tích năm 2025"). */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);
}

/** A justified body paragraph with the first-line indent (Phụ lục I). */
export function bodyParagraph(
  children: ParagraphChild[],
  options: IParagraphOptions = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { after: PARAGRAPH_AFTER, line: LINE_SPACING },
    children,
    ...options,
  });
}

/** A centred paragraph with no spacing, for the header, the title and the signature block. */
export function centred(
  children: ParagraphChild[],
  spacing: { before?: number; after?: number } = {},
) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0 },
    children,
  });
}

/**
 * A ruled line `width` twips long, centred in a space `available` twips wide, drawn as the top border of
 * an empty 1 pt paragraph 3 pt below the line above (closer, LibreOffice draws it through the dots of
 * "ạ", "ộ"). A drawn shape would need absolute positions, and underlining the words would cut through
 * those dots too.
 */
export function rule(width: number, available: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((available - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: pt(3), after, line: pt(1), lineRule: 'exact' },
    border: { top: { style: BorderStyle.SINGLE, size: RULE_SIZE, color: '000000', space: 1 } },
    children: [run('', { size: 1 })],
  });
}

/**
 * Advance widths (1/1000 em) of Times New Roman, from its Adobe metrics, for the lengths of the ruled
 * lines: NĐ 30 wants the Tiêu ngữ ruled for its whole length and the issuer's name for 1/3 to 1/2 of it.
 * Diacritics do not change a letter's advance, so letters are measured without them.
 */
const REGULAR: Record<string, number> = widths(
  'A722B667C667D722E611F556G722H722I333J389K722L611M889N722O722P556Q722R667S556T611U722V722W944X722Y722Z611' +
    'a444b500c444d500e444f333g500h500i278j278k500l278m778n500o500p500q500r333s389t278u500v500w722x500y500z444',
);
const BOLD: Record<string, number> = widths(
  'A722B667C722D722E667F611G778H778I389J500K778L667M944N722O778P611Q778R722S556T667U722V722W1000X722Y722Z667' +
    'a500b556c444d556e444f333g500h556i278j333k556l278m833n556o500p556q556r444s389t333u556v500w722x500y500z444',
);

function widths(table: string): Record<string, number> {
  return Object.fromEntries(
    [...table.matchAll(/([A-Za-z])(\d+)/g)].map((m) => [m[1], Number(m[2])]),
  );
}

/** Width in twips of `text` set in Times New Roman at `sizePt`. */
export function textWidth(text: string, sizePt: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  const base = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D').replace(/đ/g, 'd');
  let units = 0;
  for (const ch of base) units += table[ch] ?? (/\d/.test(ch) ? 500 : ch === ' ' ? 250 : 333);
  return Math.round((units / 1000) * sizePt * 20);
}
