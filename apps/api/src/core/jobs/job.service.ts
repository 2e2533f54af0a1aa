import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { ActorResolver } from '../auth/actor-resolver';
import { jobsConfig, type JobsConfig } from '../config/jobs.config';
import type { RequestContext } from '../context/request-context';
import type { Tx } from '../database/transaction';
import { AppError } from '../errors/app-error';
import { JobEntity, type JobPayload } from './job.entity';

/** What running work tells the job about its progress. */
export interface JobProgress {
  /** Changes the number of steps (e.g. once the rows to apply are known). */
  setTotal(total: number): Promise<void>;
  /** `done` steps out of the total are finished. Throws JobCancelled once someone cancelled the job. */
  report(done: number): Promise<void>;
}

/** What a handler gets: the job's payload and the context of whoever started it (re-read at run time). */
export interface JobRun<P extends JobPayload = JobPayload> {
  id: string;
  payload: P;
  ctx: RequestContext;
  attempt: number;
  progress: JobProgress;
}

/**
 * The code behind a job kind; resolves to a Vietnamese summary for the user, or throws (an AppError's
 * message is shown and the job is not retried; anything else is retried with backoff, then FAILED).
 */
export type JobHandler<P extends JobPayload = JobPayload> = (
  run: JobRun<P>,
) => Promise<string | null>;

/** Thrown from `progress.report` of a job that was cancelled: the handler's transaction rolls back. */
export class JobCancelled extends Error {
  constructor() {
    super('job cancelled');
  }
}

export const JOB_MESSAGES = {
  internal: 'Đã xảy ra lỗi hệ thống khi chạy tác vụ. Vui lòng thử lại sau.',
  interrupted: 'Tác vụ bị dừng vì máy chủ khởi động lại trong khi tác vụ đang chạy.',
  retrying: (attempt: number, max: number) =>
    `Lần chạy ${attempt}/${max} gặp lỗi hệ thống; sẽ tự chạy lại.`,
  starterGone: 'Người khởi tạo tác vụ không còn hoạt động, nên tác vụ không được chạy.',
  cancelled: 'Tác vụ đã bị hủy; không có thay đổi nào được ghi.',
  noHandler: (kind: string) => `Máy chủ này không chạy được loại tác vụ "${kind}".`,
  notCancellable: 'Tác vụ đã kết thúc, không hủy được nữa.',
};

/** Progress is written at most this often (a second connection, so pollers see it during the work). */
const PROGRESS_INTERVAL_MS = 250;
/**
 * A running job's worker says it is alive this often; a job whose heartbeat is older than
 * STALE_AFTER_MS belongs to a worker that died (killed, crashed, host lost) and is claimed again.
 * 10 s / 60 s: a busy import writes progress every 250 ms anyway; 60 s keeps a paused process
 * (GC, a slow disk) from losing its job to another instance.
 */
const HEARTBEAT_MS = 10_000;
const STALE_AFTER_MS = 60_000;
/** Retry backoff: 5 s, 20 s, 80 s… (×4 per attempt), at most 10 minutes. */
const backoffMs = (attempt: number) => Math.min(5_000 * 4 ** (attempt - 1), 600_000);

/** A global administrator sees every job and import; others only their own. */
export function isGlobalAdmin(actor: Actor): boolean {
  return actor.type === 'SYSTEM' || actor.scope('ROLE_MANAGE').kind === 'all';
}

/**
 * A durable job queue in PostgreSQL (ADR 0011). A job is a row (kind, payload, who started it); a
 * module registers the handler of its kinds at startup; workers (every API process unless
 * `JOBS_WORKER=false`, and the compose `worker` service) claim due rows with `FOR UPDATE SKIP LOCKED`,
 * so several instances share the work and none runs a job twice. A job survives a restart: a running
 * job whose worker stopped heartbeating is queued again (or FAILED with the reason once its attempts
 * are spent); unexpected errors are retried with backoff; `cancel` stops it at its next progress report.
 *
 * One job at a time per process: an Excel import holds a large transaction and a lot of memory.
 *
 * On the embedded PGlite (one connection, ADR 0001) the work's transaction holds the connection:
 * progress and heartbeats are written only at the end, and a cancel waits for the job to end. It is a
 * single process by construction, so at boot every job it finds running is from a process that died.
 */
@Injectable()
export class JobService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobService.name);
  private readonly handlers = new Map<string, JobHandler<never>>();
  /** This process's worker id (jobs.locked_by). */
  readonly workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  /** Whether a second connection exists to write progress while the work's transaction runs. */
  readonly liveProgress: boolean;
  private running: Promise<void> | null = null;
  private wakeAgain = false;
  private timer: NodeJS.Timeout | null = null;
  private stopping = false;
  private lastReap = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    @Inject(jobsConfig.KEY) private readonly config: JobsConfig,
  ) {
    const extra = (dataSource.options as { extra?: { max?: number } }).extra;
    this.liveProgress = (extra?.max ?? 10) > 1;
  }

  /** Declares the handler of a job kind (call from the owning module's constructor or onModuleInit). */
  register<P extends JobPayload>(kind: string, handler: JobHandler<P>): void {
    if (this.handlers.has(kind)) throw new Error(`Job kind ${kind} registered twice`);
    this.handlers.set(kind, handler as JobHandler<never>);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.worker) return;
    await this.reap(!this.liveProgress);
    this.timer = setInterval(() => this.wake(), this.config.pollMs);
    this.timer.unref();
    this.wake();
  }

  /** Lets the running job finish before the database connection closes; claims nothing new. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await this.idle();
  }

  /** Resolves when this process runs no job and has none of its own due. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /**
   * Records a job (QUEUED) in the caller's transaction; it starts once that transaction has committed
   * and a worker claims it (call `wake()` after the commit to start it at once in this process).
   */
  async create(
    tx: Tx,
    kind: string,
    payload: JobPayload,
    total = 0,
    maxAttempts = 3,
  ): Promise<JobEntity> {
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
      payload,
      attempts: 0,
      maxAttempts,
      lockedBy: null,
      heartbeatAt: null,
      cancelRequested: false,
    });
    await repo.insert(job);
    return repo.findOneByOrFail({ id: job.id });
  }

  /** Looks for due jobs now (after a commit that queued one; also on a timer). Never throws. */
  wake(): void {
    if (!this.config.worker || this.stopping) return;
    if (this.running) {
      this.wakeAgain = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.logger.error({ err: error }, 'job worker failed'))
      .finally(() => {
        this.running = null;
        if (this.wakeAgain) {
          this.wakeAgain = false;
          this.wake();
        }
      });
  }

  findById(id: string): Promise<JobEntity | null> {
    return this.dataSource.getRepository(JobEntity).findOneBy({ id });
  }

  /**
   * The caller's own latest jobs, newest first (the home page's "my imports and jobs"): at most
   * `first`, which is kept between 1 and 20.
   */
  recentOf(actor: Actor, first: number): Promise<JobEntity[]> {
    if (!actor.id) return Promise.resolve([]);
    return this.dataSource.getRepository(JobEntity).find({
      where: { actorType: actor.type, actorId: actor.id },
      order: { createdAt: 'DESC' },
      take: Math.min(Math.max(Math.trunc(first) || 1, 1), 20),
    });
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

  /**
   * Cancels a job in the caller's transaction: a queued one ends CANCELLED at once, a running one is
   * asked to stop (its work rolls back at its next progress report). Returns the job as it now is.
   */
  async cancel(tx: Tx, id: string): Promise<JobEntity> {
    const job = await tx.em
      .getRepository(JobEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!job || !this.canSee(tx.ctx.actor, job)) throw AppError.notFound('Tác vụ', id);
    if (job.status !== 'QUEUED' && job.status !== 'RUNNING')
      throw AppError.field('id', JOB_MESSAGES.notCancellable);
    const patch: Partial<JobEntity> =
      job.status === 'QUEUED'
        ? { status: 'CANCELLED', error: JOB_MESSAGES.cancelled, finishedAt: new Date() }
        : { cancelRequested: true };
    await tx.em.getRepository(JobEntity).update({ id }, patch);
    // A job belongs to its starter, not to a unit: the row is scoped to the canceller's own unit.
    await tx.audit.event(
      'job.cancel',
      { entityType: 'Job', entityId: id, label: job.kind, scopeUnitId: tx.ctx.actor.unitId },
      [
        job.status === 'QUEUED'
          ? { field: 'status', before: 'QUEUED', after: 'CANCELLED' }
          : { field: 'cancelRequested', before: false, after: true },
      ],
    );
    return { ...job, ...patch };
  }

  /**
   * Running jobs whose worker is gone go back to the queue (or FAILED once their attempts are spent).
   * `all`: every running job not ours (the embedded database, single process, at boot).
   */
  async reap(all: boolean): Promise<number> {
    const stale = all
      ? ''
      : `AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => ${STALE_AFTER_MS / 1000}))`;
    const rows = await this.returning<{ id: string }>(
      `UPDATE jobs SET
         status = CASE WHEN attempts < max_attempts AND NOT cancel_requested THEN 'QUEUED' ELSE
                  CASE WHEN cancel_requested THEN 'CANCELLED' ELSE 'FAILED' END END,
         error = CASE WHEN cancel_requested THEN $2 ELSE $3 END,
         finished_at = CASE WHEN attempts < max_attempts AND NOT cancel_requested THEN NULL ELSE now() END,
         locked_by = NULL, updated_at = now()
       WHERE status = 'RUNNING' AND locked_by IS DISTINCT FROM $1 ${stale}
       RETURNING id`,
      [this.workerId, JOB_MESSAGES.cancelled, JOB_MESSAGES.interrupted],
    );
    if (rows.length)
      this.logger.warn(`${rows.length} tác vụ của tiến trình đã dừng được chạy lại hoặc kết thúc.`);
    return rows.length;
  }

  /** Runs due jobs one after another until none is left. */
  private async drain(): Promise<void> {
    // Other instances' dead jobs: looked for at most twice a heartbeat-staleness period.
    if (this.liveProgress && Date.now() - this.lastReap > STALE_AFTER_MS / 2) {
      this.lastReap = Date.now();
      await this.reap(false);
    }
    while (!this.stopping) {
      const job = await this.claim();
      if (!job) return;
      await this.execute(job);
    }
  }

  /** Takes the oldest due queued job of a kind this process can run, or null. */
  private async claim(): Promise<JobEntity | null> {
    const kinds = [...this.handlers.keys()];
    if (!kinds.length) return null;
    const rows = await this.returning<{ id: string }>(
      `UPDATE jobs SET status = 'RUNNING', locked_by = $1, heartbeat_at = now(), attempts = attempts + 1,
              started_at = COALESCE(started_at, now()), updated_at = now()
       WHERE id = (SELECT id FROM jobs WHERE status = 'QUEUED' AND run_after <= now() AND kind = ANY($2)
                   ORDER BY run_after, created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [this.workerId, kinds],
    );
    const id = rows[0]?.id;
    return id ? this.findById(id) : null;
  }

  /** Rows of an `UPDATE … RETURNING` (TypeORM answers `[rows, count]` for updates). */
  private async returning<R>(sql: string, parameters: unknown[]): Promise<R[]> {
    const result: unknown = await this.dataSource.query(sql, parameters);
    return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as R[];
  }

  private async write(
    jobId: string,
    patch: Partial<Record<keyof JobEntity, unknown>>,
  ): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(JobEntity)
      .set({ ...patch, updatedAt: () => 'now()' } as never)
      .where('id = :id AND locked_by = :worker', { id: jobId, worker: this.workerId })
      .execute();
  }

  /** Heartbeat and cancel check in one statement; false once the job is no longer ours. */
  private async beat(jobId: string): Promise<{ ours: boolean; cancel: boolean }> {
    const rows = await this.returning<{ cancel_requested: boolean }>(
      `UPDATE jobs SET heartbeat_at = now() WHERE id = $1 AND locked_by = $2 RETURNING cancel_requested`,
      [jobId, this.workerId],
    );
    return { ours: rows.length > 0, cancel: rows[0]?.cancel_requested === true };
  }

  private async contextOf(job: JobEntity): Promise<RequestContext | null> {
    const resolver = this.moduleRef.get(ActorResolver, { strict: false });
    const actor =
      job.actorType === 'SYSTEM'
        ? Actor.system()
        : job.actorId
          ? await resolver.actorOf(job.actorType, job.actorId)
          : null;
    return actor ? { actor, requestId: `job-${job.id}`, ipAddress: null, userAgent: null } : null;
  }

  private async execute(job: JobEntity): Promise<void> {
    const handler = this.handlers.get(job.kind);
    let total = job.total;
    let done = 0;
    let lastWrite = 0;
    let cancelled = false;
    const heartbeat = this.liveProgress
      ? setInterval(() => {
          void this.beat(job.id).then(
            (b) => (cancelled = cancelled || b.cancel || !b.ours),
            (error: unknown) =>
              this.logger.warn({ err: error, jobId: job.id }, 'job heartbeat failed'),
          );
        }, HEARTBEAT_MS)
      : null;
    const progress: JobProgress = {
      setTotal: async (n) => {
        total = n;
        if (this.liveProgress) await this.write(job.id, { total: n });
      },
      report: async (n) => {
        done = n;
        if (cancelled) throw new JobCancelled();
        const now = Date.now();
        if (!this.liveProgress || now - lastWrite < PROGRESS_INTERVAL_MS) return;
        lastWrite = now;
        await this.write(job.id, { progress: n });
        const b = await this.beat(job.id);
        cancelled = b.cancel || !b.ours;
        if (cancelled) throw new JobCancelled();
      },
    };
    try {
      if (!handler) throw new AppError('INTERNAL_SERVER_ERROR', JOB_MESSAGES.noHandler(job.kind));
      const ctx = await this.contextOf(job);
      if (!ctx) throw new AppError('FORBIDDEN', JOB_MESSAGES.starterGone);
      const message = await handler({
        id: job.id,
        payload: job.payload as never,
        ctx,
        attempt: job.attempts,
        progress,
      });
      await this.write(job.id, {
        status: 'SUCCEEDED',
        progress: total,
        total,
        message,
        error: null,
        finishedAt: new Date(),
        lockedBy: null,
      });
    } catch (error) {
      await this.failed(job, error, done, total);
    } finally {
      if (heartbeat) clearInterval(heartbeat);
    }
  }

  private async failed(job: JobEntity, error: unknown, done: number, total: number): Promise<void> {
    if (error instanceof JobCancelled) {
      await this.write(job.id, {
        status: 'CANCELLED',
        progress: done,
        total,
        error: JOB_MESSAGES.cancelled,
        finishedAt: new Date(),
        lockedBy: null,
      });
      return;
    }
    if (error instanceof AppError) {
      // A domain refusal (stale rows, no permission any more): running it again gives the same answer.
      await this.write(job.id, {
        status: 'FAILED',
        progress: done,
        total,
        error: error.message,
        finishedAt: new Date(),
        lockedBy: null,
      });
      return;
    }
    this.logger.error({ err: error, jobId: job.id, attempt: job.attempts }, 'job failed');
    if (job.attempts < job.maxAttempts) {
      await this.write(job.id, {
        status: 'QUEUED',
        progress: 0,
        error: JOB_MESSAGES.retrying(job.attempts, job.maxAttempts),
        runAfter: new Date(Date.now() + backoffMs(job.attempts)),
        lockedBy: null,
      });
      return;
    }
    await this.write(job.id, {
      status: 'FAILED',
      progress: done,
      total,
      error: JOB_MESSAGES.internal,
      finishedAt: new Date(),
      lockedBy: null,
    });
  }
}
