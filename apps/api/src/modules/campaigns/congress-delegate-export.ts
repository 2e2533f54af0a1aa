import { Injectable } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import type { RequestContext } from '../../core/context/request-context';
import { defineColumns, type ExcelWriteRow } from '../../core/excel/excel-columns';
import {
  booleanQuery,
  booleanQueryMessage,
  cacheByIds,
  EXPORT_PAGE,
  pages,
} from '../../core/excel/excel-export';
import { ExcelRegistry, type ExportDefinition } from '../../core/excel/excel-registry';
import { msg } from '../../core/validation/messages';
import { OrgService } from '../org/org.service';
import { CongressService, type DelegateFacts } from './congress.service';

type Unit = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;
type Congress = Awaited<ReturnType<CongressService['get']>>;

/**
 * "Danh sách đại biểu tham dự Đại hội cấp trên": who a congress elected to the congress above, or, for
 * the congress above, who the congresses below sent. Personal columns (sex, birth date, ethnicity,
 * religion, Party) are filled only for a reader with PERSON_READ at the delegate's congress's host.
 */
export const CONGRESS_DELEGATE_EXPORT_COLUMNS = defineColumns([
  { key: 'order', header: 'STT', type: 'integer', width: 6 },
  { key: 'fullName', header: 'Họ và tên', type: 'text', width: 28 },
  {
    key: 'sex',
    header: 'Giới tính',
    type: 'enum',
    width: 10,
    enumValues: { Nam: 'MALE', Nữ: 'FEMALE' },
  },
  { key: 'dateOfBirth', header: 'Ngày sinh', type: 'date', width: 12 },
  { key: 'ethnicity', header: 'Dân tộc', type: 'text', width: 12 },
  { key: 'religion', header: 'Tôn giáo', type: 'text', width: 12 },
  { key: 'partyMember', header: 'Đảng viên', type: 'boolean', width: 10 },
  { key: 'title', header: 'Chức vụ', type: 'text', width: 24 },
  { key: 'unitName', header: 'Đơn vị công tác', type: 'text', width: 32 },
  { key: 'sector', header: 'Ngành, lĩnh vực', type: 'text', width: 20 },
  { key: 'directWorker', header: 'Lao động trực tiếp', type: 'boolean', width: 12 },
  { key: 'congressName', header: 'Được bầu tại', type: 'text', width: 36 },
  { key: 'hostUnitName', header: 'Đơn vị tổ chức', type: 'text', width: 28 },
] as const);

/** GET /api/exports/congress-delegates.xlsx?congressId=…[&fromBelow=true] */
export class CongressDelegateExportQuery {
  @IsUUID('all', msg.id('Đại hội, hội nghị'))
  congressId!: string;

  /** The delegates the congresses below sent to this one (instead of those this one elected). */
  @Transform(booleanQuery)
  @IsOptional()
  @IsBoolean(booleanQueryMessage('fromBelow'))
  fromBelow?: boolean;
}

@Injectable()
export class CongressDelegateExport implements ExportDefinition<
  CongressDelegateExportQuery,
  typeof CONGRESS_DELEGATE_EXPORT_COLUMNS
> {
  readonly slug = 'congress-delegates';
  readonly permission = 'CAMPAIGN_READ';
  readonly query = CongressDelegateExportQuery;
  readonly fileName = { ascii: 'dai-bieu-dai-hoi-cap-tren', name: 'Đại biểu dự Đại hội cấp trên' };
  readonly sheetName = 'Đại biểu';
  readonly title = 'DANH SÁCH ĐẠI BIỂU THAM DỰ ĐẠI HỘI CẤP TRÊN';
  readonly columns = CONGRESS_DELEGATE_EXPORT_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly congresses: CongressService,
    private readonly org: OrgService,
  ) {
    registry.addExport(this);
  }

  async *rows(
    ctx: RequestContext,
    f: CongressDelegateExportQuery,
  ): AsyncGenerator<ExcelWriteRow<typeof CONGRESS_DELEGATE_EXPORT_COLUMNS>> {
    // NOT_FOUND outside the reader's scope, as the `congress` query
    const congress = await this.congresses.get(ctx, f.congressId);
    const units = new Map<string, Unit>();
    const sources = new Map<string, Congress>([[congress.id, congress]]);
    const personal = new Map<string, boolean>();
    let order = 0;
    for await (const page of pages((after) =>
      f.fromBelow
        ? this.congresses.fromBelowPage(congress.id, { first: EXPORT_PAGE, after })
        : this.congresses.delegatePage(congress.id, { first: EXPORT_PAGE, after }, true),
    )) {
      if (!page.length) continue;
      const facts = Array.from(
        await this.congresses.delegateFactsById.batch(page.map((d) => d.id)),
      ).filter((x): x is DelegateFacts => !!x && !(x instanceof Error));
      await cacheByIds(
        sources,
        facts.map((x) => x.congressId),
        this.congresses.congressById.batch,
      );
      await cacheByIds(
        units,
        facts.flatMap((x) => [x.hostUnitId, ...(x.unitId ? [x.unitId] : [])]),
        this.org.unitById.batch,
      );
      for (const x of facts) {
        let canSee = personal.get(x.hostUnitPath);
        if (canSee === undefined) {
          canSee = await this.congresses.canReadPeopleAt(ctx, x.hostUnitPath);
          personal.set(x.hostUnitPath, canSee);
        }
        const source = sources.get(x.congressId);
        yield {
          order: ++order,
          fullName: x.fullName,
          sex: canSee ? x.sex : null,
          dateOfBirth: canSee ? x.dateOfBirth : null,
          ethnicity: canSee ? x.ethnicity : null,
          religion: canSee ? x.religion : null,
          partyMember: canSee ? x.partyMember : null,
          title: x.title,
          unitName: x.unitId ? (units.get(x.unitId)?.name ?? null) : null,
          sector: x.sector,
          directWorker: x.directWorker,
          congressName: source?.name ?? null,
          hostUnitName: units.get(x.hostUnitId)?.name ?? null,
        };
      }
    }
  }
}
