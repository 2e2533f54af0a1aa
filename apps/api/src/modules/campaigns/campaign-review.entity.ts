import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { CampaignReviewKind, CampaignReviewStatus, IsoDate } from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';
import { UnitEntity } from '../org/unit.entity';
import { CampaignPlanEntity } from './campaign-plan.entity';

/** What a unit achieved on one of the plan's targets (`content.targets[targetIndex]`). */
export interface ReviewFigure {
  targetIndex: number;
  /** As written: "1.250", "98,5", "Đạt". */
  achieved: string;
  note: string | null;
}

/** A file attached to a report, by the content hash the files module stores it under. */
export interface ReviewAttachment {
  sha256: string;
  name: string;
}

/**
 * A unit's báo cáo sơ kết (MIDTERM) or tổng kết (FINAL) of an issued plan (issue 10, "Reviews"): one
 * per plan, unit and kind; its text, its figures against the plan's targets and its attachments. The
 * unit drafts and sends it; the issuer may send it back with a reason. `late` and `deadline` are
 * recorded when it is sent (the deadline comes from the plan's milestones, campaignReviewDeadline).
 */
@Entity('campaign_reviews')
@Index(['planId', 'unitId', 'kind'], { unique: true })
@Index(['planId', 'kind', 'createdAt'])
@Index('campaign_reviews_unit_path', { synchronize: false })
export class CampaignReviewEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => CampaignPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: CampaignPlanEntity;

  @Index()
  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  /** The reporting unit's path (kept in step by the restructuring participant when units move). */
  @Column({ type: 'ltree' })
  unitPath!: string;

  @Column({ type: 'text' })
  kind!: CampaignReviewKind;

  @Column({ type: 'text', default: '' })
  report!: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  figures!: ReviewFigure[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  attachments!: ReviewAttachment[];

  @Column({ type: 'text', default: 'DRAFT' })
  status!: CampaignReviewStatus;

  @Column({ type: 'text', nullable: true })
  returnReason!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt!: Date | null;

  /** The deadline in force when the report was last sent (null: none). */
  @Column({ type: 'date', nullable: true })
  deadline!: IsoDate | null;

  /** Sent after the deadline (Vietnam calendar day). */
  @Column({ type: 'boolean', default: false })
  late!: boolean;
}
