import { DatePicker } from 'antd';
import { useRef, type CSSProperties, type FocusEvent, type KeyboardEvent } from 'react';

import { t } from '../../i18n';
import { DATE_INPUT_FORMATS, fromIsoDate, toIsoDate } from '../dates';

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

/** A mouse-up this soon after the field took focus belongs to the click that focused it. */
const FOCUS_CLICK_MS = 500;

/**
 * A date picker whose value is the API's Date scalar ("YYYY-MM-DD"), shown and typed as dd/mm/yyyy.
 * Works as a Form.Item child.
 *
 * Typing over a prefilled date replaces it: the field selects its whole text when it takes focus
 * (before, the caret landed where the click did and "15/08/2025" typed after "01/07/2025" made an
 * unreadable text that the picker then dropped for the old date). Enter takes the typed date and
 * does not submit the form around the field.
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
  const focusedAt = useRef(0);

  const selectAll = (event: FocusEvent<HTMLElement>) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    focusedAt.current = Date.now();
    input.select();
    // the mouse-up of the click that focused the field would put the caret back where it landed
    input.addEventListener(
      'mouseup',
      (up) => {
        if (Date.now() - focusedAt.current < FOCUS_CLICK_MS) up.preventDefault();
      },
      { once: true },
    );
  };

  const keepEnterInField = (event: KeyboardEvent<HTMLElement>) => {
    // the picker reads the typed date on Enter; the browser would also submit the form (implicit
    // submission) with the date before it was read
    if (event.key === 'Enter') event.preventDefault();
  };

  return (
    <DatePicker
      {...rest}
      value={fromIsoDate(value)}
      onChange={(day) => onChange?.(toIsoDate(day))}
      onFocus={selectAll}
      onKeyDown={keepEnterInField}
      format={DATE_INPUT_FORMATS}
      placeholder={placeholder}
      disabledDate={minDay ? (day) => day.isBefore(minDay, 'day') : undefined}
      style={{ width: '100%', ...style }}
    />
  );
}
