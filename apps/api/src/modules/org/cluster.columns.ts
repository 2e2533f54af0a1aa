import { defineColumns } from '../../core/excel/excel-columns';

/** The clusters export (cụm, khối thi đua with their current members and this year's lead). */
export const CLUSTER_EXPORT_COLUMNS = defineColumns([
  { key: 'code', header: 'Mã cụm, khối', type: 'text', width: 14 },
  { key: 'name', header: 'Tên cụm, khối', type: 'text', width: 36 },
  {
    key: 'kind',
    header: 'Loại',
    type: 'enum',
    width: 12,
    enumValues: { 'Cụm thi đua': 'CUM', 'Khối thi đua': 'KHOI' },
  },
  { key: 'organizerCode', header: 'Mã đơn vị tổ chức', type: 'text', width: 16 },
  { key: 'organizerName', header: 'Đơn vị tổ chức', type: 'text', width: 30 },
  { key: 'memberCount', header: 'Số thành viên', type: 'integer', width: 12 },
  { key: 'members', header: 'Thành viên hiện tại (mã đơn vị)', type: 'text', width: 48 },
  { key: 'year', header: 'Năm', type: 'integer', width: 8 },
  { key: 'leadCode', header: 'Mã đơn vị trưởng', type: 'text', width: 16 },
  { key: 'deputyCode', header: 'Mã đơn vị phó', type: 'text', width: 16 },
  { key: 'description', header: 'Mô tả', type: 'text', width: 40 },
] as const);
