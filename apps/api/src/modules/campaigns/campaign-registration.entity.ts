import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { CampaignRegistrantKind, CampaignRegistrationStatus } from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';
import { UnitEntity } from '../org/unit.entity';
import { PersonEntity } from '../people/person.entity';
import { CampaignPlanEntity } from './campaign-plan.entity';

/** A title a unit or a person aims for: as written, with a catalog code once a catalog exists. */
export interface RegistrationTitle {
  name: string;
  code: string | null;
}

/**
 * One registrant's đăng ký thi đua for an issued plan (issue 10, "Registrations and pledges"): the
 * registering unit itself (kind UNIT, at most one per plan and unit: "the unit's registration") or one
 * of its people (kind PERSON, at most one per plan and person). A unit's rows move through the
 * statuses together (sent, returned, approved as one bản đăng ký), so each row carries its unit's
 * status and the grouped roll-up reads this table alone.
 *
 * Bulk (bench: 200,000 individuals of one plan over 9,100 units): one row per registrant, the
 * registering unit's path denormalised into `unit_path` (GiST index) for scoped lists and the roll-up
 * by child unit; `sort_key` (set by a trigger, migration CampaignRegistrations) orders a list: the
 * collective row, then people in Vietnamese name order.
 */
@Entity('campaign_registrations')
@Index('campaign_registrations_plan_unit_uq', ['planId', 'unitId'], {
  unique: true,
  where: `kind = 'UNIT'`,
})
@Index('campaign_registrations_plan_person_uq', ['planId', 'personId'], {
  unique: true,
  where: `person_id IS NOT NULL`,
})
@Index('campaign_registrations_plan_unit', ['planId', 'unitId'])
@Index('campaign_registrations_plan_sort', ['planId', 'sortKey', 'id'])
@Index('campaign_registrations_unit_path', { synchronize: false })
@Index('campaign_registrations_search', { synchronize: false })
export class CampaignRegistrationEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => CampaignPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: CampaignPlanEntity;

  /** The registering unit (for a person: the unit that registers them). */
  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  /** The registering unit's path (kept in step by the restructuring participant when units move). */
  @Column({ type: 'ltree' })
  unitPath!: string;

  @Column({ type: 'text' })
  kind!: CampaignRegistrantKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity | null;

  /** The unit's name or the person's full name when last written: what a search matches. */
  @Column({ type: 'text' })
  registrantName!: string;

  /** Set by the trigger `campaign_registrations_sort_key` on every write of the name; never here. */
  @Column({ type: 'text', collation: 'C', nullable: true, insert: false, update: false })
  sortKey!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  titles!: RegistrationTitle[];

  /** Cam kết. */
  @Column({ type: 'text', nullable: true })
  commitments!: string | null;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: CampaignRegistrationStatus;

  /** Why the level above returned the unit's registration (kept until it is sent again). */
  @Column({ type: 'text', nullable: true })
  returnReason!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt!: Date | null;

  /** When the level above returned or approved it. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  reviewedAt!: Date | null;
}

/**
 * How many registrations each unit has for a plan, by kind and status: the roll-up's input, kept by
 * the statement triggers `campaign_registrations_counts_*` (migration CampaignRegistrations) on every
 * insert, update and delete of `campaign_registrations`, never written by code. Why: grouping a
 * province-wide plan's 200,000 rows by child unit read every row (index-only scan, ~480 ms on
 * PostgreSQL 15, bench data of 209,300 rows over 9,100 units); these rows are ~2 per unit (a unit's
 * rows share its status), so the same roll-up reads 18,200 small rows: 13–20 ms.
 */
@Entity('campaign_registration_counts')
export class CampaignRegistrationCountEntity {
  @PrimaryColumn({ type: 'uuid' })
  planId!: string;

  @PrimaryColumn({ type: 'uuid' })
  unitId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: CampaignRegistrantKind;

  @PrimaryColumn({ type: 'text' })
  status!: CampaignRegistrationStatus;

  /** The unit's path, as its registrations carry it. */
  @Column({ type: 'ltree' })
  unitPath!: string;

  @Column({ type: 'int' })
  n!: number;
}
