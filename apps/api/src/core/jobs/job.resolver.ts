import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Ctx } from '../auth/decorators';
import type { RequestContext } from '../context/request-context';
import { TransactionRunner } from '../database/transaction';
import { UuidPipe } from '../validation/uuid.pipe';
import { Job, toJob } from './job.model';
import { JobService } from './job.service';

@Resolver(() => Job)
export class JobResolver {
  constructor(
    private readonly jobs: JobService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => Job, {
    description: 'Một tác vụ chạy nền: người khởi tạo hoặc quản trị toàn hệ thống mới xem được.',
  })
  @Authenticated() // the service shows a job to whoever started it, or a global administrator
  async job(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Job> {
    return toJob(await this.jobs.getVisible(ctx, id));
  }

  @Query(() => [Job], {
    description:
      'Các tác vụ chạy nền gần đây do chính người gọi khởi tạo, mới nhất trước (tối đa 20).',
  })
  @Authenticated() // only the caller's own jobs: nothing to scope beyond that
  async myJobs(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 5 }) first: number,
  ): Promise<Job[]> {
    return (await this.jobs.recentOf(ctx.actor, first)).map(toJob);
  }

  @Mutation(() => Job, {
    description:
      'Hủy một tác vụ (người khởi tạo hoặc quản trị toàn hệ thống): tác vụ đang chờ kết thúc ngay; tác vụ đang ' +
      'chạy dừng ở bước tiếp theo và không ghi gì (cancelRequested = true cho đến lúc đó).',
  })
  @Authenticated() // the service lets whoever started it, or a global administrator, cancel it
  async cancelJob(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Job> {
    const job = await this.tx.run(ctx, (tx) => this.jobs.cancel(tx, id));
    return toJob(job);
  }
}
