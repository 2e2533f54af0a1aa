import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In, type EntityManager, type Repository, type SelectQueryBuilder } from 'typeorm';
import {
  isIsoDate,
  isoToVn,
  PERSON_CODE,
  PERSON_DATE_MESSAGES,
  personDateProblems,
  TEXT_LIMITS,
  todayInVietnam,
  blankToNull,
  type IsoDate,
} from '@thidua/shared-domain';
import { isWithinPath } from '../../core/auth/actor';
import { diffFields } from '../../core/audit/diff';
import { rankedBy, searchRank, wordsMatch } from '../../core/database/search';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { UnitScopes, inScope, scopePaths, type UnitScope } from '../../core/auth/unit-scope';
import { AppError, type FieldErrors } from '../../core/errors/app-error';
import { paginate, type ConnectionShape, type KeysetSort } from '../../core/graphql/connection';
import { groupByKeys, loaderKey } from '../../core/graphql/loaders';
import { OrgService } from '../org/org.service';
import { auditUnitsOfPeople, personTarget, positionTarget } from './person-audit';
import {
  attributesDiffer,
  bulkCreatePeople,
  bulkUpdatePeople,
  type BulkNewPerson,
  type BulkPersonChange,
} from './people-bulk';
import { PersonEntity, PositionEntity, type Sex, type StaffCategory } from './person.entity';

/** A person's own attributes (everything but positions). `code: undefined` keeps the current code. */
export interface PersonData {
  code?: string | null;
  fullName: string;
  sex: 'MALE' | 'FEMALE';
  dateOfBirth?: IsoDate | null;
  ethnicity?: string | null;
  religion?: string | null;
  hometown?: string | null;
  partyMember: boolean;
  partyJoinedOn?: IsoDate | null;
  note?: string | null;
}

export interface PositionData {
  unitId: string;
  title: string;
  startedOn: IsoDate;
  isLeader: boolean;
  staffCategory: StaffCategory;
}

export type { BulkNewPerson, BulkPersonChange } from './people-bulk';

export interface PeopleListFilter {
  search?: string | null;
  unitId?: string | null;
  /** With `unitId`: also positions in the units below it (default true). */
  includeDescendants?: boolean | null;
  sex?: Sex | null;
  partyMember?: boolean | null;
  staffCategory?: StaffCategory | null;
  /** Also people whose matching positions have all ended (default: current positions only). */
  includeFormer?: boolean | null;
}

/** Fields of a person that appear in the audit log. */
export const PERSON_AUDIT_FIELDS = [
  'code',
  'fullName',
  'sex',
  'dateOfBirth',
  'ethnicity',
  'religion',
  'hometown',
  'partyMember',
  'partyJoinedOn',
  'note',
] as const;

const POSITION_AUDIT_FIELDS = [
  'personId',
  'unitId',
  'title',
  'startedOn',
  'endedOn',
  'isLeader',
  'staffCategory',
] as const;

const SEXES: readonly string[] = ['MALE', 'FEMALE'];
const STAFF_CATEGORIES: readonly string[] = [
  'CIVIL_SERVANT',
  'PUBLIC_EMPLOYEE',
  'WORKER',
  'OFFICER',
  'OTHER',
];

type PersonAttributes = Pick<PersonEntity, (typeof PERSON_AUDIT_FIELDS)[number]>;

/** Ranked search: an exact code first, then by how closely the name matches. */
const RANK = `CASE WHEN p.code = :search::citext THEN 3 WHEN p.code::text ILIKE :codePart THEN 2.5 ELSE ${searchRank('p.full_name')} END`;

/**
 * Vietnamese alphabetical order of names: given name, then family name, then middle names (migration
 * PeopleVietnameseOrder: a key column kept by a trigger; `full_name` in "C" put "Đ…" after "V…").
 * The index people_name_sort_key_id serves it.
 */
const NAME_ORDER = `p.name_sort_key`;

/**
 * `ILIKE` pattern for part of a code ("000123" finds "CB-000123"), or one that matches nothing when
 * the query is under 3 characters or has spaces (the trigram index needs 3; a name query is words).
 */
function codePart(search: string): string {
  if (search.length < 3 || /\s/.test(search)) return '';
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Units a positions filter names: subtrees (paths, with those of the ended units that became part of
 * them) and, when there are few, their ids; or ids only.
 */
type PositionUnits =
  { paths: string[]; fewIds: string[] | null } | { paths: null; fewIds: string[] };

/**
 * Up to `smallSubtree` units, a people list reads the units' staff first (see `subtree`); past it,
 * people in list order. Both give the same rows; tests lower it to check that they do.
 */
export const PEOPLE_LIST_PLAN = { smallSubtree: 500 };

/** SQL: unit `alias` lies under one of the paths `:pathsParam` (former units' paths among them). */
function unitsSql(alias: string, pathsParam: string): string {
  return `${alias}.path <@ ANY(CAST(:${pathsParam} AS ltree[]))`;
}

/** SQL: position `alias` is held on :today (startedOn <= today < endedOn). */
function currentSql(alias: string): string {
  return `${alias}.started_on <= :today AND (${alias}.ended_on IS NULL OR ${alias}.ended_on > :today)`;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e =
    (error as {
      driverError?: { code?: string; constraint?: string };
      code?: string;
      constraint?: string;
    }) ?? {};
  const pg = e.driverError ?? e;
  return pg.code === '23505' && (!pg.constraint || pg.constraint === constraint);
}

/**
 * People (cán bộ, công chức, viên chức, người lao động) and their positions in units over time. One
 * person is one row however often they move; positions carry the unit, title and period. Personal data
 * is visible only to actors whose PERSON_READ scope covers a unit the person works or worked in.
 */
@Injectable()
export class PeopleService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
  ) {}

  private get people(): Repository<PersonEntity> {
    return this.db.repo(PersonEntity);
  }

  private get positions(): Repository<PositionEntity> {
    return this.db.repo(PositionEntity);
  }

  /** Every position of each person, newest first. */
  readonly positionsOf = loaderKey<string, PositionEntity[]>('personPositions', async (ids) =>
    groupByKeys(
      ids,
      await this.positions.find({
        where: { personId: In([...ids]) },
        order: { startedOn: 'DESC', createdAt: 'DESC' },
      }),
      (p) => p.personId,
    ),
  );

  /** The positions each person holds today, newest first. */
  readonly currentPositionsOf = loaderKey<string, PositionEntity[]>(
    'personCurrentPositions',
    async (ids) =>
      groupByKeys(
        ids,
        await this.currentPositionsQuery(this.positions, [...ids]).getMany(),
        (p) => p.personId,
      ),
  );

  /** Current positions per unit (Unit.peopleCount). */
  readonly peopleCountOf = loaderKey<string, number>('unitPeopleCount', async (ids) => {
    const rows: { unit_id: string; n: number }[] = await this.positions.query(
      `SELECT unit_id, count(*)::int AS n FROM positions
        WHERE unit_id = ANY($1) AND started_on <= $2 AND (ended_on IS NULL OR ended_on > $2)
        GROUP BY unit_id`,
      [[...ids], todayInVietnam()],
    );
    const map = new Map(rows.map((r) => [r.unit_id, Number(r.n)]));
    return ids.map((id) => map.get(id) ?? 0);
  });

  private currentPositionsQuery(
    repo: Repository<PositionEntity>,
    personIds: string[],
  ): SelectQueryBuilder<PositionEntity> {
    return repo
      .createQueryBuilder('pos')
      .where('pos.person_id IN (:...personIds)', { personIds })
      .andWhere(currentSql('pos'), { today: todayInVietnam() })
      .orderBy('pos.started_on', 'DESC')
      .addOrderBy('pos.created_at', 'DESC');
  }

  findById(id: string): Promise<PersonEntity | null> {
    return this.people.findOneBy({ id });
  }

  /** A person by id, batched per request (a field naming the person of a row). */
  readonly personById = loaderKey<string, PersonEntity | null>('personById', async (ids) => {
    const people = await this.findByIds(ids);
    return ids.map((id) => people.get(id) ?? null);
  });

  /** People by id in one read (ids not found are left out). */
  async findByIds(ids: readonly string[]): Promise<Map<string, PersonEntity>> {
    const wanted = [...new Set(ids)];
    if (!wanted.length) return new Map();
    const rows = await this.people.findBy({ id: In(wanted) });
    return new Map(rows.map((p) => [p.id, p]));
  }

  /** People by code, keyed by upper-case code (codes are case-insensitive). */
  async findByCodes(codes: string[]): Promise<Map<string, PersonEntity>> {
    const wanted = [...new Set(codes.map((c) => c.trim()).filter(Boolean))];
    if (!wanted.length) return new Map();
    const rows = await this.people
      .createQueryBuilder('p')
      .where('p.code = ANY(:codes::citext[])', { codes: wanted })
      .getMany();
    return new Map(rows.map((p) => [(p.code as string).toUpperCase(), p]));
  }

  /** The positions the person holds today, newest first. */
  async currentPositions(personId: string): Promise<PositionEntity[]> {
    const repo = this.positions;
    return this.currentPositionsQuery(repo, [personId]).getMany();
  }

  // ---------------------------------------------------------------------------------------------------
  // reading, within scope

  async list(
    ctx: RequestContext,
    f: PeopleListFilter & { first: number; after?: string | null },
  ): Promise<ConnectionShape<PersonEntity>> {
    const qb = this.people.createQueryBuilder('p');
    // the ended units that became part of the scope are looked up only if the filters need them
    const scope = ctx.actor.scope('PERSON_READ');
    if (scope.kind === 'none') qb.andWhere('1 = 0');
    const includeFormer = f.includeFormer ?? false;
    const includeDescendants = f.includeDescendants ?? true;
    const today = todayInVietnam();

    // A position matching the filters: at the unit (or its subtree), current unless includeFormer, of
    // the staff category. Without a unit, "current" means a current position within the scope.
    const needsPosition = !!f.unitId || !includeFormer || !!f.staffCategory;
    let scopeCovered = scope.kind === 'all';
    if (needsPosition) {
      let units: PositionUnits | null = null;
      if (f.unitId) {
        // the unit (or its subtree) and the ended units that became it: their staff roll up into it
        const unit = await this.org.findById(f.unitId);
        if (!unit) throw AppError.field('unitId', 'Đơn vị không tồn tại.');
        if (includeDescendants) {
          units = await this.subtree(await this.scopes.underPaths(ctx.actor, unit.path));
          // a unit inside the reader's scope needs no second scope check (its former units are in it too)
          if (scope.kind === 'units' && scope.paths.some((sp) => isWithinPath(unit.path, sp)))
            scopeCovered = true;
        } else {
          units = { paths: null, fewIds: await this.org.predecessorClosure([unit.id]) };
        }
      } else if (scope.kind === 'units') {
        units = await this.subtree(scopePaths(await this.scopes.of(ctx.actor, 'PERSON_READ')));
        scopeCovered = true;
      }
      const conditions: string[] = [];
      const params: Record<string, unknown> = {};
      if (!includeFormer) {
        params['today'] = today;
        conditions.push(currentSql('fp'));
      }
      if (f.staffCategory) {
        params['staffCategory'] = f.staffCategory;
        conditions.push('fp.staff_category = :staffCategory');
      }
      const unitIds = units?.fewIds;
      if (unitIds) {
        // a few units: their staff first (index on positions.unit_id), then those people by id
        params['positionUnitIds'] = unitIds;
        conditions.push('fp.unit_id = ANY(:positionUnitIds::uuid[])');
        qb.andWhere(
          `p.id = ANY(ARRAY(SELECT fp.person_id FROM positions fp WHERE ${conditions.join(' AND ')}))`,
          params,
        );
      } else {
        // many units (a province): people in list order, each checked by its own positions (indexed
        // by person), which stops as soon as the page and the capped count are full
        let join = '';
        if (units?.paths) {
          params['positionPaths'] = units.paths;
          conditions.push(unitsSql('fu', 'positionPaths'));
          join = 'JOIN units fu ON fu.id = fp.unit_id';
        }
        qb.andWhere(
          `EXISTS (SELECT 1 FROM positions fp ${join}
                    WHERE ${['fp.person_id = p.id', ...conditions].join(' AND ')})`,
          params,
        );
      }
    }
    if (!scopeCovered && scope.kind === 'units') {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM positions sp JOIN units su ON su.id = sp.unit_id
                  WHERE sp.person_id = p.id AND ${unitsSql('su', 'readScopePaths')})`,
        { readScopePaths: scopePaths(await this.scopes.of(ctx.actor, 'PERSON_READ')) },
      );
    }
    if (f.sex) qb.andWhere('p.sex = :sex', { sex: f.sex });
    if (f.partyMember !== null && f.partyMember !== undefined)
      qb.andWhere('p.party_member = :partyMember', { partyMember: f.partyMember });

    const search = f.search?.trim();
    let sort: KeysetSort<PersonEntity>;
    if (search) {
      const part = codePart(search);
      qb.andWhere(
        // the code branch only for a code-like query: an empty pattern in the OR cost the GIN plan
        // of a name search (a seq scan, "nguyen van a" 1.3 s instead of a few ms on 200,000 people)
        `(${wordsMatch('p.full_name')} OR p.code = :search::citext${part ? ' OR p.code::text ILIKE :codePart' : ''})`,
        { search, codePart: part },
      );
      sort = rankedBy(qb, RANK, 'p.id');
    } else {
      qb.addSelect(NAME_ORDER, 'name_key');
      sort = {
        expression: NAME_ORDER,
        direction: 'ASC',
        value: (p) => p.fullName,
        rawValueAlias: 'name_key',
        rawValueText: true,
        idExpression: 'p.id',
        id: (p) => p.id,
      };
    }
    return paginate(qb, f, sort);
  }

  /** A person the actor may read, or NOT_FOUND (we do not reveal who exists outside the scope). */
  async getVisible(ctx: RequestContext, id: string): Promise<PersonEntity> {
    const person = await this.findById(id);
    if (
      !person ||
      !(await this.isVisible(person.id, await this.scopes.of(ctx.actor, 'PERSON_READ')))
    ) {
      throw AppError.notFound('Nhân sự', id);
    }
    return person;
  }

  /** Some position of the person (current or past) lies in a unit within `scope`. */
  private async isVisible(personId: string, scope: UnitScope): Promise<boolean> {
    if (scope.kind === 'all') return true;
    if (scope.kind === 'none') return false;
    const rows: unknown[] = await this.people.manager.query(
      `SELECT 1 FROM positions p JOIN units u ON u.id = p.unit_id
        WHERE p.person_id = $1 AND u.path <@ ANY($2::ltree[]) LIMIT 1`,
      [personId, scopePaths(scope)],
    );
    return rows.length > 0;
  }

  /**
   * Ids of the units under `paths` when there are at most `PEOPLE_LIST_PLAN.smallSubtree` of them (a
   * list of thousands of ids costs the planner more than it saves).
   */
  private async subtree(paths: string[]): Promise<PositionUnits> {
    const limit = PEOPLE_LIST_PLAN.smallSubtree;
    const ids = await this.org.idsUnder(paths, limit + 1);
    return { paths, fewIds: ids.length > limit ? null : ids };
  }

  /** Where each person's audit rows are scoped (their current, else latest, post's unit): ADR 0010. */
  auditUnitsOf(em: EntityManager, personIds: string[]): Promise<Map<string, string | null>> {
    return auditUnitsOfPeople(em, personIds);
  }

  // ---------------------------------------------------------------------------------------------------
  // bulk writing for the Excel import (people-bulk.ts): this module owns `people` and `positions`, so
  // the import's one-statement-per-1 000-rows writes live here (tools/check-table-owners.mjs). The
  // import has checked every row (scope, dates, overlaps) in the same transaction before calling.

  /** Whether an import row would change any attribute of a known person (code excluded: it is the key). */
  importChanges(person: PersonEntity, data: PersonData): boolean {
    return attributesDiffer(person, data);
  }

  /** New people with their first position: two statements and one audit row per unit. */
  bulkCreate(tx: Tx, rows: readonly BulkNewPerson[]): Promise<void> {
    return bulkCreatePeople(tx, rows);
  }

  /** Attributes of known people, version-guarded (a concurrent save is a CONFLICT); one audit row per unit. */
  bulkUpdateAttributes(tx: Tx, rows: readonly BulkPersonChange[]): Promise<void> {
    return bulkUpdatePeople(tx, rows, (ids) => this.auditUnitsOf(tx.em, ids));
  }

  // ---------------------------------------------------------------------------------------------------
  // writing (caller's transaction; every change audited)

  /** Creates a person, and their first position if given. */
  async create(
    tx: Tx,
    data: PersonData & { position?: PositionData | null },
  ): Promise<PersonEntity> {
    const attrs = this.normalise(data, null);
    await this.validatePerson(tx.em, attrs, null);
    if (!data.position && tx.ctx.actor.scope('PERSON_MANAGE').kind !== 'all') {
      throw AppError.field(
        'position',
        'Cần khai báo vị trí công tác tại một đơn vị thuộc phạm vi quản lý của bạn.',
      );
    }
    const repo = tx.em.getRepository(PersonEntity);
    const id = randomUUID();
    try {
      await repo.insert(repo.create({ id, ...attrs }));
    } catch (error) {
      throw this.translateUnique(error, attrs.code);
    }
    const person = await repo.findOneByOrFail({ id });
    await tx.audit.created<PersonAttributes>(
      'person.create',
      personTarget(person, data.position?.unitId ?? null),
      person,
      PERSON_AUDIT_FIELDS,
    );
    if (data.position) await this.insertPosition(tx, person, data.position);
    return person;
  }

  /**
   * Changes a person's attributes. With `expectedVersion`, optimistic locking (a stale version is a
   * CONFLICT); without, a plain update (imports). Audits the changed fields; no change writes nothing.
   */
  async updateAttributes(
    tx: Tx,
    id: string,
    data: PersonData,
    expectedVersion?: number,
  ): Promise<PersonEntity> {
    const before = await tx.em.findOneBy(PersonEntity, { id });
    if (!before) throw AppError.notFound('Nhân sự', id);
    await this.assertPersonManageable(tx, before);
    const attrs = this.normalise(data, before.code);
    await this.validatePerson(tx.em, attrs, before.id);
    const changes = diffFields<PersonAttributes>(before, attrs, PERSON_AUDIT_FIELDS);
    if (!changes.length) {
      if (expectedVersion !== undefined && expectedVersion !== before.version) {
        throw AppError.conflict('Nhân sự', before.fullName, 'Person', id);
      }
      return before;
    }
    const patch = Object.fromEntries(
      changes.map((c) => [c.field, attrs[c.field as keyof PersonAttributes]]),
    ) as Partial<PersonEntity>;
    try {
      if (expectedVersion !== undefined) {
        await tx.updateVersioned(PersonEntity, id, expectedVersion, patch, {
          what: 'Nhân sự',
          label: before.fullName,
          entityType: 'Person',
        });
      } else {
        await tx.em
          .createQueryBuilder()
          .update(PersonEntity)
          .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
          .where('id = :id', { id })
          .execute();
      }
    } catch (error) {
      throw this.translateUnique(error, attrs.code);
    }
    const unitId = (await auditUnitsOfPeople(tx.em, [id])).get(id) ?? null;
    await tx.audit.event(
      'person.update',
      personTarget({ id, fullName: attrs.fullName }, unitId),
      changes,
    );
    return tx.em.findOneByOrFail(PersonEntity, { id });
  }

  /** A new position for a person the actor can see, at an attachable unit within PERSON_MANAGE scope. */
  async addPosition(tx: Tx, personId: string, p: PositionData): Promise<PositionEntity> {
    const person = await this.getVisible(tx.ctx, personId);
    return this.insertPosition(tx, person, p);
  }

  /** Ends a position on `endedOn` (exclusive: the last day held is the day before). */
  async endPosition(tx: Tx, positionId: string, endedOn: IsoDate): Promise<PositionEntity> {
    const pos = await tx.em.findOneBy(PositionEntity, { id: positionId });
    const scope = await this.scopes.of(tx.ctx.actor, 'PERSON_READ');
    if (!pos || !(await this.isVisible(pos.personId, scope))) {
      throw AppError.notFound('Vị trí công tác', positionId);
    }
    await this.close(tx, pos, endedOn, 'endedOn');
    return tx.em.findOneByOrFail(PositionEntity, { id: positionId });
  }

  /** Moves a person: ends `fromPositionId` on p.startedOn and opens the new position from that day. */
  async transfer(
    tx: Tx,
    personId: string,
    fromPositionId: string,
    p: PositionData,
  ): Promise<PersonEntity> {
    const person = await this.getVisible(tx.ctx, personId);
    const from = await tx.em.findOneBy(PositionEntity, { id: fromPositionId });
    if (!from || from.personId !== person.id) {
      throw AppError.field('fromPositionId', 'Vị trí công tác hiện tại không thuộc người này.');
    }
    if (!isIsoDate(p.startedOn))
      throw AppError.field('position.startedOn', 'Ngày bắt đầu không phải ngày hợp lệ.');
    if (from.endedOn !== null && from.endedOn <= p.startedOn) {
      throw AppError.field(
        'fromPositionId',
        `Vị trí "${from.title}" đã kết thúc từ ngày ${isoToVn(from.endedOn)}.`,
      );
    }
    if (p.startedOn <= from.startedOn) {
      throw AppError.field(
        'position.startedOn',
        `Ngày điều chuyển phải sau ngày bắt đầu vị trí hiện tại (${isoToVn(from.startedOn)}).`,
      );
    }
    await this.close(tx, from, p.startedOn, 'position.startedOn', true);
    const created = await this.insertPosition(tx, person, p);
    await tx.audit.event('person.transfer', personTarget(person, created.unitId), [
      { field: 'fromPositionId', before: from.id },
      { field: 'toPositionId', after: created.id },
      { field: 'unitId', before: from.unitId, after: created.unitId },
      { field: 'date', after: p.startedOn },
    ]);
    return tx.em.findOneByOrFail(PersonEntity, { id: person.id });
  }

  // ---------------------------------------------------------------------------------------------------

  /**
   * Visible (else NOT_FOUND), and managed by the actor: a current position of the person lies in the
   * actor's PERSON_MANAGE scope (for someone with no current position, any past one).
   */
  private async assertPersonManageable(tx: Tx, person: PersonEntity): Promise<void> {
    const actor = tx.ctx.actor;
    if (!(await this.isVisible(person.id, await this.scopes.of(actor, 'PERSON_READ')))) {
      throw AppError.notFound('Nhân sự', person.id);
    }
    const manage = await this.scopes.of(actor, 'PERSON_MANAGE');
    if (manage.kind === 'all') return;
    const rows: { id: string; path: string; current: boolean }[] = await tx.em.query(
      `SELECT u.id, u.path::text AS path, (p.started_on <= $2 AND (p.ended_on IS NULL OR p.ended_on > $2)) AS current
         FROM positions p JOIN units u ON u.id = p.unit_id WHERE p.person_id = $1`,
      [person.id, todayInVietnam()],
    );
    const current = rows.filter((r) => r.current);
    const relevant = current.length ? current : rows;
    if (!relevant.some((r) => inScope(manage, r.path))) {
      throw AppError.forbidden(
        `Bạn không có quyền sửa thông tin của "${person.fullName}": người này không công tác tại đơn vị thuộc phạm vi quản lý của bạn.`,
      );
    }
  }

  /** New work goes to active units only, so the plain scope decides; closing also reaches former units. */
  private async assertUnitManageable(
    tx: Tx,
    unit: { id: string; name: string; path: string },
    includeFormer = false,
  ): Promise<void> {
    const ok = includeFormer
      ? inScope(await this.scopes.of(tx.ctx.actor, 'PERSON_MANAGE'), unit.path)
      : tx.ctx.actor.canAt('PERSON_MANAGE', unit.path);
    if (ok) return;
    // a past post may be at a unit the caller cannot read: then the refusal does not name it
    const readable =
      tx.ctx.actor.canAt('UNIT_READ', unit.path) ||
      inScope(await this.scopes.of(tx.ctx.actor, 'PERSON_READ'), unit.path);
    throw AppError.forbidden(
      readable
        ? `Bạn không có quyền quản lý nhân sự của đơn vị "${unit.name}".`
        : 'Bạn không có quyền quản lý nhân sự của đơn vị này: đơn vị nằm ngoài phạm vi của bạn.',
    );
  }

  private async insertPosition(
    tx: Tx,
    person: PersonEntity,
    p: PositionData,
    field = 'position',
  ): Promise<PositionEntity> {
    const errors: FieldErrors = {};
    const title = p.title?.trim() ?? '';
    if (!title) errors[`${field}.title`] = ['Chức vụ không được để trống.'];
    else if (title.length > 200)
      errors[`${field}.title`] = ['Chức vụ không được dài quá 200 ký tự.'];
    if (!isIsoDate(p.startedOn))
      errors[`${field}.startedOn`] = ['Ngày bắt đầu không phải ngày hợp lệ.'];
    if (!STAFF_CATEGORIES.includes(p.staffCategory))
      errors[`${field}.staffCategory`] = ['Loại cán bộ không nằm trong danh sách cho phép.'];
    if (Object.keys(errors).length) throw AppError.badInput(errors);

    // outside what the caller reads, the unit does not exist for it (no refusal names it)
    const unit = await this.org.attachableFor(
      tx,
      p.unitId,
      'PERSON_MANAGE',
      (u) => `Bạn không có quyền quản lý nhân sự của đơn vị "${u.name}".`,
      `${field}.unitId`,
    );
    const [dup] = await tx.em.query(
      `SELECT started_on::text AS started_on FROM positions
        WHERE person_id = $1 AND unit_id = $2 AND lower(title) = lower($3) AND (ended_on IS NULL OR ended_on > $4) LIMIT 1`,
      [person.id, unit.id, title, p.startedOn],
    );
    if (dup) {
      throw AppError.field(
        `${field}.title`,
        `"${person.fullName}" đang giữ chức vụ "${title}" tại "${unit.name}" (từ ngày ${isoToVn(dup.started_on)}).`,
      );
    }
    const repo = tx.em.getRepository(PositionEntity);
    const id = randomUUID();
    await repo.insert(
      repo.create({
        id,
        personId: person.id,
        unitId: unit.id,
        title,
        startedOn: p.startedOn,
        endedOn: null,
        isLeader: !!p.isLeader,
        staffCategory: p.staffCategory,
      }),
    );
    const pos = await repo.findOneByOrFail({ id });
    await tx.audit.created<Pick<PositionEntity, (typeof POSITION_AUDIT_FIELDS)[number]>>(
      'position.create',
      positionTarget(pos, person),
      pos,
      POSITION_AUDIT_FIELDS,
    );
    return pos;
  }

  /** Sets the end of an open position (its unit may have ended since: closing is not new work). */
  private async close(
    tx: Tx,
    pos: PositionEntity,
    endedOn: IsoDate,
    field: string,
    allowEarlier = false,
  ): Promise<void> {
    const unit = await this.org.get(pos.unitId);
    await this.assertUnitManageable(tx, unit, true);
    if (!isIsoDate(endedOn)) throw AppError.field(field, 'Ngày kết thúc không phải ngày hợp lệ.');
    if (pos.endedOn !== null && !(allowEarlier && endedOn < pos.endedOn)) {
      throw AppError.field(
        field,
        `Vị trí "${pos.title}" tại "${unit.name}" đã kết thúc từ ngày ${isoToVn(pos.endedOn)}.`,
      );
    }
    if (endedOn <= pos.startedOn) {
      throw AppError.field(
        field,
        `Ngày kết thúc phải sau ngày bắt đầu (${isoToVn(pos.startedOn)}).`,
      );
    }
    await tx.em.update(PositionEntity, { id: pos.id }, { endedOn });
    const holder = await tx.em.findOneByOrFail(PersonEntity, { id: pos.personId });
    await tx.audit.event('position.end', positionTarget(pos, holder), [
      { field: 'endedOn', before: pos.endedOn, after: endedOn },
    ]);
  }

  /** Trimmed attributes; blanks become null; `code: undefined` keeps `currentCode`. */
  private normalise(d: PersonData, currentCode: string | null): PersonAttributes {
    return {
      code: d.code === undefined ? currentCode : blankToNull(d.code),
      fullName: (d.fullName ?? '').trim().replace(/\s+/g, ' '),
      sex: d.sex,
      dateOfBirth: d.dateOfBirth ?? null,
      ethnicity: blankToNull(d.ethnicity),
      religion: blankToNull(d.religion),
      hometown: blankToNull(d.hometown),
      partyMember: !!d.partyMember,
      partyJoinedOn: d.partyJoinedOn ?? null,
      note: blankToNull(d.note),
    };
  }

  /** Every rule on a person's attributes, all problems at once (Vietnamese, per field). */
  private async validatePerson(
    em: EntityManager,
    a: PersonAttributes,
    selfId: string | null,
  ): Promise<void> {
    const errors: FieldErrors = {};
    const add = (field: string, message: string) => (errors[field] ??= []).push(message);
    const today = todayInVietnam();
    if (!a.fullName) add('fullName', 'Họ và tên không được để trống.');
    else if (a.fullName.length > TEXT_LIMITS.personName)
      add('fullName', `Họ và tên không được dài quá ${TEXT_LIMITS.personName} ký tự.`);
    if (!SEXES.includes(a.sex)) add('sex', 'Giới tính không nằm trong danh sách cho phép.');
    if (a.code !== null) {
      if (a.code.length > PERSON_CODE.maxLength)
        add('code', `Mã nhân sự không được dài quá ${PERSON_CODE.maxLength} ký tự.`);
      else if (!PERSON_CODE.pattern.test(a.code)) add('code', `Mã nhân sự ${PERSON_CODE.hint}.`);
    }
    if (a.dateOfBirth !== null && !isIsoDate(a.dateOfBirth))
      add('dateOfBirth', 'Ngày sinh không phải ngày hợp lệ.');
    if (a.partyJoinedOn !== null && a.partyMember && !isIsoDate(a.partyJoinedOn))
      add('partyJoinedOn', 'Ngày vào Đảng không phải ngày hợp lệ.');
    // the date rules the import and the SPA form apply too (@thidua/shared-domain)
    for (const { field, problem } of personDateProblems(a, today))
      add(field, PERSON_DATE_MESSAGES[problem]);
    if (a.code !== null && !errors['code']) {
      const qb = em
        .getRepository(PersonEntity)
        .createQueryBuilder('p')
        .where('p.code = :code::citext', { code: a.code });
      if (selfId) qb.andWhere('p.id <> :selfId', { selfId });
      if (await qb.getExists()) add('code', `Mã nhân sự "${a.code}" đã được sử dụng.`);
    }
    if (Object.keys(errors).length) throw AppError.badInput(errors);
  }

  /** A concurrent insert of the same code: the unique index answers, in Vietnamese on the field. */
  private translateUnique(error: unknown, code: string | null): unknown {
    if (isUniqueViolation(error, 'people_code_uq'))
      return AppError.field('code', `Mã nhân sự "${code ?? ''}" đã được sử dụng.`);
    return error;
  }
}
