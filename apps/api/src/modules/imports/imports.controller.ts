import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
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
import { AppError } from '../../core/errors/app-error';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import type { ImportKind } from './import-batch.entity';
import { ExportsService, type ExcelFile } from './exports.service';
import {
  ClusterExportQuery,
  PeopleExportQuery,
  UnitExportQuery,
  UserExportQuery,
} from './export.query';
import {
  ImportsService,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_MB,
  type UploadedFile as Upload,
} from './imports.service';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const UPLOAD_MESSAGES = {
  tooLarge: `Tệp quá lớn. Dung lượng tối đa là ${MAX_UPLOAD_MB} MB.`,
  missing: 'Chưa chọn tệp: hãy gửi một tệp Excel (.xlsx) trong trường "file".',
  notXlsx: (name: string) =>
    `Tệp "${name}" không phải tệp Excel .xlsx. Hãy lưu tệp dưới dạng Excel Workbook (.xlsx) rồi tải lên lại.`,
  badRequest:
    'Yêu cầu tải tệp không hợp lệ: hãy gửi một tệp Excel (.xlsx) trong trường "file" (multipart/form-data).',
};

/** The REST error filter, with the upload limits worded for this controller. */
class ImportsErrorFilter extends RestErrorFilter {
  protected override tooLargeMessage(): string {
    return UPLOAD_MESSAGES.tooLarge;
  }

  protected override badRequestMessage(): string {
    return UPLOAD_MESSAGES.badRequest;
  }
}

/** multer: in memory, one file, nothing else of size; file names in UTF-8 (Vietnamese). */
const UPLOAD = FileInterceptor('file', {
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 10, fieldSize: 1024 },
  defParamCharset: 'utf8',
} as Parameters<typeof FileInterceptor>[1]);

function checkUpload(file: Upload | undefined): Upload {
  if (!file || !Buffer.isBuffer(file.buffer)) throw AppError.field('file', UPLOAD_MESSAGES.missing);
  if (!/\.xlsx$/i.test(file.originalname ?? ''))
    throw AppError.field('file', UPLOAD_MESSAGES.notXlsx(file.originalname ?? ''));
  return file;
}

function download(file: ExcelFile): StreamableFile {
  return new StreamableFile(file.buffer, {
    type: XLSX_TYPE,
    length: file.buffer.length,
    disposition: `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  });
}

/**
 * Files over REST (the state of an import is GraphQL: importBatch, commitImport, discardImport):
 * uploads that become a previewed import batch, the import templates, and exports of the lists.
 */
@ApiTags('excel')
@Controller('api')
@UseFilters(ImportsErrorFilter)
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly exports: ExportsService,
  ) {}

  private async upload(
    ctx: RequestContext,
    kind: ImportKind,
    file: Upload | undefined,
  ): Promise<{ batchId: string }> {
    const batch = await this.imports.preview(ctx, kind, checkUpload(file));
    return { batchId: batch.id };
  }

  @Post('imports/units')
  @HttpCode(200)
  @RequirePermission('UNIT_MANAGE')
  @UseInterceptors(UPLOAD)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary:
      'Tải lên tệp .xlsx đơn vị (trường "file"): kiểm tra mọi dòng, trả về { batchId } để xem trước.',
  })
  importUnits(
    @Ctx() ctx: RequestContext,
    @UploadedFile() file: Upload | undefined,
  ): Promise<{ batchId: string }> {
    return this.upload(ctx, 'UNITS', file);
  }

  @Post('imports/people')
  @HttpCode(200)
  @RequirePermission('PERSON_MANAGE')
  @UseInterceptors(UPLOAD)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary:
      'Tải lên tệp .xlsx nhân sự (trường "file"): kiểm tra mọi dòng, trả về { batchId } để xem trước.',
  })
  importPeople(
    @Ctx() ctx: RequestContext,
    @UploadedFile() file: Upload | undefined,
  ): Promise<{ batchId: string }> {
    return this.upload(ctx, 'PEOPLE', file);
  }

  @Get('imports/:batchId/problems.xlsx')
  @RequirePermission('UNIT_MANAGE', 'PERSON_MANAGE')
  @ApiOperation({
    summary:
      'Các dòng có lỗi của một tệp đã tải lên (chỉ người tải lên), kèm lỗi cần sửa từng dòng.',
  })
  async importProblems(
    @Ctx() ctx: RequestContext,
    @Param('batchId', UuidPipe) batchId: string,
  ): Promise<StreamableFile> {
    const batch = await this.imports.getVisible(ctx, batchId);
    return download(
      await this.exports.problemsFile(batch, (after) =>
        this.imports.rows(batch.id, { first: 500, after, onlyProblems: true }),
      ),
    );
  }

  @Get('templates/units.xlsx')
  @RequirePermission('UNIT_MANAGE')
  @ApiOperation({ summary: 'Tệp mẫu nhập đơn vị (tiêu đề cột, dòng ví dụ, trang hướng dẫn).' })
  async unitsTemplate(@Ctx() ctx: RequestContext): Promise<StreamableFile> {
    return download(await this.exports.template(ctx, 'UNITS'));
  }

  @Get('templates/people.xlsx')
  @RequirePermission('PERSON_MANAGE')
  @ApiOperation({ summary: 'Tệp mẫu nhập nhân sự.' })
  async peopleTemplate(@Ctx() ctx: RequestContext): Promise<StreamableFile> {
    return download(await this.exports.template(ctx, 'PEOPLE'));
  }

  @Get('exports/units.xlsx')
  @RequirePermission('UNIT_READ')
  @ApiOperation({
    summary: 'Xuất danh sách đơn vị trong phạm vi được xem (bộ lọc như truy vấn units).',
  })
  async exportUnits(
    @Ctx() ctx: RequestContext,
    @Query() q: UnitExportQuery,
  ): Promise<StreamableFile> {
    return download(await this.exports.unitsFile(ctx, q));
  }

  @Get('exports/people.xlsx')
  @RequirePermission('PERSON_READ')
  @ApiOperation({
    summary: 'Xuất danh sách nhân sự trong phạm vi được xem (bộ lọc như truy vấn people).',
  })
  async exportPeople(
    @Ctx() ctx: RequestContext,
    @Query() q: PeopleExportQuery,
  ): Promise<StreamableFile> {
    return download(await this.exports.peopleFile(ctx, q));
  }

  @Get('exports/clusters.xlsx')
  @RequirePermission('UNIT_READ')
  @ApiOperation({
    summary: 'Xuất danh sách cụm, khối thi đua do các đơn vị trong phạm vi được xem tổ chức.',
  })
  async exportClusters(
    @Ctx() ctx: RequestContext,
    @Query() q: ClusterExportQuery,
  ): Promise<StreamableFile> {
    return download(await this.exports.clustersFile(ctx, q));
  }

  @Get('exports/users.xlsx')
  @RequirePermission('USER_READ')
  @ApiOperation({ summary: 'Xuất danh sách người dùng trong phạm vi được xem.' })
  async exportUsers(
    @Ctx() ctx: RequestContext,
    @Query() q: UserExportQuery,
  ): Promise<StreamableFile> {
    return download(await this.exports.usersFile(ctx, q));
  }
}
