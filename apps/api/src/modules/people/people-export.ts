import { Injectable } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { UnitScopes, inScope } from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import type { ExcelWriteRow } from '../../core/excel/excel-columns';
import {
  blankQuery,
  booleanQuery,
  booleanQueryMessage,
  cacheByIds,
  EXPORT_PAGE,
  pages,
} from '../../core/excel/excel-export';
import { ExcelRegistry, type ExportDefinition } from '../../core/excel/excel-registry';
import { msg } from '../../core/validation/messages';
import { OrgService } from '../org/org.service';
import { PeopleService } from './people.service';
import { PERSON_EXPORT_COLUMNS } from './person.columns';

type Unit = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;
type Position = Awaited<ReturnType<PeopleService['currentPositions']>>[number];

/** GET /api/exports/people.xlsx — the filters of the `people` query. */
export class PeopleExportQuery {
  @Transform(blankQuery)
  @IsOptional()
  @IsString()
  @MaxLength(200, msg.maxLength('Từ khóa', 200))
  search?: string;

  @Transform(blankQuery)
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị'))
  unitId?: string;

  @Transform(booleanQuery)
  @IsOptional()
  @IsBoolean(booleanQueryMessage('includeDescendants'))
  includeDescendants?: boolean;

  @Transform(blankQuery)
  @IsOptional()
  @IsIn(['MALE', 'FEMALE'], msg.oneOf('Giới tính'))
  sex?: 'MALE' | 'FEMALE';

  @Transform(booleanQuery)
  @IsOptional()
  @IsBoolean(booleanQueryMessage('partyMember'))
  partyMember?: boolean;

  @Transform(blankQuery)
  @IsOptional()
  @IsIn(
    ['CIVIL_SERVANT', 'PUBLIC_EMPLOYEE', 'WORKER', 'OFFICER', 'OTHER'],
    msg.oneOf('Loại cán bộ'),
  )
  staffCategory?: 'CIVIL_SERVANT' | 'PUBLIC_EMPLOYEE' | 'WORKER' | 'OFFICER' | 'OTHER';

  @Transform(booleanQuery)
  @IsOptional()
  @IsBoolean(booleanQueryMessage('includeFormer'))
  includeFormer?: boolean;
}

/**
 * The people list as .xlsx: the import's columns (an exported file imports back unchanged), then the
 * unit's name. Each person shows one current post, in a unit the caller may read.
 */
@Injectable()
export class PeopleExport implements ExportDefinition<
  PeopleExportQuery,
  typeof PERSON_EXPORT_COLUMNS
> {
  readonly slug = 'people';
  readonly permission = 'PERSON_READ';
  readonly query = PeopleExportQuery;
  readonly fileName = { ascii: 'nhan-su', name: 'Nhân sự' };
  readonly sheetName = 'Nhân sự';
  readonly title = 'DANH SÁCH CÁN BỘ, NGƯỜI LAO ĐỘNG';
  readonly columns = PERSON_EXPORT_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly org: OrgService,
    private readonly people: PeopleService,
    private readonly scopes: UnitScopes,
  ) {
    registry.addExport(this);
  }

  async *rows(
    ctx: RequestContext,
    f: PeopleExportQuery,
  ): AsyncGenerator<ExcelWriteRow<typeof PERSON_EXPORT_COLUMNS>> {
    const cache = new Map<string, Unit>();
    const readScope = await this.scopes.of(ctx.actor, 'PERSON_READ');
    /** The position shown: a current one in a unit the caller may read, else the newest current one. */
    const shown = (positions: Position[]): Position | null => {
      const visible = positions.find((p) => inScope(readScope, cache.get(p.unitId)?.path));
      return visible ?? (readScope.kind === 'all' ? (positions[0] ?? null) : null);
    };
    for await (const page of pages((after) =>
      this.people.list(ctx, { ...f, first: EXPORT_PAGE, after }),
    )) {
      if (!page.length) continue;
      const current = Array.from(await this.people.currentPositionsOf.batch(page.map((p) => p.id)));
      const lists = current.map((c) => (c instanceof Error ? [] : c));
      await cacheByIds(
        cache,
        lists.flat().map((p) => p.unitId),
        this.org.unitById.batch,
      );
      for (const [i, p] of page.entries()) {
        const pos = shown(lists[i] ?? []);
        const unit = pos ? cache.get(pos.unitId) : undefined;
        yield {
          code: p.code,
          fullName: p.fullName,
          sex: p.sex,
          dateOfBirth: p.dateOfBirth,
          ethnicity: p.ethnicity,
          religion: p.religion,
          hometown: p.hometown,
          partyMember: p.partyMember,
          partyJoinedOn: p.partyJoinedOn,
          unitCode: unit?.code ?? null,
          title: pos?.title ?? null,
          startedOn: pos?.startedOn ?? null,
          isLeader: pos ? pos.isLeader : null,
          staffCategory: pos?.staffCategory ?? null,
          note: p.note,
          unitName: unit?.name ?? null,
        };
      }
    }
  }
}
