import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { AppLayout } from '@thidua/web-ui';
import { useMemo } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';

import { PATHS } from '../../../app/paths';
import { t } from '../../../i18n';
import { useSignOut } from '../../auth/hooks/useSignOut';
import { useViewer } from '../../auth/hooks/useViewer';
import { NAV_GROUPS, buildMenuItems, selectedMenuKey } from '../navigation';

const LOGOUT_KEY = 'logout';

/** The signed-in frame: header with the user menu, navigation by permission, the page in the middle. */
export function AppShell() {
  const { user, can } = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();

  const menuItems = useMemo(() => buildMenuItems(can), [can]);
  const selected = selectedMenuKey(location.pathname);

  const onUserMenuClick = (key: string) => {
    if (key !== LOGOUT_KEY) {
      navigate(key);
      return;
    }
    signOut();
  };

  return (
    <AppLayout
      title={t.app.title}
      subtitle={t.app.subtitle}
      onBrandClick={() => navigate(PATHS.home)}
      menuItems={menuItems}
      selectedKeys={selected ? [selected] : []}
      defaultOpenKeys={NAV_GROUPS.map((group) => group.key)}
      onMenuClick={(key) => navigate(key)}
      user={{ name: user.fullName, description: user.unit.name }}
      userMenuItems={[
        { key: PATHS.profile, icon: <UserOutlined aria-hidden />, label: t.nav.profile },
        { type: 'divider' },
        {
          key: LOGOUT_KEY,
          icon: <LogoutOutlined aria-hidden />,
          label: t.nav.logout,
          danger: true,
        },
      ]}
      onUserMenuClick={onUserMenuClick}
      footer={t.app.footer}
      pageKey={location.pathname}
    >
      <Outlet />
    </AppLayout>
  );
}
