import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Flex, Layout, Menu, Typography, type MenuProps } from 'antd';
import { useState, type ReactNode } from 'react';

import { useUiText } from '../ui-text';
import { BrandMark } from './BrandMark';

export const HEADER_BACKGROUND = 'linear-gradient(90deg, #8f1012 0%, #b3141b 60%, #c0392b 100%)';

export interface AppLayoutUser {
  name: string;
  /** e.g. the user's unit */
  description?: string;
}

export interface AppLayoutProps {
  /** The product name in the header, e.g. "Quản lý thi đua – khen thưởng". */
  title: string;
  /** A second, smaller line, e.g. the system's owner. */
  subtitle?: string;
  onBrandClick?: () => void;
  menuItems: NonNullable<MenuProps['items']>;
  selectedKeys: string[];
  defaultOpenKeys?: string[];
  onMenuClick: (key: string) => void;
  user: AppLayoutUser;
  userMenuItems: NonNullable<MenuProps['items']>;
  onUserMenuClick: (key: string) => void;
  footer?: ReactNode;
  children: ReactNode;
}

/** Header with the product name and the user menu, side navigation, and the content area. */
export function AppLayout({
  title,
  subtitle,
  onBrandClick,
  menuItems,
  selectedKeys,
  defaultOpenKeys,
  onMenuClick,
  user,
  userMenuItems,
  onUserMenuClick,
  footer,
  children,
}: AppLayoutProps) {
  const text = useUiText();
  const [collapsed, setCollapsed] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 16,
          padding: '0 20px',
          height: 64,
          background: HEADER_BACKGROUND,
          boxShadow: '0 2px 6px rgba(0,0,0,.25)',
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        <Flex
          align="center"
          gap={12}
          style={{ cursor: onBrandClick ? 'pointer' : undefined, minWidth: 0 }}
          onClick={onBrandClick}
        >
          <BrandMark />
          <div style={{ lineHeight: 1.25, minWidth: 0 }}>
            <div
              style={{
                color: '#ffd54f',
                fontWeight: 700,
                fontSize: 17,
                letterSpacing: 0.3,
                textTransform: 'uppercase',
                whiteSpace: 'nowrap',
                overflow: 'hidden',
                textOverflow: 'ellipsis',
              }}
            >
              {title}
            </div>
            {subtitle && (
              <div style={{ color: 'rgba(255,255,255,.85)', fontSize: 12.5, whiteSpace: 'nowrap' }}>
                {subtitle}
              </div>
            )}
          </div>
        </Flex>
        <Dropdown
          trigger={['click']}
          placement="bottomRight"
          menu={{ items: userMenuItems, onClick: ({ key }) => onUserMenuClick(key) }}
        >
          <button
            type="button"
            aria-label={text.userMenu}
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 10,
              background: 'rgba(255,255,255,.08)',
              border: '1px solid rgba(255,255,255,.25)',
              borderRadius: 8,
              padding: '4px 12px 4px 6px',
              color: '#fff',
              cursor: 'pointer',
              lineHeight: 1.2,
              textAlign: 'left',
            }}
          >
            <Avatar
              size={32}
              icon={<UserOutlined />}
              style={{ background: '#ffd54f', color: '#8f1012' }}
            />
            <span style={{ display: 'flex', flexDirection: 'column' }}>
              <span style={{ fontWeight: 600 }}>{user.name}</span>
              {user.description && (
                <span style={{ fontSize: 12, opacity: 0.85 }}>{user.description}</span>
              )}
            </span>
            <DownOutlined style={{ fontSize: 10 }} />
          </button>
        </Dropdown>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          width={248}
          theme="light"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          style={{ borderRight: '1px solid #e8e8e8' }}
        >
          <nav aria-label={text.mainNavigation}>
            <Menu
              mode="inline"
              items={menuItems}
              selectedKeys={selectedKeys}
              defaultOpenKeys={defaultOpenKeys}
              onClick={({ key }) => onMenuClick(key)}
              style={{ borderInlineEnd: 'none', paddingTop: 8 }}
            />
          </nav>
        </Layout.Sider>
        <Layout>
          <Layout.Content style={{ padding: 24, minWidth: 0 }}>{children}</Layout.Content>
          {footer && (
            <Layout.Footer style={{ textAlign: 'center', padding: '12px 24px' }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {footer}
              </Typography.Text>
            </Layout.Footer>
          )}
        </Layout>
      </Layout>
    </Layout>
  );
}
