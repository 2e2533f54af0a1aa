import { citedDate } from '../documents/numbering';
import { LEGAL_DOCUMENT_KINDS, type LegalDocumentKind } from './legal-documents';

/** What a citation needs of a registry document. */
export interface CitedDocument {
  kind: LegalDocumentKind;
  number: string;
  issuedOn: string | null;
  issuingBody: string;
  title: string | null;
}

/**
 * A document as a căn cứ cites it. A law is cited by its name: "Luật Thi đua, khen thưởng số
 * 06/2022/QH15 ngày 15/6/2022" (its title already says what it is, and "của Quốc hội Luật …" read
 * wrong in the seeds' prints); anything else by kind, number, date, issuer and its trích yếu in lower
 * case after the issuer: "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục …".
 */
export function legalCitation(d: CitedDocument): string {
  const kind = LEGAL_DOCUMENT_KINDS[d.kind];
  const date = d.issuedOn ? `ngày ${citedDate(d.issuedOn)}` : '';
  const title = d.title?.trim() ?? '';
  if (title && title.toLocaleLowerCase('vi-VN').startsWith(kind.toLocaleLowerCase('vi-VN'))) {
    return [title, `số ${d.number}`, date].filter(Boolean).join(' ');
  }
  return [
    `${kind} số ${d.number}`,
    date,
    `của ${d.issuingBody}`,
    title ? title.charAt(0).toLocaleLowerCase('vi-VN') + title.slice(1) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
