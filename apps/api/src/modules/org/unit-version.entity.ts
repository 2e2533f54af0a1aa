import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { IsoDate } from '@thidua/shared-domain';
import { BaseEntity } from '../../core/database/base.entity';
import { UnitEntity } from './unit.entity';

/**
 * One period of a unit's identity and place: valid on validFrom <= d < validTo (validTo null = current).
 * Renames, moves and endings close a version and, unless the unit ended, open the next.
 */
@Entity('unit_versions')
@Index(['unitId', 'validFrom'])
// (parent_id, valid_from) INCLUDE (unit_id, valid_to): the as-of walk reads the index only (migration AsOfIndex)
@Index('unit_versions_parent_as_of', { synchronize: false })
export class UnitVersionEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'date' })
  validFrom!: IsoDate;

  @Column({ type: 'date', nullable: true })
  validTo!: IsoDate | null;

  @Column({ type: 'citext' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  shortName!: string | null;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: UnitEntity | null;

  /** The restructuring that opened this version; null for a unit's first version. */
  @Column({ type: 'uuid', nullable: true })
  restructuringId!: string | null;
}
