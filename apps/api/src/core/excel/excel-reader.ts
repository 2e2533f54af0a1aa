import type { Row, Worksheet } from 'exceljs';
import { AppError } from '../errors/app-error';
import { parseCell, toRawCell, displayText, isBlankCell, type RawCell } from './excel-cells';
import {
  defineColumns,
  enumLookup,
  foldHeader,
  type ColumnKey,
  type ExcelColumn,
  type ExcelRowValues,
} from './excel-columns';
import { exceljs } from './exceljs';
import { EXCEL_READ_GATE } from './read-gate';
import {
  DEFAULT_XLSX_LIMITS,
  prepareXlsx,
  XLSX_MESSAGES,
  type CellRange,
  type XlsxLimits,
} from './xlsx-package';

export interface ReadSheetOptions {
  /** Data rows accepted (blank rows are not counted). Default 50 000. */
  maxRows?: number;
  /** Size of the uploaded file. Default 20 MB. */
  maxBytes?: number;
  /** Sum of the part sizes the .xlsx declares once uncompressed. Default 200 MB. */
  maxUncompressedBytes?: number;
  /** Uncompressed size of each part read (the sheet, the shared strings…). Default 64 MB. */
  maxPartBytes?: number;
  /** Cells in the sheet (exceljs needs about 650 MB of heap per million). Default 1 000 000. */
  maxCells?: number;
  /** The sheet to read (accents and case ignored). Default: the first visible sheet. */
  sheetName?: string;
}

export interface ExcelReadRow<C extends readonly ExcelColumn[]> {
  /** The row number Excel shows (the header is usually row 1). */
  rowNumber: number;
  /** Every declared key; null when the cell is blank, has a problem or its column is absent. */
  values: ExcelRowValues<C>;
  /** Vietnamese, one per bad cell: 'Dòng 7, cột "Ngày sinh": "31/02/1990" không phải ngày hợp lệ (dd/mm/yyyy).' */
  problems: string[];
  /** The text of each cell that could not be read, as the file shows it (its value is null), cut to
   * REJECTED_TEXT_CHARS characters followed by "…". */
  rejected: Partial<Record<ColumnKey<C>, string>>;
}

export interface ExcelReadResult<C extends readonly ExcelColumn[]> {
  rows: ExcelReadRow<C>[];
  /** Header texts that match no column (their cells are ignored), as typed in the file. */
  unknownHeaders: string[];
  sheetName: string;
  headerRowNumber: number;
}

/**
 * How much of a rejected cell's text is kept for the preview. One shared string is stored once in the
 * file but read into every cell that refers to it: a 32,767-character string in 50 000 rows × 15
 * columns would otherwise be 24 billion characters in the batch stored (and served back) by the import.
 * 200 characters is more than any column's preview shows.
 */
export const REJECTED_TEXT_CHARS = 200;

/** The header is looked for in the first rows, so a title above it (as `writeSheet` puts) is fine. */
export const HEADER_SCAN_ROWS = 10;

const READER_MESSAGES = {
  emptySheet: (sheet: string) => `Trang tính "${sheet}" không có dữ liệu.`,
  noHeader: (sheet: string, columns: readonly ExcelColumn[]) =>
    `Không tìm thấy dòng tiêu đề trong ${HEADER_SCAN_ROWS} dòng đầu của trang tính "${sheet}". ` +
    `Dòng tiêu đề phải có tên các cột, ví dụ: ${columns
      .slice(0, 4)
      .map((column) => `"${column.header}"`)
      .join(', ')}. Vui lòng dùng tệp mẫu.`,
  missingColumns: (columns: ExcelColumn[]) =>
    `Thiếu cột bắt buộc: ${columns.map((column) => `"${column.header}"`).join(', ')}. Vui lòng dùng tệp mẫu.`,
  duplicateColumn: (column: ExcelColumn, first: number, second: number) =>
    `Cột "${column.header}" xuất hiện hai lần trong dòng tiêu đề (cột ${columnLetter(first)} và cột ${columnLetter(second)}). Vui lòng xoá một cột.`,
  noDataRows: (sheet: string) =>
    `Trang tính "${sheet}" chỉ có dòng tiêu đề, chưa có dòng dữ liệu nào.`,
};

function fail(message: string): never {
  throw AppError.field('file', message);
}

/** 1 → "A", 28 → "AB". */
export function columnLetter(column: number): string {
  let result = '';
  let n = column;
  while (n > 0) {
    const rest = (n - 1) % 26;
    result = String.fromCharCode(65 + rest) + result;
    n = Math.floor((n - 1) / 26);
  }
  return result;
}

function cellsOf(row: Row): unknown[] {
  const values = row.values;
  return Array.isArray(values) ? values : [];
}

/** Merged ranges by column, sorted by top row, for the value a slave cell shows. */
class MergeIndex {
  private readonly byColumn = new Map<number, CellRange[]>();

  constructor(merges: readonly CellRange[], columns: Iterable<number>, headerRow: number) {
    for (const col of columns) {
      const ranges = merges
        .filter((m) => m.left <= col && col <= m.right && m.top > headerRow)
        .sort((a, b) => a.top - b.top);
      if (ranges.length > 0) this.byColumn.set(col, ranges);
    }
  }

  /** The merge's top-left cell when (row, col) is inside a merge but is not that cell. */
  masterOf(row: number, col: number): { row: number; col: number } | null {
    const ranges = this.byColumn.get(col);
    if (!ranges) return null;
    let low = 0;
    let high = ranges.length - 1;
    let found: CellRange | null = null;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (ranges[mid].top <= row) {
        found = ranges[mid];
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (!found || found.bottom < row || (found.top === row && found.left === col)) return null;
    return { row: found.top, col: found.left };
  }
}

interface HeaderMatch {
  rowNumber: number;
  /** Excel column number → column. */
  byPosition: Map<number, ExcelColumn>;
  unknownHeaders: string[];
}

function matchHeader(
  row: Row,
  rowNumber: number,
  headerIndex: Map<string, ExcelColumn>,
): HeaderMatch {
  const byPosition = new Map<number, ExcelColumn>();
  const positionOf = new Map<string, number>();
  const unknownHeaders: string[] = [];
  const cells = cellsOf(row);
  for (let col = 1; col < cells.length; col++) {
    const text = displayText(toRawCell(cells[col]));
    if (!text) continue;
    const column = headerIndex.get(foldHeader(text));
    if (!column) {
      unknownHeaders.push(text);
      continue;
    }
    const first = positionOf.get(column.key);
    if (first !== undefined) fail(READER_MESSAGES.duplicateColumn(column, first, col));
    positionOf.set(column.key, col);
    byPosition.set(col, column);
  }
  return { rowNumber, byPosition, unknownHeaders };
}

function findHeader(
  worksheet: Worksheet,
  sheetName: string,
  columns: readonly ExcelColumn[],
): HeaderMatch {
  const headerIndex = new Map<string, ExcelColumn>();
  for (const column of columns) {
    for (const header of [column.header, ...(column.aliases ?? [])]) {
      headerIndex.set(foldHeader(header), column);
    }
  }
  let best: { row: Row; rowNumber: number; score: number } | null = null;
  for (let rowNumber = 1; rowNumber <= HEADER_SCAN_ROWS; rowNumber++) {
    const row = worksheet.findRow(rowNumber);
    if (!row) continue;
    const keys = new Set<string>();
    for (const value of cellsOf(row)) {
      const raw = toRawCell(value);
      if (isBlankCell(raw)) continue;
      const column = headerIndex.get(foldHeader(displayText(raw)));
      if (column) keys.add(column.key);
    }
    if (keys.size > 0 && (!best || keys.size > best.score)) {
      best = { row, rowNumber, score: keys.size };
    }
  }
  if (!best) {
    if (worksheet.actualRowCount === 0) fail(READER_MESSAGES.emptySheet(sheetName));
    fail(READER_MESSAGES.noHeader(sheetName, columns));
  }
  return matchHeader(best.row, best.rowNumber, headerIndex);
}

async function loadWorksheet(workbookBuffer: Buffer): Promise<Worksheet> {
  const { Workbook } = await exceljs();
  const workbook = new Workbook();
  await workbook.xlsx.load(workbookBuffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const worksheet = workbook.worksheets[0];
  if (!worksheet) fail(XLSX_MESSAGES.corrupt);
  return worksheet;
}

/**
 * Reads one sheet of an uploaded .xlsx against a column list. Refuses the file (AppError on field
 * "file", Vietnamese message) when it is not a readable .xlsx, is too large, is encrypted, is empty,
 * has no header row or lacks a required column, or has too many rows. Cell-level problems do not
 * refuse the file: they are listed on their row, and the caller decides (usually: show them all).
 * Blank rows are skipped.
 */
export async function readSheet<const C extends readonly ExcelColumn[]>(
  buffer: Buffer,
  columns: C,
  options: ReadSheetOptions = {},
): Promise<ExcelReadResult<C>> {
  defineColumns(columns);
  const limits: XlsxLimits = {
    ...DEFAULT_XLSX_LIMITS,
    ...definedOnly({
      maxBytes: options.maxBytes,
      maxRows: options.maxRows,
      maxUncompressedBytes: options.maxUncompressedBytes,
      maxPartBytes: options.maxPartBytes,
      maxCells: options.maxCells,
    }),
  };
  // At most two files are parsed at once per process, two more wait, others get RATE_LIMITED (read-gate.ts).
  return EXCEL_READ_GATE.run(async () => {
    const prepared = await prepareXlsx(buffer, limits, options.sheetName);
    try {
      const worksheet = await loadWorksheet(prepared.workbook);
      return readRows(worksheet, prepared.sheetName, prepared.merges, columns, limits);
    } catch (error) {
      if (error instanceof AppError) throw error;
      // exceljs failed on XML we could not vet in advance; its message (and stack) stays on the server.
      fail(XLSX_MESSAGES.corrupt);
    }
  });
}

function shortened(text: string): string {
  return text.length > REJECTED_TEXT_CHARS ? `${text.slice(0, REJECTED_TEXT_CHARS)}…` : text;
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

function readRows<C extends readonly ExcelColumn[]>(
  worksheet: Worksheet,
  sheetName: string,
  merges: readonly CellRange[],
  columns: C,
  limits: XlsxLimits,
): ExcelReadResult<C> {
  const header = findHeader(worksheet, sheetName, columns);
  const present = new Set([...header.byPosition.values()].map((column) => column.key));
  const missing = columns.filter((column) => column.required && !present.has(column.key));
  if (missing.length > 0) fail(READER_MESSAGES.missingColumns(missing));

  const lookups = new Map<string, Map<string, string>>();
  for (const column of columns) {
    if (column.type === 'enum') lookups.set(column.key, enumLookup(column));
  }
  const positions = [...header.byPosition.entries()];
  const mergeIndex = new MergeIndex(merges, header.byPosition.keys(), header.rowNumber);
  const cellAt = (rowNumber: number, col: number): RawCell => {
    const row = worksheet.findRow(rowNumber);
    return row ? toRawCell(cellsOf(row)[col]) : { kind: 'blank' };
  };

  const rows: ExcelReadRow<C>[] = [];
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber <= header.rowNumber) return;
    const cells = cellsOf(row);
    const raws = positions.map(([col]) => toRawCell(cells[col]));
    if (raws.every(isBlankCell)) return;
    if (rows.length >= limits.maxRows) fail(XLSX_MESSAGES.tooManyRows(sheetName, limits.maxRows));

    const values: Record<string, unknown> = {};
    for (const column of columns) values[column.key] = null;
    const problems: string[] = [];
    const rejected: Record<string, string> = {};
    positions.forEach(([col, column], index) => {
      let raw = raws[index];
      if (isBlankCell(raw)) {
        const master = mergeIndex.masterOf(rowNumber, col);
        if (master) raw = cellAt(master.row, master.col);
      }
      const parsed = parseCell(raw, column, lookups.get(column.key));
      values[column.key] = parsed.value;
      if (parsed.problem) {
        problems.push(`Dòng ${rowNumber}, cột "${column.header}": ${parsed.problem}`);
        rejected[column.key] = shortened(displayText(raw));
      }
    });
    rows.push({
      rowNumber,
      values: values as ExcelRowValues<C>,
      problems,
      rejected: rejected as Partial<Record<ColumnKey<C>, string>>,
    });
  });
  if (rows.length === 0) fail(READER_MESSAGES.noDataRows(sheetName));
  return {
    rows,
    unknownHeaders: header.unknownHeaders,
    sheetName,
    headerRowNumber: header.rowNumber,
  };
}
