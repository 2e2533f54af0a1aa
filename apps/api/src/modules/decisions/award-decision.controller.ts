import { Controller, Get, Param, StreamableFile, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import { RestErrorFilter } from '../../core/auth/rest-errors.filter';
import type { RequestContext } from '../../core/context/request-context';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { disposition } from '../files/files.service';
import { AwardDecisionFiles, type DecisionFile } from './award-decision-files.service';

function send(file: DecisionFile): StreamableFile {
  return new StreamableFile(Buffer.from(file.bytes), {
    type: file.type,
    length: file.bytes.length,
    disposition: disposition(file.name),
  });
}

/**
 * A decision's files over REST (ADR 0022), read like the decision (DECISION_READ at the issuing unit;
 * NOT_FOUND for anyone else): the quyết định as .docx (a preview of the draft, the file frozen at the
 * issue afterwards) and PDF, and the certificates the last print job made.
 */
@ApiTags('decisions')
@Controller('api/award-decisions')
@UseFilters(RestErrorFilter)
export class AwardDecisionController {
  constructor(private readonly files: AwardDecisionFiles) {}

  @Get(':id/decision.docx')
  @RequirePermission('DECISION_READ')
  @ApiOperation({
    summary:
      'Quyết định khen thưởng (.docx) kèm danh sách: bản xem trước khi là dự thảo (số, ngày để trống), bản đã lưu khi ban hành.',
  })
  async decisionDocx(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
  ): Promise<StreamableFile> {
    return send(await this.files.decisionDocx(ctx, id));
  }

  @Get(':id/decision.pdf')
  @RequirePermission('DECISION_READ')
  @ApiOperation({
    summary:
      'Quyết định khen thưởng (PDF, chuyển từ bản .docx). Máy chủ chưa cài LibreOffice: 503 PDF_UNAVAILABLE.',
  })
  async decisionPdf(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
  ): Promise<StreamableFile> {
    return send(await this.files.decisionPdf(ctx, id));
  }

  @Get(':id/certificates.docx')
  @RequirePermission('DECISION_READ')
  @ApiOperation({
    summary:
      'Giấy khen, bằng khen của quyết định (.docx, mỗi giấy một trang A4 ngang), lần in gần nhất.',
  })
  async certificatesDocx(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
  ): Promise<StreamableFile> {
    return send(await this.files.certificates(ctx, id, 'docx'));
  }

  @Get(':id/certificates.pdf')
  @RequirePermission('DECISION_READ')
  @ApiOperation({
    summary: 'Giấy khen, bằng khen của quyết định (PDF), lần in gần nhất; 404 khi chưa có bản PDF.',
  })
  async certificatesPdf(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
  ): Promise<StreamableFile> {
    return send(await this.files.certificates(ctx, id, 'pdf'));
  }
}
