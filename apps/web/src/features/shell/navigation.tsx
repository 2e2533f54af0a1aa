import {
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BranchesOutlined,
  CalendarOutlined,
  ClusterOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FileExcelOutlined,
  FlagOutlined,
  FolderOpenOutlined,
  HistoryOutlined,
  HomeOutlined,
  IdcardOutlined,
  InboxOutlined,
  PartitionOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TagsOutlined,
  TeamOutlined,
  TrophyOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import type { Permission } from '@thidua/shared-domain';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';

import { PATHS } from '../../app/paths';
import { requiredPermissions, screenOf } from './access';
import { t } from '../../i18n';
import { awardsMessages } from '../awards/messages';
import { councilsMessages } from '../councils/messages';
import { decisionsMessages } from '../decisions/messages';

export interface NavEntry {
  path: string;
  label: string;
  icon: ReactNode;
  /** shown on the home page's shortcuts */
  description: string;
}

export interface NavGroup {
  key: string;
  label: string;
  icon: ReactNode;
  entries: readonly NavEntry[];
}

/*
 * Icons are aria-hidden: antd names each icon in English (role="img" aria-label="partition"), which made
 * every menu item's accessible name "partition Đơn vị" instead of its visible label.
 */

/** The emulation and commendation screens (issue 10 on): legal bases first. */
export const EMULATION_ENTRIES: readonly NavEntry[] = [
  {
    path: PATHS.legalDocuments,
    label: t.nav.legalDocuments,
    icon: <FileTextOutlined aria-hidden />,
    description: t.shortcuts.legalDocuments,
  },
  {
    path: PATHS.awardRules,
    label: t.awardRules.nav,
    icon: <SafetyCertificateOutlined aria-hidden />,
    description: t.awardRules.shortcut,
  },
  {
    path: PATHS.campaignPlans,
    label: t.nav.campaignPlans,
    icon: <ScheduleOutlined aria-hidden />,
    description: t.shortcuts.campaignPlans,
  },
  {
    path: PATHS.campaignInbox,
    label: t.nav.campaignInbox,
    icon: <InboxOutlined aria-hidden />,
    description: t.shortcuts.campaignInbox,
  },
  {
    path: PATHS.campaignCalendar,
    label: t.nav.campaignCalendar,
    icon: <CalendarOutlined aria-hidden />,
    description: t.shortcuts.campaignCalendar,
  },
  {
    path: PATHS.records,
    label: t.nav.records,
    icon: <TrophyOutlined aria-hidden />,
    description: t.shortcuts.records,
  },
  {
    path: PATHS.awardRounds,
    label: awardsMessages.nav.rounds,
    icon: <FlagOutlined aria-hidden />,
    description: awardsMessages.shortcuts.rounds,
  },
  {
    path: PATHS.awardDossiers,
    label: awardsMessages.nav.dossiers,
    icon: <FolderOpenOutlined aria-hidden />,
    description: awardsMessages.shortcuts.dossiers,
  },
  {
    path: PATHS.awardDossierInbox,
    label: awardsMessages.nav.inbox,
    icon: <InboxOutlined aria-hidden />,
    description: awardsMessages.shortcuts.inbox,
  },
  {
    path: PATHS.councils,
    label: councilsMessages.nav,
    icon: <UsergroupAddOutlined aria-hidden />,
    description: councilsMessages.shortcut,
  },
  {
    path: PATHS.awardDecisions,
    label: decisionsMessages.nav,
    icon: <FileDoneOutlined aria-hidden />,
    description: decisionsMessages.shortcut,
  },
];

/** The organisation screens (issue 3) and who may open them. */
export const ORG_ENTRIES: readonly NavEntry[] = [
  {
    path: PATHS.units,
    label: t.nav.units,
    icon: <PartitionOutlined aria-hidden />,
    description: t.shortcuts.units,
  },
  {
    path: PATHS.restructuring,
    label: t.nav.restructuring,
    icon: <BranchesOutlined aria-hidden />,
    description: t.shortcuts.restructuring,
  },
  {
    path: PATHS.restructurings,
    label: t.nav.restructurings,
    icon: <HistoryOutlined aria-hidden />,
    description: t.shortcuts.restructurings,
  },
  {
    path: PATHS.clusters,
    label: t.nav.clusters,
    icon: <ClusterOutlined aria-hidden />,
    description: t.shortcuts.clusters,
  },
  {
    path: PATHS.people,
    label: t.nav.people,
    icon: <IdcardOutlined aria-hidden />,
    description: t.shortcuts.people,
  },
  {
    path: PATHS.imports,
    label: t.nav.imports,
    icon: <FileExcelOutlined aria-hidden />,
    description: t.shortcuts.imports,
  },
];

/** The administration screens and who may open them. */
export const ADMIN_ENTRIES: readonly NavEntry[] = [
  {
    path: PATHS.users,
    label: t.nav.users,
    icon: <TeamOutlined aria-hidden />,
    description: t.shortcuts.users,
  },
  {
    path: PATHS.roles,
    label: t.nav.roles,
    icon: <SafetyCertificateOutlined aria-hidden />,
    description: t.shortcuts.roles,
  },
  {
    path: PATHS.unitKinds,
    label: t.nav.unitKinds,
    icon: <TagsOutlined aria-hidden />,
    description: t.shortcuts.unitKinds,
  },
  {
    path: PATHS.workingCalendar,
    label: t.calendar.navLabel,
    icon: <CalendarOutlined aria-hidden />,
    description: t.calendar.shortcut,
  },
  {
    path: PATHS.apiClients,
    label: t.nav.apiClients,
    icon: <ApiOutlined aria-hidden />,
    description: t.shortcuts.apiClients,
  },
  {
    path: PATHS.audit,
    label: t.nav.audit,
    icon: <AuditOutlined aria-hidden />,
    description: t.shortcuts.audit,
  },
];

export const EMULATION_GROUP_KEY = 'thi-dua';
export const ORG_GROUP_KEY = 'to-chuc';
export const ADMIN_GROUP_KEY = 'quan-tri';

/** The side menu's groups, in order. Who sees an entry: ./access.ts, which the router guards read too. */
export const NAV_GROUPS: readonly NavGroup[] = [
  {
    key: EMULATION_GROUP_KEY,
    label: t.nav.emulation,
    icon: <TrophyOutlined aria-hidden />,
    entries: EMULATION_ENTRIES,
  },
  {
    key: ORG_GROUP_KEY,
    label: t.nav.org,
    icon: <ApartmentOutlined aria-hidden />,
    entries: ORG_ENTRIES,
  },
  {
    key: ADMIN_GROUP_KEY,
    label: t.nav.admin,
    icon: <SettingOutlined aria-hidden />,
    entries: ADMIN_ENTRIES,
  },
];

const ALL_ENTRIES: readonly NavEntry[] = NAV_GROUPS.flatMap((group) => group.entries);
const ENTRY_PATHS = ALL_ENTRIES.map((entry) => entry.path);

/** The viewer may open the entry's screen (./access.ts; a screen not listed there is open to all). */
const opens = (can: (...anyOf: Permission[]) => boolean) => (entry: NavEntry) => {
  const anyOf = requiredPermissions(entry.path);
  return anyOf.length === 0 || can(...anyOf);
};

export function allowedEntries(can: (...anyOf: Permission[]) => boolean): NavEntry[] {
  return ALL_ENTRIES.filter(opens(can));
}

/** Side menu: Trang chủ, then each group with only the screens the viewer may open. */
export function buildMenuItems(
  can: (...anyOf: Permission[]) => boolean,
): NonNullable<MenuProps['items']> {
  const groups = NAV_GROUPS.map((group) => ({
    group,
    entries: group.entries.filter(opens(can)),
  })).filter(({ entries }) => entries.length > 0);
  return [
    { key: PATHS.home, icon: <HomeOutlined aria-hidden />, label: t.nav.home },
    ...groups.map(({ group, entries }) => ({
      key: group.key,
      icon: group.icon,
      label: group.label,
      children: entries.map((entry) => ({
        key: entry.path,
        icon: entry.icon,
        label: entry.label,
      })),
    })),
  ];
}

/** The menu key for the current location: the longest entry path it starts with. */
export function selectedMenuKey(pathname: string): string | undefined {
  if (pathname === PATHS.home) return PATHS.home;
  return screenOf(ENTRY_PATHS, pathname);
}
