import { ALL_PERMISSIONS, type Permission } from './permissions';

/** Roles shipped with the system. Administrators may define more; these codes are stable. */
export const SYSTEM_ROLES = {
  SYSTEM_ADMIN: {
    name: 'Quản trị hệ thống',
    description: 'Toàn quyền quản trị trong phạm vi được giao.',
    permissions: ALL_PERMISSIONS,
  },
  TDKT_OFFICER: {
    name: 'Cán bộ thi đua – khen thưởng',
    description: 'Tổ chức phong trào, tiếp nhận báo cáo, lập hồ sơ khen thưởng.',
    permissions: [
      'UNIT_READ',
      'UNIT_MANAGE',
      'UNIT_RESTRUCTURE',
      'CLUSTER_MANAGE',
      'PERSON_READ',
      'PERSON_MANAGE',
      'RECORDS_READ',
      'RECORDS_MANAGE',
      'LEGAL_MANAGE',
      'CAMPAIGN_READ',
      'CAMPAIGN_MANAGE',
      'AWARD_ROUND_MANAGE',
      'DOSSIER_READ',
      'DOSSIER_MANAGE',
      'DOSSIER_RECEIVE',
      'COUNCIL_READ',
      'COUNCIL_MANAGE',
      'DECISION_READ',
      'DECISION_MANAGE',
      'USER_READ',
      'AUDIT_READ',
    ],
  },
  REPORTER: {
    name: 'Cán bộ nhập liệu, báo cáo',
    description: 'Nhập đăng ký thi đua, báo cáo định kỳ của đơn vị.',
    permissions: ['UNIT_READ', 'PERSON_READ', 'RECORDS_READ', 'DOSSIER_READ'],
  },
  COUNCIL_MEMBER: {
    name: 'Thành viên Hội đồng TĐKT',
    description: 'Dự họp, bỏ phiếu xét khen thưởng.',
    permissions: [
      'UNIT_READ',
      'PERSON_READ',
      'RECORDS_READ',
      'DOSSIER_READ',
      'COUNCIL_READ',
      'DECISION_READ',
    ],
  },
  COUNCIL_SECRETARY: {
    name: 'Thư ký Hội đồng TĐKT',
    description: 'Chuẩn bị phiên họp, tổng hợp phiếu, lập biên bản.',
    permissions: [
      'UNIT_READ',
      'PERSON_READ',
      'RECORDS_READ',
      'DOSSIER_READ',
      'USER_READ',
      'COUNCIL_READ',
      'COUNCIL_MANAGE',
      'DECISION_READ',
    ],
  },
  LEADER: {
    name: 'Lãnh đạo (xem, ký duyệt)',
    description: 'Theo dõi tiến độ, ký kế hoạch, tờ trình, quyết định.',
    permissions: [
      'UNIT_READ',
      'PERSON_READ',
      'RECORDS_READ',
      'USER_READ',
      'AUDIT_READ',
      'CAMPAIGN_READ',
      'CAMPAIGN_ISSUE',
      'DOSSIER_READ',
      'COUNCIL_READ',
      'DECISION_READ',
      'DECISION_ISSUE',
    ],
  },
  INTEGRATION: {
    name: 'Hệ thống tích hợp',
    description: 'Vai trò mặc định cho ứng dụng của hệ thống khác kết nối qua API.',
    permissions: ['UNIT_READ'],
  },
} as const satisfies Record<
  string,
  { name: string; description: string; permissions: readonly Permission[] }
>;

export type SystemRoleCode = keyof typeof SYSTEM_ROLES;
