import type { AwardSubject } from '@thidua/shared-domain';
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { TableColumn } from '../nd30/body';
import { twoDigits } from '../nd30/identity';
import { BODY_SIZE, RULE_SIZE, TEXT_WIDTH, mm, pt } from '../nd30/layout';
import { DocumentDataError, centred, richRuns, run, type RichText } from '../nd30/text';

/**
 * Pieces the tờ trình and the báo cáo thành tích share and the NĐ 30 primitives do not have: the form
 * number in the top right corner, "02 tập thể và 03 cá nhân", a table with rows spanning its width
 * (the appendix's groups), and the two signatures of a report side by side.
 */

/**
 * "Mẫu số 01" above the header, flush right and bold as the decree's Phụ lục prints it; 13 pt, the
 * size of the header's names, so it does not outweigh the Quốc hiệu under it.
 */
export function formLine(form: string | null): Paragraph[] {
  const text = form?.trim();
  if (!text) return [];
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 0, after: pt(6) },
      children: [run(text, { size: 13, bold: true })],
    }),
  ];
}

/** How a subject is counted in a sentence ("02 tập thể") and headed in a list ("Tập thể"). */
export const SUBJECT_WORDS: Record<
  AwardSubject,
  { readonly count: string; readonly group: string }
> = {
  COLLECTIVE: { count: 'tập thể', group: 'Tập thể' },
  INDIVIDUAL: { count: 'cá nhân', group: 'Cá nhân' },
  HOUSEHOLD: { count: 'hộ gia đình', group: 'Hộ gia đình' },
};

/** The order subjects are counted and listed in: collectives first, as the tờ trình of §1.4 does. */
export const SUBJECT_ORDER: readonly AwardSubject[] = ['COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD'];

export type SubjectCounts = Readonly<Record<AwardSubject, number>>;

/**
 * "02 tập thể, 03 cá nhân và 01 hộ gia đình": zero parts left out, counts in two digits as officers
 * write them ("01 tập thể", as the quotas of seed 001), the last part joined by "và".
 */
export function countsText(counts: SubjectCounts): string {
  const parts = SUBJECT_ORDER.filter((s) => counts[s] > 0).map(
    (s) => `${twoDigits(counts[s])} ${SUBJECT_WORDS[s].count}`,
  );
  if (parts.length === 0) throw new DocumentDataError('Số lượng đề nghị khen thưởng bằng 0.');
  const last = parts.pop() as string;
  return parts.length ? `${parts.join(', ')} và ${last}` : last;
}

/** Tables are set in 13 pt, a point under the body, as the body renderer's tables are. */
const TABLE_SIZE = 13;

const BORDER = { style: BorderStyle.SINGLE, size: RULE_SIZE, color: '000000' };

/** A row of a grouped table: cells, or a heading across the columns after the first (STT) one. */
export type GroupedRow =
  | { readonly cells: readonly RichText[] }
  | {
      readonly label: string;
      readonly heading: RichText;
      readonly bold?: boolean;
      readonly italic?: boolean;
    };

/**
 * A ruled table whose group rows ("I | BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH", " | Tập thể") span every
 * column after the first: what a danh sách kèm theo looks like. The body renderer's tables have no
 * spanning cells, so this one lives here.
 */
export function groupedTable(columns: readonly TableColumn[], rows: readonly GroupedRow[]): Table {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => Math.round((TEXT_WIDTH * c.weight) / total));
  const rest = widths.slice(1).reduce((a, b) => a + b, 0);
  const paragraph = (
    text: RichText,
    align: 'left' | 'center' | 'right',
    style: { bold?: boolean; italic?: boolean },
  ) =>
    new Paragraph({
      alignment: ALIGN[align],
      spacing: { before: pt(3), after: pt(3) },
      children: richRuns(text, { size: TABLE_SIZE, ...style }),
    });
  const cell = (width: number, children: Paragraph[], span = 1) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      ...(span > 1 ? { columnSpan: span } : {}),
      children,
    });
  const header = new TableRow({
    tableHeader: true,
    children: columns.map((c, i) =>
      cell(widths[i] ?? 0, [paragraph(c.header, 'center', { bold: true })]),
    ),
  });
  const body = rows.map((r) => {
    if ('cells' in r) {
      if (r.cells.length !== columns.length) {
        throw new DocumentDataError(
          `Mỗi dòng của bảng phải có ${columns.length} ô (một dòng có ${r.cells.length}).`,
        );
      }
      return new TableRow({
        cantSplit: true,
        children: r.cells.map((t, i) =>
          cell(widths[i] ?? 0, [paragraph(t, columns[i]?.align ?? 'left', {})]),
        ),
      });
    }
    const style = { bold: r.bold ?? true, italic: r.italic ?? false };
    return new TableRow({
      cantSplit: true,
      children: [
        cell(widths[0] ?? 0, [paragraph(r.label, 'center', style)]),
        cell(rest, [paragraph(r.heading, 'left', style)], columns.length - 1),
      ],
    });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [header, ...body],
  });
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** One signature of a report: the form's caption, its instruction, the signer's title and name. */
export interface SignatureColumn {
  /** "NGƯỜI BÁO CÁO THÀNH TÍCH", "THỦ TRƯỞNG ĐƠN VỊ"; a "\n" breaks it where it reads best. */
  readonly caption: string;
  /** "(Ký, ghi rõ họ và tên)", "(Ký, đóng dấu)". */
  readonly instruction: string;
  /** The chức vụ under the caption ("CHÁNH VĂN PHÒNG"), when it says more than the caption. */
  readonly title?: string | null;
  /** Left blank (room to write it in) when not known yet. */
  readonly name: string | null;
}

/** The same room for the signature and the seal as the NĐ 30 signature block: four 14 pt lines. */
const SIGNATURE_SPACE = pt(4 * BODY_SIZE * 1.15);

/**
 * Two signatures side by side, half the text width each, in a borderless table that is not split
 * across pages: the confirming head on the left, the one who reports on the right (domain reference
 * §1.3), 12 pt below the body. Captions and names are two rows, so that the names stand level however
 * many lines each caption takes ("THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ" takes two in 82 mm).
 */
export function signaturePair(
  left: SignatureColumn,
  right: SignatureColumn,
): (Paragraph | Table)[] {
  const half = Math.round(TEXT_WIDTH / 2);
  // keepNext holds the caption row on the page of the names (Word and LibreOffice keep the rows together)
  const line = (text: string, style: { bold?: boolean; italic?: boolean }) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 0, after: 0 },
      children: [run(text, style)],
    });
  const captions = (s: SignatureColumn) => {
    const lines = [
      ...s.caption.split('\n').map((text) => line(text, { bold: true })),
      line(s.instruction, { italic: true }),
    ];
    if (s.title?.trim()) lines.push(line(s.title.trim(), { bold: true }));
    return lines;
  };
  const name = (s: SignatureColumn) => [
    centred([run(s.name?.trim() ?? '', { bold: true })], { before: SIGNATURE_SPACE }),
  ];
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.TOP,
      children,
    });
  const row = (a: Paragraph[], b: Paragraph[]) =>
    new TableRow({ cantSplit: true, children: [cell(half, a), cell(TEXT_WIDTH - half, b)] });
  return [
    new Paragraph({ spacing: { after: pt(6) }, keepNext: true }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [half, TEXT_WIDTH - half],
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      // 2 mm each side keeps two long captions from running into each other
      margins: { top: 0, bottom: 0, left: mm(2), right: mm(2) },
      rows: [row(captions(left), captions(right)), row(name(left), name(right))],
    }),
  ];
}

/** Trailing punctuation typed with a name or a line: the builder puts its own. */
export function bare(text: string): string {
  return text.trim().replace(/[\s;,.:]+$/u, '');
}
