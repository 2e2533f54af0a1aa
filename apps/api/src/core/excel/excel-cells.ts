import { foldVietnamese } from '@thidua/shared-domain';
import { INVALID_TEXT_MESSAGE, isSafeText, replaceUnsafeText } from '../validation/text-guard';
import {
  enumLabelList,
  enumLookup,
  type ExcelColumn,
  type ExcelValueByType,
} from './excel-columns';

/** A cell value as exceljs hands it over, reduced to what an import cares about. */
export type RawCell =
  | { kind: 'blank' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'error'; error: string }
  | { kind: 'formula-without-result' };

export type ParsedValue = ExcelValueByType[keyof ExcelValueByType] | null;

/** The parsed value, or the problem (Vietnamese, without the row/column prefix) and a null value. */
export interface ParsedCell {
  value: ParsedValue;
  problem?: string;
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const SHOWN_CHARS = 50;
const SHOWN_ENUM_LABELS = 12;

const TRUE_WORDS = new Set(['co', 'x', 'true', '1', 'yes', 'y', 'dung']);
const FALSE_WORDS = new Set(['khong', 'false', '0', 'no', 'n', 'sai']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function richTextOf(value: unknown): string | null {
  if (!isRecord(value) || !Array.isArray(value['richText'])) return null;
  return value['richText']
    .map((run: unknown) => (isRecord(run) && typeof run['text'] === 'string' ? run['text'] : ''))
    .join('');
}

/**
 * Reduces an exceljs cell value (string, number, Date, rich text, hyperlink, formula with its cached
 * result, error) to a RawCell. Never throws: anything unrecognised is blank.
 */
export function toRawCell(value: unknown, depth = 0): RawCell {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'error', error: '#NUM!' };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { kind: 'error', error: '#VALUE!' }
      : { kind: 'date', value };
  }
  if (!isRecord(value) || depth > 2) return { kind: 'blank' };
  const rich = richTextOf(value);
  if (rich !== null) return { kind: 'text', text: rich };
  if (typeof value['error'] === 'string') return { kind: 'error', error: value['error'] };
  if ('formula' in value || 'sharedFormula' in value) {
    return value['result'] === undefined
      ? { kind: 'formula-without-result' }
      : toRawCell(value['result'], depth + 1);
  }
  if ('hyperlink' in value || 'text' in value) return toRawCell(value['text'], depth + 1);
  return { kind: 'blank' };
}

/**
 * NFC (Vietnamese typed on some systems arrives decomposed), no zero-width characters, trimmed; a
 * control character or lone surrogate (a cell "_x0000_" reads as NUL) shows as U+FFFD: PostgreSQL
 * refused the NUL when the preview was stored, and the upload ended in INTERNAL_SERVER_ERROR.
 */
export function cleanText(text: string): string {
  return replaceUnsafeText(text)
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .trim();
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** dd/mm/yyyy of an ISO date "yyyy-mm-dd". */
export function isoToDisplayDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** The calendar date exceljs meant: it builds dates from the Excel serial in UTC. */
function dateOfExcelDate(value: Date): string {
  return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
}

/** "yyyy-mm-dd" when year, month and day make a real date in the accepted range. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Parses "dd/mm/yyyy", "d/m/yyyy" (also with "-" or "."), and "yyyy-mm-dd". */
export function parseDateText(text: string): string | null {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dmy) return isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(text);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return null;
}

/** Parses "12", "-3", "1.200", "1,200", "1 200" (grouping by thousands only). */
export function parseIntegerText(text: string): number | null {
  const compact = text.replace(/\s+/g, ' ');
  let digits: string | null = null;
  if (/^[+-]?\d+$/.test(compact)) digits = compact;
  else if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(compact)) digits = compact.replace(/\./g, '');
  else if (/^[+-]?\d{1,3}(,\d{3})+$/.test(compact)) digits = compact.replace(/,/g, '');
  else if (/^[+-]?\d{1,3}( \d{3})+$/.test(compact)) digits = compact.replace(/ /g, '');
  if (digits === null) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}

/** The text a user sees in the cell, for text columns and for messages. */
export function displayText(raw: RawCell): string {
  switch (raw.kind) {
    case 'blank':
    case 'formula-without-result':
      return '';
    case 'text':
      return cleanText(raw.text);
    case 'number':
      return String(raw.value);
    case 'boolean':
      return raw.value ? 'TRUE' : 'FALSE';
    case 'date':
      return isoToDisplayDate(dateOfExcelDate(raw.value));
    case 'error':
      return raw.error;
  }
}

export function isBlankCell(raw: RawCell): boolean {
  return raw.kind === 'blank' || (raw.kind === 'text' && cleanText(raw.text) === '');
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function shown(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}

/** Parses one cell for one column. Precompute `lookup` with `enumLookup` for enum columns. */
export function parseCell(
  raw: RawCell,
  column: ExcelColumn,
  lookup?: Map<string, string>,
): ParsedCell {
  if (raw.kind === 'error') {
    return { value: null, problem: `ô có lỗi công thức (${raw.error}).` };
  }
  if (raw.kind === 'formula-without-result') {
    return {
      value: null,
      problem: 'ô chứa công thức chưa được tính; hãy mở tệp bằng Excel, lưu lại rồi tải lên.',
    };
  }
  if (raw.kind === 'text' && !isSafeText(raw.text)) {
    return { value: null, problem: lowerFirst(INVALID_TEXT_MESSAGE) };
  }
  if (isBlankCell(raw)) {
    if (column.type === 'boolean') return { value: false };
    return column.required ? { value: null, problem: 'không được để trống.' } : { value: null };
  }
  const text = displayText(raw);

  switch (column.type) {
    case 'text': {
      const length = [...text].length;
      if (column.maxLength !== undefined && length > column.maxLength) {
        return {
          value: null,
          problem: `dài ${length} ký tự, vượt quá ${column.maxLength} ký tự cho phép.`,
        };
      }
      return { value: text };
    }
    case 'date': {
      const value =
        raw.kind === 'date'
          ? isoDate(raw.value.getUTCFullYear(), raw.value.getUTCMonth() + 1, raw.value.getUTCDate())
          : raw.kind === 'text'
            ? parseDateText(text)
            : null;
      if (value === null) {
        return { value: null, problem: `"${shown(text)}" không phải ngày hợp lệ (dd/mm/yyyy).` };
      }
      return { value };
    }
    case 'boolean': {
      if (raw.kind === 'boolean') return { value: raw.value };
      const folded = foldVietnamese(text);
      if (TRUE_WORDS.has(folded)) return { value: true };
      if (FALSE_WORDS.has(folded)) return { value: false };
      return {
        value: null,
        problem: `"${shown(text)}" không phải giá trị Có/Không (dùng "Có", "Không", "x" hoặc để trống).`,
      };
    }
    case 'integer': {
      const value =
        raw.kind === 'number'
          ? Number.isSafeInteger(raw.value)
            ? raw.value
            : null
          : raw.kind === 'text'
            ? parseIntegerText(text)
            : null;
      if (value === null) return { value: null, problem: `"${shown(text)}" không phải số nguyên.` };
      return { value };
    }
    case 'enum': {
      const code = (lookup ?? enumLookup(column)).get(foldVietnamese(text));
      if (code === undefined) {
        const labels = enumLabelList(column);
        const list =
          labels.length > SHOWN_ENUM_LABELS
            ? `${labels.slice(0, SHOWN_ENUM_LABELS).join(', ')}, …`
            : labels.join(', ');
        return {
          value: null,
          problem: `"${shown(text)}" không có trong danh sách cho phép: ${list}.`,
        };
      }
      return { value: code };
    }
  }
}
