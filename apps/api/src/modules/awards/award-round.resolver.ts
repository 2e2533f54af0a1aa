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
import {
  AwardRoundRefInput,
  AwardRoundsArgs,
  CreateAwardRoundInput,
  UpdateAwardRoundInput,
} from './award.inputs';
import { AwardRound, AwardRoundConnection, toAwardRound } from './award.models';
import { AwardRoundService, ROUND_MANAGE } from './award-round.service';

@Resolver(() => AwardRound)
export class AwardRoundResolver {
  constructor(
    private readonly rounds: AwardRoundService,
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => AwardRoundConnection, {
    description:
      'Các đợt xét khen thưởng (mọi người có quyền xem hồ sơ khen thưởng đều thấy, để chọn đợt gửi hồ sơ), mới nhất trước.',
  })
  @RequirePermission('DOSSIER_READ')
  async awardRounds(
    @Ctx() ctx: RequestContext,
    @Args() args: AwardRoundsArgs,
  ): Promise<AwardRoundConnection> {
    return mapConnection(
      await this.rounds.list(ctx, { ...(args.filter ?? {}), first: args.first, after: args.after }),
      toAwardRound,
    );
  }

  @Query(() => AwardRound)
  @RequirePermission('DOSSIER_READ')
  async awardRound(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<AwardRound> {
    return toAwardRound(await this.rounds.get(id));
  }

  @Mutation(() => AwardRound, {
    description:
      'Mở đợt xét khen thưởng (AWARD_ROUND_MANAGE tại đơn vị tiếp nhận); đợt theo phong trào lấy hình thức, số lượng, hạn nộp từ phần khen thưởng của kế hoạch đã ban hành.',
  })
  @RequirePermission('AWARD_ROUND_MANAGE')
  async createAwardRound(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateAwardRoundInput,
  ): Promise<AwardRound> {
    return toAwardRound(await this.tx.run(ctx, (tx) => this.rounds.create(tx, input)));
  }

  @Mutation(() => AwardRound, { description: 'Sửa tên, cấp quyết định, hạn nộp, ghi chú của đợt.' })
  @RequirePermission('AWARD_ROUND_MANAGE')
  async updateAwardRound(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateAwardRoundInput,
  ): Promise<AwardRound> {
    return toAwardRound(
      await this.tx.run(ctx, async (tx) => {
        const round = await this.rounds.update(tx, input.id, input.version, input);
        if (tx.auditCount === 0) tx.skipAudit();
        return round;
      }),
    );
  }

  @Mutation(() => AwardRound, {
    description:
      'Đóng đợt: không nhận hồ sơ mới; hồ sơ đã gửi vẫn được xử lý, hồ sơ bị trả lại vẫn gửi lại được.',
  })
  @RequirePermission('AWARD_ROUND_MANAGE')
  async closeAwardRound(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AwardRoundRefInput,
  ): Promise<AwardRound> {
    return toAwardRound(
      await this.tx.run(ctx, (tx) => this.rounds.close(tx, input.id, input.version)),
    );
  }

  @Mutation(() => AwardRound, { description: 'Mở lại đợt đã đóng.' })
  @RequirePermission('AWARD_ROUND_MANAGE')
  async reopenAwardRound(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AwardRoundRefInput,
  ): Promise<AwardRound> {
    return toAwardRound(
      await this.tx.run(ctx, (tx) => this.rounds.reopen(tx, input.id, input.version)),
    );
  }

  @ResolveField(() => Unit, { description: 'Đơn vị tiếp nhận hồ sơ.' })
  async receivingUnit(r: AwardRound, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(
        await gql.loaders.get(this.org.unitById).load(r.receivingUnitId),
        'Đơn vị',
        r.receivingUnitId,
      ),
    );
  }

  @ResolveField(() => Boolean, {
    complexity: 2,
    description:
      'Người dùng được sửa, đóng, mở lại đợt này (AWARD_ROUND_MANAGE tại đơn vị tiếp nhận).',
  })
  async canManage(r: AwardRound, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    const actor = gql.req.thidua?.actor;
    const unit = await gql.loaders.get(this.org.unitById).load(r.receivingUnitId);
    return !!actor && !!unit && actor.canAt(ROUND_MANAGE, unit.path);
  }
}
