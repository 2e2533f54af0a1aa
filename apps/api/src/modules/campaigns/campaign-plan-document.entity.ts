import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { StoredFileEntity } from '../files/stored-file.entity';
import { CampaignPlanEntity } from './campaign-plan.entity';

export type CampaignPlanDocumentFormat = 'DOCX' | 'PDF';

/**
 * A frozen document of an issued plan (architecture rule 12: "a frozen document is never regenerated
 * in place"): the .docx built in the issuing transaction and the PDF converted from it after the
 * commit, kept as stored files. One per plan and format; written once, never replaced or deleted
 * (hence RESTRICT on both keys: neither the plan nor the file can go while the row is there).
 */
@Entity('campaign_plan_documents')
@Check('campaign_plan_documents_format', `format IN ('DOCX', 'PDF')`)
export class CampaignPlanDocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => CampaignPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: CampaignPlanEntity;

  @PrimaryColumn({ type: 'text' })
  format!: CampaignPlanDocumentFormat;

  /** The stored file (content-addressed: files.sha256). */
  @Index()
  @Column({ type: 'text' })
  sha256!: string;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sha256' })
  file?: StoredFileEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
