import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import {
  type GraphqlContext,
  type NoArgs,
  requestContextOf,
} from '../../core/graphql/graphql-context';
import { OrgService } from '../org/org.service';
import { CampaignAmendmentService } from './campaign-amendment.service';
import {
  AmendCampaignPlanInput,
  CampaignPlanStepInput,
  OpenCampaignPlanReviewInput,
} from './campaign-lifecycle.inputs';
import { CampaignLifecycleService, type CampaignPlanStep } from './campaign-lifecycle.service';
import type { CampaignPlanEntity } from './campaign-plan.entity';
import { CampaignPlan, toCampaignPlan } from './campaign.models';

/**
 * The life of a plan after issue (triển khai, sơ kết, tổng kết, kết thúc) and its amendments, with the
 * fields that link an amendment and the plan it replaces.
 */
@Resolver(() => CampaignPlan)
export class CampaignLifecycleResolver {
  constructor(
    private readonly lifecycle: CampaignLifecycleService,
    private readonly amendments: CampaignAmendmentService,
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
  ) {}

  private step(ctx: RequestContext, input: CampaignPlanStepInput, step: CampaignPlanStep) {
    return this.tx
      .run(ctx, (tx) => this.lifecycle.step(tx, input.id, input.version, step))
      .then(toCampaignPlan);
  }

  @Mutation(() => CampaignPlan, {
    description:
      'Bắt đầu triển khai kế hoạch đã ban hành: đã ban hành → đang triển khai (CAMPAIGN_MANAGE tại đơn vị ban hành).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  startCampaignPlan(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CampaignPlanStepInput,
  ): Promise<CampaignPlan> {
    return this.step(ctx, input, 'start');
  }

  @Mutation(() => CampaignPlan, {
    description:
      'Mở đợt sơ kết (từ "Đang triển khai") hoặc tổng kết (từ "Đang triển khai" hoặc "Đang sơ kết") (CAMPAIGN_MANAGE tại đơn vị ban hành).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  openCampaignPlanReview(
    @Ctx() ctx: RequestContext,
    @Args('input') input: OpenCampaignPlanReviewInput,
  ): Promise<CampaignPlan> {
    return this.tx
      .run(ctx, (tx) => this.lifecycle.review(tx, input.id, input.version, input.kind))
      .then(toCampaignPlan);
  }

  @Mutation(() => CampaignPlan, {
    description:
      'Kết thúc đợt sơ kết hoặc tổng kết, tiếp tục triển khai (CAMPAIGN_MANAGE tại đơn vị ban hành).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  resumeCampaignPlan(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CampaignPlanStepInput,
  ): Promise<CampaignPlan> {
    return this.step(ctx, input, 'resume');
  }

  @Mutation(() => CampaignPlan, {
    description:
      'Kết thúc kế hoạch đang tổng kết (CAMPAIGN_ISSUE tại đơn vị ban hành: người ký ban hành kết thúc phong trào).',
  })
  @RequirePermission('CAMPAIGN_ISSUE')
  closeCampaignPlan(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CampaignPlanStepInput,
  ): Promise<CampaignPlan> {
    return this.step(ctx, input, 'close');
  }

  @Mutation(() => CampaignPlan, {
    description:
      'Soạn kế hoạch sửa đổi một kế hoạch đã ban hành: dự thảo mới cùng đơn vị ban hành, chép toàn bộ nội dung, căn cứ và đơn vị nhận; khi được ban hành, kế hoạch cũ được đánh dấu bị thay thế (nội dung, văn bản đã lưu giữ nguyên). CAMPAIGN_MANAGE tại đơn vị ban hành.',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  amendCampaignPlan(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AmendCampaignPlanInput,
  ): Promise<CampaignPlan> {
    return this.tx
      .run(ctx, (tx) => this.amendments.amend(tx, input.id, input.note))
      .then(toCampaignPlan);
  }

  // ---------------------------------------------------------------------------------------------------

  private row(gql: GraphqlContext, id: string): Promise<CampaignPlanEntity | null> {
    return gql.loaders.get(this.amendments.planById).load(id);
  }

  /** The linked plan if the reader may read it (else null: the link names nothing). */
  private async linked(
    ctx: RequestContext,
    gql: GraphqlContext,
    id: string | null | undefined,
  ): Promise<CampaignPlan | null> {
    if (!id) return null;
    const plan = await this.row(gql, id);
    if (!plan) return null;
    const unit = await gql.loaders.get(this.org.unitById).load(plan.issuerUnitId);
    const visible = await this.amendments.visible(ctx, plan, unit?.path ?? null);
    return visible ? toCampaignPlan(visible) : null;
  }

  @ResolveField(() => CampaignPlan, {
    nullable: true,
    complexity: 5,
    description:
      'Kế hoạch đã ban hành mà kế hoạch này sửa đổi (null nếu không phải kế hoạch sửa đổi).',
  })
  async amends(
    plan: CampaignPlan,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<CampaignPlan | null> {
    const ctx = requestContextOf(gql);
    return this.linked(ctx, gql, (await this.row(gql, plan.id))?.amendsPlanId);
  }

  @ResolveField(() => String, {
    nullable: true,
    complexity: 2,
    description: 'Nội dung sửa đổi, bổ sung của kế hoạch sửa đổi (in trong văn bản).',
  })
  async amendmentNote(
    plan: CampaignPlan,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<string | null> {
    return (await this.row(gql, plan.id))?.amendmentNote ?? null;
  }

  @ResolveField(() => CampaignPlan, {
    nullable: true,
    complexity: 5,
    description:
      'Kế hoạch sửa đổi đã ban hành thay thế kế hoạch này (kế hoạch này giữ nguyên như khi ban hành).',
  })
  async supersededBy(
    plan: CampaignPlan,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<CampaignPlan | null> {
    const ctx = requestContextOf(gql);
    return this.linked(ctx, gql, (await this.row(gql, plan.id))?.supersededById);
  }
}
