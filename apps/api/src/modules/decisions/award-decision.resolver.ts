import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Public, RequirePermission } from '../../core/auth/decorators';
import type { StatefulRequest } from '../../core/auth/request-state';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { found } from '../../core/errors/app-error';
import { mapConnection } from '../../core/graphql/connection';
import type { GraphqlContext, NoArgs } from '../../core/graphql/graphql-context';
import { Job, toJob } from '../../core/jobs/job.model';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { AwardRound, toAwardRound } from '../awards/award.models';
import { AwardRoundService } from '../awards/award-round.service';
import { OrgService } from '../org/org.service';
import { Unit, toUnit } from '../org/unit.model';
import { AwardDecisionFiles } from './award-decision-files.service';
import {
  AwardDecisionRefInput,
  AwardDecisionsArgs,
  DraftAwardDecisionInput,
  PublicAwardLookupArgs,
  UpdateAwardDecisionInput,
} from './award-decision.inputs';
import {
  AwardDecision,
  AwardDecisionCandidate,
  AwardDecisionConnection,
  AwardDecisionRecipient,
  PublicAward,
  PublicAwardConnection,
  toAwardDecision,
  toAwardDecisionCandidate,
  toAwardDecisionRecipient,
} from './award-decision.models';
import { AwardDecisionPublicService } from './award-decision-public.service';
import { AwardDecisionService, DECISION_ISSUE, DECISION_MANAGE } from './award-decision.service';

/** The request's own origin ("https://thidua.backan.gov.vn"), when it looks like one. */
function originOf(req: StatefulRequest | undefined): string | null {
  if (!req) return null;
  const host = req.host;
  const scheme = req.protocol;
  if (!host || !/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(host) || !/^https?$/.test(scheme)) return null;
  return `${scheme}://${host}`;
}

/**
 * Quyết định khen thưởng (issue 12; ADR 0022): read with DECISION_READ at the issuing unit, drafted and
 * edited with DECISION_MANAGE there, signed with DECISION_ISSUE there; certificates printed as a job.
 */
@Resolver(() => AwardDecision)
export class AwardDecisionResolver {
  constructor(
    private readonly decisions: AwardDecisionService,
    private readonly files: AwardDecisionFiles,
    private readonly org: OrgService,
    private readonly rounds: AwardRoundService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => AwardDecisionConnection, {
    description:
      'Các quyết định khen thưởng của các đơn vị ban hành người dùng được xem, lọc theo đợt, đơn vị ban hành, trạng thái, năm, từ khóa; thứ tự theo `sort` (mặc định mới soạn trước).',
  })
  @RequirePermission('DECISION_READ')
  async awardDecisions(
    @Ctx() ctx: RequestContext,
    @Args() args: AwardDecisionsArgs,
  ): Promise<AwardDecisionConnection> {
    return mapConnection(
      await this.decisions.list(ctx, {
        ...(args.filter ?? {}),
        sort: args.sort,
        first: args.first,
        after: args.after,
      }),
      toAwardDecision,
    );
  }

  @Query(() => AwardDecision)
  @RequirePermission('DECISION_READ')
  async awardDecision(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<AwardDecision> {
    return toAwardDecision(await this.decisions.get(ctx, id));
  }

  @Query(() => [AwardDecisionCandidate], {
    description:
      'Các đề nghị đạt thẩm định của đợt mà quyết định của đơn vị ban hành có thể khen thưởng (hồ sơ do đơn vị đó hoặc cấp dưới tiếp nhận), kèm quyết định đã có.',
  })
  @RequirePermission('DECISION_READ')
  async awardDecisionCandidates(
    @Ctx() ctx: RequestContext,
    @Args('roundId', { type: () => ID }, UuidPipe) roundId: string,
    @Args('issuerUnitId', { type: () => ID }, UuidPipe) issuerUnitId: string,
  ): Promise<AwardDecisionCandidate[]> {
    return (await this.decisions.candidates(ctx, roundId, issuerUnitId)).map(
      toAwardDecisionCandidate,
    );
  }

  @Mutation(() => AwardDecision, {
    description:
      'Soạn dự thảo quyết định khen thưởng từ các đề nghị đạt thẩm định (một danh hiệu, hình thức mỗi quyết định); hệ số và tiền thưởng theo quy định và lương cơ sở hiện hành.',
  })
  @RequirePermission('DECISION_MANAGE')
  async draftAwardDecision(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DraftAwardDecisionInput,
  ): Promise<AwardDecision> {
    return toAwardDecision(await this.tx.run(ctx, (tx) => this.decisions.draft(tx, input)));
  }

  @Mutation(() => AwardDecision, { description: 'Sửa dự thảo quyết định khen thưởng.' })
  @RequirePermission('DECISION_MANAGE')
  async updateAwardDecision(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateAwardDecisionInput,
  ): Promise<AwardDecision> {
    return toAwardDecision(
      await this.tx.run(ctx, (tx) => this.decisions.update(tx, input.id, input.version, input)),
    );
  }

  @Mutation(() => ID, {
    description: 'Xóa dự thảo quyết định (các đề nghị được đưa vào quyết định khác); trả về id.',
  })
  @RequirePermission('DECISION_MANAGE')
  async deleteAwardDecision(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AwardDecisionRefInput,
  ): Promise<string> {
    await this.tx.run(ctx, (tx) => this.decisions.delete(tx, input.id, input.version));
    return input.id;
  }

  @Mutation(() => AwardDecision, {
    description:
      'Ký ban hành (DECISION_ISSUE tại đơn vị ban hành): cấp số, ký hiệu và ngày, tính lại tiền thưởng theo lương cơ sở ngày ban hành, cấp số sổ vàng và mã xác thực, lưu bản .docx, ghi khen thưởng vào hồ sơ thành tích của từng người, chuyển hồ sơ đã đủ sang "Đã có quyết định".',
  })
  @RequirePermission('DECISION_ISSUE')
  async issueAwardDecision(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AwardDecisionRefInput,
  ): Promise<AwardDecision> {
    return toAwardDecision(
      await this.tx.run(ctx, (tx) => this.decisions.issue(tx, input.id, input.version)),
    );
  }

  @Mutation(() => Job, {
    description:
      'In giấy khen, bằng khen của quyết định đã ban hành (một tệp .docx, kèm PDF khi máy chủ có LibreOffice), trong một tác vụ chạy nền có tiến độ (job(id)); mã QR mở trang xác minh công khai.',
  })
  @RequirePermission('DECISION_MANAGE')
  async printAwardCertificates(
    @Ctx() ctx: RequestContext,
    @Context() gql: GraphqlContext,
    @Args('decisionId', { type: () => ID }, UuidPipe) decisionId: string,
  ): Promise<Job> {
    return toJob(
      await this.tx.run(ctx, (tx) =>
        this.files.printCertificates(tx, decisionId, originOf(gql.req)),
      ),
    );
  }

  @ResolveField(() => Unit, { description: 'Đơn vị ban hành.' })
  async issuerUnit(d: AwardDecision, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(
        await gql.loaders.get(this.org.unitById).load(d.issuerUnitId),
        'Đơn vị',
        d.issuerUnitId,
      ),
    );
  }

  @ResolveField(() => AwardRound)
  async round(d: AwardDecision, _args: NoArgs, gql: GraphqlContext): Promise<AwardRound> {
    return toAwardRound(
      found(
        await gql.loaders.get(this.rounds.roundById).load(d.roundId),
        'Đợt xét khen thưởng',
        d.roundId,
      ),
    );
  }

  @ResolveField(() => [AwardDecisionRecipient], {
    complexity: 5,
    description: 'Danh sách kèm theo, theo thứ tự.',
  })
  async recipients(
    d: AwardDecision,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<AwardDecisionRecipient[]> {
    return (await gql.loaders.get(this.decisions.recipientsOf).load(d.id)).map(
      toAwardDecisionRecipient,
    );
  }

  @ResolveField(() => Int, {
    complexity: 5,
    description: 'Tổng tiền thưởng (đồng) của danh sách; 0 khi quyết định không kèm tiền thưởng.',
  })
  async totalAmount(d: AwardDecision, _args: NoArgs, gql: GraphqlContext): Promise<number> {
    if (d.rewardFunding === null) return 0;
    const list = await gql.loaders.get(this.decisions.recipientsOf).load(d.id);
    return list.reduce((sum, r) => sum + (r.amount ?? 0), 0);
  }

  @ResolveField(() => Boolean, {
    complexity: 2,
    description:
      'Người dùng được sửa, xóa dự thảo và in giấy khen (DECISION_MANAGE tại đơn vị ban hành).',
  })
  async canManage(d: AwardDecision, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    return this.can(d, gql, DECISION_MANAGE);
  }

  @ResolveField(() => Boolean, {
    complexity: 2,
    description: 'Người dùng được ký ban hành (DECISION_ISSUE tại đơn vị ban hành).',
  })
  async canIssue(d: AwardDecision, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    return this.can(d, gql, DECISION_ISSUE);
  }

  private async can(
    d: AwardDecision,
    gql: GraphqlContext,
    permission: typeof DECISION_MANAGE,
  ): Promise<boolean> {
    const actor = gql.req.thidua?.actor;
    const unit = await gql.loaders.get(this.org.unitById).load(d.issuerUnitId);
    return !!actor && !!unit && actor.canAt(permission, unit.path);
  }
}

/**
 * The public pages (no sign-in): verifying a certificate by the code under its QR code, and looking
 * up decided awards by name. Reads only, public fields only (ADR 0022).
 */
@Resolver(() => PublicAward)
export class AwardDecisionPublicResolver {
  constructor(private readonly publicAwards: AwardDecisionPublicService) {}

  @Query(() => PublicAward, {
    description:
      'Xác minh giấy khen, bằng khen theo mã in dưới mã QR (không cần đăng nhập): người được khen, hình thức, số và ngày quyết định, cơ quan ban hành, số sổ vàng; mã sai: không tìm thấy.',
  })
  @Public()
  async verifyAwardCertificate(
    @Args('code', { type: () => String }) code: string,
  ): Promise<PublicAward> {
    return this.publicAwards.verify(code.slice(0, 200));
  }

  @Query(() => PublicAwardConnection, {
    description:
      'Tra cứu khen thưởng đã có quyết định (không cần đăng nhập) theo họ tên, đơn vị, năm; chỉ các thông tin quyết định công bố.',
  })
  @Public()
  async publicAwardLookup(@Args() args: PublicAwardLookupArgs): Promise<PublicAwardConnection> {
    return this.publicAwards.lookup(args);
  }
}
