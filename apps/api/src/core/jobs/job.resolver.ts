import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Ctx } from '../auth/decorators';
import type { RequestContext } from '../context/request-context';
import { UuidPipe } from '../validation/uuid.pipe';
import { Job, toJob } from './job.model';
import { JobService } from './job.service';

@Resolver(() => Job)
export class JobResolver {
  constructor(private readonly jobs: JobService) {}

  @Query(() => Job, { description: 'Một tác vụ chạy nền: người khởi tạo hoặc quản trị toàn hệ thống mới xem được.' })
  @Authenticated() // the service shows a job to whoever started it, or a global administrator
  async job(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<Job> {
    return toJob(await this.jobs.getVisible(ctx, id));
  }
}
