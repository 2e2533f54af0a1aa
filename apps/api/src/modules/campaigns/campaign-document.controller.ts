import { Controller, Get, Param, StreamableFile, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import { RestErrorFilter } from '../../core/auth/rest-errors.filter';
import type { RequestContext } from '../../core/context/request-context';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { CampaignDocuments } from './campaign-document';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A plan's .docx (NĐ 30/2020): read like `campaignPlan(id)`, NOT_FOUND outside the reader's scope. */
@ApiTags('campaigns')
@Controller('api')
@UseFilters(RestErrorFilter)
export class CampaignDocumentController {
  constructor(private readonly documents: CampaignDocuments) {}

  @Get('campaign-plans/:id/document.docx')
  @RequirePermission('CAMPAIGN_READ')
  @ApiOperation({
    summary:
      'Văn bản kế hoạch thi đua (.docx, thể thức NĐ 30/2020): bản dự thảo để trống số, bản đã ban hành có số, ký hiệu.',
  })
  async document(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
  ): Promise<StreamableFile> {
    const file = await this.documents.docx(ctx, id);
    return new StreamableFile(Buffer.from(file.bytes), {
      type: DOCX_TYPE,
      length: file.bytes.length,
      disposition: `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    });
  }
}
