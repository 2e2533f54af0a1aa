import type { UnitTree } from '@thidua/shared-domain';
import {
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { formatRules } from './format';
import { numberLine, placeAndDate, type DocumentDate, type DocumentKind } from './identity';
import { TEXT_WIDTH, pt } from './layout';
import { centred, rule, run, textWidth, upper } from './text';

/** Who issues a document: the body and, above it, the body it belongs to (cơ quan chủ quản / cấp trên). */
export interface Issuer {
  readonly tree: UnitTree;
  /** "UBND tỉnh Bắc Kạn", "Đảng bộ tỉnh Hải Dương"; absent for a body with none above it in the header. */
  readonly parentBody?: string;
  /** "Văn phòng", "Tỉnh ủy Bến Tre". Written in capitals; a "\n" breaks the line where the body wants it. */
  readonly body: string;
  /** The issuer's part of the number: "VP" in "Số: 12/KH-VP", "TU" in "Số 12-KH/TU". */
  readonly code: string;
}

export interface HeaderData {
  readonly issuer: Issuer;
  readonly kind: DocumentKind;
  readonly number: number | null;
  readonly place: string;
  readonly date: DocumentDate;
  /**
   * No number line: a báo cáo thành tích of a person is signed by that person, not entered in the unit's
   * register (domain reference §1.3), so its left column holds the names only.
   */
  readonly unnumbered?: boolean;
}

/**
 * The left column holds the names and the number, the right the Quốc hiệu (or the Party's title) and the
 * date: 40/60 of the 165 mm text width. With no cell margins the right column is 99 mm, room for the
 * 13 pt Quốc hiệu (about 96 mm).
 */
const LEFT = Math.round(TEXT_WIDTH * 0.4);
const RIGHT = TEXT_WIDTH - LEFT;

/** NĐ 30: the rule under the issuer is 1/3 to 1/2 of the name's length; 40 % sits in between. */
const ISSUER_RULE_SHARE = 0.4;

/** The two-column header (Phụ lục I, ô 1–4; HD 36 Phụ lục 1, ô 1–4), as a borderless table. */
export function documentHeader(data: HeaderData): Table {
  const { issuer } = data;
  const rules = formatRules(issuer.tree);
  const lines = (text: string) => upper(text).split('\n');

  const left: Paragraph[] = [];
  if (issuer.parentBody) {
    for (const line of lines(issuer.parentBody)) {
      left.push(centred([run(line, { size: rules.parentBodySize })]));
    }
  }
  const bodyLines = lines(issuer.body);
  for (const line of bodyLines) {
    left.push(centred([run(line, { size: rules.issuingBodySize, bold: true })]));
  }
  if (rules.underIssuer === 'rule') {
    const longest = Math.max(...bodyLines.map((l) => textWidth(l, rules.issuingBodySize, true)));
    left.push(rule(Math.min(longest, LEFT) * ISSUER_RULE_SHARE, LEFT, pt(6)));
  } else {
    left.push(centred([run('*', { size: rules.issuingBodySize })]));
  }
  const right: Paragraph[] = [];
  rules.motto.forEach((line, i) => {
    right.push(centred([run(line.text, { size: line.size, bold: true })]));
    if (i === rules.motto.length - 1) {
      right.push(rule(textWidth(line.text, line.size, true), RIGHT, pt(6)));
    }
  });
  const number = data.unnumbered
    ? centred([])
    : centred([
        run(numberLine(issuer.tree, data.kind, issuer.code, data.number), {
          size: rules.numberSize,
        }),
      ]);
  const date = centred([
    run(placeAndDate(data.place, data.date), { size: rules.dateSize, italic: true }),
  ]);

  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    // Two rows, so that the number always stands level with the date whatever the names' length.
    rows: [row(left, right), row([number], [date])],
  });
}

function row(left: Paragraph[], right: Paragraph[]): TableRow {
  return new TableRow({
    children: [
      new TableCell({
        width: { size: LEFT, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.TOP,
        children: left,
      }),
      new TableCell({
        width: { size: RIGHT, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.TOP,
        children: right,
      }),
    ],
  });
}
