import { PageLoading } from '@thidua/web-ui';
import type { Permission } from '@thidua/shared-domain';
import type { RouteObject } from 'react-router-dom';

import { RouteError } from '../features/shell/components/RouteError';
import { requiredPermissions } from '../features/shell/access';
import { PATHS } from './paths';

/**
 * Screens load on first visit, so the login page does not carry the administration code. The signed-in
 * frame (gate, shell with its menu and dropdowns, permission gate, 404) is lazy too: statically imported
 * it put antd Menu, Dropdown, Layout and Result in the entry chunk (~30 KB gzip of the 331 KB the login
 * page loaded). React Router starts the lazy loads of all matched routes at once, so a signed-in page
 * waits for one round of chunks, not for a chain.
 */
const page = (load: () => Promise<{ Component: RouteObject['Component'] }>) => ({ lazy: load });

const guarded = (
  path: string,
  load: () => Promise<{ Component: RouteObject['Component'] }>,
  /** a page that changes data may ask more than its menu entry (a plan's editor: CAMPAIGN_MANAGE) */
  anyOf: readonly Permission[] = requiredPermissions(path),
) => {
  return {
    path,
    lazy: () =>
      import('../features/auth/components/RequirePermission').then(({ RequirePermission }) => ({
        element: <RequirePermission anyOf={anyOf} />,
      })),
    children: [{ index: true, ...page(load) }],
  };
};

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading fullScreen />,
    children: [
      {
        path: PATHS.login,
        ...page(() =>
          import('../features/auth/pages/LoginPage').then((m) => ({ Component: m.LoginPage })),
        ),
      },
      // công khai danh sách đề nghị khen thưởng: read and commented on without signing in (ADR 0021)
      {
        path: PATHS.publicNotices,
        ...page(() =>
          import('../features/awards/pages/PublicNoticePage').then((m) => ({
            Component: m.PublicNoticesPage,
          })),
        ),
      },
      {
        path: PATHS.publicNotice,
        ...page(() =>
          import('../features/awards/pages/PublicNoticePage').then((m) => ({
            Component: m.PublicNoticePage,
          })),
        ),
      },
      // khen thưởng đã có quyết định: a certificate checked by its QR code, the lookup by name (ADR 0022)
      {
        path: PATHS.verifyCertificate,
        ...page(() =>
          import('../features/decisions/pages/VerifyCertificatePage').then((m) => ({
            Component: m.VerifyCertificatePage,
          })),
        ),
      },
      {
        path: PATHS.publicAwardLookup,
        ...page(() =>
          import('../features/decisions/pages/PublicAwardLookupPage').then((m) => ({
            Component: m.PublicAwardLookupPage,
          })),
        ),
      },
      // a council member's secret ballot in the room, with a one-time code and no sign-in (ADR 0023)
      {
        path: PATHS.roomVote,
        ...page(() =>
          import('../features/councils/pages/VoteRoomPage').then((m) => ({
            Component: m.VoteRoomPage,
          })),
        ),
      },
      {
        ...page(() =>
          import('../features/auth/components/RequireAuth').then((m) => ({
            Component: m.RequireAuth,
          })),
        ),
        children: [
          {
            ...page(() =>
              import('../features/shell/components/AppShell').then((m) => ({
                Component: m.AppShell,
              })),
            ),
            children: [
              {
                path: PATHS.home,
                ...page(() =>
                  import('../features/home/pages/HomePage').then((m) => ({
                    Component: m.HomePage,
                  })),
                ),
              },
              {
                path: PATHS.profile,
                ...page(() =>
                  import('../features/profile/pages/ProfilePage').then((m) => ({
                    Component: m.ProfilePage,
                  })),
                ),
              },
              {
                // open to every signed-in user (not in SCREEN_PERMISSIONS): these are public documents
                path: PATHS.legalDocuments,
                ...page(() =>
                  import('../features/legal/pages/LegalDocumentsPage').then((m) => ({
                    Component: m.LegalDocumentsPage,
                  })),
                ),
              },
              {
                // open to every signed-in user, like the registry: rules are published law (ADR 0017)
                path: PATHS.awardRules,
                ...page(() =>
                  import('../features/award-rules/pages/AwardRulesPage').then((m) => ({
                    Component: m.AwardRulesPage,
                  })),
                ),
              },
              guarded(PATHS.campaignPlans, () =>
                import('../features/campaigns/pages/CampaignPlansPage').then((m) => ({
                  Component: m.CampaignPlansPage,
                })),
              ),
              guarded(
                PATHS.campaignPlanNew,
                () =>
                  import('../features/campaigns/pages/CampaignPlanEditorPage').then((m) => ({
                    Component: m.CampaignPlanEditorPage,
                  })),
                ['CAMPAIGN_MANAGE'],
              ),
              guarded(PATHS.campaignPlanDetail, () =>
                import('../features/campaigns/pages/CampaignPlanDetailPage').then((m) => ({
                  Component: m.CampaignPlanDetailPage,
                })),
              ),
              guarded(
                PATHS.campaignPlanEdit,
                () =>
                  import('../features/campaigns/pages/CampaignPlanEditorPage').then((m) => ({
                    Component: m.CampaignPlanEditorPage,
                  })),
                ['CAMPAIGN_MANAGE'],
              ),
              guarded(PATHS.campaignInbox, () =>
                import('../features/campaigns/pages/CampaignInboxPage').then((m) => ({
                  Component: m.CampaignInboxPage,
                })),
              ),
              guarded(PATHS.campaignCalendar, () =>
                import('../features/campaigns/pages/CampaignCalendarPage').then((m) => ({
                  Component: m.CampaignCalendarPage,
                })),
              ),
              guarded(PATHS.units, () =>
                import('../features/units/pages/UnitsPage').then((m) => ({
                  Component: m.UnitsPage,
                })),
              ),
              guarded(PATHS.unitDetail, () =>
                import('../features/units/pages/UnitDetailPage').then((m) => ({
                  Component: m.UnitDetailPage,
                })),
              ),
              guarded(PATHS.restructuring, () =>
                import('../features/restructuring/pages/RestructuringPage').then((m) => ({
                  Component: m.RestructuringPage,
                })),
              ),
              guarded(PATHS.restructurings, () =>
                import('../features/restructuring/pages/RestructuringsPage').then((m) => ({
                  Component: m.RestructuringsPage,
                })),
              ),
              guarded(PATHS.clusters, () =>
                import('../features/clusters/pages/ClustersPage').then((m) => ({
                  Component: m.ClustersPage,
                })),
              ),
              guarded(PATHS.clusterDetail, () =>
                import('../features/clusters/pages/ClusterDetailPage').then((m) => ({
                  Component: m.ClusterDetailPage,
                })),
              ),
              guarded(PATHS.people, () =>
                import('../features/people/pages/PeoplePage').then((m) => ({
                  Component: m.PeoplePage,
                })),
              ),
              guarded(PATHS.personDetail, () =>
                import('../features/people/pages/PersonDetailPage').then((m) => ({
                  Component: m.PersonDetailPage,
                })),
              ),
              guarded(PATHS.records, () =>
                import('../features/records/pages/RecordsPage').then((m) => ({
                  Component: m.RecordsPage,
                })),
              ),
              guarded(PATHS.awardRounds, () =>
                import('../features/awards/pages/AwardRoundsPage').then((m) => ({
                  Component: m.AwardRoundsPage,
                })),
              ),
              guarded(PATHS.awardDossiers, () =>
                import('../features/awards/pages/AwardDossiersPage').then((m) => ({
                  Component: m.AwardDossiersPage,
                })),
              ),
              guarded(PATHS.awardDossierDetail, () =>
                import('../features/awards/pages/AwardDossierDetailPage').then((m) => ({
                  Component: m.AwardDossierDetailPage,
                })),
              ),
              guarded(PATHS.awardDossierInbox, () =>
                import('../features/awards/pages/AwardDossierInboxPage').then((m) => ({
                  Component: m.AwardDossierInboxPage,
                })),
              ),
              guarded(PATHS.councils, () =>
                import('../features/councils/pages/CouncilsPage').then((m) => ({
                  Component: m.CouncilsPage,
                })),
              ),
              guarded(PATHS.councilDetail, () =>
                import('../features/councils/pages/CouncilDetailPage').then((m) => ({
                  Component: m.CouncilDetailPage,
                })),
              ),
              guarded(PATHS.councilSession, () =>
                import('../features/councils/pages/CouncilSessionPage').then((m) => ({
                  Component: m.CouncilSessionPage,
                })),
              ),
              guarded(PATHS.awardDecisions, () =>
                import('../features/decisions/pages/AwardDecisionsPage').then((m) => ({
                  Component: m.AwardDecisionsPage,
                })),
              ),
              guarded(PATHS.awardDecisionDetail, () =>
                import('../features/decisions/pages/AwardDecisionPage').then((m) => ({
                  Component: m.AwardDecisionPage,
                })),
              ),
              guarded(PATHS.imports, () =>
                import('../features/imports/pages/ImportPage').then((m) => ({
                  Component: m.ImportPage,
                })),
              ),
              guarded(PATHS.users, () =>
                import('../features/users/pages/UsersPage').then((m) => ({
                  Component: m.UsersPage,
                })),
              ),
              guarded(PATHS.roles, () =>
                import('../features/roles/pages/RolesPage').then((m) => ({
                  Component: m.RolesPage,
                })),
              ),
              guarded(PATHS.unitKinds, () =>
                import('../features/unit-kinds/pages/UnitKindsPage').then((m) => ({
                  Component: m.UnitKindsPage,
                })),
              ),
              {
                // any signed-in user: the API answers only a member of the session (ADR 0023)
                path: PATHS.remoteVote,
                ...page(() =>
                  import('../features/councils/pages/VoteRemotePage').then((m) => ({
                    Component: m.VoteRemotePage,
                  })),
                ),
              },
              {
                // read by every signed-in user (the deadlines it gives are everyone's); the page
                // shows its editing controls to global CALENDAR_MANAGE holders only (ADR 0016)
                path: PATHS.workingCalendar,
                ...page(() =>
                  import('../features/calendar/pages/WorkingCalendarPage').then((m) => ({
                    Component: m.WorkingCalendarPage,
                  })),
                ),
              },
              guarded(PATHS.apiClients, () =>
                import('../features/api-clients/pages/ApiClientsPage').then((m) => ({
                  Component: m.ApiClientsPage,
                })),
              ),
              guarded(PATHS.audit, () =>
                import('../features/audit/pages/AuditLogPage').then((m) => ({
                  Component: m.AuditLogPage,
                })),
              ),
              {
                path: '*',
                ...page(() =>
                  import('../features/shell/pages/NotFoundPage').then((m) => ({
                    Component: m.NotFoundPage,
                  })),
                ),
              },
            ],
          },
        ],
      },
    ],
  },
];
