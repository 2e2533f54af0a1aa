import {
  formatDate,
  formatDateTime,
  formatNumber,
  isIsoDate,
  isoToVn,
} from '@thidua/shared-domain';
import { Typography } from 'antd';

import { useUiText } from '../ui-text';

function NoValue() {
  const text = useUiText();
  return <Typography.Text type="secondary">{text.noValue}</Typography.Text>;
}

/** 05/03/2025 (Asia/Ho_Chi_Minh), or "—" */
export function DateText({ value }: { value: string | Date | null | undefined }) {
  if (!value) return <NoValue />;
  return <time dateTime={new Date(value).toISOString()}>{formatDate(value)}</time>;
}

/**
 * A calendar day from the API's Date scalar ("2025-07-01") as 01/07/2025, never shifted by time zones;
 * or "—".
 */
export function CalendarDateText({ value }: { value: string | null | undefined }) {
  if (!value || !isIsoDate(value)) return <NoValue />;
  return <time dateTime={value}>{isoToVn(value)}</time>;
}

/** 05/03/2025 14:07 (Asia/Ho_Chi_Minh), or "—" */
export function DateTimeText({ value }: { value: string | Date | null | undefined }) {
  if (!value) return <NoValue />;
  return <time dateTime={new Date(value).toISOString()}>{formatDateTime(value)}</time>;
}

/** 1.234 */
export function NumberText({ value }: { value: number | null | undefined }) {
  if (value === null || value === undefined) return <NoValue />;
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatNumber(value)}</span>;
}

/** Text, or "—" when empty. */
export function TextOrNone({ value }: { value: string | null | undefined }) {
  if (!value) return <NoValue />;
  return <>{value}</>;
}
