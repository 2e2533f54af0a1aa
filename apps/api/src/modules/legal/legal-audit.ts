import { legalDocumentName, type IsoDate, type LegalDocumentKind } from '@thidua/shared-domain';
import type { AuditTarget } from '../../core/audit/audit.writer';

/**
 * What a legal document's audit rows are about (ADR 0010): a local document is scoped by the unit that
 * issued it, a national one is global (its rows are read by global AUDIT_READ holders only), and the
 * label is its name in a căn cứ ("Nghị định số 152/2025/NĐ-CP").
 */
export function legalDocumentTarget(doc: {
  id: string;
  kind: LegalDocumentKind;
  number: string;
  issuerUnitId: string | null;
}): AuditTarget {
  return {
    entityType: 'LegalDocument',
    entityId: doc.id,
    label: legalDocumentName(doc),
    scopeUnitId: doc.issuerUnitId,
  };
}

/**
 * A document as the audit log records it. The trích yếu is `summary` there: the log's field labels are
 * shared by every record, and `title` already reads "Chức vụ" (a post's title).
 */
export interface LegalDocumentAuditView {
  number: string;
  kind: LegalDocumentKind;
  issuingBody: string;
  issuerUnitId: string | null;
  issuedOn: IsoDate | null;
  summary: string | null;
  effectiveFrom: IsoDate | null;
  effectiveTo: IsoDate | null;
  replacedById: string | null;
  note: string | null;
}

/** The fields a create or an edit records (the replacement has its own operation). */
export const LEGAL_DOCUMENT_AUDIT_FIELDS = [
  'number',
  'kind',
  'issuingBody',
  'issuerUnitId',
  'issuedOn',
  'summary',
  'effectiveFrom',
  'effectiveTo',
  'note',
] as const satisfies readonly (keyof LegalDocumentAuditView)[];

/** The fields `legalDocument.replace` records. */
export const LEGAL_REPLACEMENT_AUDIT_FIELDS = [
  'replacedById',
  'effectiveTo',
] as const satisfies readonly (keyof LegalDocumentAuditView)[];

export function legalDocumentAuditView(doc: {
  number: string;
  kind: LegalDocumentKind;
  issuingBody: string;
  issuerUnitId: string | null;
  issuedOn: IsoDate | null;
  title: string | null;
  effectiveFrom: IsoDate | null;
  effectiveTo: IsoDate | null;
  replacedById: string | null;
  note: string | null;
}): LegalDocumentAuditView {
  return {
    number: doc.number,
    kind: doc.kind,
    issuingBody: doc.issuingBody,
    issuerUnitId: doc.issuerUnitId,
    issuedOn: doc.issuedOn,
    summary: doc.title,
    effectiveFrom: doc.effectiveFrom,
    effectiveTo: doc.effectiveTo,
    replacedById: doc.replacedById,
    note: doc.note,
  };
}
