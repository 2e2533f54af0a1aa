import { Injectable, Logger } from '@nestjs/common';
import { DocumentDataError } from '@thidua/documents';
import { isIssuedStatus } from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import type { JobEntity } from '../../core/jobs/job.entity';
import { JobService, type JobRun } from '../../core/jobs/job.service';
import { FILE_MEDIA_TYPES, FilesService } from '../files/files.service';
import { PdfService } from '../files/pdf.service';
import type { CampaignDocumentBatchItemEntity } from './campaign-document-batch-item.entity';
import { CAMPAIGN_PDF_JOB, CampaignDocumentStore } from './campaign-document-store';
import { CampaignDocuments, type CampaignPlanFileName } from './campaign-document';
import type { CampaignPlanEntity } from './campaign-plan.entity';
import { CampaignService } from './campaign.service';

export interface CampaignPlanFile extends CampaignPlanFileName {
  bytes: Uint8Array;
  /** Kept bytes of an issued plan (never rebuilt), as opposed to a draft built for this request. */
  frozen: boolean;
}

export interface CampaignDocumentBatchData {
  job: JobEntity;
  items: CampaignDocumentBatchItemEntity[];
}

/** What a plan of a batch came to. */
interface Outcome {
  status: 'DONE' | 'FAILED';
  sha256: string | null;
  /** Made by this batch (false: the issued plan's PDF was already kept). */
  created: boolean;
  error: string | null;
}

const PDF_UNAVAILABLE = () =>
  new AppError(
    'PDF_UNAVAILABLE',
    'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; vẫn tải được bản .docx.',
  );

/** A DocumentDataError (the builder refusing the plan's data) as the Vietnamese answer it carries. */
function printable<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    if (error instanceof DocumentDataError) {
      throw AppError.field('id', `Không in được kế hoạch: ${error.message}`);
    }
    throw error;
  });
}

/**
 * A plan's documents over REST and in batches. An issued plan is served from what was kept when it
 * was issued (CampaignDocumentStore): the .docx built in the issuing transaction, the PDF converted from
 * it by a job after the commit; never rebuilt from data that may have moved since (a unit renamed, a
 * căn cứ corrected). A draft is built for each request. Where the PDF is not kept yet (a draft, a plan
 * whose job has not run) it is converted on the fly through the process's pool; without LibreOffice
 * the answer is PDF_UNAVAILABLE (503), and the .docx still works.
 */
@Injectable()
export class CampaignDocumentService {
  private readonly logger = new Logger(CampaignDocumentService.name);

  constructor(
    private readonly plans: CampaignService,
    private readonly documents: CampaignDocuments,
    private readonly store: CampaignDocumentStore,
    private readonly files: FilesService,
    private readonly pdf: PdfService,
    private readonly jobs: JobService,
    private readonly db: TransactionRunner,
  ) {
    jobs.register(CAMPAIGN_PDF_JOB, (run) => this.runBatch(run));
  }

  /** The .docx: the kept one of an issued plan, a fresh build of a draft. NOT_FOUND outside scope. */
  async docx(ctx: RequestContext, id: string): Promise<CampaignPlanFile> {
    const plan = await this.plans.get(ctx, id);
    const kept = isIssuedStatus(plan.status) ? await this.store.frozenBytes(plan.id, 'DOCX') : null;
    return {
      bytes: kept ?? (await printable(() => this.documents.buildDocx(plan))),
      frozen: kept !== null,
      ...this.documents.fileName(plan, 'docx'),
    };
  }

  /** The PDF: the kept one of an issued plan, else converted now from the (kept or fresh) .docx. */
  async pdfOf(ctx: RequestContext, id: string): Promise<CampaignPlanFile> {
    const plan = await this.plans.get(ctx, id);
    const name = this.documents.fileName(plan, 'pdf');
    if (isIssuedStatus(plan.status)) {
      const kept = await this.store.frozenBytes(plan.id, 'PDF');
      if (kept) return { bytes: kept, frozen: true, ...name };
    }
    const docx = await this.sourceDocx(plan);
    return { bytes: await this.pdf.convert(docx.bytes), frozen: false, ...name };
  }

  /** The PDF a batch made of the plan (a draft's, as it was then). NOT_FOUND unless both are visible. */
  async batchPdf(ctx: RequestContext, jobId: string, planId: string): Promise<CampaignPlanFile> {
    await this.batchJob(ctx, jobId);
    const plan = await this.plans.get(ctx, planId);
    const item = await this.store.item(jobId, planId);
    const file = item?.sha256 ? await this.files.get(item.sha256) : null;
    if (!file) throw AppError.notFound('Bản PDF', planId);
    return { bytes: file.bytes, frozen: false, ...this.documents.fileName(plan, 'pdf') };
  }

  /**
   * Queues one job that makes the PDF of every plan asked (CAMPAIGN_READ on each: a plan the caller
   * cannot read is NOT_FOUND, naming nothing, and nothing is queued). Issued plans get their kept PDF
   * (made now if missing); drafts a PDF of what they say today, kept with the batch.
   */
  async requestBatch(tx: Tx, planIds: readonly string[]): Promise<CampaignDocumentBatchData> {
    if (new Set(planIds).size !== planIds.length) {
      throw AppError.field('planIds', 'Một kế hoạch được chọn hai lần.');
    }
    for (const id of planIds) await this.plans.get(tx.ctx, id);
    if (!(await this.pdf.available())) throw PDF_UNAVAILABLE();
    const job = await this.store.queuePdfs(tx, planIds);
    await tx.audit.event(
      'campaignPlan.renderDocuments',
      {
        entityType: 'Job',
        entityId: job.id,
        label: `Tạo bản PDF của ${planIds.length} kế hoạch thi đua`,
        scopeUnitId: tx.ctx.actor.unitId,
      },
      [{ field: 'planIds', after: [...planIds] }],
    );
    return { job, items: await this.store.items(job.id) };
  }

  /** A batch its starter (or a global administrator) may see, with each plan's outcome. */
  async batch(ctx: RequestContext, jobId: string): Promise<CampaignDocumentBatchData> {
    const job = await this.batchJob(ctx, jobId);
    return { job, items: await this.store.items(job.id) };
  }

  private async batchJob(ctx: RequestContext, jobId: string): Promise<JobEntity> {
    const job = await this.jobs.getVisible(ctx, jobId);
    if (job.kind !== CAMPAIGN_PDF_JOB) throw AppError.notFound('Tác vụ', jobId);
    return job;
  }

  /** The .docx a PDF is made from: an issued plan's kept one (or, issued before they were kept, built). */
  private async sourceDocx(
    plan: CampaignPlanEntity,
  ): Promise<{ bytes: Uint8Array; kept: boolean }> {
    const kept = isIssuedStatus(plan.status) ? await this.store.frozenBytes(plan.id, 'DOCX') : null;
    if (kept) return { bytes: kept, kept: true };
    return { bytes: await printable(() => this.documents.buildDocx(plan)), kept: false };
  }

  /**
   * The job (`documents.campaign-pdf`): the plans still PENDING, `pdf.workers` at a time (the pool
   * runs that many LibreOffice processes). Each plan's result commits on its own, so a retry after a
   * crash goes on from where it stopped, and the embedded database's one connection is free while
   * LibreOffice works. A cancel stops it at the next plan (PDFs already kept stay: they are copies of
   * frozen documents or of drafts, not changes). Without LibreOffice the job fails at once, saying so.
   */
  private async runBatch({ id: jobId, ctx, progress }: JobRun): Promise<string> {
    const startedAt = Date.now();
    if (!(await this.pdf.available())) throw PDF_UNAVAILABLE();
    const items = await this.store.items(jobId);
    const pending = items.filter((i) => i.status === 'PENDING');
    let done = items.length - pending.length;
    await progress.setTotal(items.length);
    await progress.report(done);
    let next = 0;
    let stop = false;
    const worker = async () => {
      for (let item = pending[next++]; item && !stop; item = pending[next++]) {
        const started = Date.now();
        try {
          await this.renderOne(ctx, jobId, item.planId, started);
          done += 1;
          await progress.report(done);
        } catch (error) {
          stop = true;
          throw error;
        }
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(this.pdf.workers, pending.length) }, () => worker()),
    );
    return this.summary(await this.store.items(jobId), Date.now() - startedAt);
  }

  /** One plan: its PDF made (or found) and kept, and the item settled, in one short transaction. */
  private async renderOne(
    ctx: RequestContext,
    jobId: string,
    planId: string,
    started: number,
  ): Promise<void> {
    let outcome: Outcome;
    let keep: ((tx: Tx) => Promise<string>) | null = null;
    try {
      const plan = await this.plans.get(ctx, planId);
      const issued = isIssuedStatus(plan.status);
      const kept = issued ? await this.store.frozen(plan.id, 'PDF') : null;
      if (kept) {
        outcome = { status: 'DONE', sha256: kept.sha256, created: false, error: null };
      } else {
        const docx = await this.sourceDocx(plan);
        const pdf = await this.pdf.convert(docx.bytes);
        outcome = { status: 'DONE', sha256: null, created: true, error: null };
        keep = async () => {
          if (!issued) return (await this.files.put(pdf, FILE_MEDIA_TYPES.PDF)).sha256;
          // a plan issued before documents were kept gets its .docx kept with the PDF
          if (!docx.kept) await this.store.keep(plan.id, 'DOCX', docx.bytes);
          return this.store.keep(plan.id, 'PDF', pdf);
        };
      }
    } catch (error) {
      if (error instanceof AppError && error.code === 'PDF_UNAVAILABLE') throw error;
      if (!(error instanceof AppError)) throw error;
      // this plan cannot be printed (gone from the reader's scope, bad data, LibreOffice failed)
      outcome = { status: 'FAILED', sha256: null, created: false, error: error.message };
    }
    await this.db.run(ctx, async (tx) => {
      const sha256 = keep ? await keep(tx) : outcome.sha256;
      await this.store.settle(jobId, planId, {
        status: outcome.status,
        sha256,
        created: outcome.created,
        error: outcome.error,
        durationMs: Date.now() - started,
      });
      // derived bytes of an audited change (the issue, the batch request): nothing new to record
      tx.skipAudit();
    });
  }

  private summary(items: CampaignDocumentBatchItemEntity[], wallMs: number): string {
    const made = items.filter((i) => i.status === 'DONE' && i.created).length;
    const reused = items.filter((i) => i.status === 'DONE' && !i.created).length;
    const failed = items.filter((i) => i.status === 'FAILED').length;
    const s = (ms: number) =>
      (ms / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
    const parts = [
      made
        ? `Đã tạo ${made} bản PDF trong ${s(wallMs)} giây (${s(wallMs / made)} giây một bản)`
        : 'Không phải tạo bản PDF mới nào',
    ];
    if (reused) parts.push(`${reused} bản đã có sẵn`);
    if (failed) parts.push(`${failed} kế hoạch không tạo được`);
    this.logger.log({ made, reused, failed, wallMs }, 'PDF batch');
    return `${parts.join('; ')}.`;
  }
}
