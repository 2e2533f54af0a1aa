import { Injectable } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsUUID } from 'class-validator';
import { formatNumber } from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import { defineColumns, type ExcelWriteRow } from '../../core/excel/excel-columns';
import { blankQuery } from '../../core/excel/excel-export';
import { ExcelRegistry, type ExportDefinition } from '../../core/excel/excel-registry';
import { msg } from '../../core/validation/messages';
import { recipientName } from './award-decision-render';
import { AwardDecisionService, DECISION_READ } from './award-decision.service';

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
