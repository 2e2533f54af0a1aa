import { Column, Entity } from 'typeorm';
import type { UnitTree } from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';

/** Catalog of unit kinds; kinds say which tree they belong to and which parents they accept. */
@Entity('unit_kinds')
export class UnitKindEntity extends VersionedEntity {
  @Column({ type: 'citext', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  tree!: UnitTree;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  allowedParentCodes!: string[];

  @Column({ type: 'boolean', default: false })
  canBeRoot!: boolean;

  @Column({ type: 'boolean', default: true })
  legalPersonDefault!: boolean;

  @Column({ type: 'int', default: 0 })
  sortOrder!: number;

  @Column({ type: 'boolean', default: false })
  isSystem!: boolean;
}
