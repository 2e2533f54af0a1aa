import { randomBytes } from 'node:crypto';
import { AppError } from '../errors/app-error';
import { defineColumns } from './excel-columns';
import { readSheet, REJECTED_TEXT_CHARS, type ReadSheetOptions } from './excel-reader';
import { DEFAULT_READ_GATE_LIMITS, EXCEL_READ_GATE, READ_GATE_MESSAGES } from './read-gate';
import {
  handMadeXlsx,
  inlineRow,
  patchCentralHeader,
  sheetBuffer,
  workbookBuffer,
  xlsxWithHugeText,
} from './testing/xlsx-fixtures';
import { writeZip } from './xlsx-zip';

const UNIT_COLUMNS = defineColumns([
  {
    key: 'code',
    header: 'Mã đơn vị',
    aliases: ['Mã'],
    type: 'text',
    required: true,
    maxLength: 10,
  },
  { key: 'name', header: 'Tên đơn vị', type: 'text', required: true },
  {
    key: 'kind',
    header: 'Loại đơn vị',
    type: 'enum',
    required: true,
    enumValues: { Tỉnh: 'PROVINCE', 'Sở, ban, ngành': 'DEPARTMENT', 'Xã, phường': 'COMMUNE' },
  },
  { key: 'foundedOn', header: 'Ngày thành lập', type: 'date' },
  { key: 'active', header: 'Đang hoạt động', type: 'boolean' },
  { key: 'order', header: 'Thứ tự', type: 'integer' },
]);

const HEADERS = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Loại đơn vị',
  'Ngày thành lập',
  'Đang hoạt động',
  'Thứ tự',
];

/** The AppError a read throws (the test fails when the read succeeds or throws something else). */
async function refusal(buffer: Buffer, options?: ReadSheetOptions): Promise<AppError> {
  try {
    await readSheet(buffer, UNIT_COLUMNS, options);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw new Error(`expected an AppError, got ${String(error)}`);
  }
  throw new Error('expected the file to be refused');
}

const MB = 1024 * 1024;

/**
 * Runs `work` and reports how far the process grew meanwhile: the largest resident set and V8 heap
 * (plus external buffers) seen, sampled every millisecond (the reads here stream, so the timer runs)
 * and at the end, minus what they were before. Not exact, but a 40 MB string held whole, let alone
 * the 1.2 GB exceljs needed for it, would show.
 */
async function peakGrowth<T>(
  work: () => Promise<T>,
): Promise<{ outcome: T | unknown; rssMB: number; heapMB: number }> {
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed + before.external;
  const sample = (): void => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed + now.external);
  };
  const timer = setInterval(sample, 1);
  let outcome: T | unknown;
  try {
    outcome = await work();
  } catch (error) {
    outcome = error;
  } finally {
    clearInterval(timer);
    sample();
  }
  return {
    outcome,
    rssMB: (rss - before.rss) / MB,
    heapMB: (heap - before.heapUsed - before.external) / MB,
  };
}

function expectFileError(error: AppError, message: RegExp): void {
  expect(error.code).toBe('BAD_USER_INPUT');
  expect(error.fields).toEqual({ file: [error.message] });
  expect(error.message).toMatch(message);
  // Nothing from a parser (class names, stack frames, paths) reaches the user.
  expect(error.message).not.toMatch(/Error|at \w+ \(|node_modules|\.js/);
}

describe('readSheet: cells', () => {
  it('reads every cell type from a real workbook', async () => {
    const file = await sheetBuffer([
      HEADERS,
      ['001', ' Sở Nội vụ ', 'sở, ban, ngành', new Date(Date.UTC(1990, 7, 15)), 'x', 3],
      ['002', 'UBND xã A', 'COMMUNE', '05/03/2025', 'Không', '1.200'],
      ['003', 'Tỉnh B', 'tinh', '5/3/2025', true, 7],
      ['004', 'Đơn vị D', 'Tỉnh', '2025-03-05', null, null],
    ]);
    const result = await readSheet(file, UNIT_COLUMNS);
    expect(result.headerRowNumber).toBe(1);
    expect(result.unknownHeaders).toEqual([]);
    expect(result.rows.map((row) => row.rowNumber)).toEqual([2, 3, 4, 5]);
    expect(result.rows.map((row) => row.problems)).toEqual([[], [], [], []]);
    expect(result.rows.map((row) => row.values)).toEqual([
      {
        code: '001',
        name: 'Sở Nội vụ',
        kind: 'DEPARTMENT',
        foundedOn: '1990-08-15',
        active: true,
        order: 3,
      },
      {
        code: '002',
        name: 'UBND xã A',
        kind: 'COMMUNE',
        foundedOn: '2025-03-05',
        active: false,
        order: 1200,
      },
      {
        code: '003',
        name: 'Tỉnh B',
        kind: 'PROVINCE',
        foundedOn: '2025-03-05',
        active: true,
        order: 7,
      },
      {
        code: '004',
        name: 'Đơn vị D',
        kind: 'PROVINCE',
        foundedOn: '2025-03-05',
        active: false,
        order: null,
      },
    ]);
  });

  it('types the values from the column list (checked by tsc)', async () => {
    const file = await sheetBuffer([HEADERS, ['001', 'A', 'Tỉnh', '01/01/2020', 'x', 1]]);
    const [row] = (await readSheet(file, UNIT_COLUMNS)).rows;
    const code: string | null = row.values.code;
    const foundedOn: string | null = row.values.foundedOn;
    const active: boolean | null = row.values.active;
    const order: number | null = row.values.order;
    // @ts-expect-error: not a declared column
    expect(row.values.missing).toBeUndefined();
    expect([code, foundedOn, active, order]).toEqual(['001', '2020-01-01', true, 1]);
  });

  it('uses the text of rich text, hyperlink and formula cells', async () => {
    const file = await sheetBuffer([
      HEADERS,
      [
        { richText: [{ text: 'A' }, { text: '01', font: { bold: true } }] },
        { text: 'Sở Tư pháp', hyperlink: 'https://example.vn' },
        { formula: 'UPPER("tỉnh")', result: 'TỈNH' },
        { formula: 'DATE(2024,2,29)', result: new Date(Date.UTC(2024, 1, 29)) },
        { formula: '1=1', result: true },
        { formula: '2+3', result: 5 },
      ],
    ]);
    const [row] = (await readSheet(file, UNIT_COLUMNS)).rows;
    expect(row.problems).toEqual([]);
    expect(row.values).toEqual({
      code: 'A01',
      name: 'Sở Tư pháp',
      kind: 'PROVINCE',
      foundedOn: '2024-02-29',
      active: true,
      order: 5,
    });
  });

  it('reports each bad cell in Vietnamese, naming the row and the column', async () => {
    const file = await sheetBuffer([
      HEADERS,
      ['001', 'Sở A', 'Tỉnh', '01/01/2000', 'x', 1],
      ['002', 'Sở B', 'Tỉnh', '01/01/2000', 'x', 1],
      ['003', 'Sở C', 'Tỉnh', '01/01/2000', 'x', 1],
      ['004', 'Sở D', 'Tỉnh', '01/01/2000', 'x', 1],
      ['005', 'Sở E', 'Tỉnh', '01/01/2000', 'x', 1],
      ['ABCDEFGHIJK', null, 'Huyện', '31/02/1990', 'có lẽ', 2.5],
      [
        '007',
        'Sở G',
        'Tỉnh',
        { formula: '1/0', result: { error: '#DIV/0!' } },
        'x',
        { formula: 'A1' },
      ],
    ]);
    const rows = (await readSheet(file, UNIT_COLUMNS)).rows;
    expect(rows[5].rowNumber).toBe(7);
    expect(rows[5].problems).toEqual([
      'Dòng 7, cột "Mã đơn vị": dài 11 ký tự, vượt quá 10 ký tự cho phép.',
      'Dòng 7, cột "Tên đơn vị": không được để trống.',
      'Dòng 7, cột "Loại đơn vị": "Huyện" không có trong danh sách cho phép: Tỉnh, Sở, ban, ngành, Xã, phường.',
      'Dòng 7, cột "Ngày thành lập": "31/02/1990" không phải ngày hợp lệ (dd/mm/yyyy).',
      'Dòng 7, cột "Đang hoạt động": "có lẽ" không phải giá trị Có/Không (dùng "Có", "Không", "x" hoặc để trống).',
      'Dòng 7, cột "Thứ tự": "2.5" không phải số nguyên.',
    ]);
    expect(rows[5].values).toEqual({
      code: null,
      name: null,
      kind: null,
      foundedOn: null,
      active: null,
      order: null,
    });
    // what the file says in each cell that could not be read (a blank required cell says nothing)
    expect(rows[5].rejected).toEqual({
      code: 'ABCDEFGHIJK',
      name: '',
      kind: 'Huyện',
      foundedOn: '31/02/1990',
      active: 'có lẽ',
      order: '2.5',
    });
    expect(rows[0].rejected).toEqual({});
    expect(rows[6].problems).toEqual([
      'Dòng 8, cột "Ngày thành lập": ô có lỗi công thức (#DIV/0!).',
      'Dòng 8, cột "Thứ tự": ô chứa công thức chưa được tính; hãy mở tệp bằng Excel, lưu lại rồi tải lên.',
    ]);
  });

  it('keeps the calendar date whatever the server time zone', async () => {
    // Jest gives tests a copy of process.env, so TZ cannot be changed here; instead the local-time
    // getters are made to answer as a server in that zone would. Code using them would shift dates.
    for (const offsetHours of [7, -8, 14, 0]) {
      const local = (date: Date): Date => new Date(date.getTime() + offsetHours * 3_600_000);
      const spies = [
        jest.spyOn(Date.prototype, 'getFullYear').mockImplementation(function (this: Date) {
          return local(this).getUTCFullYear();
        }),
        jest.spyOn(Date.prototype, 'getMonth').mockImplementation(function (this: Date) {
          return local(this).getUTCMonth();
        }),
        jest.spyOn(Date.prototype, 'getDate').mockImplementation(function (this: Date) {
          return local(this).getUTCDate();
        }),
        jest.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(-offsetHours * 60),
      ];
      try {
        const file = await sheetBuffer([
          HEADERS,
          ['001', 'Sở A', 'Tỉnh', new Date(Date.UTC(2025, 0, 1)), null, null],
          ['002', 'Sở B', 'Tỉnh', '31/12/2024', null, null],
        ]);
        const rows = (await readSheet(file, UNIT_COLUMNS)).rows;
        expect([offsetHours, rows.map((row) => row.values.foundedOn)]).toEqual([
          offsetHours,
          ['2025-01-01', '2024-12-31'],
        ]);
      } finally {
        for (const spy of spies) spy.mockRestore();
      }
    }
  });

  it('reads dates of a workbook using the 1904 date system', async () => {
    const serial1904 = 45_717 - 1_462; // 01/03/2025 counted from 01/01/1904
    const file = handMadeXlsx({
      workbookExtra: '<workbookPr date1904="1"/>',
      styles:
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="2"><xf/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
      sheets: [
        {
          name: 'Dữ liệu',
          xml:
            '<sheetData>' +
            inlineRow(1, ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Ngày thành lập']) +
            `<row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is></c><c r="B2" t="inlineStr"><is><t>A</t></is></c><c r="C2" t="inlineStr"><is><t>Tỉnh</t></is></c><c r="D2" s="1"><v>${serial1904}</v></c></row>` +
            '</sheetData>',
        },
      ],
    });
    const rows = (await readSheet(file, UNIT_COLUMNS)).rows;
    expect(rows[0].problems).toEqual([]);
    expect(rows[0].values.foundedOn).toBe('2025-03-01');
  });

  it('normalises decomposed Vietnamese text to NFC and drops zero-width characters', async () => {
    const decomposed = 'Sở Nội vụ'.normalize('NFD');
    const file = await sheetBuffer([HEADERS, ['\u200B001', decomposed, 'Tỉnh']]);
    const [row] = (await readSheet(file, UNIT_COLUMNS)).rows;
    expect(row.values.code).toBe('001');
    expect(row.values.name).toBe('Sở Nội vụ'.normalize('NFC'));
    expect(row.values.name).not.toBe(decomposed);
  });

  it('skips blank rows and rows of blank strings', async () => {
    const file = await sheetBuffer([
      HEADERS,
      ['001', 'Sở A', 'Tỉnh'],
      [],
      ['   ', '', null],
      ['002', 'Sở B', 'Tỉnh'],
    ]);
    const rows = (await readSheet(file, UNIT_COLUMNS)).rows;
    expect(rows.map((row) => [row.rowNumber, row.values.code])).toEqual([
      [2, '001'],
      [5, '002'],
    ]);
  });

  it('gives the cells of a merged range the value of its top-left cell', async () => {
    const file = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('Dữ liệu');
      sheet.addRow(HEADERS);
      sheet.addRow(['001', 'Sở A', 'Tỉnh']);
      sheet.addRow(['002', 'Sở B']);
      sheet.addRow(['003', 'Sở C']);
      sheet.addRow(['004', 'Sở D', 'Xã, phường']);
      sheet.mergeCells('C2:C4');
    });
    const rows = (await readSheet(file, UNIT_COLUMNS)).rows;
    expect(rows.map((row) => row.values.kind)).toEqual([
      'PROVINCE',
      'PROVINCE',
      'PROVINCE',
      'COMMUNE',
    ]);
    expect(rows.flatMap((row) => row.problems)).toEqual([]);
  });
});

describe('readSheet: header', () => {
  it('matches headers without accents, in any case and spacing, and by alias', async () => {
    const file = await sheetBuffer([
      ['MA', '  ten   DON vi ', 'loai don vi (*)', 'Ngay Thanh Lap', 'dang hoat dong', 'thu tu'],
      ['001', 'Sở A', 'Tỉnh', '01/02/2003', 'có', 4],
    ]);
    const result = await readSheet(file, UNIT_COLUMNS);
    expect(result.unknownHeaders).toEqual([]);
    expect(result.rows[0].values).toEqual({
      code: '001',
      name: 'Sở A',
      kind: 'PROVINCE',
      foundedOn: '2003-02-01',
      active: true,
      order: 4,
    });
  });

  it('reports unknown columns without refusing the file, and leaves absent optional columns null', async () => {
    const file = await sheetBuffer([
      ['Ghi chú', 'Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Số điện thoại'],
      ['xyz', '001', 'Sở A', 'Tỉnh', '0912345678'],
    ]);
    const result = await readSheet(file, UNIT_COLUMNS);
    expect(result.unknownHeaders).toEqual(['Ghi chú', 'Số điện thoại']);
    expect(result.rows[0].values).toEqual({
      code: '001',
      name: 'Sở A',
      kind: 'PROVINCE',
      foundedOn: null,
      active: null,
      order: null,
    });
  });

  it('finds the header below a title', async () => {
    const file = await sheetBuffer([['DANH SÁCH ĐƠN VỊ'], [], HEADERS, ['001', 'Sở A', 'Tỉnh']]);
    const result = await readSheet(file, UNIT_COLUMNS);
    expect(result.headerRowNumber).toBe(3);
    expect(result.rows.map((row) => row.rowNumber)).toEqual([4]);
  });

  it('refuses a missing required column, naming every missing column in Vietnamese', async () => {
    const error = await refusal(
      await sheetBuffer([
        ['Mã đơn vị', 'Ngày thành lập'],
        ['001', '01/01/2020'],
      ]),
    );
    expectFileError(error, /^Thiếu cột bắt buộc: "Tên đơn vị", "Loại đơn vị"\./);
  });

  it('refuses a sheet without a recognisable header row', async () => {
    const error = await refusal(
      await sheetBuffer([
        ['STT', 'Họ tên'],
        [1, 'Nguyễn Văn A'],
      ]),
    );
    expectFileError(error, /Không tìm thấy dòng tiêu đề .*"Mã đơn vị", "Tên đơn vị"/);
  });

  it('refuses a column given twice', async () => {
    const error = await refusal(
      await sheetBuffer([
        [...HEADERS, 'Ten don vi'],
        ['001', 'A', 'Tỉnh'],
      ]),
    );
    expectFileError(error, /Cột "Tên đơn vị" xuất hiện hai lần .*cột B và cột G/);
  });

  it('refuses a header without any data row', async () => {
    expectFileError(await refusal(await sheetBuffer([HEADERS])), /chỉ có dòng tiêu đề/);
  });
});

describe('readSheet: choosing the sheet', () => {
  async function twoSheets(): Promise<Buffer> {
    return workbookBuffer((workbook) => {
      const hidden = workbook.addWorksheet('Danh mục');
      hidden.state = 'hidden';
      hidden.addRow(HEADERS);
      hidden.addRow(['H01', 'Ẩn', 'Tỉnh']);
      const first = workbook.addWorksheet('Đơn vị');
      first.addRow(HEADERS);
      first.addRow(['001', 'Sở A', 'Tỉnh']);
      const second = workbook.addWorksheet('Cụm thi đua');
      second.addRow(HEADERS);
      second.addRow(['900', 'Cụm 1', 'Tỉnh']);
    });
  }

  it('reads the first visible sheet by default', async () => {
    const result = await readSheet(await twoSheets(), UNIT_COLUMNS);
    expect(result.sheetName).toBe('Đơn vị');
    expect(result.rows[0].values.code).toBe('001');
  });

  it('reads the sheet named in the options, accents ignored', async () => {
    const result = await readSheet(await twoSheets(), UNIT_COLUMNS, { sheetName: 'cum thi dua' });
    expect(result.sheetName).toBe('Cụm thi đua');
    expect(result.rows[0].values.code).toBe('900');
  });

  it('names the available sheets when the requested one is missing', async () => {
    const error = await refusal(await twoSheets(), { sheetName: 'Người dùng' });
    expectFileError(
      error,
      /Không tìm thấy trang tính "Người dùng".*"Danh mục", "Đơn vị", "Cụm thi đua"/,
    );
  });
});

describe('readSheet: refused files', () => {
  it('refuses an empty file', async () => {
    expectFileError(await refusal(Buffer.alloc(0)), /rỗng/);
  });

  it('refuses random bytes', async () => {
    const bytes = randomBytes(4096);
    bytes[0] = 0;
    expectFileError(await refusal(bytes), /không phải tệp Excel \.xlsx/);
  });

  it('refuses a CSV renamed .xlsx, saying so', async () => {
    const csv = Buffer.from('Mã đơn vị,Tên đơn vị,Loại đơn vị\n001,Sở Nội vụ,Tỉnh\n', 'utf8');
    expectFileError(await refusal(csv), /tệp văn bản \(ví dụ CSV\)/);
  });

  it('refuses a .docx', async () => {
    const docx = writeZip([
      {
        name: '[Content_Types].xml',
        data: Buffer.from(
          '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ),
      },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>'), compress: true },
    ]);
    expectFileError(await refusal(docx), /không phải sổ tính Excel \(\.xlsx\) mà là tệp Word/);
  });

  it('refuses a plain .zip', async () => {
    const zip = writeZip([{ name: 'notes.txt', data: Buffer.from('hello'), compress: true }]);
    expectFileError(await refusal(zip), /không phải sổ tính Excel \(\.xlsx\) mà là một tệp nén/);
  });

  it('refuses an encrypted (password-protected) workbook', async () => {
    const cfb = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.alloc(50),
      Buffer.from('EncryptedPackage', 'utf16le'),
      Buffer.alloc(1000),
    ]);
    expectFileError(await refusal(cfb), /bảo vệ bằng mật khẩu/);
  });

  it('refuses a ZIP whose entries are encrypted', async () => {
    const file = patchCentralHeader(await sheetBuffer([HEADERS]), /sheet1\.xml$/, (zip, header) => {
      zip.writeUInt16LE(zip.readUInt16LE(header + 8) | 1, header + 8);
    });
    expectFileError(await refusal(file), /bảo vệ bằng mật khẩu/);
  });

  it('refuses a legacy .xls', async () => {
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from('Workbook', 'utf16le'),
      Buffer.alloc(1000),
    ]);
    expectFileError(await refusal(xls), /Excel 97–2003 \(\.xls\)/);
  });

  it('refuses a file larger than maxBytes before looking inside', async () => {
    const file = await sheetBuffer([HEADERS, ['001', 'Sở A', 'Tỉnh']]);
    expectFileError(await refusal(file, { maxBytes: 1024 }), /^Tệp quá lớn/);
    const small = await readSheet(file, UNIT_COLUMNS, { maxBytes: file.length });
    expect(small.rows).toHaveLength(1);
  });

  it('refuses a truncated file', async () => {
    const file = await sheetBuffer([HEADERS, ['001', 'Sở A', 'Tỉnh']]);
    expectFileError(await refusal(file.subarray(0, Math.floor(file.length / 2))), /bị hỏng/);
  });

  it('refuses a workbook without sheets and a sheet without data', async () => {
    expectFileError(await refusal(handMadeXlsx({ sheets: [] })), /không có trang tính nào/);
    const empty = await workbookBuffer((workbook) => {
      workbook.addWorksheet('Trống');
    });
    expectFileError(await refusal(empty), /Trang tính "Trống" không có dữ liệu/);
  });

  it('refuses more data rows than maxRows, not counting blank rows', async () => {
    const rows: unknown[][] = [HEADERS];
    for (let i = 1; i <= 5; i++) rows.push([`00${i}`, `Sở ${i}`, 'Tỉnh'], []);
    const file = await sheetBuffer(rows);
    expect((await readSheet(file, UNIT_COLUMNS, { maxRows: 5 })).rows).toHaveLength(5);
    expectFileError(
      await refusal(file, { maxRows: 4 }),
      /quá nhiều dòng: mỗi lần chỉ nhập tối đa 4 dòng dữ liệu/,
    );
  });

  it('refuses a sheet with far more rows than allowed before parsing it', async () => {
    // Empty rows: the exact count (non-blank rows) would accept them, so only the early check refuses.
    const rows = Array.from(
      { length: 1_100 },
      (_, i) => `<row r="${i + 3}" ht="20" customHeight="1"/>`,
    );
    const file = handMadeXlsx({
      sheets: [
        {
          name: 'Dữ liệu',
          xml: `<sheetData>${inlineRow(1, HEADERS)}${inlineRow(2, ['001', 'Sở A', 'Tỉnh'])}${rows.join('')}</sheetData>`,
        },
      ],
    });
    expectFileError(await refusal(file, { maxRows: 10 }), /quá nhiều dòng/);
    expect((await readSheet(file, UNIT_COLUMNS, { maxRows: 100 })).rows).toHaveLength(1);
  });

  it('refuses a sheet with more cells than maxCells', async () => {
    const file = await sheetBuffer([HEADERS, ['001', 'Sở A', 'Tỉnh', '01/01/2020', 'x', 1]]);
    expectFileError(await refusal(file, { maxCells: 10 }), /quá nhiều ô/);
  });

  it('turns any parser failure into the same Vietnamese message', async () => {
    const broken = handMadeXlsx({
      sheets: [
        {
          name: 'Dữ liệu',
          xml: `<sheetData>${inlineRow(1, HEADERS)}<row r="2"><c r="A2" t="s"><v>7</v></c></row></sheetData>`,
        },
      ],
      sharedStrings: ['only one'],
    });
    expectFileError(await refusal(broken), /bị hỏng hoặc không đầy đủ/);
    const notXml = handMadeXlsx({
      sheets: [{ name: 'Dữ liệu', xml: '<sheetData><row><c><<<</sheetData>' }],
    });
    expectFileError(await refusal(notXml), /bị hỏng hoặc không đầy đủ/);
    const unclosed = handMadeXlsx({
      sheets: [
        {
          name: 'Dữ liệu',
          xml: `<sheetData>${inlineRow(1, HEADERS)}<row r="2"><c r="A2" t="inlineStr">`,
        },
      ],
    });
    expectFileError(await refusal(unclosed), /bị hỏng hoặc không đầy đủ/);
  });
});

describe('readSheet: zip bombs and hostile packages', () => {
  it('refuses a ZIP whose central directory declares a huge uncompressed size', async () => {
    const file = patchCentralHeader(
      await sheetBuffer([HEADERS, ['001', 'Sở A', 'Tỉnh']]),
      /sheet1\.xml$/,
      (zip, header) => zip.writeUInt32LE(0xfffffff0, header + 24),
    );
    expectFileError(await refusal(file), /sau khi giải nén vượt quá 200 MB/);
  });

  it('refuses an honest bomb: a part that really inflates to more than the limit', async () => {
    const zeros = Buffer.alloc(30 * 1024 * 1024);
    const file = handMadeXlsx({
      sheets: [{ name: 'Dữ liệu', xml: `<sheetData>${inlineRow(1, HEADERS)}</sheetData>` }],
      extraParts: [{ name: 'xl/media/image1.png', data: zeros, compress: true }],
    });
    expect(file.length).toBeLessThan(100 * 1024);
    expectFileError(
      await refusal(file, { maxUncompressedBytes: 20 * 1024 * 1024 }),
      /sau khi giải nén vượt quá 20 MB/,
    );
  });

  it('refuses a lying bomb: a part that inflates past the size its directory declares', async () => {
    const padding = ' '.repeat(40 * 1024 * 1024);
    const honest = handMadeXlsx({
      sheets: [
        { name: 'Dữ liệu', xml: `<sheetData>${inlineRow(1, HEADERS)}</sheetData>${padding}` },
      ],
    });
    expect(honest.length).toBeLessThan(200 * 1024);
    const file = patchCentralHeader(honest, /sheet1\.xml$/, (zip, header) =>
      zip.writeUInt32LE(1_000, header + 24),
    );
    // Bounded by what was inflated, not by the clock (a loaded CI machine is slow, never unbounded).
    const { outcome, heapMB } = await peakGrowth(() => readSheet(file, UNIT_COLUMNS));
    expectFileError(outcome as AppError, /không khớp với nội dung/);
    expect(heapMB).toBeLessThan(100);
  });

  it('refuses a ZIP that claims a zip64 size without the zip64 field', async () => {
    const file = patchCentralHeader(
      await sheetBuffer([HEADERS, ['001', 'Sở A', 'Tỉnh']]),
      /styles\.xml$/,
      (zip, header) => zip.writeUInt32LE(0xffffffff, header + 24),
    );
    expectFileError(await refusal(file), /vượt quá 200 MB/);
  });

  it('reads quickly a small file whose ranges would make exceljs build billions of cells', async () => {
    const full = 'A1:XFD1048576';
    const file = handMadeXlsx({
      workbookExtra: `<definedNames><definedName name="all">'Dữ liệu'!$A:$XFD</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="0">'Dữ liệu'!$A$1:$XFD$1048576</definedName></definedNames>`,
      sheets: [
        {
          name: 'Dữ liệu',
          xml:
            `<cols><col min="1" max="16384" width="10"/><col min="1" max="16384" width="12"/></cols>` +
            `<sheetData>${inlineRow(1, HEADERS)}${inlineRow(2, ['001', 'Sở A', 'Tỉnh'])}</sheetData>` +
            `<mergeCells count="2"><mergeCell ref="A100:XFD1048576"/><mergeCell ref="A50:B60"/></mergeCells>` +
            `<dataValidations count="1"><dataValidation type="list" sqref="${full} A:A"><formula1>"a,b"</formula1></dataValidation></dataValidations>` +
            `<hyperlinks><hyperlink ref="${full}" r:id="rId9"/></hyperlinks>`,
        },
      ],
    });
    expect(file.length).toBeLessThan(5_000);
    // Ranges over the whole sheet (16,384 × 1,048,576 cells) must not be expanded cell by cell.
    const { outcome, heapMB } = await peakGrowth(() => readSheet(file, UNIT_COLUMNS));
    expect(heapMB).toBeLessThan(100);
    expect(
      (outcome as Awaited<ReturnType<typeof readSheet>>).rows.map((row) => row.values.code),
    ).toEqual(['001']);
  });

  it('refuses a sheet with too many merged ranges', async () => {
    const merges = Array.from(
      { length: 20_001 },
      (_, i) => `<mergeCell ref="A${i * 2 + 3}:B${i * 2 + 3}"/>`,
    );
    const file = handMadeXlsx({
      sheets: [
        {
          name: 'Dữ liệu',
          xml: `<sheetData>${inlineRow(1, HEADERS)}${inlineRow(2, ['001', 'Sở A', 'Tỉnh'])}</sheetData><mergeCells>${merges.join('')}</mergeCells>`,
        },
      ],
    });
    expectFileError(await refusal(file), /quá nhiều vùng ô gộp/);
  });
});

describe('readSheet: cells longer than Excel allows (32,767 characters)', () => {
  const CELL_LIMIT = /ô chứa hơn 32\.767 ký tự \(giới hạn của Excel\)/;
  const COLUMNS = defineColumns([
    { key: 'code', header: 'Mã đơn vị', type: 'text', required: true },
    { key: 'name', header: 'Tên đơn vị', type: 'text' },
  ]);

  async function refused(file: Buffer, options?: ReadSheetOptions): Promise<AppError> {
    try {
      await readSheet(file, COLUMNS, options);
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error('expected the file to be refused');
  }

  it('reads a cell of exactly 32,767 characters and refuses 32,768, as a shared or an inline string', async () => {
    for (const inline of [false, true]) {
      const ok = await readSheet(xlsxWithHugeText({ chars: 32_767, inline }), COLUMNS);
      expect(ok.rows[0].values.name).toHaveLength(32_767);
      expectFileError(await refused(xlsxWithHugeText({ chars: 32_768, inline })), CELL_LIMIT);
    }
  });

  it('counts Vietnamese text in characters, and sums the runs of a rich-text cell', async () => {
    const vietnamese = 'ạ'.repeat(32_767);
    const ok = handMadeXlsx({
      sheets: [
        {
          name: 'Dữ liệu',
          xml: `<sheetData>${inlineRow(1, ['Mã đơn vị', 'Tên đơn vị'])}<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row></sheetData>`,
        },
      ],
      sharedStrings: ['001', vietnamese],
    });
    expect((await readSheet(ok, COLUMNS)).rows[0].values.name).toBe(vietnamese);
    const half = 'x'.repeat(20_000);
    const rich = handMadeXlsx({
      sheets: [
        {
          name: 'Dữ liệu',
          xml: `<sheetData>${inlineRow(1, ['Mã đơn vị', 'Tên đơn vị'])}<row r="2"><c r="A2" t="inlineStr"><is><t>001</t></is></c><c r="B2" t="inlineStr"><is><r><t>${half}</t></r><r><rPr><b/></rPr><t>${half}</t></r></is></c></row></sheetData>`,
        },
      ],
    });
    expectFileError(await refused(rich), CELL_LIMIT);
  });

  it('refuses a 40 MB shared string after reading 32 KB of it, with memory flat', async () => {
    const file = xlsxWithHugeText({ chars: 40 * MB });
    expect(file.length).toBeLessThan(100 * 1024);
    // Before: exceljs read it whole, peaking at 1.4 GB of RSS in 9 s, and stored it in the batch.
    const { outcome, rssMB, heapMB } = await peakGrowth(() => readSheet(file, COLUMNS));
    expect(outcome).toBeInstanceOf(AppError);
    expectFileError(outcome as AppError, CELL_LIMIT);
    expect(rssMB).toBeLessThan(100);
    expect(heapMB).toBeLessThan(100);
  });

  it('refuses a 150 MB shared string (a 160 KB file) without inflating it, and while inflating it if allowed', async () => {
    const file = xlsxWithHugeText({ chars: 150 * MB });
    expect(file.length).toBeLessThan(200 * 1024);
    // Before: "JavaScript heap out of memory": the process died.
    const declared = await peakGrowth(() => readSheet(file, COLUMNS));
    expectFileError(declared.outcome as AppError, /vượt quá 64 MB sau khi giải nén/);
    expect(declared.rssMB).toBeLessThan(100);
    // With the part cap lifted, the streaming guard still stops it at 32,768 characters.
    const streamed = await peakGrowth(() => readSheet(file, COLUMNS, { maxPartBytes: 1024 * MB }));
    expectFileError(streamed.outcome as AppError, CELL_LIMIT);
    expect(streamed.rssMB).toBeLessThan(100);
    expect(streamed.heapMB).toBeLessThan(100);
  });

  it('refuses a 150 MB string whose directory says 1 KB (a lying part) at the first chunk past it', async () => {
    const file = patchCentralHeader(
      xlsxWithHugeText({ chars: 150 * MB }),
      /sharedStrings\.xml$/,
      (zip, header) => zip.writeUInt32LE(1_024, header + 24),
    );
    const { outcome, rssMB } = await peakGrowth(() => readSheet(file, COLUMNS));
    expectFileError(outcome as AppError, /không khớp với nội dung/);
    expect(rssMB).toBeLessThan(100);
  });

  it('refuses a 40 MB inline string, and a 2 MB attribute', async () => {
    const { outcome, rssMB } = await peakGrowth(() =>
      readSheet(xlsxWithHugeText({ chars: 40 * MB, inline: true }), COLUMNS),
    );
    expectFileError(outcome as AppError, CELL_LIMIT);
    expect(rssMB).toBeLessThan(100);
    const attribute = handMadeXlsx({
      sheets: [
        {
          name: 'Dữ liệu',
          xml: `<sheetData>${inlineRow(1, ['Mã đơn vị', 'Tên đơn vị'])}<row r="2" x="${'y'.repeat(2 * MB)}"/></sheetData>`,
        },
      ],
    });
    expectFileError(await refused(attribute), /nội dung XML bất thường/);
  });

  it('keeps only the first 200 characters of a rejected cell for the preview', async () => {
    const long = 'Đ'.repeat(5_000);
    const file = handMadeXlsx({
      sheets: [
        {
          name: 'Dữ liệu',
          xml: `<sheetData>${inlineRow(1, HEADERS)}${inlineRow(2, [long, 'Sở A', 'Tỉnh'])}</sheetData>`,
        },
      ],
    });
    const [row] = (await readSheet(file, UNIT_COLUMNS)).rows;
    expect(row.problems).toEqual([
      'Dòng 2, cột "Mã đơn vị": dài 5000 ký tự, vượt quá 10 ký tự cho phép.',
    ]);
    expect(row.rejected.code).toBe(`${'Đ'.repeat(REJECTED_TEXT_CHARS)}…`);
  });
});

describe('readSheet: files read at once', () => {
  it('goes through the process-wide gate: with two reads running and two waiting, a fifth is refused', async () => {
    const file = await sheetBuffer([HEADERS, ['001', 'Sở A', 'Tỉnh']]);
    const releases: (() => void)[] = [];
    const occupied = Array.from(
      { length: DEFAULT_READ_GATE_LIMITS.running + DEFAULT_READ_GATE_LIMITS.waiting },
      () => EXCEL_READ_GATE.run(() => new Promise<void>((resolve) => releases.push(resolve))),
    );
    await new Promise((resolve) => setImmediate(resolve));
    const refused = await readSheet(file, UNIT_COLUMNS).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('RATE_LIMITED');
    expect((refused as AppError).message).toBe(READ_GATE_MESSAGES.busy);
    // Each release starts the next waiting one, which registers its own release.
    while (releases.length > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(occupied);
    expect((await readSheet(file, UNIT_COLUMNS)).rows).toHaveLength(1);
  });
});
