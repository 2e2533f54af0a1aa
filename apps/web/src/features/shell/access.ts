import type { Permission } from '@thidua/shared-domain';

import { PATHS } from '../../app/paths';

/**
 * Who may open each screen of the side menu: at least one of these permissions (a path not listed is
 * open to every signed-in user). The router's guards (app/routes.tsx) and the menu and home shortcuts
 * (./navigation.tsx) read this one table. It is kept apart from the menu, which carries icons and every
 * feature's labels, because the router is in the login page's entry chunk: importing the menu there put
 * its 23 icons and the awards, councils and decisions texts on the login page. With i18n/entry.ts, the
 * login page's JS went from 328 to 277 KB gzip (bench/web, 7 December 2026; the target is 300).
 */
export const SCREEN_PERMISSIONS: Readonly<Record<string, readonly Permission[]>> = {
  // public documents (PATHS.legalDocuments) and published rules (PATHS.awardRules, ADR 0017): every
  // signed-in user reads them; adding or changing asks LEGAL_MANAGE / RULES_MANAGE on the page itself
  [PATHS.campaignPlans]: ['CAMPAIGN_READ'],
  [PATHS.campaignInbox]: ['CAMPAIGN_READ'],
  [PATHS.campaignCalendar]: ['CAMPAIGN_READ'],
  [PATHS.records]: ['RECORDS_READ'],
  // a round is a public call for dossiers: every DOSSIER_READ holder finds it (ADR 0019 §5)
  [PATHS.awardRounds]: ['DOSSIER_READ'],
  // the proposing units' dossiers; a dossier's page sits under it, whoever reads it
  [PATHS.awardDossiers]: ['DOSSIER_READ'],
  // the receiving officers' working list; a province-wide reader finds every dossier in the list above
  [PATHS.awardDossierInbox]: ['DOSSIER_RECEIVE'],
  // the council's page and its sessions' pages sit under it
  [PATHS.councils]: ['COUNCIL_READ'],
  // drafting, signing and certificates; a decision's page sits under it
  [PATHS.awardDecisions]: ['DECISION_READ'],
  [PATHS.units]: ['UNIT_READ'],
  [PATHS.restructuring]: ['UNIT_RESTRUCTURE'],
  [PATHS.restructurings]: ['UNIT_READ'],
  [PATHS.clusters]: ['UNIT_READ'],
  [PATHS.people]: ['PERSON_READ'],
  // the permissions of the kinds ImportPage offers (each import handler's `permission`)
  [PATHS.imports]: ['UNIT_MANAGE', 'PERSON_MANAGE', 'CAMPAIGN_MANAGE', 'RECORDS_MANAGE'],
  [PATHS.users]: ['USER_READ'],
  [PATHS.roles]: ['ROLE_MANAGE', 'ROLE_ASSIGN'],
  [PATHS.unitKinds]: ['UNIT_MANAGE'],
  // the menu shows it to those who maintain it; the page itself is open to every signed-in user
  [PATHS.workingCalendar]: ['CALENDAR_MANAGE'],
  [PATHS.apiClients]: ['API_CLIENT_MANAGE'],
  [PATHS.audit]: ['AUDIT_READ'],
};

/**
 * The screen a path belongs to among `screens`: itself, or the longest one it sits under (a detail
 * page). The router's guards look it up among the guarded screens, the menu among its entries.
 */
export function screenOf(screens: Iterable<string>, path: string): string | undefined {
  let best: string | undefined;
  for (const screen of screens) {
    if ((path === screen || path.startsWith(`${screen}/`)) && screen.length > (best?.length ?? 0))
      best = screen;
  }
  return best;
}

const GUARDED = Object.keys(SCREEN_PERMISSIONS);

/** Who may open a route: detail pages (`/to-chuc/don-vi/:id`) follow their list's screen. */
export function requiredPermissions(path: string): readonly Permission[] {
  const screen = screenOf(GUARDED, path);
  return screen ? (SCREEN_PERMISSIONS[screen] ?? []) : [];
}
