import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  isDossierEditable,
  type DeadlineStatus,
  type DossierAction,
  type DossierClock,
  type IsoDate,
} from '@thidua/shared-domain';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { found } from '../../core/errors/app-error';
import { mapConnection } from '../../core/graphql/connection';
import {
  type GraphqlContext,
  type NoArgs,
  requestContextOf,
} from '../../core/graphql/graphql-context';
import { DateOnly } from '../../core/graphql/date.scalar';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { DeadlineStatusEnum } from '../calendar/calendar.models';
import { OrgService } from '../org/org.service';
import { Unit, toUnit } from '../org/unit.model';
import {
  AddNomineeInput,
  AppraiseAwardDossierInput,
  AwardDossierRefInput,
  AwardDossiersArgs,
  CreateAwardDossierInput,
  EscalateAwardDossierInput,
  RemoveDossierDocumentInput,
  RemoveNomineeInput,
  ReturnAwardDossierInput,
  UpdateAwardDossierInput,
  UpdateNomineeInput,
  WithdrawAwardDossierInput,
  WriteDossierDocumentInput,
} from './award.inputs';
import {
  AwardDossier,
  AwardDossierConnection,
  AwardDossierDocument,
  AwardDossierEvent,
  AwardNomination,
  AwardRound,
  DossierActionEnum,
  DossierClockEnum,
  DossierQuotaFinding,
  toAwardDossier,
  toAwardDossierDocument,
  toAwardDossierEvent,
  toAwardNomination,
  toAwardRound,
} from './award.models';
import { AwardDossierRoutingService, type ActionExtra } from './award-dossier-routing.service';
import {
  AwardDossierService,
  DOSSIER_MANAGE,
  type DossierClockState,
} from './award-dossier.service';
import { AwardDraftingService } from './award-drafting.service';
import { AwardRoundService } from './award-round.service';

@Resolver(() => AwardDossier)
export class AwardDossierResolver {
  constructor(
    private readonly dossiers: AwardDossierService,
    private readonly routing: AwardDossierRoutingService,
    private readonly rounds: AwardRoundService,
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
    private readonly drafting: AwardDraftingService,
  ) {}

  // ---------------------------------------------------------------------------------------------------
  // reading

  @Query(() => AwardDossierConnection, {
    description:
      'Hồ sơ đề nghị khen thưởng của các đơn vị trong phạm vi người xem (đơn vị đề nghị), mới nhất trước.',
  })
  @RequirePermission('DOSSIER_READ')
  async awardDossiers(
    @Ctx() ctx: RequestContext,
    @Args() args: AwardDossiersArgs,
  ): Promise<AwardDossierConnection> {
    return mapConnection(
      await this.dossiers.listOwn(ctx, {
        ...(args.filter ?? {}),
        first: args.first,
        after: args.after,
      }),
      toAwardDossier,
    );
  }

  @Query(() => AwardDossierConnection, {
    description:
      'Hồ sơ gửi tới các đơn vị tiếp nhận trong phạm vi người xem (đã gửi ít nhất một lần), mới nhất trước.',
  })
  @RequirePermission('DOSSIER_READ')
  async awardDossierInbox(
    @Ctx() ctx: RequestContext,
    @Args() args: AwardDossiersArgs,
  ): Promise<AwardDossierConnection> {
    return mapConnection(
      await this.dossiers.listInbox(ctx, {
        ...(args.filter ?? {}),
        first: args.first,
        after: args.after,
      }),
      toAwardDossier,
    );
  }

  @Query(() => AwardDossier, {
    description:
      'Một hồ sơ: người xem của đơn vị đề nghị, hoặc (khi hồ sơ đã gửi) của đơn vị tiếp nhận; ngoài ra: không tìm thấy.',
  })
  @RequirePermission('DOSSIER_READ')
  async awardDossier(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<AwardDossier> {
    return toAwardDossier(await this.dossiers.get(ctx, id));
  }

  // ---------------------------------------------------------------------------------------------------
  // the proposing unit (DOSSIER_MANAGE)

  @Mutation(() => AwardDossier, {
    description: 'Lập hồ sơ đề nghị khen thưởng của đơn vị trong một đợt xét.',
  })
  @RequirePermission('DOSSIER_MANAGE')
  async createAwardDossier(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateAwardDossierInput,
  ): Promise<AwardDossier> {
    return toAwardDossier(await this.tx.run(ctx, (tx) => this.dossiers.create(tx, input)));
  }

  @Mutation(() => AwardDossier, { description: 'Sửa ghi chú của hồ sơ đang lập hoặc bị trả lại.' })
  @RequirePermission('DOSSIER_MANAGE')
  async updateAwardDossier(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateAwardDossierInput,
  ): Promise<AwardDossier> {
    return toAwardDossier(
      await this.tx.run(ctx, async (tx) => {
        const d = await this.dossiers.update(tx, input.id, input.version, input.note);
        if (tx.auditCount === 0) tx.skipAudit();
        return d;
      }),
    );
  }

  @Mutation(() => ID, { description: 'Xóa hồ sơ chưa gửi lần nào; trả về id đã xóa.' })
  @RequirePermission('DOSSIER_MANAGE')
  async deleteAwardDossier(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AwardDossierRefInput,
  ): Promise<string> {
    await this.tx.run(ctx, (tx) => this.dossiers.delete(tx, input.id, input.version));
    return input.id;
  }

  @Mutation(() => AwardDossier, {
    description: 'Thêm một tập thể, cá nhân hoặc hộ gia đình vào hồ sơ.',
  })
  @RequirePermission('DOSSIER_MANAGE')
  async addAwardNominee(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddNomineeInput,
  ): Promise<AwardDossier> {
    return toAwardDossier(
      await this.tx.run(ctx, (tx) =>
        this.dossiers.addNominee(tx, input.dossierId, input.version, input),
      ),
    );
  }

  @Mutation(() => AwardDossier, {
    description: 'Sửa hình thức đề nghị, tóm tắt thành tích của một đề nghị.',
  })
  @RequirePermission('DOSSIER_MANAGE')
  async updateAwardNominee(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateNomineeInput,
  ): Promise<AwardDossier> {
    return toAwardDossier(
      await this.tx.run(ctx, (tx) =>
        this.dossiers.updateNominee(tx, input.dossierId, input.version, input.nominationId, input),
      ),
    );
  }

  @Mutation(() => AwardDossier, {
    description: 'Bỏ một đề nghị (cùng tài liệu của đề nghị) khỏi hồ sơ.',
  })
  @RequirePermission('DOSSIER_MANAGE')
  async removeAwardNominee(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RemoveNomineeInput,
  ): Promise<AwardDossier> {
    return toAwardDossier(
      await this.tx.run(ctx, (tx) =>
        this.dossiers.removeNominee(tx, input.dossierId, input.version, input.nominationId),
      ),
    );
  }

  @Mutation(() => AwardDossier, {
    description:
      'Ghi nội dung một tài liệu nhập trực tiếp (biên bản…); thay tài liệu cùng loại (và cùng đề nghị) đã có. Tệp tải lên qua REST POST /api/award-dossiers/{id}/documents.',
  })
  @RequirePermission('DOSSIER_MANAGE')
  async writeAwardDossierDocument(
    @Ctx() ctx: RequestContext,
    @Args('input') input: WriteDossierDocumentInput,
  ): Promise<AwardDossier> {
    return toAwardDossier(
      await this.tx.run(ctx, (tx) =>
        this.dossiers.writeDocument(tx, input.dossierId, input.version, input),
      ),
    );
  }

  @Mutation(() => AwardDossier, { description: 'Bỏ một tài liệu khỏi hồ sơ.' })
  @RequirePermission('DOSSIER_MANAGE')
  async removeAwardDossierDocument(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RemoveDossierDocumentInput,
  ): Promise<AwardDossier> {
    return toAwardDossier(
      await this.tx.run(ctx, (tx) =>
        this.dossiers.removeDocument(tx, input.dossierId, input.version, input.documentId),
      ),
    );
  }

  @Mutation(() => AwardDossier, {
    description:
      'Gửi hồ sơ tới đơn vị tiếp nhận: kiểm tra đủ thành phần và số lượng của kế hoạch; gửi sau hạn được nhận và ghi là gửi muộn; gửi lại ghi những gì thay đổi so với lần gửi trước.',
  })
  @RequirePermission('DOSSIER_MANAGE')
  submitAwardDossier(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AwardDossierRefInput,
  ): Promise<AwardDossier> {
    return this.act(ctx, input, 'SUBMIT');
  }

  @Mutation(() => AwardDossier, {
    description: 'Rút lại hồ sơ đã gửi (chưa được tiếp nhận) để sửa.',
  })
  @RequirePermission('DOSSIER_MANAGE')
  recallAwardDossier(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AwardDossierRefInput,
  ): Promise<AwardDossier> {
    return this.act(ctx, input, 'RECALL');
  }

  @Mutation(() => AwardDossier, { description: 'Rút hồ sơ: đơn vị không đề nghị nữa.' })
  @RequirePermission('DOSSIER_MANAGE')
  withdrawAwardDossier(
    @Ctx() ctx: RequestContext,
    @Args('input') input: WithdrawAwardDossierInput,
  ): Promise<AwardDossier> {
    return this.act(ctx, input, 'WITHDRAW', { reason: input.reason });
  }

  @Mutation(() => AwardDossier, {
    description:
      'Đề nghị cấp trên khen cao: đưa các đề nghị đã thẩm định của một hồ sơ vào hồ sơ của đơn vị tiếp nhận ở đợt xét cấp trên (tạo nếu chưa có).',
  })
  @RequirePermission('DOSSIER_MANAGE')
  async escalateAwardDossier(
    @Ctx() ctx: RequestContext,
    @Args('input') input: EscalateAwardDossierInput,
  ): Promise<AwardDossier> {
    return toAwardDossier(await this.tx.run(ctx, (tx) => this.routing.escalate(tx, input)));
  }

  // ---------------------------------------------------------------------------------------------------
  // the receiving unit (DOSSIER_RECEIVE)

  @Mutation(() => AwardDossier, { description: 'Tiếp nhận hồ sơ đã gửi (bắt đầu thẩm định).' })
  @RequirePermission('DOSSIER_RECEIVE')
  receiveAwardDossier(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AwardDossierRefInput,
  ): Promise<AwardDossier> {
    return this.act(ctx, input, 'RECEIVE');
  }

  @Mutation(() => AwardDossier, {
    description:
      'Trả lại hồ sơ: lý do chung và ý kiến theo từng đề nghị, từng tài liệu (lưu trong lịch sử).',
  })
  @RequirePermission('DOSSIER_RECEIVE')
  returnAwardDossier(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ReturnAwardDossierInput,
  ): Promise<AwardDossier> {
    return this.act(ctx, input, 'RETURN', { reason: input.reason, remarks: input.remarks ?? [] });
  }

  @Mutation(() => AwardDossier, {
    description: 'Hoàn thành thẩm định: đạt / không đạt (kèm lý do) cho từng đề nghị của hồ sơ.',
  })
  @RequirePermission('DOSSIER_RECEIVE')
  appraiseAwardDossier(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AppraiseAwardDossierInput,
  ): Promise<AwardDossier> {
    return this.act(ctx, input, 'APPRAISE', { appraisal: input.items });
  }

  @Mutation(() => AwardDossier, {
    description: 'Chuyển hồ sơ đã thẩm định (có đề nghị đạt) tới Hội đồng xét.',
  })
  @RequirePermission('DOSSIER_RECEIVE')
  forwardAwardDossierToCouncil(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AwardDossierRefInput,
  ): Promise<AwardDossier> {
    return this.act(ctx, input, 'FORWARD_TO_COUNCIL');
  }

  private async act(
    ctx: RequestContext,
    input: { id: string; version: number },
    action: DossierAction,
    extra: ActionExtra = {},
  ): Promise<AwardDossier> {
    return toAwardDossier(
      await this.tx.run(ctx, (tx) => this.routing.act(tx, input.id, input.version, action, extra)),
    );
  }

  // ---------------------------------------------------------------------------------------------------
  // fields (of a dossier the caller reads)

  @ResolveField(() => AwardRound)
  async round(d: AwardDossier, _args: NoArgs, gql: GraphqlContext): Promise<AwardRound> {
    return toAwardRound(
      found(
        await gql.loaders.get(this.rounds.roundById).load(d.roundId),
        'Đợt xét khen thưởng',
        d.roundId,
      ),
    );
  }

  @ResolveField(() => Unit, { description: 'Đơn vị đề nghị.' })
  async unit(d: AwardDossier, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(await gql.loaders.get(this.org.unitById).load(d.unitId), 'Đơn vị', d.unitId),
    );
  }

  @ResolveField(() => Unit, { description: 'Đơn vị tiếp nhận.' })
  async receivingUnit(d: AwardDossier, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(
        await gql.loaders.get(this.org.unitById).load(d.receivingUnitId),
        'Đơn vị',
        d.receivingUnitId,
      ),
    );
  }

  /**
   * `clock`, `dueOn` and `deadlineStatus` read one computation per dossier object: a page of 20 asked
   * for 60 deadlines on the calendar (bench/awards: +5–10 ms of the GraphQL inbox's 37 ms). Keyed by
   * the parent object, so it lives exactly as long as the request's result.
   */
  private readonly clocks = new WeakMap<AwardDossier, Promise<DossierClockState | null>>();

  private clockOf(d: AwardDossier): Promise<DossierClockState | null> {
    let clock = this.clocks.get(d);
    if (!clock) this.clocks.set(d, (clock = this.dossiers.clockOf(d)));
    return clock;
  }

  @ResolveField(() => DossierClockEnum, {
    nullable: true,
    description:
      'Thời hạn đang chạy: tiếp nhận hoặc trả lại trong 05 ngày làm việc từ lần gửi, thẩm định trong 20 ngày làm việc từ khi tiếp nhận; null: không có.',
  })
  async clock(d: AwardDossier): Promise<DossierClock | null> {
    return (await this.clockOf(d))?.clock ?? null;
  }

  @ResolveField(() => DateOnly, {
    nullable: true,
    description: 'Ngày cuối của thời hạn đang chạy (theo lịch ngày làm việc, bỏ ngày nghỉ, Tết).',
  })
  async dueOn(d: AwardDossier): Promise<IsoDate | null> {
    return (await this.clockOf(d))?.dueOn ?? null;
  }

  @ResolveField(() => DeadlineStatusEnum, {
    nullable: true,
    description: 'Quá hạn, sắp đến hạn (02 ngày làm việc) hay trong hạn, hôm nay.',
  })
  async deadlineStatus(d: AwardDossier): Promise<DeadlineStatus | null> {
    return (await this.clockOf(d))?.status ?? null;
  }

  @ResolveField(() => Int, {
    complexity: 1,
    description: 'Số người, tập thể, hộ gia đình được đề nghị trong hồ sơ.',
  })
  nomineeCount(d: AwardDossier, _args: NoArgs, gql: GraphqlContext): Promise<number> {
    return gql.loaders.get(this.dossiers.nomineeCountOf).load(d.id);
  }

  @ResolveField(() => [AwardNomination], { complexity: 2 })
  async nominees(d: AwardDossier, _args: NoArgs, gql: GraphqlContext): Promise<AwardNomination[]> {
    return (await gql.loaders.get(this.dossiers.nomineesOf).load(d.id)).map(toAwardNomination);
  }

  @ResolveField(() => [AwardDossierDocument], { complexity: 2 })
  async documents(
    d: AwardDossier,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<AwardDossierDocument[]> {
    return (await gql.loaders.get(this.dossiers.documentsOf).load(d.id)).map(
      toAwardDossierDocument,
    );
  }

  @ResolveField(() => [AwardDossierEvent], {
    complexity: 2,
    description: 'Lịch sử hồ sơ: mỗi lần lập, gửi, trả lại, tiếp nhận, thẩm định…, cũ trước.',
  })
  async events(d: AwardDossier, _args: NoArgs, gql: GraphqlContext): Promise<AwardDossierEvent[]> {
    return (await gql.loaders.get(this.dossiers.eventsOf).load(d.id)).map(toAwardDossierEvent);
  }

  @ResolveField(() => [String], {
    complexity: 3,
    description:
      'Thành phần bắt buộc còn thiếu hoặc chưa sẵn sàng (rỗng: đủ để gửi); tờ trình và báo cáo thành tích đã duyệt do hệ thống soạn được tính là có.',
  })
  async missingDocuments(d: AwardDossier, _args: NoArgs, gql: GraphqlContext): Promise<string[]> {
    const [round, nominees, documents, drafts] = await Promise.all([
      gql.loaders.get(this.rounds.roundById).load(d.roundId),
      gql.loaders.get(this.dossiers.nomineesOf).load(d.id),
      gql.loaders.get(this.dossiers.documentsOf).load(d.id),
      gql.loaders.get(this.drafting.draftsOf).load(d.id),
    ]);
    // the tờ trình and signed-off reports the send will render count (ADR 0020)
    return round ? this.drafting.missing(round.kind, nominees, documents, drafts) : [];
  }

  @ResolveField(() => [DossierQuotaFinding], {
    complexity: 3,
    description:
      'Đối chiếu số lượng khen thưởng của kế hoạch (mỗi đơn vị đề nghị); vượt thì không gửi được.',
  })
  async quotaFindings(
    d: AwardDossier,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<DossierQuotaFinding[]> {
    const [round, nominees] = await Promise.all([
      gql.loaders.get(this.rounds.roundById).load(d.roundId),
      gql.loaders.get(this.dossiers.nomineesOf).load(d.id),
    ]);
    return round ? this.routing.quotas(round, nominees) : [];
  }

  @ResolveField(() => [DossierActionEnum], {
    description: 'Các thao tác chuyển hồ sơ người dùng được làm lúc này.',
  })
  async availableActions(
    d: AwardDossier,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<DossierAction[]> {
    const ctx = requestContextOf(gql);
    return this.routing.actionsFor(ctx, d);
  }

  @ResolveField(() => Boolean, {
    description:
      'Người dùng được sửa hồ sơ (đề nghị, tài liệu): DOSSIER_MANAGE tại đơn vị đề nghị, hồ sơ đang lập hoặc bị trả lại.',
  })
  canEdit(d: AwardDossier, _args: NoArgs, gql: GraphqlContext): boolean {
    const ctx = requestContextOf(gql);
    return isDossierEditable(d.status) && ctx.actor.canAt(DOSSIER_MANAGE, d.unitPath);
  }
}
