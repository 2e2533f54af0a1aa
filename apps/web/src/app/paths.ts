/** Client routes (Vietnamese slugs). The API serves index.html for each of them. */
export const PATHS = {
  home: '/',
  login: '/dang-nhap',
  /** the public notice page (no sign-in, ADR 0021) */
  publicNotices: '/cong-khai',
  publicNotice: '/cong-khai/:id',
  /** a certificate's QR code opens this (verifyPath in the API's award-decision-files.service.ts) */
  verifyCertificate: '/xac-minh/:code',
  /** the public lookup of decided awards (no sign-in, ADR 0022) */
  publicAwardLookup: '/tra-cuu-khen-thuong',
  /** a council ballot in the room (no sign-in, ADR 0023): the printed slip's URL; its QR adds `#ma=<code>` */
  roomVote: '/bo-phieu/:roundId',
  /** a remote council ballot, for a signed-in member of the session (any user: the API decides) */
  remoteVote: '/hoi-dong/phien/:sessionId/vong/:roundId/bo-phieu',
  profile: '/ca-nhan',
  users: '/quan-tri/nguoi-dung',
  roles: '/quan-tri/vai-tro',
  unitKinds: '/quan-tri/loai-don-vi',
  apiClients: '/quan-tri/ung-dung',
  audit: '/quan-tri/nhat-ky',
  workingCalendar: '/quan-tri/lich-lam-viec',
  units: '/to-chuc/don-vi',
  unitDetail: '/to-chuc/don-vi/:id',
  restructuring: '/to-chuc/sap-xep',
  restructurings: '/to-chuc/lich-su-sap-xep',
  clusters: '/to-chuc/cum-khoi',
  clusterDetail: '/to-chuc/cum-khoi/:id',
  people: '/to-chuc/nhan-su',
  personDetail: '/to-chuc/nhan-su/:id',
  imports: '/to-chuc/nhap-excel',
  legalDocuments: '/thi-dua/van-ban-can-cu',
  awardRules: '/thi-dua/quy-dinh-khen-thuong',
  campaignPlans: '/thi-dua/ke-hoach',
  campaignPlanNew: '/thi-dua/ke-hoach/soan-moi',
  campaignPlanDetail: '/thi-dua/ke-hoach/:id',
  campaignPlanEdit: '/thi-dua/ke-hoach/:id/sua',
  campaignInbox: '/thi-dua/ke-hoach-gui-den',
  campaignCalendar: '/thi-dua/lich',
  records: '/thi-dua/ho-so-thanh-tich',
  awardRounds: '/thi-dua/dot-xet-khen-thuong',
  awardDossiers: '/thi-dua/ho-so-de-nghi',
  awardDossierDetail: '/thi-dua/ho-so-de-nghi/:id',
  awardDossierInbox: '/thi-dua/ho-so-gui-den',
  councils: '/thi-dua/hoi-dong',
  councilDetail: '/thi-dua/hoi-dong/:id',
  /** under the councils' path: the menu entry and its permission follow (requiredPermissions) */
  councilSession: '/thi-dua/hoi-dong/phien-hop/:id',
  /** quyết định khen thưởng (ADR 0022); a decision's page sits under the list's entry */
  awardDecisions: '/thi-dua/quyet-dinh',
  awardDecisionDetail: '/thi-dua/quyet-dinh/:id',
} as const;

export const unitPath = (id: string) => `${PATHS.units}/${encodeURIComponent(id)}`;
export const clusterPath = (id: string) => `${PATHS.clusters}/${encodeURIComponent(id)}`;
export const personPath = (id: string) => `${PATHS.people}/${encodeURIComponent(id)}`;
export const campaignPlanPath = (id: string) => `${PATHS.campaignPlans}/${encodeURIComponent(id)}`;
export const campaignPlanEditPath = (id: string) => `${campaignPlanPath(id)}/sua`;
export const awardDossierPath = (id: string) => `${PATHS.awardDossiers}/${encodeURIComponent(id)}`;
export const councilPath = (id: string) => `${PATHS.councils}/${encodeURIComponent(id)}`;
export const councilSessionPath = (id: string) =>
  `${PATHS.councils}/phien-hop/${encodeURIComponent(id)}`;
export const awardDecisionPath = (id: string) =>
  `${PATHS.awardDecisions}/${encodeURIComponent(id)}`;
export const publicNoticePath = (id: string) => `${PATHS.publicNotices}/${encodeURIComponent(id)}`;
export const verifyCertificatePath = (code: string) => `/xac-minh/${encodeURIComponent(code)}`;
/** The hash never reaches the server: the code on a QR stays on the device (ADR 0023). */
export const roomVotePath = (roundId: string, code?: string) =>
  `/bo-phieu/${encodeURIComponent(roundId)}${code ? `#ma=${encodeURIComponent(code)}` : ''}`;
export const remoteVotePath = (sessionId: string, roundId: string) =>
  `/hoi-dong/phien/${encodeURIComponent(sessionId)}/vong/${encodeURIComponent(roundId)}/bo-phieu`;

/** Query flag on the profile page that opens the password form (first login, reset password). */
export const CHANGE_PASSWORD_FLAG = 'doi-mat-khau';

/** Where the login page sends the user back to: an in-app path only, never another site. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return PATHS.home;
  }
  if (next === PATHS.login || next.startsWith(`${PATHS.login}?`)) return PATHS.home;
  return next;
}

export function loginPath(next?: string): string {
  if (!next || next === PATHS.home) return PATHS.login;
  return `${PATHS.login}?next=${encodeURIComponent(next)}`;
}
