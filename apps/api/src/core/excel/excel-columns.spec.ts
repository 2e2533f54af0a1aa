import {
  defineColumns,
  describeFormat,
  enumLabels,
  enumLookup,
  foldHeader,
  type ExcelColumn,
} from './excel-columns';

describe('foldHeader', () => {
  it('ignores accents, case, spacing and required markers', () => {
    expect(foldHeader('  Tên   ĐƠN vị ')).toBe('ten don vi');
    expect(foldHeader('Tên đơn vị (*)')).toBe('ten don vi');
    expect(foldHeader('Tên đơn vị*')).toBe('ten don vi');
    expect(foldHeader('Tên đơn vị:')).toBe('ten don vi');
    expect(foldHeader('Ngày\nsinh')).toBe('ngay sinh');
    expect(foldHeader('Tên (viết tắt)')).toBe('ten (viet tat)');
  });
});

describe('defineColumns', () => {
  it('returns the list unchanged', () => {
    const columns = defineColumns([{ key: 'code', header: 'Mã', type: 'text' }]);
    expect(columns).toEqual([{ key: 'code', header: 'Mã', type: 'text' }]);
  });

  it('refuses duplicate keys and headers or aliases that collide once folded', () => {
    expect(() =>
      defineColumns([
        { key: 'a', header: 'Mã', type: 'text' },
        { key: 'a', header: 'Tên', type: 'text' },
      ]),
    ).toThrow(/declared twice/);
    expect(() =>
      defineColumns([
        { key: 'a', header: 'Mã đơn vị', type: 'text' },
        { key: 'b', header: 'Tên', aliases: ['MA DON VI'], type: 'text' },
      ]),
    ).toThrow(/matches both "a" and "b"/);
    expect(() => defineColumns([{ key: 'a', header: ' (*) ', type: 'text' }])).toThrow(
      /empty header/,
    );
  });

  it('refuses enums without values or with ambiguous labels', () => {
    expect(() => defineColumns([{ key: 'k', header: 'Loại', type: 'enum' }])).toThrow(
      /no enumValues/,
    );
    expect(() =>
      defineColumns([{ key: 'k', header: 'Loại', type: 'enum', enumValues: { Xã: 'A', XA: 'B' } }]),
    ).toThrow(/means both/);
    expect(() =>
      defineColumns([
        { key: 'k', header: 'Loại', type: 'enum', enumValues: { Tỉnh: 'HUYEN', Huyện: 'X' } },
      ]),
    ).toThrow(/means both/);
  });

  it('refuses a nonsensical maxLength', () => {
    expect(() => defineColumns([{ key: 'k', header: 'Mã', type: 'text', maxLength: 0 }])).toThrow(
      /maxLength/,
    );
  });
});

describe('enum helpers and descriptions', () => {
  const kind: ExcelColumn = {
    key: 'kind',
    header: 'Loại',
    type: 'enum',
    enumValues: { Tỉnh: 'PROVINCE', 'Thành phố trực thuộc TW': 'PROVINCE', Huyện: 'DISTRICT' },
  };

  it('maps labels and codes to codes, and codes to their first label', () => {
    expect(enumLookup(kind).get('tinh')).toBe('PROVINCE');
    expect(enumLookup(kind).get('province')).toBe('PROVINCE');
    expect(enumLookup(kind).get('thanh pho truc thuoc tw')).toBe('PROVINCE');
    expect(enumLabels(kind).get('PROVINCE')).toBe('Tỉnh');
  });

  it('describes each type in Vietnamese', () => {
    expect(describeFormat({ key: 'a', header: 'A', type: 'text', maxLength: 50 })).toBe(
      'Văn bản, tối đa 50 ký tự',
    );
    expect(describeFormat({ key: 'a', header: 'A', type: 'date' })).toMatch(/dd\/mm\/yyyy/);
    expect(describeFormat(kind)).toBe('Một giá trị trong danh sách');
  });
});
