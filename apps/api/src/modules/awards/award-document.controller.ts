import { Controller, Get, Param, StreamableFile, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import { RestErrorFilter } from '../../core/auth/rest-errors.filter';
import type { RequestContext } from '../../core/context/request-context';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { FILE_MEDIA_TYPES } from '../files/files.service';
import { disposition } from './award-document-render';
import { AwardDraftingService } from './award-drafting.service';
import { AwardPackageService } from './award-package';

function send(file: { name: string; bytes: Uint8Array }, type: string): StreamableFile {
  return new StreamableFile(Buffer.from(file.bytes), {
    type,
    length: file.bytes.length,
    disposition: disposition(file.name),
  });
}

/**
 * The documents a dossier drafts itself, over REST (ADR 0020), read like the dossier (DOSSIER_READ
 * of the proposing unit, or of the receiving unit once sent; NOT_FOUND for anyone else): the tờ trình
 * and a nominee's báo cáo thành tích as .docx — a preview of the draft while the dossier is with the
 * proposing unit, the file kept at the send afterwards — and the e-dossier package (.zip).
 */
@ApiTags('awards')
@Controller('api')
@UseFilters(RestErrorFilter)
export class AwardDocumentController {
  constructor(
    private readonly drafting: AwardDraftingService,
    private readonly packages: AwardPackageService,
  ) {}

  @Get('award-dossiers/:id/to-trinh.docx')
  @RequirePermission('DOSSIER_READ')
  @ApiOperation({
    summary:
      'Tờ trình đề nghị khen thưởng do hệ thống soạn (.docx, Mẫu số 01): bản xem trước khi hồ sơ đang lập hoặc bị trả lại (số để trống đến khi gửi lần đầu); bản đã lưu khi gửi sau đó.',
  })
  async toTrinh(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
  ): Promise<StreamableFile> {
    return send(await this.drafting.toTrinhDocx(ctx, id), FILE_MEDIA_TYPES.DOCX);
  }

  @Get('award-dossiers/:id/nominees/:nominationId/report.docx')
  @RequirePermission('DOSSIER_READ')
  @ApiOperation({
    summary:
      'Báo cáo thành tích của một đề nghị do hệ thống soạn (.docx): bản xem trước khi hồ sơ đang lập hoặc bị trả lại; bản đã lưu khi gửi sau đó.',
  })
  async report(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
    @Param('nominationId', UuidPipe) nominationId: string,
  ): Promise<StreamableFile> {
    return send(await this.drafting.reportDocx(ctx, id, nominationId), FILE_MEDIA_TYPES.DOCX);
  }

  @Get('award-dossiers/:id/package.zip')
  @RequirePermission('DOSSIER_READ')
  @ApiOperation({
    summary:
      'Gói hồ sơ điện tử (.zip) để nộp lên hệ thống hồ sơ điện tử: mọi tài liệu theo thứ tự (01-To-trinh, 02-Bien-ban, 03-BCTT-…), tài liệu Word kèm bản PDF, danh-muc.txt và SHA256SUMS. Máy chủ chưa cài LibreOffice: 503 PDF_UNAVAILABLE; quá 200 MB: 400.',
  })
  async package(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
  ): Promise<StreamableFile> {
    return send(await this.packages.package(ctx, id), 'application/zip');
  }
}
