import { DownOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import {
  Avatar,
  Drawer,
  Dropdown,
  Flex,
  Grid,
  Layout,
  Menu,
  Typography,
  type MenuProps,
} from 'antd';
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

import { useUiText } from '../ui-text';
import { BrandMark } from './BrandMark';

export const HEADER_BACKGROUND = 'linear-gradient(90deg, #8f1012 0%, #b3141b 60%, #c0392b 100%)';

/** The id of the page's `<main>`: target of the skip link. */
export const MAIN_CONTENT_ID = 'noi-dung-chinh';

/** How long a page may take to show its heading after navigation before focus settles on `<main>`. */
const FOCUS_WAIT_MS = 3000;

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
  /**
   * Changes on every navigation (the path): focus then moves to the new page's h1, so a screen reader
   * announces the page and the next Tab starts in it, not back at the top of the menu.
   */
  pageKey?: string;
  children: ReactNode;
}

/**
 * After navigation, focuses the page's h1 once it is rendered (pages load lazily and show their
 * heading after their code arrives), or `<main>` if none shows within FOCUS_WAIT_MS. Not on the first
 * render: a fresh load starts at the top, with the skip link first.
 */
function useFocusPageHeading(main: RefObject<HTMLElement | null>, pageKey: string | undefined) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = main.current;
    if (!root) return;
    const focus = (el: HTMLElement) => {
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.focus({ preventScroll: false });
    };
    const tryHeading = () => {
      const h1 = root.querySelector<HTMLElement>('h1');
      if (!h1) return false;
      focus(h1);
      return true;
    };
    if (tryHeading()) return;
    const observer = new MutationObserver(() => {
      if (tryHeading()) stop();
    });
    const timer = window.setTimeout(() => {
      stop();
      focus(root);
    }, FOCUS_WAIT_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(root, { childList: true, subtree: true });
    return stop;
  }, [main, pageKey]);
}

/**
 * Header with the product name and the user menu, side navigation, and the content area. Below antd's
 * `lg` breakpoint (992 px) the side menu becomes a drawer behind a menu button: at 390 px (a phone) a
 * 248 px sider left 142 px for the page, and tables pushed the whole page sideways.
 */
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
  pageKey,
  children,
}: AppLayoutProps) {
  const text = useUiText();
  const screens = Grid.useBreakpoint();
  // before the first measure `screens` is empty: assume a desktop, as the previous layout did
  const narrow = screens.lg === false;
  const phone = screens.sm === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  useFocusPageHeading(main, pageKey);

  useEffect(() => {
    if (!narrow) setDrawerOpen(false);
  }, [narrow]);

  const menu = (
    <nav aria-label={text.mainNavigation}>
      <Menu
        mode="inline"
        items={menuItems}
        selectedKeys={selectedKeys}
        defaultOpenKeys={defaultOpenKeys}
        onClick={({ key }) => {
          setDrawerOpen(false);
          onMenuClick(key);
        }}
        style={{ borderInlineEnd: 'none', paddingTop: 8 }}
      />
    </nav>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a
        href={`#${MAIN_CONTENT_ID}`}
        className="skip-link"
        onClick={(event) => {
          // focus without a hash in the URL (the router would treat it as a navigation)
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {text.skipToContent}
      </a>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: phone ? 8 : 16,
          padding: phone ? '0 8px' : '0 20px',
          height: 64,
          background: HEADER_BACKGROUND,
          boxShadow: '0 2px 6px rgba(0,0,0,.25)',
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {narrow && (
          <button
            type="button"
            aria-label={text.openNavigation}
            aria-expanded={drawerOpen}
            aria-controls="dieu-huong-chinh"
            onClick={() => setDrawerOpen(true)}
            style={{
              flex: 'none',
              width: 44,
              height: 44,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              background: 'transparent',
              border: '1px solid rgba(255,255,255,.35)',
              borderRadius: 8,
              color: '#fff',
              cursor: 'pointer',
              fontSize: 20,
            }}
          >
            <MenuOutlined aria-hidden />
          </button>
        )}
        <Flex
          align="center"
          gap={phone ? 8 : 12}
          style={{ cursor: onBrandClick ? 'pointer' : undefined, minWidth: 0, flex: 1 }}
          onClick={onBrandClick}
        >
          {!phone && <BrandMark />}
          <div style={{ lineHeight: 1.25, minWidth: 0 }}>
            <div
              style={{
                color: '#ffd54f',
                fontWeight: 700,
                fontSize: phone ? 14 : 17,
                letterSpacing: 0.3,
                textTransform: 'uppercase',
                whiteSpace: phone ? 'normal' : 'nowrap',
                overflow: 'hidden',
                textOverflow: 'ellipsis',
              }}
            >
              {title}
            </div>
            {subtitle && !phone && (
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
          {/* named by what it shows (the user) plus what it is: an aria-label alone hid the name
              a sighted user sees, so voice control ("click Trần Thị…") found nothing */}
          <button
            type="button"
            style={{
              flex: 'none',
              display: 'flex',
              alignItems: 'center',
              gap: 10,
              background: 'rgba(255,255,255,.08)',
              border: '1px solid rgba(255,255,255,.25)',
              borderRadius: 8,
              padding: phone ? 4 : '4px 12px 4px 6px',
              color: '#fff',
              cursor: 'pointer',
              lineHeight: 1.2,
              textAlign: 'left',
            }}
          >
            <Avatar
              size={32}
              aria-hidden
              icon={<UserOutlined />}
              style={{ background: '#ffd54f', color: '#8f1012' }}
            />
            {!phone && (
              <span style={{ display: 'flex', flexDirection: 'column' }}>
                <span style={{ fontWeight: 600 }}>{user.name}</span>
                {user.description && (
                  <span style={{ fontSize: 12, opacity: 0.92 }}>{user.description}</span>
                )}
              </span>
            )}
            <span className="sr-only">{text.userMenu}</span>
            {!phone && <DownOutlined aria-hidden style={{ fontSize: 10 }} />}
          </button>
        </Dropdown>
      </Layout.Header>
      <Layout>
        {narrow ? (
          <Drawer
            id="dieu-huong-chinh"
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={title}
            size={280}
            styles={{ body: { padding: 0 } }}
          >
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider
            width={248}
            theme="light"
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            style={{ borderRight: '1px solid #e8e8e8' }}
          >
            {menu}
          </Layout.Sider>
        )}
        <Layout style={{ minWidth: 0 }}>
          <Layout.Content
            ref={main}
            id={MAIN_CONTENT_ID}
            tabIndex={-1}
            style={{ padding: phone ? 12 : 24, minWidth: 0, outline: 'none' }}
          >
            {children}
          </Layout.Content>
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
