import type { CampaignRegistrantKind, CampaignRegistrationStatus } from '@thidua/shared-domain';
import type { AuditTarget } from '../../core/audit/audit.writer';
import type { RegistrationTitle } from './campaign-registration.entity';

/**
 * What a registration's audit rows are about (ADR 0010): scoped to the registering unit, whose readers
 * (and the readers above it: the issuer's, when the unit lies in its tree) see them; the label names
 * the registrant.
 */
export function campaignRegistrationTarget(r: {
  id: string;
  unitId: string;
  registrantName: string;
}): AuditTarget {
  return {
    entityType: 'CampaignRegistration',
    entityId: r.id,
    label: r.registrantName,
    scopeUnitId: r.unitId,
  };
}

/** One row for many registrations of a unit at once (an import chunk). */
export function campaignRegistrationsTarget(unit: {
  id: string;
  name: string;
}): Omit<AuditTarget, 'entityId'> {
  return { entityType: 'CampaignRegistration', label: unit.name, scopeUnitId: unit.id };
}

/**
 * A registration as the audit log records it: the titles as one line ("A; B": their diff reads as a
 * sentence), the kind as `registrantKind` (the log's `kind` is a unit's).
 */
export interface CampaignRegistrationAuditView {
  planId: string;
  unitId: string;
  registrantKind: CampaignRegistrantKind;
  personId: string | null;
  registrant: string;
  titles: string;
  commitments: string | null;
  status: CampaignRegistrationStatus;
}

export const CAMPAIGN_REGISTRATION_AUDIT_FIELDS = [
  'planId',
  'unitId',
  'registrantKind',
  'personId',
  'registrant',
  'titles',
  'commitments',
  'status',
] as const satisfies readonly (keyof CampaignRegistrationAuditView)[];

export function titlesLine(titles: readonly RegistrationTitle[]): string {
  return titles.map((t) => (t.code ? `${t.name} (${t.code})` : t.name)).join('; ');
}

export function campaignRegistrationAuditView(r: {
  planId: string;
  unitId: string;
  kind: CampaignRegistrantKind;
  personId: string | null;
  registrantName: string;
  titles: readonly RegistrationTitle[];
  commitments: string | null;
  status: CampaignRegistrationStatus;
}): CampaignRegistrationAuditView {
  return {
    planId: r.planId,
    unitId: r.unitId,
    registrantKind: r.kind,
    personId: r.personId,
    registrant: r.registrantName,
    titles: titlesLine(r.titles),
    commitments: r.commitments,
    status: r.status,
  };
}
