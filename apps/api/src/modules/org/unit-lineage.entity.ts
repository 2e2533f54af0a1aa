import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { RestructuringEntity } from './restructuring.entity';
import { UnitEntity } from './unit.entity';

/** predecessor became (part of) successor through a merge or split. */
@Entity('unit_lineage')
@Index(['successorId'])
@Index(['predecessorId'])
export class UnitLineageEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  predecessorId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'predecessor_id' })
  predecessor?: UnitEntity;

  @Column({ type: 'uuid' })
  successorId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'successor_id' })
  successor?: UnitEntity;

  @Column({ type: 'uuid' })
  restructuringId!: string;

  @ManyToOne(() => RestructuringEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'restructuring_id' })
  restructuring?: RestructuringEntity;
}
