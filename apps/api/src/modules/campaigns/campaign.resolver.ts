import DataLoader from 'dataloader';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isIssuedStatus } from '@thidua/shared-domain';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import { UnitScopes } from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { found } from '../../core/errors/app-error';
import { mapConnection } from '../../core/graphql/connection';
import {
  type GraphqlContext,
  type NoArgs,
  requestContextOf,
} from '../../core/graphql/graphql-context';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { LegalDocument, toLegalDocument } from '../legal/legal.models';
import { LegalService } from '../legal/legal.service';
import { OrgService } from '../org/org.service';
import { Unit, toUnit } from '../org/unit.model';
import {
  CampaignPlansArgs,
  CreateCampaignPlanInput,
  DeleteCampaignPlanDraftInput,
  IssueCampaignPlanInput,
  ReturnCampaignPlanInput,
  SubmitCampaignPlanInput,
  UpdateCampaignPlanInput,
} from './campaign.inputs';
import { CampaignPlan, CampaignPlanConnection, toCampaignPlan } from './campaign.models';
import { CampaignCascadeService } from './campaign-cascade.service';
import { CampaignService, type CampaignPlanData } from './campaign.service';

function planData(input: CreateCampaignPlanInput | UpdateCampaignPlanInput): CampaignPlanData {
  return {
    kind: input.kind,
    scope: input.scope,
    title: input.title,
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
    legalDocumentIds: input.legalDocumentIds ?? [],
    content: input.content,
    addressing: input.addressing ?? null,
    answerDeadline: input.answerDeadline ?? null,
    respondsToPlanId: input.respondsToPlanId ?? null,
  };
}

/** The per-request loader of `canAnswer` (it depends on the actor, so it is not a `loaderKey`). */
const ANSWERABLE = Symbol('campaignPlanAnswerable');
@Resolver(() => CampaignPlan)
export class CampaignResolver {
  constructor(
    private readonly service: CampaignService,
    private readonly org: OrgService,
    private readonly legal: LegalService,
    private readonly tx: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly cascade: CampaignCascadeService,
  ) {}

  @Query(() => CampaignPlanConnection, {
    description:
      'Kế hoạch thi đua trong phạm vi người dùng (theo đơn vị ban hành): mới soạn trước, hoặc theo mức khớp khi tìm kiếm.',
  })
  @RequirePermission('CAMPAIGN_READ')
  async campaignPlans(
    @Ctx() ctx: RequestContext,
    @Args() args: CampaignPlansArgs,
  ): Promise<CampaignPlanConnection> {
    return mapConnection(await this.service.list(ctx, args), toCampaignPlan);
  }

  @Query(() => CampaignPlan)
  @RequirePermission('CAMPAIGN_READ')
  async campaignPlan(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<CampaignPlan> {
    return toCampaignPlan(await this.service.get(ctx, id));
  }

  @Mutation(() => CampaignPlan, {
    description: 'Soạn dự thảo kế hoạch thi đua (cần quyền CAMPAIGN_MANAGE tại đơn vị ban hành).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async createCampaignPlan(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateCampaignPlanInput,
  ): Promise<CampaignPlan> {
    return toCampaignPlan(
      await this.tx.run(ctx, (tx) => this.service.create(tx, input.issuerUnitId, planData(input))),
    );
  }

  @Mutation(() => CampaignPlan, {
    description: 'Sửa dự thảo kế hoạch thi đua (khóa lạc quan theo version).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async updateCampaignPlan(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateCampaignPlanInput,
  ): Promise<CampaignPlan> {
    return toCampaignPlan(
      await this.tx.run(ctx, async (tx) => {
        const plan = await this.service.update(tx, input.id, input.version, planData(input));
        // a save that changed nothing has nothing to record
        if (tx.auditCount === 0) tx.skipAudit();
        return plan;
      }),
    );
  }

  @Mutation(() => ID, {
    description:
      'Xóa một dự thảo kế hoạch thi đua (chỉ kế hoạch đang là dự thảo); trả về id đã xóa.',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async deleteCampaignPlanDraft(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DeleteCampaignPlanDraftInput,
  ): Promise<string> {
    await this.tx.run(ctx, (tx) => this.service.deleteDraft(tx, input.id, input.version));
    return input.id;
  }

  @Mutation(() => CampaignPlan, {
    description:
      'Trình ký kế hoạch thi đua: dự thảo → trình ký (cần quyền CAMPAIGN_MANAGE tại đơn vị ban hành).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async submitCampaignPlan(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SubmitCampaignPlanInput,
  ): Promise<CampaignPlan> {
    return toCampaignPlan(
      await this.tx.run(ctx, (tx) => this.service.submit(tx, input.id, input.version)),
    );
  }

  @Mutation(() => CampaignPlan, {
    description:
      'Trả lại kế hoạch đang trình ký về dự thảo, kèm lý do (CAMPAIGN_ISSUE hoặc CAMPAIGN_MANAGE tại đơn vị ban hành).',
  })
  @RequirePermission('CAMPAIGN_ISSUE', 'CAMPAIGN_MANAGE')
  async returnCampaignPlan(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ReturnCampaignPlanInput,
  ): Promise<CampaignPlan> {
    return toCampaignPlan(
      await this.tx.run(ctx, (tx) =>
        this.service.returnToDraft(tx, input.id, input.version, input.reason),
      ),
    );
  }

  @Mutation(() => CampaignPlan, {
    description:
      'Ký ban hành kế hoạch đang trình ký: cấp số, ký hiệu trong sổ văn bản của đơn vị ban hành; sau đó kế hoạch không sửa được (cần quyền CAMPAIGN_ISSUE tại đơn vị ban hành).',
  })
  @RequirePermission('CAMPAIGN_ISSUE')
  async issueCampaignPlan(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IssueCampaignPlanInput,
  ): Promise<CampaignPlan> {
    return toCampaignPlan(
      await this.tx.run(ctx, (tx) =>
        this.service.issue(tx, input.id, input.version, {
          issuedOn: input.issuedOn,
          place: input.place,
          signer: input.signer,
        }),
      ),
    );
  }

  @ResolveField(() => Unit, {
    description: 'Đơn vị ban hành (cơ quan ban hành kế hoạch; hệ thống của kế hoạch theo đơn vị).',
  })
  async issuerUnit(plan: CampaignPlan, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(
        await gql.loaders.get(this.org.unitById).load(plan.issuerUnitId),
        'Đơn vị',
        plan.issuerUnitId,
      ),
    );
  }

  @ResolveField(() => [LegalDocument], {
    complexity: 5,
    description: 'Văn bản căn cứ, theo thứ tự viện dẫn.',
  })
  async legalBases(
    plan: CampaignPlan,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<LegalDocument[]> {
    const ids = await gql.loaders.get(this.service.legalBasisIdsOf).load(plan.id);
    const docs = await Promise.all(
      ids.map((id) => gql.loaders.get(this.legal.documentById).load(id)),
    );
    return docs.flatMap((d) => (d ? [toLegalDocument(d)] : []));
  }

  // Per-plan rights, so the SPA shows only the actions the API would accept on this plan (the viewer's
  // global permissions say nothing about the issuer unit). `UnitScopes.covers` memoises the scope per
  // request (ADR 0013), so a page of plans costs at most one scope query per permission.

  @ResolveField(() => Boolean, {
    description:
      'Người dùng sửa, trình ký, xóa được kế hoạch này (CAMPAIGN_MANAGE tại đơn vị ban hành).',
  })
  async canManage(plan: CampaignPlan, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    const ctx = requestContextOf(gql);
    return this.coversIssuer(ctx, gql, plan, 'CAMPAIGN_MANAGE');
  }

  @ResolveField(() => Boolean, {
    description:
      'Người dùng ký ban hành, trả lại được kế hoạch này (CAMPAIGN_ISSUE tại đơn vị ban hành).',
  })
  async canIssue(plan: CampaignPlan, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    const ctx = requestContextOf(gql);
    return this.coversIssuer(ctx, gql, plan, 'CAMPAIGN_ISSUE');
  }

  @ResolveField(() => Boolean, {
    description:
      'Người dùng trả lời được kế hoạch này: kế hoạch đã ban hành và giao cho một đơn vị mà người dùng có quyền CAMPAIGN_MANAGE.',
  })
  async canAnswer(plan: CampaignPlan, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    const ctx = requestContextOf(gql);
    // drafts are addressed to nobody yet: skip the query
    if (!isIssuedStatus(plan.status)) return false;
    // one query for every plan of the request (a list's page), for this actor
    const answerable = await gql.loaders.once(
      ANSWERABLE,
      async () =>
        new DataLoader<string, boolean>(async (ids) => {
          const found = await this.cascade.plansAddressedInScope(ctx, ids, 'CAMPAIGN_MANAGE');
          return ids.map((id) => found.has(id));
        }),
    );
    return answerable.load(plan.id);
  }

  private async coversIssuer(
    ctx: RequestContext,
    gql: GraphqlContext,
    plan: CampaignPlan,
    permission: 'CAMPAIGN_MANAGE' | 'CAMPAIGN_ISSUE',
  ): Promise<boolean> {
    const unit = await gql.loaders.get(this.org.unitById).load(plan.issuerUnitId);
    return !!unit && (await this.scopes.covers(ctx.actor, permission, unit.path));
  }
}
