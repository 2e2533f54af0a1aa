import { Column, Entity } from 'typeorm';
import type { Permission } from '@thidua/shared-domain';
import { VersionedEntity } from '../../../core/database/base.entity';

@Entity('roles')
export class RoleEntity extends VersionedEntity {
  @Column({ type: 'citext', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  permissions!: Permission[];

  /** Shipped with the system, kept in step with the code at every boot, read-only for admins. */
  @Column({ type: 'boolean', default: false })
  isSystem!: boolean;
}
