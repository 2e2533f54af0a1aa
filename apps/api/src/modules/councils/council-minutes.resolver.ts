import { Controller, Get, Param, StreamableFile, UseFilters } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import { RestErrorFilter } from '../../core/auth/rest-errors.filter';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { disposition } from '../files/files.service';
import { CouncilMinutesService, type MinutesFile } from './council-minutes.service';
import { CouncilSessionRefInput, SignCouncilSessionInput } from './council.inputs';
import { CouncilSession, toCouncilSession } from './council.models';

/** The end of a session: close (outcomes, minutes frozen, dossiers told) and the signature. */
@Resolver(() => CouncilSession)
export class CouncilMinutesResolver {
  constructor(
    private readonly minutes: CouncilMinutesService,
    private readonly tx: TransactionRunner,
  ) {}

  @Mutation(() => CouncilSession, {
    description:
      'Kết thúc phiên họp: ghi kết quả từng nội dung theo vòng bỏ phiếu quyết định, lập và lưu cố định biên bản họp và biên bản kiểm phiếu của từng vòng (kèm mã kiểm chứng), ghi kết quả vào hồ sơ đề nghị. Từ chối khi còn vòng đang mở, đã đóng chưa kiểm phiếu, bằng phiếu chưa được Chủ tịch quyết định, hoặc nội dung chưa bỏ phiếu.',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async closeCouncilSession(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CouncilSessionRefInput,
  ): Promise<CouncilSession> {
    return toCouncilSession(
      await this.tx.run(ctx, (tx) => this.minutes.close(tx, input.id, input.version)),
    );
  }

  @Mutation(() => CouncilSession, {
    description:
      'Ghi nhận biên bản họp đã được chủ trì và thư ký ký (kèm bản quét đã lưu, nếu có): phiên họp chuyển sang "Đã ký biên bản". Tải bản quét lên cùng lúc: POST /api/council-sessions/:id/signed-minutes.',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async signCouncilSession(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SignCouncilSessionInput,
  ): Promise<CouncilSession> {
    return toCouncilSession(
      await this.tx.run(ctx, (tx) =>
        this.minutes.sign(tx, input.id, input.version, input.scanFileSha256 ?? null),
      ),
    );
  }
}

function send(file: MinutesFile): StreamableFile {
  return new StreamableFile(Buffer.from(file.bytes), {
    type: file.type,
    length: file.bytes.length,
    disposition: disposition(file.name),
  });
}

/**
 * The frozen minutes over REST, read like the bundle (COUNCIL_READ at the council's unit; NOT_FOUND
 * outside it, and before the session's close): the bytes stored at the close, PDF converted on demand.
 */
@ApiTags('councils')
@Controller('api')
@UseFilters(RestErrorFilter)
export class CouncilMinutesController {
  constructor(private readonly minutes: CouncilMinutesService) {}

  @Get('council-sessions/:id/minutes.docx')
  @RequirePermission('COUNCIL_READ')
  @ApiOperation({
    summary: 'Biên bản họp Hội đồng Thi đua - Khen thưởng (.docx) lưu khi kết thúc phiên họp.',
  })
  async minutesDocx(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
  ): Promise<StreamableFile> {
    return send(await this.minutes.sessionMinutes(ctx, id, 'docx'));
  }

  @Get('council-sessions/:id/minutes.pdf')
  @RequirePermission('COUNCIL_READ')
  @ApiOperation({
    summary:
      'Biên bản họp Hội đồng (PDF, chuyển từ bản .docx đã lưu). Máy chủ chưa cài LibreOffice: 503 PDF_UNAVAILABLE.',
  })
  async minutesPdf(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
  ): Promise<StreamableFile> {
    return send(await this.minutes.sessionMinutes(ctx, id, 'pdf'));
  }

  @Get('council-rounds/:id/tally-minutes.docx')
  @RequirePermission('COUNCIL_READ')
  @ApiOperation({
    summary: 'Biên bản kiểm phiếu của một vòng bỏ phiếu (.docx) lưu khi kết thúc phiên họp.',
  })
  async tallyDocx(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
  ): Promise<StreamableFile> {
    return send(await this.minutes.roundTallyMinutes(ctx, id, 'docx'));
  }

  @Get('council-rounds/:id/tally-minutes.pdf')
  @RequirePermission('COUNCIL_READ')
  @ApiOperation({
    summary:
      'Biên bản kiểm phiếu (PDF, chuyển từ bản .docx đã lưu). Máy chủ chưa cài LibreOffice: 503 PDF_UNAVAILABLE.',
  })
  async tallyPdf(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidPipe) id: string,
  ): Promise<StreamableFile> {
    return send(await this.minutes.roundTallyMinutes(ctx, id, 'pdf'));
  }
}
