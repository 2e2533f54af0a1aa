import type { IsoDate } from '@thidua/shared-domain';
import type { AuditTarget } from '../../core/audit/audit.writer';
import type { CouncilSessionEntity } from './council-session.entity';
import type { CouncilEntity, CouncilMemberEntity } from './council.entity';
import type {
  CouncilMemberRole,
  CouncilSessionKind,
  CouncilSessionStatus,
} from './council-vocabulary';

/**
 * A council's audit rows, its members' and its sessions' are read by the readers of the council's
 * unit (ADR 0010): the unit whose COUNCIL_READ decides who reads the council itself.
 */
export function councilTarget(c: Pick<CouncilEntity, 'id' | 'name' | 'unitId'>): AuditTarget {
  return { entityType: 'Council', entityId: c.id, label: c.name, scopeUnitId: c.unitId };
}

/** "Nguyễn Văn A — Hội đồng Thi đua - Khen thưởng tỉnh Bắc Kạn" */
export function councilMemberTarget(
  m: Pick<CouncilMemberEntity, 'id'>,
  personName: string,
  c: Pick<CouncilEntity, 'name' | 'unitId'>,
): AuditTarget {
  return {
    entityType: 'CouncilMember',
    entityId: m.id,
    label: `${personName} — ${c.name}`,
    scopeUnitId: c.unitId,
  };
}

/** "Phiên họp xét khen thưởng năm 2025 (12/12/2025) — Hội đồng …" */
export function councilSessionTarget(
  s: Pick<CouncilSessionEntity, 'id' | 'title'>,
  c: Pick<CouncilEntity, 'name' | 'unitId'>,
): AuditTarget {
  return {
    entityType: 'CouncilSession',
    entityId: s.id,
    label: `${s.title} — ${c.name}`,
    scopeUnitId: c.unitId,
  };
}

export interface CouncilAuditView {
  unitId: string;
  clusterId: string | null;
  name: string;
  standingUnitId: string | null;
  decisionNumber: string | null;
  decisionDate: IsoDate | null;
  decisionText: string | null;
  quorumShare: number;
  awardPresenceShare: number | null;
  proxiesAllowed: boolean;
  endedOn: IsoDate | null;
}

export const COUNCIL_AUDIT_FIELDS = [
  'unitId',
  'clusterId',
  'name',
  'standingUnitId',
  'decisionNumber',
  'decisionDate',
  'decisionText',
  'quorumShare',
  'awardPresenceShare',
  'proxiesAllowed',
  'endedOn',
] as const satisfies readonly (keyof CouncilAuditView)[];

export function councilAuditView(c: CouncilEntity): CouncilAuditView {
  return {
    unitId: c.unitId,
    clusterId: c.clusterId,
    name: c.name,
    standingUnitId: c.standingUnitId,
    decisionNumber: c.decisionNumber,
    decisionDate: c.decisionDate,
    decisionText: c.decisionText,
    quorumShare: c.quorumShare,
    awardPresenceShare: c.awardPresenceShare,
    proxiesAllowed: c.proxiesAllowed,
    endedOn: c.endedOn,
  };
}

/** A member as the audit log names its fields (`from`/`to` are the log's `startsOn`/`endsOn`). */
export interface CouncilMemberAuditView {
  personId: string;
  councilRole: CouncilMemberRole;
  title: string;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
  userId: string | null;
}

export const COUNCIL_MEMBER_AUDIT_FIELDS = [
  'personId',
  'councilRole',
  'title',
  'startsOn',
  'endsOn',
  'userId',
] as const satisfies readonly (keyof CouncilMemberAuditView)[];

export function councilMemberAuditView(m: CouncilMemberEntity): CouncilMemberAuditView {
  return {
    personId: m.personId,
    councilRole: m.role,
    title: m.title,
    startsOn: m.fromDate,
    endsOn: m.toDate,
    userId: m.userId,
  };
}

export interface CouncilSessionAuditView {
  sessionTitle: string;
  sessionKind: CouncilSessionKind;
  date: IsoDate;
  startTime: string | null;
  place: string | null;
  chairMemberId: string | null;
  secretaryMemberId: string | null;
  awardRoundId: string | null;
  status: CouncilSessionStatus;
  note: string | null;
}

export const COUNCIL_SESSION_AUDIT_FIELDS = [
  'sessionTitle',
  'sessionKind',
  'date',
  'startTime',
  'place',
  'chairMemberId',
  'secretaryMemberId',
  'awardRoundId',
  'status',
  'note',
] as const satisfies readonly (keyof CouncilSessionAuditView)[];

export function councilSessionAuditView(s: CouncilSessionEntity): CouncilSessionAuditView {
  return {
    sessionTitle: s.title,
    sessionKind: s.kind,
    date: s.date,
    startTime: s.startTime,
    place: s.place,
    chairMemberId: s.chairMemberId,
    secretaryMemberId: s.secretaryMemberId,
    awardRoundId: s.awardRoundId,
    status: s.status,
    note: s.note,
  };
}
