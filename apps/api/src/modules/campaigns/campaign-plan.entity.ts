import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type {
  CampaignKind,
  CampaignPlanStatus,
  CampaignScope,
  IsoDate,
} from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';
import { UnitEntity } from '../org/unit.entity';
import type { CampaignAddressingSpec } from './campaign-cascade.types';
import type { CampaignPlanContent, SignaturePart } from './campaign-plan-content';

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

  /** Why the signer returned the last submission (kept until the next submission). */
  @Column({ type: 'text', nullable: true })
  returnReason!: string | null;

  /** Số in the issuer's register, given at issue (NĐ 30 Điều 15); null before. */
  @Column({ type: 'integer', nullable: true })
  number!: number | null;

  /** Số and ký hiệu as printed after "Số:": "01/KH-UBND" (PARTY: "01-KH/TU"). */
  @Column({ type: 'text', nullable: true })
  symbol!: string | null;

  @Column({ type: 'date', nullable: true })
  issuedOn!: IsoDate | null;

  /** Địa danh printed before the date. */
  @Column({ type: 'text', nullable: true })
  issuePlace!: string | null;

  /** Quyền hạn, chức vụ, họ tên of who signed. */
  @Column({ type: 'jsonb', nullable: true })
  signer!: SignaturePart | null;

  /**
   * The units the plan addresses (explicit units, subtrees, unit kinds, clusters: CampaignAddressing),
   * editable while a draft; at issue it resolves into `campaign_plan_addressees` (cascade).
   */
  @Column({ type: 'jsonb', nullable: true })
  addressing!: CampaignAddressingSpec | null;

  /** The day by which each addressed unit must issue its own plan ("gửi … trước ngày 30/8/2024"). */
  @Column({ type: 'date', nullable: true })
  answerDeadline!: IsoDate | null;

  /** The issued plan this one answers ("Thực hiện Kế hoạch số 645/KH-UBND…"); its issuer is addressed there. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  respondsToPlanId!: string | null;

  @ManyToOne(() => CampaignPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responds_to_plan_id' })
  respondsToPlan?: CampaignPlanEntity | null;

  /**
   * An amendment (campaign-amendment.service.ts): the issued plan this draft amends and, once issued,
   * replaces. Set when the amendment is drafted, never changed.
   */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  amendsPlanId!: string | null;

  @ManyToOne(() => CampaignPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'amends_plan_id' })
  amendsPlan?: CampaignPlanEntity | null;

  /** What the amendment changes, printed in it ("Nội dung sửa đổi, bổ sung: …"). */
  @Column({ type: 'text', nullable: true })
  amendmentNote!: string | null;

  /** The issued amendment that replaces this plan (which stays as issued, frozen, readable). */
  @Column({ type: 'uuid', nullable: true })
  supersededById!: string | null;

  @ManyToOne(() => CampaignPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'superseded_by_id' })
  supersededBy?: CampaignPlanEntity | null;
}
