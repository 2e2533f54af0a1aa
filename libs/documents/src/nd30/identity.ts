import {
  ADMINISTRATIVE_DOCUMENT_KINDS,
  documentSymbol,
  isIsoDate,
  type AdministrativeDocumentKind,
  type IsoDate,
  type UnitTree,
} from '@thidua/shared-domain';
import { formatRules } from './format';
import { DocumentDataError, upper } from './text';

/** The kinds and their abbreviations are shared-domain's (NĐ 30 Phụ lục III), as the number register uses them. */
export type DocumentKind = AdministrativeDocumentKind;

/** Tên loại as printed: "KẾ HOẠCH". */
export function kindTitle(kind: DocumentKind): string {
  return upper(ADMINISTRATIVE_DOCUMENT_KINDS[kind].name);
}

/**
 * The day a document is issued. A draft printed for signature carries only the year (and often the
 * month): the number and the day are filled in when it is issued (NĐ 30 Điều 15), as in the Bắc Kạn
 * plan ("Số:      /KH-VP", "ngày      tháng 9 năm 2024").
 */
export type DocumentDate = IsoDate | { readonly year: number; readonly month?: number };

/** Room left on a draft for the number or day written in at issue. */
const BLANK = '\u00a0'.repeat(6);

/** Days and the months 1 and 2 below 10 take a leading zero (Phụ lục I; HD 36 alike). */
export function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * "Số: 05/KH-UBND", "Số 12-KH/TU", or with the number left blank on a draft. The symbol is the number
 * register's (`documentSymbol`); a draft's blank takes the place of the number, which opens the symbol
 * in both forms.
 */
export function numberLine(
  tree: UnitTree,
  kind: DocumentKind,
  issuerCode: string,
  number: number | null,
): string {
  const symbol =
    number === null
      ? documentSymbol({ tree, kind, issuer: issuerCode, number: 1 }).replace(/^01/, BLANK)
      : documentSymbol({ tree, kind, issuer: issuerCode, number });
  return `${formatRules(tree).numberPrefix} ${symbol}`;
}

/** "Bắc Kạn, ngày 05 tháng 8 năm 2024"; months 1 and 2 are written 01 and 02, the others as they are. */
export function placeAndDate(place: string, date: DocumentDate): string {
  if (typeof date === 'string') {
    if (!isIsoDate(date)) throw new DocumentDataError(`Ngày ban hành không hợp lệ: "${date}".`);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return `${place}, ngày ${twoDigits(d)} tháng ${monthText(m)} năm ${y}`;
  }
  const month = date.month === undefined ? BLANK : monthText(date.month);
  return `${place}, ngày ${BLANK} tháng ${month} năm ${date.year}`;
}

function monthText(month: number): string {
  if (!(Number.isInteger(month) && month >= 1 && month <= 12)) {
    throw new DocumentDataError(`Tháng ban hành không hợp lệ: ${month}.`);
  }
  return month <= 2 ? twoDigits(month) : String(month);
}
