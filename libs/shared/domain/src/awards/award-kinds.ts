/**
 * The vocabulary of khen thưởng (issue 11): the danh hiệu thi đua and hình thức khen thưởng an officer
 * proposes, the award types (loại hình) a nomination follows, the yearly evaluation grades, and the
 * kinds of holds that block a nomination. Luật Thi đua, khen thưởng 2022 Điều 8, 19–20, 23–30, 71–75;
 * NĐ 152/2025 Điều 50–54 (domain reference §2.1–§2.6).
 *
 * Codes are stored (award history, rule versions, nominations) and part of the public API: add, never
 * rename. What the law attaches to a code and changes with the decree (conditions, who decides, vote
 * thresholds, dossier forms, reward multipliers) is not here: it is dated rule data (`legal` module).
 */

/** Who can receive it. A household (hộ gia đình) receives only "Gia đình văn hóa" and giấy/bằng khen. */
export const AWARD_SUBJECTS = {
  INDIVIDUAL: 'Cá nhân',
  COLLECTIVE: 'Tập thể',
  HOUSEHOLD: 'Hộ gia đình',
} as const satisfies Record<string, string>;
export type AwardSubject = keyof typeof AWARD_SUBJECTS;

/** Danh hiệu thi đua (Luật Điều 19–20) or hình thức khen thưởng (Luật Điều 7: Bằng khen, Giấy khen…). */
export const AWARD_CATEGORIES = {
  EMULATION_TITLE: 'Danh hiệu thi đua',
  COMMENDATION: 'Hình thức khen thưởng',
} as const satisfies Record<string, string>;
export type AwardCategory = keyof typeof AWARD_CATEGORIES;

/**
 * Loại hình khen thưởng (Luật Điều 8). PHONG_TRAO covers both a campaign launched for a period (theo
 * đợt) and a chuyên đề; NĐ 152 Điều 4 k.3: its results, like đột xuất ones, never count toward công trạng.
 */
export const AWARD_TRACKS = {
  CONG_TRANG: 'Công trạng (thường xuyên)',
  PHONG_TRAO: 'Phong trào thi đua, chuyên đề',
  DOT_XUAT: 'Đột xuất',
  CONG_HIEN: 'Quá trình cống hiến',
  NIEN_HAN: 'Niên hạn',
  DOI_NGOAI: 'Đối ngoại',
} as const satisfies Record<string, string>;
export type AwardTrack = keyof typeof AWARD_TRACKS;

/** Tracks whose results may be cited for a later công trạng award (NĐ 152/2025 Điều 4 k.3). */
export const TRACKS_COUNTING_FOR_MERIT: readonly AwardTrack[] = [
  'CONG_TRANG',
  'CONG_HIEN',
  'NIEN_HAN',
];

/**
 * The level whose head decides it (Luật Điều 77–80; NĐ 129/2025 Điều 59 moved the former district
 * powers to the commune chairman from 01/07/2025). UNIT: the head of a unit with legal personality, a
 * sở, an enterprise, or the Chủ tịch UBND xã.
 */
export const AWARD_LEVELS = {
  STATE: 'Nhà nước (Chủ tịch nước)',
  GOVERNMENT: 'Chính phủ (Thủ tướng)',
  PROVINCE: 'Bộ, ban, ngành, tỉnh',
  UNIT: 'Cơ sở (thủ trưởng đơn vị, Chủ tịch UBND cấp xã)',
} as const satisfies Record<string, string>;
export type AwardLevel = keyof typeof AWARD_LEVELS;

export interface AwardKindSpec {
  readonly code: string;
  /** as a decision and a certificate write it */
  readonly name: string;
  readonly category: AwardCategory;
  readonly subjects: readonly AwardSubject[];
  readonly level: AwardLevel;
  /** the tracks it can be given under */
  readonly tracks: readonly AwardTrack[];
  /** a ranked series (CSTĐCS → CSTĐ tỉnh → CSTĐTQ) names its lower step: prerequisites count it */
  readonly lowerStep?: string;
}

const ALL_TRACKS: readonly AwardTrack[] = ['CONG_TRANG', 'PHONG_TRAO', 'DOT_XUAT', 'CONG_HIEN'];

/**
 * The national catalog (domain reference §2.1, §2.3–§2.6, §2.11). Danh hiệu thi đua are công trạng
 * titles judged once a year; Bằng khen and Giấy khen are given under every track. A province adds
 * its own forms (Kỷ niệm chương…) as data; these are the ones every province shares.
 */
export const AWARD_KINDS = [
  // Cá nhân: danh hiệu thi đua (Luật Điều 19, 21–24)
  {
    code: 'LAO_DONG_TIEN_TIEN',
    name: 'Lao động tiên tiến',
    category: 'EMULATION_TITLE',
    subjects: ['INDIVIDUAL'],
    level: 'UNIT',
    tracks: ['CONG_TRANG'],
  },
  {
    code: 'CHIEN_SI_TIEN_TIEN',
    name: 'Chiến sĩ tiên tiến',
    category: 'EMULATION_TITLE',
    subjects: ['INDIVIDUAL'],
    level: 'UNIT',
    tracks: ['CONG_TRANG'],
  },
  {
    code: 'CSTD_CO_SO',
    name: 'Chiến sĩ thi đua cơ sở',
    category: 'EMULATION_TITLE',
    subjects: ['INDIVIDUAL'],
    level: 'UNIT',
    tracks: ['CONG_TRANG'],
    lowerStep: 'LAO_DONG_TIEN_TIEN',
  },
  {
    code: 'CSTD_TINH',
    name: 'Chiến sĩ thi đua cấp tỉnh',
    category: 'EMULATION_TITLE',
    subjects: ['INDIVIDUAL'],
    level: 'PROVINCE',
    tracks: ['CONG_TRANG'],
    lowerStep: 'CSTD_CO_SO',
  },
  {
    code: 'CSTD_TOAN_QUOC',
    name: 'Chiến sĩ thi đua toàn quốc',
    category: 'EMULATION_TITLE',
    subjects: ['INDIVIDUAL'],
    level: 'GOVERNMENT',
    tracks: ['CONG_TRANG'],
    lowerStep: 'CSTD_TINH',
  },
  // Tập thể: danh hiệu thi đua (Luật Điều 20, 25–29)
  {
    code: 'TT_LAO_DONG_TIEN_TIEN',
    name: 'Tập thể lao động tiên tiến',
    category: 'EMULATION_TITLE',
    subjects: ['COLLECTIVE'],
    level: 'UNIT',
    tracks: ['CONG_TRANG'],
  },
  {
    code: 'DON_VI_TIEN_TIEN',
    name: 'Đơn vị tiên tiến',
    category: 'EMULATION_TITLE',
    subjects: ['COLLECTIVE'],
    level: 'UNIT',
    tracks: ['CONG_TRANG'],
  },
  {
    code: 'TT_LAO_DONG_XUAT_SAC',
    name: 'Tập thể lao động xuất sắc',
    category: 'EMULATION_TITLE',
    subjects: ['COLLECTIVE'],
    level: 'PROVINCE',
    tracks: ['CONG_TRANG'],
    lowerStep: 'TT_LAO_DONG_TIEN_TIEN',
  },
  {
    code: 'DON_VI_QUYET_THANG',
    name: 'Đơn vị quyết thắng',
    category: 'EMULATION_TITLE',
    subjects: ['COLLECTIVE'],
    level: 'PROVINCE',
    tracks: ['CONG_TRANG'],
    lowerStep: 'DON_VI_TIEN_TIEN',
  },
  {
    code: 'CO_THI_DUA_TINH',
    name: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
    category: 'EMULATION_TITLE',
    subjects: ['COLLECTIVE'],
    level: 'PROVINCE',
    tracks: ['CONG_TRANG', 'PHONG_TRAO'],
  },
  {
    code: 'CO_THI_DUA_CHINH_PHU',
    name: 'Cờ thi đua của Chính phủ',
    category: 'EMULATION_TITLE',
    subjects: ['COLLECTIVE'],
    level: 'GOVERNMENT',
    tracks: ['CONG_TRANG', 'PHONG_TRAO'],
  },
  {
    code: 'XA_TIEU_BIEU',
    name: 'Xã, phường, đặc khu tiêu biểu',
    category: 'EMULATION_TITLE',
    subjects: ['COLLECTIVE'],
    level: 'PROVINCE',
    tracks: ['CONG_TRANG'],
  },
  {
    code: 'THON_VAN_HOA',
    name: 'Thôn, tổ dân phố văn hóa',
    category: 'EMULATION_TITLE',
    subjects: ['COLLECTIVE'],
    level: 'UNIT',
    tracks: ['CONG_TRANG'],
  },
  {
    code: 'GIA_DINH_VAN_HOA',
    name: 'Gia đình văn hóa',
    category: 'EMULATION_TITLE',
    subjects: ['HOUSEHOLD'],
    level: 'UNIT',
    tracks: ['CONG_TRANG'],
  },
  // Hình thức khen thưởng (Luật Điều 7, 71–75)
  {
    code: 'GIAY_KHEN',
    name: 'Giấy khen',
    category: 'COMMENDATION',
    subjects: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'],
    level: 'UNIT',
    tracks: ALL_TRACKS,
  },
  {
    code: 'BANG_KHEN_TINH',
    name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    category: 'COMMENDATION',
    subjects: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'],
    level: 'PROVINCE',
    tracks: ALL_TRACKS,
  },
  {
    code: 'BANG_KHEN_TTG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    category: 'COMMENDATION',
    subjects: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'],
    level: 'GOVERNMENT',
    tracks: ALL_TRACKS,
    lowerStep: 'BANG_KHEN_TINH',
  },
  {
    code: 'HUAN_CHUONG_LAO_DONG_HANG_BA',
    name: 'Huân chương Lao động hạng Ba',
    category: 'COMMENDATION',
    subjects: ['INDIVIDUAL', 'COLLECTIVE'],
    level: 'STATE',
    tracks: ['CONG_TRANG', 'DOT_XUAT', 'CONG_HIEN'],
    lowerStep: 'BANG_KHEN_TTG',
  },
  {
    code: 'HUAN_CHUONG_LAO_DONG_HANG_NHI',
    name: 'Huân chương Lao động hạng Nhì',
    category: 'COMMENDATION',
    subjects: ['INDIVIDUAL', 'COLLECTIVE'],
    level: 'STATE',
    tracks: ['CONG_TRANG', 'CONG_HIEN'],
    lowerStep: 'HUAN_CHUONG_LAO_DONG_HANG_BA',
  },
  {
    code: 'HUAN_CHUONG_LAO_DONG_HANG_NHAT',
    name: 'Huân chương Lao động hạng Nhất',
    category: 'COMMENDATION',
    subjects: ['INDIVIDUAL', 'COLLECTIVE'],
    level: 'STATE',
    tracks: ['CONG_TRANG', 'CONG_HIEN'],
    lowerStep: 'HUAN_CHUONG_LAO_DONG_HANG_NHI',
  },
] as const satisfies readonly AwardKindSpec[];

export type AwardKindCode = (typeof AWARD_KINDS)[number]['code'];

const BY_CODE = new Map<string, AwardKindSpec>(AWARD_KINDS.map((k) => [k.code, k]));

/** The national award kind with this code, or undefined (a province's own form, or a typo). */
export function awardKind(code: string): AwardKindSpec | undefined {
  return BY_CODE.get(code);
}

/**
 * Kết quả đánh giá, xếp loại hằng năm (Luật Điều 23–24 read them as "hoàn thành xuất sắc / tốt nhiệm
 * vụ"), best first: `rank` compares grades ("at least HTTNV").
 */
export const EVALUATION_GRADES = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
} as const satisfies Record<string, string>;
export type EvaluationGrade = keyof typeof EVALUATION_GRADES;

const GRADE_RANK: Record<EvaluationGrade, number> = { HTXSNV: 4, HTTNV: 3, HTNV: 2, KHTNV: 1 };

/** True when `grade` is `floor` or better: "at least HTTNV" is `gradeAtLeast(g, 'HTTNV')`. */
export function gradeAtLeast(grade: EvaluationGrade, floor: EvaluationGrade): boolean {
  return GRADE_RANK[grade] >= GRADE_RANK[floor];
}

/**
 * Why a person or unit may not be proposed for now (NĐ 152/2025 Điều 4 k.4): under disciplinary review,
 * investigation, inspection showing signs of violation, a complaint or denunciation being settled,
 * corruption reported by the press and being verified. BN86 Điều 10 feeds these lists from Công an,
 * Thanh tra, Thuế, BHXH… before 10/12.
 */
export const HOLD_KINDS = {
  KY_LUAT: 'Đang xem xét kỷ luật hoặc đang chịu kỷ luật',
  DIEU_TRA: 'Đang bị điều tra',
  THANH_TRA: 'Đang thanh tra, kiểm tra có dấu hiệu vi phạm',
  KHIEU_NAI_TO_CAO: 'Có đơn thư khiếu nại, tố cáo đang giải quyết',
  BAO_CHI: 'Báo chí nêu vấn đề tham nhũng, tiêu cực đang xác minh',
} as const satisfies Record<string, string>;
export type HoldKind = keyof typeof HOLD_KINDS;

/** Sáng kiến or đề tài khoa học (Luật Điều 21–23 cite both). */
export const INITIATIVE_KINDS = {
  SANG_KIEN: 'Sáng kiến',
  DE_TAI: 'Đề tài nghiên cứu khoa học',
} as const satisfies Record<string, string>;
export type InitiativeKind = keyof typeof INITIATIVE_KINDS;

/**
 * The reach the recognising body certified ("phạm vi ảnh hưởng"): CSTĐCS needs a recognised sáng
 * kiến at the unit, CSTĐ tỉnh one of province scope, CSTĐTQ one of national scope (Luật Điều 21–23).
 */
export const INITIATIVE_SCOPES = {
  UNIT: 'Cơ sở',
  PROVINCE: 'Cấp tỉnh, bộ, ngành',
  NATIONAL: 'Toàn quốc',
} as const satisfies Record<string, string>;
export type InitiativeScope = keyof typeof INITIATIVE_SCOPES;

const SCOPE_RANK: Record<InitiativeScope, number> = { UNIT: 1, PROVINCE: 2, NATIONAL: 3 };

/** True when an initiative of `scope` reaches at least `floor` (a national one serves a province rule). */
export function scopeAtLeast(scope: InitiativeScope, floor: InitiativeScope): boolean {
  return SCOPE_RANK[scope] >= SCOPE_RANK[floor];
}
