import type { SystemRoleCode } from '@thidua/shared-domain';

/** The demo password of every demo account (printed at start; never use demo data in production). */
export const DEMO_PASSWORD = 'thidua2025';

export interface DemoUnit {
  code: string;
  name: string;
  shortName: string;
  parent?: string;
}

/**
 * A small province after the 2025 reform (two-tier local government). The "Organisation" issue grows
 * this into a full province with Party and mass-organisation trees, clusters and restructuring history.
 */
export const DEMO_UNITS: DemoUnit[] = [
  { code: 'VLG', name: 'Ủy ban nhân dân tỉnh Vĩnh Long', shortName: 'UBND' },
  { code: 'VLG-SNV', name: 'Sở Nội vụ', shortName: 'SNV', parent: 'VLG' },
  { code: 'VLG-SNV-TDKT', name: 'Phòng Thi đua, khen thưởng', shortName: 'TĐKT', parent: 'VLG-SNV' },
  { code: 'VLG-STC', name: 'Sở Tài chính', shortName: 'STC', parent: 'VLG' },
  { code: 'VLG-SGDDT', name: 'Sở Giáo dục và Đào tạo', shortName: 'SGDĐT', parent: 'VLG' },
  { code: 'VLG-VP', name: 'Văn phòng Ủy ban nhân dân tỉnh', shortName: 'VP', parent: 'VLG' },
  { code: 'VLG-VP-TH', name: 'Phòng Tổng hợp', shortName: 'TH', parent: 'VLG-VP' },
  { code: 'VLG-P-ANHOI', name: 'Ủy ban nhân dân phường An Hội', shortName: 'UBND', parent: 'VLG' },
  { code: 'VLG-X-PHUTHUAN', name: 'Ủy ban nhân dân xã Phú Thuận', shortName: 'UBND', parent: 'VLG' },
  { code: 'VLG-X-TANMY', name: 'Ủy ban nhân dân xã Tân Mỹ', shortName: 'UBND', parent: 'VLG' },
];

export interface DemoAccount {
  username: string;
  fullName: string;
  unit: string;
  role: SystemRoleCode;
  /** Unit code of the scope; undefined = toàn hệ thống. */
  scope?: string;
  description: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'quantri',
    fullName: 'Nguyễn Quản Trị',
    unit: 'VLG-SNV',
    role: 'SYSTEM_ADMIN',
    description: 'Quản trị hệ thống, toàn hệ thống',
  },
  {
    username: 'tdkt.tinh',
    fullName: 'Trần Thị Thi Đua',
    unit: 'VLG-SNV-TDKT',
    role: 'TDKT_OFFICER',
    scope: 'VLG',
    description: 'Cán bộ TĐKT cấp tỉnh (toàn tỉnh)',
  },
  {
    username: 'tdkt.sonoivu',
    fullName: 'Lê Văn Nội Vụ',
    unit: 'VLG-SNV',
    role: 'TDKT_OFFICER',
    scope: 'VLG-SNV',
    description: 'Cán bộ TĐKT Sở Nội vụ',
  },
  {
    username: 'quantri.xa',
    fullName: 'Phạm Văn Phú',
    unit: 'VLG-X-PHUTHUAN',
    role: 'SYSTEM_ADMIN',
    scope: 'VLG-X-PHUTHUAN',
    description: 'Quản trị của xã Phú Thuận',
  },
  {
    username: 'tdkt.xa',
    fullName: 'Võ Thị Thuận',
    unit: 'VLG-X-PHUTHUAN',
    role: 'TDKT_OFFICER',
    scope: 'VLG-X-PHUTHUAN',
    description: 'Cán bộ TĐKT xã Phú Thuận',
  },
  {
    username: 'lanhdao',
    fullName: 'Đặng Văn Lãnh',
    unit: 'VLG',
    role: 'LEADER',
    scope: 'VLG',
    description: 'Lãnh đạo UBND tỉnh (xem, ký duyệt)',
  },
];
