import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import type { ImportRowAction } from '../../core/excel/excel-import';
import { ImportBatchEntity } from './import-batch.entity';

export type { ImportRowAction };

/** One data row of a batch: what the commit will do with it, and why it cannot (Vietnamese problems). */
@Entity('import_rows')
@Index(['batchId', 'rowNumber'], { unique: true })
export class ImportRowEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  batchId!: string;

  @ManyToOne(() => ImportBatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id' })
  batch?: ImportBatchEntity;

  /** Excel's row number. */
  @Column({ type: 'int' })
  rowNumber!: number;

  @Column({ type: 'text' })
  action!: ImportRowAction;

  /** The cells as shown, in the order of the import's columns (the template's order). */
  @Column({ type: 'text', array: true })
  cells!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  problems!: string[];

  /** The parsed values the commit applies (re-validated against the database first). */
  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;
}
