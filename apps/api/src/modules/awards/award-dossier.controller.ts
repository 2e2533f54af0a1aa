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
import { DOSSIER_DOCUMENT_KINDS, type DossierDocumentKind } from '@thidua/shared-domain';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import { RestErrorFilter } from '../../core/auth/rest-errors.filter';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { AwardDossierService, type DocumentUpload } from './award-dossier.service';

/** 10 MB, the files module's bound (MAX_STORED_FILE_BYTES); multer stops reading past it. */
const MAX_BYTES = 10 * 1024 * 1024;

/** What a dossier's document may be, by the name's extension; the files module checks the bytes. */
const TYPES: Record<string, DocumentUpload['mediaType']> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const DOSSIER_UPLOAD_MESSAGES = {
  tooLarge: 'Tệp quá lớn. Dung lượng tối đa là 10 MB.',
  badRequest:
    'Yêu cầu tải tệp không hợp lệ: hãy gửi một tệp (PDF, Word .docx, ảnh PNG/JPEG) trong trường "file", loại tài liệu trong trường "kind" và phiên bản hồ sơ trong trường "version".',
  missing: 'Chưa chọn tệp: hãy gửi một tệp trong trường "file".',
  badType: (name: string) =>
    `Tệp "${name.slice(0, 100)}" không thuộc loại được nhận: chỉ nhận PDF, Word (.docx), ảnh PNG, JPEG.`,
  badVersion: 'Phiên bản hồ sơ (trường "version") phải là số nguyên dương.',
  badKind: 'Loại tài liệu (trường "kind") không nằm trong danh sách cho phép.',
  badNomination: 'Đề nghị (trường "nominationId") không hợp lệ.',
  longNote: 'Ghi chú không được dài quá 500 ký tự.',
};

class DossierUploadErrorFilter extends RestErrorFilter {
  protected override tooLargeMessage(): string {
    return DOSSIER_UPLOAD_MESSAGES.tooLarge;
  }

  protected override badRequestMessage(): string {
    return DOSSIER_UPLOAD_MESSAGES.badRequest;
  }
}

const UPLOAD = FileInterceptor('file', {
  limits: { fileSize: MAX_BYTES, files: 1, fields: 8, parts: 12, fieldSize: 1024 },
  defParamCharset: 'utf8',
} as Parameters<typeof FileInterceptor>[1]);

interface Upload {
  originalname?: string;
  buffer?: Buffer;
}

function text(body: Record<string, unknown> | undefined, key: string): string | null {
  const v = body?.[key];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/**
 * A dossier's documents over REST (issue 11, "Dossiers"): uploaded by the proposing unit's officers
 * into a slot of a dossier that is with them (stored by the files module, which checks type, size and
 * content), and served to whoever reads the dossier, through the dossier: a file's hash alone opens
 * nothing (ADR 0015).
 */
@ApiTags('awards')
@Controller('api')
@UseFilters(DossierUploadErrorFilter)
export class AwardDossierController {
  constructor(
    private readonly dossiers: AwardDossierService,
    private readonly tx: TransactionRunner,
  ) {}

  @Post('award-dossiers/:id/documents')
  @HttpCode(200)
  @RequirePermission('DOSSIER_MANAGE')
  @UseInterceptors(UPLOAD)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary:
      'Tải lên một tài liệu của hồ sơ (PDF, .docx, PNG, JPEG; trường "file"), trường "kind" (TO_TRINH, BIEN_BAN, BAO_CAO_THANH_TICH, SANG_KIEN, OTHER), "nominationId" với tài liệu của một đề nghị, "note", "version": phiên bản hồ sơ đã đọc. Tài liệu cùng loại (và cùng đề nghị) đã có được thay.',
  })
  async upload(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
    @UploadedFile() file: Upload | undefined,
    @Body() body: Record<string, unknown> | undefined,
  ): Promise<{ id: string; version: number }> {
    if (!file || !Buffer.isBuffer(file.buffer))
      throw AppError.field('file', DOSSIER_UPLOAD_MESSAGES.missing);
    const name = file.originalname ?? '';
    const mediaType = TYPES[name.split('.').pop()?.toLowerCase() ?? ''];
    if (!mediaType) throw AppError.field('file', DOSSIER_UPLOAD_MESSAGES.badType(name));
    const version = Number(body?.['version']);
    if (!Number.isInteger(version) || version < 1)
      throw AppError.field('version', DOSSIER_UPLOAD_MESSAGES.badVersion);
    const kind = text(body, 'kind');
    if (!kind || !(kind in DOSSIER_DOCUMENT_KINDS))
      throw AppError.field('kind', DOSSIER_UPLOAD_MESSAGES.badKind);
    const nominationId = text(body, 'nominationId');
    if (nominationId && !UUID.test(nominationId))
      throw AppError.field('nominationId', DOSSIER_UPLOAD_MESSAGES.badNomination);
    const note = text(body, 'note');
    if (note && note.length > 500) throw AppError.field('note', DOSSIER_UPLOAD_MESSAGES.longNote);
    const d = await this.tx.run(ctx, (tx) =>
      this.dossiers.attachFile(
        tx,
        id,
        version,
        { kind: kind as DossierDocumentKind, nominationId, note },
        { bytes: new Uint8Array(file.buffer as Buffer), name, mediaType },
      ),
    );
    return { id: d.id, version: d.version };
  }

  @Get('award-dossiers/:id/documents/:documentId/file')
  @RequirePermission('DOSSIER_READ')
  @ApiOperation({ summary: 'Tải tệp của một tài liệu của hồ sơ (người xem được hồ sơ).' })
  async download(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
    @Param('documentId', UuidPipe) documentId: string,
  ): Promise<StreamableFile> {
    const file = await this.dossiers.documentFile(ctx, id, documentId);
    const ascii =
      file.name
        .normalize('NFD')
        .replace(/[^\x20-\x7e]/g, '')
        .replace(/["\\]/g, '') || 'tai-lieu';
    return new StreamableFile(Buffer.from(file.bytes), {
      type: file.mediaType,
      length: file.bytes.length,
      disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    });
  }
}
