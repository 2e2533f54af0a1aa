import type { IsoDate, SystemRoleCode, SystemUnitKindCode } from '@thidua/shared-domain';

/**
 * Demo data of a whole province — Vĩnh Long after the 2025 reform (two-tier local government from
 * 01/07/2025, the new province including the former Bến Tre and Trà Vinh). Pure data plus a deterministic
 * generator for the staff (seeded PRNG, no Math.random): every run yields the same people.
 * Never use demo data in production.
 */

/** The demo password of every demo account (printed at start; never use demo data in production). */
export const DEMO_PASSWORD = 'thidua2025';

export interface DemoUnitSpec {
  code: string;
  name: string;
  shortName: string | null;
  kind: SystemUnitKindCode;
  parent?: string;
  legalPerson?: boolean;
  address?: string;
  phone?: string;
  email?: string;
  validFrom: IsoDate;
}

export interface DemoLegalBasis {
  number: string;
  date: IsoDate;
  title: string;
}

export type DemoRestructuringSpec =
  | {
      kind: 'MERGE';
      sources: string[];
      into: { code: string; name: string; shortName: string | null; kind: SystemUnitKindCode };
      parent: string;
      effectiveDate: IsoDate;
      legalBasis: DemoLegalBasis;
    }
  | {
      kind: 'RENAME';
      unit: string;
      newName: string;
      newShortName?: string | null;
      effectiveDate: IsoDate;
      legalBasis: DemoLegalBasis;
    }
  | { kind: 'DISSOLVE'; unit: string; effectiveDate: IsoDate; legalBasis: DemoLegalBasis };

export interface DemoLinkSpec {
  unit: string;
  counterpart: string;
  note: string;
}

export interface DemoClusterSpec {
  code: string;
  name: string;
  kind: 'CUM' | 'KHOI';
  organizer: string;
  description: string;
  members: { unit: string; joinedOn: IsoDate; leftOn?: IsoDate }[];
  leaderships: { year: number; lead: string; deputy?: string }[];
}

export interface DemoPositionSpec {
  unit: string;
  title: string;
  startedOn: IsoDate;
  endedOn?: IsoDate;
  isLeader: boolean;
  staffCategory: 'CIVIL_SERVANT' | 'PUBLIC_EMPLOYEE' | 'WORKER' | 'OFFICER' | 'OTHER';
}

export interface DemoPersonSpec {
  code: string;
  fullName: string;
  sex: 'MALE' | 'FEMALE';
  dateOfBirth: IsoDate;
  ethnicity: string;
  religion: string | null;
  hometown: string;
  partyMember: boolean;
  partyJoinedOn: IsoDate | null;
  positions: DemoPositionSpec[];
}

export interface DemoAccountSpec {
  username: string;
  fullName: string;
  unit: string;
  role: SystemRoleCode;
  /** Unit code of the scope; undefined = toàn hệ thống. */
  scope?: string;
  /** The same role on more roots (a province officer also covers the Party and Front trees). */
  alsoScopes?: string[];
  description: string;
}

const D0: IsoDate = '2020-01-01';
/** Day the two-tier local government (and the commune merges) took effect. */
const REFORM: IsoDate = '2025-07-01';
/** Day the consolidated sở (NĐ 150/2025/NĐ-CP era) started work. */
const SO_REFORM: IsoDate = '2025-03-01';

type U = DemoUnitSpec;
const gov = (
  code: string,
  name: string,
  shortName: string | null,
  kind: SystemUnitKindCode,
  parent?: string,
  extra: Partial<U> = {},
): U => ({
  code,
  name,
  shortName,
  kind,
  ...(parent ? { parent } : {}),
  validFrom: D0,
  ...extra,
});
const ubnd = (code: string, name: string, validFrom: IsoDate = D0): U => ({
  code,
  name,
  shortName: 'UBND',
  kind: 'COMMUNE',
  parent: 'VLG',
  validFrom,
});

/** Units in parent-before-child order. Units created by a MERGE are not listed here (see DEMO_RESTRUCTURINGS). */
export const DEMO_UNITS: DemoUnitSpec[] = [
  // ── Chính quyền: tỉnh, sở, ban, ngành ────────────────────────────────────────────────────────────
  gov('VLG', 'Ủy ban nhân dân tỉnh Vĩnh Long', 'UBND', 'PROVINCE', undefined, {
    address: 'Số 88, đường 2 Tháng 9, phường Thanh Đức, tỉnh Vĩnh Long',
    phone: '0270 3822 100',
    email: 'ubnd@vinhlong.gov.vn',
  }),
  gov('VLG-SNV', 'Sở Nội vụ', 'SNV', 'DEPARTMENT', 'VLG', {
    email: 'snv@vinhlong.gov.vn',
    phone: '0270 3823 161',
  }),
  gov('VLG-SNV-TDKT', 'Phòng Thi đua, khen thưởng', 'TĐKT', 'DIVISION', 'VLG-SNV'),
  gov('VLG-SNV-VP', 'Văn phòng Sở', 'VP', 'DIVISION', 'VLG-SNV'),
  gov('VLG-SNV-TCBC', 'Phòng Tổ chức, biên chế', 'TCBC', 'DIVISION', 'VLG-SNV'),
  gov('VLG-STC', 'Sở Tài chính', 'STC', 'DEPARTMENT', 'VLG', { email: 'stc@vinhlong.gov.vn' }),
  gov('VLG-STC-NS', 'Phòng Quản lý ngân sách', 'QLNS', 'DIVISION', 'VLG-STC'),
  gov('VLG-STC-DN', 'Phòng Tài chính doanh nghiệp', 'TCDN', 'DIVISION', 'VLG-STC'),
  gov('VLG-SGDDT', 'Sở Giáo dục và Đào tạo', 'SGDĐT', 'DEPARTMENT', 'VLG', {
    email: 'sgddt@vinhlong.edu.vn',
  }),
  gov('VLG-SGDDT-GDTRH', 'Phòng Giáo dục trung học', 'GDTrH', 'DIVISION', 'VLG-SGDDT'),
  gov(
    'VLG-SGDDT-THPTLVL',
    'Trường Trung học phổ thông Lưu Văn Liệt',
    'THPT Lưu Văn Liệt',
    'PUBLIC_SERVICE',
    'VLG-SGDDT',
    {
      address: 'Số 73, đường Nguyễn Huệ, phường Long Châu, tỉnh Vĩnh Long',
    },
  ),
  gov('VLG-SYT', 'Sở Y tế', 'SYT', 'DEPARTMENT', 'VLG', { email: 'syt@vinhlong.gov.vn' }),
  gov('VLG-SYT-NVY', 'Phòng Nghiệp vụ Y', 'NVY', 'DIVISION', 'VLG-SYT'),
  gov('VLG-SYT-BVDK', 'Bệnh viện Đa khoa tỉnh Vĩnh Long', 'BVĐK', 'PUBLIC_SERVICE', 'VLG-SYT', {
    address: 'Số 301, đường Trần Phú, phường Phước Hậu, tỉnh Vĩnh Long',
    phone: '0270 3822 523',
  }),
  gov('VLG-SYT-BVDK-KNOI', 'Khoa Nội tổng hợp', 'Khoa Nội', 'DIVISION', 'VLG-SYT-BVDK'),
  gov('VLG-SXD', 'Sở Xây dựng', 'SXD', 'DEPARTMENT', 'VLG'),
  gov('VLG-SCT', 'Sở Công Thương', 'SCT', 'DEPARTMENT', 'VLG'),
  gov('VLG-SNN', 'Sở Nông nghiệp và Phát triển nông thôn', 'SNNPTNT', 'DEPARTMENT', 'VLG'),
  gov('VLG-SNN-TL', 'Chi cục Thủy lợi', 'CCTL', 'DIVISION', 'VLG-SNN'),
  gov('VLG-SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL', 'DEPARTMENT', 'VLG'),
  gov('VLG-SKHCN', 'Sở Khoa học và Công nghệ', 'SKHCN', 'DEPARTMENT', 'VLG'),
  gov('VLG-STP', 'Sở Tư pháp', 'STP', 'DEPARTMENT', 'VLG'),
  gov('VLG-SDTTG', 'Sở Dân tộc và Tôn giáo', 'SDTTG', 'DEPARTMENT', 'VLG', {
    validFrom: SO_REFORM,
  }),
  gov('VLG-TTR', 'Thanh tra tỉnh', 'TTr', 'DEPARTMENT', 'VLG'),
  gov('VLG-BQLKCN', 'Ban Quản lý các khu công nghiệp', 'BQLKCN', 'DEPARTMENT', 'VLG'),
  // Văn phòng UBND tỉnh and its phòng, ban, đơn vị (as in the Bắc Kạn office plan).
  gov('VLG-VP', 'Văn phòng Ủy ban nhân dân tỉnh', 'VP', 'DEPARTMENT', 'VLG', {
    email: 'vpubnd@vinhlong.gov.vn',
  }),
  gov('VLG-VP-TH', 'Phòng Tổng hợp', 'TH', 'DIVISION', 'VLG-VP'),
  gov(
    'VLG-VP-HCTC',
    'Phòng Hành chính tổ chức - Quản trị tài vụ',
    'HCTC-QTTV',
    'DIVISION',
    'VLG-VP',
  ),
  gov('VLG-VP-KT', 'Phòng Kinh tế', 'KT', 'DIVISION', 'VLG-VP'),
  gov('VLG-VP-KGVX', 'Phòng Khoa giáo - Văn xã', 'KGVX', 'DIVISION', 'VLG-VP'),
  gov('VLG-VP-NC', 'Phòng Nội chính', 'NC', 'DIVISION', 'VLG-VP'),
  gov('VLG-VP-BTCD', 'Ban Tiếp công dân tỉnh', 'BTCD', 'DIVISION', 'VLG-VP'),
  gov('VLG-VP-TTPVHCC', 'Trung tâm Phục vụ hành chính công', 'TTPVHCC', 'PUBLIC_SERVICE', 'VLG-VP'),
  gov(
    'VLG-DN-CTN',
    'Công ty Cổ phần Cấp thoát nước Vĩnh Long',
    'CTN Vĩnh Long',
    'ENTERPRISE',
    'VLG',
    {
      address: 'Số 2, đường Hưng Đạo Vương, phường Long Châu, tỉnh Vĩnh Long',
    },
  ),
  // ── Chính quyền: xã, phường đang hoạt động ─────────────────────────────────────────────────────
  ubnd('VLG-P-ANHOI', 'Ủy ban nhân dân phường An Hội'),
  ubnd('VLG-X-PHUTHUAN', 'Ủy ban nhân dân xã Phú Thuận'),
  ubnd('VLG-X-TANMY', 'Ủy ban nhân dân xã Tân Mỹ'),
  ubnd('VLG-P-LONGCHAU', 'Ủy ban nhân dân phường Long Châu'),
  ubnd('VLG-P-PHUOCHAU', 'Ủy ban nhân dân phường Phước Hậu'),
  ubnd('VLG-P-TRAVINH', 'Ủy ban nhân dân phường Trà Vinh'),
  ubnd('VLG-P-NGUYETHOA', 'Ủy ban nhân dân phường Nguyệt Hóa'),
  ubnd('VLG-X-BINHDAI', 'Ủy ban nhân dân xã Bình Đại'),
  ubnd('VLG-X-TAMBINH', 'Ủy ban nhân dân xã Tam Bình'),
  ubnd('VLG-X-TRAON', 'Ủy ban nhân dân xã Trà Ôn'),
  ubnd('VLG-X-CANGLONG', 'Ủy ban nhân dân xã Càng Long'),
  ubnd('VLG-X-CAUKE', 'Ủy ban nhân dân xã Cầu Kè'),
  // ── Chính quyền: xã, phường, thị trấn cũ (merged on 01/07/2025, see DEMO_RESTRUCTURINGS) ─────────
  ubnd('VLG-C-P-PHUKHUONG', 'Ủy ban nhân dân phường Phú Khương, thành phố Bến Tre'),
  ubnd('VLG-C-P-PHUTAN', 'Ủy ban nhân dân phường Phú Tân, thành phố Bến Tre'),
  ubnd('VLG-C-X-PHUNHUAN', 'Ủy ban nhân dân xã Phú Nhuận, thành phố Bến Tre'),
  ubnd('VLG-C-P-5-VL', 'Ủy ban nhân dân Phường 5, thành phố Vĩnh Long'),
  ubnd('VLG-C-X-THANHDUC', 'Ủy ban nhân dân xã Thanh Đức, huyện Long Hồ'),
  ubnd('VLG-C-TT-LONGHO', 'Ủy ban nhân dân thị trấn Long Hồ, huyện Long Hồ'),
  ubnd('VLG-C-X-LONGAN', 'Ủy ban nhân dân xã Long An, huyện Long Hồ'),
  ubnd('VLG-C-TT-TIEUCAN', 'Ủy ban nhân dân thị trấn Tiểu Cần, huyện Tiểu Cần'),
  ubnd('VLG-C-X-PHUCAN', 'Ủy ban nhân dân xã Phú Cần, huyện Tiểu Cần'),
  // ── Chính quyền: khóm, ấp; đơn vị thuộc xã ──────────────────────────────────────────────────────
  gov('VLG-P-ANHOI-K1', 'Khóm 1', null, 'HAMLET', 'VLG-P-ANHOI'),
  gov('VLG-P-ANHOI-K2', 'Khóm 2', null, 'HAMLET', 'VLG-P-ANHOI'),
  gov('VLG-P-ANHOI-K3', 'Khóm 3', null, 'HAMLET', 'VLG-P-ANHOI'),
  gov('VLG-X-PHUTHUAN-A1', 'Ấp Phú Thạnh', null, 'HAMLET', 'VLG-X-PHUTHUAN'),
  gov('VLG-X-PHUTHUAN-A2', 'Ấp Phú Lợi', null, 'HAMLET', 'VLG-X-PHUTHUAN'),
  gov('VLG-X-PHUTHUAN-A3', 'Ấp Phú Hòa', null, 'HAMLET', 'VLG-X-PHUTHUAN'),
  gov(
    'VLG-X-PHUTHUAN-TH',
    'Trường Tiểu học Phú Thuận',
    'TH Phú Thuận',
    'PUBLIC_SERVICE',
    'VLG-X-PHUTHUAN',
  ),
  gov(
    'VLG-X-PHUTHUAN-HTX',
    'Hợp tác xã Nông nghiệp Phú Thuận',
    'HTX Phú Thuận',
    'COOPERATIVE',
    'VLG-X-PHUTHUAN',
  ),
  // ── Đảng ───────────────────────────────────────────────────────────────────────────────────────
  gov('VLG-TU', 'Tỉnh ủy Vĩnh Long', 'TU', 'PARTY_PROVINCIAL', undefined, {
    email: 'vanphongtinhuy@vinhlong.gov.vn',
  }),
  gov('VLG-DU-UBND', 'Đảng ủy Ủy ban nhân dân tỉnh', 'ĐU', 'PARTY_COMMITTEE', 'VLG-TU'),
  // Đảng bộ / chi bộ cơ sở of sở with their chi bộ trực thuộc (as in the Hải Dương plan).
  gov('VLG-DB-SNV', 'Đảng bộ Sở Nội vụ', 'ĐB SNV', 'PARTY_BASE', 'VLG-DU-UBND'),
  gov('VLG-DB-SNV-CB1', 'Chi bộ Văn phòng Sở', null, 'PARTY_CELL', 'VLG-DB-SNV'),
  gov('VLG-DB-SNV-CB2', 'Chi bộ Phòng Thi đua, khen thưởng', null, 'PARTY_CELL', 'VLG-DB-SNV'),
  gov('VLG-DB-SNV-CB3', 'Chi bộ Phòng Tổ chức, biên chế', null, 'PARTY_CELL', 'VLG-DB-SNV'),
  gov('VLG-DB-SYT', 'Đảng bộ Sở Y tế', 'ĐB SYT', 'PARTY_BASE', 'VLG-DU-UBND'),
  gov('VLG-DB-SYT-CB1', 'Chi bộ Văn phòng Sở', null, 'PARTY_CELL', 'VLG-DB-SYT'),
  gov('VLG-DB-SYT-CB2', 'Chi bộ Phòng Nghiệp vụ Y', null, 'PARTY_CELL', 'VLG-DB-SYT'),
  gov('VLG-DB-SGDDT', 'Đảng bộ Sở Giáo dục và Đào tạo', 'ĐB SGDĐT', 'PARTY_BASE', 'VLG-DU-UBND'),
  gov('VLG-DB-SGDDT-CB1', 'Chi bộ Văn phòng Sở', null, 'PARTY_CELL', 'VLG-DB-SGDDT'),
  gov('VLG-DB-SGDDT-CB2', 'Chi bộ Phòng Giáo dục trung học', null, 'PARTY_CELL', 'VLG-DB-SGDDT'),
  gov('VLG-DB-VP', 'Đảng bộ Văn phòng Ủy ban nhân dân tỉnh', 'ĐB VP', 'PARTY_BASE', 'VLG-DU-UBND'),
  gov('VLG-DB-VP-CB1', 'Chi bộ Phòng Tổng hợp', null, 'PARTY_CELL', 'VLG-DB-VP'),
  gov('VLG-CB-STC', 'Chi bộ Sở Tài chính', 'CB STC', 'PARTY_BASE', 'VLG-DU-UBND'),
  gov('VLG-CB-STP', 'Chi bộ Sở Tư pháp', 'CB STP', 'PARTY_BASE', 'VLG-DU-UBND'),
  // Đảng ủy xã, phường (directly under the Tỉnh ủy since 01/07/2025; the demo keeps them from the start).
  gov('VLG-DU-X-PHUTHUAN', 'Đảng ủy xã Phú Thuận', 'ĐU', 'PARTY_BASE', 'VLG-TU'),
  gov('VLG-DU-X-PHUTHUAN-CB1', 'Chi bộ ấp Phú Thạnh', null, 'PARTY_CELL', 'VLG-DU-X-PHUTHUAN'),
  gov('VLG-DU-X-PHUTHUAN-CB2', 'Chi bộ ấp Phú Lợi', null, 'PARTY_CELL', 'VLG-DU-X-PHUTHUAN'),
  gov('VLG-DU-P-ANHOI', 'Đảng ủy phường An Hội', 'ĐU', 'PARTY_BASE', 'VLG-TU'),
  gov('VLG-DU-P-PHUKHUONG', 'Đảng ủy phường Phú Khương', 'ĐU', 'PARTY_BASE', 'VLG-TU', {
    validFrom: REFORM,
  }),
  // ── Mặt trận Tổ quốc và các đoàn thể ───────────────────────────────────────────────────────────
  gov('VLG-MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Vĩnh Long', 'MTTQ', 'FRONT'),
  gov('VLG-LDLD', 'Liên đoàn Lao động tỉnh', 'LĐLĐ', 'MASS_ORG', 'VLG-MTTQ'),
  gov('VLG-TD', 'Tỉnh đoàn', 'TĐ', 'MASS_ORG', 'VLG-MTTQ'),
  gov('VLG-HLHPN', 'Hội Liên hiệp Phụ nữ tỉnh', 'HLHPN', 'MASS_ORG', 'VLG-MTTQ'),
  gov('VLG-HND', 'Hội Nông dân tỉnh', 'HND', 'MASS_ORG', 'VLG-MTTQ'),
  gov('VLG-HCCB', 'Hội Cựu chiến binh tỉnh', 'HCCB', 'MASS_ORG', 'VLG-MTTQ'),
  gov('VLG-HCTD', 'Hội Chữ thập đỏ tỉnh', 'HCTĐ', 'ASSOCIATION', 'VLG-MTTQ'),
  gov(
    'VLG-MTTQ-X-PHUTHUAN',
    'Ủy ban Mặt trận Tổ quốc Việt Nam xã Phú Thuận',
    'MTTQ',
    'FRONT',
    'VLG-MTTQ',
  ),
  gov(
    'VLG-MTTQ-P-ANHOI',
    'Ủy ban Mặt trận Tổ quốc Việt Nam phường An Hội',
    'MTTQ',
    'FRONT',
    'VLG-MTTQ',
  ),
  // Đảng ủy of a sở issuing under its own name (the Hải Dương seed plan, demo-campaigns.ts): "Số …-KH/ĐU".
  // Listed last so the staff generator hands out everybody else's posts (names, dates) as before.
  gov('VLG-DU-SXD', 'Đảng ủy Sở Xây dựng', 'ĐU', 'PARTY_BASE', 'VLG-DU-UBND'),
  gov('VLG-DU-SXD-CB1', 'Chi bộ Văn phòng Sở', null, 'PARTY_CELL', 'VLG-DU-SXD'),
  gov('VLG-DU-SXD-CB2', 'Chi bộ Phòng Quản lý xây dựng', null, 'PARTY_CELL', 'VLG-DU-SXD'),
  gov('VLG-DU-SXD-CB3', 'Chi bộ Phòng Phát triển đô thị', null, 'PARTY_CELL', 'VLG-DU-SXD'),
];

/**
 * Resolution of the UBTVQH arranging the commune-level units of Vĩnh Long (2025). The seed plans in
 * /work/shared/seeds do not give its number (the Bến Tre plan only lists the merges, e.g. An Hội, Tân Mỹ);
 * 1687/NQ-UBTVQH15 of 16/06/2025 is our best knowledge of the real number — demo data, verify before reuse.
 */
const NQ_XA: DemoLegalBasis = {
  number: '1687/NQ-UBTVQH15',
  date: '2025-06-16',
  title:
    'Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Vĩnh Long năm 2025',
};

const merge = (into: string, name: string, sources: string[]): DemoRestructuringSpec => ({
  kind: 'MERGE',
  sources,
  into: { code: into, name, shortName: 'UBND', kind: 'COMMUNE' },
  parent: 'VLG',
  effectiveDate: REFORM,
  legalBasis: NQ_XA,
});

/** In effective-date order. The decision numbers of the RENAME and DISSOLVE are plausible, not real. */
export const DEMO_RESTRUCTURINGS: DemoRestructuringSpec[] = [
  {
    kind: 'RENAME',
    unit: 'VLG-SNN',
    newName: 'Sở Nông nghiệp và Môi trường',
    newShortName: 'SNNMT',
    effectiveDate: SO_REFORM,
    legalBasis: {
      number: '425/QĐ-UBND',
      date: '2025-02-27',
      title:
        'Quyết định của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Môi trường (hợp nhất Sở Nông nghiệp và Phát triển nông thôn với Sở Tài nguyên và Môi trường)',
    },
  },
  {
    kind: 'DISSOLVE',
    unit: 'VLG-STC-DN',
    effectiveDate: '2025-04-01',
    legalBasis: {
      number: '118/QĐ-STC',
      date: '2025-03-25',
      title:
        'Quyết định của Giám đốc Sở Tài chính về việc giải thể Phòng Tài chính doanh nghiệp, chuyển nhiệm vụ về Phòng Quản lý ngân sách',
    },
  },
  merge('VLG-P-PHUKHUONG', 'Ủy ban nhân dân phường Phú Khương', [
    'VLG-C-P-PHUKHUONG',
    'VLG-C-P-PHUTAN',
    'VLG-C-X-PHUNHUAN',
  ]),
  merge('VLG-P-THANHDUC', 'Ủy ban nhân dân phường Thanh Đức', ['VLG-C-P-5-VL', 'VLG-C-X-THANHDUC']),
  merge('VLG-X-LONGHO', 'Ủy ban nhân dân xã Long Hồ', ['VLG-C-TT-LONGHO', 'VLG-C-X-LONGAN']),
  merge('VLG-X-TIEUCAN', 'Ủy ban nhân dân xã Tiểu Cần', ['VLG-C-TT-TIEUCAN', 'VLG-C-X-PHUCAN']),
];

/** Government unit ↔ its Party counterpart (cấp ủy, tổ chức đảng of the same body). */
export const DEMO_LINKS: DemoLinkSpec[] = [
  {
    unit: 'VLG',
    counterpart: 'VLG-DU-UBND',
    note: 'Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo UBND tỉnh',
  },
  { unit: 'VLG-SNV', counterpart: 'VLG-DB-SNV', note: 'Đảng bộ cơ sở của Sở Nội vụ' },
  { unit: 'VLG-SYT', counterpart: 'VLG-DB-SYT', note: 'Đảng bộ cơ sở của Sở Y tế' },
  {
    unit: 'VLG-SGDDT',
    counterpart: 'VLG-DB-SGDDT',
    note: 'Đảng bộ cơ sở của Sở Giáo dục và Đào tạo',
  },
  { unit: 'VLG-VP', counterpart: 'VLG-DB-VP', note: 'Đảng bộ cơ sở của Văn phòng UBND tỉnh' },
  { unit: 'VLG-STC', counterpart: 'VLG-CB-STC', note: 'Chi bộ cơ sở của Sở Tài chính' },
  { unit: 'VLG-STP', counterpart: 'VLG-CB-STP', note: 'Chi bộ cơ sở của Sở Tư pháp' },
  { unit: 'VLG-SXD', counterpart: 'VLG-DU-SXD', note: 'Đảng bộ cơ sở của Sở Xây dựng' },
  { unit: 'VLG-X-PHUTHUAN', counterpart: 'VLG-DU-X-PHUTHUAN', note: 'Đảng ủy xã Phú Thuận' },
  { unit: 'VLG-P-ANHOI', counterpart: 'VLG-DU-P-ANHOI', note: 'Đảng ủy phường An Hội' },
  {
    unit: 'VLG-P-PHUKHUONG',
    counterpart: 'VLG-DU-P-PHUKHUONG',
    note: 'Đảng ủy phường Phú Khương (thành lập từ 01/07/2025)',
  },
];

const members = (joinedOn: IsoDate, codes: string[]) => codes.map((unit) => ({ unit, joinedOn }));

/** Cụm, khối thi đua of the province (as in the Thái Bình plan), organised by UBND tỉnh. */
export const DEMO_CLUSTERS: DemoClusterSpec[] = [
  {
    code: 'CUM-01',
    name: 'Cụm thi đua số 1 (các phường)',
    kind: 'CUM',
    organizer: 'VLG',
    description: 'Các phường của tỉnh sau sắp xếp đơn vị hành chính cấp xã từ 01/07/2025',
    members: members(REFORM, [
      'VLG-P-ANHOI',
      'VLG-P-PHUKHUONG',
      'VLG-P-LONGCHAU',
      'VLG-P-PHUOCHAU',
      'VLG-P-THANHDUC',
      'VLG-P-TRAVINH',
      'VLG-P-NGUYETHOA',
    ]),
    leaderships: [
      { year: 2025, lead: 'VLG-P-LONGCHAU', deputy: 'VLG-P-ANHOI' },
      { year: 2026, lead: 'VLG-P-ANHOI', deputy: 'VLG-P-TRAVINH' },
    ],
  },
  {
    code: 'CUM-02',
    name: 'Cụm thi đua số 2 (các xã khu vực ven biển phía Đông)',
    kind: 'CUM',
    organizer: 'VLG',
    description: 'Các xã thuộc địa bàn tỉnh Bến Tre trước đây',
    members: members(REFORM, ['VLG-X-PHUTHUAN', 'VLG-X-TANMY', 'VLG-X-BINHDAI']),
    leaderships: [
      { year: 2025, lead: 'VLG-X-BINHDAI', deputy: 'VLG-X-PHUTHUAN' },
      { year: 2026, lead: 'VLG-X-PHUTHUAN', deputy: 'VLG-X-TANMY' },
    ],
  },
  {
    code: 'CUM-03',
    name: 'Cụm thi đua số 3 (các xã khu vực phía Tây và phía Nam)',
    kind: 'CUM',
    organizer: 'VLG',
    description: 'Các xã thuộc địa bàn tỉnh Vĩnh Long và tỉnh Trà Vinh trước đây',
    members: members(REFORM, [
      'VLG-X-LONGHO',
      'VLG-X-TAMBINH',
      'VLG-X-TRAON',
      'VLG-X-CANGLONG',
      'VLG-X-CAUKE',
      'VLG-X-TIEUCAN',
    ]),
    leaderships: [
      { year: 2025, lead: 'VLG-X-TAMBINH', deputy: 'VLG-X-CANGLONG' },
      { year: 2026, lead: 'VLG-X-CANGLONG', deputy: 'VLG-X-LONGHO' },
    ],
  },
  {
    code: 'KHOI-01',
    name: 'Khối thi đua các cơ quan tổng hợp, nội chính',
    kind: 'KHOI',
    organizer: 'VLG',
    description: 'Các sở, ngành tham mưu tổng hợp, nội chính của UBND tỉnh',
    members: members('2024-01-01', ['VLG-SNV', 'VLG-STC', 'VLG-VP', 'VLG-STP', 'VLG-TTR']),
    leaderships: [
      { year: 2024, lead: 'VLG-STP', deputy: 'VLG-TTR' },
      { year: 2025, lead: 'VLG-SNV', deputy: 'VLG-STP' },
      { year: 2026, lead: 'VLG-VP', deputy: 'VLG-SNV' },
    ],
  },
  {
    code: 'KHOI-02',
    name: 'Khối thi đua các cơ quan văn hóa - xã hội',
    kind: 'KHOI',
    organizer: 'VLG',
    description: 'Các sở quản lý giáo dục, y tế, văn hóa, khoa học, dân tộc và tôn giáo',
    members: [
      ...members('2024-01-01', ['VLG-SGDDT', 'VLG-SYT', 'VLG-SVHTTDL', 'VLG-SKHCN']),
      { unit: 'VLG-SDTTG', joinedOn: SO_REFORM },
    ],
    leaderships: [
      { year: 2024, lead: 'VLG-SYT', deputy: 'VLG-SGDDT' },
      { year: 2025, lead: 'VLG-SGDDT', deputy: 'VLG-SVHTTDL' },
      { year: 2026, lead: 'VLG-SVHTTDL', deputy: 'VLG-SKHCN' },
    ],
  },
  {
    code: 'KHOI-03',
    name: 'Khối thi đua các cơ quan kinh tế',
    kind: 'KHOI',
    organizer: 'VLG',
    description: 'Các sở, ban quản lý nhà nước về kinh tế, hạ tầng, nông nghiệp',
    members: members('2024-01-01', ['VLG-SXD', 'VLG-SCT', 'VLG-SNN', 'VLG-BQLKCN']),
    leaderships: [
      { year: 2024, lead: 'VLG-SNN', deputy: 'VLG-SCT' },
      { year: 2025, lead: 'VLG-SCT', deputy: 'VLG-SXD' },
      { year: 2026, lead: 'VLG-SXD', deputy: 'VLG-BQLKCN' },
    ],
  },
];

// ── Staff generator ─────────────────────────────────────────────────────────────────────────────────
// Deterministic: a seeded PRNG (mulberry32) walks the current units and fills a few posts in each.

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const addDays = (d: IsoDate, n: number): IsoDate =>
  new Date(Date.parse(d) + n * DAY).toISOString().slice(0, 10);
const plusYears = (d: IsoDate, n: number): IsoDate => `${Number(d.slice(0, 4)) + n}${d.slice(4)}`; // days ≤ 28: no 29/02
const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

const FAMILY_KINH = [
  'Nguyễn',
  'Nguyễn',
  'Nguyễn',
  'Trần',
  'Trần',
  'Lê',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Huỳnh',
  'Võ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Phan',
  'Trương',
  'Đoàn',
  'Cao',
  'Châu',
  'Lưu',
];
const FAMILY_KHMER = ['Thạch', 'Thạch', 'Sơn', 'Kim', 'Danh', 'Lâm'];
const FAMILY_HOA = ['Lý', 'Quách', 'Trương', 'Lâm', 'Mã', 'Tăng'];
const MIDDLE = {
  MALE: [
    'Văn',
    'Văn',
    'Văn',
    'Minh',
    'Hoàng',
    'Thanh',
    'Quốc',
    'Công',
    'Hữu',
    'Đức',
    'Trung',
    'Tấn',
  ],
  FEMALE: ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thanh', 'Kim', 'Thu', 'Mỹ', 'Bích', 'Hồng', 'Diễm'],
};
const GIVEN = {
  MALE: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Đạt',
    'Hải',
    'Hiếu',
    'Hùng',
    'Khang',
    'Khoa',
    'Lâm',
    'Long',
    'Lộc',
    'Nam',
    'Nghĩa',
    'Phong',
    'Phúc',
    'Quang',
    'Sang',
    'Tài',
    'Tâm',
    'Thắng',
    'Thành',
    'Thịnh',
    'Toàn',
    'Trí',
    'Trung',
    'Tuấn',
    'Việt',
    'Vinh',
  ],
  FEMALE: [
    'Anh',
    'Châu',
    'Diễm',
    'Dung',
    'Giang',
    'Hà',
    'Hạnh',
    'Hằng',
    'Hoa',
    'Hương',
    'Lan',
    'Liên',
    'Linh',
    'Loan',
    'Mai',
    'My',
    'Ngân',
    'Nhung',
    'Oanh',
    'Phượng',
    'Quyên',
    'Thảo',
    'Thủy',
    'Trang',
    'Trinh',
    'Tuyết',
    'Uyên',
    'Vân',
    'Xuân',
    'Yến',
  ],
};
const GIVEN_KHMER = {
  MALE: ['Sóc', 'Sa Rinh', 'Chanh Đa', 'Sô Phách', 'Sa Vút', 'Thol', 'Sa Ly', 'Pho'],
  FEMALE: ['Sa Rết', 'Sô Phia', 'Chanh Thu', 'Sà Rương', 'Sóc Kha', 'Pha Ly', 'Mỹ Linh', 'Ni'],
};
const HOMETOWNS = [
  'xã Long Phước, huyện Long Hồ, tỉnh Vĩnh Long',
  'Phường 1, thành phố Vĩnh Long, tỉnh Vĩnh Long',
  'xã Tân Lộc, huyện Tam Bình, tỉnh Vĩnh Long',
  'xã Thiện Mỹ, huyện Trà Ôn, tỉnh Vĩnh Long',
  'xã Mỹ An, huyện Mang Thít, tỉnh Vĩnh Long',
  'thị xã Bình Minh, tỉnh Vĩnh Long',
  'xã Đông Thành, huyện Vũng Liêm, tỉnh Vĩnh Long',
  'Phường An Hội, thành phố Bến Tre, tỉnh Bến Tre',
  'xã Phú Thuận, huyện Bình Đại, tỉnh Bến Tre',
  'xã Tân Mỹ, huyện Ba Tri, tỉnh Bến Tre',
  'xã An Khánh, huyện Châu Thành, tỉnh Bến Tre',
  'thị trấn Mỏ Cày, huyện Mỏ Cày Nam, tỉnh Bến Tre',
  'xã Hưng Khánh Trung, huyện Chợ Lách, tỉnh Bến Tre',
  'xã Tân Thủy, huyện Thạnh Phú, tỉnh Bến Tre',
  'Phường 7, thành phố Trà Vinh, tỉnh Trà Vinh',
  'thị trấn Càng Long, huyện Càng Long, tỉnh Trà Vinh',
  'xã Châu Điền, huyện Cầu Kè, tỉnh Trà Vinh',
  'xã Hiếu Tử, huyện Tiểu Cần, tỉnh Trà Vinh',
  'xã Kim Hòa, huyện Cầu Ngang, tỉnh Trà Vinh',
  'xã Long Khánh, huyện Duyên Hải, tỉnh Trà Vinh',
];
const STAFF_SO = ['Chuyên viên', 'Chuyên viên', 'Chuyên viên chính', 'Kế toán', 'Văn thư'];
const FEMALE_SHARE = { 0: 0.3, 1: 0.4, 2: 0.52 } as const; // by rank: head, deputy, staff
const STAFF_XA = [
  'Công chức Văn phòng - Thống kê',
  'Công chức Tài chính - Kế toán',
  'Công chức Tư pháp - Hộ tịch',
  'Công chức Địa chính - Xây dựng',
  'Công chức Văn hóa - Xã hội',
];

interface UnitInfo {
  code: string;
  name: string;
  kind: SystemUnitKindCode;
  parent?: string;
  validFrom: IsoDate;
  endedOn?: IsoDate;
}
interface Profile {
  head: string;
  deputy: string;
  deputies: number;
  staff: readonly string[];
  staffCount: number;
}
const P = (
  head: string,
  deputy: string,
  deputies: number,
  staff: readonly string[] = [],
  staffCount = 0,
): Profile => ({ head, deputy, deputies, staff, staffCount });
const level = (name: string) =>
  /phường/i.test(name) ? 'phường' : /thị trấn/i.test(name) ? 'thị trấn' : 'xã';

/** Which posts a unit has and how many people hold them (leaders: head + deputies; then staff). */
function profileOf(u: UnitInfo): Profile {
  const lv = level(u.name);
  switch (u.kind) {
    case 'PROVINCE':
      return P('Chủ tịch Ủy ban nhân dân tỉnh', 'Phó Chủ tịch Ủy ban nhân dân tỉnh', 3);
    case 'DEPARTMENT':
      if (u.code === 'VLG-VP')
        return P(
          'Chánh Văn phòng',
          'Phó Chánh Văn phòng',
          3,
          ['Chuyên viên', 'Chuyên viên chính'],
          2,
        );
      if (u.code === 'VLG-TTR')
        return P(
          'Chánh Thanh tra tỉnh',
          'Phó Chánh Thanh tra tỉnh',
          2,
          ['Thanh tra viên', 'Thanh tra viên chính'],
          3,
        );
      if (/^Ban /.test(u.name)) return P('Trưởng ban', 'Phó Trưởng ban', 2, STAFF_SO, 3);
      return P('Giám đốc Sở', 'Phó Giám đốc Sở', 2, STAFF_SO, 3);
    case 'DIVISION':
      if (/^Khoa /.test(u.name))
        return P('Trưởng khoa', 'Phó Trưởng khoa', 1, ['Bác sĩ', 'Điều dưỡng', 'Điều dưỡng'], 4);
      if (/^Văn phòng/.test(u.name))
        return P(
          'Chánh Văn phòng Sở',
          'Phó Chánh Văn phòng Sở',
          1,
          ['Chuyên viên', 'Văn thư', 'Kế toán'],
          2,
        );
      if (/^Chi cục/.test(u.name))
        return P('Chi cục trưởng', 'Phó Chi cục trưởng', 1, ['Chuyên viên', 'Kỹ sư thủy lợi'], 2);
      if (/^Ban /.test(u.name)) return P('Trưởng ban', 'Phó Trưởng ban', 1, ['Chuyên viên'], 1);
      return P('Trưởng phòng', 'Phó Trưởng phòng', 1, ['Chuyên viên', 'Chuyên viên chính'], 2);
    case 'PUBLIC_SERVICE':
      if (/^Trường/.test(u.name)) return P('Hiệu trưởng', 'Phó Hiệu trưởng', 2, ['Giáo viên'], 6);
      if (/^Bệnh viện/.test(u.name))
        return P(
          'Giám đốc bệnh viện',
          'Phó Giám đốc bệnh viện',
          2,
          ['Bác sĩ', 'Điều dưỡng', 'Dược sĩ', 'Kỹ thuật viên xét nghiệm'],
          6,
        );
      return P(
        'Giám đốc Trung tâm',
        'Phó Giám đốc Trung tâm',
        1,
        ['Viên chức tiếp nhận và trả kết quả', 'Chuyên viên'],
        3,
      );
    case 'COMMUNE':
      return P(
        `Chủ tịch Ủy ban nhân dân ${lv}`,
        `Phó Chủ tịch Ủy ban nhân dân ${lv}`,
        2,
        STAFF_XA,
        3,
      );
    case 'HAMLET':
      return P(/^Khóm/.test(u.name) ? 'Trưởng khóm' : 'Trưởng ấp', '', 0);
    case 'ENTERPRISE':
      return P(
        'Giám đốc Công ty',
        'Phó Giám đốc Công ty',
        1,
        ['Kỹ sư cấp nước', 'Công nhân vận hành', 'Nhân viên kế toán'],
        4,
      );
    case 'COOPERATIVE':
      return P('Giám đốc Hợp tác xã', 'Phó Giám đốc Hợp tác xã', 1, ['Thành viên Hợp tác xã'], 2);
    case 'PARTY_PROVINCIAL':
      return P(
        'Bí thư Tỉnh ủy',
        'Phó Bí thư Tỉnh ủy',
        2,
        [
          'Chuyên viên Văn phòng Tỉnh ủy',
          'Chuyên viên Ban Tổ chức Tỉnh ủy',
          'Chuyên viên Ban Tuyên giáo và Dân vận Tỉnh ủy',
        ],
        4,
      );
    case 'PARTY_COMMITTEE':
      return P('Bí thư Đảng ủy', 'Phó Bí thư Đảng ủy', 1, ['Chuyên viên Văn phòng Đảng ủy'], 2);
    case 'PARTY_BASE':
      if (/^Chi bộ/.test(u.name)) return P('Bí thư Chi bộ', 'Phó Bí thư Chi bộ', 0);
      return P(
        'Bí thư Đảng ủy',
        'Phó Bí thư Đảng ủy',
        1,
        ['Chuyên viên Văn phòng Đảng ủy'],
        u.parent === 'VLG-TU' ? 1 : 0,
      );
    case 'PARTY_CELL':
      return P('Bí thư Chi bộ', '', 0);
    case 'FRONT':
      if (u.parent)
        return P(
          `Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam ${lv}`,
          `Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam ${lv}`,
          1,
        );
      return P(
        'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
        'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
        2,
        ['Chuyên viên'],
        2,
      );
    case 'MASS_ORG':
    case 'ASSOCIATION':
      if (u.name === 'Tỉnh đoàn')
        return P('Bí thư Tỉnh đoàn', 'Phó Bí thư Tỉnh đoàn', 1, ['Chuyên viên'], 1);
      return P(`Chủ tịch ${u.name}`, `Phó Chủ tịch ${u.name}`, 1, ['Chuyên viên'], 1);
    default:
      return P('Thủ trưởng đơn vị', 'Phó Thủ trưởng đơn vị', 1, ['Nhân viên'], 1);
  }
}

function buildPeople(): DemoPersonSpec[] {
  const rng = mulberry32(20_250_701);
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const dateIn = (lo: IsoDate, hi: IsoDate): IsoDate =>
    addDays(lo, int(0, Math.max(0, Math.round((Date.parse(hi) - Date.parse(lo)) / DAY))));

  // The units as they stand after every restructuring (ended ones keep their end date).
  const units = new Map<string, UnitInfo>(
    DEMO_UNITS.map((u) => [
      u.code,
      { code: u.code, name: u.name, kind: u.kind, parent: u.parent, validFrom: u.validFrom },
    ]),
  );
  for (const r of DEMO_RESTRUCTURINGS) {
    if (r.kind === 'MERGE') {
      for (const s of r.sources) (units.get(s) as UnitInfo).endedOn = r.effectiveDate;
      units.set(r.into.code, { ...r.into, parent: r.parent, validFrom: r.effectiveDate });
    } else if (r.kind === 'DISSOLVE') (units.get(r.unit) as UnitInfo).endedOn = r.effectiveDate;
  }
  const unit = (code: string) => units.get(code) as UnitInfo;
  const category = (u: UnitInfo): DemoPositionSpec['staffCategory'] => {
    if (u.kind === 'DIVISION' && u.parent) return category(unit(u.parent));
    if (u.kind === 'PROVINCE' || u.kind === 'DEPARTMENT' || u.kind === 'COMMUNE')
      return 'CIVIL_SERVANT';
    if (u.kind === 'PUBLIC_SERVICE') return 'PUBLIC_EMPLOYEE';
    if (u.kind === 'ENTERPRISE' || u.kind === 'COOPERATIVE') return 'WORKER';
    return 'OTHER';
  };
  /** The sở a unit belongs to (itself for a sở), if any. */
  const soOf = (u: UnitInfo): string | undefined =>
    u.kind === 'DEPARTMENT' ? u.code : u.parent ? soOf(unit(u.parent)) : undefined;
  const pos = (
    u: UnitInfo,
    title: string,
    isLeader: boolean,
    startedOn: IsoDate,
    endedOn?: IsoDate,
  ): DemoPositionSpec => ({
    unit: u.code,
    title,
    startedOn,
    ...(endedOn ? { endedOn } : {}),
    isLeader,
    staffCategory: category(u),
  });

  const people: DemoPersonSpec[] = [];
  /** rank 0 = head, 1 = deputy, 2 = staff; `born` bounds the birth year. */
  const person = (
    rank: 0 | 1 | 2,
    born: [number, number],
    partyUnit: boolean,
  ): Omit<DemoPersonSpec, 'code' | 'positions'> => {
    const sex = rng() < FEMALE_SHARE[rank] ? 'FEMALE' : 'MALE';
    const e = rng();
    const ethnicity = e < 0.1 ? 'Khmer' : e < 0.14 ? 'Hoa' : 'Kinh';
    const family = pick(
      ethnicity === 'Khmer' ? FAMILY_KHMER : ethnicity === 'Hoa' ? FAMILY_HOA : FAMILY_KINH,
    );
    const fullName =
      ethnicity === 'Khmer'
        ? `${family}${sex === 'FEMALE' ? ' Thị' : ''} ${pick(GIVEN_KHMER[sex])}`
        : `${family} ${pick(MIDDLE[sex])} ${pick(GIVEN[sex])}`;
    const dateOfBirth = `${int(born[0], born[1])}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
    const partyMember = rank === 0 || partyUnit || rng() < (rank === 1 ? 0.45 : 0.1);
    const partyJoinedOn = partyMember
      ? dateIn(plusYears(dateOfBirth, 19), minDate(plusYears(dateOfBirth, 33), '2025-06-30'))
      : null;
    const r = rng();
    const religion =
      partyMember && r < 0.85
        ? null
        : ethnicity === 'Khmer'
          ? r < 0.9
            ? 'Phật giáo'
            : null
          : ethnicity === 'Hoa'
            ? r < 0.5
              ? 'Phật giáo'
              : null
            : r < 0.1
              ? 'Phật giáo'
              : r < 0.16
                ? 'Công giáo'
                : r < 0.2
                  ? 'Cao Đài'
                  : r < 0.23
                    ? 'Phật giáo Hòa Hảo'
                    : null;
    return {
      fullName,
      sex,
      dateOfBirth,
      ethnicity,
      religion,
      hometown: pick(HOMETOWNS),
      partyMember,
      partyJoinedOn,
    };
  };
  const add = (p: Omit<DemoPersonSpec, 'code' | 'positions'>, positions: DemoPositionSpec[]) =>
    people.push({ code: `NS-${String(people.length + 1).padStart(5, '0')}`, ...p, positions });
  const BORN: Record<0 | 1 | 2, [number, number]> = {
    0: [1965, 1978],
    1: [1968, 1985],
    2: [1970, 2000],
  };

  // 1. Posts of every current unit, except the communes the merges create (filled in step 2).
  type Slot = { u: UnitInfo; rank: 0 | 1 | 2; title: string };
  const slots: Slot[] = [];
  for (const u of units.values()) {
    // chi bộ trực thuộc are led by people who hold their post in the sở or xã (kiêm nhiệm): no own staff
    if (
      u.endedOn ||
      u.kind === 'PARTY_CELL' ||
      DEMO_RESTRUCTURINGS.some((r) => r.kind === 'MERGE' && r.into.code === u.code)
    )
      continue;
    const p = profileOf(u);
    slots.push({ u, rank: 0, title: p.head });
    for (let i = 0; i < p.deputies; i++) slots.push({ u, rank: 1, title: p.deputy });
    for (let i = 0; i < p.staffCount; i++) slots.push({ u, rank: 2, title: pick(p.staff) });
  }
  // Movers between sở: every k-th non-head post of a sở (or its phòng) that existed from the start.
  const sos = [...units.values()].filter(
    (u) => u.kind === 'DEPARTMENT' && u.validFrom === D0 && !u.endedOn,
  );
  const eligible = slots.filter(
    (s) => s.rank > 0 && s.u.validFrom === D0 && soOf(s.u) && s.u.code !== 'VLG-STC-NS',
  );
  const stride = Math.floor(eligible.length / 20);
  const movers = new Set(eligible.filter((_, i) => i % stride === 0).slice(0, 20));
  // The staff of the dissolved Phòng Tài chính doanh nghiệp went to Phòng Quản lý ngân sách.
  const fromDissolved = slots.filter((s) => s.u.code === 'VLG-STC-NS' && s.rank > 0);

  for (const s of slots) {
    const isMover = movers.has(s);
    const dissolved = fromDissolved.includes(s);
    const base = person(
      s.rank,
      isMover || dissolved ? [Math.max(BORN[s.rank][0], 1968), 1996] : BORN[s.rank],
      s.u.kind.startsWith('PARTY'),
    );
    const positions: DemoPositionSpec[] = [];
    let lo = maxDate(s.u.validFrom, plusYears(base.dateOfBirth, 23));
    if (isMover) {
      const so = soOf(s.u);
      const from = pick(sos.filter((x) => x.code !== so));
      const ended = dateIn('2022-01-01', '2025-06-01');
      const title = pick(['Chuyên viên', 'Chuyên viên chính', 'Phó Chánh Văn phòng Sở']);
      positions.push(
        pos(from, title, title.startsWith('Phó'), dateIn(D0, addDays(ended, -365)), ended),
      );
      lo = ended;
    } else if (dissolved) {
      const ended = unit('VLG-STC-DN').endedOn as IsoDate;
      positions.push(
        pos(
          unit('VLG-STC-DN'),
          s.rank === 1 ? 'Trưởng phòng' : 'Chuyên viên',
          s.rank === 1,
          dateIn(D0, '2023-12-31'),
          ended,
        ),
      );
      lo = ended;
    }
    const startedOn = isMover || dissolved ? lo : dateIn(lo, maxDate(lo, '2025-06-30'));
    positions.push(pos(s.u, s.title, s.rank < 2, startedOn));
    add(base, positions);
  }

  // 2. The communes created on 01/07/2025: ten people each, from the merged communes' staff.
  for (const r of DEMO_RESTRUCTURINGS) {
    if (r.kind !== 'MERGE') continue;
    const into = unit(r.into.code);
    const n = r.sources.length;
    for (let i = 0; i < 10; i++) {
      const old = unit(r.sources[i % n] as string);
      const oldRank = i < n ? 0 : i < 2 * n ? 1 : 2;
      const newRank = i === 0 ? 0 : i <= 2 ? 1 : 2;
      const oldTitle =
        oldRank === 0
          ? `Chủ tịch Ủy ban nhân dân ${level(old.name)}`
          : oldRank === 1
            ? `Phó Chủ tịch Ủy ban nhân dân ${level(old.name)}`
            : pick(STAFF_XA);
      const p = profileOf(into);
      const newTitle =
        newRank === 0
          ? p.head
          : newRank === 1
            ? p.deputy
            : oldRank === 2
              ? oldTitle
              : pick(STAFF_XA);
      const base = person(
        Math.min(oldRank, newRank) as 0 | 1 | 2,
        [BORN[oldRank][0], Math.min(BORN[oldRank][1], 1996)],
        false,
      );
      add(base, [
        pos(old, oldTitle, oldRank < 2, D0, r.effectiveDate),
        pos(into, newTitle, newRank < 2, r.effectiveDate),
      ]);
    }
  }
  return people;
}

/** The staff of the province: generated, identical on every run. Codes NS-00001…; positions in date order. */
export const DEMO_PEOPLE: DemoPersonSpec[] = buildPeople();

/** The name of someone on a unit's staff today (0: its head), for the account that is theirs. */
function staffName(unit: string, place: number): string {
  const p = DEMO_PEOPLE.filter((x) => x.positions.some((pos) => pos.unit === unit && !pos.endedOn))[
    place
  ];
  if (!p) throw new Error(`Người mẫu không có: ${unit} #${place}.`);
  return p.fullName;
}

export const DEMO_ACCOUNTS: DemoAccountSpec[] = [
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
    alsoScopes: ['VLG-TU', 'VLG-MTTQ'],
    description: 'Cán bộ TĐKT cấp tỉnh (toàn tỉnh: chính quyền, Đảng, Mặt trận – đoàn thể)',
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
  {
    username: 'tdkt.phuong',
    fullName: 'Huỳnh Thị Phương',
    unit: 'VLG-P-PHUKHUONG',
    role: 'TDKT_OFFICER',
    scope: 'VLG-P-PHUKHUONG',
    description: 'Cán bộ TĐKT phường Phú Khương (phường hợp nhất từ 01/07/2025)',
  },
  {
    username: 'tdkt.dangbo',
    fullName: 'Ngô Văn Đảng',
    unit: 'VLG-TU',
    role: 'TDKT_OFFICER',
    scope: 'VLG-TU',
    description: 'Cán bộ TĐKT khối Đảng (Tỉnh ủy)',
  },
  // council members of demo-councils.ts, linked to their member rows (remote voting, paper tally)
  {
    username: 'thuky.hd',
    fullName: staffName('VLG-VP-HCTC', 0),
    unit: 'VLG-VP-HCTC',
    role: 'COUNCIL_SECRETARY',
    scope: 'VLG-VP',
    description: 'Ủy viên, thư ký Hội đồng TĐKT Văn phòng UBND tỉnh (nhập kết quả kiểm phiếu)',
  },
  {
    username: 'uyvien.hd',
    fullName: staffName('VLG-SNV-TCBC', 0),
    unit: 'VLG-SNV-TCBC',
    role: 'COUNCIL_MEMBER',
    scope: 'VLG-SNV',
    description: 'Ủy viên Hội đồng TĐKT Sở Nội vụ (bỏ phiếu từ xa)',
  },
];
