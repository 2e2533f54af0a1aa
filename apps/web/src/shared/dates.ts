import { isIsoDate, isoToVn, todayInVietnam, type IsoDate } from '@thidua/shared-domain';
import dayjs, { type Dayjs } from 'dayjs';

import { t } from '../i18n';

/** How every date picker shows and parses dates. */
export const DATE_FORMAT = 'DD/MM/YYYY';

/**
 * What a date field accepts when typed: the first is also how it shows the date; the others read
 * "1/7/2025" and "01072025" as officers type them.
 */
export const DATE_INPUT_FORMATS = [DATE_FORMAT, 'D/M/YYYY', 'DDMMYYYY'];

/** A picked day → "YYYY-MM-DD" (the API's Date scalar). The picker's day, never shifted by zones. */
export function toIsoDate(value: Dayjs | null | undefined): IsoDate | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

/** "YYYY-MM-DD" → a Dayjs for a picker (local midnight of that day). */
export function fromIsoDate(value: string | null | undefined): Dayjs | null {
  return value && isIsoDate(value) ? dayjs(value) : null;
}

/** "2025-07-01" → "01/07/2025"; "" for nothing. */
export function formatIsoDate(value: string | null | undefined): string {
  return value && isIsoDate(value) ? isoToVn(value) : '';
}

/** "01/07/2025 – nay" */
export function formatPeriod(from: string, to: string | null | undefined): string {
  return t.common.period(formatIsoDate(from), to ? formatIsoDate(to) : null);
}

export function today(): IsoDate {
  return todayInVietnam();
}
