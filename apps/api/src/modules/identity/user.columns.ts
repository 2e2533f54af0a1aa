import { defineColumns } from '../../core/excel/excel-columns';

/** The users export (there is no users import). */
export const USER_EXPORT_COLUMNS = defineColumns([
  { key: 'username', header: 'Tên đăng nhập', type: 'text', width: 18 },
  { key: 'fullName', header: 'Họ và tên', type: 'text', width: 26 },
  { key: 'email', header: 'Thư điện tử', type: 'text', width: 28 },
  { key: 'unitCode', header: 'Mã đơn vị', type: 'text', width: 14 },
  { key: 'unitName', header: 'Tên đơn vị', type: 'text', width: 36 },
  {
    key: 'status',
    header: 'Trạng thái',
    type: 'enum',
    width: 16,
    enumValues: { 'Đang hoạt động': 'ACTIVE', 'Đã khóa': 'DISABLED' },
  },
  { key: 'lastLoginAt', header: 'Đăng nhập gần nhất', type: 'date', width: 16 },
  { key: 'createdAt', header: 'Ngày tạo', type: 'date', width: 14 },
] as const);
