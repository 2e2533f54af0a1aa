/**
 * Unit kinds shipped with the system (administrators may add more). `parents` lists the kinds a unit of
 * this kind may sit under; `root` allows it at the top of its tree. Sources: domain.md §6 (two-tier local
 * government from 01/07/2025, NĐ 150/2025 for sở, the Party and Front trees).
 */
export type UnitTree = 'GOVERNMENT' | 'PARTY' | 'FRONT';

export interface UnitKindDefinition {
  name: string;
  tree: UnitTree;
  parents: readonly string[];
  root: boolean;
  legalPerson: boolean;
}

export const SYSTEM_UNIT_KINDS = {
  PROVINCE: {
    name: 'Tỉnh, thành phố trực thuộc trung ương',
    tree: 'GOVERNMENT',
    parents: [],
    root: true,
    legalPerson: true,
  },
  DEPARTMENT: {
    name: 'Sở, ban, ngành và tương đương',
    tree: 'GOVERNMENT',
    parents: ['PROVINCE'],
    root: false,
    legalPerson: true,
  },
  COMMUNE: {
    name: 'Ủy ban nhân dân xã, phường, đặc khu',
    tree: 'GOVERNMENT',
    parents: ['PROVINCE'],
    root: false,
    legalPerson: true,
  },
  DIVISION: {
    name: 'Phòng, ban thuộc cơ quan, đơn vị',
    tree: 'GOVERNMENT',
    parents: ['PROVINCE', 'DEPARTMENT', 'COMMUNE', 'PUBLIC_SERVICE', 'ENTERPRISE', 'DIVISION'],
    root: false,
    legalPerson: false,
  },
  PUBLIC_SERVICE: {
    name: 'Đơn vị sự nghiệp công lập (trường học, bệnh viện…)',
    tree: 'GOVERNMENT',
    parents: ['PROVINCE', 'DEPARTMENT', 'COMMUNE'],
    root: false,
    legalPerson: true,
  },
  ENTERPRISE: {
    name: 'Doanh nghiệp',
    tree: 'GOVERNMENT',
    parents: ['PROVINCE', 'DEPARTMENT', 'COMMUNE'],
    root: true,
    legalPerson: true,
  },
  COOPERATIVE: {
    name: 'Hợp tác xã',
    tree: 'GOVERNMENT',
    parents: ['PROVINCE', 'COMMUNE'],
    root: true,
    legalPerson: true,
  },
  HAMLET: {
    name: 'Thôn, ấp, bản, tổ dân phố',
    tree: 'GOVERNMENT',
    parents: ['COMMUNE'],
    root: false,
    legalPerson: false,
  },
  HOUSEHOLD_GROUP: {
    name: 'Tổ hộ gia đình, tổ nhân dân tự quản',
    tree: 'GOVERNMENT',
    parents: ['HAMLET'],
    root: false,
    legalPerson: false,
  },
  PARTY_PROVINCIAL: {
    name: 'Tỉnh ủy, Thành ủy',
    tree: 'PARTY',
    parents: [],
    root: true,
    legalPerson: true,
  },
  PARTY_COMMITTEE: {
    name: 'Đảng ủy trực thuộc (cấp trên cơ sở)',
    tree: 'PARTY',
    parents: ['PARTY_PROVINCIAL'],
    root: false,
    legalPerson: false,
  },
  PARTY_BASE: {
    name: 'Đảng bộ cơ sở, chi bộ cơ sở',
    tree: 'PARTY',
    parents: ['PARTY_PROVINCIAL', 'PARTY_COMMITTEE'],
    root: false,
    legalPerson: false,
  },
  PARTY_CELL: {
    name: 'Chi bộ trực thuộc',
    tree: 'PARTY',
    parents: ['PARTY_BASE'],
    root: false,
    legalPerson: false,
  },
  FRONT: {
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
    tree: 'FRONT',
    parents: ['FRONT'],
    root: true,
    legalPerson: true,
  },
  MASS_ORG: {
    name: 'Tổ chức chính trị - xã hội (Công đoàn, Đoàn Thanh niên, Hội LHPN, Hội Nông dân, Hội CCB)',
    tree: 'FRONT',
    parents: ['FRONT', 'MASS_ORG'],
    root: false,
    legalPerson: true,
  },
  ASSOCIATION: {
    name: 'Hội, tổ chức xã hội - nghề nghiệp',
    tree: 'FRONT',
    parents: ['FRONT', 'ASSOCIATION'],
    root: true,
    legalPerson: true,
  },
} as const satisfies Record<string, UnitKindDefinition>;

export type SystemUnitKindCode = keyof typeof SYSTEM_UNIT_KINDS;

export const UNIT_TREE_LABELS: Record<UnitTree, string> = {
  GOVERNMENT: 'Chính quyền',
  PARTY: 'Đảng',
  FRONT: 'Mặt trận – đoàn thể',
};
