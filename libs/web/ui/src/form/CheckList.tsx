import { Checkbox, Flex } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

export interface CheckListItem<T extends string> {
  value: T;
  label: ReactNode;
  disabled?: boolean;
}

/**
 * A list of check boxes whose answer is the ticked values, in the list's order: a controlled form
 * control (`value`/`onChange`, so it also works as a `Form.Item` child).
 *
 * Not antd's `Checkbox.Group`: the group answers only with the values of boxes whose registration (an
 * effect, one render after the box appears) it has seen, so a tick right after the list appeared
 * emptied the choice. Users are rarely that quick; a test under CI load was ("Đã chọn 00/02" in the
 * draft-decision drawer). Here each box answers from the list it was rendered with.
 */
export function CheckList<T extends string>({
  items,
  value = [],
  onChange,
  disabled,
  vertical = true,
  style,
  'aria-label': ariaLabel,
}: {
  items: readonly CheckListItem<T>[];
  value?: readonly T[];
  onChange?: (value: T[]) => void;
  disabled?: boolean;
  /** One box a line (the default), or boxes side by side. */
  vertical?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}) {
  return (
    <Flex role="group" aria-label={ariaLabel} vertical={vertical} gap={6} wrap style={style}>
      {items.map((item) => (
        <Checkbox
          key={item.value}
          checked={value.includes(item.value)}
          disabled={disabled || item.disabled}
          onChange={(e) => {
            const next = new Set(value);
            if (e.target.checked) next.add(item.value);
            else next.delete(item.value);
            onChange?.(items.map((i) => i.value).filter((v) => next.has(v)));
          }}
        >
          {item.label}
        </Checkbox>
      ))}
    </Flex>
  );
}
