import { Injectable } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  APPRAISAL_VERDICTS,
  AWARD_SUBJECTS,
  DOSSIER_STATUSES,
  ELIGIBILITY_VERDICTS,
  TEXT_LIMITS,
  type DossierStatus,
} from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import { defineColumns, labelsToCodes, type ExcelWriteRow } from '../../core/excel/excel-columns';
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
import { unmetLabels } from './award-eligibility';
import { AwardDossierService, DOSSIER_READ } from './award-dossier.service';
import type { AwardRoundEntity } from './award-round.entity';
import { AwardRoundService } from './award-round.service';

type UnitEntity = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;

/**
 * Danh sách đề nghị khen thưởng: one row per nominee of the dossiers listed, with its unit, award,
 * the check's verdict and what it found unmet, the appraisal and the dossier's status: the table a
 * receiving officer assembles by hand from every unit's tờ trình today.
 */
export const NOMINEE_EXPORT_COLUMNS = defineColumns([
  { key: 'round', header: 'Đợt xét', type: 'text', width: 36 },
  { key: 'unitCode', header: 'Mã đơn vị đề nghị', type: 'text', width: 14 },
  { key: 'unitName', header: 'Đơn vị đề nghị', type: 'text', width: 32 },
  { key: 'position', header: 'STT trong hồ sơ', type: 'integer', width: 8 },
  { key: 'name', header: 'Họ tên, tên tập thể, hộ gia đình', type: 'text', width: 30 },
  {
    key: 'subject',
    header: 'Đối tượng',
    type: 'enum',
    enumValues: labelsToCodes(AWARD_SUBJECTS),
    width: 12,
  },
  { key: 'awardName', header: 'Danh hiệu, hình thức đề nghị', type: 'text', width: 32 },
  { key: 'achievements', header: 'Tóm tắt thành tích', type: 'text', width: 50 },
  {
    key: 'eligibility',
    header: 'Kết quả kiểm tra điều kiện',
    type: 'enum',
    enumValues: labelsToCodes(ELIGIBILITY_VERDICTS),
    width: 24,
  },
  { key: 'unmet', header: 'Điều kiện chưa đạt', type: 'text', width: 50 },
  {
    key: 'appraisal',
    header: 'Kết quả thẩm định',
    type: 'enum',
    enumValues: labelsToCodes(APPRAISAL_VERDICTS),
    width: 14,
  },
  { key: 'appraisalRemark', header: 'Ý kiến thẩm định', type: 'text', width: 36 },
  {
    key: 'status',
    header: 'Trạng thái hồ sơ',
    type: 'enum',
    enumValues: labelsToCodes(DOSSIER_STATUSES),
    width: 24,
  },
] as const);

export class NomineeExportQuery {
  /** "inbox": the dossiers sent to the caller's receiving units; otherwise the caller's units' own. */
  @Transform(blankQuery)
  @IsOptional()
  @IsIn(['own', 'inbox'], {
    message: 'Danh sách phải là "own" (của đơn vị) hoặc "inbox" (đã nhận).',
  })
  list?: 'own' | 'inbox';

  @Transform(blankQuery)
  @IsOptional()
  @IsUUID('all', msg.id('Đợt xét'))
  roundId?: string;

  @Transform(blankQuery)
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị'))
  unitId?: string;

  @Transform(blankQuery)
  @IsOptional()
  @IsIn(Object.keys(DOSSIER_STATUSES), msg.oneOf('Trạng thái hồ sơ'))
  status?: DossierStatus;

  @Transform(booleanQuery)
  @IsOptional()
  @IsBoolean(booleanQueryMessage('Gửi muộn'))
  late?: boolean;

  @Transform(booleanQuery)
  @IsOptional()
  @IsBoolean(booleanQueryMessage('Quá hạn xử lý'))
  overdue?: boolean;

  @Transform(blankQuery)
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.search, msg.maxLength('Từ khóa', TEXT_LIMITS.search))
  search?: string;
}

/** GET /api/exports/award-nominees.xlsx — the nominees of the dossiers the caller's list holds. */
@Injectable()
export class AwardNomineeExport implements ExportDefinition<
  NomineeExportQuery,
  typeof NOMINEE_EXPORT_COLUMNS
> {
  readonly slug = 'award-nominees';
  readonly permission = DOSSIER_READ;
  readonly query = NomineeExportQuery;
  readonly fileName = {
    ascii: 'danh-sach-de-nghi-khen-thuong',
    name: 'Danh sách đề nghị khen thưởng',
  };
  readonly sheetName = 'Danh sách đề nghị';
  readonly title = 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG';
  readonly columns = NOMINEE_EXPORT_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly org: OrgService,
    private readonly dossiers: AwardDossierService,
    private readonly rounds: AwardRoundService,
  ) {
    registry.addExport(this);
  }

  async *rows(
    ctx: RequestContext,
    f: NomineeExportQuery,
  ): AsyncGenerator<ExcelWriteRow<typeof NOMINEE_EXPORT_COLUMNS>> {
    const filter = {
      roundId: f.roundId,
      unitId: f.unitId,
      status: f.status,
      late: f.late,
      overdue: f.overdue,
      search: f.search,
    };
    const units = new Map<string, UnitEntity>();
    const rounds = new Map<string, AwardRoundEntity>();
    // the same scoped lists the SPA pages read: the export holds exactly what the caller reads
    const load = (after: string | null) =>
      f.list === 'inbox'
        ? this.dossiers.listInbox(ctx, { ...filter, first: EXPORT_PAGE, after })
        : this.dossiers.listOwn(ctx, { ...filter, first: EXPORT_PAGE, after });
    for await (const page of pages(load)) {
      await cacheByIds(
        units,
        page.map((d) => d.unitId),
        this.org.unitById.batch,
      );
      await cacheByIds(
        rounds,
        page.map((d) => d.roundId),
        this.rounds.roundById.batch,
      );
      const nominees = await this.dossiers.nomineesOf.batch(page.map((d) => d.id));
      for (const [i, d] of page.entries()) {
        const unit = units.get(d.unitId);
        const list = nominees[i];
        if (!Array.isArray(list)) continue;
        for (const n of list)
          yield {
            round: rounds.get(d.roundId)?.title ?? null,
            unitCode: unit?.code ?? null,
            unitName: unit?.name ?? null,
            position: n.position,
            name: n.name,
            subject: n.subject,
            awardName: n.awardName,
            achievements: n.achievements || null,
            eligibility: n.eligibility?.verdict ?? null,
            unmet: n.eligibility ? unmetLabels(n.eligibility).join('\n') || null : null,
            appraisal: n.appraisalVerdict,
            appraisalRemark: n.appraisalRemark,
            status: d.status,
          };
      }
    }
  }
}
