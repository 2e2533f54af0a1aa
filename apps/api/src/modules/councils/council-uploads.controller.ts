import {
  Body,
  Controller,
  HttpCode,
  Param,
  Post,
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
import { FILE_MEDIA_TYPES } from '../files/files.service';
import { CouncilMinutesService } from './council-minutes.service';
import { CouncilVotingService, type ScanUpload } from './council-voting.service';

/** 10 MB, the files module's bound (MAX_STORED_FILE_BYTES); multer stops reading past it. */
const MAX_BYTES = 10 * 1024 * 1024;

/** A scan is a PDF or a photo, by the name's extension; the files module checks the bytes. */
const TYPES: Record<string, ScanUpload['mediaType']> = {
  pdf: FILE_MEDIA_TYPES.PDF,
  png: FILE_MEDIA_TYPES.PNG,
  jpg: FILE_MEDIA_TYPES.JPEG,
  jpeg: FILE_MEDIA_TYPES.JPEG,
};

export const COUNCIL_UPLOAD_MESSAGES = {
  tooLarge: 'Tệp quá lớn. Dung lượng tối đa là 10 MB.',
  badRequest:
    'Yêu cầu tải tệp không hợp lệ: hãy gửi một tệp (PDF, ảnh PNG/JPEG) trong trường "file" (và phiên bản phiên họp trong trường "version" với biên bản họp đã ký).',
  missing: 'Chưa chọn tệp: hãy gửi một tệp trong trường "file".',
  badType: (name: string) =>
    `Tệp "${name.slice(0, 100)}" không thuộc loại được nhận: chỉ nhận bản quét PDF hoặc ảnh PNG, JPEG.`,
  badVersion: 'Phiên bản phiên họp (trường "version") phải là số nguyên dương.',
};

class CouncilUploadErrorFilter extends RestErrorFilter {
  protected override tooLargeMessage(): string {
    return COUNCIL_UPLOAD_MESSAGES.tooLarge;
  }

  protected override badRequestMessage(): string {
    return COUNCIL_UPLOAD_MESSAGES.badRequest;
  }
}

const UPLOAD = FileInterceptor('file', {
  limits: { fileSize: MAX_BYTES, files: 1, fields: 4, parts: 6, fieldSize: 1024 },
  defParamCharset: 'utf8',
} as Parameters<typeof FileInterceptor>[1]);

interface Upload {
  originalname?: string;
  buffer?: Buffer;
}

function scanOf(file: Upload | undefined): ScanUpload {
  if (!file || !Buffer.isBuffer(file.buffer))
    throw AppError.field('file', COUNCIL_UPLOAD_MESSAGES.missing);
  const name = file.originalname ?? '';
  const mediaType = TYPES[name.split('.').pop()?.toLowerCase() ?? ''];
  if (!mediaType) throw AppError.field('file', COUNCIL_UPLOAD_MESSAGES.badType(name));
  return { bytes: new Uint8Array(file.buffer), mediaType };
}

/** What an upload answers: the record changed (its new version) and the stored scan's hash. */
export interface CouncilScanAnswer {
  id: string;
  version: number;
  sha256: string;
}

/**
 * The councils' scans over REST (issue 12, ADR 0023), copied from the dossier documents' upload: the
 * secretary (COUNCIL_MANAGE at the council's unit; NOT_FOUND outside it, cross-site refused by the
 * guard) sends the scanned paper and the route stores it through module files (type, size and content
 * checked) and attaches it in one audited transaction, so no file is stored that no record names.
 * The GraphQL mutations that take a hash (attachPaperTallyScan, signCouncilSession) stay for a file
 * already stored.
 */
@ApiTags('councils')
@Controller('api')
@UseFilters(CouncilUploadErrorFilter)
export class CouncilUploadsController {
  constructor(
    private readonly voting: CouncilVotingService,
    private readonly minutes: CouncilMinutesService,
    private readonly tx: TransactionRunner,
  ) {}

  @Post('council-rounds/:id/paper-scan')
  @HttpCode(200)
  @RequirePermission('COUNCIL_MANAGE')
  @UseInterceptors(UPLOAD)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary:
      'Đính kèm biên bản kiểm phiếu đã quét của một vòng bỏ phiếu giấy đã đóng (PDF, PNG, JPEG, tối đa 10 MB; trường "file"). Trả về vòng bỏ phiếu (id, version) và mã băm SHA-256 của tệp.',
  })
  async paperScan(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
    @UploadedFile() file: Upload | undefined,
  ): Promise<CouncilScanAnswer> {
    const scan = scanOf(file);
    const round = await this.tx.run(ctx, (tx) => this.voting.attachPaperScan(tx, id, scan));
    return { id: round.id, version: round.version, sha256: round.paperScanSha256 as string };
  }

  @Post('council-sessions/:id/signed-minutes')
  @HttpCode(200)
  @RequirePermission('COUNCIL_MANAGE')
  @UseInterceptors(UPLOAD)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary:
      'Ký biên bản họp kèm bản quét biên bản đã ký (PDF, PNG, JPEG, tối đa 10 MB; trường "file", "version": phiên bản phiên họp đã đọc): phiên họp đã kết thúc chuyển sang "Đã ký biên bản"; phiên họp đã ký chưa có bản quét thì nhận bản quét. Trả về phiên họp (id, version) và mã băm SHA-256 của tệp.',
  })
  async signedMinutes(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
    @UploadedFile() file: Upload | undefined,
    @Body() body: Record<string, unknown> | undefined,
  ): Promise<CouncilScanAnswer> {
    const scan = scanOf(file);
    const version = Number(body?.['version']);
    if (!Number.isInteger(version) || version < 1)
      throw AppError.field('version', COUNCIL_UPLOAD_MESSAGES.badVersion);
    const session = await this.tx.run(ctx, (tx) => this.minutes.sign(tx, id, version, scan));
    return { id: session.id, version: session.version, sha256: session.signedScanSha256 as string };
  }
}
