import { isIsoDate, type IsoDate } from '../org/dates';

/**
 * Legal and guiding documents that campaigns, dossiers, decisions and restructurings cite as căn cứ.
 * Kinds are the names officers read in a căn cứ ("Nghị định số 152/2025/NĐ-CP"), in the order of a
 * căn cứ paragraph: laws first, then decrees, Party texts, plans and guidance. Codes are stored and
 * part of the public API: add, never rename.
 */
export const LEGAL_DOCUMENT_KINDS = {
  LUAT: 'Luật',
  PHAP_LENH: 'Pháp lệnh',
  NGHI_QUYET: 'Nghị quyết',
  NGHI_DINH: 'Nghị định',
  QUYET_DINH: 'Quyết định',
  THONG_TU: 'Thông tư',
  CHI_THI: 'Chỉ thị',
  KET_LUAN: 'Kết luận',
  QUY_DINH: 'Quy định',
  CHUONG_TRINH: 'Chương trình',
  KE_HOACH: 'Kế hoạch',
  HUONG_DAN: 'Hướng dẫn',
  THONG_BAO: 'Thông báo',
  CONG_VAN: 'Công văn',
  KHAC: 'Văn bản khác',
} as const satisfies Record<string, string>;

export type LegalDocumentKind = keyof typeof LEGAL_DOCUMENT_KINDS;

export const ALL_LEGAL_DOCUMENT_KINDS = Object.keys(LEGAL_DOCUMENT_KINDS) as LegalDocumentKind[];

/** "Nghị định số 152/2025/NĐ-CP", "Văn bản số 12/UBND-VP": how a căn cứ names a document. */
export function legalDocumentName(doc: { kind: LegalDocumentKind; number: string }): string {
  const kind = doc.kind === 'KHAC' ? 'Văn bản' : LEGAL_DOCUMENT_KINDS[doc.kind];
  return `${kind} số ${doc.number}`;
}

/**
 * A số/ký hiệu as the registry keeps it: trimmed, inner runs of spaces made one, and no space around
 * "/" or "-" ("01- KL/TW", as one of the seeds' plans writes it, is "01-KL/TW").
 */
export function normalizeLegalNumber(value: string): string {
  return value
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s*([/-])\s*/g, '$1');
}

/** Where a document stands on a day. */
export type LegalDocumentStatus = 'IN_FORCE' | 'NOT_YET_IN_FORCE' | 'EXPIRED' | 'REPLACED';

export const LEGAL_DOCUMENT_STATUSES: Record<LegalDocumentStatus, string> = {
  IN_FORCE: 'Còn hiệu lực',
  NOT_YET_IN_FORCE: 'Chưa có hiệu lực',
  EXPIRED: 'Hết hiệu lực',
  REPLACED: 'Đã được thay thế',
};

export interface LegalDocumentDates {
  issuedOn: IsoDate | null;
  effectiveFrom: IsoDate | null;
  /** The last day in force (inclusive): NĐ 98/2023 is in force to 30/06/2025, NĐ 152/2025 from 01/07/2025. */
  effectiveTo: IsoDate | null;
}

/**
 * The day a document starts to apply: its effective date, else its issue date (a document cannot
 * apply before it exists), else unknown (null: treated as already in force, the registry cannot tell).
 */
export function legalDocumentStart(doc: LegalDocumentDates): IsoDate | null {
  return doc.effectiveFrom ?? doc.issuedOn;
}

/**
 * Status on `day`: replaced once it has a replacement and its last day (if known) has passed; expired
 * past its last day; not yet in force before its start. The API's list filter `effectiveOn` and
 * `includeReplaced` apply the same rules in SQL (LegalService).
 */
export function legalDocumentStatus(
  doc: LegalDocumentDates & { replacedById: string | null },
  day: IsoDate,
): LegalDocumentStatus {
  const ended = doc.effectiveTo !== null && doc.effectiveTo < day;
  if (doc.replacedById !== null && (doc.effectiveTo === null || ended)) return 'REPLACED';
  if (ended) return 'EXPIRED';
  const start = legalDocumentStart(doc);
  if (start !== null && start > day) return 'NOT_YET_IN_FORCE';
  return 'IN_FORCE';
}

/** The date rules of a document, one name each. */
export type LegalDateProblem = 'futureIssue' | 'endBeforeStart' | 'endBeforeIssue';

/** What the API and the SPA say for each. */
export const LEGAL_DATE_MESSAGES: Record<LegalDateProblem, string> = {
  futureIssue: 'Ngày ban hành không được sau ngày hôm nay.',
  endBeforeStart: 'Ngày hết hiệu lực không được trước ngày có hiệu lực.',
  endBeforeIssue: 'Ngày hết hiệu lực không được trước ngày ban hành.',
};

/**
 * A document's date rules: issued no later than today; its last day in force not before it took
 * effect, nor before it was issued. An effective date before the issue date is allowed (a text may
 * apply retroactively). Dates that are not valid are the caller's own message and are skipped here.
 */
export function legalDateProblems(
  doc: LegalDocumentDates,
  today: IsoDate,
): { field: keyof LegalDocumentDates; problem: LegalDateProblem }[] {
  const out: { field: keyof LegalDocumentDates; problem: LegalDateProblem }[] = [];
  const issued = isDate(doc.issuedOn) ? doc.issuedOn : null;
  const from = isDate(doc.effectiveFrom) ? doc.effectiveFrom : null;
  const to = isDate(doc.effectiveTo) ? doc.effectiveTo : null;
  if (issued && issued > today) out.push({ field: 'issuedOn', problem: 'futureIssue' });
  if (to && from && to < from) out.push({ field: 'effectiveTo', problem: 'endBeforeStart' });
  else if (to && issued && to < issued)
    out.push({ field: 'effectiveTo', problem: 'endBeforeIssue' });
  return out;
}

function isDate(value: string | null | undefined): value is string {
  return typeof value === 'string' && isIsoDate(value);
}
