/**
 * Số và ký hiệu of an issued document (NĐ 30/2020/NĐ-CP, Điều 15 and Phụ lục III; Party documents:
 * Hướng dẫn 36-HD/VPTW). Numbers run in issue order from 01 on 1 January to 31 December, unique per
 * issuing organisation and year (per series: many offices keep one series per kind of document).
 */

/** Kinds of administrative documents and their abbreviations (Phụ lục III, NĐ 30/2020). */
export const ADMINISTRATIVE_DOCUMENT_KINDS = {
  NGHI_QUYET: { abbreviation: 'NQ', name: 'Nghị quyết' },
  QUYET_DINH: { abbreviation: 'QĐ', name: 'Quyết định' },
  CHI_THI: { abbreviation: 'CT', name: 'Chỉ thị' },
  QUY_CHE: { abbreviation: 'QC', name: 'Quy chế' },
  QUY_DINH: { abbreviation: 'QyĐ', name: 'Quy định' },
  THONG_BAO: { abbreviation: 'TB', name: 'Thông báo' },
  HUONG_DAN: { abbreviation: 'HD', name: 'Hướng dẫn' },
  CHUONG_TRINH: { abbreviation: 'CTr', name: 'Chương trình' },
  KE_HOACH: { abbreviation: 'KH', name: 'Kế hoạch' },
  PHUONG_AN: { abbreviation: 'PA', name: 'Phương án' },
  DE_AN: { abbreviation: 'ĐA', name: 'Đề án' },
  BAO_CAO: { abbreviation: 'BC', name: 'Báo cáo' },
  BIEN_BAN: { abbreviation: 'BB', name: 'Biên bản' },
  TO_TRINH: { abbreviation: 'TTr', name: 'Tờ trình' },
  GIAY_MOI: { abbreviation: 'GM', name: 'Giấy mời' },
} as const;

export type AdministrativeDocumentKind = keyof typeof ADMINISTRATIVE_DOCUMENT_KINDS;

/** Which tree issues the document: the Party writes "Số 12-KH/TU", the State "Số: 12/KH-UBND". */
export type IssuingTree = 'GOVERNMENT' | 'PARTY' | 'FRONT';

/** A document number as printed: at least two digits ("01", "12", "125"). */
export function documentNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Số văn bản không hợp lệ: ${n}`);
  return String(n).padStart(2, '0');
}

/**
 * The number and symbol as they follow "Số:" (or "Số" in a Party document):
 * - State and Front: `12/KH-UBND`, a normative document with its year `86/2025/QĐ-UBND`;
 * - Party: `12-KH/TU`.
 */
export function documentSymbol(input: {
  tree: IssuingTree;
  number: number;
  kind: AdministrativeDocumentKind;
  /** The issuing body's abbreviation: "UBND", "SNV", "TU", "ĐU". */
  issuer: string;
  /** Only for legal normative documents, which carry their year: `86/2025/QĐ-UBND`. */
  year?: number;
}): string {
  const n = documentNumber(input.number);
  const kind = ADMINISTRATIVE_DOCUMENT_KINDS[input.kind].abbreviation;
  if (input.tree === 'PARTY') return `${n}-${kind}/${input.issuer}`;
  return input.year ? `${n}/${input.year}/${kind}-${input.issuer}` : `${n}/${kind}-${input.issuer}`;
}

/**
 * A date as a citation writes it: "07/4/2014", "15/6/2022", "05/01/2025" — days below 10 and the
 * months 1 and 2 with a leading zero, as in the document's own date line (NĐ 30/2020 Phụ lục I).
 */
export function citedDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${two(d)}/${m < 3 ? two(m) : String(m)}/${y}`;
}
