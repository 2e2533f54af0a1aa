import { Injectable } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { todayInVietnam } from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import type { ExcelWriteRow } from '../../core/excel/excel-columns';
import { blankQuery, cacheByIds, EXPORT_PAGE, pages } from '../../core/excel/excel-export';
import { ExcelRegistry, type ExportDefinition } from '../../core/excel/excel-registry';
import { msg } from '../../core/validation/messages';
import { CLUSTER_EXPORT_COLUMNS } from './cluster.columns';
import { ClusterService, membersKey } from './cluster.service';
import { OrgService } from './org.service';

type Unit = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;

/** GET /api/exports/clusters.xlsx — the filters of the `clusters` query. */
export class ClusterExportQuery {
  @Transform(blankQuery)
  @IsOptional()
  @IsString()
  @MaxLength(200, msg.maxLength('Từ khóa', 200))
  search?: string;

  @Transform(blankQuery)
  @IsOptional()
  @IsIn(['CUM', 'KHOI'], msg.oneOf('Loại cụm, khối'))
  kind?: 'CUM' | 'KHOI';
}

/** Loader answers with the failed keys as undefined (the row then shows blanks). */
function ok<T>(values: ArrayLike<T | Error>): T[] {
  return Array.from(values).map((v) => (v instanceof Error ? (undefined as T) : v));
}

/** Clusters organised within the caller's scope, with their current members and this year's lead. */
@Injectable()
export class ClusterExport implements ExportDefinition<
  ClusterExportQuery,
  typeof CLUSTER_EXPORT_COLUMNS
> {
  readonly slug = 'clusters';
  readonly permission = 'UNIT_READ';
  readonly query = ClusterExportQuery;
  readonly fileName = { ascii: 'cum-khoi', name: 'Cụm, khối thi đua' };
  readonly sheetName = 'Cụm, khối thi đua';
  readonly title = 'DANH SÁCH CỤM, KHỐI THI ĐUA';
  readonly columns = CLUSTER_EXPORT_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly org: OrgService,
    private readonly clusters: ClusterService,
  ) {
    registry.addExport(this);
  }

  async *rows(
    ctx: RequestContext,
    f: ClusterExportQuery,
  ): AsyncGenerator<ExcelWriteRow<typeof CLUSTER_EXPORT_COLUMNS>> {
    const cache = new Map<string, Unit>();
    const today = todayInVietnam();
    const year = Number(today.slice(0, 4));
    for await (const page of pages((after) =>
      this.clusters.list(ctx, { ...f, first: EXPORT_PAGE, after }),
    )) {
      if (!page.length) continue;
      const ids = page.map((c) => c.id);
      const members = ok(
        await this.clusters.membersOf.batch(ids.map((id) => membersKey(id, today))),
      );
      const leaderships = ok(await this.clusters.leadershipsOf.batch(ids));
      const current = leaderships.map((list) => (list ?? []).find((l) => l.year === year) ?? null);
      await cacheByIds(
        cache,
        [
          ...page.map((c) => c.organizerUnitId),
          ...members.flat().map((m) => m.unitId),
          ...current.flatMap((l) => (l ? [l.leadUnitId, l.deputyUnitId ?? l.leadUnitId] : [])),
        ],
        this.org.unitById.batch,
      );
      for (const [i, c] of page.entries()) {
        const list = members[i] ?? [];
        const lead = current[i];
        yield {
          code: c.code,
          name: c.name,
          kind: c.kind,
          organizerCode: cache.get(c.organizerUnitId)?.code ?? null,
          organizerName: cache.get(c.organizerUnitId)?.name ?? null,
          memberCount: list.length,
          members: list
            .map((m) => cache.get(m.unitId)?.code ?? '')
            .filter(Boolean)
            .join('; '),
          year: lead ? lead.year : null,
          leadCode: lead ? (cache.get(lead.leadUnitId)?.code ?? null) : null,
          deputyCode: lead?.deputyUnitId ? (cache.get(lead.deputyUnitId)?.code ?? null) : null,
          description: c.description,
        };
      }
    }
  }
}
