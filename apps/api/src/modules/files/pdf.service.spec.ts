import 'reflect-metadata';
import { LibreOfficeMissingError, PdfBusyError, PdfConversionError } from '@thidua/documents/pdf';
import { pdfConfig } from '../../core/config/pdf.config';
import { AppError } from '../../core/errors/app-error';
import { PdfService, toAppError } from './pdf.service';

describe('PdfService', () => {
  it('answers PDF_UNAVAILABLE, in Vietnamese, where LibreOffice is not installed', async () => {
    const saved = process.env['SOFFICE_PATH'];
    process.env['SOFFICE_PATH'] = '/nonexistent/thidua/soffice';
    try {
      const service = new PdfService(pdfConfig.load({}));
      expect(await service.available()).toBe(false);
      const error = await service.convert(new Uint8Array([1])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: 'PDF_UNAVAILABLE',
        message: 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; vẫn tải được bản .docx.',
      });
      await service.onModuleDestroy();
    } finally {
      if (saved === undefined) delete process.env['SOFFICE_PATH'];
      else process.env['SOFFICE_PATH'] = saved;
    }
  });

  it('runs the configured number of workers: PDF_WORKERS, two by default', () => {
    expect(new PdfService(pdfConfig.load({})).workers).toBe(2);
    expect(new PdfService(pdfConfig.load({ PDF_WORKERS: '3' })).workers).toBe(3);
    expect(() => pdfConfig.load({ PDF_WORKERS: '0' })).toThrow(
      'PDF_WORKERS phải là số nguyên từ 1 đến 16',
    );
    expect(() => pdfConfig.load({ PDF_TIMEOUT_MS: '10' })).toThrow(
      'PDF_TIMEOUT_MS phải là số nguyên từ 5000 đến 600000',
    );
  });

  it('turns failures into stable codes without LibreOffice internals', () => {
    expect(toAppError(new LibreOfficeMissingError()).code).toBe('PDF_UNAVAILABLE');
    const failed = toAppError(new PdfConversionError('exit 81: /tmp/thidua-pdf-1/job-x javaldx'));
    expect(failed.code).toBe('PDF_FAILED');
    expect(failed.message).not.toContain('/tmp');
    expect(failed.message).toContain('tải bản .docx');
    const busy = toAppError(new PdfBusyError(50));
    expect(busy).toMatchObject({ code: 'PDF_FAILED' });
    expect(busy.message).toContain('vượt quá giới hạn hàng đợi');
    expect(toAppError(new Error('boom'))).toMatchObject({ code: 'PDF_FAILED' });
  });
});
