import { UNIT_TREE_LABELS } from '@thidua/shared-domain';
import { defineEnum } from '../../core/graphql/enums';

export const UnitTreeEnum = defineEnum(
  'UnitTree',
  UNIT_TREE_LABELS,
  'Hệ thống tổ chức song song: chính quyền, Đảng, Mặt trận – đoàn thể.',
);

export const UnitStatusEnum = defineEnum(
  'UnitStatus',
  {
    ACTIVE: 'Đang hoạt động',
    DISSOLVED: 'Đã giải thể',
    MERGED: 'Đã sáp nhập, hợp nhất',
    SPLIT: 'Đã chia tách',
  },
  'Trạng thái đơn vị; đơn vị đã kết thúc chỉ được xem từ ngày validTo.',
);

export const RestructuringKindEnum = defineEnum('RestructuringKind', {
  CREATE: 'Thành lập',
  RENAME: 'Đổi tên',
  MOVE: 'Chuyển đơn vị cấp trên',
  MERGE: 'Sáp nhập, hợp nhất',
  SPLIT: 'Chia tách',
  DISSOLVE: 'Giải thể',
});

export const UnitChangeActionEnum = defineEnum('UnitChangeAction', {
  CREATED: 'Thành lập mới',
  RENAMED: 'Đổi tên',
  MOVED: 'Chuyển đơn vị cấp trên',
  ENDED: 'Kết thúc hoạt động',
  UNCHANGED_TARGET: 'Đơn vị tiếp nhận (giữ nguyên)',
});

export const UnitSortFieldEnum = defineEnum('UnitSortField', {
  PATH: 'Theo cây tổ chức',
  NAME: 'Theo tên',
  CODE: 'Theo mã',
});
