import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../core/database/base.entity';
import { UnitEntity } from '../../org/unit.entity';
import { ApiClientEntity } from './api-client.entity';
import { RoleEntity } from './role.entity';
import { UserEntity } from './user.entity';

/**
 * A role held by a user or an API client on a unit scope (that unit and everything below it), or on
 * every unit when `unitId` is null.
 */
@Entity('role_assignments')
@Check('role_assignments_one_holder', 'num_nonnulls(user_id, api_client_id) = 1')
@Index('role_assignments_user_unit_uq', ['userId', 'roleId', 'unitId'], {
  unique: true,
  where: 'user_id IS NOT NULL AND unit_id IS NOT NULL',
})
@Index('role_assignments_user_global_uq', ['userId', 'roleId'], {
  unique: true,
  where: 'user_id IS NOT NULL AND unit_id IS NULL',
})
@Index('role_assignments_client_unit_uq', ['apiClientId', 'roleId', 'unitId'], {
  unique: true,
  where: 'api_client_id IS NOT NULL AND unit_id IS NOT NULL',
})
@Index('role_assignments_client_global_uq', ['apiClientId', 'roleId'], {
  unique: true,
  where: 'api_client_id IS NOT NULL AND unit_id IS NULL',
})
export class RoleAssignmentEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  roleId!: string;

  @ManyToOne(() => RoleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'role_id' })
  role?: RoleEntity;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity | null;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  apiClientId!: string | null;

  @ManyToOne(() => ApiClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'api_client_id' })
  apiClient?: ApiClientEntity | null;
}
