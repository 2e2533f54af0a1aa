import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { CampaignAddressingRule, IsoDate } from '@thidua/shared-domain';
import { BaseEntity } from '../../core/database/base.entity';
import { UnitEntity } from '../org/unit.entity';
import { CampaignPlanEntity } from './campaign-plan.entity';

/**
 * A unit an issued plan addresses (issue 10, "Cascade"): materialised at issue from the plan's
 * addressing against the units active on the issue date, one row per (plan, unit). The unit answers
 * by issuing its own plan that `respondsToPlanId` this one; that plan and its date are recorded here.
 * `unitPath` is the unit's path, kept here so the inbox filters by scope and the cascade summary rolls
 * counts up the tree from this table alone (9,100 rows for a province-wide plan; GiST index).
 */
@Entity('campaign_plan_addressees')
@Index(['planId', 'unitId'], { unique: true })
// the issuer's table pages a plan's rows in tree order
@Index(['planId', 'unitPath'])
@Index('campaign_plan_addressees_unit_path', { synchronize: false })
export class CampaignAddresseeEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => CampaignPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: CampaignPlanEntity;

  @Index()
  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  /** The unit's path (kept in step by the restructuring participant when a unit moves). */
  @Column({ type: 'ltree' })
  unitPath!: string;

  /** Which part of the addressing brought the unit in (the first that matched, UNIT first). */
  @Column({ type: 'text' })
  rule!: CampaignAddressingRule;

  /** The subtree's root unit, the cluster or the unit kind of that rule (null for UNIT). */
  @Column({ type: 'uuid', nullable: true })
  ruleSourceId!: string | null;

  /** The day by which the unit must issue its own plan (the plan's answerDeadline); null: none. */
  @Column({ type: 'date', nullable: true })
  deadline!: IsoDate | null;

  /** The unit's own issued plan that answers this one. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  answerPlanId!: string | null;

  @ManyToOne(() => CampaignPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'answer_plan_id' })
  answerPlan?: CampaignPlanEntity | null;

  /** The answering plan's date of issue (late when after `deadline`). */
  @Column({ type: 'date', nullable: true })
  answeredOn!: IsoDate | null;

  @Column({ type: 'int', default: 0 })
  reminderCount!: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastRemindedAt!: Date | null;

  /** Set when the duty came from a unit that was merged, split or dissolved into this one. */
  @Column({ type: 'uuid', nullable: true })
  inheritedFromUnitId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inherited_from_unit_id' })
  inheritedFromUnit?: UnitEntity | null;
}
