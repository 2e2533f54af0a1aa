import type {
  CampaignKind,
  CampaignPlanStatus,
  CampaignScope,
  IsoDate,
} from '@thidua/shared-domain';
import type { AuditTarget } from '../../core/audit/audit.writer';
import type { CampaignAddressingSpec } from './campaign-cascade.types';
import type { CampaignPlanContent } from './campaign-plan-content';

/**
 * What a plan's audit rows are about (ADR 0010): scoped to its issuer unit, whose readers see the
 * draft; the label is its trích yếu.
 */
export function campaignPlanTarget(plan: {
  id: string;
  title: string;
  issuerUnitId: string;
}): AuditTarget {
  return {
    entityType: 'CampaignPlan',
    entityId: plan.id,
    label: plan.title,
    scopeUnitId: plan.issuerUnitId,
  };
}

/**
 * A plan as the audit log records it: the trích yếu is `summary` (the log's `title` reads "Chức vụ"),
 * the kind and scope `planKind`/`planScope` (the log's `kind` is a unit's or a document's), the
 * content whole (one jsonb value: its diff says the content changed), the căn cứ as ids in order.
 */
export interface CampaignPlanAuditView {
  issuerUnitId: string;
  planKind: CampaignKind;
  planScope: CampaignScope;
  summary: string;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  status: CampaignPlanStatus;
  content: CampaignPlanContent;
  legalDocumentIds: string[];
  /** The cascade (CampaignCascadeService): whom the plan addresses, by when, and what it answers. */
  addressing: CampaignAddressingSpec | null;
  answerDeadline: IsoDate | null;
  respondsToPlanId: string | null;
}

export const CAMPAIGN_PLAN_AUDIT_FIELDS = [
  'issuerUnitId',
  'planKind',
  'planScope',
  'summary',
  'periodFrom',
  'periodTo',
  'status',
  'content',
  'legalDocumentIds',
  'addressing',
  'answerDeadline',
  'respondsToPlanId',
] as const satisfies readonly (keyof CampaignPlanAuditView)[];

export function campaignPlanAuditView(
  plan: {
    issuerUnitId: string;
    kind: CampaignKind;
    scope: CampaignScope;
    title: string;
    periodFrom: IsoDate;
    periodTo: IsoDate;
    status: CampaignPlanStatus;
    content: CampaignPlanContent;
    addressing?: CampaignAddressingSpec | null;
    answerDeadline?: IsoDate | null;
    respondsToPlanId?: string | null;
  },
  legalDocumentIds: string[],
): CampaignPlanAuditView {
  return {
    issuerUnitId: plan.issuerUnitId,
    planKind: plan.kind,
    planScope: plan.scope,
    summary: plan.title,
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    status: plan.status,
    content: canonical(plan.content) as CampaignPlanContent,
    legalDocumentIds,
    addressing: plan.addressing ? (canonical(plan.addressing) as CampaignAddressingSpec) : null,
    answerDeadline: plan.answerDeadline ?? null,
    respondsToPlanId: plan.respondsToPlanId ?? null,
  };
}

/**
 * The value with every object's keys sorted: jsonb stores keys in its own order, so content read back
 * compares equal to the same content sent again (the audit diff compares JSON text).
 */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
