import type { ApiClientListFilters } from './api-clients.queries';
import type { AuditLogFilters } from './audit.queries';
import type { AwardDossierFilters, AwardRoundFilters } from './awards.queries';
import type {
  CampaignAddresseeFilters,
  CampaignInboxFilters,
  CampaignPlanFilters,
  CampaignRegistrationFilters,
  CampaignReviewFilters,
} from './campaigns.queries';
import type { ClusterListFilters } from './clusters.queries';
import type { CouncilFilters, CouncilSessionFilters } from './councils.queries';
import type { CongressFilters } from './congresses.queries';
import type { AwardDecisionFilters, PublicAwardLookupFilters } from './decisions.queries';
import type { PublicNoticeFilters } from './notices.queries';
import type { ImportRowFilters } from './imports.queries';
import type { LegalDocumentFilters } from './legal.queries';
import type { RecordFilters } from './records.queries';
import type { PeopleFilters } from './people.queries';
import type { UnitChildrenFilters, UnitListFilters, UnitSearchFilters } from './units.queries';
import type { UserListFilters } from './users.queries';

/**
 * Query-key factories, one per domain. Every key of a domain starts with its `all` key, so a mutation
 * can invalidate a whole domain (`userKeys.all`), every list (`userKeys.lists()`) or one record.
 */
export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (filters: UserListFilters) => [...userKeys.lists(), filters] as const,
  details: () => [...userKeys.all, 'detail'] as const,
  detail: (id: string) => [...userKeys.details(), id] as const,
};

export const roleKeys = {
  all: ['roles'] as const,
  list: () => [...roleKeys.all, 'list'] as const,
  permissions: () => [...roleKeys.all, 'permissions'] as const,
};

export const apiClientKeys = {
  all: ['api-clients'] as const,
  lists: () => [...apiClientKeys.all, 'list'] as const,
  list: (filters: ApiClientListFilters) => [...apiClientKeys.lists(), filters] as const,
};

export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (filters: AuditLogFilters) => [...auditKeys.lists(), filters] as const,
};

export const unitKeys = {
  all: ['units'] as const,
  lists: () => [...unitKeys.all, 'list'] as const,
  list: (filters: UnitListFilters) => [...unitKeys.lists(), filters] as const,
  search: (filters: UnitSearchFilters) => [...unitKeys.all, 'search', filters] as const,
  /** one level of a tree (roots when parentId is null), as of a date */
  children: (filters: UnitChildrenFilters) => [...unitKeys.all, 'children', filters] as const,
  kinds: () => [...unitKeys.all, 'kinds'] as const,
  /** the administration screen's shape (with isSystem, version); under kinds() */
  kindCatalog: () => [...unitKeys.kinds(), 'catalog'] as const,
  details: () => [...unitKeys.all, 'detail'] as const,
  /** the short shape pickers use */
  detail: (id: string) => [...unitKeys.details(), id] as const,
  /** the detail page's shape; under detail(id) so invalidating a unit covers every shape */
  full: (id: string) => [...unitKeys.detail(id), 'full'] as const,
  history: (id: string) => [...unitKeys.detail(id), 'history'] as const,
  lineage: (id: string) => [...unitKeys.detail(id), 'lineage'] as const,
  counterparts: (id: string) => [...unitKeys.detail(id), 'counterparts'] as const,
};

export const restructuringKeys = {
  all: ['restructurings'] as const,
  lists: () => [...restructuringKeys.all, 'list'] as const,
  list: (filters: { first: number; unitId?: string }) =>
    [...restructuringKeys.lists(), filters] as const,
};

export const clusterKeys = {
  all: ['clusters'] as const,
  lists: () => [...clusterKeys.all, 'list'] as const,
  list: (filters: ClusterListFilters) => [...clusterKeys.lists(), filters] as const,
  details: () => [...clusterKeys.all, 'detail'] as const,
  detail: (id: string, asOf?: string) => [...clusterKeys.details(), id, asOf ?? null] as const,
};

export const personKeys = {
  all: ['people'] as const,
  lists: () => [...personKeys.all, 'list'] as const,
  list: (filters: PeopleFilters) => [...personKeys.lists(), filters] as const,
  details: () => [...personKeys.all, 'detail'] as const,
  detail: (id: string) => [...personKeys.details(), id] as const,
};

export const importKeys = {
  all: ['imports'] as const,
  batch: (id: string) => [...importKeys.all, 'batch', id] as const,
  rows: (filters: ImportRowFilters) =>
    [...importKeys.batch(filters.batchId), 'rows', filters] as const,
};

export const jobKeys = {
  all: ['jobs'] as const,
  detail: (id: string) => [...jobKeys.all, id] as const,
  mine: (first: number) => [...jobKeys.all, 'mine', first] as const,
};

export const legalKeys = {
  all: ['legal-documents'] as const,
  lists: () => [...legalKeys.all, 'list'] as const,
  list: (filters: LegalDocumentFilters) => [...legalKeys.lists(), filters] as const,
  details: () => [...legalKeys.all, 'detail'] as const,
  detail: (id: string) => [...legalKeys.details(), id] as const,
};

/** Award rules as dated data (module legal, ADR 0017): the catalog with its versions, the parameters. */
export const awardRuleKeys = {
  all: ['award-rules'] as const,
  kinds: (provinceUnitId: string | null) =>
    [...awardRuleKeys.all, 'kinds', provinceUnitId] as const,
  parameters: (provinceUnitId: string | null) =>
    [...awardRuleKeys.all, 'parameters', provinceUnitId] as const,
};

export const campaignKeys = {
  all: ['campaign-plans'] as const,
  lists: () => [...campaignKeys.all, 'list'] as const,
  list: (filters: CampaignPlanFilters) => [...campaignKeys.lists(), filters] as const,
  details: () => [...campaignKeys.all, 'detail'] as const,
  detail: (id: string) => [...campaignKeys.details(), id] as const,
  /** what follows an issued plan: its addressees, registrations and reviews */
  followUp: (planId: string) => [...campaignKeys.all, 'follow-up', planId] as const,
  addressees: (filters: CampaignAddresseeFilters) =>
    [...campaignKeys.followUp(filters.planId), 'addressees', filters] as const,
  cascade: (planId: string, underUnitId?: string) =>
    [...campaignKeys.followUp(planId), 'cascade', underUnitId ?? null] as const,
  registrations: (filters: CampaignRegistrationFilters) =>
    [...campaignKeys.followUp(filters.planId), 'registrations', filters] as const,
  reviews: (filters: CampaignReviewFilters) =>
    [...campaignKeys.followUp(filters.planId), 'reviews', filters] as const,
  /** the plans addressed to the viewer's units */
  inbox: (filters: CampaignInboxFilters) => [...campaignKeys.all, 'inbox', filters] as const,
  /** a batch of PDFs (the job's id) with each plan's outcome */
  documentBatch: (jobId: string) => [...campaignKeys.all, 'document-batch', jobId] as const,
};

/** Đại hội, hội nghị thi đua of issued plans (a delegate change refetches the lists and the page). */
export const congressKeys = {
  all: ['congresses'] as const,
  lists: () => [...congressKeys.all, 'list'] as const,
  list: (filters: CongressFilters) => [...congressKeys.lists(), filters] as const,
  details: () => [...congressKeys.all, 'detail'] as const,
  detail: (id: string) => [...congressKeys.details(), id] as const,
};

/** The working-day calendar (ADR 0016): the years that have one, and each year's days. */
export const calendarKeys = {
  all: ['working-calendar'] as const,
  years: () => [...calendarKeys.all, 'years'] as const,
  year: (year: number) => [...calendarKeys.all, 'year', year] as const,
};

/** Hồ sơ thành tích (issue 11): one key tree, so any change refreshes every list and history. */
export const recordsKeys = {
  all: ['records'] as const,
  list: (kind: 'evaluations' | 'awardRecords' | 'initiatives' | 'holds', filters: RecordFilters) =>
    [...recordsKeys.all, kind, filters] as const,
};

/**
 * Đợt xét and hồ sơ đề nghị khen thưởng (ADR 0019): the own list and the receiving inbox share
 * `dossierLists()`, since one move changes a dossier in both.
 */
export const awardKeys = {
  all: ['awards'] as const,
  roundLists: () => [...awardKeys.all, 'rounds', 'list'] as const,
  rounds: (filters: AwardRoundFilters) => [...awardKeys.roundLists(), filters] as const,
  dossierLists: () => [...awardKeys.all, 'dossiers', 'list'] as const,
  dossiers: (filters: AwardDossierFilters) =>
    [...awardKeys.dossierLists(), 'own', filters] as const,
  inbox: (filters: AwardDossierFilters) => [...awardKeys.dossierLists(), 'inbox', filters] as const,
  dossier: (id: string) => [...awardKeys.all, 'dossiers', 'detail', id] as const,
  /** the tờ trình and reports a dossier drafts itself (ADR 0020), read again at each dossier version */
  draftsOf: (dossierId: string) => [...awardKeys.all, 'dossiers', 'drafts', dossierId] as const,
  drafts: (dossierId: string, dossierVersion: number) =>
    [...awardKeys.draftsOf(dossierId), dossierVersion] as const,
  /** counters of a round, a campaign plan's rounds, or every round in reach (issue 11) */
  counterLists: () => [...awardKeys.all, 'counters'] as const,
  counters: (filter: { roundId?: string; campaignPlanId?: string }) =>
    [...awardKeys.counterLists(), filter] as const,
  /** the report of a batch eligibility check (its job: jobKeys.detail) */
  eligibilityCheck: (jobId: string) => [...awardKeys.all, 'eligibility-check', jobId] as const,
};

/**
 * Công khai danh sách (ADR 0021): a dossier's notice panel and comments share `dossier(id)`, refetched
 * together after a change; the public page's lists are their own (no session).
 */
export const noticeKeys = {
  all: ['award-notices'] as const,
  dossier: (dossierId: string) => [...noticeKeys.all, 'dossier', dossierId] as const,
  /** read again at each dossier version: what the rules ask follows the nominees */
  panel: (dossierId: string, dossierVersion: number) =>
    [...noticeKeys.dossier(dossierId), 'panel', dossierVersion] as const,
  comments: (dossierId: string, first: number) =>
    [...noticeKeys.dossier(dossierId), 'comments', first] as const,
  publicList: (filters: PublicNoticeFilters) => [...noticeKeys.all, 'public', filters] as const,
  publicOne: (id: string) => [...noticeKeys.all, 'public', 'detail', id] as const,
  endDate: (start: string, days: number) => [...noticeKeys.all, 'end', start, days] as const,
};

/**
 * Khen thưởng đã có quyết định, public (ADR 0022): the certificate a QR code names and the lookup by
 * name. Read-only and without a session: no mutation of the SPA invalidates them.
 */
export const publicAwardKeys = {
  all: ['public-awards'] as const,
  verify: (code: string) => [...publicAwardKeys.all, 'verify', code] as const,
  lookup: (filters: PublicAwardLookupFilters | null) =>
    [...publicAwardKeys.all, 'lookup', filters] as const,
};

/**
 * Quyết định khen thưởng (ADR 0022): the lists, a decision's page, and the candidates of a round for
 * an issuer (they name the decision holding each nominee, so every decision change refetches them).
 */
export const decisionKeys = {
  all: ['award-decisions'] as const,
  lists: () => [...decisionKeys.all, 'list'] as const,
  list: (filters: AwardDecisionFilters) => [...decisionKeys.lists(), filters] as const,
  detail: (id: string) => [...decisionKeys.all, 'detail', id] as const,
  candidateLists: () => [...decisionKeys.all, 'candidates'] as const,
  candidates: (roundId: string, issuerUnitId: string) =>
    [...decisionKeys.candidateLists(), roundId, issuerUnitId] as const,
};

/**
 * Hội đồng Thi đua - Khen thưởng (issue 12): a council's page reads its members on a day, so the day is
 * part of its key; a composition change invalidates `all` (lists, pages and the pickers of members).
 */
export const councilKeys = {
  all: ['councils'] as const,
  lists: () => [...councilKeys.all, 'list'] as const,
  list: (filters: CouncilFilters) => [...councilKeys.lists(), filters] as const,
  details: () => [...councilKeys.all, 'detail'] as const,
  detail: (id: string, on: string | null) => [...councilKeys.details(), id, on] as const,
  membersOn: (id: string, on: string) => [...councilKeys.all, 'members-on', id, on] as const,
  sessionLists: () => [...councilKeys.all, 'sessions', 'list'] as const,
  sessions: (filters: CouncilSessionFilters) => [...councilKeys.sessionLists(), filters] as const,
  session: (id: string) => [...councilKeys.all, 'sessions', 'detail', id] as const,
  /** the sessions the viewer sits in as a member (its home page) */
  mine: (first: number) => [...councilKeys.all, 'sessions', 'mine', first] as const,
  /** a session's voting rounds (the secretary's "Biểu quyết" section) */
  rounds: (sessionId: string) => [...councilKeys.all, 'sessions', 'rounds', sessionId] as const,
  /** one round's live count, polled while it is open */
  roundCount: (roundId: string) => [...councilKeys.all, 'rounds', 'count', roundId] as const,
  /** a round as a member of its session reads it to vote remotely (blind key, candidates) */
  memberRound: (roundId: string) => [...councilKeys.all, 'rounds', 'member', roundId] as const,
};
