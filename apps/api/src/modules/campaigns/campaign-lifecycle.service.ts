import { Injectable } from '@nestjs/common';
import {
  CAMPAIGN_PLAN_STATUSES,
  isIssuedStatus,
  type AuditOperation,
  type CampaignPlanStatus,
  type CampaignReviewKind,
  type Permission,
} from '@thidua/shared-domain';
import { UnitScopes } from '../../core/auth/unit-scope';
import type { Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { OrgService } from '../org/org.service';
import { campaignPlanTarget } from './campaign-audit';
import { CampaignPlanEntity } from './campaign-plan.entity';
import { CampaignService } from './campaign.service';

/** A step of an issued plan's life: where it may start, where it ends, who takes it. */
interface Step {
  from: readonly CampaignPlanStatus[];
  to: CampaignPlanStatus;
  permission: Permission;
  /** Vietnamese verb phrase: "bắt đầu triển khai". */
  action: string;
  operation: AuditOperation;
}

/**
 * After issue: ISSUED → RUNNING → (MIDTERM_REVIEW → RUNNING)* → FINAL_REVIEW → CLOSED. Tổng kết may
 * open straight from a sơ kết (a short plan reviews once and closes); a review may be left to resume
 * running (the sơ kết conference is over, or the tổng kết is reopened).
 *
 * The officers of the issuer unit (CAMPAIGN_MANAGE there) run the plan; closing it is the signer's
 * (CAMPAIGN_ISSUE): it ends the campaign the signer launched, and nothing follows it but the awards.
 */
export const CAMPAIGN_PLAN_STEPS = {
  start: {
    from: ['ISSUED'],
    to: 'RUNNING',
    permission: 'CAMPAIGN_MANAGE',
    action: 'bắt đầu triển khai',
    operation: 'campaignPlan.start',
  },
  midterm: {
    from: ['RUNNING'],
    to: 'MIDTERM_REVIEW',
    permission: 'CAMPAIGN_MANAGE',
    action: 'mở sơ kết',
    operation: 'campaignPlan.review',
  },
  final: {
    from: ['RUNNING', 'MIDTERM_REVIEW'],
    to: 'FINAL_REVIEW',
    permission: 'CAMPAIGN_MANAGE',
    action: 'mở tổng kết',
    operation: 'campaignPlan.review',
  },
  resume: {
    from: ['MIDTERM_REVIEW', 'FINAL_REVIEW'],
    to: 'RUNNING',
    permission: 'CAMPAIGN_MANAGE',
    action: 'tiếp tục triển khai',
    operation: 'campaignPlan.resume',
  },
  close: {
    from: ['FINAL_REVIEW'],
    to: 'CLOSED',
    permission: 'CAMPAIGN_ISSUE',
    action: 'kết thúc',
    operation: 'campaignPlan.close',
  },
} as const satisfies Record<string, Step>;

export type CampaignPlanStep = keyof typeof CAMPAIGN_PLAN_STEPS;

interface StatusView {
  status: CampaignPlanStatus;
}

function statusList(statuses: readonly CampaignPlanStatus[]): string {
  return statuses.map((s) => `"${CAMPAIGN_PLAN_STATUSES[s]}"`).join(' hoặc ');
}

/**
 * The life of an issued plan (module `campaigns`): its content stays frozen (CampaignService refuses
 * edits with READ_ONLY from ISSUED on); only its status moves, versioned and audited.
 */
@Injectable()
export class CampaignLifecycleService {
  constructor(
    private readonly plans: CampaignService,
    private readonly org: OrgService,
    private readonly scopes: UnitScopes,
  ) {}

  /** Opens the sơ kết or the tổng kết. */
  review(tx: Tx, id: string, version: number, kind: CampaignReviewKind) {
    return this.step(tx, id, version, kind === 'MIDTERM' ? 'midterm' : 'final');
  }

  /**
   * Takes `step` on the plan: NOT_FOUND if the caller cannot read it, FORBIDDEN without the step's
   * permission at the issuer unit, BAD_USER_INPUT (field `id`) from a status the step does not leave,
   * READ_ONLY once an amendment replaced it, CONFLICT on a stale version.
   */
  async step(
    tx: Tx,
    id: string,
    version: number,
    name: CampaignPlanStep,
  ): Promise<CampaignPlanEntity> {
    const step: Step = CAMPAIGN_PLAN_STEPS[name];
    const plan = await this.plans.get(tx.ctx, id);
    const unit = await this.org.findById(plan.issuerUnitId);
    if (!unit || !(await this.scopes.covers(tx.ctx.actor, step.permission, unit.path))) {
      throw AppError.forbidden(
        `Bạn không có quyền ${step.action} kế hoạch thi đua của đơn vị "${unit?.name ?? ''}".`,
      );
    }
    if (!isIssuedStatus(plan.status)) {
      throw AppError.field(
        'id',
        `Kế hoạch chưa ban hành (đang ở trạng thái "${CAMPAIGN_PLAN_STATUSES[plan.status]}") nên chưa thể ${step.action}.`,
      );
    }
    if (plan.supersededById) {
      throw AppError.readOnly(
        `Kế hoạch đã được thay thế bởi kế hoạch sửa đổi: không thể ${step.action} kế hoạch này, hãy thực hiện trên kế hoạch sửa đổi.`,
      );
    }
    if (!step.from.includes(plan.status)) {
      throw AppError.field(
        'id',
        `Không thể ${step.action} kế hoạch đang ở trạng thái "${CAMPAIGN_PLAN_STATUSES[plan.status]}": chỉ ${step.action} được kế hoạch ở trạng thái ${statusList(step.from)}.`,
      );
    }
    await tx.updateVersioned(
      CampaignPlanEntity,
      plan.id,
      version,
      { status: step.to },
      { what: 'Kế hoạch', label: plan.title, entityType: 'CampaignPlan' },
    );
    const after = await tx.em.findOneByOrFail(CampaignPlanEntity, { id: plan.id });
    await tx.audit.changed<StatusView>(
      step.operation,
      campaignPlanTarget(after),
      { status: plan.status },
      { status: after.status },
      ['status'],
    );
    return after;
  }
}
