/**
 * Đại hội thi đua yêu nước and the hội nghị held instead of it at each level (issue 10, "Congresses";
 * seed 003, the Thái Bình plan "Tổ chức Đại hội Thi đua yêu nước các cấp"): the levels, the forms the
 * plan lets a unit choose, the default agenda, the time window as a quarter, and the bounds of a
 * congress. Codes are stored and part of the public API: add, never rename.
 */
import { isoToVn, type IsoDate } from '../org/dates';

/**
 * Who holds it (seed 003, part II.2): the communes (2.1), the units of the province's cụm, khối thi đua
 * (2.2), the province itself (2.3). DISTRICT stays for plans written before the district level ended
 * (two-level local government from 01/07/2025); AGENCY is an office or a sở holding its own.
 */
export const CONGRESS_LEVELS = {
  COMMUNE: 'Cấp xã',
  CLUSTER: 'Cụm, khối thi đua',
  AGENCY: 'Cơ quan, đơn vị',
  DISTRICT: 'Cấp huyện',
  PROVINCE: 'Cấp tỉnh',
} as const satisfies Record<string, string>;

export type CongressLevel = keyof typeof CONGRESS_LEVELS;

/**
 * The order delegates travel in: a congress sends delegates only to one of a higher rank (xã, cơ quan →
 * huyện, cụm/khối → tỉnh), which also keeps the chain of "Đại hội cấp trên" free of cycles.
 */
export const CONGRESS_LEVEL_RANK: Record<CongressLevel, number> = {
  COMMUNE: 1,
  AGENCY: 1,
  DISTRICT: 2,
  CLUSTER: 2,
  PROVINCE: 3,
};

/** Hình thức (seed 003, 2.1 and 2.2: the unit chooses one of these four). */
export const CONGRESS_FORMS = {
  EXEMPLARS_CONFERENCE: 'Hội nghị tuyên dương điển hình tiên tiến',
  GOOD_DEEDS_CONFERENCE: 'Hội nghị biểu dương người tốt, việc tốt',
  GOOD_WORKERS_CONFERENCE: 'Hội nghị biểu dương những người lao động giỏi, lao động sáng tạo',
  PATRIOTIC_CONGRESS: 'Đại hội thi đua yêu nước',
} as const satisfies Record<string, string>;

export type CongressForm = keyof typeof CONGRESS_FORMS;

export const CONGRESS_STATUSES = {
  PLANNED: 'Dự kiến tổ chức',
  HELD: 'Đã tổ chức',
} as const satisfies Record<string, string>;

export type CongressStatus = keyof typeof CONGRESS_STATUSES;

/**
 * Bounds of a congress, so no input is unbounded. A provincial congress seats a few hundred delegates;
 * 3,000 leaves room for the largest hall, and one change adds or removes at most 500 (a page of the
 * people picker is 100).
 */
export const CONGRESS_LIMITS = {
  name: 500,
  venue: 500,
  duration: 100,
  agendaItems: 30,
  agendaItem: 500,
  requirements: 20,
  sectors: 30,
  sector: 200,
  delegates: 3000,
  delegatesPerChange: 500,
  delegateTarget: 10_000,
} as const;

/**
 * The seed's "Nội dung Đại hội hoặc Hội nghị" (part II.3), in its order, for a congress in `year`:
 * the report covers the five years since the last national congress cycle (2020-2025 for 2025). "Chào
 * cờ" is marked "(Đại hội)" in the seed: a hội nghị opens without it.
 */
export function defaultCongressAgenda(form: CongressForm, year: number): string[] {
  return [
    ...(form === 'PATRIOTIC_CONGRESS' ? ['Chào cờ'] : []),
    'Khai mạc',
    `Báo cáo đánh giá, biểu dương phong trào thi đua yêu nước giai đoạn ${year - 5}-${year}`,
    'Báo cáo tham luận của các điển hình tiên tiến (tập thể và cá nhân)',
    'Tổ chức các hoạt động giao lưu với các điển hình tiên tiến',
    'Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến',
    'Phát động phong trào thi đua',
    'Thông qua danh sách đại biểu tham dự Đại hội cấp trên',
    'Tổng kết và bế mạc',
  ];
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day of quarter `quarter` (1–4) of `year`. */
export function quarterWindow(
  year: number,
  quarter: 1 | 2 | 3 | 4,
): { from: IsoDate; to: IsoDate } {
  const lastMonth = quarter * 3;
  return {
    from: `${year}-${pad(lastMonth - 2)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`,
  };
}

/** The quarter the window is exactly, or null. */
export function quarterOf(
  from: IsoDate,
  to: IsoDate,
): { year: number; quarter: 1 | 2 | 3 | 4 } | null {
  const year = Number(from.slice(0, 4));
  for (const quarter of [1, 2, 3, 4] as const) {
    const w = quarterWindow(year, quarter);
    if (w.from === from && w.to === to) return { year, quarter };
  }
  return null;
}

/**
 * The window as a plan writes it: "Quý II năm 2025" for a whole quarter, "Tháng 5 năm 2025" for a
 * whole month, "Năm 2025" for a whole year, "Ngày 15/05/2025" for one day, otherwise "Từ ngày
 * 01/04/2025 đến ngày 15/05/2025".
 */
export function congressWindowLabel(from: IsoDate, to: IsoDate): string {
  const q = quarterOf(from, to);
  if (q) return `Quý ${ROMAN[q.quarter - 1]} năm ${q.year}`;
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  if (from === `${year}-01-01` && to === `${year}-12-31`) return `Năm ${year}`;
  if (
    from === `${year}-${pad(month)}-01` &&
    to === `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`
  )
    return `Tháng ${month} năm ${year}`;
  if (from === to) return `Ngày ${isoToVn(from)}`;
  return `Từ ngày ${isoToVn(from)} đến ngày ${isoToVn(to)}`;
}
