import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, type Repository } from 'typeorm';
import {
  AWARD_DOSSIER_LIMITS as L,
  AWARD_SUBJECTS,
  AWARD_TRACKS,
  DOSSIER_DOCUMENT_KINDS,
  DOSSIER_STATUSES,
  PER_NOMINEE_DOCUMENT_KINDS,
  DOSSIER_CLOCKS,
  awardKind,
  blankToNull,
  dossierClock,
  isDossierEditable,
  isSingleDocumentSlot,
  oneLine,
  sameAwardForm,
  type AwardSubject,
  type DossierDocumentKind,
  type DossierSnapshot,
  type DeadlineStatus,
  type DossierClock,
  type DossierStatus,
  type IsoDate,
  type Permission,
  todayInVietnam,
} from '@thidua/shared-domain';
import { isWithinPath } from '../../core/auth/actor';
import { UnitScopes, whereInScope } from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import { wordsMatch } from '../../core/database/search';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { paginate, type ConnectionShape } from '../../core/graphql/connection';
import { byKeys, groupByKeys, loaderKey } from '../../core/graphql/loaders';
import { CalendarService } from '../calendar/calendar.service';
import { CampaignService } from '../campaigns/campaign.service';
import { FilesService, type FileMediaType } from '../files/files.service';
import { RulesService } from '../legal/rules.service';
import { OrgService } from '../org/org.service';
import { PeopleService } from '../people/people.service';
import { RecordsService } from '../records/records.service';
import {
  AWARD_DOSSIER_AUDIT_FIELDS,
  awardDossierAuditView,
  awardDossierTarget,
  nomineeLine,
  type AwardDossierAuditView,
} from './award-audit';
import { AwardDossierEventEntity } from './award-dossier-event.entity';
import { AwardEligibilityService, initiativeReference } from './award-eligibility';
import {
  AwardDossierDocumentEntity,
  AwardDossierEntity,
  AwardNominationEntity,
} from './award-dossier.entity';
import { AwardRoundEntity } from './award-round.entity';

export const DOSSIER_READ: Permission = 'DOSSIER_READ';
export const DOSSIER_MANAGE: Permission = 'DOSSIER_MANAGE';
export const DOSSIER_RECEIVE: Permission = 'DOSSIER_RECEIVE';
export const WHAT = 'Hồ sơ đề nghị khen thưởng';

/** How the caller reaches a dossier: as a reader of the proposing unit, of the receiving unit, both. */
export interface DossierAccess {
  submitter: boolean;
  receiver: boolean;
}

export interface DossierFilter {
  roundId?: string | null;
  unitId?: string | null;
  status?: DossierStatus | null;
  late?: boolean | null;
  /** true: only dossiers whose running clock (DOSSIER_CLOCKS) has passed its due day; false: the others */
  overdue?: boolean | null;
  search?: string | null;
}

/** The clock running on a dossier (DOSSIER_CLOCKS), its due day and where it stands today. */
export interface DossierClockState {
  clock: DossierClock;
  startedOn: IsoDate;
  dueOn: IsoDate;
  status: DeadlineStatus;
}

export interface NomineeData {
  subject: AwardSubject;
  personId?: string | null;
  unitId?: string | null;
  householdName?: string | null;
  householdAddress?: string | null;
  awardCode?: string | null;
  awardName?: string | null;
  achievements?: string | null;
  /** the sáng kiến, đề tài cited (the nominee's own, module records); absent on an edit: unchanged */
  initiativeIds?: readonly string[] | null;
}

export type NomineeEdit = Omit<NomineeData, 'subject' | 'personId' | 'unitId'>;

/** A nomination cites at most this many sáng kiến (CSTĐ titles ask for one or two). */
export const MAX_CITED_INITIATIVES = 10;

export interface DocumentUpload {
  bytes: Uint8Array;
  name: string;
  mediaType: FileMediaType;
}

/** A short hash of written text: what "what changed" compares for a document typed in. */
function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** "Báo cáo thành tích của Nguyễn Văn A", "Tờ trình đề nghị khen thưởng". */
export function documentLabel(
  d: Pick<AwardDossierDocumentEntity, 'kind' | 'nominationId' | 'fileName'>,
  nominees: ReadonlyMap<string, { name: string }>,
): string {
  const base = DOSSIER_DOCUMENT_KINDS[d.kind];
  const who = d.nominationId ? nominees.get(d.nominationId)?.name : null;
  if (who) return `${base} của ${who}`;
  if (d.kind === 'OTHER' && d.fileName) return `${base}: ${d.fileName}`;
  return base;
}

/** A nominee found "đạt" at the appraisal, as a council's agenda takes it (`appraisedForCouncil`). */
export interface CouncilAgendaCandidate {
  nominationId: string;
  dossierId: string;
  subject: AwardSubject;
  name: string;
  awardCode: string | null;
  awardName: string;
  proposingUnitId: string;
  proposingUnitName: string;
  /** the rule version the nominee was judged under (null: judged by hand) */
  ruleVersionId: string | null;
  /** that version says the council votes by ballot (bỏ phiếu) */
  voteRequired: boolean;
  /** the share of agreeing votes of the total membership it needs (0.9, 0.8); null: no vote */
  threshold: number | null;
  /** a woman (individual; null: sex not recorded or not a person) */
  female: boolean | null;
  /** the share of women among a collective's members today (null: not a collective, or no members) */
  womenShare: number | null;
}

/** A post a person holds today (PeopleService's position). */
export type NomineePost = Awaited<ReturnType<PeopleService['currentPositions']>>[number];

/**
 * Hồ sơ đề nghị khen thưởng (issue 11, "Dossiers", "Scope"): one per round and proposing unit, its
 * nominees and documents. Who reads a dossier is decided once, in `accessOf`: the DOSSIER_READ readers
 * of the proposing unit, and, once it has been sent, those of the round's receiving unit (as a kế
 * hoạch is read by its issuer and, once issued, by its addressees); anyone else gets NOT_FOUND. The
 * proposing unit's officers (DOSSIER_MANAGE there) edit it while it is with them (DRAFT, RETURNED);
 * the routing (send, return, appraise…) is AwardDossierRoutingService.
 */
@Injectable()
export class AwardDossierService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
    private readonly people: PeopleService,
    private readonly files: FilesService,
    private readonly campaigns: CampaignService,
    private readonly eligibility: AwardEligibilityService,
    private readonly records: RecordsService,
    private readonly calendar: CalendarService,
    private readonly rules: RulesService,
  ) {}

  private get dossiers(): Repository<AwardDossierEntity> {
    return this.db.repo(AwardDossierEntity);
  }

  readonly dossierById = loaderKey<string, AwardDossierEntity | null>(
    'awardDossierById',
    async (ids) => byKeys(ids, await this.dossiers.findBy({ id: In([...ids]) }), (d) => d.id),
  );

  readonly nomineesOf = loaderKey<string, AwardNominationEntity[]>('awardNominees', async (ids) =>
    groupByKeys(
      ids,
      await this.db
        .repo(AwardNominationEntity)
        .find({ where: { dossierId: In([...ids]) }, order: { position: 'ASC', createdAt: 'ASC' } }),
      (n) => n.dossierId,
    ),
  );

  /** How many nominees each dossier has (a list shows the number, not the nominees' rows). */
  readonly nomineeCountOf = loaderKey<string, number>('awardNomineeCount', async (ids) => {
    const rows: { dossier_id: string; n: number }[] = await this.db.manager.query(
      `SELECT dossier_id, count(*)::int AS n FROM award_nominations
        WHERE dossier_id = ANY($1::uuid[]) GROUP BY dossier_id`,
      [[...ids]],
    );
    const counts = new Map(rows.map((r) => [r.dossier_id, Number(r.n)]));
    return ids.map((id) => counts.get(id) ?? 0);
  });

  readonly documentsOf = loaderKey<string, AwardDossierDocumentEntity[]>(
    'awardDossierDocuments',
    async (ids) =>
      groupByKeys(
        ids,
        await this.db
          .repo(AwardDossierDocumentEntity)
          .find({ where: { dossierId: In([...ids]) }, order: { createdAt: 'ASC' } }),
        (d) => d.dossierId,
      ),
  );

  readonly eventsOf = loaderKey<string, AwardDossierEventEntity[]>(
    'awardDossierEvents',
    async (ids) =>
      groupByKeys(
        ids,
        await this.db
          .repo(AwardDossierEventEntity)
          // `at` is the transaction's time: moves made in one transaction (a demo's, an escalation's)
          // share it, and the dossier's version then tells their order
          .find({
            where: { dossierId: In([...ids]) },
            order: { at: 'ASC', dossierVersion: 'ASC' },
          }),
        (e) => e.dossierId,
      ),
  );

  // ---------------------------------------------------------------------------------------------------
  // access: one decision for every read and action

  /** Which side the caller reads the dossier as (neither: it does not exist for the caller). */
  async accessOf(ctx: RequestContext, d: AwardDossierEntity): Promise<DossierAccess> {
    const submitter = await this.scopes.covers(ctx.actor, DOSSIER_READ, d.unitPath);
    const receiver =
      d.firstSubmittedAt !== null &&
      (await this.scopes.covers(ctx.actor, DOSSIER_READ, d.receivingPath));
    return { submitter, receiver };
  }

  /** The dossier if the caller reads it, else NOT_FOUND naming nothing. */
  async get(ctx: RequestContext, id: string): Promise<AwardDossierEntity> {
    const d = await this.dossiers.findOneBy({ id });
    if (!d) throw AppError.notFound(WHAT, id);
    const access = await this.accessOf(ctx, d);
    if (!access.submitter && !access.receiver) throw AppError.notFound(WHAT, id);
    return d;
  }

  /** The dossier, read and locked in the caller's transaction (NOT_FOUND outside the caller's reach). */
  async locked(tx: Tx, id: string): Promise<AwardDossierEntity> {
    const d = await tx.em
      .getRepository(AwardDossierEntity)
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where('d.id = :id', { id })
      .getOne();
    if (!d) throw AppError.notFound(WHAT, id);
    const access = await this.accessOf(tx.ctx, d);
    if (!access.submitter && !access.receiver) throw AppError.notFound(WHAT, id);
    return d;
  }

  /** "My unit's dossiers": those of the proposing units in the caller's DOSSIER_READ scope. */
  async listOwn(
    ctx: RequestContext,
    f: DossierFilter & { first: number; after?: string | null },
  ): Promise<ConnectionShape<AwardDossierEntity>> {
    const qb = this.dossiers.createQueryBuilder('d');
    whereInScope(qb, await this.scopes.of(ctx.actor, DOSSIER_READ), 'd.unit_path');
    return this.page(qb, f);
  }

  /** The receiving inbox: dossiers sent to a receiving unit in the caller's DOSSIER_READ scope. */
  async listInbox(
    ctx: RequestContext,
    f: DossierFilter & { first: number; after?: string | null },
  ): Promise<ConnectionShape<AwardDossierEntity>> {
    const qb = this.dossiers.createQueryBuilder('d').where('d.first_submitted_at IS NOT NULL');
    whereInScope(qb, await this.scopes.of(ctx.actor, DOSSIER_READ), 'd.receiving_path');
    return this.page(qb, f);
  }

  /**
   * The nominees a council puts on its agenda (module councils, issue 12): those found "đạt" at the
   * appraisal in the dossiers of `roundId` sent to `receivingUnitId` and appraised (APPRAISED or
   * READY_FOR_COUNCIL), in the order the dossiers were received and each dossier's own order. Read as
   * the receiving side: only dossiers whose receiving unit lies in the caller's DOSSIER_READ scope.
   * Each carries the vote of the rule version it was judged under (NĐ 98 Điều 30 k.7: bỏ phiếu, with
   * the share of the council's total membership), not today's rules.
   */
  async appraisedForCouncil(
    ctx: RequestContext,
    roundId: string,
    receivingUnitId: string,
  ): Promise<CouncilAgendaCandidate[]> {
    const qb = this.db
      .repo(AwardNominationEntity)
      .createQueryBuilder('n')
      .innerJoin(AwardDossierEntity, 'd', 'd.id = n.dossier_id')
      .where('d.round_id = :roundId AND d.receiving_unit_id = :receivingUnitId', {
        roundId,
        receivingUnitId,
      })
      .andWhere(
        `d.status IN ('APPRAISED', 'READY_FOR_COUNCIL') AND d.first_submitted_at IS NOT NULL`,
      )
      .andWhere(`n.appraisal_verdict = 'PASS'`);
    whereInScope(qb, await this.scopes.of(ctx.actor, DOSSIER_READ), 'd.receiving_path');
    const rows = await qb
      .innerJoin('units', 'u', 'u.id = d.unit_id')
      .addSelect('d.unit_id', 'proposing_unit_id')
      .addSelect('u.name', 'proposing_unit_name')
      .orderBy('d.received_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .addOrderBy('n.position', 'ASC')
      .addOrderBy('n.created_at', 'ASC')
      .getRawAndEntities<{
        n_id: string;
        proposing_unit_id: string;
        proposing_unit_name: string;
      }>();
    const proposing = new Map(rows.raw.map((r) => [r.n_id, r]));
    const versions = await this.rules.ruleVersionsByIds(
      rows.entities.flatMap((n) =>
        n.eligibility?.ruleVersionId ? [n.eligibility.ruleVersionId] : [],
      ),
    );
    const women = await this.womenOf(rows.entities);
    return rows.entities.map((n) => {
      const raw = proposing.get(n.id);
      const ruleVersionId = n.eligibility?.ruleVersionId ?? null;
      const vote = ruleVersionId ? versions.get(ruleVersionId)?.content.vote : undefined;
      return {
        nominationId: n.id,
        dossierId: n.dossierId,
        subject: n.subject,
        name: n.name,
        awardCode: n.awardCode,
        awardName: n.awardName,
        proposingUnitId: raw?.proposing_unit_id ?? '',
        proposingUnitName: raw?.proposing_unit_name ?? '',
        ruleVersionId,
        voteRequired: vote?.required ?? false,
        threshold: vote?.required ? (vote.thresholdOfMembership ?? null) : null,
        female: n.personId ? (women.female.get(n.personId) ?? null) : null,
        womenShare:
          n.subject === 'COLLECTIVE' && n.subjectUnitId
            ? (women.share.get(n.subjectUnitId) ?? null)
            : null,
      };
    });
  }

  /**
   * What the council's ranking needs for the women's priority (NĐ 152/2025 Điều 4 k.6): each
   * individual's sex and each collective's share of women today, from the same facts the eligibility
   * reads (one batch for the agenda: ≤ 200 nominees a session).
   */
  private async womenOf(
    nominees: readonly AwardNominationEntity[],
  ): Promise<{ female: Map<string, boolean | null>; share: Map<string, number | null> }> {
    const subjects = [
      ...new Set(nominees.flatMap((n) => (n.personId ? [`p:${n.personId}`] : []))),
      ...new Set(
        nominees.flatMap((n) =>
          n.subject === 'COLLECTIVE' && n.subjectUnitId ? [`u:${n.subjectUnitId}`] : [],
        ),
      ),
    ].map((key) => (key.startsWith('p:') ? { personId: key.slice(2) } : { unitId: key.slice(2) }));
    const female = new Map<string, boolean | null>();
    const share = new Map<string, number | null>();
    if (!subjects.length) return { female, share };
    const today = todayInVietnam();
    const year = Number(today.slice(0, 4));
    const facts = await this.records.factsForMany(subjects, year, today, { fromYear: year });
    subjects.forEach((subject, i) => {
      const f = facts[i];
      if (!f) return;
      if (subject.personId) female.set(subject.personId, f.female ?? null);
      else if (subject.unitId)
        share.set(
          subject.unitId,
          f.collective?.members ? f.collective.women / f.collective.members : null,
        );
    });
    return { female, share };
  }

  private async page(
    qb: ReturnType<Repository<AwardDossierEntity>['createQueryBuilder']>,
    f: DossierFilter & { first: number; after?: string | null },
  ): Promise<ConnectionShape<AwardDossierEntity>> {
    if (f.roundId) qb.andWhere('d.round_id = :roundId', { roundId: f.roundId });
    if (f.unitId) qb.andWhere('d.unit_id = :unitId', { unitId: f.unitId });
    if (f.status) qb.andWhere('d.status = :status', { status: f.status });
    if (f.late !== null && f.late !== undefined) qb.andWhere('d.late = :late', { late: f.late });
    if (f.overdue !== null && f.overdue !== undefined) {
      const overdue = await this.overdueCondition();
      qb.andWhere(f.overdue ? overdue.sql : `NOT (${overdue.sql})`, overdue.params);
    }
    const search = f.search?.trim();
    if (search) {
      // a dossier matches when one of its nominees' names does: the dossier's own nominee words
      // first (GIN award_dossiers_nominee_words), so a common family name costs an index read, not a
      // read of every matching nominee (bench/awards, "Nguyễn" in an inbox of 9,947 dossiers); a query
      // of several words then asks them of one nominee's name, not spread over two nominees
      qb.andWhere(`d.nominee_words @@ thidua_prefix_query(:search)`, { search });
      if (search.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length > 1)
        qb.andWhere(
          `EXISTS (SELECT 1 FROM award_nominations n WHERE n.dossier_id = d.id AND ${wordsMatch('n.name')})`,
        );
    }
    return paginate(qb, f, {
      expression: 'd.created_at',
      direction: 'DESC',
      value: (d) => d.createdAt.toISOString(),
      idExpression: 'd.id',
      id: (d) => d.id,
    });
  }

  // ---------------------------------------------------------------------------------------------------
  // the working-day clocks (DOSSIER_CLOCKS, ADR 0019)

  /**
   * The clock running on the dossier: 05 working days to receive or return from the last send
   * (SUBMITTED), 20 to appraise from the reception (RECEIVED), counted on the working-day calendar
   * from the Vietnamese day of the event that started it (`submittedAt`, `receivedAt`: the dossier
   * keeps both, so no history read). None in any other status. The calendar is a process-wide copy
   * (ADR 0016): a page of dossiers costs no query.
   */
  async clockOf(
    d: Pick<AwardDossierEntity, 'status' | 'submittedAt' | 'receivedAt'>,
    today: IsoDate = todayInVietnam(),
  ): Promise<DossierClockState | null> {
    const clock = dossierClock(d.status);
    const started = clock === 'RECEPTION' ? d.submittedAt : clock ? d.receivedAt : null;
    if (!clock || !started) return null;
    const startedOn = todayInVietnam(started);
    const due = await this.calendar.deadline(startedOn, DOSSIER_CLOCKS[clock].workingDays, {
      today,
    });
    return { clock, startedOn, dueOn: due.deadline, status: due.status };
  }

  /**
   * "Quá hạn" as SQL: a clock started on day s is overdue today exactly when s is before the n-th
   * working day before today (addWorkingDays(today, −n); a day off before it is due with the working
   * day before it), so the filter is two timestamp comparisons against the start of those days in
   * Vietnam (UTC+7, no daylight saving) — no calendar in SQL, and the same answer as `clockOf`.
   */
  async overdueCondition(): Promise<{ sql: string; params: Record<string, Date> }> {
    const today = todayInVietnam();
    const startOf = (day: IsoDate) => new Date(`${day}T00:00:00+07:00`);
    const [reception, appraisal] = await Promise.all([
      this.calendar.addWorkingDays(today, -DOSSIER_CLOCKS.RECEPTION.workingDays),
      this.calendar.addWorkingDays(today, -DOSSIER_CLOCKS.APPRAISAL.workingDays),
    ]);
    return {
      sql: `((d.status = 'SUBMITTED' AND d.submitted_at < :receptionCut) OR (d.status = 'RECEIVED' AND d.received_at < :appraisalCut))`,
      params: { receptionCut: startOf(reception.date), appraisalCut: startOf(appraisal.date) },
    };
  }

  // ---------------------------------------------------------------------------------------------------
  // the dossier

  async create(
    tx: Tx,
    data: { roundId: string; unitId: string; note?: string | null },
  ): Promise<AwardDossierEntity> {
    const unit = await this.org.attachableFor(
      tx,
      data.unitId,
      DOSSIER_MANAGE,
      (u) => `Bạn không có quyền lập hồ sơ đề nghị khen thưởng cho đơn vị "${u.name}".`,
      'unitId',
    );
    const round = await tx.em.findOneBy(AwardRoundEntity, { id: data.roundId });
    if (!round) throw AppError.field('roundId', 'Đợt xét khen thưởng không tồn tại.');
    if (round.status !== 'OPEN')
      throw AppError.field('roundId', `Đợt "${round.title}" đã đóng: không nhận hồ sơ mới.`);
    if (round.receivingUnitId === unit.id)
      throw AppError.field('unitId', 'Đơn vị tiếp nhận hồ sơ không tự gửi hồ sơ cho chính mình.');
    if (round.campaignPlanId && !(await this.campaigns.reaches(round.campaignPlanId, unit))) {
      throw AppError.field(
        'unitId',
        `Kế hoạch của đợt "${round.title}" không gửi tới đơn vị "${unit.name}": đơn vị không đề nghị khen thưởng theo đợt này được.`,
      );
    }
    const receiving = await this.org.findById(round.receivingUnitId);
    if (!receiving) throw AppError.field('roundId', 'Đợt xét khen thưởng không tồn tại.');
    const repo = tx.em.getRepository(AwardDossierEntity);
    let saved: AwardDossierEntity;
    try {
      saved = await repo.save(
        repo.create({
          roundId: round.id,
          unitId: unit.id,
          unitPath: unit.path,
          receivingUnitId: receiving.id,
          receivingPath: receiving.path,
          status: 'DRAFT',
          note: blankToNull(data.note),
        }),
      );
    } catch (error) {
      const e = error as { driverError?: { code?: string }; code?: string };
      if ((e.driverError?.code ?? e.code) === '23505')
        throw AppError.field(
          'unitId',
          `Đơn vị "${unit.name}" đã có hồ sơ trong đợt "${round.title}": hãy mở hồ sơ đó.`,
        );
      throw error;
    }
    const d = await repo.findOneByOrFail({ id: saved.id });
    await this.event(tx, d, { action: 'CREATE', fromStatus: null });
    await tx.audit.created<AwardDossierAuditView>(
      'awardDossier.create',
      awardDossierTarget(d, `${unit.name} — ${round.title}`),
      awardDossierAuditView(d),
      AWARD_DOSSIER_AUDIT_FIELDS,
    );
    return d;
  }

  async update(
    tx: Tx,
    id: string,
    version: number,
    note: string | null | undefined,
  ): Promise<AwardDossierEntity> {
    const before = await this.editable(tx, id);
    const after = await this.touch(tx, before, version, { note: blankToNull(note) });
    await tx.audit.changed<AwardDossierAuditView>(
      'awardDossier.update',
      awardDossierTarget(after, await this.label(after)),
      awardDossierAuditView(before),
      awardDossierAuditView(after),
      AWARD_DOSSIER_AUDIT_FIELDS,
    );
    return after;
  }

  /** Deletes a dossier never sent (its nominees, documents and history go with it). */
  async delete(tx: Tx, id: string, version: number): Promise<void> {
    const d = await this.editable(tx, id);
    if (d.firstSubmittedAt)
      throw AppError.field(
        'id',
        'Hồ sơ đã gửi đi không xóa được: hãy rút hồ sơ nếu không đề nghị nữa.',
      );
    if (d.version !== version) throw this.conflict(d, await this.label(d));
    const label = await this.label(d);
    const result = await tx.em.getRepository(AwardDossierEntity).delete({ id: d.id, version });
    if (!result.affected) throw this.conflict(d, label);
    await tx.audit.deleted<AwardDossierAuditView>(
      'awardDossier.delete',
      awardDossierTarget(d, label),
      awardDossierAuditView(d),
      AWARD_DOSSIER_AUDIT_FIELDS,
    );
  }

  // ---------------------------------------------------------------------------------------------------
  // nominees

  async addNominee(
    tx: Tx,
    dossierId: string,
    version: number,
    data: NomineeData,
  ): Promise<AwardDossierEntity> {
    const d = await this.editable(tx, dossierId);
    const round = await tx.em.findOneByOrFail(AwardRoundEntity, { id: d.roundId });
    const nominees = await tx.em.findBy(AwardNominationEntity, { dossierId: d.id });
    if (nominees.length >= L.nominees)
      throw AppError.field('dossierId', `Một hồ sơ đề nghị tối đa ${L.nominees} tập thể, cá nhân.`);
    const who = await this.nominee(d, data);
    if (
      nominees.some(
        (n) =>
          (who.personId && n.personId === who.personId) ||
          (who.subjectUnitId && n.subjectUnitId === who.subjectUnitId),
      )
    )
      throw AppError.field(who.personId ? 'personId' : 'unitId', `${who.name} đã có trong hồ sơ.`);
    const award = this.award(round, data.subject, data);
    const repo = tx.em.getRepository(AwardNominationEntity);
    const n = await repo.save(
      repo.create({
        dossierId: d.id,
        position: Math.max(0, ...nominees.map((x) => x.position)) + 1,
        subject: data.subject,
        ...who,
        ...award,
        achievements: (data.achievements ?? '').trim(),
        initiativeIds: citedInitiatives(data.initiativeIds),
        eligibility: null,
        appraisalVerdict: null,
        appraisalRemark: null,
        originNominationId: null,
      }),
    );
    // judged now so the officer sees a failing nominee at once; adding one is allowed (the send refuses)
    await this.eligibility.judge(tx, d, round, [n], 'NOMINEE');
    const after = await this.touch(tx, d, version);
    await tx.audit.event(
      'awardDossier.nominee',
      awardDossierTarget(after, await this.label(after)),
      [{ field: 'nominees', after: nomineeLine(n) }],
    );
    return after;
  }

  async updateNominee(
    tx: Tx,
    dossierId: string,
    version: number,
    nominationId: string,
    data: NomineeEdit,
  ): Promise<AwardDossierEntity> {
    const d = await this.editable(tx, dossierId);
    const n = await this.nomination(tx, d, nominationId);
    const round = await tx.em.findOneByOrFail(AwardRoundEntity, { id: d.roundId });
    const award = this.award(round, n.subject, data);
    const patch: Pick<AwardNominationEntity, 'awardCode' | 'awardName' | 'achievements'> &
      Partial<Pick<AwardNominationEntity, 'name' | 'householdAddress' | 'initiativeIds'>> = {
      ...award,
      achievements: (data.achievements ?? '').trim(),
    };
    if (data.initiativeIds !== null && data.initiativeIds !== undefined)
      patch.initiativeIds = citedInitiatives(data.initiativeIds);
    if (n.subject === 'HOUSEHOLD') {
      const name = oneLine(data.householdName);
      const address = oneLine(data.householdAddress);
      if (!name) throw AppError.field('householdName', 'Tên hộ gia đình không được để trống.');
      if (!address)
        throw AppError.field('householdAddress', 'Địa chỉ hộ gia đình không được để trống.');
      patch.name = name;
      patch.householdAddress = address;
    }
    await tx.em.update(AwardNominationEntity, { id: n.id }, patch);
    const edited = await tx.em.findOneByOrFail(AwardNominationEntity, { id: n.id });
    // a sáng kiến an earlier send locked for this nominee and no longer cited (or cited now for
    // another award) is freed: the next send locks what is cited then
    await this.releaseInitiatives(
      tx,
      d,
      edited.awardName === n.awardName
        ? n.initiativeIds.filter((id) => !edited.initiativeIds.includes(id))
        : n.initiativeIds,
    );
    await this.eligibility.judge(tx, d, round, [edited], 'NOMINEE');
    const after = await this.touch(tx, d, version);
    await tx.audit.event(
      'awardDossier.nominee',
      awardDossierTarget(after, await this.label(after)),
      [
        { field: 'nominees', before: nomineeLine(n), after: nomineeLine(edited) },
        ...(n.achievements !== edited.achievements
          ? [{ field: 'achievements', before: n.achievements, after: edited.achievements }]
          : []),
      ],
    );
    return after;
  }

  async removeNominee(
    tx: Tx,
    dossierId: string,
    version: number,
    nominationId: string,
  ): Promise<AwardDossierEntity> {
    const d = await this.editable(tx, dossierId);
    const n = await this.nomination(tx, d, nominationId);
    // its báo cáo thành tích and certificates go with it (foreign key ON DELETE CASCADE)
    await tx.em.delete(AwardNominationEntity, { id: n.id });
    await this.releaseInitiatives(tx, d, n.initiativeIds);
    const after = await this.touch(tx, d, version);
    await tx.audit.event(
      'awardDossier.nominee',
      awardDossierTarget(after, await this.label(after)),
      [{ field: 'nominees', before: nomineeLine(n) }],
    );
    return after;
  }

  // ---------------------------------------------------------------------------------------------------
  // documents

  /** Stores an uploaded file (files module: type, size and content checked) in a document slot. */
  async attachFile(
    tx: Tx,
    dossierId: string,
    version: number,
    slot: { kind: DossierDocumentKind; nominationId: string | null; note: string | null },
    upload: DocumentUpload,
  ): Promise<AwardDossierEntity> {
    const d = await this.editable(tx, dossierId);
    await this.checkSlot(tx, d, slot.kind, slot.nominationId);
    const stored = await this.files.put(upload.bytes, upload.mediaType);
    return this.putDocument(tx, d, version, {
      kind: slot.kind,
      nominationId: slot.nominationId,
      fileSha256: stored.sha256,
      fileName: fileName(upload.name),
      mediaType: stored.mediaType,
      size: stored.size,
      text: null,
      note: blankToNull(slot.note),
      originDocumentId: null,
    });
  }

  /** A document written in (a biên bản typed by the secretary) in a slot. */
  async writeDocument(
    tx: Tx,
    dossierId: string,
    version: number,
    data: {
      kind: DossierDocumentKind;
      nominationId?: string | null;
      text: string;
      note?: string | null;
    },
  ): Promise<AwardDossierEntity> {
    const d = await this.editable(tx, dossierId);
    const nominationId = data.nominationId ?? null;
    await this.checkSlot(tx, d, data.kind, nominationId);
    const text = data.text.trim();
    if (!text) throw AppError.field('text', 'Nội dung tài liệu không được để trống.');
    return this.putDocument(tx, d, version, {
      kind: data.kind,
      nominationId,
      fileSha256: null,
      fileName: null,
      mediaType: null,
      size: null,
      text,
      note: blankToNull(data.note),
      originDocumentId: null,
    });
  }

  async removeDocument(
    tx: Tx,
    dossierId: string,
    version: number,
    documentId: string,
  ): Promise<AwardDossierEntity> {
    const d = await this.editable(tx, dossierId);
    const doc = await tx.em.findOneBy(AwardDossierDocumentEntity, {
      id: documentId,
      dossierId: d.id,
    });
    if (!doc) throw AppError.field('documentId', 'Tài liệu không có trong hồ sơ.');
    const names = await this.nomineeNames(tx, d.id);
    await tx.em.delete(AwardDossierDocumentEntity, { id: doc.id });
    const after = await this.touch(tx, d, version);
    await tx.audit.event(
      'awardDossier.document',
      awardDossierTarget(after, await this.label(after)),
      [{ field: 'documents', before: documentLabel(doc, names) }],
    );
    return after;
  }

  /** A stored file of a document of a dossier the caller reads; NOT_FOUND for anything else. */
  async documentFile(
    ctx: RequestContext,
    dossierId: string,
    documentId: string,
  ): Promise<{ name: string; mediaType: string; bytes: Uint8Array }> {
    const d = await this.get(ctx, dossierId);
    const doc = await this.db
      .repo(AwardDossierDocumentEntity)
      .findOneBy({ id: documentId, dossierId: d.id });
    const file = doc?.fileSha256 ? await this.files.get(doc.fileSha256) : null;
    if (!doc || !file) throw AppError.notFound('Tài liệu', documentId);
    return { name: doc.fileName ?? 'tai-lieu', mediaType: file.mediaType, bytes: file.bytes };
  }

  /**
   * Puts a document in its slot: a single slot (tờ trình, biên bản, one nominee's report or
   * certificate) keeps one document, so a new one replaces the old (the send's snapshot keeps what was
   * sent, so "what changed" reports the replacement); OTHER attachments accumulate.
   */
  async putDocument(
    tx: Tx,
    d: AwardDossierEntity,
    version: number,
    doc: Omit<
      AwardDossierDocumentEntity,
      'id' | 'dossierId' | 'createdAt' | 'updatedAt' | 'dossier' | 'nomination' | 'generated'
    >,
  ): Promise<AwardDossierEntity> {
    const repo = tx.em.getRepository(AwardDossierDocumentEntity);
    const names = await this.nomineeNames(tx, d.id);
    let replaced: AwardDossierDocumentEntity | null = null;
    if (isSingleDocumentSlot(doc.kind)) {
      replaced =
        (await repo.findBy({ dossierId: d.id, kind: doc.kind })).find(
          (x) => x.nominationId === doc.nominationId,
        ) ?? null;
      if (replaced) await repo.delete({ id: replaced.id });
    } else if ((await repo.countBy({ dossierId: d.id })) >= L.documents) {
      throw AppError.field('file', `Một hồ sơ có tối đa ${L.documents} tài liệu.`);
    }
    const saved = await repo.save(repo.create({ ...doc, dossierId: d.id }));
    const after = await this.touch(tx, d, version);
    await tx.audit.event(
      'awardDossier.document',
      awardDossierTarget(after, await this.label(after)),
      [
        {
          field: 'documents',
          before: replaced
            ? `${documentLabel(replaced, names)}${replaced.fileName ? ` (${replaced.fileName})` : ''}`
            : undefined,
          after: `${documentLabel(saved, names)}${saved.fileName ? ` (${saved.fileName})` : ''}`,
        },
      ],
    );
    return after;
  }

  // ---------------------------------------------------------------------------------------------------
  // for the routing service

  /**
   * Frees sáng kiến this dossier's sends locked (records' lock under `initiativeReference`): on a
   * withdrawal, or when a returned dossier drops a nominee or a citation. A sáng kiến locked by
   * another reference is not this dossier's to free, and one never locked needs nothing.
   */
  async releaseInitiatives(
    tx: Tx,
    d: Pick<AwardDossierEntity, 'id' | 'firstSubmittedAt'>,
    ids: readonly string[],
  ): Promise<void> {
    if (!d.firstSubmittedAt) return;
    for (const id of ids) {
      try {
        await this.records.releaseInitiative(tx, id, initiativeReference(d.id));
      } catch (error) {
        if (!(error instanceof AppError) || !['CONFLICT', 'NOT_FOUND'].includes(error.code))
          throw error;
      }
    }
  }

  /** What a send records: the nominees and documents as they stand (the next send compares). */
  async snapshot(tx: Tx, dossierId: string): Promise<DossierSnapshot> {
    const nominees = await tx.em.find(AwardNominationEntity, {
      where: { dossierId },
      order: { position: 'ASC' },
    });
    const documents = await tx.em.find(AwardDossierDocumentEntity, {
      where: { dossierId },
      order: { createdAt: 'ASC' },
    });
    const names = new Map(nominees.map((n) => [n.id, n]));
    return {
      nominees: nominees.map((n) => ({
        id: n.id,
        subject: n.subject,
        name: n.name,
        awardName: n.awardName,
        achievements: n.achievements,
        who: n.personId ?? n.subjectUnitId ?? n.householdAddress ?? '',
      })),
      documents: documents.map((doc) => ({
        id: doc.id,
        kind: doc.kind,
        nominationId: doc.nominationId,
        content: doc.fileSha256 ?? textHash(doc.text ?? ''),
        label: documentLabel(doc, names),
      })),
    };
  }

  /**
   * Bumps the dossier's version (and applies `patch`) if the caller read `version`; else CONFLICT.
   * The label the conflict names is read only then: it is two reads, and every change of a dossier
   * touches it (the demo's 127 labels took 1.2 s of its boot).
   */
  async touch(
    tx: Tx,
    d: AwardDossierEntity,
    version: number,
    patch: Partial<AwardDossierEntity> = {},
  ): Promise<AwardDossierEntity> {
    try {
      await tx.updateVersioned(AwardDossierEntity, d.id, version, patch, {
        what: WHAT,
        label: '',
        entityType: 'AwardDossier',
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'CONFLICT')
        throw this.conflict(d, await this.label(d));
      throw error;
    }
    return tx.em.findOneByOrFail(AwardDossierEntity, { id: d.id });
  }

  /** Appends an event to the dossier's history (never updated). */
  async event(
    tx: Tx,
    d: AwardDossierEntity,
    e: Partial<AwardDossierEventEntity> & Pick<AwardDossierEventEntity, 'action'>,
  ): Promise<AwardDossierEventEntity> {
    const repo = tx.em.getRepository(AwardDossierEventEntity);
    return repo.save(
      repo.create({
        dossierId: d.id,
        fromStatus: d.status,
        toStatus: d.status,
        actorId: tx.ctx.actor.type === 'USER' ? tx.ctx.actor.id : null,
        actorName: tx.ctx.actor.displayName,
        reason: null,
        remarks: [],
        appraisal: null,
        changes: null,
        snapshot: null,
        quota: null,
        late: false,
        dossierVersion: d.version,
        ...e,
      }),
    );
  }

  /** "Phòng Tổng hợp — Khen thưởng Đợt thi đua đặc biệt": how the audit log and conflicts name a dossier. */
  async label(d: Pick<AwardDossierEntity, 'unitId' | 'roundId'>): Promise<string> {
    const [unit, round] = await Promise.all([
      this.org.findById(d.unitId),
      this.db.repo(AwardRoundEntity).findOneBy({ id: d.roundId }),
    ]);
    return `${unit?.name ?? 'Đơn vị'} — ${round?.title ?? 'đợt xét khen thưởng'}`;
  }

  conflict(d: AwardDossierEntity, label: string): AppError {
    return AppError.conflict(WHAT, label, 'AwardDossier', d.id);
  }

  /** A dossier the caller's unit may change now: read, DOSSIER_MANAGE at the proposing unit, with it. */
  async editable(tx: Tx, id: string): Promise<AwardDossierEntity> {
    const d = await this.locked(tx, id);
    if (!tx.ctx.actor.canAt(DOSSIER_MANAGE, d.unitPath))
      throw AppError.forbidden('Chỉ cán bộ của đơn vị đề nghị mới được sửa hồ sơ này.');
    if (!isDossierEditable(d.status)) {
      const message = `Hồ sơ đang ở trạng thái "${DOSSIER_STATUSES[d.status]}": chỉ sửa được khi đang lập hoặc bị trả lại.`;
      if (d.status === 'DECIDED' || d.status === 'WITHDRAWN') throw AppError.readOnly(message);
      throw AppError.field('id', message);
    }
    return d;
  }

  /**
   * Each person's post today as a dossier's documents print it under the name (the tờ trình's list,
   * a report's Part I, the public notice): the one in the proposing unit's subtree (what the
   * nomination was checked against), else any they hold; null: none. Two reads for all of them.
   */
  async postsInDossier(
    d: Pick<AwardDossierEntity, 'unitPath'>,
    personIds: readonly string[],
  ): Promise<Map<string, NomineePost | null>> {
    const ids = [...new Set(personIds)];
    if (!ids.length) return new Map();
    const lists = (await this.people.currentPositionsOf.batch(ids)) as NomineePost[][];
    const paths = await this.org.pathsByIds([
      ...new Set(lists.flatMap((list) => list.map((p) => p.unitId))),
    ]);
    return new Map(
      ids.map((id, i) => {
        const list = lists[i] ?? [];
        const inside = list.find((p) => {
          const path = paths.get(p.unitId);
          return path !== undefined && isWithinPath(path, d.unitPath);
        });
        return [id, inside ?? list[0] ?? null];
      }),
    );
  }

  /** Who the nominee is, checked against the proposing unit. */
  async nominee(
    d: AwardDossierEntity,
    data: Pick<
      NomineeData,
      'subject' | 'personId' | 'unitId' | 'householdName' | 'householdAddress'
    >,
  ): Promise<
    Pick<AwardNominationEntity, 'personId' | 'subjectUnitId' | 'householdAddress' | 'name'>
  > {
    if (data.subject === 'INDIVIDUAL') {
      if (!data.personId) throw AppError.field('personId', 'Hãy chọn cá nhân được đề nghị.');
      const person = await this.people.findById(data.personId);
      const posts = person ? await this.people.currentPositions(person.id) : [];
      const paths = await this.org.pathsByIds([...new Set(posts.map((p) => p.unitId))]);
      if (!person || ![...paths.values()].some((p) => isWithinPath(p, d.unitPath)))
        throw AppError.field(
          'personId',
          'Cán bộ không tồn tại hoặc không công tác tại đơn vị đề nghị (hoặc đơn vị cấp dưới).',
        );
      return {
        personId: person.id,
        subjectUnitId: null,
        householdAddress: null,
        name: person.fullName,
      };
    }
    if (data.subject === 'COLLECTIVE') {
      if (!data.unitId) throw AppError.field('unitId', 'Hãy chọn tập thể được đề nghị.');
      const unit = await this.org.findById(data.unitId);
      if (!unit || !isWithinPath(unit.path, d.unitPath))
        throw AppError.field(
          'unitId',
          'Tập thể không tồn tại hoặc không thuộc đơn vị đề nghị (chính đơn vị hoặc đơn vị cấp dưới).',
        );
      if (unit.validTo !== null)
        throw AppError.readOnly(
          `Đơn vị "${unit.name}" đã kết thúc hoạt động: không đề nghị khen thưởng được.`,
        );
      return { personId: null, subjectUnitId: unit.id, householdAddress: null, name: unit.name };
    }
    const name = oneLine(data.householdName);
    const address = oneLine(data.householdAddress);
    if (!name) throw AppError.field('householdName', 'Tên hộ gia đình không được để trống.');
    if (!address)
      throw AppError.field('householdAddress', 'Địa chỉ hộ gia đình không được để trống.');
    return { personId: null, subjectUnitId: null, householdAddress: address, name };
  }

  /**
   * The award proposed: a code of the national catalog (AWARD_KINDS), which must be given to this
   * subject under the round's track, and/or one of the round's award-plan forms by name (a plan
   * names its forms: "Giấy khen của Chánh Văn phòng"); a round with forms accepts only those.
   */
  award(
    round: AwardRoundEntity,
    subject: AwardSubject,
    data: Pick<NomineeData, 'awardCode' | 'awardName'>,
  ): Pick<AwardNominationEntity, 'awardCode' | 'awardName'> {
    const code = blankToNull(data.awardCode);
    const kind = code ? awardKind(code) : undefined;
    if (code && !kind)
      throw AppError.field('awardCode', 'Mã danh hiệu, hình thức không có trong danh mục.');
    if (kind && !(kind.subjects as readonly string[]).includes(subject))
      throw AppError.field(
        'awardCode',
        `"${kind.name}" không tặng cho ${AWARD_SUBJECTS[subject].toLowerCase()}.`,
      );
    if (kind && !(kind.tracks as readonly string[]).includes(round.track))
      throw AppError.field(
        'awardCode',
        `"${kind.name}" không xét theo loại hình "${AWARD_TRACKS[round.track]}" của đợt này.`,
      );
    let name = oneLine(data.awardName) || kind?.name || '';
    if (!name)
      throw AppError.field('awardName', 'Hãy chọn danh hiệu, hình thức khen thưởng đề nghị.');
    if (round.awardForms.length) {
      const form = round.awardForms.find((f) => sameAwardForm(f, name));
      if (!form)
        throw AppError.field(
          'awardName',
          `Kế hoạch của đợt chỉ có các hình thức: ${round.awardForms.join('; ')}.`,
        );
      name = form;
    }
    return { awardCode: code, awardName: name };
  }

  private async nomination(
    tx: Tx,
    d: AwardDossierEntity,
    id: string,
  ): Promise<AwardNominationEntity> {
    const n = await tx.em.findOneBy(AwardNominationEntity, { id, dossierId: d.id });
    if (!n) throw AppError.field('nominationId', 'Đề nghị không có trong hồ sơ.');
    return n;
  }

  private async nomineeNames(tx: Tx, dossierId: string): Promise<Map<string, { name: string }>> {
    const nominees = await tx.em.findBy(AwardNominationEntity, { dossierId });
    return new Map(nominees.map((n) => [n.id, n]));
  }

  /** A per-nominee kind needs a nominee of the dossier; a dossier kind takes none. */
  private async checkSlot(
    tx: Tx,
    d: AwardDossierEntity,
    kind: DossierDocumentKind,
    nominationId: string | null,
  ): Promise<void> {
    if (PER_NOMINEE_DOCUMENT_KINDS.includes(kind)) {
      if (!nominationId)
        throw AppError.field(
          'nominationId',
          `${DOSSIER_DOCUMENT_KINDS[kind]} phải gắn với một đề nghị.`,
        );
      await this.nomination(tx, d, nominationId);
    } else if (nominationId && kind !== 'OTHER') {
      throw AppError.field(
        'nominationId',
        `${DOSSIER_DOCUMENT_KINDS[kind]} là tài liệu chung của hồ sơ.`,
      );
    } else if (nominationId) {
      await this.nomination(tx, d, nominationId);
    }
  }
}

/** The cited sáng kiến, each once, bounded. */
function citedInitiatives(ids: readonly string[] | null | undefined): string[] {
  const unique = [...new Set(ids ?? [])];
  if (unique.length > MAX_CITED_INITIATIVES)
    throw AppError.field(
      'initiativeIds',
      `Một đề nghị dùng tối đa ${MAX_CITED_INITIATIVES} sáng kiến, đề tài.`,
    );
  return unique;
}

/** A file name as kept: its last path segment, one line, bounded. */
function fileName(name: string): string {
  const base = oneLine(name.split(/[\\/]/).pop() ?? '') || 'tai-lieu';
  return base.slice(0, L.fileName);
}
