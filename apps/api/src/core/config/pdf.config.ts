import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { defineConfig, parseBool } from './define-config';

class PdfEnv {
  @IsOptional()
  @IsInt({ message: 'PDF_WORKERS phải là số nguyên từ 1 đến 16' })
  @Min(1, { message: 'PDF_WORKERS phải là số nguyên từ 1 đến 16' })
  @Max(16, { message: 'PDF_WORKERS phải là số nguyên từ 1 đến 16' })
  PDF_WORKERS?: number;

  @IsOptional()
  @IsInt({ message: 'PDF_TIMEOUT_MS phải là số nguyên từ 5000 đến 600000' })
  @Min(5000, { message: 'PDF_TIMEOUT_MS phải là số nguyên từ 5000 đến 600000' })
  @Max(600000, { message: 'PDF_TIMEOUT_MS phải là số nguyên từ 5000 đến 600000' })
  PDF_TIMEOUT_MS?: number;

  @IsOptional()
  @IsInt({ message: 'PDF_MAX_WAITING phải là số nguyên từ 0 đến 1000' })
  @Min(0, { message: 'PDF_MAX_WAITING phải là số nguyên từ 0 đến 1000' })
  @Max(1000, { message: 'PDF_MAX_WAITING phải là số nguyên từ 0 đến 1000' })
  PDF_MAX_WAITING?: number;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'PDF_ON_ISSUE phải là true hoặc false' })
  PDF_ON_ISSUE?: string;
}

/**
 * The .docx → PDF pool (libs/documents `PdfConverter`, LibreOffice headless; SOFFICE_PATH names another
 * soffice). Two workers by default: soffice converts on one core and our servers have two (8 plans:
 * 8.6 s with one worker, 4.9 s with two, 5.0 s with three on the 2-core dev machine).
 */
export const pdfConfig = defineConfig('pdf', PdfEnv, (env) => ({
  workers: env.PDF_WORKERS ?? 2,
  timeoutMs: env.PDF_TIMEOUT_MS ?? 60_000,
  maxWaiting: env.PDF_MAX_WAITING ?? 50,
  /**
   * Whether issuing a plan queues its PDF at once. The integration tests turn it off (they issue ~25
   * plans per run, each ~1 s of LibreOffice on a 2-core CI machine, racing the tests' own work); the
   * test of the frozen PDF turns it back on.
   */
  onIssue: parseBool(env.PDF_ON_ISSUE, true),
}));

export type PdfConfig = ReturnType<typeof pdfConfig.load>;
