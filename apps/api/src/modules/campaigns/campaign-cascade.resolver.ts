import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { todayInVietnam } from '@thidua/shared-domain';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { AppError, found } from '../../core/errors/app-error';
import { mapConnection } from '../../core/graphql/connection';
import type { GraphqlContext, NoArgs } from '../../core/graphql/graphql-context';
import { OrgService } from '../org/org.service';
import { Unit, toUnit } from '../org/unit.model';
import type { CampaignAddresseeEntity } from './campaign-addressee.entity';
import {
  CampaignAddressing,
  CampaignCascadeSummaryArgs,
  CampaignInboxArgs,
  CampaignPlanAddresseesArgs,
  RemindCampaignAddresseesInput,
} from './campaign-cascade.inputs';
import {
  CampaignAddressee,
  CampaignAddresseeAnswer,
  CampaignAddresseeConnection,
  CampaignCascadeGroupModel,
  CampaignCascadeSummaryModel,
  RemindCampaignAddresseesResult,
  toCampaignAddressee,
} from './campaign-cascade.models';
import { CampaignCascadeService } from './campaign-cascade.service';
import { CampaignPlan, toCampaignPlan } from './campaign.models';
import { CampaignService } from './campaign.service';

/** Units by id as `Unit` models (outside the reader's scope: name and code only, OrgResolver decides). */
async function unitsOf(
  org: OrgService,
  gql: GraphqlContext,
  ids: readonly string[],
): Promise<Unit[]> {
  const units = await Promise.all(ids.map((id) => gql.loaders.get(org.unitById).load(id)));
  return units.flatMap((u) => (u ? [toUnit(u)] : []));
}

/**
 * The cascade over GraphQL: the unit inbox, the issuer's table and roll-up, reminders; every read is
 * CAMPAIGN_READ (the service scopes it: the issuer's readers see every row, an addressed unit's
 * readers their own), reminders CAMPAIGN_MANAGE at the issuer unit.
 */
@Resolver(() => CampaignAddressee)
export class CampaignCascadeResolver {
  constructor(
    private readonly cascade: CampaignCascadeService,
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
  ) {}

  private connection(page: Awaited<ReturnType<CampaignCascadeService['inbox']>>) {
    const today = todayInVietnam();
    return mapConnection(page, (a: CampaignAddresseeEntity) =>
      toCampaignAddressee(a, this.cascade.statusOf(a, today)),
    );
  }

  @Query(() => CampaignAddresseeConnection, {
    description:
      'Hộp kế hoạch đến: các kế hoạch thi đua đã ban hành giao cho đơn vị trong phạm vi người dùng (hạn, tình trạng, kế hoạch thực hiện, số lần bị nhắc), mới giao trước.',
  })
  @RequirePermission('CAMPAIGN_READ')
  async campaignInbox(
    @Ctx() ctx: RequestContext,
    @Args() args: CampaignInboxArgs,
  ): Promise<CampaignAddresseeConnection> {
    return this.connection(await this.cascade.inbox(ctx, args));
  }

  @Query(() => CampaignAddresseeConnection, {
    description:
      'Bảng theo dõi thực hiện một kế hoạch: mọi đơn vị được giao (người xem của đơn vị ban hành), hoặc chỉ các đơn vị trong phạm vi của người xem; theo thứ tự cây đơn vị.',
  })
  @RequirePermission('CAMPAIGN_READ')
  async campaignPlanAddressees(
    @Ctx() ctx: RequestContext,
    @Args() args: CampaignPlanAddresseesArgs,
  ): Promise<CampaignAddresseeConnection> {
    return this.connection(await this.cascade.list(ctx, args.planId, args));
  }

  @Query(() => CampaignCascadeSummaryModel, {
    description:
      'Tổng hợp tình hình thực hiện kế hoạch: số đơn vị đã ban hành (đúng hạn, muộn), chưa ban hành, quá hạn, của cả kế hoạch và theo từng đơn vị trực thuộc (cộng dồn theo cây).',
  })
  @RequirePermission('CAMPAIGN_READ')
  async campaignCascadeSummary(
    @Ctx() ctx: RequestContext,
    @Args() args: CampaignCascadeSummaryArgs,
  ): Promise<CampaignCascadeSummaryModel> {
    const s = await this.cascade.summary(ctx, args.planId, args.underUnitId);
    return {
      planId: s.planId,
      underUnitId: s.underUnitId,
      counts: s.counts,
      groups: s.groups.map((g) => ({
        unitId: g.unitId,
        addressed: g.addressed,
        counts: {
          total: g.total,
          answered: g.answered,
          answeredLate: g.answeredLate,
          pending: g.pending,
          overdue: g.overdue,
        },
      })),
    };
  }

  @Mutation(() => RemindCampaignAddresseesResult, {
    description:
      'Nhắc các đơn vị chưa ban hành kế hoạch thực hiện (tăng số lần nhắc; không gửi thư). Cần quyền CAMPAIGN_MANAGE tại đơn vị ban hành.',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async remindCampaignAddressees(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RemindCampaignAddresseesInput,
  ): Promise<RemindCampaignAddresseesResult> {
    return this.tx.run(ctx, async (tx) => {
      const r = await this.cascade.remind(tx, input.planId, input.unitIds);
      return { reminded: r.reminded, remindedAt: r.remindedAt };
    });
  }

  @ResolveField(() => CampaignPlan, {
    description: 'Kế hoạch được giao (đã ban hành).',
  })
  async plan(a: CampaignAddressee, _args: NoArgs, gql: GraphqlContext): Promise<CampaignPlan> {
    // whoever reads the row reads the plan: its issuer's readers, or the addressed unit's
    const plan = await gql.loaders.get(this.cascade.planById).load(a.planId);
    return toCampaignPlan(found(plan, 'Kế hoạch', a.planId));
  }

  @ResolveField(() => Unit, { description: 'Đơn vị được giao.' })
  async unit(a: CampaignAddressee, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(await gql.loaders.get(this.org.unitById).load(a.unitId), 'Đơn vị', a.unitId),
    );
  }

  @ResolveField(() => CampaignAddresseeAnswer, {
    nullable: true,
    description: 'Kế hoạch thực hiện đơn vị đã ban hành (chưa có: null).',
  })
  async answerPlan(
    a: CampaignAddressee,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<CampaignAddresseeAnswer | null> {
    if (!a.answerPlanId) return null;
    const p = await gql.loaders.get(this.cascade.planById).load(a.answerPlanId);
    return p ? { id: p.id, symbol: p.symbol, title: p.title, issuedOn: p.issuedOn } : null;
  }

  @ResolveField(() => Unit, {
    nullable: true,
    description: 'Đơn vị cũ mà đơn vị này kế thừa nhiệm vụ (sau sáp nhập, chia tách).',
  })
  async inheritedFromUnit(
    a: CampaignAddressee,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<Unit | null> {
    if (!a.inheritedFromUnitId) return null;
    const u = await gql.loaders.get(this.org.unitById).load(a.inheritedFromUnitId);
    return u ? toUnit(u) : null;
  }
}

@Resolver(() => CampaignCascadeGroupModel)
export class CampaignCascadeGroupResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => Unit, {
    description: 'Đơn vị mà cây của nó được đếm (đơn vị trực thuộc, hoặc đơn vị gốc được giao).',
  })
  async unit(g: CampaignCascadeGroupModel, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(await gql.loaders.get(this.org.unitById).load(g.unitId), 'Đơn vị', g.unitId),
    );
  }
}

@Resolver(() => CampaignCascadeSummaryModel)
export class CampaignCascadeSummaryResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => Unit, {
    nullable: true,
    description: 'Đơn vị mà các nhóm là đơn vị trực thuộc.',
  })
  async underUnit(
    s: CampaignCascadeSummaryModel,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<Unit | null> {
    if (!s.underUnitId) return null;
    const u = await gql.loaders.get(this.org.unitById).load(s.underUnitId);
    return u ? toUnit(u) : null;
  }
}

/** The addressing's units by name (the SPA shows what was picked). */
@Resolver(() => CampaignAddressing)
export class CampaignAddressingResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => [Unit], { complexity: 5, description: 'Các đơn vị được chọn.' })
  units(a: CampaignAddressing, _args: NoArgs, gql: GraphqlContext): Promise<Unit[]> {
    return unitsOf(this.org, gql, a.unitIds ?? []);
  }

  @ResolveField(() => [Unit], {
    complexity: 5,
    description: 'Các đơn vị được chọn cùng cây trực thuộc.',
  })
  subtreeUnits(a: CampaignAddressing, _args: NoArgs, gql: GraphqlContext): Promise<Unit[]> {
    return unitsOf(this.org, gql, a.subtreeUnitIds ?? []);
  }

  @ResolveField(() => [Unit], {
    complexity: 5,
    description: 'Phạm vi tìm theo loại đơn vị (để trống: đơn vị ban hành).',
  })
  unitKindsWithinUnits(a: CampaignAddressing, _args: NoArgs, gql: GraphqlContext): Promise<Unit[]> {
    return unitsOf(this.org, gql, a.unitKindsWithinUnitIds ?? []);
  }
}

/** `CampaignPlan.respondsToPlan`: the plan answered, when the reader may read it. */
@Resolver(() => CampaignPlan)
export class CampaignPlanCascadeResolver {
  constructor(private readonly plans: CampaignService) {}

  @ResolveField(() => CampaignPlan, {
    nullable: true,
    complexity: 5,
    description:
      'Kế hoạch cấp trên mà kế hoạch này thực hiện (null nếu không có hoặc người xem không được xem).',
  })
  async respondsToPlan(
    plan: CampaignPlan,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<CampaignPlan | null> {
    const state = gql.req.thidua;
    if (!plan.respondsToPlanId || !state?.actor) return null;
    const ctx: RequestContext = {
      actor: state.actor,
      requestId: state.requestId,
      ipAddress: state.ipAddress,
      userAgent: state.userAgent,
    };
    try {
      return toCampaignPlan(await this.plans.get(ctx, plan.respondsToPlanId));
    } catch (e) {
      if (e instanceof AppError) return null;
      throw e;
    }
  }
}
