import {
  cleanText,
  parseCell,
  parseDateText,
  parseIntegerText,
  toRawCell,
  type RawCell,
} from './excel-cells';
import type { ExcelColumn } from './excel-columns';

const text = (value: string): RawCell => ({ kind: 'text', text: value });
const column = (type: ExcelColumn['type'], extra: Partial<ExcelColumn> = {}): ExcelColumn => ({
  key: 'k',
  header: 'Cột',
  type,
  ...extra,
});

describe('toRawCell', () => {
  it('reduces every exceljs value shape', () => {
    expect(toRawCell(null)).toEqual({ kind: 'blank' });
    expect(toRawCell(undefined)).toEqual({ kind: 'blank' });
    expect(toRawCell('a')).toEqual(text('a'));
    expect(toRawCell(3)).toEqual({ kind: 'number', value: 3 });
    expect(toRawCell(Number.NaN)).toEqual({ kind: 'error', error: '#NUM!' });
    expect(toRawCell(false)).toEqual({ kind: 'boolean', value: false });
    expect(toRawCell(new Date(0))).toEqual({ kind: 'date', value: new Date(0) });
    expect(toRawCell(new Date(Number.NaN))).toEqual({ kind: 'error', error: '#VALUE!' });
    expect(toRawCell({ richText: [{ text: 'Sở ' }, { text: 'Nội vụ' }, { bogus: 1 }] })).toEqual(
      text('Sở Nội vụ'),
    );
    expect(toRawCell({ text: 'link', hyperlink: 'https://x.vn' })).toEqual(text('link'));
    expect(toRawCell({ text: { richText: [{ text: 'rich link' }] }, hyperlink: 'x' })).toEqual(
      text('rich link'),
    );
    expect(toRawCell({ formula: 'A1', result: 7 })).toEqual({ kind: 'number', value: 7 });
    expect(toRawCell({ sharedFormula: 'A1', result: 'x' })).toEqual(text('x'));
    expect(toRawCell({ formula: 'A1' })).toEqual({ kind: 'formula-without-result' });
    expect(toRawCell({ formula: 'A1', result: { error: '#N/A' } })).toEqual({
      kind: 'error',
      error: '#N/A',
    });
    expect(toRawCell({ error: '#REF!' })).toEqual({ kind: 'error', error: '#REF!' });
    expect(toRawCell({ something: 'else' })).toEqual({ kind: 'blank' });
  });
});

describe('text parsing', () => {
  it('cleans text', () => {
    expect(cleanText('  \u00a0Hà Nội\u200b\t')).toBe('Hà Nội');
    expect(cleanText('Hà Nội'.normalize('NFD'))).toBe('Hà Nội'.normalize('NFC'));
  });

  it('parses dates in the accepted shapes only, rejecting impossible days', () => {
    expect(parseDateText('05/03/2025')).toBe('2025-03-05');
    expect(parseDateText('5/3/2025')).toBe('2025-03-05');
    expect(parseDateText('05-03-2025')).toBe('2025-03-05');
    expect(parseDateText('05.03.2025')).toBe('2025-03-05');
    expect(parseDateText('2025-03-05')).toBe('2025-03-05');
    expect(parseDateText('29/02/2024')).toBe('2024-02-29');
    expect(parseDateText('29/02/2025')).toBeNull();
    expect(parseDateText('31/02/1990')).toBeNull();
    expect(parseDateText('31/04/1990')).toBeNull();
    expect(parseDateText('00/01/1990')).toBeNull();
    expect(parseDateText('01/13/1990')).toBeNull();
    expect(parseDateText('05/03/25')).toBeNull();
    expect(parseDateText('05/03/0225')).toBeNull();
    expect(parseDateText('2025-03-05T10:00:00Z')).toBeNull();
    expect(parseDateText('hôm nay')).toBeNull();
  });

  it('parses integers with Vietnamese or English grouping', () => {
    expect(parseIntegerText('12')).toBe(12);
    expect(parseIntegerText('-3')).toBe(-3);
    expect(parseIntegerText('1.200')).toBe(1200);
    expect(parseIntegerText('35.000.000')).toBe(35_000_000);
    expect(parseIntegerText('1,200')).toBe(1200);
    expect(parseIntegerText('1 200')).toBe(1200);
    expect(parseIntegerText('1.5')).toBeNull();
    expect(parseIntegerText('1.2000')).toBeNull();
    expect(parseIntegerText('1.200,5')).toBeNull();
    expect(parseIntegerText('12a')).toBeNull();
    expect(parseIntegerText('99999999999999999999')).toBeNull();
  });
});

describe('parseCell', () => {
  it('treats blanks by type: null, false for booleans, a problem when required', () => {
    expect(parseCell({ kind: 'blank' }, column('text'))).toEqual({ value: null });
    expect(parseCell(text('   '), column('date'))).toEqual({ value: null });
    expect(parseCell({ kind: 'blank' }, column('boolean', { required: true }))).toEqual({
      value: false,
    });
    expect(parseCell({ kind: 'blank' }, column('text', { required: true }))).toEqual({
      value: null,
      problem: 'không được để trống.',
    });
  });

  it('reads text from numbers, dates and booleans, and enforces maxLength in characters', () => {
    expect(parseCell({ kind: 'number', value: 12 }, column('text'))).toEqual({ value: '12' });
    expect(
      parseCell({ kind: 'date', value: new Date(Date.UTC(2025, 2, 5)) }, column('text')),
    ).toEqual({
      value: '05/03/2025',
    });
    expect(parseCell(text('Đắk Lắk'), column('text', { maxLength: 7 }))).toEqual({
      value: 'Đắk Lắk',
    });
    expect(parseCell(text('Đắk Lắkk'), column('text', { maxLength: 7 })).problem).toBe(
      'dài 8 ký tự, vượt quá 7 ký tự cho phép.',
    );
  });

  it('reads dates from date cells and text, refusing numbers and out-of-range years', () => {
    expect(
      parseCell({ kind: 'date', value: new Date(Date.UTC(1990, 7, 15, 23, 59)) }, column('date')),
    ).toEqual({
      value: '1990-08-15',
    });
    expect(parseCell(text('15/8/1990'), column('date'))).toEqual({ value: '1990-08-15' });
    expect(parseCell({ kind: 'number', value: 45_000 }, column('date')).problem).toBe(
      '"45000" không phải ngày hợp lệ (dd/mm/yyyy).',
    );
    // A time-only cell is a date on 30/12/1899 for exceljs.
    expect(
      parseCell({ kind: 'date', value: new Date(Date.UTC(1899, 11, 30, 8, 30)) }, column('date'))
        .problem,
    ).toBe('"30/12/1899" không phải ngày hợp lệ (dd/mm/yyyy).');
  });

  it('reads booleans in Vietnamese and English forms', () => {
    for (const yes of ['Có', 'co', 'CÓ', 'x', 'X', 'true', 'TRUE', '1', 'đúng', 'yes']) {
      expect([yes, parseCell(text(yes), column('boolean')).value]).toEqual([yes, true]);
    }
    for (const no of ['Không', 'khong', 'false', '0', 'sai', 'no']) {
      expect([no, parseCell(text(no), column('boolean')).value]).toEqual([no, false]);
    }
    expect(parseCell({ kind: 'boolean', value: true }, column('boolean'))).toEqual({ value: true });
    expect(parseCell({ kind: 'number', value: 0 }, column('boolean'))).toEqual({ value: false });
    expect(parseCell({ kind: 'number', value: 2 }, column('boolean')).value).toBeNull();
  });

  it('reads integers, refusing fractions and unsafe numbers', () => {
    expect(parseCell({ kind: 'number', value: 4 }, column('integer'))).toEqual({ value: 4 });
    expect(parseCell(text('1.200'), column('integer'))).toEqual({ value: 1200 });
    expect(parseCell({ kind: 'number', value: 4.5 }, column('integer')).problem).toBe(
      '"4.5" không phải số nguyên.',
    );
    expect(parseCell({ kind: 'number', value: 2 ** 60 }, column('integer')).value).toBeNull();
    expect(parseCell({ kind: 'boolean', value: true }, column('integer')).value).toBeNull();
  });

  it('reads enums by label or code, accents and case ignored, listing the labels when wrong', () => {
    const kinds = column('enum', { enumValues: { 'Xã, phường': 'COMMUNE', 'Thị trấn': 'TOWN' } });
    expect(parseCell(text('xa, PHUONG'), kinds)).toEqual({ value: 'COMMUNE' });
    expect(parseCell(text('town'), kinds)).toEqual({ value: 'TOWN' });
    expect(parseCell(text('Thi tran'), kinds)).toEqual({ value: 'TOWN' });
    expect(parseCell(text('Huyện'), kinds).problem).toBe(
      '"Huyện" không có trong danh sách cho phép: Xã, phường, Thị trấn.',
    );
    const long = 'y'.repeat(80);
    expect(parseCell(text(long), kinds).problem).toContain(`"${'y'.repeat(50)}…"`);
  });

  it('reports error cells and formulas that were never calculated', () => {
    expect(parseCell({ kind: 'error', error: '#N/A' }, column('text')).problem).toBe(
      'ô có lỗi công thức (#N/A).',
    );
    expect(parseCell({ kind: 'formula-without-result' }, column('text')).problem).toMatch(
      /chưa được tính/,
    );
  });
});
