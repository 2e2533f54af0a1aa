import type { AuditTarget } from '../../core/audit/audit.writer';

/**
 * What an addressee row's audit rows are about (ADR 0010): scoped to the addressed unit, whose readers
 * (and so the issuer's, whose scope covers its subtree) see it; labelled with the plan's trích yếu.
 */
export function campaignAddresseeTarget(
  row: { id: string; unitId: string },
  plan: { title: string },
): AuditTarget {
  return {
    entityType: 'CampaignAddressee',
    entityId: row.id,
    label: plan.title,
    scopeUnitId: row.unitId,
  };
}
