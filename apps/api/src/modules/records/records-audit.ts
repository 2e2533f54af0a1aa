import type { AuditEntityType } from '@thidua/shared-domain';
import type { AuditTarget } from '../../core/audit/audit.writer';
import type { AwardRecordEntity } from './award-record.entity';
import type { EvaluationEntity } from './evaluation.entity';
import type { HoldEntity } from './hold.entity';
import type { InitiativeEntity } from './initiative.entity';

/**
 * What a record's audit rows are about (ADR 0010): scoped to the record's unit (for a person's record,
 * the unit they worked in when it happened), whose readers read the row; labelled by who it is about
 * and what. Evaluations and holds are personal data (PERSONAL_AUDIT_ENTITY_TYPES): their values show
 * only to readers with PERSON_READ there.
 */
export function recordTarget(
  entityType: AuditEntityType,
  r: { id: string; unitId: string; subjectName: string },
  what: string,
): AuditTarget {
  return {
    entityType,
    entityId: r.id,
    label: `${r.subjectName} — ${what}`,
    scopeUnitId: r.unitId,
  };
}

/** One row for many records of a unit written at once (an import chunk). */
export function recordsTarget(
  entityType: AuditEntityType,
  unit: { id: string; name: string },
): Omit<AuditTarget, 'entityId'> {
  return { entityType, label: unit.name, scopeUnitId: unit.id };
}

export const EVALUATION_AUDIT_FIELDS = [
  'subject',
  'personId',
  'unitId',
  'subjectName',
  'year',
  'grade',
  'source',
  'note',
] as const satisfies readonly (keyof EvaluationEntity)[];

export const AWARD_RECORD_AUDIT_FIELDS = [
  'subject',
  'personId',
  'unitId',
  'subjectName',
  'householdAddress',
  'awardCode',
  'awardName',
  'track',
  'year',
  'decisionNumber',
  'decidedOn',
  'decidedBy',
  'note',
] as const satisfies readonly (keyof AwardRecordEntity)[];

/** An initiative as the audit log names its fields (`title` and `scope` mean other things there). */
export interface InitiativeAuditView {
  subject: string;
  personId: string | null;
  unitId: string;
  subjectName: string;
  kind: string;
  initiativeTitle: string;
  initiativeScope: string;
  recognisedOn: string;
  recognisedBy: string | null;
  certificateNumber: string | null;
  usedForAwardName: string | null;
  usedForYear: number | null;
  usedByReference: string | null;
  note: string | null;
}

export const INITIATIVE_AUDIT_FIELDS = [
  'subject',
  'personId',
  'unitId',
  'subjectName',
  'kind',
  'initiativeTitle',
  'initiativeScope',
  'recognisedOn',
  'recognisedBy',
  'certificateNumber',
  'usedForAwardName',
  'usedForYear',
  'usedByReference',
  'note',
] as const satisfies readonly (keyof InitiativeAuditView)[];

export function initiativeAuditView(
  i: Pick<
    InitiativeEntity,
    | 'subject'
    | 'personId'
    | 'unitId'
    | 'subjectName'
    | 'kind'
    | 'title'
    | 'scope'
    | 'recognisedOn'
    | 'recognisedBy'
    | 'certificateNumber'
    | 'usedForAwardName'
    | 'usedForYear'
    | 'usedByReference'
    | 'note'
  >,
): InitiativeAuditView {
  return {
    subject: i.subject,
    personId: i.personId,
    unitId: i.unitId,
    subjectName: i.subjectName,
    kind: i.kind,
    initiativeTitle: i.title,
    initiativeScope: i.scope,
    recognisedOn: i.recognisedOn,
    recognisedBy: i.recognisedBy,
    certificateNumber: i.certificateNumber,
    usedForAwardName: i.usedForAwardName,
    usedForYear: i.usedForYear,
    usedByReference: i.usedByReference,
    note: i.note,
  };
}

/** A hold as the audit log names its fields (`kind` of a hold reads as its reason). */
export interface HoldAuditView {
  subject: string;
  personId: string | null;
  unitId: string;
  subjectName: string;
  holdKind: string;
  startsOn: string;
  endsOn: string | null;
  source: string;
  liftedOn: string | null;
  liftReason: string | null;
  note: string | null;
}

export const HOLD_AUDIT_FIELDS = [
  'subject',
  'personId',
  'unitId',
  'subjectName',
  'holdKind',
  'startsOn',
  'endsOn',
  'source',
  'liftedOn',
  'liftReason',
  'note',
] as const satisfies readonly (keyof HoldAuditView)[];

export function holdAuditView(
  h: Pick<
    HoldEntity,
    | 'subject'
    | 'personId'
    | 'unitId'
    | 'subjectName'
    | 'kind'
    | 'startsOn'
    | 'endsOn'
    | 'source'
    | 'liftedOn'
    | 'liftReason'
    | 'note'
  >,
): HoldAuditView {
  return {
    subject: h.subject,
    personId: h.personId,
    unitId: h.unitId,
    subjectName: h.subjectName,
    holdKind: h.kind,
    startsOn: h.startsOn,
    endsOn: h.endsOn,
    source: h.source,
    liftedOn: h.liftedOn,
    liftReason: h.liftReason,
    note: h.note,
  };
}
