import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type {
  CampaignKind,
  CampaignPlanStatus,
  CampaignScope,
  IsoDate,
} from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';
import { UnitEntity } from '../org/unit.entity';
import type { CampaignPlanContent } from './campaign-plan-content';

/**
 * A kế hoạch thi đua (issue 10, "The plan"): drafted by the officers of its issuer unit, whose readers
 * alone see it while it is a draft. Its parts are typed data in `content` (CampaignPlanContent, the
 * shape of libs/documents' PlanDocument); the căn cứ are rows of `campaign_plan_legal_bases`.
 */
@Entity('campaign_plans')
export class CampaignPlanEntity extends VersionedEntity {
  /** Cơ quan ban hành; its tree (Đảng, chính quyền, đoàn thể) is the unit's. */
  @Index()
  @Column({ type: 'uuid' })
  issuerUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_unit_id' })
  issuerUnit?: UnitEntity;

  @Column({ type: 'text' })
  kind!: CampaignKind;

  @Column({ type: 'text' })
  scope!: CampaignScope;

  /** Trích yếu. */
  @Column({ type: 'text' })
  title!: string;

  /** The first and last day of the campaign, inclusive. */
  @Column({ type: 'date' })
  periodFrom!: IsoDate;

  @Column({ type: 'date' })
  periodTo!: IsoDate;

  @Index()
  @Column({ type: 'text', default: 'DRAFT' })
  status!: CampaignPlanStatus;

  @Column({ type: 'jsonb' })
  content!: CampaignPlanContent;
}
