import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { found } from '../../core/errors/app-error';
import { mapConnection } from '../../core/graphql/connection';
import type { GraphqlContext, NoArgs } from '../../core/graphql/graphql-context';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { OrgService } from '../org/org.service';
import { Unit, toUnit } from '../org/unit.model';
import { CampaignCascadeService } from './campaign-cascade.service';
import { PlanTargetPart } from './campaign-plan-content';
import {
  CampaignReviewRefInput,
  CampaignReviewsArgs,
  CampaignReviewSummaryArgs,
  CreateCampaignReviewInput,
  ReturnCampaignReviewInput,
  UpdateCampaignReviewInput,
} from './campaign-review.inputs';
import {
  CampaignReview,
  CampaignReviewConnection,
  CampaignReviewFigureModel,
  CampaignReviewSummary,
  toCampaignReview,
} from './campaign-review.models';
import { CampaignReviewService } from './campaign-review.service';

@Resolver(() => CampaignReview)
export class CampaignReviewResolver {
  constructor(
    private readonly service: CampaignReviewService,
    private readonly cascade: CampaignCascadeService,
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => CampaignReviewConnection, {
    description:
      'Báo cáo sơ kết / tổng kết của một kế hoạch: người xem của đơn vị ban hành thấy mọi đơn vị, người xem khác chỉ thấy đơn vị trong phạm vi của mình; theo thứ tự bắt đầu soạn.',
  })
  @RequirePermission('CAMPAIGN_READ')
  async campaignReviews(
    @Ctx() ctx: RequestContext,
    @Args() args: CampaignReviewsArgs,
  ): Promise<CampaignReviewConnection> {
    return mapConnection(
      await this.service.list(ctx, args.planId, args.kind, {
        ...(args.filter ?? {}),
        first: args.first,
        after: args.after,
      }),
      toCampaignReview,
    );
  }

  @Query(() => CampaignReview)
  @RequirePermission('CAMPAIGN_READ')
  async campaignReview(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<CampaignReview> {
    return toCampaignReview(await this.service.get(ctx, id));
  }

  @Query(() => CampaignReviewSummary, {
    description:
      'Tình hình báo cáo sơ kết / tổng kết của một kế hoạch: đã gửi (đúng hạn, muộn), trả lại, đang soạn, còn thiếu (trên các đơn vị kế hoạch gửi tới), trong phạm vi người xem.',
  })
  @RequirePermission('CAMPAIGN_READ')
  async campaignReviewSummary(
    @Ctx() ctx: RequestContext,
    @Args() args: CampaignReviewSummaryArgs,
  ): Promise<CampaignReviewSummary> {
    return this.service.summary(ctx, args.planId, args.kind, args.underUnitId);
  }

  @Mutation(() => CampaignReview, {
    description:
      'Soạn báo cáo sơ kết / tổng kết của đơn vị theo kế hoạch đã ban hành gửi tới đơn vị (CAMPAIGN_MANAGE tại đơn vị).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async createCampaignReview(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateCampaignReviewInput,
  ): Promise<CampaignReview> {
    return toCampaignReview(
      await this.tx.run(ctx, (tx) =>
        this.service.create(tx, {
          planId: input.planId,
          unitId: input.unitId,
          kind: input.kind,
          report: input.report,
          figures: input.figures ?? [],
        }),
      ),
    );
  }

  @Mutation(() => CampaignReview, {
    description:
      'Sửa báo cáo chưa gửi hoặc bị trả lại: nội dung, kết quả chỉ tiêu, tệp đính kèm giữ lại (khóa lạc quan theo version).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async updateCampaignReview(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateCampaignReviewInput,
  ): Promise<CampaignReview> {
    return toCampaignReview(
      await this.tx.run(ctx, async (tx) => {
        const row = await this.service.update(tx, input.id, input.version, {
          report: input.report,
          figures: input.figures ?? [],
          attachments: input.attachments,
        });
        // a save that changed nothing has nothing to record
        if (tx.auditCount === 0) tx.skipAudit();
        return row;
      }),
    );
  }

  @Mutation(() => CampaignReview, {
    description:
      'Gửi báo cáo lên đơn vị ban hành kế hoạch; gửi sau hạn được ghi là muộn (CAMPAIGN_MANAGE tại đơn vị báo cáo).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async submitCampaignReview(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CampaignReviewRefInput,
  ): Promise<CampaignReview> {
    return toCampaignReview(
      await this.tx.run(ctx, (tx) => this.service.submit(tx, input.id, input.version)),
    );
  }

  @Mutation(() => CampaignReview, {
    description:
      'Trả lại báo cáo đã gửi, kèm lý do; đơn vị sửa và gửi lại (CAMPAIGN_MANAGE tại đơn vị ban hành kế hoạch).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async returnCampaignReview(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ReturnCampaignReviewInput,
  ): Promise<CampaignReview> {
    return toCampaignReview(
      await this.tx.run(ctx, (tx) =>
        this.service.returnToUnit(tx, input.id, input.version, input.reason),
      ),
    );
  }

  @ResolveField(() => Unit, { description: 'Đơn vị báo cáo.' })
  async unit(r: CampaignReview, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(await gql.loaders.get(this.org.unitById).load(r.unitId), 'Đơn vị', r.unitId),
    );
  }

  @ResolveField(() => Boolean, {
    description:
      'Người dùng được sửa, đính kèm, gửi báo cáo này: CAMPAIGN_MANAGE tại đơn vị báo cáo, báo cáo chưa gửi hoặc bị trả lại.',
  })
  canEdit(r: CampaignReview, _args: NoArgs, gql: GraphqlContext): boolean {
    const actor = gql.req.thidua?.actor;
    return !!actor && r.status !== 'SUBMITTED' && actor.canAt('CAMPAIGN_MANAGE', r.unitPath);
  }

  @ResolveField(() => Boolean, {
    complexity: 2,
    description:
      'Người dùng được trả lại báo cáo này: báo cáo đã gửi, CAMPAIGN_MANAGE tại đơn vị ban hành kế hoạch.',
  })
  async canReturn(r: CampaignReview, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    const actor = gql.req.thidua?.actor;
    if (!actor || r.status !== 'SUBMITTED') return false;
    const plan = await gql.loaders.get(this.cascade.planById).load(r.planId);
    const issuer = plan ? await gql.loaders.get(this.org.unitById).load(plan.issuerUnitId) : null;
    return !!issuer && actor.canAt('CAMPAIGN_MANAGE', issuer.path);
  }
}

@Resolver(() => CampaignReviewFigureModel)
export class CampaignReviewFigureResolver {
  constructor(private readonly cascade: CampaignCascadeService) {}

  @ResolveField(() => PlanTargetPart, {
    nullable: true,
    description: 'Chỉ tiêu của kế hoạch mà kết quả này báo cáo.',
  })
  async target(
    f: CampaignReviewFigureModel,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<PlanTargetPart | null> {
    const plan = await gql.loaders.get(this.cascade.planById).load(f.planId);
    return plan?.content.targets?.[f.targetIndex] ?? null;
  }
}
