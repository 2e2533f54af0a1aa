import { Module } from '@nestjs/common';
import { JobResolver } from './job.resolver';
import { JobService } from './job.service';

/** Background jobs with progress (core: any module's long-running work uses it). */
@Module({
  providers: [JobService, JobResolver],
  exports: [JobService],
})
export class JobsModule {}
