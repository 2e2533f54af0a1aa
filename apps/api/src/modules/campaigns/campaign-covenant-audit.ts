import type { IsoDate } from '@thidua/shared-domain';
import type { AuditTarget } from '../../core/audit/audit.writer';

/**
 * A covenant's audit rows: scoped to the unit that led the cluster in the year it was signed (the cụm
 * trưởng, who organises the signing), else the plan's issuer; the label is the cluster's name.
 */
export function campaignCovenantTarget(c: {
  id: string;
  clusterName: string;
  scopeUnitId: string;
}): AuditTarget {
  return {
    entityType: 'CampaignCovenant',
    entityId: c.id,
    label: `Giao ước thi đua — ${c.clusterName}`,
    scopeUnitId: c.scopeUnitId,
  };
}

export interface CampaignCovenantAuditView {
  planId: string;
  clusterId: string;
  signedOn: IsoDate;
  signingPlace: string;
  covenantContent: string;
  memberUnitIds: string[];
}

export const CAMPAIGN_COVENANT_AUDIT_FIELDS = [
  'planId',
  'clusterId',
  'signedOn',
  'signingPlace',
  'covenantContent',
  'memberUnitIds',
] as const satisfies readonly (keyof CampaignCovenantAuditView)[];

export function campaignCovenantAuditView(
  c: { planId: string; clusterId: string; signedOn: IsoDate; place: string; content: string },
  memberUnitIds: string[],
): CampaignCovenantAuditView {
  return {
    planId: c.planId,
    clusterId: c.clusterId,
    signedOn: c.signedOn,
    signingPlace: c.place,
    covenantContent: c.content,
    memberUnitIds: [...memberUnitIds].sort(),
  };
}
