import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { found } from '../../core/errors/app-error';
import { mapConnection, PageArgs } from '../../core/graphql/connection';
import type { GraphqlContext, NoArgs } from '../../core/graphql/graphql-context';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { AwardRoundService } from '../awards/award-round.service';
import { AwardRound, toAwardRound } from '../awards/award.models';
import { OrgService } from '../org/org.service';
import {
  AddCouncilAgendaFromRoundInput,
  AddCouncilGuestInput,
  CouncilSessionRefInput,
  CouncilSessionsArgs,
  CreateCouncilSessionInput,
  MoveCouncilAgendaItemInput,
  RemoveCouncilAgendaItemInput,
  RemoveCouncilGuestInput,
  SetCouncilAttendanceInput,
  UpdateCouncilSessionInput,
} from './council.inputs';
import {
  Council,
  CouncilAgendaItem,
  CouncilGuest,
  CouncilQuorum,
  CouncilSession,
  CouncilSessionConnection,
  CouncilSessionMember,
  MemberCouncilSessionConnection,
  toCouncil,
  toCouncilAgendaItem,
  toCouncilGuest,
  toCouncilQuorum,
  toCouncilSession,
  toCouncilSessionMember,
  toMemberCouncilSession,
} from './council.models';
import { nothingToRecord } from './council.resolver';
import { COUNCIL_MANAGE, COUNCIL_WHAT, CouncilService } from './council.service';
import { CouncilSessionService } from './council-session.service';

@Resolver(() => CouncilSession)
export class CouncilSessionResolver {
  constructor(
    private readonly sessions: CouncilSessionService,
    private readonly councils: CouncilService,
    private readonly rounds: AwardRoundService,
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => CouncilSessionConnection, {
    description:
      'Các phiên họp của các Hội đồng trong phạm vi người xem (COUNCIL_READ), ngày họp mới nhất trước.',
  })
  @RequirePermission('COUNCIL_READ')
  async councilSessions(
    @Ctx() ctx: RequestContext,
    @Args() args: CouncilSessionsArgs,
  ): Promise<CouncilSessionConnection> {
    return mapConnection(
      await this.sessions.list(ctx, {
        councilId: args.councilId,
        status: args.status,
        first: args.first,
        after: args.after,
      }),
      toCouncilSession,
    );
  }

  @Query(() => MemberCouncilSessionConnection, {
    description:
      'Các phiên họp có người dùng trong danh sách thành viên (tài khoản gắn với thành viên Hội đồng), ngày họp mới nhất trước, với vai trò, điểm danh và các vòng bỏ phiếu từ xa đang mở: không cần quyền xem Hội đồng.',
  })
  @Authenticated()
  async myCouncilSessions(
    @Ctx() ctx: RequestContext,
    @Args() args: PageArgs,
  ): Promise<MemberCouncilSessionConnection> {
    return mapConnection(await this.sessions.listForMember(ctx, args), toMemberCouncilSession);
  }

  @Query(() => CouncilSession, {
    description:
      'Một phiên họp: danh sách thành viên và điểm danh, khách mời, chương trình xét, số lượng dự họp (NOT_FOUND ngoài phạm vi người xem).',
  })
  @RequirePermission('COUNCIL_READ')
  async councilSession(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<CouncilSession> {
    return toCouncilSession(await this.sessions.get(ctx, id));
  }

  @Mutation(() => CouncilSession, {
    description:
      'Lên lịch phiên họp; danh sách thành viên là thành viên Hội đồng vào ngày họp (cập nhật theo thành phần Hội đồng cho tới khi bắt đầu họp).',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async createCouncilSession(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateCouncilSessionInput,
  ): Promise<CouncilSession> {
    return toCouncilSession(
      await this.tx.run(ctx, (tx) => this.sessions.create(tx, input.councilId, input)),
    );
  }

  @Mutation(() => CouncilSession, { description: 'Sửa phiên họp chưa bắt đầu.' })
  @RequirePermission('COUNCIL_MANAGE')
  async updateCouncilSession(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateCouncilSessionInput,
  ): Promise<CouncilSession> {
    return toCouncilSession(
      await this.tx.run(ctx, async (tx) => {
        const s = await this.sessions.update(tx, input.id, input.version, input);
        nothingToRecord(tx);
        return s;
      }),
    );
  }

  @Mutation(() => ID, { description: 'Xóa phiên họp chưa bắt đầu; trả về id đã xóa.' })
  @RequirePermission('COUNCIL_MANAGE')
  async deleteCouncilSession(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CouncilSessionRefInput,
  ): Promise<string> {
    await this.tx.run(ctx, (tx) => this.sessions.delete(tx, input.id, input.version));
    return input.id;
  }

  @Mutation(() => CouncilSession, {
    description:
      'Điểm danh nhiều thành viên một lần: có mặt; vắng, có ý kiến bằng văn bản (ghi ý kiến); vắng; vắng, ủy quyền (khi Hội đồng cho phép, cho một thành viên có mặt).',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async setCouncilAttendance(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetCouncilAttendanceInput,
  ): Promise<CouncilSession> {
    return toCouncilSession(
      await this.tx.run(ctx, async (tx) => {
        const s = await this.sessions.setAttendance(
          tx,
          input.sessionId,
          input.version,
          input.attendances,
        );
        nothingToRecord(tx);
        return s;
      }),
    );
  }

  @Mutation(() => CouncilSession, { description: 'Mời khách dự phiên họp (không biểu quyết).' })
  @RequirePermission('COUNCIL_MANAGE')
  async addCouncilGuest(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddCouncilGuestInput,
  ): Promise<CouncilSession> {
    return toCouncilSession(
      await this.tx.run(ctx, (tx) =>
        this.sessions.addGuest(tx, input.sessionId, input.version, input),
      ),
    );
  }

  @Mutation(() => CouncilSession, { description: 'Bỏ một khách mời.' })
  @RequirePermission('COUNCIL_MANAGE')
  async removeCouncilGuest(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RemoveCouncilGuestInput,
  ): Promise<CouncilSession> {
    return toCouncilSession(
      await this.tx.run(ctx, (tx) =>
        this.sessions.removeGuest(tx, input.sessionId, input.version, input.guestId),
      ),
    );
  }

  @Mutation(() => CouncilSession, {
    description:
      'Đưa vào chương trình các đề nghị đã thẩm định "đạt" của đợt xét gắn với phiên họp, chưa có trong chương trình.',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async addCouncilAgendaFromRound(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddCouncilAgendaFromRoundInput,
  ): Promise<CouncilSession> {
    return toCouncilSession(
      await this.tx.run(ctx, (tx) =>
        this.sessions.addAgendaFromRound(tx, input.sessionId, input.version),
      ),
    );
  }

  @Mutation(() => CouncilSession, { description: 'Bỏ một nội dung khỏi chương trình xét.' })
  @RequirePermission('COUNCIL_MANAGE')
  async removeCouncilAgendaItem(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RemoveCouncilAgendaItemInput,
  ): Promise<CouncilSession> {
    return toCouncilSession(
      await this.tx.run(ctx, (tx) =>
        this.sessions.removeAgendaItem(tx, input.sessionId, input.version, input.itemId),
      ),
    );
  }

  @Mutation(() => CouncilSession, { description: 'Chuyển một nội dung xét tới thứ tự mới.' })
  @RequirePermission('COUNCIL_MANAGE')
  async moveCouncilAgendaItem(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MoveCouncilAgendaItemInput,
  ): Promise<CouncilSession> {
    return toCouncilSession(
      await this.tx.run(ctx, async (tx) => {
        const s = await this.sessions.moveAgendaItem(
          tx,
          input.sessionId,
          input.version,
          input.itemId,
          input.position,
        );
        nothingToRecord(tx);
        return s;
      }),
    );
  }

  @Mutation(() => CouncilSession, {
    description:
      'Bắt đầu phiên họp (đã chọn chủ trì, thư ký); từ chối khi chưa đủ số lượng thành viên dự họp, nêu rõ số liệu.',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async startCouncilSession(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CouncilSessionRefInput,
  ): Promise<CouncilSession> {
    return toCouncilSession(
      await this.tx.run(ctx, (tx) => this.sessions.start(tx, input.id, input.version)),
    );
  }

  // ---------------------------------------------------------------------------------------------------
  // fields

  @ResolveField(() => Council)
  async council(s: CouncilSession, _args: NoArgs, gql: GraphqlContext): Promise<Council> {
    return toCouncil(
      found(
        await gql.loaders.get(this.councils.councilById).load(s.councilId),
        COUNCIL_WHAT,
        s.councilId,
      ),
    );
  }

  @ResolveField(() => [CouncilSessionMember], {
    complexity: 2,
    description:
      'Tổng số thành viên Hội đồng vào ngày họp (mẫu số của mọi tỷ lệ), với điểm danh; theo thứ tự trong biên bản.',
  })
  async members(
    s: CouncilSession,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<CouncilSessionMember[]> {
    return (await gql.loaders.get(this.sessions.sessionMembersOf).load(s.id)).map(
      toCouncilSessionMember,
    );
  }

  @ResolveField(() => CouncilSessionMember, { nullable: true, complexity: 2 })
  async chair(
    s: CouncilSession,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<CouncilSessionMember | null> {
    if (!s.chairMemberId) return null;
    const m = (await gql.loaders.get(this.sessions.sessionMembersOf).load(s.id)).find(
      (x) => x.memberId === s.chairMemberId,
    );
    return m ? toCouncilSessionMember(m) : null;
  }

  @ResolveField(() => CouncilSessionMember, { nullable: true, complexity: 2 })
  async secretary(
    s: CouncilSession,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<CouncilSessionMember | null> {
    if (!s.secretaryMemberId) return null;
    const m = (await gql.loaders.get(this.sessions.sessionMembersOf).load(s.id)).find(
      (x) => x.memberId === s.secretaryMemberId,
    );
    return m ? toCouncilSessionMember(m) : null;
  }

  @ResolveField(() => [CouncilGuest], { complexity: 2 })
  async guests(s: CouncilSession, _args: NoArgs, gql: GraphqlContext): Promise<CouncilGuest[]> {
    return (await gql.loaders.get(this.sessions.guestsOf).load(s.id)).map(toCouncilGuest);
  }

  @ResolveField(() => [CouncilAgendaItem], {
    complexity: 2,
    description: 'Chương trình xét, theo thứ tự.',
  })
  async agenda(
    s: CouncilSession,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<CouncilAgendaItem[]> {
    return (await gql.loaders.get(this.sessions.agendaOf).load(s.id)).map(toCouncilAgendaItem);
  }

  @ResolveField(() => CouncilQuorum, {
    complexity: 3,
    description:
      'Số lượng dự họp: có mặt và ủy quyền được tính so với tỷ lệ tối thiểu (phiên xét khen thưởng: tỷ lệ riêng nếu Hội đồng có) của tổng số thành viên vào ngày họp.',
  })
  async quorum(s: CouncilSession, _args: NoArgs, gql: GraphqlContext): Promise<CouncilQuorum> {
    const [council, members] = await Promise.all([
      gql.loaders.get(this.councils.councilById).load(s.councilId),
      gql.loaders.get(this.sessions.sessionMembersOf).load(s.id),
    ]);
    const q = this.sessions.quorumOf(found(council, COUNCIL_WHAT, s.councilId), s, members);
    return toCouncilQuorum(q, q);
  }

  @ResolveField(() => AwardRound, {
    nullable: true,
    description: 'Đợt xét khen thưởng gắn với phiên họp.',
  })
  async awardRound(
    s: CouncilSession,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<AwardRound | null> {
    if (!s.awardRoundId) return null;
    const round = await gql.loaders.get(this.rounds.roundById).load(s.awardRoundId);
    return round ? toAwardRound(round) : null;
  }

  @ResolveField(() => Boolean, {
    complexity: 2,
    description: 'Người dùng được quản lý phiên họp (COUNCIL_MANAGE tại đơn vị có Hội đồng).',
  })
  async canManage(s: CouncilSession, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    const actor = gql.req.thidua?.actor;
    const council = await gql.loaders.get(this.councils.councilById).load(s.councilId);
    const unit = council ? await gql.loaders.get(this.org.unitById).load(council.unitId) : null;
    return !!actor && !!unit && actor.canAt(COUNCIL_MANAGE, unit.path);
  }
}
