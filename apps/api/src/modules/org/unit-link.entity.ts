import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { UnitEntity } from './unit.entity';

/** A body and its counterpart in a parallel tree (a Sở and its chi bộ), stored once per pair. */
@Entity('unit_links')
@Index(['unitId', 'counterpartId'], { unique: true })
@Index(['counterpartId'])
export class UnitLinkEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'uuid' })
  counterpartId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'counterpart_id' })
  counterpart?: UnitEntity;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
