import { Injectable } from '@nestjs/common';
import { CAMPAIGN_PLAN_STATUSES, isIssuedStatus, type Permission } from '@thidua/shared-domain';
import { isWithinPath } from '../../core/auth/actor';
import { UnitScopes, whereInScope } from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import type { Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { isReadOnly, OrgService } from '../org/org.service';
import { CampaignCascadeService, type CampaignPlanAccess } from './campaign-cascade.service';
import type { CampaignPlanEntity } from './campaign-plan.entity';

export const READ: Permission = 'CAMPAIGN_READ';
export const MANAGE: Permission = 'CAMPAIGN_MANAGE';

/** A plan the caller reads, with its issuer unit and how much of the plan's rows the caller sees. */
export interface ReadablePlan {
  plan: CampaignPlanEntity;
  issuer: CampaignPlanAccess['issuer'];
  /** The caller reads the issuer unit: every unit's rows of the plan (else only those in its scope). */
  readsAll: boolean;
}

/**
 * Who takes part in an issued plan and who sees what of it, for registrations, giao ước and reviews
 * (issue 10): the rules the three share, in one place.
 *
 * - Reading: the plan must be readable (CampaignCascadeService.readerOf: its issuer's readers, or an addressed unit's
 *   once issued); the issuer's CAMPAIGN_READ readers then see every unit's rows, any other reader the
 *   rows of units in its own CAMPAIGN_READ scope (a commune sees its own, never another commune's).
 * - Taking part: a unit registers and reports for a plan that is issued (not closed) and addresses it
 *   (campaign_plan_addressees), or for its own plan (the issuer unit itself), or, for a plan of scope
 *   "Cơ quan, đơn vị" (an office's internal movement, seed 001), as one of the issuer's own phòng, ban.
 *   Its officers act with CAMPAIGN_MANAGE at the unit.
 * - Deciding: the plan's issuer (CAMPAIGN_MANAGE at the issuer unit) returns and approves. Chosen over
 *   "the registering unit's parent" because the registrations answer the issuer's plan and are what its
 *   council later judges against the plan's criteria and quotas (seed 001: "gửi về Phòng Hành chính tổ
 *   chức" of the issuing office; the Bến Tre and Thái Bình plans: to the issuer's standing body), and a
 *   parent may not even be in the issuer's tree (a Tỉnh ủy plan addressed to government units).
 */
@Injectable()
export class CampaignParticipation {
  constructor(
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
    private readonly cascade: CampaignCascadeService,
  ) {}

  /** The plan if the caller reads it, else NOT_FOUND naming `what` (the record asked about). */
  async readablePlan(
    ctx: RequestContext,
    planId: string,
    what = 'Kế hoạch',
  ): Promise<ReadablePlan> {
    const { plan, issuer, rowScope } = await this.cascade.planAccess(ctx, planId, what);
    return { plan, issuer, readsAll: rowScope === null };
  }

  /** Limits `qb` to the rows the caller sees of a readable plan (`pathExpression`: the row's unit path). */
  async limitRows<T extends ObjectLiteral>(
    ctx: RequestContext,
    access: ReadablePlan,
    qb: SelectQueryBuilder<T>,
    pathExpression: string,
  ): Promise<void> {
    if (access.readsAll) return;
    whereInScope(qb, await this.scopes.of(ctx.actor, READ), pathExpression);
  }

  /** Whether the caller sees a row of the unit at `unitPath` (a readable plan's row). */
  async seesRow(ctx: RequestContext, access: ReadablePlan, unitPath: string): Promise<boolean> {
    return access.readsAll || (await this.scopes.covers(ctx.actor, READ, unitPath));
  }

  /** Whether the caller decides for the plan (returns, approves): CAMPAIGN_MANAGE at the issuer unit. */
  decides(ctx: RequestContext, access: ReadablePlan): Promise<boolean> {
    return this.scopes.covers(ctx.actor, MANAGE, access.issuer.path);
  }

  /** FORBIDDEN unless the caller decides for the plan. */
  async assertDecides(ctx: RequestContext, access: ReadablePlan, action: string): Promise<void> {
    if (!(await this.decides(ctx, access))) {
      throw AppError.forbidden(
        `Chỉ cán bộ thi đua của đơn vị ban hành kế hoạch ("${access.issuer.name}") mới được ${action}.`,
      );
    }
  }

  /** The plan takes registrations and reports: issued, not closed. */
  assertOpen(plan: CampaignPlanEntity, field = 'planId'): void {
    if (!isIssuedStatus(plan.status)) {
      throw AppError.field(
        field,
        `Kế hoạch đang ở trạng thái "${CAMPAIGN_PLAN_STATUSES[plan.status]}": chỉ kế hoạch đã ban hành mới nhận đăng ký, báo cáo.`,
      );
    }
    if (plan.status === 'CLOSED') {
      throw AppError.readOnly('Kế hoạch đã kết thúc: không nhận thêm đăng ký, báo cáo.');
    }
  }

  /**
   * The unit, if it may take part in the plan and the caller acts for it (CAMPAIGN_MANAGE there):
   * a unit outside the caller's reach "does not exist" (field error naming nothing), one it reads but
   * does not manage is FORBIDDEN, an ended unit READ_ONLY, a unit the plan does not reach a field error.
   */
  async participant(
    tx: Tx,
    access: ReadablePlan,
    unitId: string,
    opts: { field?: string; reporting?: boolean } = {},
  ): Promise<CampaignPlanAccess['issuer']> {
    const field = opts.field ?? 'unitId';
    const actor = tx.ctx.actor;
    const unit = await this.org.findById(unitId);
    if (!unit || !(await this.scopes.covers(actor, READ, unit.path))) {
      if (unit && (await this.scopes.covers(actor, 'UNIT_READ', unit.path)))
        throw AppError.forbidden(`Bạn không có quyền thực hiện thi đua cho đơn vị "${unit.name}".`);
      throw AppError.field(field, 'Đơn vị không tồn tại.');
    }
    if (!actor.canAt(MANAGE, unit.path))
      throw AppError.forbidden(`Bạn không có quyền thực hiện thi đua cho đơn vị "${unit.name}".`);
    if (isReadOnly(unit))
      throw AppError.readOnly(
        `Đơn vị "${unit.name}" đã kết thúc hoạt động: không đăng ký, báo cáo mới được.`,
      );
    if (!(await this.takesPart(tx, access, unit, opts.reporting ?? false))) {
      throw AppError.field(
        field,
        `Kế hoạch này không gửi tới đơn vị "${unit.name}": đơn vị không ${opts.reporting ? 'báo cáo' : 'đăng ký'} theo kế hoạch này được.`,
      );
    }
    return unit;
  }

  /**
   * Whether the plan reaches the unit: addressed, or (registrations only) the issuer unit itself, or,
   * for an office's internal plan (scope AGENCY), one of the issuer's own units. The issuer does not
   * report to itself.
   */
  async takesPart(
    tx: Tx | null,
    access: ReadablePlan,
    unit: { id: string; path: string },
    reporting: boolean,
  ): Promise<boolean> {
    const { plan, issuer } = access;
    if (unit.id === issuer.id) return !reporting;
    if (plan.scope === 'AGENCY' && isWithinPath(unit.path, issuer.path)) return true;
    return this.cascade.isAddressed(tx, plan.id, unit.id);
  }
}
