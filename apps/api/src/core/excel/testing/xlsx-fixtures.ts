import { Workbook } from 'exceljs';
import { buildZip, type ZipInput } from '../zip-archive';

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
export function handMadeXlsx(options: {
  sheets: HandMadeSheet[];
  sharedStrings?: string[];
  /** A styles part (styleSheet XML), linked from the workbook. */
  styles?: string;
  workbookExtra?: string;
  extraParts?: ZipInput[];
  compress?: boolean;
}): Buffer {
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
  return buildZip(parts.map((part) => ({ ...part, compress: options.compress ?? true })));
}

/** Offsets of every central directory header in a ZIP built by `buildZip` or a real writer. */
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
