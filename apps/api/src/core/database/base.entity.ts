import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Every table: a uuid id and millisecond timestamps (precision 3, so values survive a round trip
 * through JavaScript Dates and can serve as keyset cursors).
 */
export abstract class BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

/** Rows people edit carry a version: a write based on a stale version fails with CONFLICT. */
export abstract class VersionedEntity extends BaseEntity {
  @VersionColumn()
  version!: number;
}
