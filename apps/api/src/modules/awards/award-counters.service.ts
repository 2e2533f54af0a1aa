import { Injectable } from '@nestjs/common';
import { DOSSIER_STATUSES, type DossierStatus } from '@thidua/shared-domain';
import { UnitScopes, scopePaths } from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { AwardDossierEntity, AwardNominationEntity } from './award-dossier.entity';
import { AwardDossierService, DOSSIER_READ } from './award-dossier.service';
import { AwardRoundEntity } from './award-round.entity';

/** What the counters count, for a round or in total. */
export interface AwardCountValues {
  /** nominees of dossiers sent and not withdrawn (đề xuất): RETURNED ones are still proposed */
  proposed: number;
  /** of those, by the verdict stored (the send's, or the proposing unit's last check) */
  eligible: number;
  notEligible: number;
  toConfirm: number;
  unchecked: number;
  /** of those, by the receiving unit's current appraisal */
  appraisedPass: number;
  appraisedFail: number;
  /** of those, put into a higher round's dossier (chuyển cấp trên: a nomination's origin) */
  escalated: number;
  dossiers: number;
  byStatus: Record<DossierStatus, number>;
  /** dossiers whose last send came after the round's deadline */
  late: number;
  /** dossiers whose running clock (05 days to receive, 20 to appraise) has passed its due day */
  overdue: number;
}

export interface AwardRoundCountValues {
  roundId: string;
  counts: AwardCountValues;
}

export interface AwardCounterValues {
  rounds: AwardRoundCountValues[];
  total: AwardCountValues;
}

const STATUSES = Object.keys(DOSSIER_STATUSES) as DossierStatus[];

const NOMINEE_COUNTS = [
  'proposed',
  'eligible',
  'notEligible',
  'toConfirm',
  'unchecked',
  'appraisedPass',
  'appraisedFail',
  'escalated',
] as const;

const DOSSIER_COUNTS = ['dossiers', 'late', 'overdue'] as const;

function zero(): AwardCountValues {
  return {
    proposed: 0,
    eligible: 0,
    notEligible: 0,
    toConfirm: 0,
    unchecked: 0,
    appraisedPass: 0,
    appraisedFail: 0,
    escalated: 0,
    dossiers: 0,
    byStatus: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<DossierStatus, number>,
    late: 0,
    overdue: 0,
  };
}

/**
 * Counters per round (issue 11, "counters per campaign"; ADR 0019 §14): đề xuất, đủ/chưa đủ điều
 * kiện, đạt/không đạt thẩm định, chuyển cấp trên, dossiers by status, late and overdue — counted only
 * over the dossiers the caller reads (AwardDossierService.accessOf as SQL: those of the proposing
 * units in their DOSSIER_READ scope, and those sent to receiving units in it). One statement: the
 * rounds asked, their dossiers in reach (round_id index, then the two GiST path indexes), their
 * nominees ((dossier_id, position) index), FILTER clauses for every figure and the escalation probe
 * on the partial index `award_nominations_origin`; no loop over rows.
 */
@Injectable()
export class AwardCountersService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly dossiers: AwardDossierService,
  ) {}

  /**
   * A round's counters, a campaign plan's rounds' (every round carrying the plan, even one nobody in
   * reach has sent to yet), or without either every round where the caller reads a dossier.
   */
  async counters(
    ctx: RequestContext,
    filter: { roundId?: string | null; campaignPlanId?: string | null },
  ): Promise<AwardCounterValues> {
    const scope = await this.scopes.of(ctx.actor, DOSSIER_READ);
    const params: Record<string, unknown> = {};
    let reach: string;
    if (scope.kind === 'all') reach = 'TRUE';
    else if (scope.kind === 'none') reach = 'FALSE';
    else {
      params['reach'] = scopePaths(scope);
      // `<@ ANY(…)` on each path: each side can use its GiST index (ADR 0013)
      reach =
        '(d.unit_path <@ ANY(CAST(:reach AS ltree[])) OR (d.first_submitted_at IS NOT NULL AND d.receiving_path <@ ANY(CAST(:reach AS ltree[]))))';
    }
    const overdue = await this.dossiers.overdueCondition();
    Object.assign(params, overdue.params);
    const proposed = `d.status NOT IN ('DRAFT', 'WITHDRAWN')`;
    const nominees = (where: string) => `count(n.id) FILTER (WHERE ${proposed}${where})`;
    const qb = this.db
      .repo(AwardRoundEntity)
      .createQueryBuilder('r')
      .leftJoin(AwardDossierEntity, 'd', `d.round_id = r.id AND ${reach}`)
      .leftJoin(AwardNominationEntity, 'n', 'n.dossier_id = d.id')
      .select('r.id', 'roundId')
      .addSelect(nominees(''), 'proposed')
      .addSelect(nominees(` AND n.eligibility->>'verdict' = 'ELIGIBLE'`), 'eligible')
      .addSelect(nominees(` AND n.eligibility->>'verdict' = 'NOT_ELIGIBLE'`), 'notEligible')
      .addSelect(nominees(` AND n.eligibility->>'verdict' = 'TO_CONFIRM'`), 'toConfirm')
      .addSelect(nominees(' AND n.eligibility IS NULL'), 'unchecked')
      .addSelect(nominees(` AND n.appraisal_verdict = 'PASS'`), 'appraisedPass')
      .addSelect(nominees(` AND n.appraisal_verdict = 'FAIL'`), 'appraisedFail')
      .addSelect(
        nominees(
          ' AND EXISTS (SELECT 1 FROM award_nominations x WHERE x.origin_nomination_id = n.id)',
        ),
        'escalated',
      )
      .addSelect('count(DISTINCT d.id)', 'dossiers')
      .addSelect('count(DISTINCT d.id) FILTER (WHERE d.late)', 'late')
      .addSelect(`count(DISTINCT d.id) FILTER (WHERE ${overdue.sql})`, 'overdue')
      .groupBy('r.id')
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .setParameters(params);
    for (const [i, status] of STATUSES.entries())
      qb.addSelect(
        `count(DISTINCT d.id) FILTER (WHERE d.status = :status${i})`,
        `s_${status}`,
      ).setParameter(`status${i}`, status);
    if (filter.roundId) qb.andWhere('r.id = :roundId', { roundId: filter.roundId });
    if (filter.campaignPlanId)
      qb.andWhere('r.campaign_plan_id = :planId', { planId: filter.campaignPlanId });
    if (!filter.roundId && !filter.campaignPlanId) qb.having('count(d.id) > 0');
    const rows: Record<string, string>[] = await qb.getRawMany();

    const total = zero();
    const rounds = rows.map((row) => {
      const counts = zero();
      for (const key of [...NOMINEE_COUNTS, ...DOSSIER_COUNTS]) {
        counts[key] = Number(row[key] ?? 0);
        total[key] += counts[key];
      }
      for (const status of STATUSES) {
        counts.byStatus[status] = Number(row[`s_${status}`] ?? 0);
        total.byStatus[status] += counts.byStatus[status];
      }
      return { roundId: row['roundId'] as string, counts };
    });
    return { rounds, total };
  }
}
