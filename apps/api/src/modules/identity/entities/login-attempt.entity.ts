import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../core/database/base.entity';

/** Every login attempt, for rate limiting per account and per address (works across API replicas). */
@Entity('login_attempts')
@Index(['username', 'createdAt'])
@Index(['ipAddress', 'createdAt'])
export class LoginAttemptEntity extends BaseEntity {
  @Column({ type: 'citext' })
  username!: string;

  @Column({ type: 'text', nullable: true })
  ipAddress!: string | null;

  @Column({ type: 'boolean' })
  succeeded!: boolean;
}
