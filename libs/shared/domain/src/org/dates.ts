/** Calendar dates as ISO strings "YYYY-MM-DD" (what PostgreSQL `date` columns hold). */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A real calendar day written YYYY-MM-DD. Checked by arithmetic, not by building a Date: the
 * GraphQL `Date` scalar asks it for every date it sends, two per unit of a 140-unit list (bench/org:
 * 43 of 6,000 ms profiled went to the Date-based check).
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  // years before 100 stay refused, as when a Date (which reads them as 19xx) judged them
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number));
}

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
let todayNumber = Number.NaN;
let todayIso = '';

/**
 * Today in Vietnam (Asia/Ho_Chi_Minh, UTC+7, no daylight saving). The string is kept for the day:
 * every unit of a list asks whether it has ended by today (140 asks a request, 100 of 6,000 ms
 * profiled in bench/org when each built a Date and its ISO string).
 */
export function todayInVietnam(now?: Date): IsoDate {
  const day = Math.floor(((now ? now.getTime() : Date.now()) + VIETNAM_OFFSET_MS) / DAY_MS);
  if (day !== todayNumber) {
    todayIso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    todayNumber = day;
  }
  return todayIso;
}

/** "2025-07-01" → "01/07/2025" */
export function isoToVn(value: IsoDate): string {
  const [y, m, d] = value.split('-');
  return `${d}/${m}/${y}`;
}

/** The day before: a validity that ends (exclusively) on `date` last held on this day. */
export function dayBefore(value: IsoDate): IsoDate {
  const d = new Date(`${value}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
