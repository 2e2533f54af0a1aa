import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { IsoDate } from '@thidua/shared-domain';
import { BaseEntity, VersionedEntity } from '../../core/database/base.entity';
import { UnitEntity } from './unit.entity';

export type ClusterKind = 'CUM' | 'KHOI';

/**
 * Cụm thi đua (units grouped by area) or khối thi đua (by function), organised by a level (the
 * province's council, a ministry). Membership and the yearly lead/deputy rotate; both keep history.
 */
@Entity('clusters')
export class ClusterEntity extends VersionedEntity {
  @Column({ type: 'citext', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: ClusterKind;

  @Index()
  @Column({ type: 'uuid' })
  organizerUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organizer_unit_id' })
  organizerUnit?: UnitEntity;

  @Column({ type: 'text', nullable: true })
  description!: string | null;
}

@Entity('cluster_memberships')
@Index(['clusterId', 'joinedOn'])
@Index(['unitId'])
export class ClusterMembershipEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: ClusterEntity;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'date' })
  joinedOn!: IsoDate;

  /** Exclusive: a member on the dates joinedOn <= d < leftOn. */
  @Column({ type: 'date', nullable: true })
  leftOn!: IsoDate | null;
}

@Entity('cluster_leaderships')
@Index(['clusterId', 'year'], { unique: true })
export class ClusterLeadershipEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: ClusterEntity;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'uuid' })
  leadUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_unit_id' })
  leadUnit?: UnitEntity;

  @Column({ type: 'uuid', nullable: true })
  deputyUnitId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_unit_id' })
  deputyUnit?: UnitEntity | null;
}
