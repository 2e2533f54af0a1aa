import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { found } from '../../core/errors/app-error';
import {
  type GraphqlContext,
  type NoArgs,
  requestContextOf,
} from '../../core/graphql/graphql-context';
import { Job, toJob } from '../../core/jobs/job.model';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { OrgService } from '../org/org.service';
import {
  AwardCounters,
  AwardEligibilityCheck,
  AwardRoundCounters,
  toAwardCounts,
  toAwardEligibilityCheck,
  toAwardRoundCounters,
} from './award-batch.models';
import { AwardCountersArgs } from './award-batch.inputs';
import { AwardBatchService } from './award-batch.service';
import { AwardCountersService } from './award-counters.service';
import { DOSSIER_MANAGE, DOSSIER_RECEIVE } from './award-dossier.service';
import { AwardDossier, AwardRound, toAwardRound } from './award.models';
import { AwardRoundService } from './award-round.service';

/**
 * Batch eligibility checks and counters (issue 11; ADR 0019 §14): the two checks queue a job (its
 * progress is `job(id)`, its report `awardEligibilityCheck(jobId)`), the counters are one query.
 */
@Resolver(() => AwardEligibilityCheck)
export class AwardBatchResolver {
  constructor(
    private readonly batch: AwardBatchService,
    private readonly counters: AwardCountersService,
    private readonly tx: TransactionRunner,
  ) {}

  @Mutation(() => Job, {
    description:
      'Kiểm tra lại điều kiện, tiêu chuẩn cả danh sách của một hồ sơ (DOSSIER_MANAGE tại đơn vị đề nghị), trong một tác vụ chạy nền có tiến độ (job(id)); báo cáo ở awardEligibilityCheck(jobId). Hồ sơ đang lập hoặc bị trả lại: kết quả được ghi vào danh sách; hồ sơ đã gửi: chỉ báo cáo, kết quả lưu khi gửi giữ nguyên.',
  })
  @RequirePermission('DOSSIER_MANAGE')
  async checkAwardEligibility(
    @Ctx() ctx: RequestContext,
    @Args('dossierId', { type: () => ID }, UuidPipe) dossierId: string,
  ): Promise<Job> {
    return toJob(await this.tx.run(ctx, (tx) => this.batch.checkDossier(tx, dossierId)));
  }

  @Mutation(() => Job, {
    description:
      'Đơn vị tiếp nhận (DOSSIER_RECEIVE) kiểm tra lại điều kiện, tiêu chuẩn mọi hồ sơ đang xử lý của đợt, trong một tác vụ chạy nền có tiến độ; chỉ báo cáo (awardEligibilityCheck(jobId)), không ghi đè kết quả đơn vị đề nghị đã thấy khi gửi.',
  })
  @RequirePermission('DOSSIER_RECEIVE')
  async checkRoundEligibility(
    @Ctx() ctx: RequestContext,
    @Args('roundId', { type: () => ID }, UuidPipe) roundId: string,
  ): Promise<Job> {
    return toJob(await this.tx.run(ctx, (tx) => this.batch.checkRound(tx, roundId)));
  }

  @Query(() => AwardEligibilityCheck, {
    description:
      'Báo cáo của một lần kiểm tra cả danh sách (người khởi tạo tác vụ hoặc quản trị toàn hệ thống).',
  })
  @RequirePermission('DOSSIER_READ')
  async awardEligibilityCheck(
    @Ctx() ctx: RequestContext,
    @Args('jobId', { type: () => ID }, UuidPipe) jobId: string,
  ): Promise<AwardEligibilityCheck> {
    return toAwardEligibilityCheck(await this.batch.report(ctx, jobId));
  }

  @Query(() => AwardCounters, {
    description:
      'Số liệu khen thưởng theo đợt xét (một đợt, các đợt của một kế hoạch thi đua, hoặc mọi đợt có hồ sơ người dùng được xem) và tổng cộng: đề xuất, đủ/chưa đủ điều kiện, đạt/không đạt thẩm định, chuyển cấp trên, hồ sơ theo trạng thái, nộp muộn, quá hạn. Chỉ tính hồ sơ của đơn vị mình và hồ sơ gửi đến đơn vị mình.',
  })
  @RequirePermission('DOSSIER_READ')
  async awardCounters(
    @Ctx() ctx: RequestContext,
    @Args() args: AwardCountersArgs,
  ): Promise<AwardCounters> {
    const counters = await this.counters.counters(ctx, args);
    return {
      rounds: counters.rounds.map(toAwardRoundCounters),
      total: toAwardCounts(counters.total),
    };
  }
}

@Resolver(() => AwardRoundCounters)
export class AwardRoundCountersResolver {
  constructor(private readonly rounds: AwardRoundService) {}

  @ResolveField(() => AwardRound)
  async round(r: AwardRoundCounters, _args: NoArgs, gql: GraphqlContext): Promise<AwardRound> {
    return toAwardRound(
      found(
        await gql.loaders.get(this.rounds.roundById).load(r.roundId),
        'Đợt xét khen thưởng',
        r.roundId,
      ),
    );
  }
}

/** Whether the viewer may start the checks: the screens show the buttons the API accepts. */
@Resolver(() => AwardRound)
export class AwardRoundBatchFields {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => Boolean, {
    complexity: 2,
    description:
      'Người dùng được kiểm tra điều kiện mọi hồ sơ đã nhận của đợt (DOSSIER_RECEIVE tại đơn vị tiếp nhận).',
  })
  async canCheckEligibility(r: AwardRound, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    const ctx = requestContextOf(gql);
    const unit = await gql.loaders.get(this.org.unitById).load(r.receivingUnitId);
    return !!unit && ctx.actor.canAt(DOSSIER_RECEIVE, unit.path);
  }
}

@Resolver(() => AwardDossier)
export class AwardDossierBatchFields {
  @ResolveField(() => Boolean, {
    description:
      'Người dùng được kiểm tra lại điều kiện cả danh sách (DOSSIER_MANAGE tại đơn vị đề nghị; hồ sơ chưa rút, chưa có quyết định).',
  })
  canCheckEligibility(d: AwardDossier, _args: NoArgs, gql: GraphqlContext): boolean {
    const ctx = requestContextOf(gql);
    return (
      d.status !== 'WITHDRAWN' &&
      d.status !== 'DECIDED' &&
      ctx.actor.canAt(DOSSIER_MANAGE, d.unitPath)
    );
  }
}
