import { Writable } from 'node:stream';
import type { stream, Alignment, Borders, DataValidation, Fill, Font, Worksheet } from 'exceljs';
import { formatNumber, VN_TIME_ZONE } from '@thidua/shared-domain';
import { isoToDisplayDate, parseIntegerText } from './excel-cells';
import {
  defaultExample,
  defineColumns,
  describeFormat,
  enumLabelList,
  enumLabels,
  type ExcelColumn,
  type ExcelInputValue,
  type ExcelWriteRow,
} from './excel-columns';
import { exceljs } from './exceljs';
import { DEFAULT_XLSX_LIMITS } from './xlsx-package';

export interface WriteSheetInput<C extends readonly ExcelColumn[]> {
  sheetName: string;
  /** A bold title above the header (the header then sits on row 2). */
  title?: string;
  columns: C;
  /** An array, a generator, or an async iterable (e.g. pages read from the database). */
  rows: Iterable<ExcelWriteRow<C>> | AsyncIterable<ExcelWriteRow<C>>;
}

export interface WriteTemplateOptions {
  /** Name of the data sheet. Default "Dữ liệu". */
  sheetName?: string;
}

export const GUIDE_SHEET_NAME = 'Hướng dẫn';
const DEFAULT_DATA_SHEET = 'Dữ liệu';
/** Excel refuses longer cell texts (and calls the file corrupt). */
export const MAX_CELL_TEXT = 32_767;
const DATE_FORMAT = 'dd/mm/yyyy';
const TEXT_FORMAT = '@';
/** Rows written between two turns of the event loop. */
const YIELD_EVERY_ROWS = 1_000;
/** Excel's limit for an inline list validation formula. */
const MAX_LIST_FORMULA = 255;

const HEADER_FONT: Partial<Font> = { bold: true };
const TITLE_FONT: Partial<Font> = { bold: true, size: 14 };
const EXAMPLE_FONT: Partial<Font> = { italic: true, color: { argb: 'FF808080' } };
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const THIN = { style: 'thin' as const, color: { argb: 'FF8EA9DB' } };
const HEADER_BORDER: Partial<Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };
const HEADER_ALIGNMENT: Partial<Alignment> = { vertical: 'middle', wrapText: true };

/** Present at runtime on both worksheet kinds, missing from exceljs' typings. */
interface WithDataValidations {
  dataValidations: { add(address: string, validation: DataValidation): void };
}

/** A name Excel accepts: no []:*?/\, at most 31 characters, no leading/trailing apostrophe. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31)
    .trim();
  if (!cleaned) return DEFAULT_DATA_SHEET;
  return cleaned.toLowerCase() === 'history' ? `${cleaned}-` : cleaned;
}

const vnDateParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Hà Nội of an instant, as a UTC-midnight Date (what Excel stores for a day). */
function excelDay(value: Date): Date | null {
  if (Number.isNaN(value.getTime())) return null;
  const parts = Object.fromEntries(vnDateParts.formatToParts(value).map((p) => [p.type, p.value]));
  return new Date(
    Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day'])),
  );
}

function isoDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : null;
}

function clip(text: string): string {
  return text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
}

function asText(value: Exclude<ExcelInputValue, null | undefined>): string {
  if (value instanceof Date) {
    const day = excelDay(value);
    return day ? isoToDisplayDate(day.toISOString().slice(0, 10)) : '';
  }
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  return String(value);
}

type CellOut = string | number | Date | null;

/** Converts one value for one column: dates become Excel dates, booleans "Có"/"Không", enum codes labels. */
export function toCellValue(
  column: ExcelColumn,
  value: ExcelInputValue,
  labels?: Map<string, string>,
): CellOut {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'date': {
      if (value instanceof Date) return excelDay(value);
      if (typeof value === 'string') return isoDay(value) ?? clip(value);
      return asText(value);
    }
    case 'boolean':
      return typeof value === 'boolean' ? asText(value) : clip(asText(value));
    case 'integer': {
      if (typeof value === 'number') return Number.isFinite(value) ? value : null;
      if (typeof value === 'string') return parseIntegerText(value.trim()) ?? clip(value);
      return asText(value);
    }
    case 'enum': {
      const text = asText(value);
      return (labels ?? enumLabels(column)).get(text) ?? clip(text);
    }
    case 'text':
      return clip(asText(value));
  }
}

function columnWidth(column: ExcelColumn): number {
  if (column.width) return column.width;
  const header = [...column.header].length + 4;
  const natural = column.type === 'date' ? 12 : column.type === 'text' ? 24 : 12;
  return Math.min(60, Math.max(header, natural));
}

function columnFormat(column: ExcelColumn, forTemplate: boolean): string | undefined {
  switch (column.type) {
    case 'date':
      // In the template, dates are text: Excel set to an English locale would otherwise read
      // "05/03/2025" as 3 May. The reader parses dd/mm/yyyy text itself.
      return forTemplate ? TEXT_FORMAT : DATE_FORMAT;
    case 'integer':
      return '0';
    default:
      // Codes such as "001" and phone numbers keep their leading zeros when typed.
      return TEXT_FORMAT;
  }
}

function setColumns(
  worksheet: Worksheet,
  columns: readonly ExcelColumn[],
  forTemplate: boolean,
): void {
  worksheet.columns = columns.map((column) => {
    const numFmt = columnFormat(column, forTemplate);
    return { key: column.key, width: columnWidth(column), style: numFmt ? { numFmt } : {} };
  });
}

function addTitle(worksheet: Worksheet, title: string, width: number): void {
  const row = worksheet.addRow([clip(title)]);
  row.height = 24;
  row.getCell(1).font = TITLE_FONT;
  row.getCell(1).numFmt = TEXT_FORMAT;
  if (width > 1) worksheet.mergeCells(row.number, 1, row.number, width);
  row.commit();
}

function addHeader(worksheet: Worksheet, headers: readonly string[]): number {
  const row = worksheet.addRow([...headers]);
  headers.forEach((_, index) => {
    const cell = row.getCell(index + 1);
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = HEADER_BORDER;
    cell.alignment = HEADER_ALIGNMENT;
  });
  row.commit();
  return row.number;
}

/** Collects what exceljs' streaming writer produces; the workbook is never held as cell objects. */
class BufferSink extends Writable {
  private readonly chunks: Buffer[] = [];

  override _write(
    chunk: Buffer,
    _encoding: BufferEncoding,
    done: (error?: Error | null) => void,
  ): void {
    this.chunks.push(chunk);
    done();
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

async function newWorkbook(sink: BufferSink): Promise<stream.xlsx.WorkbookWriter> {
  const { stream } = await exceljs();
  const workbook = new stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'thidua';
  workbook.created = new Date();
  return workbook;
}

async function finish(workbook: stream.xlsx.WorkbookWriter, sink: BufferSink): Promise<Buffer> {
  await workbook.commit();
  if (!sink.writableFinished) {
    await new Promise<void>((resolve, reject) => {
      sink.once('finish', resolve);
      sink.once('error', reject);
    });
  }
  return sink.toBuffer();
}

/**
 * Writes rows to a one-sheet .xlsx: optional title, bold frozen header with an autofilter, widths,
 * dates as real Excel dates shown dd/mm/yyyy, booleans "Có"/"Không", enum codes as their labels.
 * Rows are streamed to the zip as they are written, so memory stays flat for large exports.
 */
export async function writeSheet<const C extends readonly ExcelColumn[]>(
  input: WriteSheetInput<C>,
): Promise<Buffer> {
  const columns = defineColumns(input.columns);
  const sink = new BufferSink();
  const workbook = await newWorkbook(sink);
  const headerRow = input.title ? 2 : 1;
  const worksheet = workbook.addWorksheet(safeSheetName(input.sheetName), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
  });
  setColumns(worksheet, columns, false);
  if (input.title) addTitle(worksheet, input.title, columns.length);
  addHeader(
    worksheet,
    columns.map((column) => column.header),
  );
  worksheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow, column: Math.max(1, columns.length) },
  };

  const labels = columns.map((column) => (column.type === 'enum' ? enumLabels(column) : undefined));
  let written = 0;
  for await (const source of input.rows) {
    const record = source as Record<string, ExcelInputValue>;
    worksheet
      .addRow(
        columns.map((column, index) => toCellValue(column, record[column.key], labels[index])),
      )
      .commit();
    // Let the zip stream compress what was written (and other requests run) instead of buffering
    // the whole sheet's XML first.
    if (++written % YIELD_EVERY_ROWS === 0)
      await new Promise<void>((resolve) => setImmediate(resolve));
  }
  worksheet.commit();
  return finish(workbook, sink);
}

function listFormula(values: readonly string[]): string | null {
  if (values.some((value) => /[,"]/.test(value))) return null;
  const formula = `"${values.join(',')}"`;
  return formula.length <= MAX_LIST_FORMULA ? formula : null;
}

function acceptedValues(column: ExcelColumn): string {
  switch (column.type) {
    case 'enum':
      return enumLabelList(column).join('; ');
    case 'boolean':
      return 'Có: "Có", "x", "1", "true". Không: "Không", "0", "false" hoặc để trống';
    case 'date':
      return 'dd/mm/yyyy, d/m/yyyy hoặc yyyy-mm-dd; hoặc ô kiểu ngày của Excel';
    case 'integer':
      return 'Ví dụ: 12 hoặc 1.200';
    case 'text':
      return '';
  }
}

/**
 * The empty import template: the data sheet (bold header marking required columns with "(*)", one
 * example row in grey italics, dropdowns for enum and Có/Không columns, text format on text and date
 * columns) and a "Hướng dẫn" sheet describing every column.
 */
export async function writeTemplate(
  columnList: readonly ExcelColumn[],
  options: WriteTemplateOptions = {},
): Promise<Buffer> {
  const columns = defineColumns(columnList);
  const sink = new BufferSink();
  const workbook = await newWorkbook(sink);
  const maxRows = DEFAULT_XLSX_LIMITS.maxRows;

  const data = workbook.addWorksheet(safeSheetName(options.sheetName ?? DEFAULT_DATA_SHEET), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  setColumns(data, columns, true);
  addHeader(
    data,
    columns.map((column) => (column.required ? `${column.header} (*)` : column.header)),
  );
  const example = data.addRow(
    columns.map((column) => {
      const value = defaultExample(column);
      return column.type === 'integer' ? (parseIntegerText(value) ?? value) : value;
    }),
  );
  columns.forEach((_, index) => {
    example.getCell(index + 1).font = EXAMPLE_FONT;
  });
  example.commit();
  columns.forEach((column, index) => {
    const values =
      column.type === 'enum'
        ? enumLabelList(column)
        : column.type === 'boolean'
          ? ['Có', 'Không']
          : null;
    const formula = values ? listFormula(values) : null;
    if (!formula) return;
    const letter = data.getColumn(index + 1).letter;
    (data as unknown as WithDataValidations).dataValidations.add(
      `${letter}2:${letter}${maxRows + 1}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: 'Giá trị không có trong danh sách',
        error: `Hãy chọn một giá trị trong danh sách của cột "${column.header}".`,
      },
    );
  });
  data.commit();

  const guide = workbook.addWorksheet(GUIDE_SHEET_NAME);
  guide.columns = [
    { key: 'header', width: 28 },
    { key: 'required', width: 10 },
    { key: 'format', width: 40 },
    { key: 'accepted', width: 60 },
    { key: 'example', width: 20 },
  ];
  addTitle(guide, 'Hướng dẫn nhập dữ liệu', 5);
  addHeader(guide, ['Cột', 'Bắt buộc', 'Định dạng', 'Giá trị chấp nhận', 'Ví dụ']);
  for (const column of columns) {
    const row = guide.addRow([
      column.header,
      column.required ? 'Có' : 'Không',
      describeFormat(column),
      acceptedValues(column),
      defaultExample(column),
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.commit();
  }
  guide.addRow([]).commit();
  const notes = [
    `Nhập dữ liệu vào trang "${data.name}", bắt đầu từ dòng 2; không đổi tên các cột. Cột có dấu (*) là bắt buộc.`,
    'Dòng 2 là dòng ví dụ (chữ nghiêng, màu xám): hãy ghi đè hoặc xoá trước khi tải lên.',
    'Ngày nhập theo dạng dd/mm/yyyy, ví dụ 05/03/2025.',
    `Mỗi lần tải lên tối đa ${formatNumber(maxRows)} dòng; tệp không quá ${DEFAULT_XLSX_LIMITS.maxBytes / 1024 / 1024} MB, định dạng .xlsx.`,
  ];
  for (const note of notes) guide.addRow([`• ${note}`]).commit();
  guide.commit();
  return finish(workbook, sink);
}
