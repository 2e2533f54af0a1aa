import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Ctx, Public, ReqState, RequirePermission } from '../../core/auth/decorators';
import type { RequestState } from '../../core/auth/request-state';
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
import { AwardDossierService } from './award-dossier.service';
import {
  CloseAwardNoticeInput,
  ExtendAwardNoticeInput,
  HandleNoticeCommentInput,
  NoticeCommentsArgs,
  PublicAwardNoticesArgs,
  PublishAwardNoticeInput,
  SubmitNoticeCommentInput,
} from './award-notice.inputs';
import {
  AwardNotice,
  NoticeComment,
  NoticeCommentConnection,
  NoticeCommentCount,
  NoticeCommentReceipt,
  NoticeRequirementModel,
  PublicAwardNotice,
  PublicAwardNoticeConnection,
  noticeCommentCounts,
  toAwardNotice,
  toNoticeComment,
  toPublicAwardNotice,
} from './award-notice.models';
import { AwardNoticeService } from './award-notice.service';
import { AwardDossier } from './award.models';
import { AwardRoundService } from './award-round.service';

/**
 * Công khai danh sách đề nghị khen thưởng (ADR 0021): the officers' operations, reached through the
 * dossier (its readers read the notice, its proposing unit's DOSSIER_MANAGE changes it), and the
 * public page's three operations (`@Public()`: no sign-in), which show only what the list published.
 */
@Resolver(() => AwardNotice)
export class AwardNoticeResolver {
  constructor(
    private readonly notices: AwardNoticeService,
    private readonly dossiers: AwardDossierService,
    private readonly tx: TransactionRunner,
  ) {}

  // ---------------------------------------------------------------------------------------------------
  // officers

  @Query(() => AwardNotice, {
    nullable: true,
    description:
      'Danh sách công khai gần nhất của một hồ sơ (người xem hồ sơ); null: hồ sơ chưa công khai danh sách.',
  })
  @RequirePermission('DOSSIER_READ')
  async awardNotice(
    @Ctx() ctx: RequestContext,
    @Args('dossierId', { type: () => ID }, UuidPipe) dossierId: string,
  ): Promise<AwardNotice | null> {
    const n = await this.notices.forDossier(ctx, dossierId);
    return n ? toAwardNotice(n) : null;
  }

  @Mutation(() => AwardNotice, {
    description:
      'Công khai danh sách đề nghị của hồ sơ trên trang công khai (không cần đăng nhập) trong số ngày làm việc quy định; danh sách được chốt lúc công khai.',
  })
  @RequirePermission('DOSSIER_MANAGE')
  async publishAwardNotice(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PublishAwardNoticeInput,
  ): Promise<AwardNotice> {
    return toAwardNotice(await this.tx.run(ctx, (tx) => this.notices.publish(tx, input)));
  }

  @Mutation(() => AwardNotice, { description: 'Gia hạn danh sách đang công khai.' })
  @RequirePermission('DOSSIER_MANAGE')
  async extendAwardNotice(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ExtendAwardNoticeInput,
  ): Promise<AwardNotice> {
    return toAwardNotice(
      await this.tx.run(ctx, (tx) =>
        this.notices.extend(tx, input.id, input.version, input.endsOn),
      ),
    );
  }

  @Mutation(() => AwardNotice, {
    description:
      'Kết thúc công khai: danh sách không bắt buộc lúc nào cũng được; danh sách quy định yêu cầu chỉ sau thời hạn.',
  })
  @RequirePermission('DOSSIER_MANAGE')
  async closeAwardNotice(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CloseAwardNoticeInput,
  ): Promise<AwardNotice> {
    return toAwardNotice(
      await this.tx.run(ctx, (tx) => this.notices.close(tx, input.id, input.version)),
    );
  }

  @Mutation(() => NoticeComment, {
    description: 'Ghi kết quả xử lý một ý kiến (khi hồ sơ còn ở đơn vị đề nghị).',
  })
  @RequirePermission('DOSSIER_MANAGE')
  async handleNoticeComment(
    @Ctx() ctx: RequestContext,
    @Args('input') input: HandleNoticeCommentInput,
  ): Promise<NoticeComment> {
    return toNoticeComment(
      await this.tx.run(ctx, (tx) => this.notices.handle(tx, input.id, input.version, input)),
      true,
    );
  }

  // ---------------------------------------------------------------------------------------------------
  // public: no sign-in, only what the list published

  @Query(() => PublicAwardNoticeConnection, {
    description:
      'Các danh sách đề nghị khen thưởng đang công khai (không cần đăng nhập), mới nhất trước.',
  })
  @Public()
  async publicAwardNotices(
    @Args() args: PublicAwardNoticesArgs,
  ): Promise<PublicAwardNoticeConnection> {
    return mapConnection(await this.notices.listPublic(args), (n) => toPublicAwardNotice(n));
  }

  @Query(() => PublicAwardNotice, {
    description:
      'Một danh sách đang công khai (không cần đăng nhập); ngoài thời hạn: không tìm thấy.',
  })
  @Public()
  async publicAwardNotice(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<PublicAwardNotice> {
    return toPublicAwardNotice(await this.notices.getPublic(id));
  }

  @Mutation(() => NoticeCommentReceipt, {
    description:
      'Gửi góp ý, khiếu nại, tố cáo về một danh sách đang công khai (không cần đăng nhập); giới hạn độ dài và số lần gửi.',
  })
  @Public()
  async submitNoticeComment(
    @ReqState() state: RequestState,
    @Args('input') input: SubmitNoticeCommentInput,
  ): Promise<NoticeCommentReceipt> {
    const c = await this.notices.submitComment(state, input);
    return { kind: c.kind, nomineeLabel: c.nomineeLabel, receivedAt: c.receivedAt };
  }

  // ---------------------------------------------------------------------------------------------------
  // fields of a notice (reached through its dossier: the caller reads it)

  @ResolveField(() => NoticeCommentConnection, {
    complexity: 5,
    description: 'Các ý kiến đã nhận, cũ trước.',
  })
  async comments(
    @Parent() n: AwardNotice,
    @Ctx() ctx: RequestContext,
    @Context() gql: GraphqlContext,
    @Args() args: NoticeCommentsArgs,
  ): Promise<NoticeCommentConnection> {
    const showAuthor = await this.manages(n, ctx, gql);
    return mapConnection(await this.notices.listComments(n.id, args), (c) =>
      toNoticeComment(c, showAuthor),
    );
  }

  @ResolveField(() => [NoticeCommentCount], { complexity: 2 })
  async counts(n: AwardNotice, _args: NoArgs, gql: GraphqlContext): Promise<NoticeCommentCount[]> {
    return noticeCommentCounts((await gql.loaders.get(this.notices.tallyOf).load(n.id)).counts);
  }

  @ResolveField(() => Int, { complexity: 2, description: 'Số ý kiến chưa xử lý.' })
  async unhandledCount(n: AwardNotice, _args: NoArgs, gql: GraphqlContext): Promise<number> {
    return (await gql.loaders.get(this.notices.tallyOf).load(n.id)).unhandled;
  }

  @ResolveField(() => Boolean, {
    description:
      'Người dùng được gia hạn, kết thúc, xử lý ý kiến (DOSSIER_MANAGE tại đơn vị đề nghị).',
  })
  canManage(n: AwardNotice, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    const ctx = requestContextOf(gql);
    return this.manages(n, ctx, gql);
  }

  private async manages(
    n: AwardNotice,
    ctx: RequestContext,
    gql: GraphqlContext,
  ): Promise<boolean> {
    const d = found(
      await gql.loaders.get(this.dossiers.dossierById).load(n.dossierId),
      'Hồ sơ đề nghị khen thưởng',
      n.dossierId,
    );
    return this.notices.canManage(ctx, d);
  }
}

/** The dossier's `notice` and `noticeRequirement` fields (the dossier page's notice panel). */
@Resolver(() => AwardDossier)
export class AwardDossierNoticeResolver {
  constructor(
    private readonly notices: AwardNoticeService,
    private readonly dossiers: AwardDossierService,
    private readonly rounds: AwardRoundService,
  ) {}

  @ResolveField(() => AwardNotice, {
    nullable: true,
    complexity: 2,
    description: 'Danh sách công khai gần nhất của hồ sơ; null: chưa công khai.',
  })
  async notice(d: AwardDossier, _args: NoArgs, gql: GraphqlContext): Promise<AwardNotice | null> {
    const n = await gql.loaders.get(this.notices.latestOf).load(d.id);
    return n ? toAwardNotice(n) : null;
  }

  @ResolveField(() => NoticeRequirementModel, {
    complexity: 5,
    description:
      'Quy định của các đề nghị hiện có yêu cầu công khai danh sách không, bao nhiêu ngày làm việc, căn cứ.',
  })
  async noticeRequirement(
    d: AwardDossier,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<NoticeRequirementModel> {
    const [round, nominees] = await Promise.all([
      gql.loaders.get(this.rounds.roundById).load(d.roundId),
      gql.loaders.get(this.dossiers.nomineesOf).load(d.id),
    ]);
    const { requirement } = await this.notices.requirement(
      d,
      found(round, 'Đợt xét khen thưởng', d.roundId),
      nominees,
    );
    return requirement;
  }
}
