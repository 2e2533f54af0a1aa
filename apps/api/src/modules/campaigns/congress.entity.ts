import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type {
  BalanceRequirement,
  CongressForm,
  CongressLevel,
  CongressStatus,
  IsoDate,
} from '@thidua/shared-domain';
import { BaseEntity, VersionedEntity } from '../../core/database/base.entity';
import { UnitEntity } from '../org/unit.entity';
import { PersonEntity } from '../people/person.entity';
import { CampaignPlanEntity } from './campaign-plan.entity';

/**
 * An Đại hội thi đua yêu nước or a hội nghị a unit holds under an issued plan (issue 10, "Congresses";
 * seed 003): its level, form, time window and, once held, its day; the delegate count and the balance
 * it requires; its agenda; and the congress of the level above it sends delegates to. Read with
 * CAMPAIGN_READ in the host unit's scope: `unitPath` is the host's path, kept here (GiST index) so a
 * province's list filters by scope from this table alone, and kept in step by the restructuring
 * participant. Every change to it or its delegates bumps `version`.
 */
@Entity('congresses')
@Index(['planId', 'windowFrom', 'id'])
@Index('congresses_unit_path', { synchronize: false })
export class CongressEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => CampaignPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: CampaignPlanEntity;

  /** Đơn vị tổ chức. */
  @Index()
  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'ltree' })
  unitPath!: string;

  @Column({ type: 'text' })
  level!: CongressLevel;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  form!: CongressForm;

  /** The window the plan gives ("trong Quý II năm 2025"): first and last day, inclusive. */
  @Column({ type: 'date' })
  windowFrom!: IsoDate;

  @Column({ type: 'date' })
  windowTo!: IsoDate;

  /** The day it was held (status HELD). */
  @Column({ type: 'date', nullable: true })
  heldOn!: IsoDate | null;

  /** Thời lượng as the plan writes it: "1/2 ngày". */
  @Column({ type: 'text', nullable: true })
  duration!: string | null;

  @Column({ type: 'text', nullable: true })
  venue!: string | null;

  /** Số lượng đại biểu; null: "do đơn vị tổ chức quyết định". */
  @Column({ type: 'integer', nullable: true })
  delegateTarget!: number | null;

  /** Cơ cấu đại biểu required (checked by balanceRequirementProblems, bounded). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  requirements!: BalanceRequirement[];

  /** Nội dung chương trình, in order. */
  @Column({ type: 'jsonb' })
  agenda!: string[];

  @Index()
  @Column({ type: 'text', default: 'PLANNED' })
  status!: CongressStatus;

  /** Đại hội cấp trên: where the delegates marked `toUpper` go. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  upperCongressId!: string | null;

  @ManyToOne(() => CongressEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'upper_congress_id' })
  upperCongress?: CongressEntity | null;
}

/**
 * A delegate of a congress: a person working in the host unit's subtree, the sector or field they
 * stand for, whether they are a "người lao động trực tiếp", and whether the congress elected them to
 * the congress above (`toUpper`). Ordered by `position` (the list as read out).
 */
@Entity('congress_delegates')
@Index(['congressId', 'personId'], { unique: true })
@Index(['congressId', 'position'])
export class CongressDelegateEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  congressId!: string;

  @ManyToOne(() => CongressEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'congress_id' })
  congress?: CongressEntity;

  @Index()
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  /** Ngành, lĩnh vực the delegate stands for. */
  @Column({ type: 'text', nullable: true })
  sector!: string | null;

  @Column({ type: 'boolean', default: false })
  directWorker!: boolean;

  @Column({ type: 'boolean', default: false })
  toUpper!: boolean;

  @Column({ type: 'integer' })
  position!: number;
}
