import { PERSON_CODE, TEXT_LIMITS, UNIT_CODE } from '@thidua/shared-domain';
import { defineColumns } from '../../core/excel/excel-columns';

export const SEX_LABELS = { Nam: 'MALE', Nữ: 'FEMALE' } as const;

/** Labels without commas, so the template offers them as a dropdown. */
export const STAFF_CATEGORY_LABELS = {
  'Công chức': 'CIVIL_SERVANT',
  'Viên chức': 'PUBLIC_EMPLOYEE',
  'Người lao động': 'WORKER',
  'Lực lượng vũ trang': 'OFFICER',
  Khác: 'OTHER',
} as const;

/**
 * Columns of the people sheet (template, import, export). "Mã nhân sự" is the key an import matches
 * people on; the position columns describe the person's current post (unit by its code).
 */
export const PERSON_COLUMNS = defineColumns([
  {
    key: 'code',
    header: 'Mã nhân sự',
    aliases: ['Mã cán bộ', 'Số hiệu cán bộ'],
    type: 'text',
    required: true,
    maxLength: PERSON_CODE.maxLength,
    width: 14,
    example: 'NV0001',
  },
  {
    key: 'fullName',
    header: 'Họ và tên',
    aliases: ['Họ tên'],
    type: 'text',
    required: true,
    maxLength: TEXT_LIMITS.personName,
    width: 26,
    example: 'Nguyễn Văn An',
  },
  {
    key: 'sex',
    header: 'Giới tính',
    type: 'enum',
    required: true,
    enumValues: SEX_LABELS,
    width: 10,
    example: 'Nam',
  },
  { key: 'dateOfBirth', header: 'Ngày sinh', type: 'date', width: 12, example: '15/08/1990' },
  {
    key: 'ethnicity',
    header: 'Dân tộc',
    type: 'text',
    maxLength: TEXT_LIMITS.ethnicity,
    width: 10,
    example: 'Kinh',
  },
  {
    key: 'religion',
    header: 'Tôn giáo',
    type: 'text',
    maxLength: TEXT_LIMITS.religion,
    width: 12,
    example: 'Không',
  },
  {
    key: 'hometown',
    header: 'Quê quán',
    type: 'text',
    maxLength: TEXT_LIMITS.hometown,
    width: 24,
    example: 'Bến Tre',
  },
  { key: 'partyMember', header: 'Đảng viên', type: 'boolean', width: 10, example: 'Có' },
  { key: 'partyJoinedOn', header: 'Ngày vào Đảng', type: 'date', width: 14, example: '03/02/2015' },
  {
    key: 'unitCode',
    header: 'Mã đơn vị',
    aliases: ['Mã đơn vị công tác'],
    type: 'text',
    required: true,
    maxLength: UNIT_CODE.maxLength,
    width: 14,
    example: 'SNV',
  },
  {
    key: 'title',
    header: 'Chức vụ',
    type: 'text',
    required: true,
    maxLength: TEXT_LIMITS.positionTitle,
    width: 22,
    example: 'Chuyên viên',
  },
  {
    key: 'startedOn',
    header: 'Ngày bắt đầu',
    aliases: ['Từ ngày'],
    type: 'date',
    width: 13,
    example: '01/07/2025',
  },
  { key: 'isLeader', header: 'Lãnh đạo, quản lý', type: 'boolean', width: 12, example: 'Không' },
  {
    key: 'staffCategory',
    header: 'Loại cán bộ',
    type: 'enum',
    required: true,
    enumValues: STAFF_CATEGORY_LABELS,
    width: 18,
    example: 'Công chức',
  },
  {
    key: 'note',
    header: 'Ghi chú',
    type: 'text',
    maxLength: TEXT_LIMITS.note,
    width: 30,
    example: '',
  },
] as const);

/** The export adds the unit's name (ignored when the file is imported back). */
export const PERSON_EXPORT_COLUMNS = defineColumns([
  ...PERSON_COLUMNS,
  { key: 'unitName', header: 'Tên đơn vị', type: 'text', width: 36 },
] as const);
