import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ActorType = 'USER' | 'API_CLIENT' | 'SYSTEM';

export interface AuditChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Append-only: a database trigger rejects UPDATE, DELETE and TRUNCATE (see the first migration), so
 * no code path, not even an administrator's, can rewrite history. Hence no updated_at and no version.
 */
@Entity('audit_log')
@Index(['entityType', 'entityId'])
@Index(['actorId', 'createdAt'])
@Index(['createdAt', 'id'])
// GiST on unit_path: a scoped reader's filter is `unit_path <@ ANY(scope paths)` (ADR 0010)
@Index('audit_log_unit_path', { synchronize: false })
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'text' })
  actorType!: ActorType;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  actorName!: string;

  @Column({ type: 'uuid', nullable: true })
  actingUnitId!: string | null;

  @Column({ type: 'text' })
  operation!: string;

  @Column({ type: 'text' })
  entityType!: string;

  @Column({ type: 'text', nullable: true })
  entityId!: string | null;

  /** The record's display label when it was written (a unit's name, a person's name, a username). */
  @Column({ type: 'text', nullable: true })
  entityLabel!: string | null;

  /**
   * The unit whose scope owns the record (a unit itself, a person's post, a user's home unit, a
   * cluster's organiser) and its tree path at the time: a reader sees the row only when its AUDIT_READ
   * scope covers that path (ADR 0010). NULL: a global record (roles, unit kinds), global readers only.
   */
  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @Column({ type: 'ltree', nullable: true })
  unitPath!: string | null;

  @Column({ type: 'jsonb' })
  changes!: AuditChange[];

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ type: 'text', nullable: true })
  ipAddress!: string | null;
}
