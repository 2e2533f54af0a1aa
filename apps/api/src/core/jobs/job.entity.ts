import { Column, Entity, Index } from 'typeorm';
import type { ActorType } from '../audit/audit-log.entity';
import { BaseEntity } from '../database/base.entity';

export type JobStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/**
 * Long-running work run in the background (an Excel import's commit), with its progress. Bookkeeping:
 * status and progress change with plain updates (no version, no audit row); the work itself is audited.
 */
@Entity('jobs')
@Index(['status', 'createdAt'])
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
}
