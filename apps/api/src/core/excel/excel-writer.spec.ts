import { Workbook, type Worksheet } from 'exceljs';
import { defineColumns, type ExcelWriteRow } from './excel-columns';
import { readSheet } from './excel-reader';
import {
  GUIDE_SHEET_NAME,
  safeSheetName,
  toCellValue,
  writeSheet,
  writeTemplate,
} from './excel-writer';

const PEOPLE_COLUMNS = defineColumns([
  { key: 'code', header: 'Mã cán bộ', type: 'text', required: true, maxLength: 20, width: 14 },
  { key: 'fullName', header: 'Họ và tên', type: 'text', required: true, example: 'Nguyễn Văn An' },
  { key: 'birthDate', header: 'Ngày sinh', type: 'date', example: '15/08/1990' },
  { key: 'isMember', header: 'Đảng viên', type: 'boolean' },
  { key: 'years', header: 'Số năm công tác', type: 'integer' },
  {
    key: 'gender',
    header: 'Giới tính',
    type: 'enum',
    enumValues: { Nam: 'MALE', Nữ: 'FEMALE' },
  },
]);

type PersonRow = ExcelWriteRow<typeof PEOPLE_COLUMNS>;

async function load(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

function sheet(workbook: Workbook, index = 0): Worksheet {
  const worksheet = workbook.worksheets[index];
  if (!worksheet) throw new Error(`no sheet ${index}`);
  return worksheet;
}

describe('writeSheet', () => {
  const rows: PersonRow[] = [
    {
      code: '007',
      fullName: 'Trần Thị Bình',
      birthDate: '1990-08-15',
      isMember: true,
      years: 12,
      gender: 'FEMALE',
    },
    {
      code: '008',
      fullName: 'Lê Văn Cường',
      // 17:30 UTC on 31/12 is already 01/01 in Hà Nội: the exported day is the Vietnamese one.
      birthDate: new Date('1985-12-31T17:30:00Z'),
      isMember: false,
      years: null,
      gender: 'MALE',
    },
    { code: '009', fullName: 'Phạm D' },
  ];

  it('writes bold frozen headers, widths, an autofilter and Vietnamese values', async () => {
    const buffer = await writeSheet({ sheetName: 'Cán bộ', columns: PEOPLE_COLUMNS, rows });
    const worksheet = sheet(await load(buffer));
    expect(worksheet.name).toBe('Cán bộ');
    expect(worksheet.getRow(1).values).toEqual([
      undefined,
      'Mã cán bộ',
      'Họ và tên',
      'Ngày sinh',
      'Đảng viên',
      'Số năm công tác',
      'Giới tính',
    ]);
    expect(worksheet.getCell('A1').font?.bold).toBe(true);
    expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(worksheet.autoFilter).toBe('A1:F1');
    expect(worksheet.getColumn(1).width).toBe(14);
    expect(worksheet.getColumn(2).width).toBeGreaterThanOrEqual(24);

    const first = worksheet.getRow(2);
    expect(first.getCell(1).value).toBe('007');
    expect(first.getCell(3).value).toEqual(new Date(Date.UTC(1990, 7, 15)));
    expect(first.getCell(3).numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(4).value).toBe('Có');
    expect(first.getCell(5).value).toBe(12);
    expect(first.getCell(6).value).toBe('Nữ');
    const second = worksheet.getRow(3);
    expect(second.getCell(3).value).toEqual(new Date(Date.UTC(1986, 0, 1)));
    expect(second.getCell(4).value).toBe('Không');
    expect(second.getCell(5).value).toBeNull();
    expect(worksheet.getRow(4).getCell(4).value).toBeNull();
    // Text columns are formatted as text so codes keep their leading zeros when edited.
    expect(first.getCell(1).numFmt).toBe('@');
  });

  it('puts an optional title above the header, merged across the columns', async () => {
    const buffer = await writeSheet({
      sheetName: 'Cán bộ',
      title: 'DANH SÁCH CÁN BỘ',
      columns: PEOPLE_COLUMNS,
      rows,
    });
    const worksheet = sheet(await load(buffer));
    expect(worksheet.getCell('A1').value).toBe('DANH SÁCH CÁN BỘ');
    expect(worksheet.getCell('A1').font?.bold).toBe(true);
    expect(worksheet.getCell('F1').isMerged).toBe(true);
    expect(worksheet.getCell('A2').value).toBe('Mã cán bộ');
    expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(worksheet.autoFilter).toBe('A2:F2');
  });

  it('round-trips through readSheet, title included', async () => {
    for (const title of [undefined, 'DANH SÁCH CÁN BỘ']) {
      const buffer = await writeSheet({
        sheetName: 'Cán bộ',
        title,
        columns: PEOPLE_COLUMNS,
        rows,
      });
      const result = await readSheet(buffer, PEOPLE_COLUMNS);
      expect(result.unknownHeaders).toEqual([]);
      expect(result.rows.flatMap((row) => row.problems)).toEqual([]);
      expect(result.rows.map((row) => row.values)).toEqual([
        {
          code: '007',
          fullName: 'Trần Thị Bình',
          birthDate: '1990-08-15',
          isMember: true,
          years: 12,
          gender: 'FEMALE',
        },
        {
          code: '008',
          fullName: 'Lê Văn Cường',
          birthDate: '1986-01-01',
          isMember: false,
          years: null,
          gender: 'MALE',
        },
        {
          code: '009',
          fullName: 'Phạm D',
          birthDate: null,
          isMember: false,
          years: null,
          gender: null,
        },
      ]);
    }
  });

  it('accepts rows from an async iterable', async () => {
    async function* pages(): AsyncGenerator<PersonRow> {
      yield { code: '1', fullName: 'A' };
      await new Promise((resolve) => setTimeout(resolve, 5));
      yield { code: '2', fullName: 'B' };
    }
    const buffer = await writeSheet({
      sheetName: 'Cán bộ',
      columns: PEOPLE_COLUMNS,
      rows: pages(),
    });
    const result = await readSheet(buffer, PEOPLE_COLUMNS);
    expect(result.rows.map((row) => row.values.code)).toEqual(['1', '2']);
  });

  // How fast is bench's business (about 2 s on a laptop); here only that 50,000 rows come back whole.
  it('writes 50 000 rows that read back whole', async () => {
    function* many(): Generator<PersonRow> {
      for (let i = 0; i < 50_000; i++) {
        yield {
          code: String(i).padStart(6, '0'),
          fullName: `Nguyễn Văn Số ${i}`,
          birthDate: '1990-08-15',
          isMember: i % 2 === 0,
          years: i % 40,
          gender: i % 3 === 0 ? 'FEMALE' : 'MALE',
        };
      }
    }
    const buffer = await writeSheet({ sheetName: 'Cán bộ', columns: PEOPLE_COLUMNS, rows: many() });
    const result = await readSheet(buffer, PEOPLE_COLUMNS);
    expect(result.rows).toHaveLength(50_000);
    expect(result.rows[49_999].values.code).toBe('049999');
  }, 60_000);
});

describe('writeTemplate', () => {
  it('has the data sheet with marked required headers, one example row and dropdowns', async () => {
    const workbook = await load(await writeTemplate(PEOPLE_COLUMNS));
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      'Dữ liệu',
      GUIDE_SHEET_NAME,
    ]);
    const data = sheet(workbook);
    expect(data.getRow(1).values).toEqual([
      undefined,
      'Mã cán bộ (*)',
      'Họ và tên (*)',
      'Ngày sinh',
      'Đảng viên',
      'Số năm công tác',
      'Giới tính',
    ]);
    expect(data.getRow(2).values).toEqual([
      undefined,
      undefined,
      'Nguyễn Văn An',
      '15/08/1990',
      'Có',
      1,
      'Nam',
    ]);
    expect(data.getCell('B2').font?.italic).toBe(true);
    expect(data.actualRowCount).toBe(2);
    expect(data.getCell('C2').numFmt).toBe('@');
    const validations = (
      data as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }
    ).dataValidations.model;
    expect(validations['F3']?.formulae).toEqual(['"Nam,Nữ"']);
    expect(validations['D3']?.formulae).toEqual(['"Có,Không"']);
    expect(validations['A3']).toBeUndefined();
  });

  it('explains every column on the "Hướng dẫn" sheet', async () => {
    const guide = sheet(await load(await writeTemplate(PEOPLE_COLUMNS)), 1);
    const lines: unknown[][] = [];
    guide.eachRow((row) => lines.push((row.values as unknown[]).slice(1)));
    expect(lines[0][0]).toBe('Hướng dẫn nhập dữ liệu'); // merged across the five columns
    expect(lines[1]).toEqual(['Cột', 'Bắt buộc', 'Định dạng', 'Giá trị chấp nhận', 'Ví dụ']);
    expect(lines.slice(2, 8).map((line) => line.slice(0, 2))).toEqual([
      ['Mã cán bộ', 'Có'],
      ['Họ và tên', 'Có'],
      ['Ngày sinh', 'Không'],
      ['Đảng viên', 'Không'],
      ['Số năm công tác', 'Không'],
      ['Giới tính', 'Không'],
    ]);
    expect(lines[2][2]).toBe('Văn bản, tối đa 20 ký tự');
    expect(lines[4][2]).toMatch(/dd\/mm\/yyyy/);
    expect(lines[7][3]).toBe('Nam; Nữ');
    expect(lines.flat().join(' ')).toMatch(/tối đa 50\.000 dòng/);
  });

  it('is read back by readSheet (the example row parses without problems)', async () => {
    const result = await readSheet(await writeTemplate(PEOPLE_COLUMNS), PEOPLE_COLUMNS);
    expect(result.sheetName).toBe('Dữ liệu');
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0].values).toEqual({
      code: null,
      fullName: 'Nguyễn Văn An',
      birthDate: '1990-08-15',
      isMember: true,
      years: 1,
      gender: 'MALE',
    });
    expect(result.rows[0].problems).toEqual(['Dòng 2, cột "Mã cán bộ": không được để trống.']);
  });
});

describe('writer helpers', () => {
  it('makes sheet names Excel accepts', () => {
    expect(safeSheetName('Đơn vị [2025]: Tỉnh/Huyện?')).toBe('Đơn vị -2025-- Tỉnh-Huyện-');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(safeSheetName("'  '")).toBe('Dữ liệu');
    expect(safeSheetName('History')).toBe('History-');
  });

  it('converts values per column type and leaves unknown ones visible', () => {
    const [code, , birth, member, years, gender] = PEOPLE_COLUMNS;
    expect(toCellValue(code, 12)).toBe('12');
    expect(toCellValue(code, 'x'.repeat(40_000))).toHaveLength(32_767);
    expect(toCellValue(birth, 'not a date')).toBe('not a date');
    expect(toCellValue(birth, new Date(Number.NaN))).toBeNull();
    expect(toCellValue(member, 'x')).toBe('x');
    expect(toCellValue(years, '1.200')).toBe(1200);
    expect(toCellValue(years, Number.POSITIVE_INFINITY)).toBeNull();
    expect(toCellValue(gender, 'OTHER')).toBe('OTHER');
    expect(toCellValue(gender, undefined)).toBeNull();
  });
});
