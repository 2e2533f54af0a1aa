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
  /** the viewer needs at least one of these; none = every signed-in user */
  anyOf?: readonly Permission[];
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
    // public documents: every signed-in user reads the registry; adding needs LEGAL_MANAGE
    path: PATHS.legalDocuments,
    label: t.nav.legalDocuments,
    icon: <FileTextOutlined aria-hidden />,
    description: t.shortcuts.legalDocuments,
  },
  {
    // published rules: every signed-in user reads them; changing needs RULES_MANAGE (ADR 0017)
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
    anyOf: ['CAMPAIGN_READ'],
  },
  {
    path: PATHS.campaignInbox,
    label: t.nav.campaignInbox,
    icon: <InboxOutlined aria-hidden />,
    description: t.shortcuts.campaignInbox,
    anyOf: ['CAMPAIGN_READ'],
  },
  {
    path: PATHS.campaignCalendar,
    label: t.nav.campaignCalendar,
    icon: <CalendarOutlined aria-hidden />,
    description: t.shortcuts.campaignCalendar,
    anyOf: ['CAMPAIGN_READ'],
  },
  {
    path: PATHS.records,
    label: t.nav.records,
    icon: <TrophyOutlined aria-hidden />,
    description: t.shortcuts.records,
    anyOf: ['RECORDS_READ'],
  },
  {
    // a round is a public call for dossiers: every DOSSIER_READ holder finds it (ADR 0019 §5)
    path: PATHS.awardRounds,
    label: awardsMessages.nav.rounds,
    icon: <FlagOutlined aria-hidden />,
    description: awardsMessages.shortcuts.rounds,
    anyOf: ['DOSSIER_READ'],
  },
  {
    // the proposing units' dossiers; a dossier's page sits under it, whoever reads it
    path: PATHS.awardDossiers,
    label: awardsMessages.nav.dossiers,
    icon: <FolderOpenOutlined aria-hidden />,
    description: awardsMessages.shortcuts.dossiers,
    anyOf: ['DOSSIER_READ'],
  },
  {
    // the receiving officers' working list; a province-wide reader finds every dossier in the list above
    path: PATHS.awardDossierInbox,
    label: awardsMessages.nav.inbox,
    icon: <InboxOutlined aria-hidden />,
    description: awardsMessages.shortcuts.inbox,
    anyOf: ['DOSSIER_RECEIVE'],
  },
  {
    // the council's page and its sessions' pages sit under it (requiredPermissions)
    path: PATHS.councils,
    label: councilsMessages.nav,
    icon: <UsergroupAddOutlined aria-hidden />,
    description: councilsMessages.shortcut,
    anyOf: ['COUNCIL_READ'],
  },
  {
    // drafting, signing and certificates; a decision's page sits under it (requiredPermissions)
    path: PATHS.awardDecisions,
    label: decisionsMessages.nav,
    icon: <FileDoneOutlined aria-hidden />,
    description: decisionsMessages.shortcut,
    anyOf: ['DECISION_READ'],
  },
];

/** The organisation screens (issue 3) and who may open them. */
export const ORG_ENTRIES: readonly NavEntry[] = [
  {
    path: PATHS.units,
    label: t.nav.units,
    icon: <PartitionOutlined aria-hidden />,
    description: t.shortcuts.units,
    anyOf: ['UNIT_READ'],
  },
  {
    path: PATHS.restructuring,
    label: t.nav.restructuring,
    icon: <BranchesOutlined aria-hidden />,
    description: t.shortcuts.restructuring,
    anyOf: ['UNIT_RESTRUCTURE'],
  },
  {
    path: PATHS.restructurings,
    label: t.nav.restructurings,
    icon: <HistoryOutlined aria-hidden />,
    description: t.shortcuts.restructurings,
    anyOf: ['UNIT_READ'],
  },
  {
    path: PATHS.clusters,
    label: t.nav.clusters,
    icon: <ClusterOutlined aria-hidden />,
    description: t.shortcuts.clusters,
    anyOf: ['UNIT_READ'],
  },
  {
    path: PATHS.people,
    label: t.nav.people,
    icon: <IdcardOutlined aria-hidden />,
    description: t.shortcuts.people,
    anyOf: ['PERSON_READ'],
  },
  {
    path: PATHS.imports,
    label: t.nav.imports,
    icon: <FileExcelOutlined aria-hidden />,
    description: t.shortcuts.imports,
    // the permissions of the kinds ImportPage offers (each import handler's `permission`)
    anyOf: ['UNIT_MANAGE', 'PERSON_MANAGE', 'CAMPAIGN_MANAGE', 'RECORDS_MANAGE'],
  },
];

/** The administration screens and who may open them. */
export const ADMIN_ENTRIES: readonly NavEntry[] = [
  {
    path: PATHS.users,
    label: t.nav.users,
    icon: <TeamOutlined aria-hidden />,
    description: t.shortcuts.users,
    anyOf: ['USER_READ'],
  },
  {
    path: PATHS.roles,
    label: t.nav.roles,
    icon: <SafetyCertificateOutlined aria-hidden />,
    description: t.shortcuts.roles,
    anyOf: ['ROLE_MANAGE', 'ROLE_ASSIGN'],
  },
  {
    path: PATHS.unitKinds,
    label: t.nav.unitKinds,
    icon: <TagsOutlined aria-hidden />,
    description: t.shortcuts.unitKinds,
    anyOf: ['UNIT_MANAGE'],
  },
  {
    // the menu shows it to those who maintain it; the page itself is open to every signed-in user
    path: PATHS.workingCalendar,
    label: t.calendar.navLabel,
    icon: <CalendarOutlined aria-hidden />,
    description: t.calendar.shortcut,
    anyOf: ['CALENDAR_MANAGE'],
  },
  {
    path: PATHS.apiClients,
    label: t.nav.apiClients,
    icon: <ApiOutlined aria-hidden />,
    description: t.shortcuts.apiClients,
    anyOf: ['API_CLIENT_MANAGE'],
  },
  {
    path: PATHS.audit,
    label: t.nav.audit,
    icon: <AuditOutlined aria-hidden />,
    description: t.shortcuts.audit,
    anyOf: ['AUDIT_READ'],
  },
];

export const EMULATION_GROUP_KEY = 'thi-dua';
export const ORG_GROUP_KEY = 'to-chuc';
export const ADMIN_GROUP_KEY = 'quan-tri';

/** The side menu's groups, in order. The router guards use the same tables. */
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

/** The entry a path belongs to: itself, or the entry it sits under (a detail page). */
function entryFor(path: string): NavEntry | undefined {
  return ALL_ENTRIES.filter((e) => path === e.path || path.startsWith(`${e.path}/`)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
}

/** Who may open a route: detail pages (`/to-chuc/don-vi/:id`) follow their list's entry. */
export function requiredPermissions(path: string): readonly Permission[] {
  return entryFor(path)?.anyOf ?? [];
}

export function allowedEntries(can: (...anyOf: Permission[]) => boolean): NavEntry[] {
  return ALL_ENTRIES.filter((entry) => !entry.anyOf || can(...entry.anyOf));
}

/** Side menu: Trang chủ, then each group with only the screens the viewer may open. */
export function buildMenuItems(
  can: (...anyOf: Permission[]) => boolean,
): NonNullable<MenuProps['items']> {
  const groups = NAV_GROUPS.map((group) => ({
    group,
    entries: group.entries.filter((entry) => !entry.anyOf || can(...entry.anyOf)),
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
  return entryFor(pathname)?.path;
}
