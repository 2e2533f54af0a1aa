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

  @Column({ type: 'jsonb' })
  changes!: AuditChange[];

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ type: 'text', nullable: true })
  ipAddress!: string | null;
}
