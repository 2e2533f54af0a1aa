import { TEXT_LIMITS, UNIT_CODE } from '@thidua/shared-domain';
import { defineColumns } from '../../core/excel/excel-columns';

/**
 * Columns of the units sheet: the template, the import and the export use this one list (the export
 * adds the status columns after it, which an import ignores), so an exported file imports unchanged.
 * Kinds are an extensible catalog, so "Loại đơn vị" is text matched against the catalog's codes and
 * names (accents and case ignored) rather than a fixed dropdown.
 */
export const UNIT_COLUMNS = defineColumns([
  // The example row is a row the import accepts: a division, which may sit under nearly any unit, under
  // the downloader's own unit (the template fills its code in; "TINH" only names the column's meaning).
  {
    key: 'code',
    header: 'Mã đơn vị',
    type: 'text',
    required: true,
    maxLength: UNIT_CODE.maxLength,
    width: 16,
    example: 'PHONG-TCHC',
  },
  {
    key: 'name',
    header: 'Tên đơn vị',
    aliases: ['Tên'],
    type: 'text',
    required: true,
    maxLength: TEXT_LIMITS.unitName,
    width: 40,
    example: 'Phòng Tổ chức – Hành chính',
  },
  {
    key: 'shortName',
    header: 'Tên viết tắt',
    type: 'text',
    maxLength: TEXT_LIMITS.unitShortName,
    width: 14,
    example: 'TCHC',
  },
  {
    key: 'kind',
    header: 'Loại đơn vị',
    aliases: ['Mã loại đơn vị'],
    type: 'text',
    required: true,
    maxLength: 255,
    width: 34,
    example: 'Phòng, ban thuộc cơ quan, đơn vị',
  },
  {
    key: 'parentCode',
    header: 'Mã đơn vị cấp trên',
    type: 'text',
    maxLength: UNIT_CODE.maxLength,
    width: 18,
    example: 'TINH',
  },
  { key: 'legalPerson', header: 'Tư cách pháp nhân', type: 'boolean', width: 12, example: 'Không' },
  {
    key: 'address',
    header: 'Địa chỉ',
    type: 'text',
    maxLength: TEXT_LIMITS.address,
    width: 40,
    example: '',
  },
  {
    key: 'phone',
    header: 'Điện thoại',
    type: 'text',
    maxLength: TEXT_LIMITS.phone,
    width: 16,
    example: '',
  },
  {
    key: 'email',
    header: 'Thư điện tử',
    aliases: ['Email'],
    type: 'text',
    maxLength: TEXT_LIMITS.email,
    width: 28,
    example: '',
  },
  {
    key: 'validFrom',
    header: 'Ngày thành lập',
    aliases: ['Ngày hiệu lực'],
    type: 'date',
    width: 14,
    example: '01/07/2025',
  },
] as const);

/** What an export adds after the import columns (ignored when the file is imported back). */
export const UNIT_EXPORT_COLUMNS = defineColumns([
  ...UNIT_COLUMNS,
  {
    key: 'status',
    header: 'Trạng thái',
    type: 'enum',
    width: 16,
    enumValues: {
      'Đang hoạt động': 'ACTIVE',
      'Đã giải thể': 'DISSOLVED',
      'Đã sáp nhập': 'MERGED',
      'Đã chia tách': 'SPLIT',
    },
  },
  { key: 'validTo', header: 'Ngày kết thúc', type: 'date', width: 14 },
  {
    key: 'tree',
    header: 'Hệ thống',
    type: 'enum',
    width: 18,
    enumValues: { 'Chính quyền': 'GOVERNMENT', Đảng: 'PARTY', 'Mặt trận – đoàn thể': 'FRONT' },
  },
] as const);
