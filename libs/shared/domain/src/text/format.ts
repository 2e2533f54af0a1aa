/** Vietnamese formatting: dates dd/mm/yyyy in Asia/Ho_Chi_Minh, numbers with "." thousands. */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateFormatter = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VN_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

const dateTimeFormatter = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VN_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

const numberFormatter = new Intl.NumberFormat('vi-VN');

function parts(formatter: Intl.DateTimeFormat, value: Date): Record<string, string> {
  return Object.fromEntries(formatter.formatToParts(value).map((p) => [p.type, p.value]));
}

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** 05/03/2025 */
export function formatDate(value: Date | string): string {
  const p = parts(dateFormatter, toDate(value));
  return `${p['day']}/${p['month']}/${p['year']}`;
}

/** 05/03/2025 14:07 */
export function formatDateTime(value: Date | string): string {
  const p = parts(dateTimeFormatter, toDate(value));
  return `${p['day']}/${p['month']}/${p['year']} ${p['hour']}:${p['minute']}`;
}

/** 1.200, 35.000 */
export function formatNumber(value: number): string {
  return numberFormatter.format(value);
}
