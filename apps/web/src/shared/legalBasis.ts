import { t } from '../i18n';
import { formatIsoDate } from './dates';

/**
 * The kind of document from its number's abbreviation (Nghị định 30/2020, Phụ lục III):
 * "1656/NQ-UBTVQH15" → "Nghị quyết", "2920/QĐ-UBND" → "Quyết định", "60-NQ/TW" → "Nghị quyết".
 */
export function legalDocumentType(number: string): string {
  const tokens = number.split(/[/-]/).map((part) => part.trim());
  for (const token of tokens) {
    const type = t.legalBasis.types[token];
    if (type) return type;
  }
  return t.legalBasis.fallbackType;
}

/** "Nghị quyết số 1656/NQ-UBTVQH15 ngày 16/06/2025" */
export function legalBasisLabel(number: string, date: string): string {
  return t.legalBasis.label(legalDocumentType(number), number, formatIsoDate(date));
}
