import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isRegistrationEditable } from '@thidua/shared-domain';
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
import {
  CampaignRegistrationRefInput,
  CampaignRegistrationsArgs,
  CampaignRegistrationSummaryArgs,
  CreateCampaignRegistrationInput,
  ReturnCampaignRegistrationInput,
  UpdateCampaignRegistrationInput,
} from './campaign-registration.inputs';
import {
  CampaignRegistration,
  CampaignRegistrationConnection,
  CampaignRegistrationRollup,
  CampaignRegistrationSummary,
  toCampaignRegistration,
} from './campaign-registration.models';
import {
  CampaignRegistrationService,
  type RollupRow,
  type StatusTally,
} from './campaign-registration.service';

function tally(t: StatusTally) {
  return {
    draft: t.DRAFT,
    submitted: t.SUBMITTED,
    returned: t.RETURNED,
    approved: t.APPROVED,
    total: t.total,
  };
}

function rollup(r: RollupRow): CampaignRegistrationRollup {
  return { unitId: r.unitId, units: tally(r.units), people: tally(r.people) };
}

@Resolver(() => CampaignRegistration)
export class CampaignRegistrationResolver {
  constructor(
    private readonly service: CampaignRegistrationService,
    private readonly cascade: CampaignCascadeService,
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => CampaignRegistrationConnection, {
    description:
      'Đăng ký thi đua của một kế hoạch: người xem của đơn vị ban hành thấy mọi đơn vị, người xem khác chỉ thấy đơn vị trong phạm vi của mình. Tập thể trước, cá nhân theo tên; hoặc theo mức khớp khi tìm kiếm.',
  })
  @RequirePermission('CAMPAIGN_READ')
  async campaignRegistrations(
    @Ctx() ctx: RequestContext,
    @Args() args: CampaignRegistrationsArgs,
  ): Promise<CampaignRegistrationConnection> {
    return mapConnection(
      await this.service.list(ctx, args.planId, {
        ...(args.filter ?? {}),
        first: args.first,
        after: args.after,
      }),
      toCampaignRegistration,
    );
  }

  @Query(() => CampaignRegistration)
  @RequirePermission('CAMPAIGN_READ')
  async campaignRegistration(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<CampaignRegistration> {
    return toCampaignRegistration(await this.service.get(ctx, id));
  }

  @Query(() => CampaignRegistrationSummary, {
    description:
      'Tổng hợp đăng ký thi đua của một kế hoạch theo trạng thái, tập thể / cá nhân, cho từng đơn vị con (cộng dồn cấp dưới), trong phạm vi người xem.',
  })
  @RequirePermission('CAMPAIGN_READ')
  async campaignRegistrationSummary(
    @Ctx() ctx: RequestContext,
    @Args() args: CampaignRegistrationSummaryArgs,
  ): Promise<CampaignRegistrationSummary> {
    const s = await this.service.summary(ctx, args.planId, args.underUnitId);
    return {
      planId: s.planId,
      underUnitId: s.underUnitId,
      total: rollup(s.total),
      own: rollup(s.own),
      children: s.children.map(rollup),
    };
  }

  @Mutation(() => CampaignRegistration, {
    description:
      'Đăng ký thi đua của đơn vị (tập thể) hoặc một cán bộ của đơn vị (cá nhân) theo kế hoạch đã ban hành gửi tới đơn vị (cần quyền CAMPAIGN_MANAGE tại đơn vị).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async createCampaignRegistration(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateCampaignRegistrationInput,
  ): Promise<CampaignRegistration> {
    return toCampaignRegistration(
      await this.tx.run(ctx, (tx) =>
        this.service.create(tx, {
          planId: input.planId,
          unitId: input.unitId,
          kind: input.kind,
          personId: input.personId ?? null,
          titles: input.titles ?? [],
          commitments: input.commitments,
        }),
      ),
    );
  }

  @Mutation(() => CampaignRegistration, {
    description:
      'Sửa danh hiệu, cam kết của một đăng ký chưa gửi hoặc bị trả lại (khóa lạc quan theo version).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async updateCampaignRegistration(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateCampaignRegistrationInput,
  ): Promise<CampaignRegistration> {
    return toCampaignRegistration(
      await this.tx.run(ctx, async (tx) => {
        const row = await this.service.update(tx, input.id, input.version, {
          titles: input.titles ?? [],
          commitments: input.commitments,
        });
        // a save that changed nothing has nothing to record
        if (tx.auditCount === 0) tx.skipAudit();
        return row;
      }),
    );
  }

  @Mutation(() => ID, {
    description:
      'Xóa một đăng ký chưa gửi hoặc bị trả lại (bản đăng ký của đơn vị chỉ xóa được khi không còn cá nhân); trả về id đã xóa.',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async deleteCampaignRegistration(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CampaignRegistrationRefInput,
  ): Promise<string> {
    await this.tx.run(ctx, (tx) => this.service.delete(tx, input.id, input.version));
    return input.id;
  }

  @Mutation(() => CampaignRegistration, {
    description:
      'Gửi bản đăng ký thi đua của đơn vị (cùng các đăng ký cá nhân) lên đơn vị ban hành kế hoạch: chưa gửi / trả lại → chờ duyệt (CAMPAIGN_MANAGE tại đơn vị đăng ký).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async submitCampaignRegistration(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CampaignRegistrationRefInput,
  ): Promise<CampaignRegistration> {
    return toCampaignRegistration(
      await this.tx.run(ctx, (tx) => this.service.submit(tx, input.id, input.version)),
    );
  }

  @Mutation(() => CampaignRegistration, {
    description:
      'Trả lại bản đăng ký thi đua đang chờ duyệt, kèm lý do (CAMPAIGN_MANAGE tại đơn vị ban hành kế hoạch).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async returnCampaignRegistration(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ReturnCampaignRegistrationInput,
  ): Promise<CampaignRegistration> {
    return toCampaignRegistration(
      await this.tx.run(ctx, (tx) =>
        this.service.returnToUnit(tx, input.id, input.version, input.reason),
      ),
    );
  }

  @Mutation(() => CampaignRegistration, {
    description:
      'Duyệt bản đăng ký thi đua đang chờ duyệt; sau khi duyệt chỉ xem (CAMPAIGN_MANAGE tại đơn vị ban hành kế hoạch).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async approveCampaignRegistration(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CampaignRegistrationRefInput,
  ): Promise<CampaignRegistration> {
    return toCampaignRegistration(
      await this.tx.run(ctx, (tx) => this.service.approve(tx, input.id, input.version)),
    );
  }

  @ResolveField(() => Unit, { description: 'Đơn vị đăng ký.' })
  async unit(r: CampaignRegistration, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(await gql.loaders.get(this.org.unitById).load(r.unitId), 'Đơn vị', r.unitId),
    );
  }

  @ResolveField(() => Boolean, {
    description:
      'Người dùng được sửa, xóa (và với bản đăng ký của đơn vị: gửi) đăng ký này: quyền CAMPAIGN_MANAGE tại đơn vị đăng ký, đăng ký chưa gửi hoặc bị trả lại.',
  })
  canEdit(r: CampaignRegistration, _args: NoArgs, gql: GraphqlContext): boolean {
    const actor = gql.req.thidua?.actor;
    return (
      !!actor && isRegistrationEditable(r.status) && actor.canAt('CAMPAIGN_MANAGE', r.unitPath)
    );
  }

  @ResolveField(() => Boolean, {
    complexity: 2,
    description:
      'Người dùng được trả lại hoặc duyệt bản đăng ký này: bản đăng ký của đơn vị đang chờ duyệt, quyền CAMPAIGN_MANAGE tại đơn vị ban hành kế hoạch.',
  })
  async canDecide(r: CampaignRegistration, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    const actor = gql.req.thidua?.actor;
    if (!actor || r.kind !== 'UNIT' || r.status !== 'SUBMITTED') return false;
    const plan = await gql.loaders.get(this.cascade.planById).load(r.planId);
    const issuer = plan ? await gql.loaders.get(this.org.unitById).load(plan.issuerUnitId) : null;
    return !!issuer && actor.canAt('CAMPAIGN_MANAGE', issuer.path);
  }
}

@Resolver(() => CampaignRegistrationRollup)
export class CampaignRegistrationRollupResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => Unit, {
    nullable: true,
    description: 'Đơn vị gốc của nhánh (null ở dòng tổng và dòng của chính đơn vị đang xem).',
  })
  async unit(
    r: CampaignRegistrationRollup,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<Unit | null> {
    if (!r.unitId) return null;
    const unit = await gql.loaders.get(this.org.unitById).load(r.unitId);
    return unit ? toUnit(unit) : null;
  }
}
