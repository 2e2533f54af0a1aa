/** Calendar dates as ISO strings "YYYY-MM-DD" (what PostgreSQL `date` columns hold). */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

/** Today in Vietnam (Asia/Ho_Chi_Minh, UTC+7, no daylight saving). */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
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
