import { Injectable } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  AWARD_SUBJECTS,
  AWARD_TRACKS,
  EVALUATION_GRADES,
  HOLD_KINDS,
  INITIATIVE_KINDS,
  RECORD_FIRST_YEAR,
  TEXT_LIMITS,
  type AwardSubject,
  type AwardTrack,
  type EvaluationGrade,
  type HoldKind,
  type InitiativeKind,
} from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import type { ExcelColumn, ExcelWriteRow } from '../../core/excel/excel-columns';
import {
  blankQuery,
  booleanQuery,
  booleanQueryMessage,
  cacheByIds,
  EXPORT_PAGE,
  pages,
} from '../../core/excel/excel-export';
import { ExcelRegistry, type ExportDefinition } from '../../core/excel/excel-registry';
import type { ConnectionShape } from '../../core/graphql/connection';
import { msg } from '../../core/validation/messages';
import { OrgService } from '../org/org.service';
import {
  AWARD_RECORD_EXPORT_COLUMNS,
  EVALUATION_EXPORT_COLUMNS,
  HOLD_EXPORT_COLUMNS,
  INITIATIVE_EXPORT_COLUMNS,
} from './records.columns';
import { RecordsService, type RecordFilter } from './records.service';
import type { SubjectRecordEntity } from './subject-record.entity';

type UnitEntity = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;

/** The list filters every records export takes (the GraphQL lists' own, as a query string). */
export class RecordExportQuery {
  @Transform(blankQuery)
  @IsOptional()
  @IsUUID('all', msg.id('Cán bộ'))
  personId?: string;

  @Transform(blankQuery)
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị'))
  unitId?: string;

  @Transform(booleanQuery)
  @IsOptional()
  @IsBoolean(booleanQueryMessage('Gồm đơn vị trực thuộc'))
  includeDescendants?: boolean;

  @Transform(blankQuery)
  @IsOptional()
  @IsIn(Object.keys(AWARD_SUBJECTS), msg.oneOf('Đối tượng'))
  subject?: AwardSubject;

  @Transform(({ value }: { value: unknown }) =>
    value === '' || value === undefined ? undefined : Number(value),
  )
  @IsOptional()
  @IsInt(msg.int('Năm'))
  @Min(RECORD_FIRST_YEAR, { message: `Năm phải từ ${RECORD_FIRST_YEAR} trở đi.` })
  @Max(9999, { message: 'Năm không hợp lệ.' })
  year?: number;

  @Transform(blankQuery)
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.search, msg.maxLength('Từ khóa', TEXT_LIMITS.search))
  search?: string;
}

export class EvaluationExportQuery extends RecordExportQuery {
  @Transform(blankQuery)
  @IsOptional()
  @IsIn(Object.keys(EVALUATION_GRADES), msg.oneOf('Xếp loại'))
  grade?: EvaluationGrade;
}

export class AwardRecordExportQuery extends RecordExportQuery {
  @Transform(blankQuery)
  @IsOptional()
  @IsIn(Object.keys(AWARD_TRACKS), msg.oneOf('Loại hình khen thưởng'))
  track?: AwardTrack;
}

export class InitiativeExportQuery extends RecordExportQuery {
  @Transform(blankQuery)
  @IsOptional()
  @IsIn(Object.keys(INITIATIVE_KINDS), msg.oneOf('Loại'))
  kind?: InitiativeKind;
}

export class HoldExportQuery extends RecordExportQuery {
  @Transform(blankQuery)
  @IsOptional()
  @IsIn(Object.keys(HOLD_KINDS), msg.oneOf('Lý do tạm hoãn'))
  kind?: HoldKind;
}

/**
 * Every page of one of the records' scoped lists with the units and person codes shown beside each
 * row (one read of each per page): an export holds exactly what the caller reads.
 */
async function* exportRows<E extends SubjectRecordEntity, C extends readonly ExcelColumn[]>(
  org: OrgService,
  records: RecordsService,
  load: (after: string | null) => Promise<ConnectionShape<E>>,
  row: (r: E, unit: UnitEntity | undefined, personCode: string | null) => ExcelWriteRow<C>,
): AsyncGenerator<ExcelWriteRow<C>> {
  const units = new Map<string, UnitEntity>();
  for await (const page of pages(load)) {
    await cacheByIds(
      units,
      page.map((r) => r.unitId),
      org.unitById.batch,
    );
    const codes = await records.personCodes(page.map((r) => r.personId));
    for (const r of page)
      yield row(r, units.get(r.unitId), r.personId ? (codes.get(r.personId) ?? null) : null);
  }
}

function filterOf(f: RecordExportQuery): RecordFilter {
  return {
    personId: f.personId,
    unitId: f.unitId,
    includeDescendants: f.includeDescendants,
    subject: f.subject,
    year: f.year,
    search: f.search,
  };
}

/** GET /api/exports/evaluations.xlsx — the import's columns first (an exported file imports back). */
@Injectable()
export class EvaluationExport implements ExportDefinition<
  EvaluationExportQuery,
  typeof EVALUATION_EXPORT_COLUMNS
> {
  readonly slug = 'evaluations';
  readonly permission = 'RECORDS_READ';
  readonly query = EvaluationExportQuery;
  readonly fileName = { ascii: 'ket-qua-danh-gia', name: 'Kết quả đánh giá' };
  readonly sheetName = 'Kết quả đánh giá';
  readonly title = 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI';
  readonly columns = EVALUATION_EXPORT_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly org: OrgService,
    private readonly records: RecordsService,
  ) {
    registry.addExport(this);
  }

  rows(ctx: RequestContext, f: EvaluationExportQuery) {
    return exportRows(
      this.org,
      this.records,
      (after) =>
        this.records.listEvaluations(ctx, {
          ...filterOf(f),
          grade: f.grade,
          first: EXPORT_PAGE,
          after,
        }),
      (r, unit, personCode): ExcelWriteRow<typeof EVALUATION_EXPORT_COLUMNS> => ({
        personCode,
        fullName: r.subject === 'INDIVIDUAL' ? r.subjectName : null,
        unitCode: unit?.code ?? null,
        year: r.year,
        grade: r.grade,
        source: r.source,
        note: r.note,
        subject: r.subject,
        unitName: unit?.name ?? null,
      }),
    );
  }
}

/** GET /api/exports/award-records.xlsx — the import's columns first, then who and the unit's name. */
@Injectable()
export class AwardRecordExport implements ExportDefinition<
  AwardRecordExportQuery,
  typeof AWARD_RECORD_EXPORT_COLUMNS
> {
  readonly slug = 'award-records';
  readonly permission = 'RECORDS_READ';
  readonly query = AwardRecordExportQuery;
  readonly fileName = { ascii: 'lich-su-khen-thuong', name: 'Lịch sử khen thưởng' };
  readonly sheetName = 'Lịch sử khen thưởng';
  readonly title = 'LỊCH SỬ KHEN THƯỞNG';
  readonly columns = AWARD_RECORD_EXPORT_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly org: OrgService,
    private readonly records: RecordsService,
  ) {
    registry.addExport(this);
  }

  rows(ctx: RequestContext, f: AwardRecordExportQuery) {
    return exportRows(
      this.org,
      this.records,
      (after) =>
        this.records.listAwardRecords(ctx, {
          ...filterOf(f),
          track: f.track,
          first: EXPORT_PAGE,
          after,
        }),
      (r, unit, personCode): ExcelWriteRow<typeof AWARD_RECORD_EXPORT_COLUMNS> => ({
        personCode,
        fullName: r.subject === 'INDIVIDUAL' ? r.subjectName : null,
        unitCode: unit?.code ?? null,
        householdName: r.subject === 'HOUSEHOLD' ? r.subjectName : null,
        householdAddress: r.householdAddress,
        year: r.year,
        awardCode: r.awardCode,
        awardName: r.awardName,
        track: r.track,
        decisionNumber: r.decisionNumber,
        decidedOn: r.decidedOn,
        decidedBy: r.decidedBy,
        note: r.note,
        subject: r.subject,
        unitName: unit?.name ?? null,
      }),
    );
  }
}

/** GET /api/exports/initiatives.xlsx */
@Injectable()
export class InitiativeExport implements ExportDefinition<
  InitiativeExportQuery,
  typeof INITIATIVE_EXPORT_COLUMNS
> {
  readonly slug = 'initiatives';
  readonly permission = 'RECORDS_READ';
  readonly query = InitiativeExportQuery;
  readonly fileName = { ascii: 'sang-kien-de-tai', name: 'Sáng kiến, đề tài' };
  readonly sheetName = 'Sáng kiến, đề tài';
  readonly title = 'DANH SÁCH SÁNG KIẾN, ĐỀ TÀI';
  readonly columns = INITIATIVE_EXPORT_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly org: OrgService,
    private readonly records: RecordsService,
  ) {
    registry.addExport(this);
  }

  rows(ctx: RequestContext, f: InitiativeExportQuery) {
    return exportRows(
      this.org,
      this.records,
      (after) =>
        this.records.listInitiatives(ctx, {
          ...filterOf(f),
          kind: f.kind,
          first: EXPORT_PAGE,
          after,
        }),
      (r, unit, personCode): ExcelWriteRow<typeof INITIATIVE_EXPORT_COLUMNS> => ({
        personCode,
        fullName: r.subjectName,
        unitCode: unit?.code ?? null,
        unitName: unit?.name ?? null,
        kind: r.kind,
        title: r.title,
        scope: r.scope,
        recognisedOn: r.recognisedOn,
        recognisedBy: r.recognisedBy,
        certificateNumber: r.certificateNumber,
        usedForAwardName: r.usedForAwardName,
        usedForYear: r.usedForYear,
        usedByReference: r.usedByReference,
        note: r.note,
      }),
    );
  }
}

/** GET /api/exports/holds.xlsx */
@Injectable()
export class HoldExport implements ExportDefinition<HoldExportQuery, typeof HOLD_EXPORT_COLUMNS> {
  readonly slug = 'holds';
  readonly permission = 'RECORDS_READ';
  readonly query = HoldExportQuery;
  readonly fileName = { ascii: 'danh-sach-tam-hoan', name: 'Danh sách tạm hoãn' };
  readonly sheetName = 'Tạm hoãn';
  readonly title = 'DANH SÁCH TẠM HOÃN XÉT KHEN THƯỞNG';
  readonly columns = HOLD_EXPORT_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly org: OrgService,
    private readonly records: RecordsService,
  ) {
    registry.addExport(this);
  }

  rows(ctx: RequestContext, f: HoldExportQuery) {
    return exportRows(
      this.org,
      this.records,
      (after) =>
        this.records.listHolds(ctx, { ...filterOf(f), kind: f.kind, first: EXPORT_PAGE, after }),
      (r, unit, personCode): ExcelWriteRow<typeof HOLD_EXPORT_COLUMNS> => ({
        personCode,
        fullName: r.subjectName,
        unitCode: unit?.code ?? null,
        unitName: unit?.name ?? null,
        kind: r.kind,
        startsOn: r.startsOn,
        endsOn: r.endsOn,
        source: r.source,
        liftedOn: r.liftedOn,
        liftReason: r.liftReason,
        note: r.note,
      }),
    );
  }
}
