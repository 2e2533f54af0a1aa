import { FilterOutlined } from '@ant-design/icons';
import { Button, Flex, Grid } from 'antd';
import { useId, useState, type ReactNode } from 'react';

import { useUiText } from '../ui-text';

export interface FilterBarProps {
  /** the filter fields */
  children: ReactNode;
  /** how many filters are set: shown on the phone's toggle ("Bộ lọc (2)") so a folded filter is seen */
  activeCount?: number;
}

/**
 * A list page's row of filters. On a phone (below antd's `md`, 768 px) the row folds behind a
 * "Bộ lọc" button: four selects stacked at 390 px pushed the list itself below the first screen.
 * The fields stay mounted while folded, so nothing typed is lost.
 */
export function FilterBar({ children, activeCount = 0 }: FilterBarProps) {
  const text = useUiText();
  const screens = Grid.useBreakpoint();
  const [open, setOpen] = useState(false);
  const id = useId();
  if (screens.md !== false) {
    return (
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        {children}
      </Flex>
    );
  }
  return (
    <div style={{ marginBottom: 16 }}>
      <Button
        block
        icon={<FilterOutlined aria-hidden />}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
      >
        {text.filters(activeCount)}
      </Button>
      <Flex id={id} vertical gap={8} style={{ marginTop: 8, display: open ? undefined : 'none' }}>
        {children}
      </Flex>
    </div>
  );
}
