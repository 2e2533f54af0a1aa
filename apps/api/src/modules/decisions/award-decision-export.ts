import { Injectable } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { formatNumber } from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import { defineColumns, type ExcelWriteRow } from '../../core/excel/excel-columns';
import { blankQuery, cacheByIds, EXPORT_PAGE, pages } from '../../core/excel/excel-export';
import { ExcelRegistry, type ExportDefinition } from '../../core/excel/excel-registry';
import { msg } from '../../core/validation/messages';
import { AwardRoundService } from '../awards/award-round.service';
import { OrgService } from '../org/org.service';
import { recipientName } from './award-decision-render';
import type { AwardDecisionStatus } from './award-decision.entity';
import { DECISION_LIMITS as L } from './award-decision.limits';
import {
  AWARD_DECISION_SORTS,
  AwardDecisionService,
  DECISION_READ,
  type AwardDecisionSort,
} from './award-decision.service';

/**
 * Bảng tiền thưởng of one decision, for the finance office (kế toán) that pays it: the danh sách's
 * order, each recipient's unit, award, multiplier and amount, and the total, as Điều 2 states it.
 */
export const DECISION_REWARD_COLUMNS = defineColumns([
  { key: 'position', header: 'STT', type: 'integer', width: 6 },
  { key: 'name', header: 'Họ tên, tên tập thể, hộ gia đình', type: 'text', width: 32 },
  { key: 'unit', header: 'Chức vụ, đơn vị', type: 'text', width: 40 },
  { key: 'award', header: 'Danh hiệu, hình thức khen thưởng', type: 'text', width: 30 },
  { key: 'multiplier', header: 'Hệ số', type: 'text', width: 8 },
  { key: 'amount', header: 'Số tiền (đồng)', type: 'integer', width: 16 },
  { key: 'decision', header: 'Quyết định', type: 'text', width: 22 },
] as const);

export class DecisionRewardsQuery {
  @Transform(blankQuery)
  @IsUUID('all', msg.id('Quyết định khen thưởng'))
  decisionId!: string;
}

/** "0,6", "1,5": a multiplier as the decree writes it (to the thousandth). */
function multiplierText(m: number | null): string | null {
  return m === null ? null : formatNumber(m);
}

/** GET /api/exports/award-decision-rewards.xlsx?decisionId= — one decision's reward list. */
@Injectable()
export class AwardDecisionRewardsExport implements ExportDefinition<
  DecisionRewardsQuery,
  typeof DECISION_REWARD_COLUMNS
> {
  readonly slug = 'award-decision-rewards';
  readonly permission = DECISION_READ;
  readonly query = DecisionRewardsQuery;
  readonly fileName = { ascii: 'tien-thuong-quyet-dinh', name: 'Tiền thưởng theo quyết định' };
  readonly sheetName = 'Tiền thưởng';
  readonly title = 'DANH SÁCH TIỀN THƯỞNG THEO QUYẾT ĐỊNH KHEN THƯỞNG';
  readonly columns = DECISION_REWARD_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly decisions: AwardDecisionService,
  ) {
    registry.addExport(this);
  }

  async *rows(
    ctx: RequestContext,
    f: DecisionRewardsQuery,
  ): AsyncGenerator<ExcelWriteRow<typeof DECISION_REWARD_COLUMNS>> {
    // the decision as its reader reads it: NOT_FOUND outside DECISION_READ at the issuer
    const d = await this.decisions.get(ctx, f.decisionId);
    const decision = d.symbol ? `${d.symbol}${d.decidedOn ? ` (${d.decidedOn})` : ''}` : 'Dự thảo';
    let total = 0;
    for (const r of await this.decisions.recipients(d.id)) {
      const amount = d.rewardFunding !== null ? r.amount : null;
      total += amount ?? 0;
      yield {
        position: r.position,
        name: recipientName(r),
        unit: r.detail,
        award: r.awardName,
        multiplier: multiplierText(r.multiplier),
        amount,
        decision,
      };
    }
    yield {
      position: null,
      name: 'Tổng cộng',
      unit: null,
      award: null,
      multiplier: null,
      amount: total,
      decision: null,
    };
  }
}

const STATUS_LABELS = {
  'Dự thảo': 'DRAFT',
  'Đã ban hành': 'ISSUED',
  'Đã thu hồi': 'REVOKED',
} as const satisfies Record<string, AwardDecisionStatus>;

/** The decisions' list as its screen shows it, with the figures the finance office asks for. */
export const DECISION_LIST_COLUMNS = defineColumns([
  { key: 'symbol', header: 'Số, ký hiệu', type: 'text', width: 18 },
  { key: 'decidedOn', header: 'Ngày ban hành', type: 'date', width: 14 },
  { key: 'award', header: 'Danh hiệu, hình thức khen thưởng', type: 'text', width: 30 },
  { key: 'subject', header: 'Trích yếu', type: 'text', width: 50 },
  { key: 'issuer', header: 'Đơn vị ban hành', type: 'text', width: 30 },
  { key: 'round', header: 'Đợt xét khen thưởng', type: 'text', width: 30 },
  { key: 'year', header: 'Năm', type: 'integer', width: 8 },
  { key: 'recipients', header: 'Số tập thể, cá nhân', type: 'integer', width: 12 },
  { key: 'amount', header: 'Tổng tiền thưởng (đồng)', type: 'integer', width: 16 },
  { key: 'status', header: 'Trạng thái', type: 'enum', enumValues: STATUS_LABELS, width: 14 },
] as const);

/** The list's filters and order as a query string (`awardDecisions`' own). */
export class DecisionListQuery {
  @Transform(blankQuery)
  @IsOptional()
  @IsUUID('all', msg.id('Đợt xét khen thưởng'))
  roundId?: string;

  @Transform(blankQuery)
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị ban hành'))
  issuerUnitId?: string;

  @Transform(blankQuery)
  @IsOptional()
  @IsIn(Object.values(STATUS_LABELS), msg.oneOf('Trạng thái'))
  status?: AwardDecisionStatus;

  @Transform(({ value }: { value: unknown }) =>
    value === '' || value === undefined ? undefined : Number(value),
  )
  @IsOptional()
  @IsInt(msg.int('Năm'))
  @Min(2000, { message: 'Năm phải từ 2000 đến 2100.' })
  @Max(2100, { message: 'Năm phải từ 2000 đến 2100.' })
  year?: number;

  @Transform(blankQuery)
  @IsOptional()
  @IsString()
  @MaxLength(L.search, msg.maxLength('Từ khóa', L.search))
  search?: string;

  @Transform(blankQuery)
  @IsOptional()
  @IsIn(Object.keys(AWARD_DECISION_SORTS), msg.oneOf('Thứ tự sắp xếp'))
  sort?: AwardDecisionSort;
}

/**
 * GET /api/exports/award-decisions.xlsx — the decisions the caller reads (DECISION_READ at their
 * issuers), filtered and ordered as the list: every page of `AwardDecisionService.list`, with the
 * issuers' names, the rounds' titles and each decision's count and total (one read of each a page).
 */
@Injectable()
export class AwardDecisionListExport implements ExportDefinition<
  DecisionListQuery,
  typeof DECISION_LIST_COLUMNS
> {
  readonly slug = 'award-decisions';
  readonly permission = DECISION_READ;
  readonly query = DecisionListQuery;
  readonly fileName = { ascii: 'quyet-dinh-khen-thuong', name: 'Quyết định khen thưởng' };
  readonly sheetName = 'Quyết định khen thưởng';
  readonly title = 'DANH SÁCH QUYẾT ĐỊNH KHEN THƯỞNG';
  readonly columns = DECISION_LIST_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly decisions: AwardDecisionService,
    private readonly org: OrgService,
    private readonly rounds: AwardRoundService,
  ) {
    registry.addExport(this);
  }

  async *rows(
    ctx: RequestContext,
    f: DecisionListQuery,
  ): AsyncGenerator<ExcelWriteRow<typeof DECISION_LIST_COLUMNS>> {
    const units = new Map<string, { id: string; name: string }>();
    const rounds = new Map<string, { id: string; title: string }>();
    for await (const page of pages((after) =>
      this.decisions.list(ctx, { ...f, first: EXPORT_PAGE, after }),
    )) {
      await cacheByIds(
        units,
        page.map((d) => d.issuerUnitId),
        this.org.unitById.batch,
      );
      await cacheByIds(
        rounds,
        page.map((d) => d.roundId),
        this.rounds.roundById.batch,
      );
      const totals = await this.decisions.totalsOf(page.map((d) => d.id));
      for (const d of page) {
        const total = totals.get(d.id);
        yield {
          symbol: d.symbol,
          decidedOn: d.decidedOn,
          award: d.awardName,
          subject: d.subject,
          issuer: units.get(d.issuerUnitId)?.name ?? null,
          round: rounds.get(d.roundId)?.title ?? null,
          year: d.year,
          recipients: total?.recipients ?? 0,
          // as the screen's total: a decision without funding gives no money
          amount: d.rewardFunding !== null ? (total?.amount ?? 0) : null,
          status: d.status,
        };
      }
    }
  }
}
