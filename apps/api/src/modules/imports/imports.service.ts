import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import {
  counts,
  displayValues,
  type ImportRowAction,
  type RowVerdict,
  type SourceRow,
} from '../../core/excel/excel-import';
import { readSheet } from '../../core/excel/excel-reader';
import { ExcelRegistry, type ImportHandler } from '../../core/excel/excel-registry';
import { paginate, type ConnectionShape } from '../../core/graphql/connection';
import type { JobEntity } from '../../core/jobs/job.entity';
import {
  isGlobalAdmin,
  JobCancelled,
  JobService,
  type JobProgress,
} from '../../core/jobs/job.service';
import { importBatchTarget } from './import-audit';
import { ImportBatchEntity, type ImportStatus } from './import-batch.entity';
import { ImportRowEntity } from './import-row.entity';

/** Uploads above this size are refused (at the HTTP layer too). */
export const MAX_UPLOAD_MB = 10;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
/** Data rows per file. */
export const MAX_IMPORT_ROWS = 50_000;
/** Rows written per statement (one JSON parameter each). */
const ROW_CHUNK = 2_000;

const STATUS_LABEL: Record<ImportStatus, string> = {
  PREVIEW: 'đang xem trước',
  COMMITTING: 'đang ghi dữ liệu',
  COMMITTED: 'đã ghi dữ liệu',
  FAILED: 'ghi dữ liệu thất bại',
};

export const IMPORT_MESSAGES = {
  notPreview: (status: ImportStatus) =>
    `Lần nhập này ${STATUS_LABEL[status]}: chỉ ghi được lần nhập đang xem trước. Hãy tải tệp lên lại.`,
  hasInvalid: (n: number) =>
    `Còn ${n} dòng có lỗi: không ghi được dữ liệu nào. Hãy sửa các dòng đó trong tệp rồi tải lên lại.`,
  notDiscardable: (status: ImportStatus) => `Lần nhập này ${STATUS_LABEL[status]}: không huỷ được.`,
  noPermission: 'Bạn không có quyền nhập loại dữ liệu này.',
  changedSincePreview: (n: number) =>
    `Dữ liệu trong hệ thống đã thay đổi từ lúc xem trước: ${n} dòng không còn hợp lệ (xem lỗi từng dòng). ` +
    'Không có dữ liệu nào được ghi; hãy sửa tệp rồi tải lên lại.',
  failed: (reason: string) => `Không ghi được dữ liệu: ${reason} Không có dữ liệu nào được ghi.`,
  duplicate:
    'dữ liệu bị trùng với một bản ghi vừa được tạo (có thể có người khác đang nhập cùng mã).',
  internal: 'đã xảy ra lỗi hệ thống.',
};

/** The job that commits a batch of this kind: 'import.units' (stored with queued jobs: keep it stable). */
function commitJobKind(kind: string): string {
  return `import.${kind.toLowerCase()}`;
}

/** Thrown inside the commit transaction when the rows no longer pass: rolls it back, keeps the verdicts. */
class StaleImport extends Error {
  constructor(readonly verdicts: RowVerdict[]) {
    super('import rows no longer valid');
  }
}

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/**
 * Excel imports: an upload is read and every row checked (the preview, stored as a batch of rows);
 * committing re-checks every row against the current database and applies them all in ONE transaction,
 * as a background job with progress. A batch belongs to its uploader (and global administrators).
 * What a kind means (columns, permission, checks, writes) is its handler's, registered by the module
 * that owns the data (ExcelRegistry); this service is the same for every kind.
 */
@Injectable()
export class ImportsService implements OnModuleInit {
  private readonly logger = new Logger(ImportsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly jobs: JobService,
    private readonly registry: ExcelRegistry,
  ) {
    // every kind, whichever module registers it and whenever (a queued commit survives a restart)
    registry.onImport((handler) =>
      this.jobs.register<{ batchId: string }>(commitJobKind(handler.kind), (run) =>
        this.runCommit(run.ctx, run.payload.batchId, run.progress),
      ),
    );
  }

  /**
   * A commit whose job ended without running the batch's code (cancelled while queued, or failed after
   * its last interrupted attempt) cannot finish: mark it failed. A job queued again after a restart
   * keeps its batch COMMITTING and applies it when it runs.
   */
  async onModuleInit(): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_batches b SET status = 'FAILED', updated_at = now()
         FROM jobs j WHERE b.job_id = j.id AND b.status = 'COMMITTING' AND j.status IN ('FAILED', 'CANCELLED')`,
    );
  }

  /** The import of a stored batch. */
  handlerOf(batch: Pick<ImportBatchEntity, 'kind'>): ImportHandler {
    return this.registry.importOf(batch.kind);
  }

  /** Reads the file, checks every row, stores the batch (status PREVIEW). Nothing else changes. */
  async preview(
    ctx: RequestContext,
    handler: ImportHandler,
    file: UploadedFile,
  ): Promise<ImportBatchEntity> {
    if (!ctx.actor.can(handler.permission)) throw AppError.forbidden(IMPORT_MESSAGES.noPermission);
    // readSheet bounds how many files are parsed at once (core/excel/read-gate.ts: two, two more wait, then 429).
    const sheet = await readSheet(file.buffer, handler.columns, {
      maxBytes: MAX_UPLOAD_BYTES,
      maxRows: MAX_IMPORT_ROWS,
    });
    const source: SourceRow[] = sheet.rows.map((r) => ({
      rowNumber: r.rowNumber,
      values: r.values as Record<string, unknown>,
      rejected: r.rejected as Record<string, string>,
    }));
    return this.tx.run(ctx, async (tx) => {
      const plan = await handler.plan(
        ctx,
        source,
        sheet.rows.map((r) => r.problems),
      );
      const n = counts(plan.verdicts);
      const repo = tx.em.getRepository(ImportBatchEntity);
      const batch = repo.create({
        kind: handler.kind,
        fileName: cleanFileName(file.originalname),
        status: 'PREVIEW',
        rowCount: source.length,
        errorCount: n.INVALID,
        createCount: n.CREATE,
        updateCount: n.UPDATE,
        unchangedCount: n.UNCHANGED,
        ignoredHeaders: sheet.unknownHeaders.slice(0, 100),
        jobId: null,
        actorType: ctx.actor.type,
        actorId: ctx.actor.id,
      });
      await repo.insert(batch);
      await this.insertRows(tx.em, batch.id, handler, source, plan.verdicts);
      await tx.audit.event('import.preview', await importBatchTarget(tx.em, batch), [
        { field: 'kind', after: handler.kind },
        { field: 'fileName', after: batch.fileName },
        { field: 'rowCount', after: batch.rowCount },
        { field: 'errorCount', after: batch.errorCount },
      ]);
      return (await repo.findOneBy({ id: batch.id })) as ImportBatchEntity;
    });
  }

  private async insertRows(
    em: EntityManager,
    batchId: string,
    handler: ImportHandler,
    source: SourceRow[],
    verdicts: RowVerdict[],
  ): Promise<void> {
    for (let start = 0; start < source.length; start += ROW_CHUNK) {
      const chunk = source.slice(start, start + ROW_CHUNK).map((row, i) => ({
        row_number: row.rowNumber,
        action: verdicts[start + i].action,
        cells: displayValues(handler.columns, row.values, row.rejected),
        problems: verdicts[start + i].problems,
        data: row.values,
      }));
      await em.query(
        `INSERT INTO import_rows (batch_id, row_number, action, cells, problems, data)
         SELECT $1, x.row_number, x.action, x.cells, x.problems, x.data
           FROM jsonb_to_recordset($2::jsonb) AS x(row_number int, action text, cells text[], problems text[], data jsonb)`,
        [batchId, JSON.stringify(chunk)],
      );
    }
  }

  private async updateVerdicts(
    em: EntityManager,
    batchId: string,
    rowNumbers: number[],
    verdicts: RowVerdict[],
  ): Promise<void> {
    for (let start = 0; start < verdicts.length; start += ROW_CHUNK) {
      const chunk = verdicts.slice(start, start + ROW_CHUNK).map((v, i) => ({
        row_number: rowNumbers[start + i],
        action: v.action,
        problems: v.problems,
      }));
      await em.query(
        `UPDATE import_rows r SET action = x.action, problems = x.problems, updated_at = now()
           FROM jsonb_to_recordset($2::jsonb) AS x(row_number int, action text, problems text[])
          WHERE r.batch_id = $1 AND r.row_number = x.row_number`,
        [batchId, JSON.stringify(chunk)],
      );
    }
  }

  private canSee(ctx: RequestContext, batch: ImportBatchEntity): boolean {
    return (
      isGlobalAdmin(ctx.actor) ||
      (batch.actorType === ctx.actor.type && batch.actorId === ctx.actor.id)
    );
  }

  /** A batch its uploader (or a global administrator) may see; otherwise NOT_FOUND. */
  async getVisible(ctx: RequestContext, id: string, lock = false): Promise<ImportBatchEntity> {
    const qb = this.tx.repo(ImportBatchEntity).createQueryBuilder('b').where('b.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const batch = await qb.getOne();
    if (!batch || !this.canSee(ctx, batch)) throw AppError.notFound('Lần nhập dữ liệu', id);
    return batch;
  }

  async rows(
    batchId: string,
    args: { first: number; after?: string | null; onlyProblems?: boolean | null },
  ): Promise<ConnectionShape<ImportRowEntity>> {
    const qb = this.tx
      .repo(ImportRowEntity)
      .createQueryBuilder('r')
      .where('r.batch_id = :batchId', { batchId });
    if (args.onlyProblems) qb.andWhere(`r.action = 'INVALID'`);
    return paginate(qb, args, {
      expression: 'r.row_number',
      direction: 'ASC',
      value: (r) => r.rowNumber,
      idExpression: 'r.id',
      id: (r) => r.id,
    });
  }

  /**
   * Starts the commit: the batch must be in PREVIEW without INVALID rows. Returns at once with the batch
   * COMMITTING and its job; the job re-checks and applies every row in one transaction.
   */
  async commit(
    ctx: RequestContext,
    batchId: string,
  ): Promise<{ batch: ImportBatchEntity; job: JobEntity }> {
    const result = await this.tx.run(ctx, async (tx) => {
      const batch = await this.getVisible(ctx, batchId, true);
      if (!ctx.actor.can(this.handlerOf(batch).permission))
        throw AppError.forbidden(IMPORT_MESSAGES.noPermission);
      if (batch.status !== 'PREVIEW')
        throw AppError.field('batchId', IMPORT_MESSAGES.notPreview(batch.status));
      if (batch.errorCount > 0)
        throw AppError.field('batchId', IMPORT_MESSAGES.hasInvalid(batch.errorCount));
      const job = await this.jobs.create(
        tx,
        commitJobKind(batch.kind),
        { batchId: batch.id },
        batch.createCount + batch.updateCount,
      );
      await tx.em
        .getRepository(ImportBatchEntity)
        .update({ id: batch.id }, { status: 'COMMITTING', jobId: job.id });
      await tx.audit.event('import.commit', await importBatchTarget(tx.em, batch), [
        { field: 'status', before: 'PREVIEW', after: 'COMMITTING' },
        { field: 'jobId', after: job.id },
      ]);
      return { batch: { ...batch, status: 'COMMITTING' as const, jobId: job.id }, job };
    });
    this.jobs.wake();
    return result;
  }

  /** The job: re-check every row in the commit transaction, then apply them all (or nothing). */
  private async runCommit(
    ctx: RequestContext,
    batchId: string,
    progress: JobProgress,
  ): Promise<string> {
    const batch = await this.getVisible(ctx, batchId);
    const handler = this.handlerOf(batch);
    const stored = await this.tx
      .repo(ImportRowEntity)
      .createQueryBuilder('r')
      .select(['r.rowNumber', 'r.data'])
      .where('r.batch_id = :batchId', { batchId })
      .orderBy('r.row_number', 'ASC')
      .getMany();
    const source: SourceRow[] = stored.map((r) => ({ rowNumber: r.rowNumber, values: r.data }));
    try {
      return await this.tx.run(ctx, async (tx) => {
        const plan = await handler.plan(ctx, source, []);
        if (plan.verdicts.some((v) => v.action === 'INVALID')) throw new StaleImport(plan.verdicts);
        const message = await plan.apply(tx, progress);
        const n = counts(plan.verdicts);
        await this.finish(tx, batch, 'COMMITTED', n);
        await tx.audit.event('import.apply', await importBatchTarget(tx.em, batch), [
          { field: 'kind', after: batch.kind },
          { field: 'created', after: n.CREATE },
          { field: 'updated', after: n.UPDATE },
          { field: 'unchanged', after: n.UNCHANGED },
        ]);
        return message;
      });
    } catch (error) {
      throw await this.fail(batch, source, error);
    }
  }

  private async finish(
    tx: Tx,
    batch: ImportBatchEntity,
    status: ImportStatus,
    n: Record<ImportRowAction, number>,
  ): Promise<void> {
    await tx.em.getRepository(ImportBatchEntity).update(
      { id: batch.id },
      {
        status,
        errorCount: n.INVALID,
        createCount: n.CREATE,
        updateCount: n.UPDATE,
        unchangedCount: n.UNCHANGED,
      },
    );
  }

  /** After the rollback: the batch is FAILED (with the new problems, if the rows went stale); the error for the job. */
  private async fail(
    batch: ImportBatchEntity,
    source: SourceRow[],
    error: unknown,
  ): Promise<Error> {
    try {
      // its own transaction, after the work's rolled back (no transaction is open in this chain now)
      await this.dataSource.transaction(async (em) => {
        await em.getRepository(ImportBatchEntity).update({ id: batch.id }, { status: 'FAILED' });
        if (error instanceof StaleImport) {
          const n = counts(error.verdicts);
          await em.getRepository(ImportBatchEntity).update(
            { id: batch.id },
            {
              errorCount: n.INVALID,
              createCount: n.CREATE,
              updateCount: n.UPDATE,
              unchangedCount: n.UNCHANGED,
            },
          );
          await this.updateVerdicts(
            em,
            batch.id,
            source.map((r) => r.rowNumber),
            error.verdicts,
          );
        }
      });
    } catch (bookkeeping) {
      this.logger.error(
        { err: bookkeeping, batchId: batch.id },
        'could not mark the import batch failed',
      );
    }
    // The job service records a cancellation as such (CANCELLED, nothing written).
    if (error instanceof JobCancelled) return error;
    if (error instanceof StaleImport) {
      return new AppError(
        'BAD_USER_INPUT',
        IMPORT_MESSAGES.changedSincePreview(counts(error.verdicts).INVALID),
      );
    }
    if (error instanceof AppError)
      return new AppError(error.code, IMPORT_MESSAGES.failed(error.message));
    if ((error as { code?: string }).code === '23505') {
      return new AppError(
        'CONFLICT',
        IMPORT_MESSAGES.failed(capitalise(IMPORT_MESSAGES.duplicate)),
      );
    }
    this.logger.error({ err: error, batchId: batch.id }, 'import commit failed');
    return new AppError(
      'INTERNAL_SERVER_ERROR',
      IMPORT_MESSAGES.failed(capitalise(IMPORT_MESSAGES.internal)),
    );
  }

  /** Deletes a batch that was not (or could not be) committed, with its rows. */
  async discard(ctx: RequestContext, batchId: string): Promise<string> {
    return this.tx.run(ctx, async (tx) => {
      const batch = await this.getVisible(ctx, batchId, true);
      if (batch.status !== 'PREVIEW' && batch.status !== 'FAILED') {
        throw AppError.field('batchId', IMPORT_MESSAGES.notDiscardable(batch.status));
      }
      await tx.em.getRepository(ImportBatchEntity).delete({ id: batch.id });
      await tx.audit.event('import.discard', await importBatchTarget(tx.em, batch), [
        { field: 'kind', before: batch.kind },
        { field: 'fileName', before: batch.fileName },
        { field: 'status', before: batch.status },
      ]);
      return batch.id;
    });
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The name shown for the upload: no path, no control characters, at most 255 characters. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what it removes
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 255);
  return cleaned || 'tep-tai-len.xlsx';
}
