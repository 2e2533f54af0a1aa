import { Inject, Injectable, Logger } from '@nestjs/common';
import { formatNumber } from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { JobService, type JobRun } from '../../core/jobs/job.service';
import type { JobEntity } from '../../core/jobs/job.entity';
import { FILE_MEDIA_TYPES, FilesService } from '../files/files.service';
import { PdfService } from '../files/pdf.service';
import { OrgService } from '../org/org.service';
import { awardDecisionTarget, decisionLabel } from './award-decision-audit';
import {
  certificatesDocument,
  decisionDocument,
  issuerOf,
  renderCertificates,
  renderDecision,
} from './award-decision-render';
import { AwardDecisionEntity, AwardDecisionRecipientEntity } from './award-decision.entity';
import { AwardDecisionService, DECISION_MANAGE } from './award-decision.service';
import { decisionsConfig, type DecisionsConfig } from './decisions.config';

/** The job kind that prints a decision's certificates. */
export const CERTIFICATES_JOB = 'decisions.certificates';

/** The public verification page of a certificate (the SPA route outside the signed-in frame). */
export const verifyPath = (code: string) => `/xac-minh/${encodeURIComponent(code)}`;

export interface DecisionFile {
  name: string;
  bytes: Uint8Array;
  type: string;
}

/**
 * The files of a decision (ADR 0022): the quyết định as .docx (a preview while a draft, the file frozen
 * at the issue afterwards) and as PDF (converted on demand, PDF_UNAVAILABLE without LibreOffice), and
 * its certificates, printed by a durable job (`printCertificates`, copied from the dossiers' PDFs job):
 * one .docx with every certificate (libs/documents `buildCertificates`), and its PDF when LibreOffice
 * is installed. Read like the decision (DECISION_READ at the issuer; NOT_FOUND for anyone else).
 */
@Injectable()
export class AwardDecisionFiles {
  private readonly logger = new Logger(AwardDecisionFiles.name);

  constructor(
    private readonly db: TransactionRunner,
    private readonly decisions: AwardDecisionService,
    private readonly org: OrgService,
    private readonly files: FilesService,
    private readonly pdf: PdfService,
    private readonly jobs: JobService,
    @Inject(decisionsConfig.KEY) private readonly config: DecisionsConfig,
  ) {
    jobs.register<{ decisionId: string; baseUrl: string }>(CERTIFICATES_JOB, (run) =>
      this.run(run),
    );
  }

  private async issuer(d: AwardDecisionEntity) {
    const unit = await this.org.get(d.issuerUnitId);
    const parent = unit.parentId ? await this.org.findById(unit.parentId) : null;
    return issuerOf(unit, parent);
  }

  private async stored(sha256: string, name: string, type: string): Promise<DecisionFile> {
    const file = await this.files.get(sha256);
    if (!file) throw AppError.notFound('Tệp của quyết định');
    return { name, bytes: file.bytes, type };
  }

  async decisionDocx(ctx: RequestContext, id: string): Promise<DecisionFile> {
    const d = await this.decisions.get(ctx, id);
    const name = d.symbol
      ? `Quyết định ${d.symbol.replace(/\//g, '-')}.docx`
      : 'Dự thảo quyết định khen thưởng.docx';
    if (d.docxSha256) return this.stored(d.docxSha256, name, FILE_MEDIA_TYPES.DOCX);
    const bytes = await renderDecision(
      decisionDocument(d, await this.decisions.recipients(d.id), await this.issuer(d)),
    );
    return { name, bytes, type: FILE_MEDIA_TYPES.DOCX };
  }

  /** The PDF of the decision's .docx, converted now (a GET writes nothing). */
  async decisionPdf(ctx: RequestContext, id: string): Promise<DecisionFile> {
    const docx = await this.decisionDocx(ctx, id);
    return {
      name: docx.name.replace(/\.docx$/, '.pdf'),
      bytes: await this.pdf.convert(docx.bytes),
      type: FILE_MEDIA_TYPES.PDF,
    };
  }

  async certificates(ctx: RequestContext, id: string, kind: 'docx' | 'pdf'): Promise<DecisionFile> {
    const d = await this.decisions.get(ctx, id);
    const sha = kind === 'docx' ? d.certificatesDocxSha256 : d.certificatesPdfSha256;
    if (!sha) throw AppError.notFound(kind === 'docx' ? 'Bản in giấy khen' : 'Bản PDF giấy khen');
    return this.stored(
      sha,
      `Giấy khen ${(d.symbol ?? '').replace(/\//g, '-')}.${kind}`,
      kind === 'docx' ? FILE_MEDIA_TYPES.DOCX : FILE_MEDIA_TYPES.PDF,
    );
  }

  /**
   * Queues the certificates of an issued decision (DECISION_MANAGE at the issuer). `origin` is the
   * request's own (scheme and host) for the QR codes' links when PUBLIC_URL is not set.
   */
  async printCertificates(tx: Tx, id: string, origin: string | null): Promise<JobEntity> {
    const d = await this.decisions.get(tx.ctx, id);
    if (!(await this.decisions.may(tx.ctx, d, DECISION_MANAGE)))
      throw AppError.forbidden('Bạn không có quyền in giấy khen của quyết định này.');
    if (d.status !== 'ISSUED')
      throw AppError.field(
        'decisionId',
        'Chỉ in giấy khen của quyết định đã ban hành (đã có số, ngày và số sổ vàng).',
      );
    const baseUrl = this.config.publicUrl ?? origin;
    if (!baseUrl)
      throw AppError.field(
        'decisionId',
        'Chưa biết địa chỉ trang công khai để in mã QR: cấu hình PUBLIC_URL trên máy chủ.',
      );
    const count = (await this.decisions.recipients(d.id)).length;
    const job = await this.jobs.create(tx, CERTIFICATES_JOB, { decisionId: d.id, baseUrl }, count);
    tx.afterCommit(() => this.jobs.wake());
    await tx.audit.event('awardDecision.printCertificates', awardDecisionTarget(d), [
      { field: 'jobId', after: job.id },
      { field: 'decisionRecipients', after: `${formatNumber(count)} giấy khen` },
    ]);
    return job;
  }

  /**
   * The job: every certificate in one .docx, then its PDF when LibreOffice is installed (a failed or
   * missing conversion leaves the .docx, said in the summary), both stored and linked on the decision
   * in one short transaction at the end, so the conversion (~1 s and more) never holds the database.
   * Derived files of the audited print: nothing new to audit.
   */
  private async run({
    payload,
    ctx,
    progress,
  }: JobRun<{ decisionId: string; baseUrl: string }>): Promise<string> {
    const d = await this.db.repo(AwardDecisionEntity).findOneBy({ id: payload.decisionId });
    if (!d || d.status !== 'ISSUED')
      throw AppError.field('decisionId', 'Quyết định không còn ở trạng thái đã ban hành.');
    const recipients = await this.db
      .repo(AwardDecisionRecipientEntity)
      .find({ where: { decisionId: d.id }, order: { position: 'ASC' } });
    const withPdf = await this.pdf.available();
    await progress.setTotal(recipients.length + (withPdf ? 1 : 0));
    const base = payload.baseUrl.replace(/\/+$/, '');
    const docx = await renderCertificates(
      certificatesDocument(
        d,
        recipients,
        await this.issuer(d),
        (code) => `${base}${verifyPath(code)}`,
      ),
    );
    await progress.report(recipients.length);
    let pdf: Uint8Array | null = null;
    let pdfProblem: string | null = withPdf ? null : 'máy chủ chưa cài LibreOffice';
    if (withPdf) {
      try {
        // LibreOffice lays out ~12 certificates a second (1,000 in 60 s at load 8, 2 cores): a
        // decision's worth gets 150 ms each, never less than the pool's own timeout
        pdf = await this.pdf.convert(docx, {
          timeoutMs: Math.max(this.pdf.timeoutMs, recipients.length * 150),
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        pdfProblem = error.message;
      }
      await progress.report(recipients.length + 1);
    }
    await this.db.run(ctx, async (tx) => {
      const storedDocx = await this.files.put(docx, FILE_MEDIA_TYPES.DOCX);
      const storedPdf = pdf ? await this.files.put(pdf, FILE_MEDIA_TYPES.PDF) : null;
      await tx.em.getRepository(AwardDecisionEntity).update(
        { id: d.id },
        {
          certificatesDocxSha256: storedDocx.sha256,
          certificatesPdfSha256: storedPdf?.sha256 ?? null,
          certificatesAt: new Date(),
        },
      );
      tx.skipAudit();
    });
    this.logger.log(
      { decisionId: d.id, certificates: recipients.length, pdf: !!pdf },
      'certificates',
    );
    const made = `Đã in ${formatNumber(recipients.length)} giấy khen của ${decisionLabel(d)}`;
    return pdfProblem
      ? `${made} (bản .docx; chưa có PDF: ${pdfProblem}).`
      : `${made} (.docx và PDF).`;
  }
}
