import { formatNumber, isIsoDate, type IsoDate, type UnitTree } from '@thidua/shared-domain';
import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { formatRules } from '../nd30/format';
import { twoDigits, type DocumentKind } from '../nd30/identity';
import { BODY_SIZE, TEXT_WIDTH, mm, pt } from '../nd30/layout';
import { documentTitle } from '../nd30/title';
import { DocumentDataError, centred, run, upper } from '../nd30/text';
import type { CouncilRole, NamedPerson } from './council-documents';

/**
 * Pieces the council's documents share: the figures (money, shares, times, dates) as the documents
 * write them, the title with its caption line, and a row of signatures with several signers a column.
 */

/** "2.830.000": amounts in đồng with the dot between thousands, as every decision prints them. */
export function moneyText(amount: number): string {
  return formatNumber(amount);
}

/**
 * The share of agreeing votes on the whole membership (§2.7: "tính trên tổng số thành viên"), cut (not
 * rounded) to the hundredth: a printed share must never reach a threshold the vote did not (79,996 %
 * rounded would read 80 %). "88,88%", "77,77%", "100%", "85,5%".
 */
export function shareText(agree: number, total: number): string {
  if (!(Number.isInteger(total) && total > 0)) {
    throw new DocumentDataError(`Tổng số thành viên Hội đồng không hợp lệ: ${total}.`);
  }
  const hundredths = Math.floor((agree * 10_000) / total);
  const whole = Math.floor(hundredths / 100);
  const fraction = String(hundredths % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole},${fraction}%` : `${whole}%`;
}

/** "08 giờ 00 phút" from "08:00" (24-hour), as the Mẫu số 3 writes the times. */
export function timeText(time: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  const h = Number(m?.[1]);
  const min = Number(m?.[2]);
  if (!m || h > 23 || min > 59) {
    throw new DocumentDataError(`Giờ không hợp lệ: "${time}" (cần dạng 08:30).`);
  }
  return `${twoDigits(h)} giờ ${twoDigits(min)} phút`;
}

/** "ngày 06 tháng 10 năm 2025", the months 1 and 2 with a leading zero as in the date line (Phụ lục I). */
export function dayText(date: IsoDate): string {
  if (!isIsoDate(date)) throw new DocumentDataError(`Ngày không hợp lệ: "${date}".`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `ngày ${twoDigits(d)} tháng ${m <= 2 ? twoDigits(m) : String(m)} năm ${y}`;
}

/** A count as officers write it in the body: "07", "12". */
export function countText(n: number): string {
  return twoDigits(n);
}

/** A count the document prints must be a whole number, not negative. */
export function checkCount(n: number, label: string): void {
  if (!(Number.isInteger(n) && n >= 0)) {
    throw new DocumentDataError(`${label} phải là số nguyên không âm (đang là ${n}).`);
  }
}

/** Council roles as the list of members writes them. */
export const COUNCIL_ROLES: Record<CouncilRole, string> = {
  CHAIR: 'Chủ tịch Hội đồng',
  VICE_CHAIR: 'Phó Chủ tịch Hội đồng',
  MEMBER: 'Ủy viên',
  SECRETARY_MEMBER: 'Ủy viên kiêm Thư ký Hội đồng',
};

/** "Đ/c Vũ Đức Chính, Chánh Văn phòng": how the Mẫu số 3 names a person in the minutes. */
export function comrade(p: NamedPerson): string {
  const name = p.name.trim();
  if (!name) throw new DocumentDataError('Có một người chưa ghi họ tên trong biên bản.');
  const title = p.title.trim();
  return title ? `Đ/c ${name}, ${title}` : `Đ/c ${name}`;
}

/**
 * "BIÊN BẢN" / "HỌP HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" / "V/v …": the NĐ 30 title (tên loại, trích yếu and
 * its rule, `documentTitle`) with a caption line in capitals between the kind and the trích yếu, as the
 * Mẫu số 3 and the kiểm phiếu forms print it.
 */
export function titleWithCaption(
  tree: UnitTree,
  kind: DocumentKind,
  caption: string,
  summary: string,
): Paragraph[] {
  const [kindLine, ...rest] = documentTitle(tree, kind, summary);
  const captionLine = centred([
    run(upper(caption), { size: formatRules(tree).kindSize, bold: true }),
  ]);
  return kindLine ? [kindLine, captionLine, ...rest] : [captionLine, ...rest];
}

/** "V/v xét, đề nghị …" whether or not the officer typed "V/v" or "Về việc" already. */
export function vvSummary(subject: string, what: string): string {
  const text = subject.trim().replace(/^(v\/v|về việc)\s*/iu, '');
  if (!text) throw new DocumentDataError(`${what} chưa có trích yếu (V/v …).`);
  return `V/v ${text}`;
}

/** Same room for the signature as the NĐ 30 signature block: four 14 pt lines. */
const SIGNATURE_SPACE = pt(4 * BODY_SIZE * 1.15);

export interface SignerColumn {
  /** "TRƯỞNG BAN KIỂM PHIẾU", "CÁC ỦY VIÊN". */
  readonly caption: string;
  /** Each signs in turn, with room for the signature above the name. */
  readonly names: readonly string[];
}

/**
 * Signers side by side in a borderless table kept on one page, a column each, several names stacked in
 * a column (the ban kiểm phiếu signs with every member): the awards' `signaturePair` has one name a
 * column.
 */
export function signerColumns(columns: readonly SignerColumn[]): (Paragraph | Table)[] {
  const width = Math.floor(TEXT_WIDTH / columns.length);
  const line = (text: string, style: { bold?: boolean; italic?: boolean }, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before, after: 0 },
      children: [run(text, style)],
    });
  const cell = (c: SignerColumn) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.TOP,
      children: [
        line(c.caption, { bold: true }),
        line('(Ký, ghi rõ họ tên)', { italic: true }),
        ...c.names.map((n) => line(n.trim(), { bold: true }, SIGNATURE_SPACE)),
      ],
    });
  return [
    new Paragraph({ spacing: { after: pt(6) }, keepNext: true }),
    new Table({
      width: { size: width * columns.length, type: WidthType.DXA },
      columnWidths: columns.map(() => width),
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      margins: { top: 0, bottom: 0, left: mm(2), right: mm(2) },
      rows: [new TableRow({ cantSplit: true, children: columns.map(cell) })],
    }),
  ];
}
