import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { mapConnection } from '../../core/graphql/connection';
import { Job, toJob } from '../../core/jobs/job.model';
import { JobService } from '../../core/jobs/job.service';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { RequireImportPermission } from './excel-access';
import {
  ImportBatch,
  ImportRowConnection,
  ImportRowsArgs,
  toImportBatch,
  toImportRow,
} from './import.model';
import { ImportsService } from './imports.service';

@Resolver(() => ImportBatch)
export class ImportsResolver {
  constructor(
    private readonly imports: ImportsService,
    private readonly jobs: JobService,
  ) {}

  @Query(() => ImportBatch, {
    description: 'Một lần nhập dữ liệu từ Excel (người tải lên hoặc quản trị toàn hệ thống).',
  })
  @RequireImportPermission()
  async importBatch(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<ImportBatch> {
    const batch = await this.imports.getVisible(ctx, id);
    return toImportBatch(batch, this.imports.handlerOf(batch).columns);
  }

  @Mutation(() => ImportBatch, {
    description:
      'Ghi mọi dòng của lần nhập (tất cả hoặc không gì cả) bằng một tác vụ chạy nền; trả về ngay với trạng thái COMMITTING và tác vụ để theo dõi tiến độ.',
  })
  @RequireImportPermission()
  async commitImport(
    @Ctx() ctx: RequestContext,
    @Args('batchId', { type: () => ID }, UuidPipe) batchId: string,
  ): Promise<ImportBatch> {
    const { batch, job } = await this.imports.commit(ctx, batchId);
    return toImportBatch(batch, this.imports.handlerOf(batch).columns, job);
  }

  @Mutation(() => ID, {
    description: 'Huỷ một lần nhập chưa ghi (đang xem trước hoặc ghi thất bại).',
  })
  @RequireImportPermission()
  async discardImport(
    @Ctx() ctx: RequestContext,
    @Args('batchId', { type: () => ID }, UuidPipe) batchId: string,
  ): Promise<string> {
    return this.imports.discard(ctx, batchId);
  }

  @ResolveField(() => ImportRowConnection, { description: 'Các dòng theo thứ tự trong tệp.' })
  async rows(
    @Parent() batch: ImportBatch,
    @Args() args: ImportRowsArgs,
  ): Promise<ImportRowConnection> {
    return mapConnection(await this.imports.rows(batch.id, args), toImportRow);
  }

  @ResolveField(() => Job, {
    nullable: true,
    description: 'Tác vụ ghi dữ liệu (sau commitImport).',
  })
  async job(batch: ImportBatch): Promise<Job | null> {
    if (batch.jobEntity) return toJob(batch.jobEntity);
    if (!batch.jobId) return null;
    const job = await this.jobs.findById(batch.jobId);
    return job ? toJob(job) : null;
  }
}
