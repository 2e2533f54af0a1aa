import { Workbook } from 'exceljs';
import { Zip, type ZipInputFile } from 'fflate';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { writeZip, type ZipInput } from '../xlsx-zip';

/**
 * Test-only builders: real workbooks written by exceljs, and hand-made packages and ZIPs for the
 * hostile cases. Not imported by production code.
 */

export async function workbookBuffer(build: (workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One sheet whose rows are given as arrays of cell values (exceljs values: Date, rich text, formula…). */
export function sheetBuffer(rows: unknown[][], sheetName = 'Dữ liệu'): Promise<Buffer> {
  return workbookBuffer((workbook) => {
    const sheet = workbook.addWorksheet(sheetName);
    for (const row of rows) sheet.addRow(row);
  });
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface HandMadeSheet {
  name: string;
  /** The whole worksheet XML, or only what goes inside <worksheet>. */
  xml: string;
  state?: 'hidden' | 'veryHidden';
}

/** Wraps inner content in a <worksheet> root. */
export function worksheetXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${inner}</worksheet>`;
}

/** "<row r="1"><c r="A1" t="inlineStr"><is><t>…</t></is></c>…</row>" for plain strings. */
export function inlineRow(rowNumber: number, texts: string[]): string {
  const cells = texts
    .map((text, index) => {
      const ref = `${String.fromCharCode(65 + index)}${rowNumber}`;
      return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    })
    .join('');
  return `<row r="${rowNumber}">${cells}</row>`;
}

/**
 * A package assembled by hand: lets a test put any XML where Excel would (hostile ranges, defined
 * names, broken cells) without going through a writer that would clean it up.
 */
export function handMadeXlsx(options: HandMadeOptions): Buffer {
  return writeZip(handMadeParts(options));
}

export interface HandMadeOptions {
  sheets: HandMadeSheet[];
  sharedStrings?: string[];
  /** A styles part (styleSheet XML), linked from the workbook. */
  styles?: string;
  workbookExtra?: string;
  extraParts?: ZipInput[];
  compress?: boolean;
}

/** The parts `handMadeXlsx` zips, for a test that zips them another way. */
export function handMadeParts(options: HandMadeOptions): ZipInput[] {
  const sheets = options.sheets
    .map(
      (sheet, index) =>
        `<sheet name="${sheet.name}" sheetId="${index + 1}" r:id="rId${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ''}/>`,
    )
    .join('');
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${options.workbookExtra ?? ''}<sheets>${sheets}</sheets></workbook>`;
  const rels = options.sheets
    .map(
      (_, index) =>
        `<Relationship Id="rId${index + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
    )
    .join('');
  const sharedRel = options.sharedStrings
    ? `<Relationship Id="rIdS" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>`
    : '';
  const stylesRel = options.styles
    ? `<Relationship Id="rIdT" Type="${NS_REL}/styles" Target="styles.xml"/>`
    : '';
  const parts: ZipInput[] = [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS_PKG}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/workbook.xml', data: Buffer.from(workbook) },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS_PKG}">${rels}${sharedRel}${stylesRel}</Relationships>`,
      ),
    },
    ...options.sheets.map((sheet, index) => ({
      name: `xl/worksheets/sheet${index + 1}.xml`,
      data: Buffer.from(sheet.xml.startsWith('<?xml') ? sheet.xml : worksheetXml(sheet.xml)),
    })),
    ...(options.sharedStrings
      ? [
          {
            name: 'xl/sharedStrings.xml',
            data: Buffer.from(
              `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS_MAIN}" count="${options.sharedStrings.length}">${options.sharedStrings
                .map((text) => `<si><t>${text}</t></si>`)
                .join('')}</sst>`,
            ),
          },
        ]
      : []),
    ...(options.styles ? [{ name: 'xl/styles.xml', data: Buffer.from(options.styles) }] : []),
    ...(options.extraParts ?? []),
  ];
  return parts.map((part) => ({ ...part, compress: part.compress ?? options.compress ?? true }));
}

/** Where `xlsxWithHugeText` puts its long text. */
const HUGE = '\u0001HUGE\u0001';

/**
 * A valid-looking workbook with one cell of `chars` times `char` (one byte in UTF-8), as a shared
 * string (`<si><t>`) or an inline string (`<is><t>`). The text is never built: 1 MB of it is deflated
 * once and its compressed bytes (about 1 KB) repeated, so a 150 MB cell costs the test about 150 KB of
 * memory and 0.1 s (deflating 150 MB in the test took 3 to 5 s).
 */
export function xlsxWithHugeText(options: {
  chars: number;
  inline?: boolean;
  headers?: string[];
  char?: string;
}): Buffer {
  const headers = options.headers ?? ['Mã đơn vị', 'Tên đơn vị'];
  const parts = handMadeParts(
    options.inline
      ? {
          sheets: [
            {
              name: 'Dữ liệu',
              xml: `<sheetData>${inlineRow(1, headers)}${inlineRow(2, ['001', HUGE])}</sheetData>`,
            },
          ],
        }
      : {
          sheets: [
            {
              name: 'Dữ liệu',
              xml: `<sheetData>${inlineRow(1, headers)}<row r="2"><c r="A2" t="inlineStr"><is><t>001</t></is></c><c r="B2" t="s"><v>0</v></c></row></sheetData>`,
            },
          ],
          sharedStrings: [HUGE],
        },
  );
  const char = options.char ?? 'a';
  if (Buffer.byteLength(char) !== 1) throw new Error('xlsxWithHugeText: a one-byte character');
  const block = Buffer.alloc(1024 * 1024, char);
  return zipOfSegments(
    parts.map((part) => {
      const xml = Buffer.from(part.data).toString('utf8');
      if (!xml.includes(HUGE))
        return { name: part.name, segments: [{ data: Buffer.from(part.data) }] };
      const [before, after] = xml.split(HUGE);
      const blocks = Math.floor(options.chars / block.length);
      return {
        name: part.name,
        segments: [
          { data: Buffer.from(before) },
          { data: block, times: blocks },
          { data: Buffer.from(char.repeat(options.chars - blocks * block.length) + after) },
        ],
      };
    }),
  );
}

/** Raw data of an entry: `data` repeated `times` (default once). */
interface Segment {
  data: Buffer;
  times?: number;
}

/**
 * A ZIP (written by fflate) whose entries are given as segments. Each segment is deflated on its own
 * and flushed to a byte boundary without ending the stream, so its compressed bytes can simply be
 * repeated; size and CRC-32 (zlib's) are those of the raw data.
 */
export function zipOfSegments(entries: { name: string; segments: Segment[] }[]): Buffer {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    out.push(data);
  });
  for (const entry of entries) {
    const file: ZipInputFile = { filename: entry.name, size: 0, crc: 0, compression: 8 };
    zip.add(file);
    for (const segment of entry.segments) {
      const compressed = deflateRawSync(segment.data, { finishFlush: constants.Z_FULL_FLUSH });
      for (let i = 0; i < (segment.times ?? 1); i++) {
        file.size += segment.data.length;
        file.crc = crc32(segment.data, file.crc);
        file.ondata?.(null, compressed, false);
      }
    }
    // An empty final block ends the deflate stream.
    file.ondata?.(null, deflateRawSync(Buffer.alloc(0)), true);
  }
  zip.end();
  return Buffer.concat(out);
}

/** Offsets of every central directory header in a ZIP built by `writeZip` or a real writer. */
export function centralHeaders(zip: Buffer): number[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const result: number[] = [];
  for (let i = 0; i < count; i++) {
    result.push(at);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return result;
}

export function centralName(zip: Buffer, header: number): string {
  return zip.subarray(header + 46, header + 46 + zip.readUInt16LE(header + 28)).toString('utf8');
}

/** A copy of the ZIP with one central directory header changed by `patch(copy, headerOffset)`. */
export function patchCentralHeader(
  zip: Buffer,
  entryName: RegExp,
  patch: (copy: Buffer, header: number) => void,
): Buffer {
  const copy = Buffer.from(zip);
  const header = centralHeaders(copy).find((offset) => entryName.test(centralName(copy, offset)));
  if (header === undefined) throw new Error(`no entry matching ${entryName}`);
  patch(copy, header);
  return copy;
}
