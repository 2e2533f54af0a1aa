import { DatePicker } from 'antd';
import type { CSSProperties } from 'react';

import { t } from '../../i18n';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../dates';

export interface IsoDatePickerProps {
  id?: string;
  /** "YYYY-MM-DD" */
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
  /** "YYYY-MM-DD": days before are not selectable */
  min?: string;
}

/**
 * A date picker whose value is the API's Date scalar ("YYYY-MM-DD"), shown and typed as dd/mm/yyyy.
 * Works as a Form.Item child.
 */
export function IsoDatePicker({
  value,
  onChange,
  placeholder = t.common.datePlaceholder,
  min,
  style,
  ...rest
}: IsoDatePickerProps) {
  const minDay = fromIsoDate(min);
  return (
    <DatePicker
      {...rest}
      value={fromIsoDate(value)}
      onChange={(day) => onChange?.(toIsoDate(day))}
      format={DATE_FORMAT}
      placeholder={placeholder}
      disabledDate={minDay ? (day) => day.isBefore(minDay, 'day') : undefined}
      style={{ width: '100%', ...style }}
    />
  );
}
