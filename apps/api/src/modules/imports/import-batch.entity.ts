import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { ActorType } from '../../core/audit/audit-log.entity';
import { BaseEntity } from '../../core/database/base.entity';
import { JobEntity } from '../../core/jobs/job.entity';

/** The `kind` of a registered import (core/excel/excel-registry.ts): 'UNITS', 'PEOPLE'… */
export type ImportKind = string;
export type ImportStatus = 'PREVIEW' | 'COMMITTING' | 'COMMITTED' | 'FAILED';

/** One uploaded .xlsx: its preview (every row checked), then its commit as a job. Kept after commit. */
@Entity('import_batches')
@Index(['actorId', 'createdAt'])
export class ImportBatchEntity extends BaseEntity {
  @Column({ type: 'text' })
  kind!: ImportKind;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'text', default: 'PREVIEW' })
  status!: ImportStatus;

  @Column({ type: 'int', default: 0 })
  rowCount!: number;

  @Column({ type: 'int', default: 0 })
  errorCount!: number;

  @Column({ type: 'int', default: 0 })
  createCount!: number;

  @Column({ type: 'int', default: 0 })
  updateCount!: number;

  @Column({ type: 'int', default: 0 })
  unchangedCount!: number;

  /** Headers of the file that match no column (their cells were ignored). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  ignoredHeaders!: string[];

  @Column({ type: 'uuid', nullable: true })
  jobId!: string | null;

  @ManyToOne(() => JobEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'job_id' })
  job?: JobEntity | null;

  /** Who uploaded it: only they (and a global administrator) see and commit it. */
  @Column({ type: 'text' })
  actorType!: ActorType;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;
}
