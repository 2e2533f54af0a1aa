import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { JobEntity } from '../../core/jobs/job.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { CampaignPlanEntity } from './campaign-plan.entity';

export type CampaignDocumentBatchItemStatus = 'PENDING' | 'DONE' | 'FAILED';

/**
 * One plan of a PDF batch (`renderCampaignPlanDocuments`, job kind `documents.campaign-pdf`): its
 * place in the batch and its outcome. The job commits each plan's PDF on its own (a conversion takes
 * ~1 s: one transaction for a hundred would hold the embedded database's only connection for minutes),
 * so a retried job finds the plans already DONE here and goes on with the rest (ADR 0011: "able to find
 * what an earlier attempt committed").
 */
@Entity('campaign_document_batch_items')
@Check('campaign_document_batch_items_status', `status IN ('PENDING', 'DONE', 'FAILED')`)
export class CampaignDocumentBatchItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  jobId!: string;

  @ManyToOne(() => JobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: JobEntity;

  @PrimaryColumn({ type: 'uuid' })
  planId!: string;

  @Index()
  @ManyToOne(() => CampaignPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: CampaignPlanEntity;

  /** Order asked for (0-based). */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text', default: 'PENDING' })
  status!: CampaignDocumentBatchItemStatus;

  /** The PDF made (for an issued plan: its frozen PDF). */
  @Index()
  @Column({ type: 'text', nullable: true })
  sha256!: string | null;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sha256' })
  file?: StoredFileEntity | null;

  /** Made by this batch; false when the issued plan's PDF was already kept (nothing to convert). */
  @Column({ type: 'boolean', default: false })
  created!: boolean;

  /** Why this plan has no PDF (Vietnamese). */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** How long this plan took (build + conversion + storing), in milliseconds. */
  @Column({ type: 'int', nullable: true })
  durationMs!: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  finishedAt!: Date | null;
}
