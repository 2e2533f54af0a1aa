import { isIsoDate, todayInVietnam, type IsoDate } from '../org/dates';

/**
 * Working-day arithmetic (reference decision 14, ADR 0016): deadlines in the TĐKT procedures are
 * counted in working days ("05 ngày làm việc" to ask for a missing paper, "20 ngày làm việc" to
 * appraise a dossier), on a calendar of weekly rest days (Saturday and Sunday for state bodies:
 * Quyết định 188/1999/QĐ-TTg, the 40-hour week) amended by data: the public holidays of Bộ luật Lao
 * động 2019 Điều 112 that fall on a weekday, the compensations of Điều 111 k.3, and the days the
 * government swaps each year (a Friday off, a Saturday worked in exchange: "ngày làm bù").
 *
 * Pure functions over IsoDate strings ("YYYY-MM-DD", calendar days without a time zone); "today" is
 * the day in Asia/Ho_Chi_Minh (todayInVietnam). Every loop is linear in its span and bounded
 * (MAX_WORKING_DAYS, MAX_SPAN_DAYS), so an input from a client cannot make it run for long.
 */

/** The days that differ from the weekly pattern. */
export interface WorkingCalendar {
  /** Weekdays (Monday to Friday) that are not worked: a holiday, its compensation, a swapped day. */
  readonly daysOff: ReadonlySet<IsoDate>;
  /** Saturdays and Sundays that are worked ("ngày làm bù" of a swap). */
  readonly workingDays: ReadonlySet<IsoDate>;
}

export type CalendarDayKind = 'DAY_OFF' | 'WORKING_DAY';

export const CALENDAR_DAY_KINDS: Record<CalendarDayKind, string> = {
  DAY_OFF: 'Ngày nghỉ (lễ, tết, nghỉ bù, nghỉ hoán đổi)',
  WORKING_DAY: 'Ngày làm bù (thứ Bảy, Chủ nhật đi làm)',
};

/** The weekly pattern alone (no holiday): for tests and for a span no data covers. */
export const WEEKENDS_ONLY: WorkingCalendar = { daysOff: new Set(), workingDays: new Set() };

/** A calendar from its rows (what the API stores, one per day that differs from the week). */
export function workingCalendar(
  days: Iterable<{ date: IsoDate; kind: CalendarDayKind }>,
): WorkingCalendar {
  const daysOff = new Set<IsoDate>();
  const workingDays = new Set<IsoDate>();
  for (const d of days) (d.kind === 'DAY_OFF' ? daysOff : workingDays).add(d.date);
  return { daysOff, workingDays };
}

/**
 * The most working days an addition may count: 3,650 is fourteen years of them, far beyond any
 * procedure (the longest TĐKT delay is counted in tens of days; a 5-year "thời gian công tác" is
 * counted in calendar years, not here), and small enough that the loop stays under ~5,200 steps.
 */
export const MAX_WORKING_DAYS = 3650;

/** The longest span (calendar days) counted between two dates: 20 years (7,305 steps at most). */
export const MAX_SPAN_DAYS = 7305;

/** Refusals of the bounds above and of malformed dates, with the Vietnamese text a caller can show. */
export class WorkingDaysError extends RangeError {
  constructor(
    /** The argument at fault: `start`, `days`, `from`, `to`, `deadline`, `today`. */
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkingDaysError';
  }
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC), for arithmetic without time zones. */
function dayNumber(date: IsoDate, field: string): number {
  if (!isIsoDate(date)) throw new WorkingDaysError(field, `Ngày "${String(date)}" không hợp lệ.`);
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;
}

/**
 * The days an ISO date can name here: isIsoDate refuses years before 100 (Date.UTC reads 0-99 as
 * 1900-1999) and a year past 9999 has no four-digit form.
 */
const FIRST_DAY = Date.parse('0100-01-01T00:00:00Z') / DAY_MS;
const LAST_DAY = Date.parse('9999-12-31T00:00:00Z') / DAY_MS;

function isoOf(day: number): IsoDate {
  if (day < FIRST_DAY || day > LAST_DAY) {
    throw new WorkingDaysError('days', 'Kết quả vượt ra ngoài phạm vi ngày hợp lệ (năm 100–9999).');
  }
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function isWorking(day: number, cal: WorkingCalendar): boolean {
  const weekday = weekdayOf(day);
  if (weekday === 0 || weekday === 6) return cal.workingDays.has(isoOf(day));
  return !cal.daysOff.has(isoOf(day));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfIso(date: IsoDate): number {
  return weekdayOf(dayNumber(date, 'date'));
}

export function isWeekend(date: IsoDate): boolean {
  const w = weekdayOfIso(date);
  return w === 0 || w === 6;
}

/** Vietnamese name of the day of the week: "Thứ Hai" … "Chủ nhật". */
export function weekdayLabel(date: IsoDate): string {
  return WEEKDAY_LABELS[weekdayOfIso(date)] as string;
}

const WEEKDAY_LABELS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** Is `date` worked: a weekday not off, or a weekend day worked in a swap. */
export function isWorkingDay(date: IsoDate, cal: WorkingCalendar): boolean {
  return isWorking(dayNumber(date, 'date'), cal);
}

/** The date `days` calendar days after `date` (negative: before). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return isoOf(dayNumber(date, 'date') + days);
}

/**
 * The `n`-th working day after `start`, `start` itself NOT counted: "trong thời hạn 05 ngày làm việc
 * kể từ ngày nhận đủ hồ sơ" runs over the five working days that follow the day of receipt, and the
 * result is the last day on which the step is still on time. A file received on Friday 24/01/2025
 * (Tết Ất Tỵ: 27/01–31/01 off) is due on Friday 07/02/2025, the working days being 03/02 to 07/02;
 * a receipt on a day off (an online submission on a Sunday) counts the same way: the first working
 * day after it is day 1.
 *
 * `n` = 0 is `start` itself; a negative `n` counts backwards ("gửi trước ít nhất 05 ngày làm việc"
 * before a meeting: the fifth working day before it). |n| ≤ MAX_WORKING_DAYS.
 */
export function addWorkingDays(start: IsoDate, n: number, cal: WorkingCalendar): IsoDate {
  let day = dayNumber(start, 'start');
  if (!Number.isInteger(n))
    throw new WorkingDaysError('days', 'Số ngày làm việc phải là số nguyên.');
  if (Math.abs(n) > MAX_WORKING_DAYS) {
    throw new WorkingDaysError(
      'days',
      `Số ngày làm việc không được vượt quá ${MAX_WORKING_DAYS.toLocaleString('vi-VN')} (khoảng 14 năm).`,
    );
  }
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0;) {
    day += step;
    if (isWorking(day, cal)) left -= 1;
  }
  return isoOf(day);
}

/**
 * The working days from `from` to `to` counted the way addWorkingDays counts them: the days after
 * `from` up to and including `to` (so `workingDaysBetween(a, addWorkingDays(a, n)) === n`). Negative
 * when `to` is before `from`: −(working days after `to` up to and including `from`), so a deadline
 * passed two working days ago reads −2 from today. Same day: 0. The span is at most MAX_SPAN_DAYS.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, cal: WorkingCalendar): number {
  const a = dayNumber(from, 'from');
  const b = dayNumber(to, 'to');
  if (Math.abs(b - a) > MAX_SPAN_DAYS) {
    throw new WorkingDaysError(
      'to',
      `Khoảng thời gian không được dài quá ${MAX_SPAN_DAYS.toLocaleString('vi-VN')} ngày (20 năm).`,
    );
  }
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = lo + 1; day <= hi; day += 1) if (isWorking(day, cal)) count += 1;
  return sign * count;
}

/** Flags of an item with a deadline, as lists show them. */
export type DeadlineStatus = 'OVERDUE' | 'DUE_SOON' | 'ON_TRACK';

export const DEADLINE_STATUSES: Record<DeadlineStatus, string> = {
  OVERDUE: 'Quá hạn',
  DUE_SOON: 'Sắp đến hạn',
  ON_TRACK: 'Trong hạn',
};

/**
 * Two working days: a step due within two working days still leaves the officer a day to act after
 * the flag appears (the shortest TĐKT delay, 05 working days to ask for a missing paper, turns
 * "sắp đến hạn" on its fourth day).
 */
export const DUE_SOON_WORKING_DAYS = 2;

export interface DeadlineState {
  status: DeadlineStatus;
  /**
   * Working days left after `today` up to the deadline (0 on the last day); when overdue, minus the
   * working days since it (−1 on the first working day after the deadline, 0 on a day off before that).
   */
  workingDaysLeft: number;
}

/**
 * Where an open item stands against its `deadline` (the last day on time, as addWorkingDays gives it)
 * on `today` (default: today in Vietnam). OVERDUE after the deadline day; DUE_SOON while
 * `dueSoonWithin` working days or fewer are left (the deadline day itself included: 0 left);
 * ON_TRACK before. For an item already done, pass the day it was done as `today`: OVERDUE then
 * means it was done late.
 */
export function deadlineStatus(
  deadline: IsoDate,
  cal: WorkingCalendar,
  opts: { today?: IsoDate; dueSoonWithin?: number } = {},
): DeadlineState {
  const today = opts.today ?? todayInVietnam();
  const within = opts.dueSoonWithin ?? DUE_SOON_WORKING_DAYS;
  if (!Number.isInteger(within) || within < 0 || within > MAX_WORKING_DAYS) {
    throw new WorkingDaysError('dueSoonWithin', 'Số ngày báo sắp đến hạn không hợp lệ.');
  }
  const d = dayNumber(deadline, 'deadline');
  const t = dayNumber(today, 'today');
  const workingDaysLeft = workingDaysBetween(today, deadline, cal);
  if (t > d) return { status: 'OVERDUE', workingDaysLeft };
  return { status: workingDaysLeft <= within ? 'DUE_SOON' : 'ON_TRACK', workingDaysLeft };
}
