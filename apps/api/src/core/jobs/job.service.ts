import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import type { RequestContext } from '../context/request-context';
import type { Tx } from '../database/transaction';
import { AppError } from '../errors/app-error';
import { JobEntity } from './job.entity';

/** What running work tells the job about its progress. */
export interface JobProgress {
  /** Changes the number of steps (e.g. once the rows to apply are known). */
  setTotal(total: number): Promise<void>;
  /** `done` steps out of the total are finished. */
  report(done: number): Promise<void>;
}

/** The work of a job; resolves to a Vietnamese summary for the user, or throws (AppError: its message is shown). */
export type JobWork = (progress: JobProgress) => Promise<string | null>;

/** Progress is written at most this often (a second connection, so pollers see it during the work). */
const PROGRESS_INTERVAL_MS = 250;

export const JOB_MESSAGES = {
  internal: 'Đã xảy ra lỗi hệ thống khi chạy tác vụ. Vui lòng thử lại sau.',
  interrupted: 'Tác vụ bị dừng vì máy chủ khởi động lại trong khi tác vụ đang chờ hoặc đang chạy.',
};

/** A global administrator sees every job and import; others only their own. */
export function isGlobalAdmin(actor: Actor): boolean {
  return actor.type === 'SYSTEM' || actor.scope('ROLE_MANAGE').kind === 'all';
}

/**
 * Background jobs with progress, run in this process one at a time (a serial in-process queue): an
 * Excel import holds a large transaction and a lot of memory, and two at once would only compete.
 *
 * Progress: on PostgreSQL the work's transaction holds one pooled connection and progress is written
 * through another, so `job(id)` polling sees it live. The embedded PGlite has a single connection
 * (ADR 0001), held by the work's transaction: there, progress is written only at the end, and other
 * requests wait for the transaction to finish.
 *
 * Single instance: at boot, jobs left QUEUED or RUNNING by a previous process are marked FAILED (their
 * transactions died with it). Running several API instances on one database would need a shared queue.
 */
@Injectable()
export class JobService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(JobService.name);
  private tail: Promise<void> = Promise.resolve();
  private queued = 0;
  /** Whether a second connection exists to write progress while the work's transaction runs. */
  readonly liveProgress: boolean;

  constructor(private readonly dataSource: DataSource) {
    const extra = (dataSource.options as { extra?: { max?: number } }).extra;
    this.liveProgress = (extra?.max ?? 10) > 1;
  }

  async onModuleInit(): Promise<void> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(JobEntity)
      .set({ status: 'FAILED', error: JOB_MESSAGES.interrupted, finishedAt: () => 'now()' })
      .where(`status IN ('QUEUED', 'RUNNING')`)
      .execute();
    if (result.affected) this.logger.warn(`${result.affected} tác vụ dở dang từ lần chạy trước được đánh dấu thất bại.`);
  }

  /** Lets the running and queued jobs finish before the database connection closes. */
  async onModuleDestroy(): Promise<void> {
    await this.idle();
  }

  /** Resolves when no job is running or queued. */
  async idle(): Promise<void> {
    while (this.queued > 0) await this.tail;
  }

  /** Records a job (QUEUED) in the caller's transaction; `enqueue` it once that transaction committed. */
  async create(tx: Tx, kind: string, total: number): Promise<JobEntity> {
    const repo = tx.em.getRepository(JobEntity);
    const job = repo.create({
      kind,
      status: 'QUEUED',
      progress: 0,
      total,
      message: null,
      error: null,
      startedAt: null,
      finishedAt: null,
      actorType: tx.ctx.actor.type,
      actorId: tx.ctx.actor.id,
    });
    await repo.insert(job);
    return job;
  }

  /** Runs `work` after the jobs queued before it. Never throws: failures are recorded on the job. */
  enqueue(jobId: string, work: JobWork): void {
    this.queued += 1;
    this.tail = this.tail
      .then(() => this.execute(jobId, work))
      .catch((error: unknown) => this.logger.error({ err: error, jobId }, 'job bookkeeping failed'))
      .finally(() => {
        this.queued -= 1;
      });
  }

  findById(id: string): Promise<JobEntity | null> {
    return this.dataSource.getRepository(JobEntity).findOneBy({ id });
  }

  /** A job its starter (or a global administrator) may see; otherwise NOT_FOUND. */
  async getVisible(ctx: RequestContext, id: string): Promise<JobEntity> {
    const job = await this.findById(id);
    if (!job || !this.canSee(ctx.actor, job)) throw AppError.notFound('Tác vụ', id);
    return job;
  }

  canSee(actor: Actor, job: Pick<JobEntity, 'actorType' | 'actorId'>): boolean {
    return isGlobalAdmin(actor) || (job.actorType === actor.type && job.actorId === actor.id);
  }

  private async write(jobId: string, patch: Partial<Record<keyof JobEntity, unknown>>): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(JobEntity)
      .set({ ...patch, updatedAt: () => 'now()' } as never)
      .where('id = :id', { id: jobId })
      .execute();
  }

  private async execute(jobId: string, work: JobWork): Promise<void> {
    const job = await this.findById(jobId);
    if (!job || job.status !== 'QUEUED') return;
    await this.write(jobId, { status: 'RUNNING', startedAt: new Date() });
    let total = job.total;
    let done = 0;
    let lastWrite = 0;
    const progress: JobProgress = {
      setTotal: async (n) => {
        total = n;
        if (this.liveProgress) await this.write(jobId, { total: n });
      },
      report: async (n) => {
        done = n;
        const now = Date.now();
        if (!this.liveProgress || now - lastWrite < PROGRESS_INTERVAL_MS) return;
        lastWrite = now;
        await this.write(jobId, { progress: n });
      },
    };
    try {
      const message = await work(progress);
      await this.write(jobId, { status: 'SUCCEEDED', progress: total, total, message, finishedAt: new Date() });
    } catch (error) {
      const shown = error instanceof AppError ? error.message : JOB_MESSAGES.internal;
      if (!(error instanceof AppError)) this.logger.error({ err: error, jobId }, 'job failed');
      await this.write(jobId, { status: 'FAILED', progress: done, total, error: shown, finishedAt: new Date() });
    }
  }
}
