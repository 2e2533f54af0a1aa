import {
  ApiOutlined,
  AuditOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Permission } from '@thidua/shared-domain';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';

import { PATHS } from '../../app/paths';
import { t } from '../../i18n';

export interface NavEntry {
  path: string;
  label: string;
  icon: ReactNode;
  /** shown on the home page's shortcuts */
  description: string;
  /** the viewer needs at least one of these; none = every signed-in user */
  anyOf?: readonly Permission[];
}

/** The administration screens and who may open them. The router guards use the same table. */
export const ADMIN_ENTRIES: readonly NavEntry[] = [
  {
    path: PATHS.users,
    label: t.nav.users,
    icon: <TeamOutlined />,
    description: t.shortcuts.users,
    anyOf: ['USER_READ'],
  },
  {
    path: PATHS.roles,
    label: t.nav.roles,
    icon: <SafetyCertificateOutlined />,
    description: t.shortcuts.roles,
    anyOf: ['ROLE_MANAGE', 'ROLE_ASSIGN'],
  },
  {
    path: PATHS.apiClients,
    label: t.nav.apiClients,
    icon: <ApiOutlined />,
    description: t.shortcuts.apiClients,
    anyOf: ['API_CLIENT_MANAGE'],
  },
  {
    path: PATHS.audit,
    label: t.nav.audit,
    icon: <AuditOutlined />,
    description: t.shortcuts.audit,
    anyOf: ['AUDIT_READ'],
  },
];

export const ADMIN_GROUP_KEY = 'quan-tri';

export function requiredPermissions(path: string): readonly Permission[] {
  return ADMIN_ENTRIES.find((e) => e.path === path)?.anyOf ?? [];
}

export function allowedEntries(can: (...anyOf: Permission[]) => boolean): NavEntry[] {
  return ADMIN_ENTRIES.filter((entry) => !entry.anyOf || can(...entry.anyOf));
}

/** Side menu: Trang chủ, then the "Quản trị" group with only the screens the viewer may open. */
export function buildMenuItems(
  can: (...anyOf: Permission[]) => boolean,
): NonNullable<MenuProps['items']> {
  const admin = allowedEntries(can);
  return [
    { key: PATHS.home, icon: <HomeOutlined />, label: t.nav.home },
    ...(admin.length > 0
      ? [
          {
            key: ADMIN_GROUP_KEY,
            icon: <SettingOutlined />,
            label: t.nav.admin,
            children: admin.map((entry) => ({
              key: entry.path,
              icon: entry.icon,
              label: entry.label,
            })),
          },
        ]
      : []),
  ];
}

/** The menu key for the current location: the longest entry path it starts with. */
export function selectedMenuKey(pathname: string): string | undefined {
  const paths = [PATHS.home, ...ADMIN_ENTRIES.map((e) => e.path)];
  return paths
    .filter((p) =>
      p === PATHS.home ? pathname === p : pathname === p || pathname.startsWith(`${p}/`),
    )
    .sort((a, b) => b.length - a.length)[0];
}
