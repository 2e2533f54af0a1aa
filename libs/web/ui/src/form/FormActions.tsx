import { Flex } from 'antd';
import type { ReactNode } from 'react';

/** The buttons at the foot of a form in a drawer: right-aligned, kept visible while scrolling. */
export function FormActions({ children }: { children: ReactNode }) {
  return (
    <Flex
      justify="flex-end"
      gap={8}
      style={{
        position: 'sticky',
        bottom: -24,
        margin: '24px -24px -24px',
        padding: '12px 24px',
        background: '#fff',
        borderTop: '1px solid #f0f0f0',
        zIndex: 2,
      }}
    >
      {children}
    </Flex>
  );
}
