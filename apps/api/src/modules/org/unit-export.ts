import { Injectable } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { UnitTree } from '@thidua/shared-domain';
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
import { OrgService } from './org.service';
import { UnitKindService } from './unit-kind.service';
import { UNIT_EXPORT_COLUMNS } from './unit.columns';

type Unit = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;

/** GET /api/exports/units.xlsx — the filters of the `units` query. */
export class UnitExportQuery {
  @Transform(blankQuery)
  @IsOptional()
  @IsIn(['GOVERNMENT', 'PARTY', 'FRONT'], msg.oneOf('Hệ thống'))
  tree?: UnitTree;

  @Transform(blankQuery)
  @IsOptional()
  @IsString()
  @MaxLength(200, msg.maxLength('Từ khóa', 200))
  search?: string;

  @Transform(blankQuery)
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị cấp trên'))
  parentId?: string;

  @Transform(booleanQuery)
  @IsOptional()
  @IsBoolean(booleanQueryMessage('includeEnded'))
  includeEnded?: boolean;
}

/**
 * The units list as .xlsx: the import's columns first (an exported file imports back unchanged),
 * then the status columns an import ignores.
 */
@Injectable()
export class UnitExport implements ExportDefinition<UnitExportQuery, typeof UNIT_EXPORT_COLUMNS> {
  readonly slug = 'units';
  readonly permission = 'UNIT_READ';
  readonly query = UnitExportQuery;
  readonly fileName = { ascii: 'don-vi', name: 'Đơn vị' };
  readonly sheetName = 'Đơn vị';
  readonly title = 'DANH SÁCH ĐƠN VỊ';
  readonly columns = UNIT_EXPORT_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly org: OrgService,
    private readonly kinds: UnitKindService,
  ) {
    registry.addExport(this);
  }

  async *rows(
    ctx: RequestContext,
    f: UnitExportQuery,
  ): AsyncGenerator<ExcelWriteRow<typeof UNIT_EXPORT_COLUMNS>> {
    const kinds = new Map((await this.kinds.list()).map((k) => [k.id, k]));
    const cache = new Map<string, Unit>();
    for await (const page of pages((after) =>
      this.org.list(ctx, { ...f, first: EXPORT_PAGE, after }),
    )) {
      for (const u of page) cache.set(u.id, u);
      await cacheByIds(
        cache,
        page.map((u) => u.parentId).filter((id): id is string => !!id),
        this.org.unitById.batch,
      );
      for (const u of page) {
        yield {
          code: u.code,
          name: u.name,
          shortName: u.shortName,
          kind: kinds.get(u.kindId)?.name ?? '',
          parentCode: u.parentId ? (cache.get(u.parentId)?.code ?? '') : '',
          legalPerson: u.legalPerson,
          address: u.address,
          phone: u.phone,
          email: u.email,
          validFrom: u.validFrom,
          status: u.status,
          validTo: u.validTo,
          tree: u.tree,
        };
      }
    }
  }
}
