/**
 * The permission catalog. A role is a named set of these; a user or API client holds a role on a unit
 * scope (that unit and everything below it) or globally. Codes are part of the public API: add, never rename.
 */
export const PERMISSIONS = {
  USER_READ: { label: 'Xem người dùng', group: 'Quản trị' },
  USER_MANAGE: { label: 'Tạo, sửa, khóa người dùng', group: 'Quản trị' },
  ROLE_ASSIGN: { label: 'Phân vai trò và phạm vi', group: 'Quản trị' },
  ROLE_MANAGE: { label: 'Định nghĩa vai trò', group: 'Quản trị' },
  API_CLIENT_MANAGE: { label: 'Quản lý ứng dụng tích hợp', group: 'Quản trị' },
  AUDIT_READ: { label: 'Xem nhật ký hệ thống', group: 'Quản trị' },
  CALENDAR_MANAGE: {
    label: 'Quản lý lịch ngày làm việc (ngày nghỉ lễ, tết, ngày làm bù)',
    group: 'Quản trị',
  },
  UNIT_READ: { label: 'Xem đơn vị', group: 'Tổ chức' },
  UNIT_MANAGE: { label: 'Quản lý đơn vị', group: 'Tổ chức' },
  UNIT_RESTRUCTURE: {
    label: 'Sắp xếp tổ chức (đổi tên, chuyển, sáp nhập, chia tách, giải thể)',
    group: 'Tổ chức',
  },
  CLUSTER_MANAGE: { label: 'Quản lý cụm, khối thi đua', group: 'Tổ chức' },
  PERSON_READ: { label: 'Xem cán bộ, người lao động', group: 'Tổ chức' },
  PERSON_MANAGE: { label: 'Quản lý cán bộ, người lao động', group: 'Tổ chức' },
  LEGAL_MANAGE: {
    label: 'Quản lý văn bản căn cứ (thêm, sửa, đánh dấu bị thay thế)',
    group: 'Thi đua, khen thưởng',
  },
  CAMPAIGN_READ: { label: 'Xem kế hoạch, phong trào thi đua', group: 'Thi đua, khen thưởng' },
  CAMPAIGN_MANAGE: {
    label: 'Soạn, sửa kế hoạch, phong trào thi đua',
    group: 'Thi đua, khen thưởng',
  },
  CAMPAIGN_ISSUE: {
    label: 'Ký ban hành kế hoạch thi đua (cấp số, ký hiệu)',
    group: 'Thi đua, khen thưởng',
  },
  RECORDS_READ: {
    label: 'Xem hồ sơ thành tích (kết quả đánh giá, lịch sử khen thưởng, sáng kiến, tạm hoãn)',
    group: 'Thi đua, khen thưởng',
  },
  RECORDS_MANAGE: {
    label: 'Cập nhật hồ sơ thành tích (kết quả đánh giá, lịch sử khen thưởng, sáng kiến, tạm hoãn)',
    group: 'Thi đua, khen thưởng',
  },
  AWARD_ROUND_MANAGE: {
    label: 'Mở, sửa, đóng đợt xét khen thưởng (đơn vị tiếp nhận hồ sơ)',
    group: 'Thi đua, khen thưởng',
  },
  DOSSIER_READ: { label: 'Xem hồ sơ đề nghị khen thưởng', group: 'Thi đua, khen thưởng' },
  DOSSIER_MANAGE: {
    label: 'Lập, sửa, gửi hồ sơ đề nghị khen thưởng (đơn vị đề nghị)',
    group: 'Thi đua, khen thưởng',
  },
  DOSSIER_RECEIVE: {
    label: 'Tiếp nhận, trả lại, thẩm định hồ sơ đề nghị khen thưởng (đơn vị tiếp nhận)',
    group: 'Thi đua, khen thưởng',
  },
  COUNCIL_READ: {
    label: 'Xem hội đồng thi đua, khen thưởng và phiên họp',
    group: 'Thi đua, khen thưởng',
  },
  COUNCIL_MANAGE: {
    label:
      'Quản lý hội đồng thi đua, khen thưởng: thành viên, phiên họp, điểm danh, chương trình xét (thư ký hội đồng)',
    group: 'Thi đua, khen thưởng',
  },
  DECISION_READ: { label: 'Xem quyết định khen thưởng', group: 'Thi đua, khen thưởng' },
  DECISION_MANAGE: {
    label: 'Soạn quyết định khen thưởng, in giấy khen, bằng khen',
    group: 'Thi đua, khen thưởng',
  },
  DECISION_ISSUE: {
    label: 'Ký ban hành quyết định khen thưởng (cấp số, ký hiệu)',
    group: 'Thi đua, khen thưởng',
  },
  RULES_MANAGE: {
    label:
      'Quản lý quy định khen thưởng (phiên bản quy định, tham số; tỉnh: mức riêng và danh hiệu, hình thức riêng)',
    group: 'Thi đua, khen thưởng',
  },
} as const satisfies Record<string, { label: string; group: string }>;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(value: string): value is Permission {
  return value in PERMISSIONS;
}
