import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
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
  AwardRecordsArgs,
  CreateAwardRecordInput,
  CreateEvaluationInput,
  CreateHoldInput,
  CreateInitiativeInput,
  EvaluationsArgs,
  HoldsArgs,
  InitiativesArgs,
  LiftHoldInput,
  LockInitiativeInput,
  RecordRefInput,
  UpdateAwardRecordInput,
  UpdateEvaluationInput,
  UpdateHoldInput,
  UpdateInitiativeInput,
} from './records.inputs';
import {
  AwardRecord,
  AwardRecordConnection,
  Evaluation,
  EvaluationConnection,
  Hold,
  HoldConnection,
  Initiative,
  InitiativeConnection,
  toAwardRecord,
  toEvaluation,
  toHold,
  toInitiative,
} from './records.models';
import { RecordsService } from './records.service';

/** A save that changed nothing has nothing to record. */
function nothingToRecord(tx: { auditCount: number; skipAudit(): void }): void {
  if (tx.auditCount === 0) tx.skipAudit();
}

@Resolver()
export class RecordsResolver {
  constructor(
    private readonly service: RecordsService,
    private readonly tx: TransactionRunner,
  ) {}

  // ---------------------------------------------------------------------------------------------------
  // evaluations

  @Query(() => EvaluationConnection, {
    description:
      'Kết quả đánh giá, xếp loại trong phạm vi người xem (năm mới nhất trước, rồi theo tên; hoặc theo mức khớp khi tìm kiếm).',
  })
  @RequirePermission('RECORDS_READ')
  async evaluations(
    @Ctx() ctx: RequestContext,
    @Args() args: EvaluationsArgs,
  ): Promise<EvaluationConnection> {
    return mapConnection(
      await this.service.listEvaluations(ctx, {
        ...(args.filter ?? {}),
        first: args.first,
        after: args.after,
      }),
      toEvaluation,
    );
  }

  @Query(() => Evaluation)
  @RequirePermission('RECORDS_READ')
  async evaluation(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Evaluation> {
    return toEvaluation(await this.service.getEvaluation(ctx, id));
  }

  @Mutation(() => Evaluation, {
    description:
      'Ghi nhận kết quả đánh giá, xếp loại (mỗi cá nhân, tập thể một kết quả mỗi năm; quyền RECORDS_MANAGE tại đơn vị).',
  })
  @RequirePermission('RECORDS_MANAGE')
  async createEvaluation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateEvaluationInput,
  ): Promise<Evaluation> {
    return toEvaluation(
      await this.tx.run(ctx, (tx) =>
        this.service.createEvaluation(
          tx,
          { personId: input.personId, unitId: input.unitId },
          { year: input.year, grade: input.grade, source: input.source, note: input.note },
        ),
      ),
    );
  }

  @Mutation(() => Evaluation, { description: 'Sửa kết quả đánh giá (khóa lạc quan theo version).' })
  @RequirePermission('RECORDS_MANAGE')
  async updateEvaluation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateEvaluationInput,
  ): Promise<Evaluation> {
    return toEvaluation(
      await this.tx.run(ctx, async (tx) => {
        const row = await this.service.updateEvaluation(tx, input.id, input.version, input);
        nothingToRecord(tx);
        return row;
      }),
    );
  }

  @Mutation(() => ID, { description: 'Xóa kết quả đánh giá; trả về id đã xóa.' })
  @RequirePermission('RECORDS_MANAGE')
  async deleteEvaluation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordRefInput,
  ): Promise<string> {
    await this.tx.run(ctx, (tx) => this.service.deleteEvaluation(tx, input.id, input.version));
    return input.id;
  }

  // ---------------------------------------------------------------------------------------------------
  // award records

  @Query(() => AwardRecordConnection, {
    description:
      'Lịch sử khen thưởng trong phạm vi người xem (năm mới nhất trước). Với unitId và includeDescendants = false: khen thưởng của đơn vị và các đơn vị tiền thân.',
  })
  @RequirePermission('RECORDS_READ')
  async awardRecords(
    @Ctx() ctx: RequestContext,
    @Args() args: AwardRecordsArgs,
  ): Promise<AwardRecordConnection> {
    return mapConnection(
      await this.service.listAwardRecords(ctx, {
        ...(args.filter ?? {}),
        first: args.first,
        after: args.after,
      }),
      toAwardRecord,
    );
  }

  @Query(() => AwardRecord)
  @RequirePermission('RECORDS_READ')
  async awardRecord(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<AwardRecord> {
    return toAwardRecord(await this.service.getAwardRecord(ctx, id));
  }

  @Mutation(() => AwardRecord, {
    description:
      'Ghi nhận một danh hiệu, hình thức khen thưởng đã có (mã trong danh mục, hoặc chỉ tên với hình thức riêng, bản ghi cũ).',
  })
  @RequirePermission('RECORDS_MANAGE')
  async createAwardRecord(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateAwardRecordInput,
  ): Promise<AwardRecord> {
    const { personId, unitId, householdName, householdAddress, ...data } = input;
    return toAwardRecord(
      await this.tx.run(ctx, (tx) =>
        this.service.createAwardRecord(
          tx,
          { personId, unitId, householdName, householdAddress },
          data,
        ),
      ),
    );
  }

  @Mutation(() => AwardRecord, { description: 'Sửa thông tin khen thưởng đã có.' })
  @RequirePermission('RECORDS_MANAGE')
  async updateAwardRecord(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateAwardRecordInput,
  ): Promise<AwardRecord> {
    return toAwardRecord(
      await this.tx.run(ctx, async (tx) => {
        const row = await this.service.updateAwardRecord(tx, input.id, input.version, input);
        nothingToRecord(tx);
        return row;
      }),
    );
  }

  @Mutation(() => ID, { description: 'Xóa một bản ghi khen thưởng; trả về id đã xóa.' })
  @RequirePermission('RECORDS_MANAGE')
  async deleteAwardRecord(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordRefInput,
  ): Promise<string> {
    await this.tx.run(ctx, (tx) => this.service.deleteAwardRecord(tx, input.id, input.version));
    return input.id;
  }

  // ---------------------------------------------------------------------------------------------------
  // initiatives

  @Query(() => InitiativeConnection, {
    description: 'Sáng kiến, đề tài trong phạm vi người xem (mới công nhận trước).',
  })
  @RequirePermission('RECORDS_READ')
  async initiatives(
    @Ctx() ctx: RequestContext,
    @Args() args: InitiativesArgs,
  ): Promise<InitiativeConnection> {
    return mapConnection(
      await this.service.listInitiatives(ctx, {
        ...(args.filter ?? {}),
        first: args.first,
        after: args.after,
      }),
      toInitiative,
    );
  }

  @Query(() => Initiative)
  @RequirePermission('RECORDS_READ')
  async initiative(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Initiative> {
    return toInitiative(await this.service.getInitiative(ctx, id));
  }

  @Mutation(() => Initiative, { description: 'Ghi nhận một sáng kiến, đề tài được công nhận.' })
  @RequirePermission('RECORDS_MANAGE')
  async createInitiative(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateInitiativeInput,
  ): Promise<Initiative> {
    const { personId, unitId, usedFor, ...data } = input;
    return toInitiative(
      await this.tx.run(ctx, (tx) =>
        this.service.createInitiative(tx, { personId, unitId }, data, usedFor ?? null),
      ),
    );
  }

  @Mutation(() => Initiative, {
    description: 'Sửa sáng kiến, đề tài chưa được dùng để đề nghị khen thưởng.',
  })
  @RequirePermission('RECORDS_MANAGE')
  async updateInitiative(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateInitiativeInput,
  ): Promise<Initiative> {
    return toInitiative(
      await this.tx.run(ctx, async (tx) => {
        const row = await this.service.updateInitiative(tx, input.id, input.version, input);
        nothingToRecord(tx);
        return row;
      }),
    );
  }

  @Mutation(() => ID, { description: 'Xóa sáng kiến, đề tài chưa được dùng; trả về id đã xóa.' })
  @RequirePermission('RECORDS_MANAGE')
  async deleteInitiative(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordRefInput,
  ): Promise<string> {
    await this.tx.run(ctx, (tx) => this.service.deleteInitiative(tx, input.id, input.version));
    return input.id;
  }

  @Mutation(() => Initiative, {
    description:
      'Ghi nhận sáng kiến, đề tài đã dùng để đề nghị một danh hiệu, hình thức (mỗi sáng kiến chỉ dùng một lần: lần thứ hai bị từ chối).',
  })
  @RequirePermission('RECORDS_MANAGE')
  async lockInitiative(
    @Ctx() ctx: RequestContext,
    @Args('input') input: LockInitiativeInput,
  ): Promise<Initiative> {
    return toInitiative(
      await this.tx.run(ctx, async (tx) => {
        const row = await this.service.lockInitiativeByOfficer(tx, input.id, input.version, input);
        nothingToRecord(tx);
        return row;
      }),
    );
  }

  @Mutation(() => Initiative, {
    description: 'Bỏ ghi nhận đã dùng (ghi nhầm) của sáng kiến, đề tài.',
  })
  @RequirePermission('RECORDS_MANAGE')
  async releaseInitiative(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordRefInput,
  ): Promise<Initiative> {
    return toInitiative(
      await this.tx.run(ctx, (tx) =>
        this.service.releaseInitiativeByOfficer(tx, input.id, input.version),
      ),
    );
  }

  // ---------------------------------------------------------------------------------------------------
  // holds

  @Query(() => HoldConnection, {
    description: 'Danh sách tạm hoãn xét khen thưởng trong phạm vi người xem (mới nhất trước).',
  })
  @RequirePermission('RECORDS_READ')
  async holds(@Ctx() ctx: RequestContext, @Args() args: HoldsArgs): Promise<HoldConnection> {
    return mapConnection(
      await this.service.listHolds(ctx, {
        ...(args.filter ?? {}),
        first: args.first,
        after: args.after,
      }),
      toHold,
    );
  }

  @Query(() => Hold)
  @RequirePermission('RECORDS_READ')
  async hold(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Hold> {
    return toHold(await this.service.getHold(ctx, id));
  }

  @Mutation(() => Hold, { description: 'Ghi nhận một trường hợp tạm hoãn xét khen thưởng.' })
  @RequirePermission('RECORDS_MANAGE')
  async createHold(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateHoldInput,
  ): Promise<Hold> {
    const { personId, unitId, ...data } = input;
    return toHold(
      await this.tx.run(ctx, (tx) => this.service.createHold(tx, { personId, unitId }, data)),
    );
  }

  @Mutation(() => Hold, { description: 'Sửa một trường hợp tạm hoãn.' })
  @RequirePermission('RECORDS_MANAGE')
  async updateHold(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateHoldInput,
  ): Promise<Hold> {
    return toHold(
      await this.tx.run(ctx, async (tx) => {
        const row = await this.service.updateHold(tx, input.id, input.version, input);
        nothingToRecord(tx);
        return row;
      }),
    );
  }

  @Mutation(() => Hold, {
    description: 'Chấm dứt tạm hoãn từ một ngày (bản ghi được giữ lại cùng lý do).',
  })
  @RequirePermission('RECORDS_MANAGE')
  async liftHold(@Ctx() ctx: RequestContext, @Args('input') input: LiftHoldInput): Promise<Hold> {
    return toHold(
      await this.tx.run(ctx, (tx) =>
        this.service.liftHold(tx, input.id, input.version, input.liftedOn, input.reason),
      ),
    );
  }

  @Mutation(() => ID, { description: 'Xóa một trường hợp tạm hoãn (ghi nhầm); trả về id đã xóa.' })
  @RequirePermission('RECORDS_MANAGE')
  async deleteHold(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordRefInput,
  ): Promise<string> {
    await this.tx.run(ctx, (tx) => this.service.deleteHold(tx, input.id, input.version));
    return input.id;
  }
}

/** `unit` and `canEdit` of each record type, alike. */
function subjectFields<T extends { unitId: string; unitPath: string }>(type: Type<T>) {
  @Resolver(() => type)
  class SubjectFieldsResolver {
    constructor(
      readonly org: OrgService,
      readonly service: RecordsService,
    ) {}

    @ResolveField(() => Unit, {
      description:
        'Đơn vị của bản ghi (đơn vị ngoài phạm vi người xem chỉ hiện tên và mã: canOpen = false).',
    })
    async unit(r: T, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
      return toUnit(
        found(await gql.loaders.get(this.org.unitById).load(r.unitId), 'Đơn vị', r.unitId),
      );
    }

    @ResolveField(() => Boolean, {
      description:
        'Người dùng được sửa, xóa bản ghi này (quyền RECORDS_MANAGE tại đơn vị của bản ghi).',
    })
    async canEdit(r: T, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
      const actor = gql.req.thidua?.actor;
      return !!actor && this.service.canManageAt(actor, r.unitPath);
    }
  }
  return SubjectFieldsResolver;
}

export const EvaluationFieldsResolver = subjectFields(Evaluation);
export const AwardRecordFieldsResolver = subjectFields(AwardRecord);
export const InitiativeFieldsResolver = subjectFields(Initiative);
export const HoldFieldsResolver = subjectFields(Hold);
