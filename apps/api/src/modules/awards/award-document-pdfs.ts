import { Injectable, Logger } from '@nestjs/common';
import { In } from 'typeorm';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { JobService, type JobRun } from '../../core/jobs/job.service';
import { FILE_MEDIA_TYPES, FilesService } from '../files/files.service';
import { PdfService } from '../files/pdf.service';
import { AwardDocumentPdfEntity } from './award-document-draft.entity';
import { AwardDossierDocumentEntity } from './award-dossier.entity';

/** The job kind that makes the PDFs of a sent dossier's .docx (generated and uploaded). */
export const AWARD_PDF_JOB = 'awards.dossier-pdf';

/**
 * The PDFs of a dossier's Word documents (ADR 0020), for the e-dossier package, which carries every
 * document as Word and PDF. A send queues one job (when PDF_ON_ISSUE is on and LibreOffice is
 * installed, as an issued plan's PDF is: ADR 0015) that converts each .docx not converted yet and
 * keeps the PDF by the .docx's hash (`award_document_pdfs`), so a resend converts only what changed
 * and the package reads PDFs instead of waiting ~1 s per document. What the job has not made yet is
 * converted when the package is asked for, and not kept (a GET writes nothing).
 */
@Injectable()
export class AwardDocumentPdfs {
  private readonly logger = new Logger(AwardDocumentPdfs.name);

  constructor(
    private readonly db: TransactionRunner,
    private readonly files: FilesService,
    private readonly pdf: PdfService,
    private readonly jobs: JobService,
  ) {
    jobs.register<{ dossierId: string }>(AWARD_PDF_JOB, (run) => this.run(run));
  }

  /** In a send's transaction: queues the dossier's PDFs (nothing without LibreOffice or with it off). */
  async queue(tx: Tx, dossierId: string): Promise<void> {
    if (!this.pdf.onIssue || !(await this.pdf.available())) return;
    await this.jobs.create(tx, AWARD_PDF_JOB, { dossierId });
    tx.afterCommit(() => this.jobs.wake());
  }

  /** The kept PDF of each .docx that has one, by the .docx's hash. */
  async kept(docxSha256s: readonly string[]): Promise<Map<string, string>> {
    if (!docxSha256s.length) return new Map();
    const rows = await this.db
      .repo(AwardDocumentPdfEntity)
      .findBy({ docxSha256: In([...new Set(docxSha256s)]) });
    return new Map(rows.map((r) => [r.docxSha256, r.pdfSha256]));
  }

  /** The PDF of a .docx: the kept one, else converted now (PDF_UNAVAILABLE without LibreOffice). */
  async pdfOf(docx: Uint8Array, keptSha256: string | null | undefined): Promise<Uint8Array> {
    if (keptSha256) {
      const file = await this.files.get(keptSha256);
      if (file) return file.bytes;
    }
    return this.pdf.convert(docx);
  }

  /** How many conversions to run at once (the pool's workers). */
  get workers(): number {
    return this.pdf.workers;
  }

  available(): Promise<boolean> {
    return this.pdf.available();
  }

  /**
   * The job: the dossier's .docx documents without a PDF yet, one at a time per pool worker; each PDF
   * commits on its own (a conversion takes ~1 s: a dozen would hold the embedded database's only
   * connection too long), so a retry goes on where it stopped. Derived bytes of the audited send:
   * nothing new to audit.
   */
  private async run({ payload, ctx, progress }: JobRun<{ dossierId: string }>): Promise<string> {
    if (!(await this.pdf.available()))
      throw new AppError(
        'PDF_UNAVAILABLE',
        'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; vẫn tải được bản .docx.',
      );
    const docs = await this.db.repo(AwardDossierDocumentEntity).findBy({
      dossierId: payload.dossierId,
      mediaType: FILE_MEDIA_TYPES.DOCX,
    });
    const kept = await this.kept(docs.flatMap((d) => (d.fileSha256 ? [d.fileSha256] : [])));
    const todo = [
      ...new Set(
        docs.flatMap((d) => (d.fileSha256 && !kept.has(d.fileSha256) ? [d.fileSha256] : [])),
      ),
    ];
    await progress.setTotal(todo.length);
    let done = 0;
    let next = 0;
    const worker = async () => {
      for (let sha = todo[next++]; sha; sha = todo[next++]) {
        await this.convertOne(ctx, sha);
        await progress.report((done += 1));
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(this.pdf.workers, todo.length) }, () => worker()),
    );
    this.logger.log({ dossierId: payload.dossierId, made: done }, 'dossier PDFs');
    return done
      ? `Đã tạo ${done} bản PDF của hồ sơ.`
      : 'Các tài liệu Word của hồ sơ đã có bản PDF.';
  }

  private async convertOne(ctx: RequestContext, docxSha256: string): Promise<void> {
    const docx = await this.files.get(docxSha256);
    if (!docx) return;
    const pdf = await this.pdf.convert(docx.bytes);
    await this.db.run(ctx, async (tx) => {
      const stored = await this.files.put(pdf, FILE_MEDIA_TYPES.PDF);
      await tx.em
        .createQueryBuilder()
        .insert()
        .into(AwardDocumentPdfEntity)
        .values({ docxSha256, pdfSha256: stored.sha256 })
        .orIgnore()
        .execute();
      tx.skipAudit();
    });
  }
}
