import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../core/database/base.entity';
import { UserEntity } from './user.entity';

/** A login session. The browser holds the random token in an httpOnly cookie; we keep its sha256. */
@Entity('sessions')
export class SessionEntity extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text', unique: true })
  tokenHash!: string;

  /** Sliding idle expiry, never beyond `maxExpiresAt`. */
  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  maxExpiresAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  lastSeenAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  ipAddress!: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;
}
