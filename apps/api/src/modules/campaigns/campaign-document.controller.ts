import { Controller, Get, Param, StreamableFile, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import { RestErrorFilter } from '../../core/auth/rest-errors.filter';
import type { RequestContext } from '../../core/context/request-context';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { FILE_MEDIA_TYPES } from '../files/files.service';
import { CampaignDocumentService, type CampaignPlanFile } from './campaign-document.service';

function send(file: CampaignPlanFile, type: string): StreamableFile {
  return new StreamableFile(Buffer.from(file.bytes), {
    type,
    length: file.bytes.length,
    disposition: `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  });
}

/**
 * A plan's document (NĐ 30/2020), read like `campaignPlan(id)`: NOT_FOUND outside the reader's scope.
 * An issued plan's bytes are the ones kept when it was issued; a draft's are built for the request.
 */
@ApiTags('campaigns')
@Controller('api')
@UseFilters(RestErrorFilter)
export class CampaignDocumentController {
  constructor(private readonly documents: CampaignDocumentService) {}

  @Get('campaign-plans/:id/document.docx')
  @RequirePermission('CAMPAIGN_READ')
  @ApiOperation({
    summary:
      'Văn bản kế hoạch thi đua (.docx, thể thức NĐ 30/2020): bản dự thảo để trống số; bản đã ban hành là bản lưu khi ký ban hành, không tạo lại.',
  })
  async document(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
  ): Promise<StreamableFile> {
    return send(await this.documents.docx(ctx, id), FILE_MEDIA_TYPES.DOCX);
  }

  @Get('campaign-plans/:id/document.pdf')
  @RequirePermission('CAMPAIGN_READ')
  @ApiOperation({
    summary:
      'Văn bản kế hoạch thi đua dạng PDF: bản lưu kèm văn bản ban hành; dự thảo (hoặc khi chưa có) thì chuyển ngay từ .docx. Máy chủ chưa cài LibreOffice: 503 PDF_UNAVAILABLE (vẫn tải được .docx).',
  })
  async pdf(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
  ): Promise<StreamableFile> {
    return send(await this.documents.pdfOf(ctx, id), FILE_MEDIA_TYPES.PDF);
  }

  @Get('campaign-plans/:id/batches/:jobId/document.pdf')
  @RequirePermission('CAMPAIGN_READ')
  @ApiOperation({
    summary:
      'Bản PDF của kế hoạch do một tác vụ tạo PDF hàng loạt tạo ra (người khởi tạo tác vụ, trong phạm vi xem kế hoạch).',
  })
  async batchPdf(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
    @Param('jobId', UuidPipe) jobId: string,
  ): Promise<StreamableFile> {
    return send(await this.documents.batchPdf(ctx, jobId, id), FILE_MEDIA_TYPES.PDF);
  }
}
