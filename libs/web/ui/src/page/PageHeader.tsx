import { Breadcrumb, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: string;
  subtitle?: ReactNode;
  /** Actions shown on the right (buttons). */
  extra?: ReactNode;
  breadcrumb?: string[];
}

export function PageHeader({ title, subtitle, extra, breadcrumb }: PageHeaderProps) {
  return (
    <header style={{ marginBottom: 20 }}>
      {breadcrumb && breadcrumb.length > 0 && (
        <Breadcrumb
          style={{ marginBottom: 8 }}
          items={[...breadcrumb, title].map((label) => ({ title: label }))}
        />
      )}
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div style={{ minWidth: 0 }}>
          {/* the page's one h1 (focus lands here after navigation), at the size of the former h3 */}
          <Typography.Title level={1} style={{ margin: 0, color: '#8f1012', fontSize: 24 }}>
            {title}
          </Typography.Title>
          {subtitle && (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {subtitle}
            </Typography.Paragraph>
          )}
        </div>
        {extra && (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        )}
      </Flex>
    </header>
  );
}
