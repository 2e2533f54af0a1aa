import { Column, Entity, Index } from 'typeorm';
import type { ActorType } from '../audit/audit-log.entity';
import { BaseEntity } from '../database/base.entity';

/** A job's input: ids and small values only (JSON), never rows. */
export type JobPayload = { [key: string]: string | number | boolean | null };

export type JobStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

/**
 * Long-running work run in the background (an Excel import's commit), with its progress: a durable
 * queue (ADR 0011). The row holds everything needed to run it again after a restart (kind, payload,
 * who started it); workers claim rows with `FOR UPDATE SKIP LOCKED`. Bookkeeping (status, progress,
 * heartbeat) changes with plain updates (no version, no audit row); the work itself is audited.
 */
@Entity('jobs')
@Index(['status', 'createdAt'])
// What a worker's claim reads: the queued jobs in due order (a handful of rows, the rest have ended).
@Index('jobs_queued_due', ['runAfter', 'createdAt'], { where: `status = 'QUEUED'` })
export class JobEntity extends BaseEntity {
  /** What runs, e.g. "import.units", "import.people". */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', default: 'QUEUED' })
  status!: JobStatus;

  /** Steps done out of `total` (rows applied). */
  @Column({ type: 'int', default: 0 })
  progress!: number;

  @Column({ type: 'int', default: 0 })
  total!: number;

  /** Vietnamese, for the user: what the job did ("Đã tạo 12 đơn vị, cập nhật 3."). */
  @Column({ type: 'text', nullable: true })
  message!: string | null;

  /** Vietnamese, when it failed: why (never internals). */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  finishedAt!: Date | null;

  /** Who started it: only they (and a global administrator) may see it. */
  @Column({ type: 'text' })
  actorType!: ActorType;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The handler's input (small: ids, not rows; an import's rows stay in import_rows). */
  @Column({ type: 'jsonb', default: {} })
  payload!: JobPayload;

  /** Tries started so far, and how many are allowed before the job ends FAILED. */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'int', default: 3 })
  maxAttempts!: number;

  /** A queued job is not claimed before this time (retry backoff). */
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  runAfter!: Date;

  /** The worker running it (an id per process) and when that worker last said it was alive. */
  @Column({ type: 'text', nullable: true })
  lockedBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  heartbeatAt!: Date | null;

  /** Set by `cancelJob` on a running job; the worker stops it at its next progress report. */
  @Column({ type: 'boolean', default: false })
  cancelRequested!: boolean;
}
