import { posix } from 'node:path';
import { formatNumber } from '@thidua/shared-domain';
import { AppError } from '../errors/app-error';
import { foldHeader } from './excel-columns';
import {
  DEFAULT_XML_GUARD_LIMITS,
  EXCEL_MAX_CELL_CHARS,
  XmlGuard,
  XmlGuardError,
} from './xml-guard';
import { hasZipSignature, writeZip, ZipError, ZipReader } from './xlsx-zip';

/**
 * Everything that happens to an uploaded .xlsx before exceljs sees it.
 *
 * exceljs trusts its input: it inflates every part into memory, expands every data-validation range and
 * defined name into one object per cell ("A:A" is a million objects) and checks every merge against
 * every other one. A 10 KB hostile file can therefore hang the API. So this file checks the bytes
 * (signature, size, encryption, the ZIP central directory's declared sizes, each part's declared and
 * real inflated size, and while each part inflates, the length of every cell text and tag), picks the one worksheet to read, keeps only its cells (sheetData) and re-packages it with the
 * shared strings and styles into a minimal workbook. Merged ranges are parsed here (cheaply) and handed
 * back to the reader.
 */

const MB = 1024 * 1024;

export interface XlsxLimits {
  /** Size of the uploaded file. */
  maxBytes: number;
  /** Sum of the uncompressed sizes the ZIP declares, over every part. */
  maxUncompressedBytes: number;
  /** Uncompressed size of each part actually read (the sheet, shared strings, styles, workbook, rels). */
  maxPartBytes: number;
  /** Characters of one cell (a shared or inline string, any text in the sheet): Excel's own limit. */
  maxCellChars: number;
  maxEntries: number;
  /** Data rows in the sheet (the reader counts exactly; this file refuses obvious excess early). */
  maxRows: number;
  /** Cells in the sheet, and strings in the shared string table. */
  maxCells: number;
  maxMergedRanges: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxBytes: 20 * MB,
  maxUncompressedBytes: 200 * MB,
  // A full import (50 000 rows × 15 columns, a 3 MB file) measured a 27 MB sheet and 4 MB of shared
  // strings (about 30 MB were every cell a distinct 25-character text); exceljs needs about 10× a
  // part's size in heap, so 64 MB keeps one upload's read near 1 GB at most.
  maxPartBytes: 64 * MB,
  maxCellChars: EXCEL_MAX_CELL_CHARS,
  maxEntries: 5_000,
  maxRows: 50_000,
  // exceljs holds every cell as objects: about 650 MB of heap and 5 s per million cells.
  maxCells: 1_000_000,
  maxMergedRanges: 20_000,
};

/** A rectangle of cells, 1-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PreparedSheet {
  /** A minimal .xlsx holding only the chosen sheet, safe to give to exceljs. */
  workbook: Buffer;
  sheetName: string;
  merges: CellRange[];
}

const FIELD = 'file';

export const XLSX_MESSAGES = {
  empty: 'Tệp tải lên rỗng (0 byte). Vui lòng chọn lại tệp Excel.',
  tooLarge: (size: number, max: number) =>
    `Tệp quá lớn (${mb(size)} MB). Dung lượng tối đa là ${mb(max)} MB.`,
  notXlsx:
    'Tệp không phải tệp Excel .xlsx. Vui lòng mở tệp bằng Excel, chọn "Lưu thành" định dạng Excel Workbook (.xlsx) rồi tải lên lại.',
  textFile:
    'Tệp là tệp văn bản (ví dụ CSV) được đổi tên thành .xlsx. Vui lòng mở bằng Excel và lưu lại với định dạng Excel Workbook (.xlsx).',
  legacyXls:
    'Tệp có định dạng Excel 97–2003 (.xls) cũ. Vui lòng mở bằng Excel, chọn "Lưu thành" định dạng Excel Workbook (.xlsx) rồi tải lên lại.',
  encrypted:
    'Tệp Excel đang được bảo vệ bằng mật khẩu. Vui lòng mở tệp, gỡ mật khẩu, lưu lại rồi tải lên.',
  corrupt:
    'Tệp .xlsx bị hỏng hoặc không đầy đủ nên không đọc được. Vui lòng mở bằng Excel, lưu lại rồi tải lên.',
  unsupportedCompression:
    'Tệp .xlsx được nén theo cách không được hỗ trợ. Vui lòng mở bằng Excel, lưu lại rồi tải lên.',
  tooManyParts: 'Tệp .xlsx chứa quá nhiều thành phần nên không được xử lý.',
  tooLargeUncompressed: (max: number) =>
    `Nội dung tệp sau khi giải nén vượt quá ${mb(max)} MB nên không được xử lý (tệp có thể bị hỏng hoặc độc hại).`,
  partTooLarge: (max: number) =>
    `Một trang tính hoặc bảng chuỗi trong tệp vượt quá ${mb(max)} MB sau khi giải nén nên không được xử lý. Vui lòng xoá các dòng, cột không cần thiết hoặc chia thành nhiều tệp.`,
  cellTooLong: (max: number) =>
    `Tệp có ô chứa hơn ${formatNumber(max)} ký tự (giới hạn của Excel) nên không được xử lý (tệp có thể bị hỏng hoặc độc hại). Vui lòng kiểm tra lại nội dung các ô.`,
  markupTooLong:
    'Tệp .xlsx chứa nội dung XML bất thường (thẻ quá dài hoặc khai báo DOCTYPE) nên không được xử lý (tệp có thể bị hỏng hoặc độc hại).',
  sizeMismatch:
    'Kích thước khai báo trong tệp .xlsx không khớp với nội dung; tệp bị hỏng hoặc đã bị chỉnh sửa nên không được xử lý.',
  notWorkbook: (what: string) => `Tệp không phải sổ tính Excel (.xlsx)${what}.`,
  noSheets: 'Tệp Excel không có trang tính nào.',
  sheetNotFound: (name: string, names: string[]) =>
    `Không tìm thấy trang tính "${name}" trong tệp. Các trang tính có trong tệp: ${names.map((n) => `"${n}"`).join(', ')}.`,
  tooManyRows: (sheet: string, max: number) =>
    `Trang tính "${sheet}" có quá nhiều dòng: mỗi lần chỉ nhập tối đa ${formatNumber(max)} dòng dữ liệu. Vui lòng chia thành nhiều tệp.`,
  tooManyCells: (sheet: string, max: number) =>
    `Trang tính "${sheet}" có quá nhiều ô (tối đa ${formatNumber(max)} ô). Vui lòng xoá các cột, dòng không cần thiết hoặc chia thành nhiều tệp.`,
  tooManyMerges: (sheet: string) =>
    `Trang tính "${sheet}" có quá nhiều vùng ô gộp. Vui lòng bỏ gộp ô (Merge & Center) rồi tải lên lại.`,
};

function mb(bytes: number): string {
  return (bytes / MB).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}

function fail(message: string): never {
  throw AppError.field(FIELD, message);
}

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function looksLikeText(buffer: Buffer): boolean {
  const sample = buffer.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control <= sample.length / 100;
}

/** Refuses what is not a ZIP at all, with the most helpful message we can give. */
function checkSignature(buffer: Buffer, limits: XlsxLimits): void {
  if (buffer.length === 0) fail(XLSX_MESSAGES.empty);
  if (buffer.length > limits.maxBytes) fail(XLSX_MESSAGES.tooLarge(buffer.length, limits.maxBytes));
  if (buffer.subarray(0, 8).equals(CFB_SIGNATURE)) {
    // An encrypted .xlsx is an OLE compound file holding "EncryptionInfo" and "EncryptedPackage".
    const encrypted = buffer.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    fail(encrypted ? XLSX_MESSAGES.encrypted : XLSX_MESSAGES.legacyXls);
  }
  if (!hasZipSignature(buffer))
    fail(looksLikeText(buffer) ? XLSX_MESSAGES.textFile : XLSX_MESSAGES.notXlsx);
}

function zipMessage(error: ZipError, limits: XlsxLimits): string {
  switch (error.problem) {
    case 'not-zip':
      return XLSX_MESSAGES.notXlsx;
    case 'corrupt':
      return XLSX_MESSAGES.corrupt;
    case 'encrypted':
      return XLSX_MESSAGES.encrypted;
    case 'unsupported-method':
      return XLSX_MESSAGES.unsupportedCompression;
    case 'too-many-entries':
      return XLSX_MESSAGES.tooManyParts;
    case 'too-large-uncompressed':
      return XLSX_MESSAGES.tooLargeUncompressed(limits.maxUncompressedBytes);
    case 'part-too-large':
      return XLSX_MESSAGES.partTooLarge(limits.maxPartBytes);
    case 'size-mismatch':
      return XLSX_MESSAGES.sizeMismatch;
  }
}

// ---------------------------------------------------------------------------------------------------
// Tiny XML helpers: the package parts we read here (rels, workbook) are small, flat and well known.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return safeCodePoint(parseInt(entity.slice(2), 16), whole);
    if (entity.startsWith('#')) return safeCodePoint(parseInt(entity.slice(1), 10), whole);
    return ENTITIES[entity] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** Attributes of an element's opening tag, keyed by local name (namespace prefix dropped). */
function attributes(tag: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const match of tag.matchAll(/([\w.-]+:)?([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const local = match[2];
    // Keep the first: a prefixed "r:id" and an unprefixed "id" never both appear on <sheet>.
    if (!result.has(local)) result.set(local, decodeXml(match[3] ?? match[4] ?? ''));
  }
  return result;
}

/** Every `<name …>` opening tag (any namespace prefix) as its attributes. */
function elements(xml: string, name: string): Map<string, string>[] {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*)>`, 'g');
  return [...xml.matchAll(pattern)].map((match) => attributes(match[1]));
}

interface Relationship {
  type: string;
  target: string;
}

function relationships(xml: string, baseDir: string): Map<string, Relationship> {
  const result = new Map<string, Relationship>();
  for (const rel of elements(xml, 'Relationship')) {
    const id = rel.get('Id');
    const target = rel.get('Target');
    if (!id || !target || rel.get('TargetMode') === 'External') continue;
    const path = target.startsWith('/')
      ? target.slice(1)
      : posix.normalize(posix.join(baseDir, target)).replace(/^\/+/, '');
    result.set(id, { type: rel.get('Type') ?? '', target: path });
  }
  return result;
}

function relsPathOf(partPath: string): string {
  return posix.join(posix.dirname(partPath), '_rels', `${posix.basename(partPath)}.rels`);
}

// ---------------------------------------------------------------------------------------------------

/** The A1-style reference "AB12" as column/row numbers, or null. */
export function decodeAddress(ref: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!match) return null;
  let col = 0;
  for (const char of match[1].toUpperCase()) col = col * 26 + (char.charCodeAt(0) - 64);
  const row = Number(match[2]);
  return row >= 1 ? { row, col } : null;
}

function decodeRange(ref: string): CellRange | null {
  const [from, to] = ref.split(':');
  const a = decodeAddress(from ?? '');
  const b = decodeAddress(to ?? '');
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

/** Counts `<tag` openings (any prefix given) followed by whitespace, ">" or "/" without decoding the text. */
function countElements(xml: Buffer, tag: string, stopAt: number): number {
  const needle = Buffer.from(`<${tag}`);
  let count = 0;
  let at = xml.indexOf(needle);
  while (at !== -1 && at < stopAt) {
    const next = xml[at + needle.length];
    if (
      next === 0x20 ||
      next === 0x3e ||
      next === 0x2f ||
      next === 0x09 ||
      next === 0x0a ||
      next === 0x0d
    ) {
      count++;
      if (count > Number.MAX_SAFE_INTEGER - 1) break;
    }
    at = xml.indexOf(needle, at + needle.length);
  }
  return count;
}

interface SanitisedSheet {
  xml: Buffer;
  rows: number;
  cells: number;
  merges: CellRange[];
}

/**
 * Keeps the worksheet's root element and its <sheetData>, nothing else: everything around sheetData
 * (columns, views, merges, data validations, conditional formats, hyperlinks, drawings…) is either
 * useless for reading values or expanded cell by cell by exceljs. Merged ranges are read out first.
 */
export function sanitiseWorksheet(
  xml: Buffer,
  sheetName: string,
  limits: XlsxLimits,
): SanitisedSheet {
  const rootMatch = /<([\w.-]+:)?worksheet[\s>]/.exec(xml.subarray(0, 4096).toString('utf8'));
  if (!rootMatch) fail(XLSX_MESSAGES.corrupt);
  const prefix = rootMatch[1] ?? '';
  // The prolog and the root's opening tag (its namespace declarations), up to its ">".
  const rootStart = xml.indexOf(`<${prefix}worksheet`);
  const rootEnd = xml.indexOf('>', rootStart) + 1;
  if (rootEnd <= 0 || xml[rootEnd - 2] === 0x2f) fail(XLSX_MESSAGES.corrupt);
  const open = xml.indexOf(`<${prefix}sheetData`, rootEnd);
  let body: Buffer = Buffer.alloc(0);
  let tail = '';
  if (open !== -1) {
    const selfClosing = /^<[\w.:-]+\s*\/>/.test(xml.subarray(open, open + 64).toString('utf8'));
    const closeTag = `</${prefix}sheetData>`;
    const close = selfClosing ? xml.indexOf('>', open) + 1 : xml.indexOf(closeTag, open);
    if (close <= 0) fail(XLSX_MESSAGES.corrupt);
    const end = selfClosing ? close : close + closeTag.length;
    body = xml.subarray(open, end);
    tail = xml.subarray(end).toString('utf8');
  }

  const rows = countElements(body, `${prefix}row`, body.length);
  const cells = countElements(body, `${prefix}c`, body.length);
  // Rows with only formatting are common (a user formats a block of empty rows), so the early check is
  // generous; the reader counts the non-blank rows exactly.
  if (rows > limits.maxRows * 2 + 1_000) fail(XLSX_MESSAGES.tooManyRows(sheetName, limits.maxRows));
  if (cells > limits.maxCells) fail(XLSX_MESSAGES.tooManyCells(sheetName, limits.maxCells));

  const merges: CellRange[] = [];
  for (const merge of elements(tail, 'mergeCell')) {
    if (merges.length >= limits.maxMergedRanges) fail(XLSX_MESSAGES.tooManyMerges(sheetName));
    const range = decodeRange(merge.get('ref') ?? '');
    if (range && (range.bottom > range.top || range.right > range.left)) merges.push(range);
  }
  return {
    xml: Buffer.concat([xml.subarray(0, rootEnd), body, Buffer.from(`</${prefix}worksheet>`)]),
    rows,
    cells,
    merges,
  };
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const MINIMAL_STYLES =
  `${XML_DECL}<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>' +
  '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>';

function minimalPackage(parts: {
  date1904: boolean;
  sheet: Buffer;
  styles: Buffer | null;
  sharedStrings: Buffer | null;
}): Buffer {
  const contentTypes =
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '</Types>';
  const rootRels =
    `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook =
    `${XML_DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    (parts.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>') +
    // exceljs validates sheet names; the real name is returned beside the package, not inside it.
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>';
  const workbookRels =
    `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${REL_TYPE}/styles" Target="styles.xml"/>` +
    (parts.sharedStrings
      ? `<Relationship Id="rId3" Type="${REL_TYPE}/sharedStrings" Target="sharedStrings.xml"/>`
      : '') +
    '</Relationships>';
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(contentTypes) },
    { name: '_rels/.rels', data: Buffer.from(rootRels) },
    { name: 'xl/workbook.xml', data: Buffer.from(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(workbookRels) },
    { name: 'xl/styles.xml', data: parts.styles ?? Buffer.from(MINIMAL_STYLES) },
    ...(parts.sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: parts.sharedStrings }] : []),
    { name: 'xl/worksheets/sheet1.xml', data: parts.sheet },
  ]);
}

interface SheetRef {
  name: string;
  visible: boolean;
  path: string | null;
}

function notWorkbookMessage(contentTypes: string, hasBinaryWorkbook: boolean): string {
  if (contentTypes.includes('wordprocessingml'))
    return XLSX_MESSAGES.notWorkbook(' mà là tệp Word');
  if (contentTypes.includes('presentationml'))
    return XLSX_MESSAGES.notWorkbook(' mà là tệp PowerPoint');
  if (hasBinaryWorkbook) return XLSX_MESSAGES.notWorkbook(' mà là sổ tính nhị phân .xlsb');
  if (contentTypes === '') return XLSX_MESSAGES.notWorkbook(' mà là một tệp nén .zip');
  return XLSX_MESSAGES.notWorkbook('');
}

/**
 * Checks an uploaded .xlsx and returns a minimal package holding only the sheet to read. Throws
 * `AppError` (field "file") with a Vietnamese message for every refusal; never lets a ZIP or XML error
 * escape.
 */
export async function prepareXlsx(
  buffer: Buffer,
  limits: XlsxLimits,
  sheetName?: string,
): Promise<PreparedSheet> {
  checkSignature(buffer, limits);
  try {
    return await preparePackage(buffer, limits, sheetName);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof ZipError) fail(zipMessage(error, limits));
    if (error instanceof XmlGuardError) {
      fail(
        error.problem === 'text-too-long'
          ? XLSX_MESSAGES.cellTooLong(limits.maxCellChars)
          : XLSX_MESSAGES.markupTooLong,
      );
    }
    fail(XLSX_MESSAGES.corrupt);
  }
}

async function preparePackage(
  buffer: Buffer,
  limits: XlsxLimits,
  sheetName: string | undefined,
): Promise<PreparedSheet> {
  const zip = await ZipReader.open(buffer, limits);
  try {
    return await prepareParts(zip, limits, sheetName);
  } finally {
    zip.close();
  }
}

async function prepareParts(
  zip: ZipReader,
  limits: XlsxLimits,
  sheetName: string | undefined,
): Promise<PreparedSheet> {
  const guardLimits = { ...DEFAULT_XML_GUARD_LIMITS, maxTextChars: limits.maxCellChars };
  // Every part read here is XML: each is checked chunk by chunk while it inflates (see xml-guard.ts).
  const read = (path: string): Promise<Buffer | null> => {
    const guard = new XmlGuard(guardLimits);
    return zip.read(path, {
      maxBytes: limits.maxPartBytes,
      observe: (chunk) => guard.write(chunk),
    });
  };

  const rootRels = await read('_rels/.rels');
  const officeDocument = rootRels
    ? [...relationships(rootRels.toString('utf8'), '').values()].find((rel) =>
        rel.type.endsWith('/officeDocument'),
      )
    : undefined;
  const workbookPath = officeDocument?.target ?? 'xl/workbook.xml';
  const workbookXml = await read(workbookPath);
  if (!workbookXml || !/\.xml$/i.test(workbookPath)) {
    const contentTypes = (await read('[Content_Types].xml'))?.toString('utf8') ?? '';
    fail(notWorkbookMessage(contentTypes, zip.has('xl/workbook.bin')));
  }
  const workbook = workbookXml.toString('utf8');
  const workbookRels = await read(relsPathOf(workbookPath));
  const rels = workbookRels
    ? relationships(workbookRels.toString('utf8'), posix.dirname(workbookPath))
    : new Map<string, Relationship>();

  const sheets: SheetRef[] = elements(workbook, 'sheet').map((sheet) => {
    const rel = rels.get(sheet.get('id') ?? '');
    return {
      name: sheet.get('name') ?? '',
      visible: (sheet.get('state') ?? 'visible') === 'visible',
      path: rel && rel.type.endsWith('/worksheet') ? rel.target : null,
    };
  });
  const worksheets = sheets.filter((sheet) => sheet.path !== null);
  if (worksheets.length === 0) fail(XLSX_MESSAGES.noSheets);

  let chosen: SheetRef | undefined;
  if (sheetName !== undefined) {
    chosen = worksheets.find((sheet) => foldHeader(sheet.name) === foldHeader(sheetName));
    if (!chosen)
      fail(
        XLSX_MESSAGES.sheetNotFound(
          sheetName,
          worksheets.map((sheet) => sheet.name),
        ),
      );
  } else {
    chosen = worksheets.find((sheet) => sheet.visible) ?? worksheets[0];
  }
  const sheetXml = await read(chosen.path ?? '');
  if (!sheetXml) fail(XLSX_MESSAGES.corrupt);
  const sanitised = sanitiseWorksheet(sheetXml, chosen.name, limits);

  const partOf = (type: string): string | undefined =>
    [...rels.values()].find((rel) => rel.type.endsWith(type))?.target;
  const stylesPath = partOf('/styles');
  const sharedStringsPath = partOf('/sharedStrings');
  const styles = stylesPath ? await read(stylesPath) : null;
  const sharedStrings = sharedStringsPath ? await read(sharedStringsPath) : null;
  if (sharedStrings && countElements(sharedStrings, 'si', sharedStrings.length) > limits.maxCells) {
    fail(XLSX_MESSAGES.tooManyCells(chosen.name, limits.maxCells));
  }
  const date1904 = elements(workbook, 'workbookPr').some((pr) =>
    ['1', 'true'].includes(pr.get('date1904') ?? ''),
  );

  return {
    workbook: minimalPackage({
      date1904,
      sheet: sanitised.xml,
      styles,
      sharedStrings,
    }),
    sheetName: chosen.name,
    merges: sanitised.merges,
  };
}
