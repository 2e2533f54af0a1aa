import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LegalDocumentEntity } from '../legal/legal-document.entity';
import { CampaignPlanEntity } from './campaign-plan.entity';

/** A căn cứ of a plan: a document of the legal registry, in the order the plan cites them. */
@Entity('campaign_plan_legal_bases')
export class CampaignPlanLegalBasisEntity {
  @PrimaryColumn({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => CampaignPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: CampaignPlanEntity;

  @PrimaryColumn({ type: 'uuid' })
  legalDocumentId!: string;

  @Index()
  @ManyToOne(() => LegalDocumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'legal_document_id' })
  legalDocument?: LegalDocumentEntity;

  @Column({ type: 'int' })
  position!: number;
}
