import type {
  AwardRoundKind,
  AwardRoundStatus,
  AwardTrack,
  DossierStatus,
  IsoDate,
} from '@thidua/shared-domain';
import type { AuditTarget } from '../../core/audit/audit.writer';
import type { AwardDossierEntity, AwardNominationEntity } from './award-dossier.entity';
import type { AwardRoundEntity } from './award-round.entity';

/** A round's audit rows are read by the receiving unit's readers. */
export function awardRoundTarget(
  r: Pick<AwardRoundEntity, 'id' | 'title' | 'receivingUnitId'>,
): AuditTarget {
  return {
    entityType: 'AwardRound',
    entityId: r.id,
    label: r.title,
    scopeUnitId: r.receivingUnitId,
  };
}

/**
 * A dossier's audit rows are scoped to the proposing unit (one unit per row, ADR 0010); the receiving
 * unit reads what happened to the dossier in its events (award_dossier_events), which both sides see.
 */
export function awardDossierTarget(
  d: Pick<AwardDossierEntity, 'id' | 'unitId'>,
  label: string,
): AuditTarget {
  return { entityType: 'AwardDossier', entityId: d.id, label, scopeUnitId: d.unitId };
}

export interface AwardRoundAuditView {
  roundKind: AwardRoundKind;
  title: string;
  year: number;
  track: AwardTrack;
  status: AwardRoundStatus;
  receivingUnitId: string;
  decidingAuthority: string;
  deadline: IsoDate | null;
  campaignPlanId: string | null;
  note: string | null;
}

export const AWARD_ROUND_AUDIT_FIELDS = [
  'roundKind',
  'title',
  'year',
  'track',
  'status',
  'receivingUnitId',
  'decidingAuthority',
  'deadline',
  'campaignPlanId',
  'note',
] as const satisfies readonly (keyof AwardRoundAuditView)[];

export function awardRoundAuditView(r: AwardRoundEntity): AwardRoundAuditView {
  return {
    roundKind: r.kind,
    title: r.title,
    year: r.year,
    track: r.track,
    status: r.status,
    receivingUnitId: r.receivingUnitId,
    decidingAuthority: r.decidingAuthority,
    deadline: r.deadline,
    campaignPlanId: r.campaignPlanId,
    note: r.note,
  };
}

/** A nominee as one line of the audit log: "Nguyễn Văn A — Giấy khen của Chánh Văn phòng". */
export function nomineeLine(n: Pick<AwardNominationEntity, 'name' | 'awardName'>): string {
  return `${n.name} — ${n.awardName}`;
}

export interface AwardDossierAuditView {
  roundId: string;
  unitId: string;
  status: DossierStatus;
  note: string | null;
}

export const AWARD_DOSSIER_AUDIT_FIELDS = [
  'roundId',
  'unitId',
  'status',
  'note',
] as const satisfies readonly (keyof AwardDossierAuditView)[];

export function awardDossierAuditView(d: AwardDossierEntity): AwardDossierAuditView {
  return { roundId: d.roundId, unitId: d.unitId, status: d.status, note: d.note };
}
