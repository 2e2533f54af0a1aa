import type {
  BalanceRequirement,
  CongressForm,
  CongressLevel,
  CongressStatus,
  IsoDate,
} from '@thidua/shared-domain';
import type { AuditTarget } from '../../core/audit/audit.writer';
import { canonical } from './campaign-audit';

/**
 * What a congress's audit rows are about (ADR 0010): scoped to its host unit, whose readers see the
 * congress; the label is its name. Its delegates' changes are rows on the congress too.
 */
export function congressTarget(congress: {
  id: string;
  name: string;
  unitId: string;
}): AuditTarget {
  return {
    entityType: 'Congress',
    entityId: congress.id,
    label: congress.name,
    scopeUnitId: congress.unitId,
  };
}

/** A congress as the audit log records it (requirements and agenda whole: one jsonb value each). */
export interface CongressAuditView {
  planId: string;
  unitId: string;
  level: CongressLevel;
  name: string;
  form: CongressForm;
  windowFrom: IsoDate;
  windowTo: IsoDate;
  heldOn: IsoDate | null;
  duration: string | null;
  venue: string | null;
  delegateTarget: number | null;
  requirements: BalanceRequirement[];
  agenda: string[];
  status: CongressStatus;
  upperCongressId: string | null;
}

export const CONGRESS_AUDIT_FIELDS = [
  'planId',
  'unitId',
  'level',
  'name',
  'form',
  'windowFrom',
  'windowTo',
  'heldOn',
  'duration',
  'venue',
  'delegateTarget',
  'requirements',
  'agenda',
  'status',
  'upperCongressId',
] as const satisfies readonly (keyof CongressAuditView)[];

export function congressAuditView(c: CongressAuditView): CongressAuditView {
  return {
    planId: c.planId,
    unitId: c.unitId,
    level: c.level,
    name: c.name,
    form: c.form,
    windowFrom: c.windowFrom,
    windowTo: c.windowTo,
    heldOn: c.heldOn,
    duration: c.duration,
    venue: c.venue,
    delegateTarget: c.delegateTarget,
    // jsonb keeps its own key order: compare what was sent with what was read back, key-sorted
    requirements: canonical(c.requirements) as BalanceRequirement[],
    agenda: [...c.agenda],
    status: c.status,
    upperCongressId: c.upperCongressId,
  };
}
