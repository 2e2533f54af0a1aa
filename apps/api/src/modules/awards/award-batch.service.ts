import { Injectable, Logger } from '@nestjs/common';
import { In, type Repository } from 'typeorm';
import {
  DOSSIER_STATUSES,
  ELIGIBILITY_VERDICTS,
  formatNumber,
  isDossierEditable,
  type DossierStatus,
  type EligibilityVerdict,
} from '@thidua/shared-domain';
import { UnitScopes, whereInScope } from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import type { JobEntity } from '../../core/jobs/job.entity';
import { JobService, type JobProgress, type JobRun } from '../../core/jobs/job.service';
import { OrgService } from '../org/org.service';
import { awardDossierTarget, awardRoundTarget, nomineeLine } from './award-audit';
import { AwardDossierEntity, AwardNominationEntity } from './award-dossier.entity';
import {
  AwardDossierService,
  DOSSIER_MANAGE,
  DOSSIER_READ,
  DOSSIER_RECEIVE,
} from './award-dossier.service';
import {
  AwardEligibilityCheckEntity,
  type EligibilityCheckFinding,
} from './award-eligibility-check.entity';
import {
  AwardEligibilityService,
  unmetLabels,
  type EligibilityChecker,
  type NominationEligibility,
} from './award-eligibility';
import { AwardRoundEntity } from './award-round.entity';

export const ELIGIBILITY_CHECK_JOB = 'awards.eligibility-check';

const ROUND = 'Đợt xét khen thưởng';
/** A proposing unit's name in a report when the unit cannot be read (never expected: a foreign key). */
const UNIT = 'Đơn vị đề nghị';

/**
 * What a receiving unit's round check reads: the dossiers in its hands. A returned one is back with
 * its unit (judged again at its next send), a withdrawn one is out, a decided one is history.
 */
const RECEIVED_STATUSES: readonly DossierStatus[] = [
  'SUBMITTED',
  'RECEIVED',
  'APPRAISED',
  'READY_FOR_COUNCIL',
];

/**
 * Nominees judged per step of a round check: their facts are read together (RecordsService
 * .factsForMany, one query per kind of fact) and the step reports progress. 1,000 keeps a step's facts
 * (a nominee's evaluations and awards over the years, ~30 rows) in a few MB.
 */
const STEP = 1_000;

export interface EligibilityCheckReport {
  job: JobEntity;
  check: AwardEligibilityCheckEntity;
}

/**
 * Why a nominee is not simply ELIGIBLE: why the engine could not judge, else the unmet conditions'
 * sentences, else (TO_CONFIRM) the conditions left to the officer.
 */
function reasonsOf(e: NominationEligibility): string[] {
  if (e.manualReason) return [e.manualReason];
  const unmet = unmetLabels(e);
  if (unmet.length || e.verdict !== 'TO_CONFIRM') return unmet;
  return (e.result?.checks ?? []).filter((c) => c.met === null).map((c) => c.label);
}

/** The counts and findings of a check, as they accumulate over its dossiers. */
class Tally {
  dossiers = 0;
  checked = 0;
  eligible = 0;
  notEligible = 0;
  toConfirm = 0;
  changed = 0;
  readonly findings: EligibilityCheckFinding[] = [];
  /** nominees whose verdict changed, as audit lines (before → after): a dossier's check only */
  readonly before: string[] = [];
  readonly after: string[] = [];

  /**
   * `audited`: the check writes the verdicts and its audit row lists the changes; a round's check
   * (up to 50,000 nominees at province scale) writes none, so it keeps no lines.
   */
  constructor(private readonly audited: boolean) {}

  add(
    d: Pick<AwardDossierEntity, 'id'>,
    unitName: string,
    nominees: readonly AwardNominationEntity[],
    judged: ReadonlyMap<string, NominationEligibility>,
    /** the verdict each nominee has stored (a round's check reads it alone, not the explanations) */
    storedOf: (n: AwardNominationEntity) => EligibilityVerdict | null = (n) =>
      n.eligibility?.verdict ?? null,
  ): void {
    this.dossiers += 1;
    for (const n of nominees) {
      const e = judged.get(n.id);
      if (!e) continue;
      this.checked += 1;
      if (e.verdict === 'ELIGIBLE') this.eligible += 1;
      else if (e.verdict === 'NOT_ELIGIBLE') this.notEligible += 1;
      else this.toConfirm += 1;
      const stored = storedOf(n);
      if (stored !== e.verdict) this.changed += 1;
      if (stored !== e.verdict && this.audited) {
        const line = nomineeLine(n);
        this.before.push(`${line}: ${stored ? ELIGIBILITY_VERDICTS[stored] : 'chưa kiểm tra'}`);
        this.after.push(`${line}: ${ELIGIBILITY_VERDICTS[e.verdict]}`);
      }
      if (e.verdict !== 'ELIGIBLE' || stored !== e.verdict)
        this.findings.push({
          nominationId: n.id,
          dossierId: d.id,
          unitName,
          name: n.name,
          awardName: n.awardName,
          storedVerdict: stored,
          verdict: e.verdict,
          reasons: reasonsOf(e),
        });
    }
  }

  /** "Đã kiểm tra 120 đề nghị của 5 hồ sơ: …" — the job's message. */
  message(stored: boolean): string {
    const n = formatNumber;
    const parts = [
      `Đã kiểm tra ${n(this.checked)} đề nghị của ${n(this.dossiers)} hồ sơ: ${n(this.eligible)} đủ điều kiện, ${n(this.notEligible)} chưa đủ điều kiện, ${n(this.toConfirm)} cần cán bộ xác nhận.`,
    ];
    if (this.changed)
      parts.push(`${n(this.changed)} đề nghị có kết quả khác kết quả đã lưu trước đó.`);
    parts.push(
      stored
        ? 'Đã cập nhật kết quả vào danh sách của hồ sơ.'
        : 'Kết quả chỉ để đối chiếu: kết quả đã lưu khi gửi hồ sơ được giữ nguyên.',
    );
    return parts.join(' ');
  }
}

/**
 * Batch eligibility checks (issue 11, "Batch"; ADR 0019 §14): a whole list re-judged as a durable job
 * with progress (ADR 0011), by the same code as an add, an edit or a send (AwardEligibilityService:
 * the rules in force on the round's judging day, the proposing unit's province).
 *
 * - `checkDossier`: the proposing unit (DOSSIER_MANAGE there) re-judges its dossier. While the dossier
 *   is with it (DRAFT, RETURNED) the verdicts are rewritten, in one transaction that locks the dossier
 *   first (an officer's edit waits for it, or it reads the edit: no verdict is written from a stale
 *   read), with one audit row. Once sent, nothing is rewritten: the stored verdicts are those its unit
 *   saw at the send (§7), so the check is a report.
 * - `checkRound`: the receiving unit (DOSSIER_RECEIVE there) re-judges every dossier of the round in
 *   its hands, 1,000 nominees a step (facts read together, the checker built once per province), and
 *   writes nothing on the dossiers: the report (counts, and each nominee judged other than ELIGIBLE or
 *   other than stored) is the job's result, in `award_eligibility_checks`.
 *
 * The report is read by the job's starter (or a global administrator), as the job is.
 */
@Injectable()
export class AwardBatchService {
  private readonly logger = new Logger(AwardBatchService.name);

  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
    private readonly dossiers: AwardDossierService,
    private readonly eligibility: AwardEligibilityService,
    private readonly jobs: JobService,
  ) {
    jobs.register(ELIGIBILITY_CHECK_JOB, (run) => this.run(run));
  }

  private get checks(): Repository<AwardEligibilityCheckEntity> {
    return this.db.repo(AwardEligibilityCheckEntity);
  }

  // ---------------------------------------------------------------------------------------------------
  // requests (the mutations: a job queued in the caller's audited transaction)

  /** Queues the re-check of a dossier's list by its proposing unit. NOT_FOUND outside the caller's reach. */
  async checkDossier(tx: Tx, dossierId: string): Promise<JobEntity> {
    const d = await this.dossiers.get(tx.ctx, dossierId);
    if (!tx.ctx.actor.canAt(DOSSIER_MANAGE, d.unitPath))
      throw AppError.forbidden(
        'Chỉ cán bộ của đơn vị đề nghị mới kiểm tra lại danh sách của hồ sơ này.',
      );
    if (d.status === 'WITHDRAWN' || d.status === 'DECIDED')
      throw AppError.readOnly(
        `Hồ sơ đang ở trạng thái "${DOSSIER_STATUSES[d.status]}": không kiểm tra lại danh sách.`,
      );
    const total = await tx.em.countBy(AwardNominationEntity, { dossierId: d.id });
    if (!total) throw AppError.field('dossierId', 'Hồ sơ chưa có đề nghị nào để kiểm tra.');
    const job = await this.queue(tx, { roundId: d.roundId, dossierId: d.id }, total);
    await tx.audit.event(
      'awardDossier.checkEligibility',
      awardDossierTarget(d, await this.dossiers.label(d)),
      [
        { field: 'jobId', after: job.id },
        { field: 'nominees', after: `${formatNumber(total)} đề nghị` },
      ],
    );
    return job;
  }

  /**
   * Queues the re-check of every dossier of the round the caller's unit received (DOSSIER_RECEIVE at
   * the round's receiving unit; anyone else: NOT_FOUND, as for a dossier outside their reach).
   */
  async checkRound(tx: Tx, roundId: string): Promise<JobEntity> {
    const { round } = await this.receivedRound(tx.ctx, roundId);
    const counted: { total: string } | undefined = await (
      await this.receivedQuery(tx.ctx, round.id)
    )
      .innerJoin(AwardNominationEntity, 'n', 'n.dossier_id = d.id')
      .select('count(n.id)', 'total')
      .getRawOne();
    const total = Number(counted?.total ?? 0);
    if (!total)
      throw AppError.field('roundId', 'Đợt chưa có hồ sơ nào đang xử lý để kiểm tra điều kiện.');
    const job = await this.queue(tx, { roundId: round.id, dossierId: null }, total);
    await tx.audit.event('awardRound.checkEligibility', awardRoundTarget(round), [
      { field: 'jobId', after: job.id },
      { field: 'nominees', after: `${formatNumber(total)} đề nghị` },
    ]);
    return job;
  }

  /** The report of a check the caller started (or, as a global administrator, may see). */
  async report(ctx: RequestContext, jobId: string): Promise<EligibilityCheckReport> {
    const job = await this.jobs.getVisible(ctx, jobId);
    const check =
      job.kind === ELIGIBILITY_CHECK_JOB ? await this.checks.findOneBy({ jobId }) : null;
    if (!check) throw AppError.notFound('Tác vụ', jobId);
    // the names in it are read as the dossiers are: by whoever still reads them
    if (check.dossierId) await this.dossiers.get(ctx, check.dossierId);
    else {
      const round = await this.db.repo(AwardRoundEntity).findOneBy({ id: check.roundId });
      const unit = round ? await this.org.findById(round.receivingUnitId) : null;
      if (!unit || !(await this.scopes.covers(ctx.actor, DOSSIER_READ, unit.path)))
        throw AppError.notFound('Tác vụ', jobId);
    }
    return { job, check };
  }

  private async queue(
    tx: Tx,
    target: { roundId: string; dossierId: string | null },
    total: number,
  ): Promise<JobEntity> {
    const job = await this.jobs.create(tx, ELIGIBILITY_CHECK_JOB, target, total);
    await tx.em.getRepository(AwardEligibilityCheckEntity).insert({
      jobId: job.id,
      roundId: target.roundId,
      dossierId: target.dossierId,
      side: target.dossierId ? 'SUBMITTER' : 'RECEIVER',
    });
    tx.afterCommit(() => this.jobs.wake());
    return job;
  }

  /** The round, if the caller receives for it (DOSSIER_RECEIVE at its receiving unit), else NOT_FOUND. */
  private async receivedRound(
    ctx: RequestContext,
    roundId: string,
  ): Promise<{ round: AwardRoundEntity }> {
    const round = await this.db.repo(AwardRoundEntity).findOneBy({ id: roundId });
    const unit = round ? await this.org.findById(round.receivingUnitId) : null;
    if (!round || !unit || !ctx.actor.canAt(DOSSIER_RECEIVE, unit.path))
      throw AppError.notFound(ROUND, roundId);
    return { round };
  }

  /** The round's dossiers in the caller's receiving hands (RECEIVED_STATUSES, DOSSIER_RECEIVE scope). */
  private async receivedQuery(ctx: RequestContext, roundId: string) {
    const qb = this.db
      .repo(AwardDossierEntity)
      .createQueryBuilder('d')
      .where('d.round_id = :roundId', { roundId })
      .andWhere('d.first_submitted_at IS NOT NULL')
      .andWhere('d.status IN (:...statuses)', { statuses: RECEIVED_STATUSES });
    whereInScope(qb, await this.scopes.of(ctx.actor, DOSSIER_RECEIVE), 'd.receiving_path');
    return qb;
  }

  // ---------------------------------------------------------------------------------------------------
  // the job

  private async run({ id, ctx, progress }: JobRun): Promise<string> {
    const startedAt = Date.now();
    const check = await this.checks.findOneBy({ jobId: id });
    if (!check) throw AppError.notFound('Tác vụ', id);
    const round = await this.db.repo(AwardRoundEntity).findOneBy({ id: check.roundId });
    if (!round) throw AppError.notFound(ROUND, check.roundId);
    const tally = new Tally(!!check.dossierId);
    const stored = check.dossierId
      ? await this.runDossier(ctx, check, round, tally, progress)
      : await this.runRound(ctx, check, round, tally, progress);
    this.logger.log(
      { jobId: id, checked: tally.checked, stored, wallMs: Date.now() - startedAt },
      'eligibility check',
    );
    return tally.message(stored);
  }

  /**
   * One dossier, one transaction: the dossier locked first (an edit in flight commits before it and
   * is read, or waits for it and judges its own nominee afresh), the list judged, the verdicts stored
   * while the dossier is with its unit, the report kept. A retry starts clean.
   */
  private async runDossier(
    ctx: RequestContext,
    check: AwardEligibilityCheckEntity,
    round: AwardRoundEntity,
    tally: Tally,
    progress: JobProgress,
  ): Promise<boolean> {
    return this.db.run(ctx, async (tx) => {
      const d = await this.dossiers.locked(tx, check.dossierId as string);
      if (!tx.ctx.actor.canAt(DOSSIER_MANAGE, d.unitPath))
        throw AppError.forbidden(
          'Chỉ cán bộ của đơn vị đề nghị mới kiểm tra lại danh sách của hồ sơ này.',
        );
      const nominees = await tx.em.find(AwardNominationEntity, {
        where: { dossierId: d.id },
        order: { position: 'ASC', createdAt: 'ASC' },
      });
      await progress.setTotal(nominees.length);
      const judged = await this.eligibility.evaluate(d, round, nominees, 'CHECK', {
        lenient: true,
      });
      tally.add(d, (await this.org.findById(d.unitId))?.name ?? UNIT, nominees, judged);
      const write = isDossierEditable(d.status) && judged.size > 0;
      if (write) {
        await this.eligibility.store(tx, judged);
        const target = awardDossierTarget(d, await this.dossiers.label(d));
        await tx.audit.event('awardDossier.eligibilityChecked', target, [
          {
            field: 'eligibility',
            before: tally.before.length ? tally.before.join('; ') : undefined,
            after: tally.after.length
              ? tally.after.join('; ')
              : `Không thay đổi (${formatNumber(tally.checked)} đề nghị)`,
          },
        ]);
      }
      await progress.report(nominees.length);
      await this.finish(tx, check, tally, write ? judged.size : 0);
      // a sent dossier's verdicts stay as sent: only the job's report is written, and the request
      // that queued it was audited
      if (!write) tx.skipAudit();
      return write;
    });
  }

  /**
   * Every dossier of the round in the receiver's hands, STEP nominees at a time, read outside any
   * transaction (nothing on them is written); the report is kept at the end.
   */
  private async runRound(
    ctx: RequestContext,
    check: AwardEligibilityCheckEntity,
    round: AwardRoundEntity,
    tally: Tally,
    progress: JobProgress,
  ): Promise<boolean> {
    await this.receivedRound(ctx, round.id);
    const sizes: { id: string; unit_id: string; count: string }[] = await (
      await this.receivedQuery(ctx, round.id)
    )
      .innerJoin(AwardNominationEntity, 'n', 'n.dossier_id = d.id')
      .select('d.id', 'id')
      .addSelect('d.unit_id', 'unit_id')
      .addSelect('count(n.id)', 'count')
      .groupBy('d.id')
      .orderBy('d.created_at')
      .addOrderBy('d.id')
      .getRawMany();
    const total = sizes.reduce((sum, s) => sum + Number(s.count), 0);
    await progress.setTotal(total);
    const units = new Map<string, string>();
    for (const u of Array.from(
      await this.org.unitById.batch([...new Set(sizes.map((s) => s.unit_id))]),
    ))
      if (u && !(u instanceof Error)) units.set(u.id, u.name);
    const checkers = new Map<string, Promise<EligibilityChecker>>();
    let done = 0;
    for (let i = 0; i < sizes.length;) {
      const step: string[] = [];
      for (let n = 0; i < sizes.length && (n === 0 || n + Number(sizes[i]?.count) <= STEP); i++) {
        n += Number(sizes[i]?.count);
        step.push(sizes[i]?.id as string);
      }
      const dossiers = await this.db.repo(AwardDossierEntity).findBy({ id: In(step) });
      const { nominees, stored } = await this.stepNominees(step);
      const byDossier = new Map<string, AwardNominationEntity[]>();
      for (const n of nominees) {
        const list = byDossier.get(n.dossierId);
        if (list) list.push(n);
        else byDossier.set(n.dossierId, [n]);
      }
      const groups = dossiers.map((d) => ({ d, nominees: byDossier.get(d.id) ?? [] }));
      const facts = await this.eligibility.factsOf(
        round,
        groups.map((g) => ({ dossierId: g.d.id, nominees: g.nominees })),
      );
      for (const { d, nominees: list } of groups) {
        const judged = await this.eligibility.evaluate(d, round, list, 'CHECK', {
          facts,
          checkers,
          lenient: true,
        });
        tally.add(d, units.get(d.unitId) ?? UNIT, list, judged, (n) => stored.get(n.id) ?? null);
        done += list.length;
      }
      await progress.report(done);
    }
    await this.db.run(ctx, async (tx) => {
      await this.finish(tx, check, tally, 0);
      // the report of an audited request (awardRound.checkEligibility); nothing else changed
      tx.skipAudit();
    });
    return false;
  }

  /**
   * A step's nominees without their stored explanations, and each one's stored verdict read alone:
   * the explanations are what a round's nominees weigh (bench/awards: ~25 MB for 5,000 nominees),
   * and the tally compares only the verdict.
   */
  private async stepNominees(dossierIds: string[]): Promise<{
    nominees: AwardNominationEntity[];
    stored: Map<string, EligibilityVerdict | null>;
  }> {
    const repo = this.db.repo(AwardNominationEntity);
    const { entities, raw } = await repo
      .createQueryBuilder('n')
      .select(
        repo.metadata.columns
          .filter((c) => c.propertyName !== 'eligibility')
          .map((c) => `n.${c.propertyName}`),
      )
      .addSelect(`n.eligibility->>'verdict'`, 'stored_verdict')
      .where('n.dossier_id IN (:...ids)', { ids: dossierIds })
      .orderBy('n.position', 'ASC')
      .addOrderBy('n.created_at', 'ASC')
      .getRawAndEntities<{ n_id: string; stored_verdict: EligibilityVerdict | null }>();
    return {
      nominees: entities,
      stored: new Map(raw.map((r) => [r.n_id, r.stored_verdict])),
    };
  }

  private async finish(
    tx: Tx,
    check: AwardEligibilityCheckEntity,
    tally: Tally,
    stored: number,
  ): Promise<void> {
    await tx.em.getRepository(AwardEligibilityCheckEntity).update(
      { jobId: check.jobId },
      {
        dossiers: tally.dossiers,
        checked: tally.checked,
        eligible: tally.eligible,
        notEligible: tally.notEligible,
        toConfirm: tally.toConfirm,
        changed: tally.changed,
        stored,
        findings: tally.findings as never,
        finishedAt: new Date(),
      },
    );
  }
}
