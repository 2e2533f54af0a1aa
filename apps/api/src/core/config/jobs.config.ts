import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { defineConfig, parseBool } from './define-config';

class JobsEnv {
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'JOBS_WORKER phải là true hoặc false' })
  JOBS_WORKER?: string;

  @IsOptional()
  @IsInt({ message: 'JOBS_POLL_MS phải là số nguyên từ 100 đến 60000' })
  @Min(100, { message: 'JOBS_POLL_MS phải là số nguyên từ 100 đến 60000' })
  @Max(60000, { message: 'JOBS_POLL_MS phải là số nguyên từ 100 đến 60000' })
  JOBS_POLL_MS?: number;
}

export const jobsConfig = defineConfig('jobs', JobsEnv, (env) => ({
  /** Whether this process runs queued jobs (an API-only instance sets false; the compose worker true). */
  worker: parseBool(env.JOBS_WORKER, true),
  /**
   * How often an idle worker looks for due jobs. A job created by this process starts at once (the
   * service wakes its own worker); polling only picks up other instances' jobs and retries.
   */
  pollMs: env.JOBS_POLL_MS ?? 2000,
}));

export type JobsConfig = ReturnType<typeof jobsConfig.load>;
