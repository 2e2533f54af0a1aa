import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In, type EntityTarget, type Repository, type SelectQueryBuilder } from 'typeorm';
import {
  AWARD_SUBJECTS,
  AWARD_TRACKS,
  EVALUATION_GRADES,
  HOLD_KINDS,
  INITIATIVE_KINDS,
  INITIATIVE_SCOPES,
  RECORD_FIRST_YEAR,
  RECORD_LIMITS as L,
  TEXT_LIMITS,
  awardKind,
  blankToNull,
  isIsoDate,
  isoToVn,
  oneLine,
  recordLastYear,
  todayInVietnam,
  type AuditEntityType,
  type AwardSubject,
  type AwardTrack,
  type EligibilityFacts,
  type EvaluationGrade,
  type HoldKind,
  type InitiativeKind,
  type InitiativeScope,
  type IsoDate,
  type Permission,
} from '@thidua/shared-domain';
import { isWithinPath, type Actor } from '../../core/auth/actor';
import { UnitScopes, inScope, whereInScope, type UnitScope } from '../../core/auth/unit-scope';
import type { AuditChange } from '../../core/audit/audit-log.entity';
import { diffFields } from '../../core/audit/diff';
import type { RequestContext } from '../../core/context/request-context';
import { addSearch, rankedBy, searchRank } from '../../core/database/search';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError, type FieldErrors } from '../../core/errors/app-error';
import { paginate, type ConnectionShape, type KeysetSort } from '../../core/graphql/connection';
import { byKeys, loaderKey } from '../../core/graphql/loaders';
import { OrgService } from '../org/org.service';
import { PeopleService } from '../people/people.service';
import { AwardRecordEntity } from './award-record.entity';
import { EvaluationEntity } from './evaluation.entity';
import { HoldEntity } from './hold.entity';
import { InitiativeEntity } from './initiative.entity';
import { loadFacts, type FactsOptions, type FactsSubject } from './records-facts';
import {
  AWARD_RECORD_AUDIT_FIELDS,
  EVALUATION_AUDIT_FIELDS,
  HOLD_AUDIT_FIELDS,
  INITIATIVE_AUDIT_FIELDS,
  holdAuditView,
  initiativeAuditView,
  recordTarget,
  recordsTarget,
  type HoldAuditView,
  type InitiativeAuditView,
} from './records-audit';
import type { SubjectRecordEntity } from './subject-record.entity';

export type { FactsOptions, FactsSubject } from './records-facts';

type UnitEntity = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;

export const READ = 'RECORDS_READ';
export const MANAGE = 'RECORDS_MANAGE';

/** Rows written per statement by the imports (and audited per unit and chunk). */
export const RECORDS_CHUNK = 1_000;

/** Who a new record is about: a person (with the unit they worked in), a unit, or a household. */
export interface SubjectData {
  personId?: string | null;
  /** INDIVIDUAL: the unit the person worked in (default: their post in the year); else the unit. */
  unitId?: string | null;
  /** HOUSEHOLD (award history only): its name, under `unitId`. */
  householdName?: string | null;
  householdAddress?: string | null;
}

export interface ResolvedSubject {
  subject: AwardSubject;
  personId: string | null;
  unit: UnitEntity;
  subjectName: string;
  householdAddress: string | null;
}

/** What `resolveSubject` reads, read once for many subjects (`RecordsService.subjectLookup`). */
interface SubjectLookup {
  people: Map<string, { id: string; fullName: string }>;
  posts: Map<string, { unitId: string; startedOn: string; endedOn: string | null }[]>;
  units: Map<string, UnitEntity>;
  scope: (permission: Permission) => Promise<UnitScope>;
  covers: (permission: Permission, path: string) => Promise<boolean>;
}

/**
 * One award record a signed decision writes (`bulkCreateAwardRecords`): the subject and data as
 * `createAwardRecord` takes them.
 */
export interface DecidedAwardRecord {
  subject: SubjectData;
  /**
   * INDIVIDUAL: where to record the person when their post of the year does not place them (none
   * that year, or a unit the decision does not reach): the proposing unit that put them forward.
   */
  fallbackUnitId?: string | null;
  data: AwardRecordData;
}

export interface EvaluationData {
  year: number;
  grade: EvaluationGrade;
  source?: string | null;
  note?: string | null;
}

export interface AwardRecordData {
  /** A code of AWARD_KINDS, or null for a province's own form or a legacy name. */
  awardCode?: string | null;
  /** Default: the catalog's name of `awardCode`. */
  awardName?: string | null;
  /** Default: the catalog kind's first track, else CONG_TRANG. */
  track?: AwardTrack | null;
  year: number;
  decisionNumber?: string | null;
  decidedOn?: IsoDate | null;
  decidedBy?: string | null;
  householdAddress?: string | null;
  note?: string | null;
}

export interface InitiativeData {
  kind: InitiativeKind;
  title: string;
  scope: InitiativeScope;
  recognisedOn: IsoDate;
  recognisedBy?: string | null;
  certificateNumber?: string | null;
  note?: string | null;
}

/** A use that locks an initiative ("một sáng kiến chỉ dùng một lần"). */
export interface InitiativeUse {
  /** "Chiến sĩ thi đua cơ sở" */
  awardName: string;
  year: number;
  /** what used it: the nomination's reference ("Hồ sơ đề nghị số 12/TTr-SNV", an id) */
  reference: string;
}

export interface HoldData {
  kind: HoldKind;
  startsOn: IsoDate;
  endsOn?: IsoDate | null;
  source: string;
  note?: string | null;
}

export interface RecordFilter {
  personId?: string | null;
  unitId?: string | null;
  /** With `unitId`: also the units below it (default true); false: the unit and its predecessors. */
  includeDescendants?: boolean | null;
  subject?: AwardSubject | null;
  year?: number | null;
  search?: string | null;
}

export interface EvaluationFilter extends RecordFilter {
  grade?: EvaluationGrade | null;
}

export interface AwardRecordFilter extends RecordFilter {
  awardCode?: string | null;
  track?: AwardTrack | null;
}

export interface InitiativeFilter extends RecordFilter {
  kind?: InitiativeKind | null;
  scope?: InitiativeScope | null;
  /** true: not yet used for an award; false: used. */
  free?: boolean | null;
}

export interface HoldFilter extends RecordFilter {
  kind?: HoldKind | null;
  /** In force on this day (started, not ended, not lifted). */
  inForceOn?: IsoDate | null;
}

type Page = { first: number; after?: string | null };

/** What tells the four kinds apart where they are handled alike. */
interface KindSpec {
  entity: EntityTarget<SubjectRecordEntity>;
  what: string;
  entityType: AuditEntityType;
  /** the words a search matches: the same expression as the GIN index of migration Records */
  search: string;
  /** the year a `year` filter matches */
  yearCondition: string;
}

const EVALUATION: KindSpec = {
  entity: EvaluationEntity,
  what: 'Kết quả đánh giá',
  entityType: 'Evaluation',
  search: 'r.subject_name',
  yearCondition: 'r.year = :year',
};
const AWARD: KindSpec = {
  entity: AwardRecordEntity,
  what: 'Khen thưởng',
  entityType: 'AwardRecord',
  search: `r.subject_name || ' ' || r.award_name`,
  yearCondition: 'r.year = :year',
};
const INITIATIVE: KindSpec = {
  entity: InitiativeEntity,
  what: 'Sáng kiến, đề tài',
  entityType: 'Initiative',
  search: `r.subject_name || ' ' || r.title`,
  yearCondition: `r.recognised_on >= make_date(:year, 1, 1) AND r.recognised_on < make_date(:year + 1, 1, 1)`,
};
const HOLD: KindSpec = {
  entity: HoldEntity,
  what: 'Trường hợp tạm hoãn',
  entityType: 'Hold',
  search: 'r.subject_name',
  // in force at some time of the year
  yearCondition: `r.starts_on < make_date(:year + 1, 1, 1)
    AND coalesce(least(r.ends_on, r.lifted_on - 1), 'infinity'::date) >= make_date(:year, 1, 1)`,
};

function isUniqueViolation(error: unknown): boolean {
  const e = (error as { driverError?: { code?: string }; code?: string }) ?? {};
  return (e.driverError?.code ?? e.code) === '23505';
}

function addProblem(errors: FieldErrors, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}

/**
 * The post a person's record is placed at when no unit is given: the one held during the year of
 * `day` up to that day (the newest if several), else their latest. `posts` newest first (as
 * `PeopleService.positionsOf` gives them).
 */
export function postOn<P extends { startedOn: string; endedOn: string | null }>(
  posts: readonly P[],
  day: IsoDate,
): P | undefined {
  const yearStart = `${day.slice(0, 4)}-01-01`;
  return (
    posts.find((p) => p.startedOn <= day && (p.endedOn === null || p.endedOn > yearStart)) ??
    posts[0]
  );
}

/** "2024", "31/12/2024": the day a yearly record's person is placed in a unit on. */
export function yearEnd(year: number): IsoDate {
  return `${year}-12-31` as IsoDate;
}

/**
 * Hồ sơ thành tích (issue 11, "The facts the checks need"): yearly evaluations, the awards people,
 * units and households already have, sáng kiến and đề tài with their one use, and the holds that block
 * a nomination. Read with RECORDS_READ where the record's unit lies (ADR 0013: an ended unit's records
 * are read through what it became), written with RECORDS_MANAGE there. The awards module reads the
 * facts of its nominees here (`factsFor`, `factsForMany`) and locks the sáng kiến a nomination cites
 * (`lockInitiative`); the decisions module will write award records (`createAwardRecord`).
 *
 * Records about the past may be written at a unit that has since ended (a commune's award history,
 * imported after the 2025 merger): history is not new work, so the widened scope decides
 * (`scopes.covers`), not the plain grant that `OrgService.attachableFor` applies to new work.
 */
@Injectable()
export class RecordsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
    private readonly people: PeopleService,
  ) {}

  private repo<E extends SubjectRecordEntity>(entity: EntityTarget<E>): Repository<E> {
    return this.db.repo(entity);
  }

  readonly evaluationById = loaderKey<string, EvaluationEntity | null>(
    'evaluationById',
    async (ids) =>
      byKeys(ids, await this.repo(EvaluationEntity).findBy({ id: In([...ids]) }), (r) => r.id),
  );

  // ---------------------------------------------------------------------------------------------------
  // facts for the eligibility checks (awards module)

  /**
   * Everything the rules read about one nominee for the year judged (`year`), with holds judged on
   * `on`: its evaluations and awards up to that year (a successor unit's merged predecessors' awards
   * marked `inheritedFrom`), its sáng kiến recognised by `on`, its holds, and for a unit the
   * collective counts of its people in the year. No access check: the caller (a nomination) has
   * decided the actor may propose this nominee. NOT_FOUND for an unknown person or unit.
   */
  async factsFor(
    subject: FactsSubject,
    year: number,
    on: IsoDate,
    options?: FactsOptions,
  ): Promise<EligibilityFacts> {
    const [facts] = await this.factsForMany([subject], year, on, options);
    return facts as EligibilityFacts;
  }

  /**
   * `factsFor` for many nominees at once (a unit's list of nominees, a council's agenda), one query per
   * kind of fact whatever their number: results in the order of `subjects`.
   */
  factsForMany(
    subjects: readonly FactsSubject[],
    year: number,
    on: IsoDate,
    options?: FactsOptions,
  ): Promise<EligibilityFacts[]> {
    return loadFacts(this.db.manager, this.org, subjects, year, on, options ?? {});
  }

  /**
   * Marks a sáng kiến or đề tài as used for an award (CV 5007/BNV-TĐKT: "một sáng kiến chỉ dùng một
   * lần"), in the caller's transaction. One conditional UPDATE (`used_for_award_name IS NULL`): of
   * two nominations locking it at once, the second waits for the first's row lock and then finds it
   * used: CONFLICT naming the award and the reference that used it. Locking again with the same
   * reference changes nothing. No scope check: the nomination citing it has been allowed.
   */
  async lockInitiative(tx: Tx, id: string, use: InitiativeUse): Promise<InitiativeEntity> {
    const awardName = oneLine(use.awardName);
    const reference = oneLine(use.reference);
    const errors: FieldErrors = {};
    if (!awardName) addProblem(errors, 'awardName', 'Danh hiệu, hình thức không được để trống.');
    else if (awardName.length > L.awardName)
      addProblem(
        errors,
        'awardName',
        `Danh hiệu, hình thức không được dài quá ${L.awardName} ký tự.`,
      );
    if (!reference) addProblem(errors, 'reference', 'Hồ sơ sử dụng không được để trống.');
    else if (reference.length > L.usedByReference)
      addProblem(
        errors,
        'reference',
        `Hồ sơ sử dụng không được dài quá ${L.usedByReference} ký tự.`,
      );
    this.checkYear(errors, 'year', use.year);
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    const result: unknown[] = await tx.em.query(
      `UPDATE initiatives SET used_for_award_name = $2, used_for_year = $3, used_by_reference = $4,
              locked_at = now(), version = version + 1, updated_at = now()
        WHERE id = $1 AND used_for_award_name IS NULL
        RETURNING id`,
      [id, awardName, use.year, reference],
    );
    const rows = (Array.isArray(result[0]) ? result[0] : result) as { id: string }[];
    const row = await tx.em.findOneBy(InitiativeEntity, { id });
    if (!row) throw AppError.notFound(INITIATIVE.what, id);
    if (!rows.length) {
      if (row.usedByReference === reference && row.usedForAwardName === awardName) return row;
      throw this.initiativeUsed(row);
    }
    await tx.audit.event('initiative.lock', recordTarget('Initiative', row, row.title), [
      { field: 'usedForAwardName', before: null, after: awardName },
      { field: 'usedForYear', before: null, after: use.year },
      { field: 'usedByReference', before: null, after: reference },
    ]);
    return row;
  }

  /**
   * Frees an initiative a withdrawn nomination had locked: only the use with `reference` is undone
   * (another nomination's lock is not this caller's to lift). Caller's transaction; audited.
   */
  async releaseInitiative(tx: Tx, id: string, reference: string): Promise<InitiativeEntity> {
    const row = await tx.em.findOneBy(InitiativeEntity, { id });
    if (!row) throw AppError.notFound(INITIATIVE.what, id);
    if (row.usedForAwardName === null) return row;
    if (row.usedByReference !== oneLine(reference)) throw this.initiativeUsed(row);
    return this.unlock(tx, row);
  }

  private async unlock(tx: Tx, row: InitiativeEntity): Promise<InitiativeEntity> {
    await tx.em.query(
      `UPDATE initiatives SET used_for_award_name = NULL, used_for_year = NULL, used_by_reference = NULL,
              locked_at = NULL, version = version + 1, updated_at = now() WHERE id = $1`,
      [row.id],
    );
    await tx.audit.event('initiative.release', recordTarget('Initiative', row, row.title), [
      { field: 'usedForAwardName', before: row.usedForAwardName, after: null },
      { field: 'usedForYear', before: row.usedForYear, after: null },
      { field: 'usedByReference', before: row.usedByReference, after: null },
    ]);
    return tx.em.findOneByOrFail(InitiativeEntity, { id: row.id });
  }

  private initiativeUsed(row: InitiativeEntity): AppError {
    return new AppError(
      'CONFLICT',
      `Sáng kiến, đề tài "${row.title}" đã được dùng để đề nghị "${row.usedForAwardName}" năm ${row.usedForYear} (${row.usedByReference}): mỗi sáng kiến chỉ được dùng một lần.`,
      undefined,
      { entityType: 'Initiative', id: row.id },
    );
  }

  // ---------------------------------------------------------------------------------------------------
  // reading (RECORDS_READ at the record's unit)

  listEvaluations(
    ctx: RequestContext,
    f: EvaluationFilter & Page,
  ): Promise<ConnectionShape<EvaluationEntity>> {
    return this.list(ctx, EVALUATION, f, (qb) => {
      if (f.grade) qb.andWhere('r.grade = :grade', { grade: f.grade });
    }) as Promise<ConnectionShape<EvaluationEntity>>;
  }

  listAwardRecords(
    ctx: RequestContext,
    f: AwardRecordFilter & Page,
  ): Promise<ConnectionShape<AwardRecordEntity>> {
    return this.list(ctx, AWARD, f, (qb) => {
      if (f.awardCode) qb.andWhere('r.award_code = :awardCode', { awardCode: f.awardCode });
      if (f.track) qb.andWhere('r.track = :track', { track: f.track });
    }) as Promise<ConnectionShape<AwardRecordEntity>>;
  }

  listInitiatives(
    ctx: RequestContext,
    f: InitiativeFilter & Page,
  ): Promise<ConnectionShape<InitiativeEntity>> {
    return this.list(ctx, INITIATIVE, f, (qb) => {
      if (f.kind) qb.andWhere('r.kind = :kind', { kind: f.kind });
      if (f.scope) qb.andWhere('r.scope = :scope', { scope: f.scope });
      if (f.free === true) qb.andWhere('r.used_for_award_name IS NULL');
      if (f.free === false) qb.andWhere('r.used_for_award_name IS NOT NULL');
    }) as Promise<ConnectionShape<InitiativeEntity>>;
  }

  listHolds(ctx: RequestContext, f: HoldFilter & Page): Promise<ConnectionShape<HoldEntity>> {
    return this.list(ctx, HOLD, f, (qb) => {
      if (f.kind) qb.andWhere('r.kind = :kind', { kind: f.kind });
      if (f.inForceOn)
        qb.andWhere(
          `r.starts_on <= :inForceOn AND (r.ends_on IS NULL OR r.ends_on >= :inForceOn)
           AND (r.lifted_on IS NULL OR r.lifted_on > :inForceOn)`,
          { inForceOn: f.inForceOn },
        );
    }) as Promise<ConnectionShape<HoldEntity>>;
  }

  private async list(
    ctx: RequestContext,
    kind: KindSpec,
    f: RecordFilter & Page,
    filters: (qb: SelectQueryBuilder<SubjectRecordEntity>) => void,
  ): Promise<ConnectionShape<SubjectRecordEntity>> {
    const qb = this.repo(kind.entity).createQueryBuilder('r');
    whereInScope(qb, await this.scopes.of(ctx.actor, READ), 'r.unit_path');
    if (f.personId) qb.andWhere('r.person_id = :personId', { personId: f.personId });
    if (f.unitId) {
      const unit = await this.org.findById(f.unitId);
      if (!unit) throw AppError.field('filter.unitId', 'Đơn vị không tồn tại.');
      if (f.includeDescendants ?? true) {
        // the unit's subtree and the ended units that became part of it (ADR 0013)
        const paths = await this.scopes.underPaths(ctx.actor, unit.path);
        qb.andWhere('r.unit_path <@ ANY(CAST(:underPaths AS ltree[]))', { underPaths: paths });
      } else {
        // the unit and what became it: a merged ward's history includes its communes'
        qb.andWhere('r.unit_id = ANY(:unitIds::uuid[])', {
          unitIds: await this.org.predecessorClosure([unit.id]),
        });
      }
    }
    if (f.subject) qb.andWhere('r.subject = :subject', { subject: f.subject });
    if (f.year !== null && f.year !== undefined) qb.andWhere(kind.yearCondition, { year: f.year });
    filters(qb);
    const search = f.search?.trim();
    let sort: KeysetSort<SubjectRecordEntity>;
    if (search) {
      addSearch(qb, search, kind.search);
      sort = rankedBy(qb, searchRank(kind.search), 'r.id');
    } else {
      // (sort_key, id) index: newest year first, then names in Vietnamese order (migration Records)
      sort = {
        expression: 'r.sort_key',
        direction: 'ASC',
        value: (r) => r.sortKey ?? '',
        idExpression: 'r.id',
        id: (r) => r.id,
      };
    }
    return paginate(qb, f, sort);
  }

  getEvaluation(ctx: RequestContext, id: string): Promise<EvaluationEntity> {
    return this.visible(ctx, EVALUATION, id) as Promise<EvaluationEntity>;
  }

  getAwardRecord(ctx: RequestContext, id: string): Promise<AwardRecordEntity> {
    return this.visible(ctx, AWARD, id) as Promise<AwardRecordEntity>;
  }

  getInitiative(ctx: RequestContext, id: string): Promise<InitiativeEntity> {
    return this.visible(ctx, INITIATIVE, id) as Promise<InitiativeEntity>;
  }

  getHold(ctx: RequestContext, id: string): Promise<HoldEntity> {
    return this.visible(ctx, HOLD, id) as Promise<HoldEntity>;
  }

  /** The actor's widened scope for RECORDS_MANAGE (the imports check rows against it in memory). */
  manageScope(ctx: RequestContext): Promise<UnitScope> {
    return this.scopes.of(ctx.actor, MANAGE);
  }

  /** May the actor change records at the unit at `path` (its widened RECORDS_MANAGE scope)? */
  canManageAt(actor: Actor, path: string): Promise<boolean> {
    return this.scopes.covers(actor, MANAGE, path);
  }

  /** A record the actor reads, else NOT_FOUND naming nothing. */
  private async visible(
    ctx: RequestContext,
    kind: KindSpec,
    id: string,
  ): Promise<SubjectRecordEntity> {
    const row = await this.repo(kind.entity).findOneBy({ id });
    if (!row || !inScope(await this.scopes.of(ctx.actor, READ), row.unitPath))
      throw AppError.notFound(kind.what, id);
    return row;
  }

  /** A record the actor reads and manages: NOT_FOUND outside reading, FORBIDDEN outside managing. */
  private async manageable(tx: Tx, kind: KindSpec, id: string): Promise<SubjectRecordEntity> {
    const row = await this.visible(tx.ctx, kind, id);
    if (!(await this.scopes.covers(tx.ctx.actor, MANAGE, row.unitPath)))
      throw AppError.forbidden(
        `Bạn không có quyền cập nhật hồ sơ thành tích của đơn vị này (${kind.what.toLowerCase()} của ${row.subjectName}).`,
      );
    return row;
  }

  // ---------------------------------------------------------------------------------------------------
  // who a record is about

  /**
   * The subject of a new record and the unit it is scoped to. A person is placed at `unitId` (which
   * must be a unit they work or worked in, or one above it) or by default at their post on `day`
   * (else their latest); the actor needs RECORDS_MANAGE there. A person or unit the actor cannot read
   * is "not found" on its field, as if it did not exist.
   */
  async resolveSubject(
    tx: Tx,
    s: SubjectData,
    day: IsoDate,
    allowHousehold: boolean,
  ): Promise<ResolvedSubject> {
    return this.resolveWith(await this.subjectLookup(tx, [s], []), s, day, allowHousehold);
  }

  /**
   * What deciding `subjects` reads, for all of them at once: the people, their posts, the units named
   * and the posts' units (three statements however many subjects), and the actor's scopes, each
   * computed once when first asked (inside a transaction `UnitScopes.of` reads the lineage afresh on
   * every call: once per subject made a 1,000-recipient decision's issue a statement per recipient).
   */
  private async subjectLookup(
    tx: Tx,
    subjects: readonly SubjectData[],
    moreUnitIds: readonly string[],
  ): Promise<SubjectLookup> {
    const personIds = [...new Set(subjects.flatMap((s) => (s.personId ? [s.personId] : [])))];
    const people = await this.people.findByIds(personIds);
    const posts = new Map<
      string,
      { unitId: string; startedOn: string; endedOn: string | null }[]
    >();
    const found = [...people.keys()];
    if (found.length) {
      const lists = Array.from(await this.people.positionsOf.batch(found));
      found.forEach((id, i) => {
        const list = lists[i];
        posts.set(id, list && !(list instanceof Error) ? list : []);
      });
    }
    const unitIds = [
      ...new Set([
        ...subjects.flatMap((s) => (s.unitId ? [s.unitId] : [])),
        ...moreUnitIds,
        ...[...posts.values()].flatMap((list) => list.map((p) => p.unitId)),
      ]),
    ];
    const units = new Map<string, UnitEntity>();
    if (unitIds.length) {
      const rows = Array.from(await this.org.unitById.batch(unitIds));
      for (const u of rows) if (u && !(u instanceof Error)) units.set(u.id, u);
    }
    const actor = tx.ctx.actor;
    const computed = new Map<Permission, Promise<UnitScope>>();
    const scope = (p: Permission) => {
      let s = computed.get(p);
      if (!s) computed.set(p, (s = this.scopes.of(actor, p)));
      return s;
    };
    return {
      people,
      posts,
      units,
      scope,
      // as UnitScopes.covers: the plain grant first, the lineage only when it does not decide
      covers: async (p, path) =>
        actor.canAt(p, path) || (actor.scope(p).kind === 'units' && inScope(await scope(p), path)),
    };
  }

  /** `resolveSubject` over what `subjectLookup` read: no statement of its own. */
  private async resolveWith(
    k: SubjectLookup,
    s: SubjectData,
    day: IsoDate,
    allowHousehold: boolean,
  ): Promise<ResolvedSubject> {
    const household = blankToNull(s.householdName);
    if (household !== null) {
      if (!allowHousehold)
        throw AppError.field('householdName', 'Chỉ lịch sử khen thưởng mới ghi cho hộ gia đình.');
      if (s.personId)
        throw AppError.field('householdName', 'Chọn cán bộ hoặc hộ gia đình, không chọn cả hai.');
      if (household.length > L.householdName)
        throw AppError.field(
          'householdName',
          `Tên hộ gia đình không được dài quá ${L.householdName} ký tự.`,
        );
      if (!s.unitId)
        throw AppError.field('unitId', 'Cần chọn đơn vị (xã, phường) nơi hộ gia đình cư trú.');
      const unit = await this.unitToManage(k, s.unitId);
      const address = blankToNull(s.householdAddress);
      if (address !== null && address.length > TEXT_LIMITS.address)
        throw AppError.field(
          'householdAddress',
          `Địa chỉ không được dài quá ${TEXT_LIMITS.address} ký tự.`,
        );
      return {
        subject: 'HOUSEHOLD',
        personId: null,
        unit,
        subjectName: household,
        householdAddress: address,
      };
    }
    if (s.personId) {
      const person = k.people.get(s.personId);
      const posts = person ? (k.posts.get(person.id) ?? []) : [];
      const pathOf = (unitId: string) => k.units.get(unitId)?.path ?? '';
      const readScope = await k.scope(READ);
      if (!person || !posts.some((p) => inScope(readScope, pathOf(p.unitId) || null)))
        throw AppError.field('personId', 'Không tìm thấy cán bộ, hoặc bạn không có quyền xem.');
      let unitId = s.unitId ?? null;
      if (unitId) {
        const unit = k.units.get(unitId);
        if (!unit || !posts.some((p) => isWithinPath(pathOf(p.unitId), unit.path)))
          throw AppError.field(
            'unitId',
            `${person.fullName} không công tác tại đơn vị này (hoặc đơn vị trực thuộc).`,
          );
      } else {
        const then = postOn(posts, day);
        if (!then)
          throw AppError.field(
            'unitId',
            `${person.fullName} chưa có vị trí công tác: cần chọn đơn vị ghi nhận.`,
          );
        unitId = then.unitId;
      }
      const unit = await this.unitToManage(k, unitId);
      return {
        subject: 'INDIVIDUAL',
        personId: person.id,
        unit,
        subjectName: person.fullName,
        householdAddress: null,
      };
    }
    if (!s.unitId) throw AppError.field('unitId', 'Cần chọn cán bộ hoặc đơn vị.');
    const unit = await this.unitToManage(k, s.unitId);
    return {
      subject: 'COLLECTIVE',
      personId: null,
      unit,
      subjectName: unit.name,
      householdAddress: null,
    };
  }

  /** The unit, if the actor manages records there; not found outside what it reads. */
  private async unitToManage(k: SubjectLookup, unitId: string): Promise<UnitEntity> {
    const unit = k.units.get(unitId);
    const readable =
      !!unit && ((await k.covers(READ, unit.path)) || (await k.covers('UNIT_READ', unit.path)));
    if (!unit || !readable) throw AppError.field('unitId', 'Đơn vị không tồn tại.');
    if (!(await k.covers(MANAGE, unit.path)))
      throw AppError.forbidden(
        `Bạn không có quyền cập nhật hồ sơ thành tích của đơn vị "${unit.name}".`,
      );
    return unit;
  }

  private checkYear(errors: FieldErrors, field: string, year: number): void {
    const last = recordLastYear(todayInVietnam());
    if (!Number.isInteger(year) || year < RECORD_FIRST_YEAR || year > last)
      addProblem(errors, field, `Năm phải từ ${RECORD_FIRST_YEAR} đến ${last}.`);
  }

  private text(
    errors: FieldErrors,
    field: string,
    label: string,
    value: string | null | undefined,
    max: number,
    required = false,
  ): string | null {
    const v = blankToNull(value === undefined || value === null ? null : oneLine(value));
    if (v === null) {
      if (required) addProblem(errors, field, `${label} không được để trống.`);
      return null;
    }
    if (v.length > max) addProblem(errors, field, `${label} không được dài quá ${max} ký tự.`);
    return v;
  }

  private note(errors: FieldErrors, value: string | null | undefined): string | null {
    const v = blankToNull(value ?? null);
    if (v !== null && v.length > TEXT_LIMITS.note)
      addProblem(errors, 'note', `Ghi chú không được dài quá ${TEXT_LIMITS.note} ký tự.`);
    return v;
  }

  private date(
    errors: FieldErrors,
    field: string,
    label: string,
    value: string | null | undefined,
  ): IsoDate | null {
    if (value === null || value === undefined || value === '') return null;
    if (!isIsoDate(value)) {
      addProblem(errors, field, `${label} không phải ngày hợp lệ.`);
      return null;
    }
    return value;
  }

  // ---------------------------------------------------------------------------------------------------
  // evaluations

  /** The attributes of an evaluation, checked (all problems at once). */
  evaluationFields(
    d: EvaluationData,
  ): Pick<EvaluationEntity, 'year' | 'grade' | 'source' | 'note'> {
    const errors: FieldErrors = {};
    this.checkYear(errors, 'year', d.year);
    if (!(d.grade in EVALUATION_GRADES))
      addProblem(errors, 'grade', 'Xếp loại không nằm trong danh sách cho phép.');
    const source = this.text(errors, 'source', 'Nguồn', d.source, L.source);
    const note = this.note(errors, d.note);
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return { year: d.year, grade: d.grade, source, note };
  }

  async createEvaluation(tx: Tx, s: SubjectData, d: EvaluationData): Promise<EvaluationEntity> {
    const fields = this.evaluationFields(d);
    const subject = await this.resolveSubject(tx, s, yearEnd(fields.year), false);
    await this.assertNoEvaluation(tx, subject, fields.year, null);
    const id = randomUUID();
    try {
      await tx.em.getRepository(EvaluationEntity).insert({
        id,
        subject: subject.subject,
        personId: subject.personId,
        unitId: subject.unit.id,
        unitPath: subject.unit.path,
        subjectName: subject.subjectName,
        ...fields,
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw AppError.field(
          'year',
          `${subject.subjectName} vừa được ghi kết quả đánh giá năm ${fields.year}. Vui lòng tải lại.`,
        );
      throw error;
    }
    const row = await tx.em.findOneByOrFail(EvaluationEntity, { id });
    await tx.audit.created<EvaluationEntity>(
      'evaluation.create',
      recordTarget('Evaluation', row, `năm ${row.year}`),
      row,
      EVALUATION_AUDIT_FIELDS,
    );
    return row;
  }

  async updateEvaluation(
    tx: Tx,
    id: string,
    version: number,
    d: EvaluationData,
  ): Promise<EvaluationEntity> {
    const before = (await this.manageable(tx, EVALUATION, id)) as EvaluationEntity;
    const fields = this.evaluationFields(d);
    if (fields.year !== before.year)
      await this.assertNoEvaluation(
        tx,
        {
          subject: before.subject,
          personId: before.personId,
          unitId: before.unitId,
          subjectName: before.subjectName,
        },
        fields.year,
        before.id,
      );
    return this.saveVersioned(
      tx,
      EVALUATION,
      before,
      version,
      fields,
      'evaluation.update',
      () => `năm ${fields.year}`,
    ) as Promise<EvaluationEntity>;
  }

  private async assertNoEvaluation(
    tx: Tx,
    s: {
      subject: AwardSubject;
      personId: string | null;
      unitId?: string;
      unit?: UnitEntity;
      subjectName: string;
    },
    year: number,
    selfId: string | null,
  ): Promise<void> {
    const qb = tx.em
      .getRepository(EvaluationEntity)
      .createQueryBuilder('e')
      .where('e.year = :year', { year });
    if (s.personId) qb.andWhere('e.person_id = :personId', { personId: s.personId });
    else
      qb.andWhere(`e.subject = 'COLLECTIVE' AND e.unit_id = :unitId`, {
        unitId: s.unit?.id ?? s.unitId,
      });
    if (selfId) qb.andWhere('e.id <> :selfId', { selfId });
    if (await qb.getExists())
      throw AppError.field(
        'year',
        `${s.subjectName} đã có kết quả đánh giá năm ${year}: hãy sửa kết quả đó.`,
      );
  }

  // ---------------------------------------------------------------------------------------------------
  // award records

  /** The attributes of an award record for `subject`, checked against the catalog. */
  awardFields(
    subject: AwardSubject,
    d: AwardRecordData,
  ): Pick<
    AwardRecordEntity,
    | 'awardCode'
    | 'awardName'
    | 'track'
    | 'year'
    | 'decisionNumber'
    | 'decidedOn'
    | 'decidedBy'
    | 'note'
  > {
    const errors: FieldErrors = {};
    const code = blankToNull(d.awardCode ?? null)?.toUpperCase() ?? null;
    const spec = code ? awardKind(code) : undefined;
    if (code && !spec)
      addProblem(
        errors,
        'awardCode',
        `Mã "${code}" không có trong danh mục danh hiệu, hình thức khen thưởng: để trống mã và ghi tên nếu là hình thức riêng của địa phương.`,
      );
    if (spec && !spec.subjects.includes(subject))
      addProblem(
        errors,
        'awardCode',
        `"${spec.name}" không xét cho ${AWARD_SUBJECTS[subject].toLowerCase()}.`,
      );
    const awardName =
      this.text(errors, 'awardName', 'Danh hiệu, hình thức', d.awardName, L.awardName, !spec) ??
      spec?.name ??
      '';
    const track: AwardTrack = d.track ?? spec?.tracks[0] ?? 'CONG_TRANG';
    if (!(track in AWARD_TRACKS))
      addProblem(errors, 'track', 'Loại hình khen thưởng không nằm trong danh sách cho phép.');
    else if (spec && !spec.tracks.includes(track))
      addProblem(
        errors,
        'track',
        `"${spec.name}" không xét theo loại hình "${AWARD_TRACKS[track]}".`,
      );
    this.checkYear(errors, 'year', d.year);
    const decisionNumber = this.text(
      errors,
      'decisionNumber',
      'Số quyết định',
      d.decisionNumber,
      L.decisionNumber,
    );
    const decidedOn = this.date(errors, 'decidedOn', 'Ngày quyết định', d.decidedOn);
    if (decidedOn && decidedOn > todayInVietnam())
      addProblem(errors, 'decidedOn', 'Ngày quyết định không được sau ngày hôm nay.');
    const decidedBy = this.text(errors, 'decidedBy', 'Cấp quyết định', d.decidedBy, L.decidedBy);
    const note = this.note(errors, d.note);
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return {
      awardCode: spec ? spec.code : null,
      awardName,
      track,
      year: d.year,
      decisionNumber,
      decidedOn,
      decidedBy,
      note,
    };
  }

  /** Records an award (entered, or written by the decisions module when a decision is signed). */
  async createAwardRecord(tx: Tx, s: SubjectData, d: AwardRecordData): Promise<AwardRecordEntity> {
    const subject = await this.resolveSubject(
      tx,
      { ...s, householdAddress: s.householdAddress ?? d.householdAddress },
      yearEnd(Number.isInteger(d.year) ? d.year : 2000),
      true,
    );
    const fields = this.awardFields(subject.subject, d);
    const id = randomUUID();
    await tx.em.getRepository(AwardRecordEntity).insert({
      id,
      subject: subject.subject,
      personId: subject.personId,
      unitId: subject.unit.id,
      unitPath: subject.unit.path,
      subjectName: subject.subjectName,
      householdAddress: subject.householdAddress,
      ...fields,
    });
    const row = await tx.em.findOneByOrFail(AwardRecordEntity, { id });
    await tx.audit.created<AwardRecordEntity>(
      'awardRecord.create',
      recordTarget('AwardRecord', row, `${row.awardName} năm ${row.year}`),
      row,
      AWARD_RECORD_AUDIT_FIELDS,
    );
    return row;
  }

  /**
   * The award records of a signed decision (module decisions), written as `createAwardRecord` writes
   * one (the same subject rules and checks) but read, inserted and audited in bulk: the subjects in a
   * few statements (`subjectLookup`), the rows in one multi-row INSERT … RETURNING per RECORDS_CHUNK,
   * audited `awardRecord.create` once per unit and chunk with each record's id and fields as an item
   * (`auditImport`, as the import). One at a time, a 1,000-recipient decision took ~8 statements a recipient (bench/
   * councils: 10.6 s for the issue). An item that cannot be written stops it all with `refuse(i, error)`
   * (the caller names the recipient). The ids, in the items' order.
   */
  async bulkCreateAwardRecords(
    tx: Tx,
    items: readonly DecidedAwardRecord[],
    refuse: (index: number, error: AppError) => Error = (_, error) => error,
  ): Promise<string[]> {
    const subjects = items.map((item) => ({
      ...item.subject,
      householdAddress: item.subject.householdAddress ?? item.data.householdAddress,
    }));
    const lookup = await this.subjectLookup(
      tx,
      subjects,
      items.flatMap((item) => (item.fallbackUnitId ? [item.fallbackUnitId] : [])),
    );
    const units = new Map<string, UnitEntity>();
    const rows: (Omit<AwardRecordEntity, 'createdAt' | 'updatedAt' | 'version' | 'sortKey'> & {
      id: string;
    })[] = [];
    for (const [i, item] of items.entries()) {
      const s = subjects[i] as SubjectData;
      const day = yearEnd(Number.isInteger(item.data.year) ? item.data.year : 2000);
      try {
        let subject: ResolvedSubject;
        try {
          subject = await this.resolveWith(lookup, s, day, true);
        } catch (error) {
          const fallback = item.fallbackUnitId;
          const noPost =
            error instanceof AppError && !!error.fields?.['unitId'] && !!s.personId && !s.unitId;
          if (!noPost || !fallback) throw error;
          subject = await this.resolveWith(
            lookup,
            { personId: s.personId, unitId: fallback },
            day,
            true,
          );
        }
        units.set(subject.unit.id, subject.unit);
        rows.push({
          id: randomUUID(),
          subject: subject.subject,
          personId: subject.personId,
          unitId: subject.unit.id,
          unitPath: subject.unit.path,
          subjectName: subject.subjectName,
          householdAddress: subject.householdAddress,
          ...this.awardFields(subject.subject, item.data),
        });
      } catch (error) {
        if (error instanceof AppError) throw refuse(i, error);
        throw error;
      }
    }
    for (let start = 0; start < rows.length; start += RECORDS_CHUNK) {
      const chunk = rows.slice(start, start + RECORDS_CHUNK);
      // one statement for the chunk; TypeORM returns the generated columns (version, times)
      await tx.em.getRepository(AwardRecordEntity).insert(chunk);
      // one audit row per unit and chunk, each record an item of it (as the import audits): a row
      // per record was 2.4 of the 3.6 s this method took for 1,000 recipients (bench/councils)
      await this.auditImport(
        tx,
        'awardRecord.create',
        'AwardRecord',
        chunk.map((r) => ({
          unit: units.get(r.unitId) as UnitEntity,
          field: `awardRecord:${r.id}`,
          before: undefined,
          after: {
            subjectName: r.subjectName,
            awardName: r.awardName,
            year: r.year,
            decisionNumber: r.decisionNumber,
            decidedOn: r.decidedOn,
            decidedBy: r.decidedBy,
          },
        })),
      );
    }
    return rows.map((r) => r.id);
  }

  async updateAwardRecord(
    tx: Tx,
    id: string,
    version: number,
    d: AwardRecordData,
  ): Promise<AwardRecordEntity> {
    const before = (await this.manageable(tx, AWARD, id)) as AwardRecordEntity;
    const fields = this.awardFields(before.subject, d);
    const errors: FieldErrors = {};
    const householdAddress =
      before.subject === 'HOUSEHOLD'
        ? this.text(errors, 'householdAddress', 'Địa chỉ', d.householdAddress, TEXT_LIMITS.address)
        : null;
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return this.saveVersioned(
      tx,
      AWARD,
      before,
      version,
      { ...fields, householdAddress },
      'awardRecord.update',
      () => `${fields.awardName} năm ${fields.year}`,
    ) as Promise<AwardRecordEntity>;
  }

  // ---------------------------------------------------------------------------------------------------
  // initiatives

  initiativeFields(
    d: InitiativeData,
  ): Pick<
    InitiativeEntity,
    'kind' | 'title' | 'scope' | 'recognisedOn' | 'recognisedBy' | 'certificateNumber' | 'note'
  > {
    const errors: FieldErrors = {};
    if (!(d.kind in INITIATIVE_KINDS))
      addProblem(errors, 'kind', 'Loại không nằm trong danh sách cho phép.');
    if (!(d.scope in INITIATIVE_SCOPES))
      addProblem(errors, 'scope', 'Phạm vi ảnh hưởng không nằm trong danh sách cho phép.');
    const title =
      this.text(errors, 'title', 'Tên sáng kiến, đề tài', d.title, L.initiativeTitle, true) ?? '';
    const recognisedOn = this.date(errors, 'recognisedOn', 'Ngày công nhận', d.recognisedOn);
    if (!recognisedOn && !errors['recognisedOn'])
      addProblem(errors, 'recognisedOn', 'Ngày công nhận không được để trống.');
    else if (recognisedOn && recognisedOn > todayInVietnam())
      addProblem(errors, 'recognisedOn', 'Ngày công nhận không được sau ngày hôm nay.');
    else if (recognisedOn && Number(recognisedOn.slice(0, 4)) < RECORD_FIRST_YEAR)
      addProblem(errors, 'recognisedOn', `Ngày công nhận phải từ năm ${RECORD_FIRST_YEAR}.`);
    const recognisedBy = this.text(
      errors,
      'recognisedBy',
      'Cơ quan công nhận',
      d.recognisedBy,
      L.recognisedBy,
    );
    const certificateNumber = this.text(
      errors,
      'certificateNumber',
      'Số giấy chứng nhận',
      d.certificateNumber,
      L.certificateNumber,
    );
    const note = this.note(errors, d.note);
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return {
      kind: d.kind,
      title,
      scope: d.scope,
      recognisedOn: recognisedOn as IsoDate,
      recognisedBy,
      certificateNumber,
      note,
    };
  }

  /**
   * A sáng kiến or đề tài. `usedFor`: one already used before the system kept track (an award
   * decided years ago cited it), locked from the start.
   */
  async createInitiative(
    tx: Tx,
    s: SubjectData,
    d: InitiativeData,
    usedFor?: InitiativeUse | null,
  ): Promise<InitiativeEntity> {
    const fields = this.initiativeFields(d);
    const subject = await this.resolveSubject(tx, s, fields.recognisedOn, false);
    const id = randomUUID();
    await tx.em.getRepository(InitiativeEntity).insert({
      id,
      subject: subject.subject,
      personId: subject.personId,
      unitId: subject.unit.id,
      unitPath: subject.unit.path,
      subjectName: subject.subjectName,
      ...fields,
    });
    const row = await tx.em.findOneByOrFail(InitiativeEntity, { id });
    await tx.audit.created<InitiativeAuditView>(
      'initiative.create',
      recordTarget('Initiative', row, row.title),
      initiativeAuditView(row),
      INITIATIVE_AUDIT_FIELDS,
    );
    if (usedFor) return this.lockInitiative(tx, id, usedFor);
    return row;
  }

  /** Changes an initiative not yet used (a used one is evidence of the award it served). */
  async updateInitiative(
    tx: Tx,
    id: string,
    version: number,
    d: InitiativeData,
  ): Promise<InitiativeEntity> {
    const before = (await this.manageable(tx, INITIATIVE, id)) as InitiativeEntity;
    this.assertFree(before);
    const fields = this.initiativeFields(d);
    const after = { ...before, ...fields };
    const changes = diffFields<InitiativeAuditView>(
      initiativeAuditView(before),
      initiativeAuditView(after),
      INITIATIVE_AUDIT_FIELDS,
    );
    if (!changes.length) {
      if (version !== before.version) throw this.conflict(INITIATIVE, before);
      return before;
    }
    await tx.updateVersioned(
      InitiativeEntity,
      id,
      version,
      fields,
      this.describe(INITIATIVE, before),
    );
    await tx.audit.event(
      'initiative.update',
      recordTarget('Initiative', after, after.title),
      changes,
    );
    return tx.em.findOneByOrFail(InitiativeEntity, { id });
  }

  /** Bỏ ghi nhận đã dùng: an officer undoes a use typed by mistake (RECORDS_MANAGE at the unit). */
  async releaseInitiativeByOfficer(tx: Tx, id: string, version: number): Promise<InitiativeEntity> {
    const row = (await this.manageable(tx, INITIATIVE, id)) as InitiativeEntity;
    if (version !== row.version) throw this.conflict(INITIATIVE, row);
    if (row.usedForAwardName === null)
      throw AppError.field('id', `Sáng kiến, đề tài "${row.title}" chưa được dùng.`);
    return this.unlock(tx, row);
  }

  /** Ghi nhận đã dùng by an officer (a use decided outside the system), RECORDS_MANAGE at the unit. */
  async lockInitiativeByOfficer(
    tx: Tx,
    id: string,
    version: number,
    use: InitiativeUse,
  ): Promise<InitiativeEntity> {
    const row = (await this.manageable(tx, INITIATIVE, id)) as InitiativeEntity;
    if (version !== row.version) throw this.conflict(INITIATIVE, row);
    return this.lockInitiative(tx, id, use);
  }

  private assertFree(row: InitiativeEntity): void {
    if (row.usedForAwardName !== null)
      throw AppError.readOnly(
        `Sáng kiến, đề tài "${row.title}" đã được dùng để đề nghị "${row.usedForAwardName}" năm ${row.usedForYear}: không sửa, xóa được.`,
        { entityType: 'Initiative', id: row.id },
      );
  }

  // ---------------------------------------------------------------------------------------------------
  // holds

  holdFields(d: HoldData): Pick<HoldEntity, 'kind' | 'startsOn' | 'endsOn' | 'source' | 'note'> {
    const errors: FieldErrors = {};
    if (!(d.kind in HOLD_KINDS))
      addProblem(errors, 'kind', 'Lý do tạm hoãn không nằm trong danh sách cho phép.');
    const startsOn = this.date(errors, 'startsOn', 'Từ ngày', d.startsOn);
    if (!startsOn && !errors['startsOn'])
      addProblem(errors, 'startsOn', 'Từ ngày không được để trống.');
    else if (startsOn && Number(startsOn.slice(0, 4)) < RECORD_FIRST_YEAR)
      addProblem(errors, 'startsOn', `Từ ngày phải từ năm ${RECORD_FIRST_YEAR}.`);
    const endsOn = this.date(errors, 'endsOn', 'Đến ngày', d.endsOn);
    if (startsOn && endsOn && endsOn < startsOn)
      addProblem(errors, 'endsOn', `Đến ngày không được trước từ ngày (${isoToVn(startsOn)}).`);
    const source = this.text(errors, 'source', 'Nguồn', d.source, L.holdSource, true) ?? '';
    const note = this.note(errors, d.note);
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return { kind: d.kind, startsOn: startsOn as IsoDate, endsOn, source, note };
  }

  async createHold(tx: Tx, s: SubjectData, d: HoldData): Promise<HoldEntity> {
    const fields = this.holdFields(d);
    const subject = await this.resolveSubject(tx, s, fields.startsOn, false);
    const id = randomUUID();
    await tx.em.getRepository(HoldEntity).insert({
      id,
      subject: subject.subject,
      personId: subject.personId,
      unitId: subject.unit.id,
      unitPath: subject.unit.path,
      subjectName: subject.subjectName,
      ...fields,
    });
    const row = await tx.em.findOneByOrFail(HoldEntity, { id });
    await tx.audit.created<HoldAuditView>(
      'hold.create',
      recordTarget('Hold', row, HOLD_KINDS[row.kind]),
      holdAuditView(row),
      HOLD_AUDIT_FIELDS,
    );
    return row;
  }

  async updateHold(tx: Tx, id: string, version: number, d: HoldData): Promise<HoldEntity> {
    const before = (await this.manageable(tx, HOLD, id)) as HoldEntity;
    const fields = this.holdFields(d);
    if (before.liftedOn && before.liftedOn < fields.startsOn)
      throw AppError.field(
        'startsOn',
        `Tạm hoãn đã chấm dứt từ ngày ${isoToVn(before.liftedOn)}: từ ngày không được sau ngày đó.`,
      );
    return this.saveHold(tx, before, version, fields, 'hold.update');
  }

  /** Chấm dứt tạm hoãn: it stops blocking from `liftedOn` (kept, with why, for the nominations before). */
  async liftHold(
    tx: Tx,
    id: string,
    version: number,
    liftedOn: IsoDate,
    reason: string,
  ): Promise<HoldEntity> {
    const before = (await this.manageable(tx, HOLD, id)) as HoldEntity;
    const errors: FieldErrors = {};
    const day = this.date(errors, 'liftedOn', 'Ngày chấm dứt', liftedOn);
    if (!day && !errors['liftedOn'])
      addProblem(errors, 'liftedOn', 'Ngày chấm dứt không được để trống.');
    if (day && day < before.startsOn)
      addProblem(
        errors,
        'liftedOn',
        `Ngày chấm dứt không được trước ngày bắt đầu (${isoToVn(before.startsOn)}).`,
      );
    const liftReason = this.text(errors, 'reason', 'Lý do chấm dứt', reason, L.holdSource, true);
    if (before.liftedOn)
      addProblem(errors, 'id', `Tạm hoãn đã chấm dứt từ ngày ${isoToVn(before.liftedOn)}.`);
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return this.saveHold(tx, before, version, { liftedOn: day, liftReason }, 'hold.lift');
  }

  private async saveHold(
    tx: Tx,
    before: HoldEntity,
    version: number,
    patch: Partial<HoldEntity>,
    operation: 'hold.update' | 'hold.lift',
  ): Promise<HoldEntity> {
    const after = { ...before, ...patch };
    const changes = diffFields<HoldAuditView>(
      holdAuditView(before),
      holdAuditView(after),
      HOLD_AUDIT_FIELDS,
    );
    if (!changes.length) {
      if (version !== before.version) throw this.conflict(HOLD, before);
      return before;
    }
    await tx.updateVersioned(HoldEntity, before.id, version, patch, this.describe(HOLD, before));
    await tx.audit.event(operation, recordTarget('Hold', after, HOLD_KINDS[after.kind]), changes);
    return tx.em.findOneByOrFail(HoldEntity, { id: before.id });
  }

  // ---------------------------------------------------------------------------------------------------
  // deleting, and saving alike for the kinds without a view of their own

  async deleteEvaluation(tx: Tx, id: string, version: number): Promise<void> {
    const row = (await this.manageable(tx, EVALUATION, id)) as EvaluationEntity;
    await this.deleteRow(tx, EVALUATION, row, version);
    await tx.audit.deleted<EvaluationEntity>(
      'evaluation.delete',
      recordTarget('Evaluation', row, `năm ${row.year}`),
      row,
      EVALUATION_AUDIT_FIELDS,
    );
  }

  async deleteAwardRecord(tx: Tx, id: string, version: number): Promise<void> {
    const row = (await this.manageable(tx, AWARD, id)) as AwardRecordEntity;
    await this.deleteRow(tx, AWARD, row, version);
    await tx.audit.deleted<AwardRecordEntity>(
      'awardRecord.delete',
      recordTarget('AwardRecord', row, `${row.awardName} năm ${row.year}`),
      row,
      AWARD_RECORD_AUDIT_FIELDS,
    );
  }

  async deleteInitiative(tx: Tx, id: string, version: number): Promise<void> {
    const row = (await this.manageable(tx, INITIATIVE, id)) as InitiativeEntity;
    this.assertFree(row);
    await this.deleteRow(tx, INITIATIVE, row, version);
    await tx.audit.deleted<InitiativeAuditView>(
      'initiative.delete',
      recordTarget('Initiative', row, row.title),
      initiativeAuditView(row),
      INITIATIVE_AUDIT_FIELDS,
    );
  }

  async deleteHold(tx: Tx, id: string, version: number): Promise<void> {
    const row = (await this.manageable(tx, HOLD, id)) as HoldEntity;
    await this.deleteRow(tx, HOLD, row, version);
    await tx.audit.deleted<HoldAuditView>(
      'hold.delete',
      recordTarget('Hold', row, HOLD_KINDS[row.kind]),
      holdAuditView(row),
      HOLD_AUDIT_FIELDS,
    );
  }

  /** Deletes the row at `version` (a save in between is a CONFLICT). */
  private async deleteRow(
    tx: Tx,
    kind: KindSpec,
    row: SubjectRecordEntity,
    version: number,
  ): Promise<void> {
    const result = await tx.em
      .createQueryBuilder()
      .delete()
      .from(kind.entity)
      .where('id = :id AND version = :version', { id: row.id, version })
      .execute();
    if (!result.affected) throw this.conflict(kind, row);
  }

  /** Evaluations and award records: their own columns are their audit fields. */
  private async saveVersioned<E extends EvaluationEntity | AwardRecordEntity>(
    tx: Tx,
    kind: KindSpec,
    before: E,
    version: number,
    patch: Partial<E>,
    operation: 'evaluation.update' | 'awardRecord.update',
    what: () => string,
  ): Promise<E> {
    const fields = (
      operation === 'evaluation.update' ? EVALUATION_AUDIT_FIELDS : AWARD_RECORD_AUDIT_FIELDS
    ) as readonly (keyof E & string)[];
    const after = { ...before, ...patch } as E;
    const changes = diffFields<E>(before, after, fields);
    if (!changes.length) {
      if (version !== before.version) throw this.conflict(kind, before);
      return before;
    }
    await tx.updateVersioned(
      kind.entity as EntityTarget<E>,
      before.id,
      version,
      patch,
      this.describe(kind, before),
    );
    await tx.audit.event(operation, recordTarget(kind.entityType, after, what()), changes);
    return tx.em.findOneByOrFail(kind.entity as EntityTarget<E>, { id: before.id } as never);
  }

  private describe(kind: KindSpec, row: SubjectRecordEntity) {
    return { what: kind.what, label: row.subjectName, entityType: kind.entityType };
  }

  private conflict(kind: KindSpec, row: SubjectRecordEntity): AppError {
    return AppError.conflict(kind.what, row.subjectName, kind.entityType, row.id);
  }

  /** People's codes (the exports' "Mã nhân sự"), one read for a page of rows. */
  async personCodes(personIds: readonly (string | null)[]): Promise<Map<string, string | null>> {
    const ids = [...new Set(personIds.filter((id): id is string => !!id))];
    if (!ids.length) return new Map();
    const rows: { id: string; code: string | null }[] = await this.db.manager.query(
      `SELECT id, code::text AS code FROM people WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.code]));
  }

  // ---------------------------------------------------------------------------------------------------
  // for the Excel imports (evaluation-import.handler.ts, award-record-import.handler.ts)

  /** The evaluations of these people in these years, keyed `personId|year`. */
  async personEvaluations(
    personIds: string[],
    years: number[],
  ): Promise<Map<string, EvaluationEntity>> {
    if (!personIds.length || !years.length) return new Map();
    const rows = await this.repo(EvaluationEntity).findBy({
      personId: In(personIds),
      year: In(years),
    });
    return new Map(rows.map((r) => [`${r.personId}|${r.year}`, r]));
  }

  /** The collective evaluations of these units in these years, keyed `unitId|year`. */
  async unitEvaluations(
    unitIds: string[],
    years: number[],
  ): Promise<Map<string, EvaluationEntity>> {
    if (!unitIds.length || !years.length) return new Map();
    const rows = await this.repo(EvaluationEntity).findBy({
      subject: 'COLLECTIVE',
      unitId: In(unitIds),
      year: In(years),
    });
    return new Map(rows.map((r) => [`${r.unitId}|${r.year}`, r]));
  }

  /** The award records of these people and units in these years (the import's duplicates). */
  async awardRecordsOf(
    personIds: string[],
    unitIds: string[],
    years: number[],
  ): Promise<AwardRecordEntity[]> {
    if (!years.length || (!personIds.length && !unitIds.length)) return [];
    return this.repo(AwardRecordEntity)
      .createQueryBuilder('r')
      .where('r.year = ANY(:years::int[])', { years })
      .andWhere(
        `(r.person_id = ANY(:personIds::uuid[]) OR (r.subject <> 'INDIVIDUAL' AND r.unit_id = ANY(:unitIds::uuid[])))`,
        { personIds, unitIds },
      )
      .getMany();
  }

  /**
   * Writes imported evaluations (checked in this transaction): inserts in statements of RECORDS_CHUNK
   * rows, updates version-guarded (an evaluation saved meanwhile is a CONFLICT and nothing is
   * written), one audit row per unit and chunk. `done` reports progress.
   */
  async bulkWriteEvaluations(
    tx: Tx,
    rows: readonly ImportedEvaluation[],
    done: (n: number) => Promise<void>,
  ): Promise<void> {
    let count = 0;
    const inserts = rows.filter((r) => !r.existing);
    const updates = rows.flatMap((r) => (r.existing ? [{ ...r, existing: r.existing }] : []));
    for (let start = 0; start < inserts.length; start += RECORDS_CHUNK) {
      const chunk = inserts.slice(start, start + RECORDS_CHUNK);
      const ids = chunk.map(() => randomUUID());
      try {
        await tx.em.getRepository(EvaluationEntity).insert(
          chunk.map((r, i) => ({
            id: ids[i] as string,
            subject: r.subject.subject,
            personId: r.subject.personId,
            unitId: r.subject.unit.id,
            unitPath: r.subject.unit.path,
            subjectName: r.subject.subjectName,
            year: r.year,
            grade: r.grade,
            source: r.source,
            note: r.note,
          })),
        );
      } catch (error) {
        if (isUniqueViolation(error))
          throw new AppError(
            'CONFLICT',
            'Một số kết quả đánh giá vừa được người khác ghi nhận. Vui lòng xem trước lại tệp.',
          );
        throw error;
      }
      await this.auditImport(
        tx,
        'evaluation.import',
        'Evaluation',
        chunk.map((r, i) => ({
          unit: r.subject.unit,
          field: `evaluation:${ids[i]}`,
          before: undefined,
          after: {
            subjectName: r.subject.subjectName,
            year: r.year,
            grade: r.grade,
            source: r.source,
          },
        })),
      );
      count += chunk.length;
      await done(count);
    }
    for (let start = 0; start < updates.length; start += RECORDS_CHUNK) {
      const chunk = updates.slice(start, start + RECORDS_CHUNK);
      const result: unknown[] = await tx.em.query(
        `UPDATE evaluations e
            SET grade = v.grade, source = v.source, note = v.note, version = e.version + 1, updated_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, version int, grade text, source text, note text)
          WHERE e.id = v.id AND e.version = v.version
          RETURNING e.id`,
        [
          JSON.stringify(
            chunk.map((r) => ({
              id: r.existing.id,
              version: r.existing.version,
              grade: r.grade,
              source: r.source,
              note: r.note,
            })),
          ),
        ],
      );
      const written = new Set(
        ((Array.isArray(result[0]) ? result[0] : result) as { id: string }[]).map((w) => w.id),
      );
      const missed = chunk.find((r) => !written.has(r.existing.id));
      if (missed) throw this.conflict(EVALUATION, missed.existing);
      await this.auditImport(
        tx,
        'evaluation.import',
        'Evaluation',
        chunk.map((r) => ({
          unit: r.subject.unit,
          field: `evaluation:${r.existing.id}`,
          before: { grade: r.existing.grade, source: r.existing.source },
          after: {
            subjectName: r.subject.subjectName,
            year: r.year,
            grade: r.grade,
            source: r.source,
          },
        })),
      );
      count += chunk.length;
      await done(count);
    }
  }

  /** Writes imported award records (new ones only: an award already recorded is skipped by the plan). */
  async bulkInsertAwardRecords(
    tx: Tx,
    rows: readonly ImportedAwardRecord[],
    done: (n: number) => Promise<void>,
  ): Promise<void> {
    let count = 0;
    for (let start = 0; start < rows.length; start += RECORDS_CHUNK) {
      const chunk = rows.slice(start, start + RECORDS_CHUNK);
      const ids = chunk.map(() => randomUUID());
      await tx.em.getRepository(AwardRecordEntity).insert(
        chunk.map((r, i) => ({
          id: ids[i] as string,
          subject: r.subject.subject,
          personId: r.subject.personId,
          unitId: r.subject.unit.id,
          unitPath: r.subject.unit.path,
          subjectName: r.subject.subjectName,
          householdAddress: r.subject.householdAddress,
          ...r.fields,
        })),
      );
      await this.auditImport(
        tx,
        'awardRecord.import',
        'AwardRecord',
        chunk.map((r, i) => ({
          unit: r.subject.unit,
          field: `awardRecord:${ids[i]}`,
          before: undefined,
          after: {
            subjectName: r.subject.subjectName,
            awardName: r.fields.awardName,
            year: r.fields.year,
            decisionNumber: r.fields.decisionNumber,
          },
        })),
      );
      count += chunk.length;
      await done(count);
    }
  }

  private async auditImport(
    tx: Tx,
    operation: 'evaluation.import' | 'awardRecord.import' | 'awardRecord.create',
    entityType: AuditEntityType,
    items: { unit: UnitEntity; field: string; before: unknown; after: unknown }[],
  ): Promise<void> {
    const byUnit = new Map<string, typeof items>();
    for (const item of items) byUnit.set(item.unit.id, [...(byUnit.get(item.unit.id) ?? []), item]);
    for (const list of byUnit.values()) {
      const unit = (list[0] as (typeof items)[number]).unit;
      const changes: AuditChange[] = list.map((i) => ({
        field: i.field,
        before: i.before,
        after: i.after,
      }));
      await tx.audit.bulk(operation, recordsTarget(entityType, unit), changes);
    }
  }
}

/** An evaluation row of an import, checked; `existing` is the row to update (with its version). */
export interface ImportedEvaluation {
  subject: ResolvedSubject;
  year: number;
  grade: EvaluationGrade;
  source: string | null;
  note: string | null;
  existing: EvaluationEntity | null;
}

export interface ImportedAwardRecord {
  subject: ResolvedSubject;
  fields: ReturnType<RecordsService['awardFields']>;
}
