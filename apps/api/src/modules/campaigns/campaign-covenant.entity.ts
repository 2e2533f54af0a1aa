import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { IsoDate } from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';
import { ClusterEntity } from '../org/cluster.entity';
import { UnitEntity } from '../org/unit.entity';
import { CampaignPlanEntity } from './campaign-plan.entity';

/**
 * A giao ước thi đua (issue 10, "Registrations and pledges"): at the launch conference the members of
 * a cụm or khối sign their commitments for a plan. One per plan and cluster; the signing units are
 * rows of `campaign_covenant_members` (by default the cluster's members on the day it was signed).
 */
@Entity('campaign_covenants')
@Index(['planId', 'clusterId'], { unique: true })
export class CampaignCovenantEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => CampaignPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: CampaignPlanEntity;

  @Index()
  @Column({ type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: ClusterEntity;

  @Column({ type: 'date' })
  signedOn!: IsoDate;

  /** Địa điểm ký. */
  @Column({ type: 'text' })
  place!: string;

  /** Nội dung giao ước: the commitments as signed. */
  @Column({ type: 'text' })
  content!: string;
}

/** A unit that signed a covenant. */
@Entity('campaign_covenant_members')
export class CampaignCovenantMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  covenantId!: string;

  @ManyToOne(() => CampaignCovenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'covenant_id' })
  covenant?: CampaignCovenantEntity;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;
}
