import { describe, expect, it } from 'vitest';
import {
  LEGAL_DOCUMENT_KINDS,
  legalDateProblems,
  legalDocumentName,
  legalDocumentStatus,
  normalizeLegalNumber,
} from './legal-documents';
import { NATIONAL_LEGAL_DOCUMENTS } from './national-documents';
import { TEXT_LIMITS } from '../text/field-rules';

describe('legal documents', () => {
  it('names a document as a căn cứ does, and keeps its number in one spelling', () => {
    expect(legalDocumentName({ kind: 'NGHI_DINH', number: '152/2025/NĐ-CP' })).toBe(
      'Nghị định số 152/2025/NĐ-CP',
    );
    expect(legalDocumentName({ kind: 'KHAC', number: '12/UBND-VP' })).toBe('Văn bản số 12/UBND-VP');
    expect(normalizeLegalNumber('  01- KL/TW ')).toBe('01-KL/TW');
    expect(normalizeLegalNumber('645 / KH -  UBND')).toBe('645/KH-UBND');
  });

  it('tells the status on a day: NĐ 98/2023 until 30/06/2025, NĐ 152/2025 from 01/07/2025', () => {
    const nd98 = {
      issuedOn: '2023-12-31',
      effectiveFrom: null,
      effectiveTo: '2025-06-30',
      replacedById: 'nd152',
    };
    const nd152 = {
      issuedOn: '2025-06-14',
      effectiveFrom: '2025-07-01',
      effectiveTo: null,
      replacedById: null,
    };
    expect(legalDocumentStatus(nd98, '2025-06-30')).toBe('IN_FORCE');
    expect(legalDocumentStatus(nd98, '2025-07-01')).toBe('REPLACED');
    expect(legalDocumentStatus(nd152, '2025-06-30')).toBe('NOT_YET_IN_FORCE');
    expect(legalDocumentStatus(nd152, '2025-07-01')).toBe('IN_FORCE');
    expect(legalDocumentStatus({ ...nd98, replacedById: null }, '2025-07-01')).toBe('EXPIRED');
    // replaced without a known last day: replaced from the moment it is marked
    expect(legalDocumentStatus({ ...nd98, effectiveTo: null }, '2024-03-01')).toBe('REPLACED');
  });

  it('checks the dates in one place for the API and the form', () => {
    const today = '2025-08-01';
    expect(
      legalDateProblems(
        { issuedOn: '2025-09-01', effectiveFrom: '2025-07-01', effectiveTo: '2025-06-30' },
        today,
      ),
    ).toEqual([
      { field: 'issuedOn', problem: 'futureIssue' },
      { field: 'effectiveTo', problem: 'endBeforeStart' },
    ]);
    expect(
      legalDateProblems(
        { issuedOn: '2025-07-01', effectiveFrom: null, effectiveTo: '2025-06-30' },
        today,
      ),
    ).toEqual([{ field: 'effectiveTo', problem: 'endBeforeIssue' }]);
    // a retroactive effect is allowed; a one-day document too
    expect(
      legalDateProblems(
        { issuedOn: '2025-07-01', effectiveFrom: '2025-01-01', effectiveTo: '2025-07-01' },
        today,
      ),
    ).toEqual([]);
  });

  it('ships national documents that hold together', () => {
    const numbers = NATIONAL_LEGAL_DOCUMENTS.map((d) => d.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const doc of NATIONAL_LEGAL_DOCUMENTS) {
      expect(doc.kind in LEGAL_DOCUMENT_KINDS).toBe(true);
      expect(normalizeLegalNumber(doc.number)).toBe(doc.number);
      expect((doc.title ?? '').length).toBeLessThanOrEqual(TEXT_LIMITS.legalTitle);
      expect(legalDateProblems(doc, '2026-12-31')).toEqual([]);
      if (doc.replacedBy) expect(numbers).toContain(doc.replacedBy);
    }
    const nd98 = NATIONAL_LEGAL_DOCUMENTS.find((d) => d.number === '98/2023/NĐ-CP');
    expect(nd98).toMatchObject({ effectiveTo: '2025-06-30', replacedBy: '152/2025/NĐ-CP' });
  });
});
