import { ZipError, ZipReader } from '../../core/excel/xlsx-zip';

/**
 * What the file store keeps, and how each kind is recognised from its bytes (never from a name or a
 * client's word). Frozen documents are .docx and PDF; scans of evidence (PDF, PNG, JPEG) come with
 * dossiers. Add a type here with its check, never a type without one.
 */
export const FILE_MEDIA_TYPES = {
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  PDF: 'application/pdf',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
} as const;

export type FileMediaType = (typeof FILE_MEDIA_TYPES)[keyof typeof FILE_MEDIA_TYPES];

const KNOWN = new Set<string>(Object.values(FILE_MEDIA_TYPES));

export function isFileMediaType(value: string): value is FileMediaType {
  return KNOWN.has(value);
}

/**
 * 10 MB a file. What we store today is far below it (the 4-page Bắc Kạn plan: .docx 17 KB, PDF 70 KB;
 * a scanned A4 page at 200 dpi is ~0.5–1 MB). The bound is about the database being the store: a row
 * travels whole through one query (and as hex, twice its size, in a pg_dump with --inserts, which
 * writes up to 500 rows per statement), and the embedded PGlite holds its working set in one
 * WebAssembly heap. Deployments that need larger files move to an object store (ADR 0015).
 */
export const MAX_STORED_FILE_BYTES = 10 * 1024 * 1024;

/** A .docx is small XML in a zip: more than this is not one of ours (or is a zip bomb). */
// 5,000 entries: a decision's certificates carry one QR image each (1,000 certificates = 1,017 entries);
// the uncompressed bound is what stops a zip bomb
export const DOCX_LIMITS = { maxEntries: 5000, maxUncompressedBytes: 100 * 1024 * 1024 };

const TYPE_LABELS: Record<FileMediaType, string> = {
  [FILE_MEDIA_TYPES.DOCX]: 'Word (.docx)',
  [FILE_MEDIA_TYPES.PDF]: 'PDF',
  [FILE_MEDIA_TYPES.PNG]: 'ảnh PNG',
  [FILE_MEDIA_TYPES.JPEG]: 'ảnh JPEG',
};

export const FILE_MESSAGES = {
  empty: 'Tệp rỗng.',
  tooLarge: (size: number) =>
    `Tệp dung lượng ${megabytes(size)} MB, vượt quá giới hạn ${megabytes(MAX_STORED_FILE_BYTES)} MB.`,
  unknownType: (type: string) =>
    `Không lưu được loại tệp "${type.slice(0, 100)}": chỉ nhận ${Object.values(TYPE_LABELS).join(', ')}.`,
  notThat: (type: FileMediaType, why: string) =>
    `Nội dung tệp không phải ${TYPE_LABELS[type]} hợp lệ: ${why}.`,
};

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * Why these bytes cannot be stored as `mediaType` (a Vietnamese sentence), or null when they can: the
 * size bound, a known type, and the type's own signature and structure.
 */
export async function fileProblem(bytes: Uint8Array, mediaType: string): Promise<string | null> {
  if (bytes.length === 0) return FILE_MESSAGES.empty;
  if (bytes.length > MAX_STORED_FILE_BYTES) return FILE_MESSAGES.tooLarge(bytes.length);
  if (!isFileMediaType(mediaType)) return FILE_MESSAGES.unknownType(mediaType);
  const why = await contentProblem(bytes, mediaType);
  return why ? FILE_MESSAGES.notThat(mediaType, why) : null;
}

async function contentProblem(bytes: Uint8Array, type: FileMediaType): Promise<string | null> {
  switch (type) {
    case FILE_MEDIA_TYPES.PDF:
      return pdfProblem(bytes);
    case FILE_MEDIA_TYPES.DOCX:
      return docxProblem(bytes);
    case FILE_MEDIA_TYPES.PNG:
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
        ? null
        : 'thiếu chữ ký PNG ở đầu tệp';
    case FILE_MEDIA_TYPES.JPEG:
      return startsWith(bytes, [0xff, 0xd8, 0xff]) &&
        bytes[bytes.length - 2] === 0xff &&
        bytes[bytes.length - 1] === 0xd9
        ? null
        : 'thiếu dấu bắt đầu hoặc kết thúc của ảnh JPEG';
  }
}

/** "%PDF-" first, "%%EOF" within the last kilobyte (PDF 1.7 §7.5.5: trailing whitespace allowed). */
function pdfProblem(bytes: Uint8Array): string | null {
  if (!startsWith(bytes, ascii('%PDF-'))) return 'không bắt đầu bằng "%PDF-"';
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  if (!tail.includes('%%EOF')) return 'thiếu dấu kết thúc "%%EOF" (tệp bị cắt cụt?)';
  return null;
}

/**
 * A zip (read through the hardened reader of core/excel: limits checked on the directory before
 * anything is inflated) holding `[Content_Types].xml` that declares a Word document's main part, and
 * `word/document.xml`; a macro-enabled document (.docm, `word/vbaProject.bin`) is refused.
 */
async function docxProblem(bytes: Uint8Array): Promise<string | null> {
  let zip: ZipReader;
  try {
    zip = await ZipReader.open(Buffer.from(bytes), DOCX_LIMITS);
  } catch (error) {
    if (error instanceof ZipError && error.problem === 'not-zip') return 'không phải tệp nén zip';
    return 'tệp nén zip bị hỏng hoặc quá lớn khi giải nén';
  }
  try {
    if (!zip.has('word/document.xml')) return 'thiếu phần nội dung word/document.xml';
    if (zip.has('word/vbaProject.bin')) return 'tài liệu có chứa macro';
    const types = await zip.read('[Content_Types].xml', { maxBytes: 256 * 1024 });
    if (!types) return 'thiếu [Content_Types].xml';
    if (
      !types
        .toString('utf8')
        .includes(
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        )
    ) {
      return 'phần nội dung chính không phải văn bản Word';
    }
    return null;
  } catch {
    return 'tệp nén zip bị hỏng hoặc quá lớn khi giải nén';
  } finally {
    zip.close();
  }
}
