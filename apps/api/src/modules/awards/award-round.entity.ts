import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type {
  AwardRoundKind,
  AwardRoundStatus,
  AwardTrack,
  IsoDate,
  QuotaLine,
} from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';
import { CampaignPlanEntity } from '../campaigns/campaign-plan.entity';
import { UnitEntity } from '../org/unit.entity';

/** A quota line as the plan writes it, with what it is counted per ("mỗi phòng, ban"). */
export interface RoundQuota extends QuotaLine {
  per?: string | null;
  note?: string | null;
}

/**
 * Đợt xét khen thưởng (issue 11, "Rounds"): opened by the officers of the unit that receives dossiers
 * for the deciding authority (Phòng Hành chính tổ chức of the Bắc Kạn office; Sở Nội vụ for the
 * province). A campaign round links the issued kế hoạch whose award plan it carries out and keeps a
 * copy of its forms and quotas, read through CampaignService when the round is opened: an issued plan
 * is frozen (a change is an amendment, a plan of its own), so the copy is the plan's word.
 */
@Entity('award_rounds')
export class AwardRoundEntity extends VersionedEntity {
  @Column({ type: 'text' })
  kind!: AwardRoundKind;

  /** "Khen thưởng Đợt thi đua đặc biệt năm 2026" */
  @Column({ type: 'text' })
  title!: string;

  @Index()
  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  track!: AwardTrack;

  @Column({ type: 'text', default: 'OPEN' })
  status!: AwardRoundStatus;

  /** Đơn vị tiếp nhận hồ sơ, for the deciding authority. */
  @Index()
  @Column({ type: 'uuid' })
  receivingUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiving_unit_id' })
  receivingUnit?: UnitEntity;

  /** "Chánh Văn phòng UBND tỉnh", "Chủ tịch UBND tỉnh": who decides, as the tờ trình addresses it. */
  @Column({ type: 'text' })
  decidingAuthority!: string;

  /** Hạn nộp hồ sơ; a dossier sent after it is accepted and flagged late. */
  @Column({ type: 'date', nullable: true })
  deadline!: IsoDate | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  campaignPlanId!: string | null;

  @ManyToOne(() => CampaignPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_plan_id' })
  campaignPlan?: CampaignPlanEntity | null;

  /** The award plan's forms (hình thức khen thưởng) a nominee may be proposed for; [] = any. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  awardForms!: string[];

  /** The award plan's quota lines, per proposing unit. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  quotas!: RoundQuota[];

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
