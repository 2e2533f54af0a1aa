import { Injectable } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  CAMPAIGN_ADDRESSEE_STATUSES,
  TEXT_LIMITS,
  todayInVietnam,
  type CampaignAddresseeStatus,
} from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import type { ExcelWriteRow } from '../../core/excel/excel-columns';
import { blankQuery, cacheByIds, EXPORT_PAGE, pages } from '../../core/excel/excel-export';
import { ExcelRegistry, type ExportDefinition } from '../../core/excel/excel-registry';
import { msg } from '../../core/validation/messages';
import { OrgService } from '../org/org.service';
import { CAMPAIGN_ADDRESSEE_EXPORT_COLUMNS } from './campaign-addressee.columns';
import { CampaignCascadeService } from './campaign-cascade.service';
import type { CampaignPlanEntity } from './campaign-plan.entity';

type Unit = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;
type Plan = CampaignPlanEntity;

/** GET /api/exports/campaign-addressees.xlsx?planId=… — the filters of `campaignPlanAddressees`. */
export class CampaignAddresseeExportQuery {
  @IsUUID('all', msg.id('Kế hoạch'))
  planId!: string;

  @Transform(blankQuery)
  @IsOptional()
  @IsIn(Object.keys(CAMPAIGN_ADDRESSEE_STATUSES), msg.oneOf('Tình trạng'))
  status?: CampaignAddresseeStatus;

  @Transform(blankQuery)
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị'))
  underUnitId?: string;

  @Transform(blankQuery)
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.search, msg.maxLength('Từ khóa', TEXT_LIMITS.search))
  search?: string;
}

/**
 * The issuer's cascade table as .xlsx: every addressed unit the reader may see (all of them for the
 * issuer's readers, their own for an addressed unit's), with its answer, deadline and reminders.
 */
@Injectable()
export class CampaignAddresseeExport implements ExportDefinition<
  CampaignAddresseeExportQuery,
  typeof CAMPAIGN_ADDRESSEE_EXPORT_COLUMNS
> {
  readonly slug = 'campaign-addressees';
  readonly permission = 'CAMPAIGN_READ';
  readonly query = CampaignAddresseeExportQuery;
  readonly fileName = { ascii: 'thuc-hien-ke-hoach', name: 'Thực hiện kế hoạch' };
  readonly sheetName = 'Thực hiện kế hoạch';
  readonly title = 'TÌNH HÌNH BAN HÀNH KẾ HOẠCH THỰC HIỆN';
  readonly columns = CAMPAIGN_ADDRESSEE_EXPORT_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly org: OrgService,
    private readonly cascade: CampaignCascadeService,
  ) {
    registry.addExport(this);
  }

  async *rows(
    ctx: RequestContext,
    f: CampaignAddresseeExportQuery,
  ): AsyncGenerator<ExcelWriteRow<typeof CAMPAIGN_ADDRESSEE_EXPORT_COLUMNS>> {
    const units = new Map<string, Unit>();
    const plans = new Map<string, Plan>();
    const today = todayInVietnam();
    for await (const page of pages((after) =>
      this.cascade.list(ctx, f.planId, { ...f, first: EXPORT_PAGE, after }),
    )) {
      await cacheByIds(
        units,
        page.flatMap((a) => [a.unitId, ...(a.inheritedFromUnitId ? [a.inheritedFromUnitId] : [])]),
        this.org.unitById.batch,
      );
      await cacheByIds(
        units,
        page.flatMap((a) => units.get(a.unitId)?.parentId ?? []),
        this.org.unitById.batch,
      );
      await cacheByIds(
        plans,
        page.flatMap((a) => a.answerPlanId ?? []),
        this.cascade.planById.batch,
      );
      for (const a of page) {
        const unit = units.get(a.unitId);
        const answer = a.answerPlanId ? plans.get(a.answerPlanId) : undefined;
        yield {
          unitCode: unit?.code ?? '',
          unitName: unit?.name ?? '',
          parentName: unit?.parentId ? (units.get(unit.parentId)?.name ?? '') : '',
          status: this.cascade.statusOf(a, today),
          deadline: a.deadline,
          answerSymbol: answer?.symbol ?? null,
          answerTitle: answer?.title ?? null,
          answeredOn: a.answeredOn,
          reminderCount: a.reminderCount,
          lastRemindedAt: a.lastRemindedAt ? todayInVietnam(a.lastRemindedAt) : null,
          rule: a.rule,
          inheritedFrom: a.inheritedFromUnitId
            ? (units.get(a.inheritedFromUnitId)?.name ?? '')
            : null,
        };
      }
    }
  }
}
