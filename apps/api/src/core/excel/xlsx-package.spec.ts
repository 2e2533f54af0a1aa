import { AppError } from '../errors/app-error';
import { handMadeXlsx, inlineRow, sheetBuffer, worksheetXml } from './testing/xlsx-fixtures';
import {
  decodeAddress,
  decodeXml,
  DEFAULT_XLSX_LIMITS,
  prepareXlsx,
  sanitiseWorksheet,
} from './xlsx-package';
import { writeZip, ZipReader } from './xlsx-zip';

async function partsOf(zip: Buffer): Promise<Map<string, string>> {
  const parts = new Map<string, string>();
  const reader = await ZipReader.open(zip, DEFAULT_XLSX_LIMITS);
  for (const entry of reader.entries) {
    const data = await reader.read(entry.name, { maxBytes: DEFAULT_XLSX_LIMITS.maxPartBytes });
    parts.set(entry.name, data?.toString('utf8') ?? '');
  }
  return parts;
}

describe('sanitiseWorksheet', () => {
  it('keeps sheetData and drops what exceljs would expand cell by cell', () => {
    const xml = worksheetXml(
      '<sheetPr/><dimension ref="A1:B2"/><cols><col min="1" max="16384" width="9"/></cols>' +
        `<sheetData>${inlineRow(1, ['a', 'b'])}</sheetData>` +
        '<mergeCells count="2"><mergeCell ref="A3:B5"/><mergeCell ref="$D$7:C6"/><mergeCell ref="E1"/></mergeCells>' +
        '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>1</formula></cfRule></conditionalFormatting>' +
        '<dataValidations count="1"><dataValidation sqref="A1:XFD1048576"/></dataValidations>' +
        '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks><drawing r:id="rId2"/>',
    );
    const result = sanitiseWorksheet(Buffer.from(xml), 'Dữ liệu', DEFAULT_XLSX_LIMITS);
    const out = result.xml.toString('utf8');
    expect(out).toMatch(/^<\?xml [^>]*\?><worksheet xmlns="[^"]+" xmlns:r="[^"]+">/);
    expect(out).toContain(`<sheetData>${inlineRow(1, ['a', 'b'])}</sheetData></worksheet>`);
    for (const dropped of [
      '<sheetPr',
      '<dimension',
      '<cols',
      '<mergeCells',
      '<dataValidations',
      '<conditionalFormatting',
      '<hyperlinks',
      '<drawing',
    ]) {
      expect(out).not.toContain(dropped);
    }
    expect(result.rows).toBe(1);
    expect(result.cells).toBe(2);
    expect(result.merges).toEqual([
      { top: 3, left: 1, bottom: 5, right: 2 },
      { top: 6, left: 3, bottom: 7, right: 4 },
    ]);
  });

  it('handles a self-closing sheetData, no sheetData and a prefixed root', () => {
    const selfClosing = sanitiseWorksheet(
      Buffer.from(worksheetXml('<sheetData/><mergeCells/>')),
      'x',
      DEFAULT_XLSX_LIMITS,
    );
    expect(selfClosing.xml.toString()).toMatch(/<sheetData\/><\/worksheet>$/);
    const none = sanitiseWorksheet(
      Buffer.from(worksheetXml('<sheetPr/>')),
      'x',
      DEFAULT_XLSX_LIMITS,
    );
    expect(none.xml.toString()).toMatch(/<worksheet [^>]*><\/worksheet>$/);
    const prefixed = sanitiseWorksheet(
      Buffer.from(
        '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"/></x:sheetData><x:mergeCells/></x:worksheet>',
      ),
      'x',
      DEFAULT_XLSX_LIMITS,
    );
    expect(prefixed.xml.toString()).toBe(
      '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"/></x:sheetData></x:worksheet>',
    );
    expect(prefixed.rows).toBe(1);
  });

  it('refuses XML that is not a worksheet, or an empty self-closing one', () => {
    expect(() => sanitiseWorksheet(Buffer.from('<html></html>'), 'x', DEFAULT_XLSX_LIMITS)).toThrow(
      AppError,
    );
    expect(() => sanitiseWorksheet(Buffer.from('<worksheet />'), 'x', DEFAULT_XLSX_LIMITS)).toThrow(
      AppError,
    );
  });
});

describe('prepareXlsx', () => {
  it('hands exceljs a minimal package: one sheet, no defined names, no media, no other sheets', async () => {
    const file = handMadeXlsx({
      workbookExtra: `<definedNames><definedName name="x">'Một'!$A$1:$XFD$1048576</definedName></definedNames>`,
      sheets: [
        { name: 'Một', xml: `<sheetData>${inlineRow(1, ['a'])}</sheetData>` },
        { name: 'Hai', xml: `<sheetData>${inlineRow(1, ['b'])}</sheetData>` },
      ],
      sharedStrings: ['s'],
      extraParts: [{ name: 'xl/media/image1.png', data: Buffer.alloc(10) }],
    });
    const prepared = await prepareXlsx(file, DEFAULT_XLSX_LIMITS, 'hai');
    expect(prepared.sheetName).toBe('Hai');
    const parts = await partsOf(prepared.workbook);
    expect([...parts.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(parts.get('xl/workbook.xml')).not.toContain('definedName');
    expect(parts.get('xl/worksheets/sheet1.xml')).toContain('<t>b</t>');
  });

  it('follows the relationships to oddly named parts, as Excel allows', async () => {
    const ns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const file = writeZip([
      {
        name: '_rels/.rels',
        data: Buffer.from(
          `<Relationships><Relationship Id="r" Type="${ns}/officeDocument" Target="/book/main.xml"/></Relationships>`,
        ),
      },
      {
        name: 'book/main.xml',
        data: Buffer.from(
          `<workbook xmlns:rel="${ns}"><sheets><sheet name="A &amp; B" sheetId="5" rel:id="s"/></sheets></workbook>`,
        ),
      },
      {
        name: 'book/_rels/main.xml.rels',
        data: Buffer.from(
          `<Relationships><Relationship Id="s" Type="${ns}/worksheet" Target="../data/only.xml"/></Relationships>`,
        ),
      },
      {
        name: 'data/only.xml',
        data: Buffer.from(worksheetXml(`<sheetData>${inlineRow(1, ['ok'])}</sheetData>`)),
        compress: true,
      },
    ]);
    const prepared = await prepareXlsx(file, DEFAULT_XLSX_LIMITS);
    expect(prepared.sheetName).toBe('A & B');
    expect((await partsOf(prepared.workbook)).get('xl/worksheets/sheet1.xml')).toContain(
      '<t>ok</t>',
    );
  });

  it('keeps the styles of a real workbook so date cells stay dates', async () => {
    const file = await sheetBuffer([['Ngày'], [new Date(Date.UTC(2025, 2, 5))]]);
    const parts = await partsOf((await prepareXlsx(file, DEFAULT_XLSX_LIMITS)).workbook);
    expect(parts.get('xl/styles.xml')).toContain('numFmt');
  });

  it('refuses too many shared strings', async () => {
    const file = handMadeXlsx({
      sheets: [{ name: 'x', xml: '<sheetData/>' }],
      sharedStrings: Array.from({ length: 20 }, (_, i) => `s${i}`),
    });
    await expect(prepareXlsx(file, { ...DEFAULT_XLSX_LIMITS, maxCells: 10 })).rejects.toThrow(
      /quá nhiều ô/,
    );
  });
});

describe('xml helpers', () => {
  it('decodes entities and character references, leaving unknown ones alone', () => {
    expect(
      decodeXml('A &amp; B &lt;1&gt; &quot;x&quot; &apos;y&apos; &#272;&#x1EA1;i &bogus; &#0;'),
    ).toBe('A & B <1> "x" \'y\' Đại &bogus; &#0;');
  });

  it('decodes A1 addresses', () => {
    expect(decodeAddress('A1')).toEqual({ row: 1, col: 1 });
    expect(decodeAddress('$XFD$1048576')).toEqual({ row: 1_048_576, col: 16_384 });
    expect(decodeAddress('A0')).toBeNull();
    expect(decodeAddress('1A')).toBeNull();
  });
});
