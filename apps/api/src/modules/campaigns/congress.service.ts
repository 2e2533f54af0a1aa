import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In, type Repository } from 'typeorm';
import {
  balanceRequirementProblems,
  CONGRESS_LEVEL_RANK,
  CONGRESS_LEVELS,
  CONGRESS_LIMITS,
  congressBalance,
  defaultCongressAgenda,
  isIssuedStatus,
  todayInVietnam,
  oneLine,
  type BalanceReport,
  type BalanceRequirement,
  type BalanceStaffCategory,
  type CongressForm,
  type CongressLevel,
  type CongressStatus,
  type IsoDate,
  type Permission,
} from '@thidua/shared-domain';
import { isWithinPath } from '../../core/auth/actor';
import { UnitScopes, whereInScope } from '../../core/auth/unit-scope';
import { diffFields } from '../../core/audit/diff';
import type { RequestContext } from '../../core/context/request-context';
import { addSearch, rankedBy, searchRank } from '../../core/database/search';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError, type FieldErrors } from '../../core/errors/app-error';
import {
  paginate,
  type ConnectionShape,
  type KeysetSort,
  type PageArgs,
} from '../../core/graphql/connection';
import { byKeys, loaderKey } from '../../core/graphql/loaders';
import { OrgService } from '../org/org.service';
import { CampaignPlanEntity } from './campaign-plan.entity';
import { CampaignCascadeService } from './campaign-cascade.service';
import {
  CONGRESS_AUDIT_FIELDS,
  congressAuditView,
  congressTarget,
  type CongressAuditView,
} from './congress-audit';
import { CongressDelegateEntity, CongressEntity } from './congress.entity';

const READ: Permission = 'CAMPAIGN_READ';
const MANAGE: Permission = 'CAMPAIGN_MANAGE';
const WHAT = 'Đại hội, hội nghị';
const HELD_READ_ONLY = 'Đại hội, hội nghị đã tổ chức: không sửa, xóa được';

/** What a caller sends to create or edit a congress (plan and host unit are fixed at creation). */
export interface CongressData {
  level: CongressLevel;
  name: string;
  form: CongressForm;
  windowFrom: IsoDate;
  windowTo: IsoDate;
  duration?: string | null;
  venue?: string | null;
  delegateTarget?: number | null;
  requirements?: readonly BalanceRequirement[] | null;
  agenda?: readonly string[] | null;
  upperCongressId?: string | null;
}

export interface CongressFilter {
  level?: CongressLevel | null;
  underUnitId?: string | null;
  status?: CongressStatus | null;
  search?: string | null;
}

export interface DelegateChange {
  personId: string;
  sector?: string | null;
  directWorker?: boolean | null;
  toUpper?: boolean | null;
}

/**
 * A delegate with what the lists, the balance and the export read of them: the delegate row, its
 * congress's host, the person's attributes and the position the congress counts (in the host's
 * subtree and held on the congress's day when there is one). One statement reads a whole batch.
 */
export interface DelegateFacts {
  id: string;
  congressId: string;
  upperCongressId: string | null;
  hostUnitId: string;
  hostUnitPath: string;
  personId: string;
  sector: string | null;
  directWorker: boolean;
  toUpper: boolean;
  position: number;
  code: string | null;
  fullName: string;
  sex: 'MALE' | 'FEMALE';
  dateOfBirth: IsoDate | null;
  ethnicity: string | null;
  religion: string | null;
  hometown: string | null;
  partyMember: boolean;
  partyJoinedOn: IsoDate | null;
  note: string | null;
  personVersion: number;
  title: string | null;
  unitId: string | null;
  staffCategory: BalanceStaffCategory | null;
}

/**
 * The facts of delegates matching `where` (over `d`, the delegate, and `c`, its congress). The
 * position counted: one in the host's subtree first, then one held on the congress's day (held, else
 * the last day of its window), then the latest.
 */
const FACTS_SQL = (where: string) => `
  SELECT d.id, d.congress_id, c.upper_congress_id, c.unit_id AS host_unit_id,
         c.unit_path::text AS host_unit_path, d.person_id, d.sector, d.direct_worker, d.to_upper,
         d.position, p.code::text AS code, p.full_name, p.sex, p.date_of_birth::text AS date_of_birth,
         p.ethnicity, p.religion, p.hometown, p.party_member,
         p.party_joined_on::text AS party_joined_on, p.note, p.version AS person_version,
         pos.title, pos.unit_id, pos.staff_category
    FROM congress_delegates d
    JOIN congresses c ON c.id = d.congress_id
    JOIN people p ON p.id = d.person_id
    LEFT JOIN LATERAL (
      SELECT x.title, x.unit_id, x.staff_category
        FROM positions x JOIN units xu ON xu.id = x.unit_id
       WHERE x.person_id = d.person_id
       ORDER BY (xu.path <@ c.unit_path) DESC,
                (x.started_on <= COALESCE(c.held_on, c.window_to)
                  AND (x.ended_on IS NULL OR x.ended_on > COALESCE(c.held_on, c.window_to))) DESC,
                x.started_on DESC, x.id
       LIMIT 1) pos ON true
   WHERE ${where}
   ORDER BY d.congress_id, d.position`;

interface FactsRow {
  id: string;
  congress_id: string;
  upper_congress_id: string | null;
  host_unit_id: string;
  host_unit_path: string;
  person_id: string;
  sector: string | null;
  direct_worker: boolean;
  to_upper: boolean;
  position: number;
  code: string | null;
  full_name: string;
  sex: 'MALE' | 'FEMALE';
  date_of_birth: string | null;
  ethnicity: string | null;
  religion: string | null;
  hometown: string | null;
  party_member: boolean;
  party_joined_on: string | null;
  note: string | null;
  person_version: number;
  title: string | null;
  unit_id: string | null;
  staff_category: BalanceStaffCategory | null;
}

function toFacts(r: FactsRow): DelegateFacts {
  return {
    id: r.id,
    congressId: r.congress_id,
    upperCongressId: r.upper_congress_id,
    hostUnitId: r.host_unit_id,
    hostUnitPath: r.host_unit_path,
    personId: r.person_id,
    sector: r.sector,
    directWorker: r.direct_worker,
    toUpper: r.to_upper,
    position: Number(r.position),
    code: r.code,
    fullName: r.full_name,
    sex: r.sex,
    dateOfBirth: r.date_of_birth,
    ethnicity: r.ethnicity,
    religion: r.religion,
    hometown: r.hometown,
    partyMember: r.party_member,
    partyJoinedOn: r.party_joined_on,
    note: r.note,
    personVersion: Number(r.person_version),
    title: r.title,
    unitId: r.unit_id,
    staffCategory: r.staff_category,
  };
}

/** The key of a balance read: the congress, and whether the delegates sent from below count too. */
export function balanceKey(congressId: string, includeFromBelow: boolean): string {
  return includeFromBelow ? `${congressId}|below` : congressId;
}

function optionalLine(value: string | null | undefined): string | null {
  return oneLine(value) || null;
}

/** The day a congress's ages are computed on: held, else the last day of its window. */
export function congressDay(c: { heldOn: IsoDate | null; windowTo: IsoDate }): IsoDate {
  // the last day, not the first: whoever is young on it was young on every day of the window
  return c.heldOn ?? c.windowTo;
}

/** A requirement as stored: only the figures given, sectors trimmed. */
function storedRequirement(r: BalanceRequirement): BalanceRequirement {
  const out: BalanceRequirement = { criterion: r.criterion };
  if (r.minShare !== null && r.minShare !== undefined) out.minShare = r.minShare;
  if (r.minCount !== null && r.minCount !== undefined) out.minCount = r.minCount;
  if (r.maxAge !== null && r.maxAge !== undefined) out.maxAge = r.maxAge;
  if (r.sectors?.length) out.sectors = r.sectors.map(oneLine);
  return out;
}

/**
 * Đại hội thi đua yêu nước and hội nghị of issued plans (issue 10, "Congresses"; seed 003). A congress
 * is read with CAMPAIGN_READ in its host unit's scope (`unit_path`, ADR 0013), changed with
 * CAMPAIGN_MANAGE there; outside the scope it does not exist for the caller. Its delegates are
 * people working in the host's subtree; each change to the congress or its list bumps its version.
 */
@Injectable()
export class CongressService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
    private readonly cascade: CampaignCascadeService,
  ) {}

  private get congresses(): Repository<CongressEntity> {
    return this.db.repo(CongressEntity);
  }

  private get delegates(): Repository<CongressDelegateEntity> {
    return this.db.repo(CongressDelegateEntity);
  }

  readonly congressById = loaderKey<string, CongressEntity | null>('congressById', async (ids) =>
    byKeys(ids, await this.congresses.findBy({ id: In([...ids]) }), (c) => c.id),
  );

  /** Số, ký hiệu and trích yếu of each congress's plan (an issued plan's, printed on its nơi nhận). */
  readonly planHeadingOf = loaderKey<string, { symbol: string | null; title: string } | null>(
    'congressPlanHeading',
    async (ids) =>
      byKeys(
        ids,
        await this.db.repo(CampaignPlanEntity).find({
          select: { id: true, symbol: true, title: true },
          where: { id: In([...ids]) },
        }),
        (p) => p.id,
      ),
  );

  readonly delegateCountOf = loaderKey<string, number>('congressDelegateCount', async (ids) => {
    const rows: { congress_id: string; n: number }[] = await this.db.manager.query(
      `SELECT congress_id, count(*)::int AS n FROM congress_delegates
        WHERE congress_id = ANY($1::uuid[]) GROUP BY congress_id`,
      [[...ids]],
    );
    const map = new Map(rows.map((r) => [r.congress_id, Number(r.n)]));
    return ids.map((id) => map.get(id) ?? 0);
  });

  /** A page's delegates with their facts (one statement per page). */
  readonly delegateFactsById = loaderKey<string, DelegateFacts | null>(
    'congressDelegateFacts',
    async (ids) => {
      const rows: FactsRow[] = await this.db.manager.query(FACTS_SQL('d.id = ANY($1::uuid[])'), [
        [...ids],
      ]);
      return byKeys(ids, rows.map(toFacts), (f) => f.id);
    },
  );

  /**
   * Every delegate a balance counts, per `balanceKey`: the congress's own and, with "|below", those
   * the congresses below marked for it (a person once). One statement for the whole batch.
   */
  readonly balanceFactsOf = loaderKey<string, DelegateFacts[]>(
    'congressBalanceFacts',
    async (keys) => {
      const own = [...new Set(keys.map((k) => k.split('|')[0] as string))];
      const below = [
        ...new Set(keys.filter((k) => k.endsWith('|below')).map((k) => k.split('|')[0] as string)),
      ];
      const rows: FactsRow[] = await this.db.manager.query(
        FACTS_SQL(
          `d.congress_id = ANY($1::uuid[]) OR (d.to_upper AND c.upper_congress_id = ANY($2::uuid[]))`,
        ),
        [own, below],
      );
      const facts = rows.map(toFacts);
      return keys.map((key) => {
        const [id, flag] = key.split('|');
        const mine = facts.filter(
          (f) => f.congressId === id || (flag === 'below' && f.toUpper && f.upperCongressId === id),
        );
        const seen = new Set<string>();
        return mine.filter((f) => !seen.has(f.personId) && !!seen.add(f.personId));
      });
    },
  );

  // ---------------------------------------------------------------------------------------------------
  // reading (CAMPAIGN_READ, scoped by the host unit)

  async list(
    ctx: RequestContext,
    planId: string,
    f: CongressFilter,
    page: PageArgs,
  ): Promise<ConnectionShape<CongressEntity>> {
    const qb = this.congresses.createQueryBuilder('c').where('c.plan_id = :planId', { planId });
    whereInScope(qb, await this.scopes.of(ctx.actor, READ), 'c.unit_path');
    if (f.level) qb.andWhere('c.level = :level', { level: f.level });
    if (f.status) qb.andWhere('c.status = :status', { status: f.status });
    if (f.underUnitId) {
      const unit = await this.org.findById(f.underUnitId);
      // an unknown unit filters everything out (it names nothing)
      if (!unit) qb.andWhere('1 = 0');
      else qb.andWhere('c.unit_path <@ CAST(:underPath AS ltree)', { underPath: unit.path });
    }
    const search = f.search?.trim();
    let sort: KeysetSort<CongressEntity>;
    if (search) {
      addSearch(qb, search, 'c.name');
      sort = rankedBy(qb, searchRank('c.name'), 'c.id');
    } else {
      sort = {
        expression: 'c.window_from',
        direction: 'ASC',
        value: (c) => c.windowFrom,
        idExpression: 'c.id',
        id: (c) => c.id,
      };
    }
    return paginate(qb, page, sort);
  }

  /** The congress if the actor reads it (CAMPAIGN_READ at its host unit), else NOT_FOUND. */
  async get(ctx: RequestContext, id: string): Promise<CongressEntity> {
    const congress = await this.congresses.findOneBy({ id });
    if (!congress || !(await this.scopes.covers(ctx.actor, READ, congress.unitPath)))
      throw AppError.notFound(WHAT, id);
    return congress;
  }

  /** May the actor read this congress (CAMPAIGN_READ at its host)? */
  canRead(ctx: RequestContext, c: { unitPath: string }): Promise<boolean> {
    return this.scopes.covers(ctx.actor, READ, c.unitPath);
  }

  /** May the actor change this congress (CAMPAIGN_MANAGE at its host)? */
  canManage(ctx: RequestContext, c: { unitPath: string }): Promise<boolean> {
    return this.scopes.covers(ctx.actor, MANAGE, c.unitPath);
  }

  /** May the actor read the personal data of people working under `path` (PERSON_READ there)? */
  canReadPeopleAt(ctx: RequestContext, path: string): Promise<boolean> {
    return this.scopes.covers(ctx.actor, 'PERSON_READ', path);
  }

  /** The congress's delegates in list order (the caller has read the congress). */
  delegatePage(
    congressId: string,
    page: PageArgs,
    onlyToUpper = false,
  ): Promise<ConnectionShape<CongressDelegateEntity>> {
    const qb = this.delegates
      .createQueryBuilder('d')
      .where('d.congress_id = :congressId', { congressId });
    if (onlyToUpper) qb.andWhere('d.to_upper');
    return paginate(qb, page, {
      expression: 'd.position',
      direction: 'ASC',
      value: (d) => d.position,
      idExpression: 'd.id',
      id: (d) => d.id,
    });
  }

  /**
   * The delegates the congresses below elected to this one (`toUpper` in a congress whose upper is
   * this one), by congress then list order. The caller has read this congress: they are its delegates,
   * wherever they come from.
   */
  fromBelowPage(
    congressId: string,
    page: PageArgs,
  ): Promise<ConnectionShape<CongressDelegateEntity>> {
    const qb = this.delegates
      .createQueryBuilder('d')
      // a condition, not a join: a join would make TypeORM page through a DISTINCT subquery
      .where(
        'd.congress_id IN (SELECT c.id FROM congresses c WHERE c.upper_congress_id = :congressId)',
        { congressId },
      )
      .andWhere('d.to_upper');
    return paginate(qb, page, {
      // grouped by congress, in each congress's order (a few hundred rows: no index needed)
      expression: `d.congress_id::text || ':' || lpad(d.position::text, 10, '0')`,
      direction: 'ASC',
      value: (d) => `${d.congressId}:${String(d.position).padStart(10, '0')}`,
      idExpression: 'd.id',
      id: (d) => d.id,
    });
  }

  /** The balance report of a congress over the facts its balance key read. */
  balance(
    congress: {
      requirements: readonly BalanceRequirement[];
      heldOn: IsoDate | null;
      windowTo: IsoDate;
    },
    facts: readonly DelegateFacts[],
  ): BalanceReport {
    return congressBalance(facts, congress.requirements, congressDay(congress));
  }

  // ---------------------------------------------------------------------------------------------------
  // writing (the caller's transaction; every change audited, every change bumps the version)

  async create(
    tx: Tx,
    planId: string,
    unitId: string,
    data: CongressData,
  ): Promise<CongressEntity> {
    const unit = await this.org.permittedAt(
      tx,
      unitId,
      MANAGE,
      (u) => `Bạn không có quyền tổ chức đại hội, hội nghị thi đua của đơn vị "${u.name}".`,
      'unitId',
    );
    if (unit.validTo !== null) {
      throw AppError.field(
        'unitId',
        `Đơn vị "${unit.name}" đã kết thúc hoạt động: không tổ chức đại hội, hội nghị mới cho đơn vị này.`,
      );
    }
    await this.checkedPlan(tx, planId, unit);
    const attrs = await this.checked(tx, data, { id: null, unitPath: unit.path });
    const repo = tx.em.getRepository(CongressEntity);
    const id = randomUUID();
    await repo.insert({
      id,
      planId,
      unitId: unit.id,
      unitPath: unit.path,
      status: 'PLANNED',
      heldOn: null,
      ...attrs,
    });
    const congress = await repo.findOneByOrFail({ id });
    await tx.audit.created<CongressAuditView>(
      'congress.create',
      congressTarget(congress),
      congressAuditView(congress),
      CONGRESS_AUDIT_FIELDS,
    );
    return congress;
  }

  /** Replaces every field the input carries; a save without changes writes nothing. */
  async update(tx: Tx, id: string, version: number, data: CongressData): Promise<CongressEntity> {
    const before = await this.manageable(tx, id, true);
    const attrs = await this.checked(tx, data, before);
    const beforeView = congressAuditView(before);
    const afterView = congressAuditView({ ...before, ...attrs });
    if (!diffFields(beforeView, afterView, CONGRESS_AUDIT_FIELDS).length) {
      if (version !== before.version) throw this.conflict(before);
      return before;
    }
    await this.bump(tx, before, version, attrs);
    const after = await tx.em.findOneByOrFail(CongressEntity, { id });
    await tx.audit.changed(
      'congress.update',
      congressTarget(after),
      beforeView,
      congressAuditView(after),
      CONGRESS_AUDIT_FIELDS,
    );
    return after;
  }

  /** Deletes a congress not yet held, with its delegates; refused while congresses below point at it. */
  async delete(tx: Tx, id: string, version: number): Promise<void> {
    const congress = await this.manageable(tx, id, true);
    if (version !== congress.version) throw this.conflict(congress);
    const lower = await tx.em.getRepository(CongressEntity).countBy({ upperCongressId: id });
    if (lower) {
      throw AppError.field(
        'id',
        `Có ${lower} đại hội, hội nghị cấp dưới đang gửi đại biểu lên "${congress.name}": bỏ liên kết trước khi xóa.`,
      );
    }
    const count = await tx.em.getRepository(CongressDelegateEntity).countBy({ congressId: id });
    await tx.em.getRepository(CongressDelegateEntity).delete({ congressId: id });
    const result = await tx.em
      .getRepository(CongressEntity)
      .delete({ id, version: congress.version });
    if (!result.affected) throw this.conflict(congress);
    await tx.audit.deleted<CongressAuditView & { delegates: number }>(
      'congress.delete',
      congressTarget(congress),
      { ...congressAuditView(congress), delegates: count },
      [...CONGRESS_AUDIT_FIELDS, 'delegates'],
    );
  }

  /** Records that the congress was held on `heldOn` (not after today), optionally where. */
  async hold(
    tx: Tx,
    id: string,
    version: number,
    heldOn: IsoDate,
    venue: string | null | undefined,
  ): Promise<CongressEntity> {
    const before = await this.manageable(tx, id, true);
    if (heldOn > todayInVietnam())
      throw AppError.field('heldOn', 'Ngày tổ chức không được sau ngày hôm nay.');
    const patch: Partial<CongressEntity> = {
      status: 'HELD',
      heldOn,
      venue: optionalLine(venue) ?? before.venue,
    };
    await this.bump(tx, before, version, patch);
    const after = await tx.em.findOneByOrFail(CongressEntity, { id });
    await tx.audit.changed(
      'congress.hold',
      congressTarget(after),
      congressAuditView(before),
      congressAuditView(after),
      CONGRESS_AUDIT_FIELDS,
    );
    return after;
  }

  /**
   * Adds delegates at the end of the list (a person already in it: sector and marks updated) and
   * removes others, for a congress not yet held. Each added person must work today in the host unit
   * or below it. All problems at once; one audit row.
   */
  async setDelegates(
    tx: Tx,
    id: string,
    version: number,
    add: readonly DelegateChange[],
    remove: readonly string[],
  ): Promise<CongressEntity> {
    const congress = await this.manageable(tx, id, true);
    const errors: FieldErrors = {};
    const problem = (field: string, message: string) => (errors[field] ??= []).push(message);
    const repo = tx.em.getRepository(CongressDelegateEntity);
    const current = await repo.find({ where: { congressId: id }, order: { position: 'ASC' } });
    const byPerson = new Map(current.map((d) => [d.personId, d]));
    const adding = new Set<string>();
    add.forEach((a, i) => {
      if (adding.has(a.personId)) problem(`add.${i}.personId`, 'Một người được thêm hai lần.');
      adding.add(a.personId);
    });
    const removing = new Set<string>();
    remove.forEach((personId, i) => {
      if (removing.has(personId)) problem(`remove.${i}`, 'Một người được bớt hai lần.');
      else if (adding.has(personId))
        problem(`remove.${i}`, 'Một người không thể vừa được thêm vừa bị bớt.');
      else if (!byPerson.has(personId))
        problem(`remove.${i}`, 'Người này không có trong danh sách đại biểu.');
      removing.add(personId);
    });
    const newcomers = add.filter((a) => !byPerson.has(a.personId)).map((a) => a.personId);
    const working = await this.workingUnder(newcomers, congress.unitPath, todayInVietnam());
    add.forEach((a, i) => {
      if (!byPerson.has(a.personId) && !working.has(a.personId))
        problem(
          `add.${i}.personId`,
          'Người này không công tác tại đơn vị tổ chức hoặc đơn vị trực thuộc.',
        );
    });
    const size = current.length + newcomers.length - removing.size;
    if (size > CONGRESS_LIMITS.delegates)
      problem('add', `Danh sách đại biểu tối đa ${CONGRESS_LIMITS.delegates} người.`);
    if (Object.keys(errors).length) throw AppError.badInput(errors);

    const names = await this.namesOf(tx, [...adding, ...removing]);
    const who = (personId: string) => ({ personId, fullName: names.get(personId) ?? '' });
    const added: { personId: string; fullName: string }[] = [];
    const changed: { personId: string; fullName: string }[] = [];
    let next = current.reduce((m, d) => Math.max(m, d.position), 0) + 1;
    const inserts: Partial<CongressDelegateEntity>[] = [];
    for (const a of add) {
      const sector = optionalLine(a.sector);
      const directWorker = a.directWorker ?? false;
      const existing = byPerson.get(a.personId);
      if (!existing) {
        inserts.push({
          congressId: id,
          personId: a.personId,
          sector,
          directWorker,
          toUpper: a.toUpper ?? false,
          position: next++,
        });
        added.push(who(a.personId));
        continue;
      }
      const patch = { sector, directWorker, toUpper: a.toUpper ?? existing.toUpper };
      if (
        patch.sector !== existing.sector ||
        patch.directWorker !== existing.directWorker ||
        patch.toUpper !== existing.toUpper
      ) {
        await repo.update({ id: existing.id }, patch);
        changed.push(who(a.personId));
      }
    }
    if (inserts.length) await repo.insert(inserts);
    if (removing.size) await repo.delete({ congressId: id, personId: In([...removing]) });
    if (!added.length && !changed.length && !removing.size) {
      if (version !== congress.version) throw this.conflict(congress);
      return congress;
    }
    await this.bump(tx, congress, version, {});
    const after = await tx.em.findOneByOrFail(CongressEntity, { id });
    await tx.audit.event('congress.delegates', congressTarget(after), [
      { field: 'delegates', before: current.length, after: size },
      ...(added.length ? [{ field: 'delegatesAdded', after: added }] : []),
      ...(changed.length ? [{ field: 'updated', after: changed }] : []),
      ...(removing.size ? [{ field: 'delegatesRemoved', before: [...removing].map(who) }] : []),
    ]);
    return after;
  }

  /**
   * Marks (or unmarks) delegates as elected to the congress above: at the congress itself ("Thông
   * qua danh sách đại biểu tham dự Đại hội cấp trên"), so also once it is held.
   */
  async markToUpper(
    tx: Tx,
    id: string,
    version: number,
    personIds: readonly string[],
    toUpper: boolean,
  ): Promise<CongressEntity> {
    const congress = await this.manageable(tx, id, false);
    if (!personIds.length) throw AppError.field('personIds', 'Cần chọn ít nhất một đại biểu.');
    const repo = tx.em.getRepository(CongressDelegateEntity);
    const rows = await repo.find({ where: { congressId: id, personId: In([...personIds]) } });
    const byPerson = new Map(rows.map((d) => [d.personId, d]));
    const errors: FieldErrors = {};
    const seen = new Set<string>();
    personIds.forEach((personId, i) => {
      if (seen.has(personId)) (errors[`personIds.${i}`] ??= []).push('Một người được nêu hai lần.');
      else if (!byPerson.has(personId))
        (errors[`personIds.${i}`] ??= []).push('Người này không có trong danh sách đại biểu.');
      seen.add(personId);
    });
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    const changing = rows.filter((d) => d.toUpper !== toUpper);
    if (!changing.length) {
      if (version !== congress.version) throw this.conflict(congress);
      return congress;
    }
    await repo.update({ id: In(changing.map((d) => d.id)) }, { toUpper });
    await this.bump(tx, congress, version, {});
    const after = await tx.em.findOneByOrFail(CongressEntity, { id });
    const names = await this.namesOf(
      tx,
      changing.map((d) => d.personId),
    );
    await tx.audit.event('congress.delegatesToUpper', congressTarget(after), [
      {
        field: 'toUpper',
        before: !toUpper,
        after: toUpper,
      },
      {
        field: 'delegates',
        after: changing.map((d) => ({
          personId: d.personId,
          fullName: names.get(d.personId) ?? '',
        })),
      },
    ]);
    return after;
  }

  // ---------------------------------------------------------------------------------------------------

  /**
   * The congress, if the actor reads it (else NOT_FOUND) and manages it at its host unit (else
   * FORBIDDEN); with `plannedOnly`, not yet held (else READ_ONLY).
   */
  private async manageable(tx: Tx, id: string, plannedOnly: boolean): Promise<CongressEntity> {
    const congress = await tx.em.findOneBy(CongressEntity, { id });
    const actor = tx.ctx.actor;
    if (!congress || !(await this.scopes.covers(actor, READ, congress.unitPath)))
      throw AppError.notFound(WHAT, id);
    if (!(await this.scopes.covers(actor, MANAGE, congress.unitPath)))
      throw AppError.forbidden(`Bạn không có quyền sửa đại hội, hội nghị "${congress.name}".`);
    if (plannedOnly && congress.status === 'HELD') throw AppError.readOnly(`${HELD_READ_ONLY}.`);
    return congress;
  }

  /** The version check and bump of every change to a congress or its delegates. */
  private async bump(
    tx: Tx,
    congress: CongressEntity,
    version: number,
    patch: Partial<CongressEntity>,
  ): Promise<void> {
    await tx.updateVersioned(CongressEntity, congress.id, version, patch, {
      what: WHAT,
      label: congress.name,
      entityType: 'Congress',
    });
  }

  /**
   * The plan a new congress follows: it exists and the caller reaches it (the host unit lies in its
   * issuer's subtree, or the caller reads the plan), else "does not exist"; and it is issued.
   */
  private async checkedPlan(tx: Tx, planId: string, host: { path: string }): Promise<void> {
    const plan = await tx.em.findOneBy(CampaignPlanEntity, { id: planId });
    const missing = () => AppError.field('planId', 'Kế hoạch không tồn tại.');
    if (!plan) throw missing();
    const issuer = await this.org.findById(plan.issuerUnitId);
    if (!issuer) throw missing();
    if (
      !isWithinPath(host.path, issuer.path) &&
      !(await this.cascade.readerOf(tx.ctx, plan, issuer.path))
    )
      throw missing();
    if (!isIssuedStatus(plan.status))
      throw AppError.field(
        'planId',
        'Kế hoạch chưa ban hành: chỉ tổ chức đại hội, hội nghị theo kế hoạch đã ban hành.',
      );
  }

  /** The rules the input classes cannot state, all problems at once; the stored attributes. */
  private async checked(
    tx: Tx,
    d: CongressData,
    self: { id: string | null; unitPath: string },
  ): Promise<
    Pick<
      CongressEntity,
      | 'level'
      | 'name'
      | 'form'
      | 'windowFrom'
      | 'windowTo'
      | 'duration'
      | 'venue'
      | 'delegateTarget'
      | 'requirements'
      | 'agenda'
      | 'upperCongressId'
    >
  > {
    const errors: FieldErrors = {};
    const add = (field: string, message: string) => (errors[field] ??= []).push(message);
    const name = oneLine(d.name);
    if (!name) add('name', 'Tên đại hội, hội nghị không được để trống.');
    if (d.windowTo < d.windowFrom)
      add('windowTo', 'Thời gian tổ chức: ngày kết thúc không được trước ngày bắt đầu.');
    const requirements = (d.requirements ?? []).map(storedRequirement);
    for (const p of balanceRequirementProblems(requirements)) add(p.path, p.message);
    const agenda = d.agenda?.length
      ? d.agenda.map(oneLine)
      : defaultCongressAgenda(d.form, Number(d.windowFrom.slice(0, 4)));
    const upperCongressId = d.upperCongressId ?? null;
    if (upperCongressId) {
      const problem = await this.upperProblem(tx, upperCongressId, { ...self, level: d.level });
      if (problem) add('upperCongressId', problem);
    }
    if (self.id) {
      // the congresses below must stay below when this one's level changes
      const lower = await tx.em.getRepository(CongressEntity).find({
        where: { upperCongressId: self.id },
        select: { id: true, name: true, level: true },
      });
      const clash = lower.find((l) => CONGRESS_LEVEL_RANK[l.level] >= CONGRESS_LEVEL_RANK[d.level]);
      if (clash)
        add(
          'level',
          `"${clash.name}" (${CONGRESS_LEVELS[clash.level]}) gửi đại biểu lên đại hội, hội nghị này: cấp tổ chức phải cao hơn.`,
        );
    }
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return {
      level: d.level,
      name,
      form: d.form,
      windowFrom: d.windowFrom,
      windowTo: d.windowTo,
      duration: optionalLine(d.duration),
      venue: optionalLine(d.venue),
      delegateTarget: d.delegateTarget ?? null,
      requirements,
      agenda,
      upperCongressId,
    };
  }

  /**
   * Why `upperId` cannot be this congress's upper, or null. It must be reachable (hosted by the host
   * unit or one above it, or readable by the caller: else it "does not exist") and of a higher level.
   */
  private async upperProblem(
    tx: Tx,
    upperId: string,
    self: { id: string | null; unitPath: string; level: CongressLevel },
  ): Promise<string | null> {
    if (upperId === self.id) return 'Đại hội cấp trên không thể là chính đại hội, hội nghị này.';
    const upper = await tx.em.findOneBy(CongressEntity, { id: upperId });
    const reachable =
      !!upper &&
      (isWithinPath(self.unitPath, upper.unitPath) ||
        (await this.scopes.covers(tx.ctx.actor, READ, upper.unitPath)));
    if (!upper || !reachable) return 'Đại hội cấp trên không tồn tại.';
    if (CONGRESS_LEVEL_RANK[upper.level] <= CONGRESS_LEVEL_RANK[self.level])
      return `Đại hội cấp trên phải ở cấp cao hơn: "${upper.name}" là ${CONGRESS_LEVELS[upper.level].toLowerCase()}.`;
    return null;
  }

  /** Of `personIds`, those holding a position on `day` in a unit under `path`. */
  private async workingUnder(
    personIds: string[],
    path: string,
    day: IsoDate,
  ): Promise<Set<string>> {
    if (!personIds.length) return new Set();
    const rows: { person_id: string }[] = await this.db.manager.query(
      `SELECT DISTINCT x.person_id FROM positions x JOIN units u ON u.id = x.unit_id
        WHERE x.person_id = ANY($1::uuid[]) AND u.path <@ CAST($2 AS ltree)
          AND x.started_on <= $3 AND (x.ended_on IS NULL OR x.ended_on > $3)`,
      [personIds, path, day],
    );
    return new Set(rows.map((r) => r.person_id));
  }

  /** Full names for the audit row. */
  private async namesOf(tx: Tx, personIds: string[]): Promise<Map<string, string>> {
    if (!personIds.length) return new Map();
    const rows: { id: string; full_name: string }[] = await tx.em.query(
      `SELECT id, full_name FROM people WHERE id = ANY($1::uuid[])`,
      [personIds],
    );
    return new Map(rows.map((r) => [r.id, r.full_name]));
  }

  private conflict(c: CongressEntity): AppError {
    return AppError.conflict(WHAT, c.name, 'Congress', c.id);
  }
}
