import type { CampaignReviewKind, CampaignReviewStatus, IsoDate } from '@thidua/shared-domain';
import type { AuditTarget } from '../../core/audit/audit.writer';
import type { ReviewAttachment, ReviewFigure } from './campaign-review.entity';

/** A review's audit rows are scoped to the reporting unit; the label names the unit and the round. */
export function campaignReviewTarget(r: {
  id: string;
  unitId: string;
  label: string;
}): AuditTarget {
  return { entityType: 'CampaignReview', entityId: r.id, label: r.label, scopeUnitId: r.unitId };
}

/**
 * A review as the audit log records it: figures and attachments as one line each (their diff reads
 * as a sentence), the kind as `reviewKind` (the log's `kind` is a unit's).
 */
export interface CampaignReviewAuditView {
  planId: string;
  unitId: string;
  reviewKind: CampaignReviewKind;
  report: string;
  figures: string;
  attachments: string;
  status: CampaignReviewStatus;
  deadline: IsoDate | null;
  late: boolean;
}

export const CAMPAIGN_REVIEW_AUDIT_FIELDS = [
  'planId',
  'unitId',
  'reviewKind',
  'report',
  'figures',
  'attachments',
  'status',
  'deadline',
  'late',
] as const satisfies readonly (keyof CampaignReviewAuditView)[];

export function campaignReviewAuditView(r: {
  planId: string;
  unitId: string;
  kind: CampaignReviewKind;
  report: string;
  figures: readonly ReviewFigure[];
  attachments: readonly ReviewAttachment[];
  status: CampaignReviewStatus;
  deadline: IsoDate | null;
  late: boolean;
}): CampaignReviewAuditView {
  return {
    planId: r.planId,
    unitId: r.unitId,
    reviewKind: r.kind,
    report: r.report,
    figures: r.figures
      .map((f) => `${f.targetIndex + 1}: ${f.achieved}${f.note ? ` (${f.note})` : ''}`)
      .join('; '),
    attachments: r.attachments.map((a) => a.name).join('; '),
    status: r.status,
    deadline: r.deadline,
    late: r.late,
  };
}
