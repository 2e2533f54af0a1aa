import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { groupByKeys, loaderKey } from '../../core/graphql/loaders';
import type { JobEntity } from '../../core/jobs/job.entity';
import { JobService } from '../../core/jobs/job.service';
import { FILE_MEDIA_TYPES, FilesService } from '../files/files.service';
import { PdfService } from '../files/pdf.service';
import { CampaignDocumentBatchItemEntity } from './campaign-document-batch-item.entity';
import { CampaignDocuments } from './campaign-document';
import {
  CampaignPlanDocumentEntity,
  type CampaignPlanDocumentFormat,
} from './campaign-plan-document.entity';
import type { CampaignPlanEntity } from './campaign-plan.entity';

/** The job kind that makes plans' PDFs: after an issue (one plan) and for a batch (up to 500). */
export const CAMPAIGN_PDF_JOB = 'documents.campaign-pdf';

const MEDIA_TYPE = {
  DOCX: FILE_MEDIA_TYPES.DOCX,
  PDF: FILE_MEDIA_TYPES.PDF,
} as const satisfies Record<CampaignPlanDocumentFormat, string>;

/**
 * The frozen documents of issued plans (`campaign_plan_documents`) and the PDF batches' items. An
 * issued plan's .docx is built and stored in the issuing transaction (`freeze`), so it exists exactly
 * when the plan is issued; its PDF follows from a job after the commit (LibreOffice takes ~1 s, too
 * long to hold the issuing transaction and its register lock). Rows are written once and never
 * replaced: the routes serve these bytes, never a rebuild.
 */
@Injectable()
export class CampaignDocumentStore {
  constructor(
    private readonly db: TransactionRunner,
    private readonly files: FilesService,
    private readonly documents: CampaignDocuments,
    private readonly jobs: JobService,
    private readonly pdf: PdfService,
  ) {}

  /** The frozen documents of each plan (none for a draft), for GraphQL fields. */
  readonly frozenOf = loaderKey<string, CampaignPlanDocumentEntity[]>(
    'campaignPlanFrozenDocuments',
    async (planIds) =>
      groupByKeys(
        planIds,
        await this.db
          .repo(CampaignPlanDocumentEntity)
          .find({ where: { planId: In([...planIds]) }, order: { format: 'ASC' } }),
        (d) => d.planId,
      ),
  );

  async frozen(
    planId: string,
    format: CampaignPlanDocumentFormat,
  ): Promise<CampaignPlanDocumentEntity | null> {
    return this.db.repo(CampaignPlanDocumentEntity).findOneBy({ planId, format });
  }

  /** The frozen bytes, or null when the plan has none in that format (yet). */
  async frozenBytes(
    planId: string,
    format: CampaignPlanDocumentFormat,
  ): Promise<Uint8Array | null> {
    const row = await this.frozen(planId, format);
    return row ? ((await this.files.get(row.sha256))?.bytes ?? null) : null;
  }

  /**
   * In the issuing transaction: builds the plan's .docx and keeps it, then queues its PDF (when this
   * server can make one: without LibreOffice the job would only fail; a batch can make it later) and
   * PDF_ON_ISSUE is not off.
   */
  async freeze(tx: Tx, plan: CampaignPlanEntity): Promise<void> {
    await this.keep(plan.id, 'DOCX', await this.documents.buildDocx(plan));
    if (this.pdf.onIssue && (await this.pdf.available())) {
      await this.queuePdfs(tx, [plan.id]);
    }
  }

  /**
   * Stores the bytes and links them as the plan's frozen document in `format`, in the open
   * transaction. A plan that already has one keeps it (frozen means never replaced): the stored one's
   * hash is returned.
   */
  async keep(
    planId: string,
    format: CampaignPlanDocumentFormat,
    bytes: Uint8Array,
  ): Promise<string> {
    const existing = await this.frozen(planId, format);
    if (existing) return existing.sha256;
    const file = await this.files.put(bytes, MEDIA_TYPE[format]);
    await this.db.manager
      .createQueryBuilder()
      .insert()
      .into(CampaignPlanDocumentEntity)
      .values({ planId, format, sha256: file.sha256 })
      .orIgnore()
      .execute();
    return (await this.frozen(planId, format))?.sha256 ?? file.sha256;
  }

  /** Queues one PDF job over the plans, in order (its items say how each went); wakes it after commit. */
  async queuePdfs(tx: Tx, planIds: readonly string[]): Promise<JobEntity> {
    const job = await this.jobs.create(tx, CAMPAIGN_PDF_JOB, {}, planIds.length);
    await tx.em.getRepository(CampaignDocumentBatchItemEntity).insert(
      planIds.map((planId, position) => ({
        jobId: job.id,
        planId,
        position,
        status: 'PENDING' as const,
      })),
    );
    tx.afterCommit(() => this.jobs.wake());
    return job;
  }

  /** The items of a batch, in the order asked. */
  async items(jobId: string): Promise<CampaignDocumentBatchItemEntity[]> {
    return this.db
      .repo(CampaignDocumentBatchItemEntity)
      .find({ where: { jobId }, order: { position: 'ASC' } });
  }

  async item(jobId: string, planId: string): Promise<CampaignDocumentBatchItemEntity | null> {
    return this.db.repo(CampaignDocumentBatchItemEntity).findOneBy({ jobId, planId });
  }

  /** Records how one plan of a batch went (in the open transaction). */
  async settle(
    jobId: string,
    planId: string,
    outcome: Pick<
      CampaignDocumentBatchItemEntity,
      'status' | 'sha256' | 'created' | 'error' | 'durationMs'
    >,
  ): Promise<void> {
    await this.db
      .repo(CampaignDocumentBatchItemEntity)
      .update({ jobId, planId }, { ...outcome, finishedAt: new Date() });
  }
}
