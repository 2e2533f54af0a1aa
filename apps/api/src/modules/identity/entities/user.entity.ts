import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '../../../core/database/base.entity';
import { UnitEntity } from '../../org/unit.entity';

export type UserStatus = 'ACTIVE' | 'DISABLED';

@Entity('users')
@Index('users_search_trgm', { synchronize: false })
export class UserEntity extends VersionedEntity {
  @Column({ type: 'citext', unique: true })
  username!: string;

  @Column({ type: 'text' })
  fullName!: string;

  @Column({ type: 'citext', nullable: true })
  email!: string | null;

  /** The unit the person works in; their own actions are audited as acting for it. */
  @Index()
  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  /** argon2id; never leaves the identity module. */
  @Column({ type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text', default: 'ACTIVE' })
  status!: UserStatus;

  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastLoginAt!: Date | null;
}
