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
import { ApiConsumes, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx } from '../../core/auth/decorators';
import { RestErrorFilter } from '../../core/auth/rest-errors.filter';
import type { RequestContext } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { ExcelRegistry } from '../../core/excel/excel-registry';
import { createValidationPipe } from '../../core/validation/validation.pipe';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { ExcelRoute, RequireImportPermission } from './excel-access';
import { ExportsService, type ExcelFile } from './exports.service';
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

/**
 * The export's filters: the query string is checked against the definition's own class, with the
 * global pipe's rules (unknown parameters refused, Vietnamese messages per field); the route's
 * `@Query()` is a plain object, since which class applies depends on the kind in the path.
 */
const QUERY_PIPE = createValidationPipe();

function download(file: ExcelFile): StreamableFile {
  return new StreamableFile(file.buffer, {
    type: XLSX_TYPE,
    length: file.buffer.length,
    disposition: `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  });
}

/**
 * Files over REST (the state of an import is GraphQL: importBatch, commitImport, discardImport):
 * uploads that become a previewed import batch, the import templates, and exports of the lists. Each
 * route serves every kind registered in ExcelRegistry (`:kind` is its slug: units, people…).
 */
@ApiTags('excel')
@Controller('api')
@UseFilters(ImportsErrorFilter)
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly exports: ExportsService,
    private readonly registry: ExcelRegistry,
  ) {}

  @Post('imports/:kind')
  @HttpCode(200)
  @ExcelRoute('import')
  @UseInterceptors(UPLOAD)
  @ApiConsumes('multipart/form-data')
  @ApiParam({ name: 'kind', description: 'Loại dữ liệu: units (đơn vị), people (nhân sự)…' })
  @ApiOperation({
    summary:
      'Tải lên tệp .xlsx (trường "file"): kiểm tra mọi dòng, trả về { batchId } để xem trước.',
  })
  async upload(
    @Ctx() ctx: RequestContext,
    @Param('kind') kind: string,
    @UploadedFile() file: Upload | undefined,
  ): Promise<{ batchId: string }> {
    const handler = this.registry.importAt(kind);
    const batch = await this.imports.preview(ctx, handler, checkUpload(file));
    return { batchId: batch.id };
  }

  @Get('imports/:batchId/problems.xlsx')
  @RequireImportPermission()
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
      await this.exports.problemsFile(batch, this.imports.handlerOf(batch), (after) =>
        this.imports.rows(batch.id, { first: 500, after, onlyProblems: true }),
      ),
    );
  }

  @Get('templates/:kind.xlsx')
  @ExcelRoute('import')
  @ApiParam({ name: 'kind', description: 'Loại dữ liệu: units (đơn vị), people (nhân sự)…' })
  @ApiOperation({
    summary:
      'Tệp mẫu nhập dữ liệu (tiêu đề cột, dòng ví dụ, trang hướng dẫn). Đăng ký thi đua: ?planId= điền sẵn mã kế hoạch vào dòng ví dụ (kế hoạch phải xem được).',
  })
  async template(
    @Ctx() ctx: RequestContext,
    @Param('kind') kind: string,
    @Query() query: Record<string, unknown>,
  ): Promise<StreamableFile> {
    const handler = this.registry.importAt(kind);
    // text values only (a repeated ?a=1&a=2 is an array): each kind reads the names it knows
    const params = Object.fromEntries(
      Object.entries(query).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
    return download(await this.exports.template(ctx, handler, params));
  }

  @Get('exports/:kind.xlsx')
  @ExcelRoute('export')
  @ApiParam({
    name: 'kind',
    description: 'Danh sách: units (đơn vị), people (nhân sự), clusters (cụm, khối), users…',
  })
  @ApiOperation({
    summary:
      'Xuất một danh sách trong phạm vi được xem; tham số truy vấn là bộ lọc của truy vấn GraphQL tương ứng.',
  })
  async exportList(
    @Ctx() ctx: RequestContext,
    @Param('kind') kind: string,
    @Query() query: Record<string, unknown>,
  ): Promise<StreamableFile> {
    const definition = this.registry.exportAt(kind);
    const filter = (await QUERY_PIPE.transform(query, {
      type: 'query',
      metatype: definition.query,
    })) as object;
    return download(await this.exports.listFile(ctx, definition, filter));
  }
}
