import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import { RestErrorFilter } from '../../core/auth/rest-errors.filter';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { toCampaignReview, type CampaignReview } from './campaign-review.models';
import { CampaignReviewService, type ReviewUpload } from './campaign-review.service';

/** 10 MB, the files module's bound (MAX_STORED_FILE_BYTES); multer stops reading past it. */
const MAX_BYTES = 10 * 1024 * 1024;

/** The types a report's attachment may be, by the name's extension; the files module checks the bytes. */
const TYPES: Record<string, ReviewUpload['mediaType']> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

export const REVIEW_UPLOAD_MESSAGES = {
  tooLarge: 'Tệp quá lớn. Dung lượng tối đa là 10 MB.',
  badRequest:
    'Yêu cầu tải tệp không hợp lệ: hãy gửi một tệp (PDF, Word .docx, ảnh PNG/JPEG) trong trường "file" và phiên bản báo cáo trong trường "version".',
  missing: 'Chưa chọn tệp: hãy gửi một tệp trong trường "file".',
  badType: (name: string) =>
    `Tệp "${name.slice(0, 100)}" không thuộc loại được đính kèm: chỉ nhận PDF, Word (.docx), ảnh PNG, JPEG.`,
  badVersion: 'Phiên bản báo cáo (trường "version") phải là số nguyên dương.',
};

class ReviewUploadErrorFilter extends RestErrorFilter {
  protected override tooLargeMessage(): string {
    return REVIEW_UPLOAD_MESSAGES.tooLarge;
  }

  protected override badRequestMessage(): string {
    return REVIEW_UPLOAD_MESSAGES.badRequest;
  }
}

const UPLOAD = FileInterceptor('file', {
  limits: { fileSize: MAX_BYTES, files: 1, fields: 5, parts: 10, fieldSize: 1024 },
  defParamCharset: 'utf8',
} as Parameters<typeof FileInterceptor>[1]);

interface Upload {
  originalname?: string;
  buffer?: Buffer;
}

/**
 * A report's attached files over REST (issue 10, "Reviews"): uploaded by the reporting unit's officers
 * to a report not yet sent (stored by the files module, attached by hash), and served to whoever reads
 * the report, through the report: a file's hash alone opens nothing (ADR 0015).
 */
@ApiTags('campaigns')
@Controller('api')
@UseFilters(ReviewUploadErrorFilter)
export class CampaignReviewController {
  constructor(
    private readonly reviews: CampaignReviewService,
    private readonly tx: TransactionRunner,
  ) {}

  @Post('campaign-reviews/:id/attachments')
  @HttpCode(200)
  @RequirePermission('CAMPAIGN_MANAGE')
  @UseInterceptors(UPLOAD)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary:
      'Đính kèm một tệp (PDF, .docx, PNG, JPEG; trường "file") vào báo cáo sơ kết / tổng kết chưa gửi; trường "version": phiên bản báo cáo đã đọc.',
  })
  async attach(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
    @UploadedFile() file: Upload | undefined,
    @Body() body: Record<string, unknown> | undefined,
  ): Promise<Pick<CampaignReview, 'id' | 'version' | 'attachments'>> {
    if (!file || !Buffer.isBuffer(file.buffer))
      throw AppError.field('file', REVIEW_UPLOAD_MESSAGES.missing);
    const name = file.originalname ?? '';
    const mediaType = TYPES[name.split('.').pop()?.toLowerCase() ?? ''];
    if (!mediaType) throw AppError.field('file', REVIEW_UPLOAD_MESSAGES.badType(name));
    const version = Number(body?.['version']);
    if (!Number.isInteger(version) || version < 1)
      throw AppError.field('version', REVIEW_UPLOAD_MESSAGES.badVersion);
    const review = toCampaignReview(
      await this.tx.run(ctx, (tx) =>
        this.reviews.attach(tx, id, version, {
          bytes: new Uint8Array(file.buffer as Buffer),
          name,
          mediaType,
        }),
      ),
    );
    return { id: review.id, version: review.version, attachments: review.attachments };
  }

  @Get('campaign-reviews/:id/attachments/:sha256')
  @RequirePermission('CAMPAIGN_READ')
  @ApiOperation({
    summary: 'Tải một tệp đính kèm báo cáo sơ kết / tổng kết (người xem được báo cáo).',
  })
  async download(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
    @Param('sha256') sha256: string,
  ): Promise<StreamableFile> {
    const file = await this.reviews.attachment(ctx, id, sha256);
    const ascii =
      file.name
        .normalize('NFD')
        .replace(/[^\x20-\x7e]/g, '')
        .replace(/["\\]/g, '') || 'tep';
    return new StreamableFile(Buffer.from(file.bytes), {
      type: file.mediaType,
      length: file.bytes.length,
      disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    });
  }
}
