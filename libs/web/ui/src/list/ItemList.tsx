import { Flex } from 'antd';
import type { ReactNode } from 'react';

export interface ItemListEntry {
  key: string;
  content: ReactNode;
  /** buttons on the right */
  actions?: ReactNode;
}

/** A plain, accessible list of rows (ul/li) with optional actions — for short lists that need no table. */
export function ItemList({
  items,
  bordered = false,
}: {
  items: readonly ItemListEntry[];
  bordered?: boolean;
}) {
  return (
    <ul
      style={{
        listStyle: 'none',
        margin: 0,
        padding: 0,
        border: bordered ? '1px solid #f0f0f0' : undefined,
        borderRadius: bordered ? 6 : undefined,
      }}
    >
      {items.map((item, index) => (
        <li
          key={item.key}
          style={{
            padding: bordered ? '8px 12px' : '10px 0',
            borderTop: index > 0 ? '1px solid #f0f0f0' : undefined,
          }}
        >
          <Flex justify="space-between" align="center" gap={12}>
            <div style={{ minWidth: 0 }}>{item.content}</div>
            {item.actions && <Flex gap={8}>{item.actions}</Flex>}
          </Flex>
        </li>
      ))}
    </ul>
  );
}
