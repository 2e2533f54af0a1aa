import { Injectable } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  CAMPAIGN_REGISTRANT_KINDS,
  CAMPAIGN_REGISTRATION_STATUSES,
  TEXT_LIMITS,
  type CampaignRegistrantKind,
  type CampaignRegistrationStatus,
} from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import type { ExcelWriteRow } from '../../core/excel/excel-columns';
import { blankQuery, cacheByIds, EXPORT_PAGE, pages } from '../../core/excel/excel-export';
import { ExcelRegistry, type ExportDefinition } from '../../core/excel/excel-registry';
import { msg } from '../../core/validation/messages';
import { OrgService } from '../org/org.service';
import { titlesLine } from './campaign-registration-audit';
import { CAMPAIGN_REGISTRATION_EXPORT_COLUMNS } from './campaign-registration.columns';
import { CampaignRegistrationService } from './campaign-registration.service';

type UnitEntity = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;

/** GET /api/exports/campaign-registrations.xlsx?planId=… — the filters of `campaignRegistrations`. */
export class CampaignRegistrationExportQuery {
  @IsUUID('all', msg.id('Kế hoạch'))
  planId!: string;

  @Transform(blankQuery)
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị'))
  unitId?: string;

  @Transform(blankQuery)
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị'))
  underUnitId?: string;

  @Transform(blankQuery)
  @IsOptional()
  @IsIn(Object.keys(CAMPAIGN_REGISTRATION_STATUSES), msg.oneOf('Trạng thái'))
  status?: CampaignRegistrationStatus;

  @Transform(blankQuery)
  @IsOptional()
  @IsIn(Object.keys(CAMPAIGN_REGISTRANT_KINDS), msg.oneOf('Đối tượng đăng ký'))
  kind?: CampaignRegistrantKind;

  @Transform(blankQuery)
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.search, msg.maxLength('Từ khóa', TEXT_LIMITS.search))
  search?: string;
}

/**
 * A plan's registrations as .xlsx, read through the scoped list (the issuer's readers get every
 * unit's, others their scope's): the import's columns first (an exported file imports back), then
 * who registers, the unit's name and the status.
 */
@Injectable()
export class CampaignRegistrationExport implements ExportDefinition<
  CampaignRegistrationExportQuery,
  typeof CAMPAIGN_REGISTRATION_EXPORT_COLUMNS
> {
  readonly slug = 'campaign-registrations';
  readonly permission = 'CAMPAIGN_READ';
  readonly query = CampaignRegistrationExportQuery;
  readonly fileName = { ascii: 'dang-ky-thi-dua', name: 'Đăng ký thi đua' };
  readonly sheetName = 'Đăng ký thi đua';
  readonly title = 'DANH SÁCH ĐĂNG KÝ THI ĐUA';
  readonly columns = CAMPAIGN_REGISTRATION_EXPORT_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly org: OrgService,
    private readonly registrations: CampaignRegistrationService,
  ) {
    registry.addExport(this);
  }

  async *rows(
    ctx: RequestContext,
    f: CampaignRegistrationExportQuery,
  ): AsyncGenerator<ExcelWriteRow<typeof CAMPAIGN_REGISTRATION_EXPORT_COLUMNS>> {
    const units = new Map<string, UnitEntity>();
    const { planId, ...filter } = f;
    for await (const page of pages((after) =>
      this.registrations.list(ctx, planId, { ...filter, first: EXPORT_PAGE, after }),
    )) {
      await cacheByIds(
        units,
        page.map((r) => r.unitId),
        this.org.unitById.batch,
      );
      const people = await this.registrations.peopleOf(page);
      for (const r of page) {
        const unit = units.get(r.unitId);
        const person = people.get(r.id);
        yield {
          planId: r.planId,
          unitCode: unit?.code ?? null,
          personCode: person?.code ?? null,
          fullName: r.kind === 'PERSON' ? (person?.fullName ?? r.registrantName) : null,
          titles: titlesLine(r.titles.map((t) => ({ name: t.name, code: null }))),
          commitments: r.commitments,
          kind: r.kind,
          unitName: unit?.name ?? null,
          status: r.status,
          returnReason: r.returnReason,
        };
      }
    }
  }
}
