import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  LibreOfficeMissingError,
  PdfBusyError,
  PdfConversionError,
  PdfConverter,
} from '@thidua/documents/pdf';
import { pdfConfig, type PdfConfig } from '../../core/config/pdf.config';
import { AppError } from '../../core/errors/app-error';

/**
 * .docx → PDF for every module, through one pool per process (libs/documents `PdfConverter`: one
 * LibreOffice profile per worker, a bounded queue, a timeout; `PDF_WORKERS`, default 2). Failures come
 * out as AppErrors with stable codes, so a route answers 503 and never a 500: PDF_UNAVAILABLE where
 * LibreOffice is not installed, PDF_FAILED when a conversion failed, timed out or the queue is full.
 */
@Injectable()
export class PdfService implements OnModuleDestroy {
  private readonly logger = new Logger(PdfService.name);
  private readonly converter: PdfConverter;

  /** Whether an issue queues its PDF at once (PDF_ON_ISSUE); otherwise a batch or a download makes it. */
  readonly onIssue: boolean;

  constructor(@Inject(pdfConfig.KEY) private readonly config: PdfConfig) {
    this.onIssue = config.onIssue;
    this.converter = new PdfConverter({
      concurrency: config.workers,
      timeoutMs: config.timeoutMs,
      maxWaiting: config.maxWaiting,
    });
  }

  /** How many conversions run at once: a batch feeds the pool this many at a time. */
  get workers(): number {
    return this.converter.concurrency;
  }

  /** Whether LibreOffice is installed (looked up once per process). */
  available(): Promise<boolean> {
    return this.converter.available();
  }

  /** The pool's timeout, which a long document's conversion may extend (`convert`'s `timeoutMs`). */
  get timeoutMs(): number {
    return this.config.timeoutMs;
  }

  async convert(docx: Uint8Array, options: { timeoutMs?: number } = {}): Promise<Uint8Array> {
    try {
      return await this.converter.convert(docx, options);
    } catch (error) {
      throw toAppError(error, this.logger);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.converter.dispose();
  }
}

/** The Vietnamese answer for a conversion that did not happen. */
export function toAppError(error: unknown, logger?: Logger): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof LibreOfficeMissingError) {
    return new AppError(
      'PDF_UNAVAILABLE',
      'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; vẫn tải được bản .docx.',
    );
  }
  if (error instanceof PdfBusyError) return new AppError('PDF_FAILED', error.message);
  if (error instanceof PdfConversionError) {
    // LibreOffice's own output names paths and internals: logged, not shown
    logger?.warn({ err: error }, 'PDF conversion failed');
    return new AppError(
      'PDF_FAILED',
      'Chưa tạo được bản PDF (LibreOffice báo lỗi hoặc chạy quá lâu); vui lòng thử lại sau hoặc tải bản .docx.',
    );
  }
  logger?.error({ err: error }, 'PDF conversion failed unexpectedly');
  return new AppError(
    'PDF_FAILED',
    'Chưa tạo được bản PDF lúc này; vui lòng thử lại sau hoặc tải bản .docx.',
  );
}
