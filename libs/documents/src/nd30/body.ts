import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { RULE_SIZE, TEXT_WIDTH, pt } from './layout';
import {
  DocumentDataError,
  bodyParagraph,
  closeText,
  prefixed,
  richRuns,
  upper,
  type RichText,
} from './text';

/** A bullet with, optionally, its own "+" sub-bullets (as "- Năm 2024:" and what follows it in seed 000). */
export interface ListItem {
  readonly text: RichText;
  readonly items?: readonly RichText[];
}

export interface TableColumn {
  readonly header: string;
  /** Share of the text width, relative to the other columns. */
  readonly weight: number;
  readonly align?: 'left' | 'center' | 'right';
}

/**
 * The body of a document as data. A string is a plain paragraph. Sections are numbered by depth when
 * rendered (I., 1., a) or 1.1.), so reordering or leaving one out never leaves a gap in the numbering.
 */
export type Block =
  | string
  | { readonly kind: 'paragraph'; readonly text: RichText }
  | { readonly kind: 'list'; readonly items: readonly (RichText | ListItem)[] }
  | { readonly kind: 'section'; readonly title: RichText; readonly blocks: readonly Block[] }
  /** A numbered paragraph in body type: counted with the sections beside it ("1. Các phòng, ban … tổ chức …"). */
  | { readonly kind: 'item'; readonly text: RichText }
  | {
      readonly kind: 'table';
      readonly columns: readonly TableColumn[];
      readonly rows: readonly (readonly RichText[])[];
    };

export type SectionBlock = Extract<Block, { kind: 'section' }>;

export function section(title: RichText, blocks: readonly Block[]): SectionBlock {
  return { kind: 'section', title, blocks };
}

export function list(items: readonly (RichText | ListItem)[]): Block {
  return { kind: 'list', items };
}

export function item(text: RichText): Block {
  return { kind: 'item', text };
}

/**
 * How the third and fourth levels are numbered: "a)" (then unnumbered italic titles) as in the Bắc Kạn
 * plan, or "1.1." and "1.1.1." as in the Bến Tre one. The first two levels are always "I." and "1.".
 */
export type NumberingStyle = 'letters' | 'decimal';

const ROMAN: readonly [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/**
 * Points run in the Vietnamese alphabet, as NĐ 30 Điều 8 itself does: a) b) c) d) đ) e) g) h) i) k) …,
 * with đ and without f, j, w, z.
 */
const LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

function letter(n: number): string {
  const l = LETTERS[n - 1];
  if (l === undefined) throw new DocumentDataError(`Một mục có tối đa ${LETTERS.length} điểm.`);
  return l;
}

/** Four levels are what NĐ 30-style plans use (I. / 1. / 1.1. / 1.1.1.); deeper is a data error. */
const MAX_DEPTH = 4;

interface Heading {
  readonly label: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

function heading(path: readonly number[], style: NumberingStyle): Heading {
  const depth = path.length;
  const last = path[depth - 1] ?? 1;
  if (depth === 1) return { label: `${roman(last)}. `, bold: true, italic: false };
  if (depth === 2) return { label: `${last}. `, bold: true, italic: false };
  if (style === 'decimal') {
    return { label: `${path.slice(1).join('.')}. `, bold: depth === 3, italic: true };
  }
  return { label: depth === 3 ? `${letter(last)}) ` : '', bold: false, italic: true };
}

/** Renders blocks as paragraphs and tables; sections are numbered from `path` (empty at the top). */
export function renderBlocks(
  blocks: readonly Block[],
  style: NumberingStyle,
  path: readonly number[] = [],
): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let sectionNo = 0;
  for (const block of blocks) {
    if (typeof block === 'string') {
      out.push(bodyParagraph(richRuns(block)));
    } else if (block.kind === 'paragraph') {
      out.push(bodyParagraph(richRuns(block.text)));
    } else if (block.kind === 'list') {
      for (const item of block.items) {
        const { text, items = [] } = isListItem(item) ? item : { text: item };
        out.push(bodyParagraph(richRuns(prefixed('- ', text))));
        for (const sub of items) out.push(bodyParagraph(richRuns(prefixed('+ ', sub))));
      }
    } else if (block.kind === 'table') {
      // The empty paragraph after it keeps the next heading off the table's bottom border.
      out.push(
        renderTable(block.columns, block.rows),
        new Paragraph({ spacing: { after: pt(6) } }),
      );
    } else {
      sectionNo += 1;
      const here = [...path, sectionNo];
      if (here.length > MAX_DEPTH) {
        throw new DocumentDataError(`Văn bản chỉ có tối đa ${MAX_DEPTH} cấp đề mục.`);
      }
      const h = heading(here, style);
      if (block.kind === 'item') {
        out.push(bodyParagraph(richRuns(prefixed(h.label, block.text))));
        continue;
      }
      const title = here.length === 1 ? upperText(block.title) : block.title;
      out.push(
        bodyParagraph(richRuns(prefixed(h.label, title), { bold: h.bold, italic: h.italic }), {
          keepNext: true,
        }),
      );
      out.push(...renderBlocks(block.blocks, style, here));
    }
  }
  return out;
}

function isListItem(item: RichText | ListItem): item is ListItem {
  return typeof item === 'object' && !Array.isArray(item) && 'text' in item;
}

function upperText(text: RichText): RichText {
  if (typeof text === 'string') return upper(text);
  return text.map((p) =>
    typeof p === 'string' ? upper(p) : 'text' in p ? { ...p, text: upper(p.text) } : p,
  );
}

/** Tables are set a point smaller than the body (13 pt) so a row of figures stays on one line. */
const TABLE_SIZE = 13;

function renderTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly RichText[])[],
): Table {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => Math.round((TEXT_WIDTH * c.weight) / total));
  const border = { style: BorderStyle.SINGLE, size: RULE_SIZE, color: '000000' };
  const cell = (text: RichText, i: number, head: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [
        new Paragraph({
          alignment: head ? AlignmentType.CENTER : ALIGN[columns[i]?.align ?? 'left'],
          spacing: { before: pt(3), after: pt(3) },
          children: richRuns(text, { size: TABLE_SIZE, bold: head }),
        }),
      ],
    });
  for (const r of rows) {
    if (r.length !== columns.length) {
      throw new DocumentDataError(
        `Mỗi dòng của bảng phải có ${columns.length} ô (một dòng có ${r.length}).`,
      );
    }
  }
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c.header, i, true)) }),
      ...rows.map(
        (r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, i, false)) }),
      ),
    ],
  });
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/**
 * Closes the last words of the body with the format's end mark ("./." in NĐ 30 documents, "." in Party
 * ones), wherever they are: a paragraph, the last bullet, or the end of the last section.
 */
export function withEndMark(blocks: readonly Block[], mark: string): readonly Block[] {
  if (blocks.length === 0) return blocks;
  const head = blocks.slice(0, -1);
  const last = blocks[blocks.length - 1] as Block;
  if (typeof last === 'string') return [...head, closeText(last, mark) as string];
  switch (last.kind) {
    case 'paragraph':
    case 'item':
      return [...head, { ...last, text: closeText(last.text, mark) }];
    case 'list': {
      const items = last.items.slice(0, -1);
      const tail = last.items[last.items.length - 1];
      if (tail === undefined) return blocks;
      const marked = isListItem(tail)
        ? tail.items?.length
          ? {
              ...tail,
              items: [...tail.items.slice(0, -1), closeText(tail.items.at(-1) as RichText, mark)],
            }
          : { ...tail, text: closeText(tail.text, mark) }
        : closeText(tail, mark);
      return [...head, { ...last, items: [...items, marked] }];
    }
    case 'section':
      return [...head, { ...last, blocks: withEndMark(last.blocks, mark) }];
    case 'table':
      // A table cannot carry the mark: it goes on a line of its own after it.
      return [...blocks, mark];
  }
}
