import { Controller, Get, Param, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Args,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { BallotBundle } from '@thidua/shared-domain';
import {
  Authenticated,
  Ctx,
  Public,
  ReqState,
  RequirePermission,
} from '../../core/auth/decorators';
import type { RequestState } from '../../core/auth/request-state';
import { RestErrorFilter } from '../../core/auth/rest-errors.filter';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { CouncilAgendaItem, CouncilSession, toCouncilAgendaItem } from './council.models';
import {
  AttachPaperTallyScanInput,
  CastCouncilBallotInput,
  CouncilBallotPaper,
  CouncilPaperEntryInfo,
  CouncilRoundRefInput,
  CouncilRoundResult,
  CouncilVotingRound,
  DecideCouncilTieInput,
  EnterPaperTallyInput,
  IssueCouncilVotingTokenInput,
  OpenCouncilSecondRoundInput,
  OpenCouncilVotingRoundInput,
  RecordWrittenOpinionsInput,
  toCouncilVotingRound,
} from './council-voting.models';
import { CouncilVotingService } from './council-voting.service';
import { toCouncilSession } from './council.models';

@ObjectType({ description: 'Phiếu bầu đã nhận (không ghi người bỏ phiếu).' })
export class CouncilBallotReceipt {
  @Field(() => Int, { description: 'Số nội dung đã ghi nhận.' })
  choices!: number;
}

@ObjectType({
  description: 'Mã bỏ phiếu dùng một lần: chỉ hiện một lần để in; hệ thống chỉ lưu mã băm.',
})
export class CouncilVotingCodes {
  @Field(() => ID)
  roundId!: string;

  @Field(() => [String])
  codes!: string[];
}

@ObjectType({ description: 'Chữ ký mù của máy chủ (base64url), để thiết bị bỏ làm mù.' })
export class CouncilBlindSignature {
  @Field()
  blindSignature!: string;
}

/**
 * Voting rounds over GraphQL (issue 12, "Voting"; ADR 0023). The secretary's operations ask for
 * COUNCIL_MANAGE at the council's unit, reads COUNCIL_READ there; a member reads the round to get the
 * blind key and asks for a token signed in; the cast is public and anonymous whoever calls it.
 */
@Resolver(() => CouncilVotingRound)
export class CouncilVotingResolver {
  constructor(
    private readonly voting: CouncilVotingService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => CouncilVotingRound, {
    description:
      'Một vòng bỏ phiếu (người xem Hội đồng, hoặc thành viên của phiên họp); kết quả chỉ có sau khi kiểm phiếu.',
  })
  @Authenticated()
  async councilVotingRound(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<CouncilVotingRound> {
    return toCouncilVotingRound(await this.voting.getForMember(ctx, id));
  }

  @Query(() => CouncilBallotPaper, {
    description:
      'Phiếu bầu của vòng bỏ phiếu tại phòng họp cho người có mã còn hiệu lực (không cần đăng nhập); không ghi nhận gì.',
  })
  @Public()
  async councilBallotPaper(
    @Args('roundId', { type: () => ID }, UuidPipe) roundId: string,
    @Args('code') code: string,
  ): Promise<CouncilBallotPaper> {
    const { round, sessionTitle, candidates } = await this.voting.ballotPaper(roundId, code);
    const { threshold, members, number } = toCouncilVotingRound(round);
    return {
      roundId: round.id,
      sessionTitle,
      number,
      threshold,
      members,
      candidates: candidates.map((c) => ({
        agendaItemId: c.id,
        candidateName: c.candidateName,
        awardName: c.awardName,
      })),
    };
  }

  @Mutation(() => CouncilVotingRound, {
    description:
      'Mở vòng bỏ phiếu (phiên họp đang diễn ra, đủ số lượng dự họp); các nội dung cùng tỷ lệ yêu cầu.',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async openCouncilVotingRound(
    @Ctx() ctx: RequestContext,
    @Args('input') input: OpenCouncilVotingRoundInput,
  ): Promise<CouncilVotingRound> {
    return toCouncilVotingRound(await this.tx.run(ctx, (tx) => this.voting.open(tx, input)));
  }

  @Mutation(() => CouncilVotingRound, {
    description:
      'Mở vòng bỏ phiếu tiếp theo cho các nội dung bằng phiếu ở suất cuối (và nội dung thư ký đề nghị); tối đa 2 vòng.',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async openCouncilSecondRound(
    @Ctx() ctx: RequestContext,
    @Args('input') input: OpenCouncilSecondRoundInput,
  ): Promise<CouncilVotingRound> {
    return toCouncilVotingRound(
      await this.tx.run(ctx, (tx) => this.voting.openSecondRound(tx, input)),
    );
  }

  @Mutation(() => CouncilVotingCodes, {
    description:
      'In mã bỏ phiếu dùng một lần cho số thành viên dự họp (chỉ một lần; mã không được lưu, chỉ lưu mã băm).',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async generateCouncilVotingCodes(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CouncilRoundRefInput,
  ): Promise<CouncilVotingCodes> {
    const codes = await this.tx.run(ctx, (tx) => this.voting.generateCodes(tx, input.roundId));
    return { roundId: input.roundId, codes };
  }

  @Mutation(() => CouncilBlindSignature, {
    description:
      'Thành viên có mặt (hoặc nhận ủy quyền) nhận chữ ký mù cho phiếu bầu từ xa, một lần mỗi vòng.',
  })
  @Authenticated()
  async issueCouncilVotingToken(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IssueCouncilVotingTokenInput,
  ): Promise<CouncilBlindSignature> {
    return {
      blindSignature: await this.voting.issueToken(ctx, input.roundId, input.blindedMessage),
    };
  }

  @Mutation(() => CouncilBallotReceipt, {
    description:
      'Bỏ phiếu kín bằng mã (tại phòng họp) hoặc phiếu bầu ký mù (từ xa); ẩn danh, không cần đăng nhập; mỗi mã, mỗi phiếu bầu một lần.',
  })
  @Public()
  async castCouncilBallot(
    @ReqState() state: RequestState,
    @Args('input') input: CastCouncilBallotInput,
  ): Promise<CouncilBallotReceipt> {
    return {
      choices: await this.voting.cast(state, input.roundId, input.credential, input.choices),
    };
  }

  @Mutation(() => CouncilVotingRound, {
    description:
      'Đóng vòng bỏ phiếu: xâu chuỗi các phiếu, ký xác nhận; trả về mã băm ghi vào biên bản.',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async closeCouncilVotingRound(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CouncilRoundRefInput,
  ): Promise<CouncilVotingRound> {
    return toCouncilVotingRound(
      await this.tx.run(ctx, (tx) => this.voting.close(tx, input.roundId)),
    );
  }

  @Mutation(() => CouncilVotingRound, {
    description: 'Kiểm phiếu trên tổng số thành viên Hội đồng, kể cả ý kiến bằng văn bản.',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async tallyCouncilVotingRound(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CouncilRoundRefInput,
  ): Promise<CouncilVotingRound> {
    return toCouncilVotingRound(
      await this.tx.run(ctx, (tx) => this.voting.tally(tx, input.roundId)),
    );
  }

  @Mutation(() => CouncilVotingRound, {
    description: 'Nhập kết quả kiểm phiếu giấy (lần 1 hoặc 2, hai người khác nhau).',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async enterPaperTally(
    @Ctx() ctx: RequestContext,
    @Args('input') input: EnterPaperTallyInput,
  ): Promise<CouncilVotingRound> {
    return toCouncilVotingRound(
      await this.tx.run(ctx, (tx) =>
        this.voting.enterPaperTally(tx, input.roundId, input.entry, {
          issued: input.issued,
          returned: input.returned,
          valid: input.valid,
          invalid: input.invalid,
          candidates: input.candidates.map((c) => ({
            id: c.agendaItemId,
            agree: c.agree,
            disagree: c.disagree,
          })),
        }),
      ),
    );
  }

  @Mutation(() => CouncilVotingRound, {
    description:
      'Đối chiếu hai lần nhập kết quả kiểm phiếu giấy và kiểm tra số liệu; khớp thì ghi nhận.',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async confirmPaperTally(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CouncilRoundRefInput,
  ): Promise<CouncilVotingRound> {
    return toCouncilVotingRound(
      await this.tx.run(ctx, (tx) => this.voting.confirmPaperTally(tx, input.roundId)),
    );
  }

  @Mutation(() => CouncilVotingRound, {
    description: 'Đính kèm biên bản kiểm phiếu đã quét (tệp đã tải lên).',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async attachPaperTallyScan(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AttachPaperTallyScanInput,
  ): Promise<CouncilVotingRound> {
    return toCouncilVotingRound(
      await this.tx.run(ctx, (tx) =>
        this.voting.attachPaperScan(tx, input.roundId, input.fileSha256),
      ),
    );
  }

  @Mutation(() => CouncilVotingRound, {
    description: 'Chủ tịch Hội đồng quyết định các nội dung bằng phiếu ở suất cuối cùng.',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async decideCouncilTie(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DecideCouncilTieInput,
  ): Promise<CouncilVotingRound> {
    return toCouncilVotingRound(
      await this.tx.run(ctx, (tx) => this.voting.decideTie(tx, input.roundId, input.agendaItemIds)),
    );
  }

  @Mutation(() => CouncilSession, {
    description:
      'Ghi ý kiến bằng văn bản của thành viên vắng mặt theo từng nội dung (tính vào kết quả).',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async recordWrittenOpinions(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordWrittenOpinionsInput,
  ): Promise<CouncilSession> {
    return toCouncilSession(
      await this.tx.run(ctx, (tx) =>
        this.voting.recordWrittenOpinions(tx, input.sessionId, input.memberId, input.opinions),
      ),
    );
  }

  @ResolveField(() => [CouncilAgendaItem], { complexity: 5, description: 'Các nội dung của vòng.' })
  async candidates(r: CouncilVotingRound): Promise<CouncilAgendaItem[]> {
    return (await this.voting.candidatesOf(r.id)).map(toCouncilAgendaItem);
  }

  @ResolveField(() => Int, {
    nullable: true,
    complexity: 2,
    description: 'Số phiếu đã bỏ (mã đã dùng, phiếu bầu từ xa đã dùng); phiếu giấy: null.',
  })
  async castCount(r: CouncilVotingRound): Promise<number | null> {
    return this.voting.castCount({ id: r.id, mode: r.mode } as Parameters<
      CouncilVotingService['castCount']
    >[0]);
  }

  @ResolveField(() => [CouncilPaperEntryInfo], {
    complexity: 2,
    description:
      'Phiếu giấy: các lần nhập kết quả kiểm phiếu đã lưu (lần 1, 2 và người nhập); vòng khác: rỗng.',
  })
  async paperEntries(r: CouncilVotingRound): Promise<CouncilPaperEntryInfo[]> {
    return r.mode === 'PAPER' ? this.voting.paperEntriesOf(r.id) : [];
  }

  @ResolveField(() => [CouncilRoundResult], {
    nullable: true,
    description: 'Kết quả từng nội dung; null cho tới khi kiểm phiếu.',
  })
  results(r: CouncilVotingRound): CouncilRoundResult[] | null {
    return r.status === 'TALLIED' ? (r.results ?? null) : null;
  }
}

/** A session's rounds, beside the session's own fields (CouncilSessionResolver). */
@Resolver(() => CouncilSession)
export class CouncilSessionVotingResolver {
  constructor(private readonly voting: CouncilVotingService) {}

  @ResolveField(() => [CouncilVotingRound], {
    complexity: 5,
    description: 'Các vòng bỏ phiếu của phiên họp.',
  })
  async votingRounds(s: CouncilSession): Promise<CouncilVotingRound[]> {
    return (await this.voting.listForSession(s.id)).map(toCouncilVotingRound);
  }
}

/** The exported bundle: anyone reading the council checks it with tools/verify-ballots.mjs. */
@ApiTags('councils')
@Controller('api')
@UseFilters(RestErrorFilter)
export class CouncilVotingController {
  constructor(private readonly voting: CouncilVotingService) {}

  @Get('council-rounds/:id/bundle.json')
  @RequirePermission('COUNCIL_READ')
  @ApiOperation({
    summary:
      'Gói phiếu bầu của một vòng đã đóng (chuỗi sự kiện, chữ ký, khóa công khai) để kiểm tra bằng tools/verify-ballots.mjs.',
  })
  async bundle(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
  ): Promise<BallotBundle> {
    return this.voting.bundle(ctx, id);
  }
}
