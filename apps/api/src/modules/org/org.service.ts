import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In, IsNull, type EntityManager, type Repository, type SelectQueryBuilder } from 'typeorm';
import {
  isoToVn,
  todayInVietnam,
  type IsoDate,
  type Permission,
  type UnitTree,
} from '@thidua/shared-domain';
import type { Actor } from '../../core/auth/actor';
import { UnitScopes, whereInScope } from '../../core/auth/unit-scope';
import { addSearch, rankedBy, searchRank } from '../../core/database/search';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import {
  entitiesWithRaw,
  paginate,
  type ConnectionShape,
  type KeysetSort,
} from '../../core/graphql/connection';
import { byKeys, groupByKeys, loaderKey, type LoaderCache } from '../../core/graphql/loaders';
import { unitLinkTarget, unitLinkTargetOf, unitTarget } from './org-audit';
import { RestructuringEntity } from './restructuring.entity';
import { UnitKindEntity } from './unit-kind.entity';
import { UnitKindService } from './unit-kind.service';
import { UnitLineageEntity } from './unit-lineage.entity';
import { UnitLinkEntity } from './unit-link.entity';
import { UnitVersionEntity } from './unit-version.entity';
import { UnitEntity, idFromLabel, pathLabel } from './unit.entity';

/** What a search matches (a unit's name or its code; the index SearchWords serves it). */
const SEARCH_TEXT = `u.name || ' ' || u.code`;

/** A unit's active children, beside each row of a list (the `units_active_children` index serves it). */
const ACTIVE_CHILD_COUNT = `(SELECT count(*)::int FROM units c WHERE c.parent_id = u.id AND c.status = 'ACTIVE')`;

function readChildCount(row: UnitEntity, raw: Record<string, unknown>): void {
  row.activeChildCount = Number(raw['child_count']);
}

/** "Ended units also match" counts up to this many: the sentence needs a figure, not a census. */
export const ENDED_MATCH_LIMIT = 1000;

export interface CreateUnitData {
  code: string;
  name: string;
  shortName?: string | null;
  kindCode: string;
  parentId?: string | null;
  legalPerson?: boolean | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  /** Default: today (Vietnam). */
  validFrom?: IsoDate | null;
  /** The restructuring that created the unit (merge into a new unit, split), if any. */
  restructuringId?: string | null;
}

export interface UnitDetails {
  shortName: string | null;
  legalPerson: boolean;
  address: string | null;
  phone: string | null;
  email: string | null;
}

export interface UnitListFilter {
  search?: string | null;
  tree?: UnitTree | null;
  kindCode?: string | null;
  parentId?: string | null;
  descendantsOf?: string | null;
  asOf?: IsoDate | null;
  includeEnded?: boolean | null;
  orderBy?: { field: 'PATH' | 'NAME' | 'CODE'; direction: 'ASC' | 'DESC' } | null;
}

export interface UnitChildrenFilter {
  tree: UnitTree;
  parentId?: string | null;
  asOf?: IsoDate | null;
  includeEnded?: boolean | null;
}

/** What a list reads of each row besides the row itself. */
export interface UnitRowReads {
  /**
   * Each unit's active children (`UnitEntity.activeChildCount`), in the list's own statement: a tree
   * row shows it. A second statement for 140 rows cost ~0.5 ms of a 9 ms request (bench/org).
   * Not read for a day's structure (as of a date): the `childCountAsOf` loader answers that.
   */
  childCounts?: boolean;
}

/** A lineage edge with the restructuring that made it. */
export interface LineageRow {
  unitId: string;
  restructuringId: string;
}

/** Unit as seen on a date: the row, with name/code/parent taken from the version valid then. */
export type UnitAsOf = UnitEntity;

/** Valid on `d`: validFrom <= d < validTo. */
export function isValidOn(u: { validFrom: IsoDate; validTo: IsoDate | null }, d: IsoDate): boolean {
  return u.validFrom <= d && (u.validTo === null || d < u.validTo);
}

/** Ended (dissolved, merged, split) by today: no new work may attach to it. */
export function isReadOnly(
  u: { validTo: IsoDate | null },
  today: IsoDate = todayInVietnam(),
): boolean {
  return u.validTo !== null && u.validTo <= today;
}

const STATUS_LABEL: Record<string, string> = {
  DISSOLVED: 'đã giải thể',
  MERGED: 'đã sáp nhập',
  SPLIT: 'đã chia tách',
  ACTIVE: 'đã hết hiệu lực',
};

/**
 * Units, their kinds, their history and their tree. Other modules use this service, never the tables.
 * Current structure lives in `units.path` (ltree); the past lives in `unit_versions` (one row per period
 * of name/code/parent) and `unit_lineage` (who became whom through merges and splits).
 */
@Injectable()
export class OrgService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly kinds: UnitKindService,
  ) {}

  private get units(): Repository<UnitEntity> {
    return this.db.repo(UnitEntity);
  }

  readonly unitById = loaderKey<string, UnitEntity | null>('unitById', async (ids) =>
    byKeys(ids, await this.units.findBy({ id: In([...ids]) }), (u) => u.id),
  );

  /** A unit as it stood on a day (name, code, short name, parent of that day); keys `asOfKey(…)`. */
  readonly unitAsOf = loaderKey<string, UnitEntity | null>('unitAsOf', (keys) =>
    perDay(keys, null, async (ids, asOf) => {
      // the units and their versions of that day at once
      const [rows, versions] = await Promise.all([
        this.units.findBy({ id: In(ids) }),
        this.versionsOn(ids, asOf),
      ]);
      applyVersions(rows, versions, asOf);
      return new Map(rows.map((r) => [r.id, r]));
    }),
  );

  /**
   * Lets the request's loaders answer for units it already read (a list ordered by path holds the
   * parents of most of its rows): `parent` then needs no query for them.
   */
  primeLoaders(loaders: LoaderCache, rows: readonly UnitEntity[]): void {
    for (const row of rows) {
      if (row.asOf) loaders.get(this.unitAsOf).prime(asOfKey(row.id, row.asOf), row);
      else loaders.get(this.unitById).prime(row.id, row);
    }
  }

  /** Active children per unit. */
  readonly childCount = loaderKey<string, number>('unitChildCount', async (ids) => {
    const rows: { parent_id: string; n: string }[] = await this.units.query(
      `SELECT parent_id, count(*) AS n FROM units WHERE parent_id = ANY($1) AND status = 'ACTIVE' GROUP BY parent_id`,
      [[...ids]],
    );
    const map = new Map(rows.map((r) => [r.parent_id, Number(r.n)]));
    return ids.map((id) => map.get(id) ?? 0);
  });

  /** Children per unit as the structure stood on a day (versions valid then); keys `asOfKey(…)`. */
  readonly childCountAsOf = loaderKey<string, number>('unitChildCountAsOf', (keys) =>
    perDay(keys, 0, async (ids, asOf) => {
      const rows: { parent_id: string; n: string }[] = await this.units.query(
        `SELECT parent_id, count(*) AS n FROM unit_versions
          WHERE parent_id = ANY($1) AND valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2)
          GROUP BY parent_id`,
        [ids, asOf],
      );
      return new Map(rows.map((r) => [r.parent_id, Number(r.n)]));
    }),
  );

  readonly versionsOf = loaderKey<string, UnitVersionEntity[]>('unitVersions', async (ids) =>
    groupByKeys(
      ids,
      await this.units.manager.getRepository(UnitVersionEntity).find({
        where: { unitId: In([...ids]) },
        order: { validFrom: 'ASC' },
      }),
      (v) => v.unitId,
    ),
  );

  readonly predecessorsOf = loaderKey<string, LineageRow[]>('unitPredecessors', async (ids) => {
    const rows = await this.lineageRepo().find({
      where: { successorId: In([...ids]) },
      order: { createdAt: 'ASC' },
    });
    return groupByKeys(ids, rows, (r) => r.successorId).map((list) =>
      list.map((r) => ({ unitId: r.predecessorId, restructuringId: r.restructuringId })),
    );
  });

  readonly successorsOf = loaderKey<string, LineageRow[]>('unitSuccessors', async (ids) => {
    const rows = await this.lineageRepo().find({
      where: { predecessorId: In([...ids]) },
      order: { createdAt: 'ASC' },
    });
    return groupByKeys(ids, rows, (r) => r.predecessorId).map((list) =>
      list.map((r) => ({ unitId: r.successorId, restructuringId: r.restructuringId })),
    );
  });

  /** The restructuring that ended each unit (merge, split, dissolve), or null for a live unit. */
  readonly endingRestructuringOf = loaderKey<string, string | null>(
    'unitEndingRestructuring',
    async (ids) => {
      const rows: { unit_id: string; id: string }[] = await this.units.query(
        `SELECT DISTINCT ON (s.unit_id) s.unit_id, r.id
           FROM restructurings r CROSS JOIN LATERAL unnest(r.source_unit_ids) AS s(unit_id)
          WHERE s.unit_id = ANY($1) AND r.kind IN ('MERGE', 'SPLIT', 'DISSOLVE')
          ORDER BY s.unit_id, r.effective_date DESC, r.created_at DESC`,
        [[...ids]],
      );
      const map = new Map(rows.map((r) => [r.unit_id, r.id]));
      return ids.map((id) => map.get(id) ?? null);
    },
  );

  readonly restructuringById = loaderKey<string, RestructuringEntity | null>(
    'restructuringById',
    async (ids) =>
      byKeys(
        ids,
        await this.units.manager.getRepository(RestructuringEntity).findBy({ id: In([...ids]) }),
        (r) => r.id,
      ),
  );

  readonly linksOf = loaderKey<
    string,
    { id: string; counterpartId: string; note: string | null }[]
  >('unitLinks', async (ids) => {
    const rows = await this.units.manager.getRepository(UnitLinkEntity).find({
      where: [{ unitId: In([...ids]) }, { counterpartId: In([...ids]) }],
      order: { createdAt: 'ASC' },
    });
    return ids.map((id) =>
      rows
        .filter((r) => r.unitId === id || r.counterpartId === id)
        .map((r) => ({
          id: r.id,
          counterpartId: r.unitId === id ? r.counterpartId : r.unitId,
          note: r.note,
        })),
    );
  });

  /**
   * May the actor open this unit (its details, contacts, counts, links and history)? Inside its
   * UNIT_READ scope, or ended and become a unit inside it. A unit reached through a link from a readable
   * record (a cluster's member, a counterpart, a predecessor, a parent, a person's former unit) but not
   * readable itself shows only its name and code: `Unit`'s field resolvers ask here.
   */
  async canRead(
    actor: Actor | null | undefined,
    unit: { id: string; path: string; validTo: IsoDate | null },
  ): Promise<boolean> {
    if (!actor) return false;
    // an ended unit is read through what it became: its path is among the scope's former paths
    // (one lineage walk per request, ADR 0013)
    return this.scopes.covers(actor, 'UNIT_READ', unit.path);
  }

  private lineageRepo(): Repository<UnitLineageEntity> {
    return this.units.manager.getRepository(UnitLineageEntity);
  }

  async findById(id: string): Promise<UnitEntity | null> {
    return this.units.findOneBy({ id });
  }

  /** The unit, or a NOT_FOUND error. */
  async get(id: string): Promise<UnitEntity> {
    const unit = await this.findById(id);
    if (!unit) throw AppError.notFound('Đơn vị', id);
    return unit;
  }

  async findByCode(code: string): Promise<UnitEntity | null> {
    return this.units.createQueryBuilder('u').where('u.code = :code', { code }).getOne();
  }

  /** Units by code, keyed by upper-case code (codes are case-insensitive). */
  async findByCodes(codes: string[]): Promise<Map<string, UnitEntity>> {
    if (!codes.length) return new Map();
    const rows = await this.units
      .createQueryBuilder('u')
      .where('u.code = ANY(:codes::citext[])', { codes })
      .getMany();
    return new Map(rows.map((u) => [u.code.toUpperCase(), u]));
  }

  async pathsByIds(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.units.find({
      select: { id: true, path: true },
      where: { id: In(ids) },
    });
    return new Map(rows.map((r) => [r.id, r.path]));
  }

  /**
   * The top of the tree a unit's path lies in (a province, where its rule overrides are set), read off
   * the path's first label: no query, for a caller that keeps the unit's path (a dossier's unit_path).
   */
  rootIdOf(path: string): string {
    return idFromLabel(path.split('.')[0] ?? path);
  }

  /** Ids of the units (current or ended) under any of `paths`, at most `limit` of them. */
  async idsUnder(paths: string[], limit: number): Promise<string[]> {
    // `<@ ANY(…)`: the GiST index on the path serves it
    const rows: { id: string }[] = await this.units.query(
      `SELECT id FROM units WHERE path <@ ANY($1::ltree[]) LIMIT $2`,
      [paths, limit],
    );
    return rows.map((r) => r.id);
  }

  async count(): Promise<number> {
    return this.units.count();
  }

  /** Active roots of the government tree (where an installation's first administrator belongs). */
  rootUnits(): Promise<UnitEntity[]> {
    return this.units.find({
      where: { parentId: IsNull(), status: 'ACTIVE', tree: 'GOVERNMENT' },
      order: { code: 'ASC' },
    });
  }

  /**
   * The unit, if new work may attach to it today (users, grants, positions, cluster members, child
   * units): it exists and has not ended. Otherwise NOT_FOUND or READ_ONLY, naming the unit and its end.
   */
  async assertAttachable(unitId: string, field?: string): Promise<UnitEntity> {
    const unit = await this.findById(unitId);
    if (!unit) {
      if (field) throw AppError.field(field, 'Đơn vị không tồn tại.');
      throw AppError.notFound('Đơn vị', unitId);
    }
    if (isReadOnly(unit)) {
      throw AppError.readOnly(
        `Đơn vị "${unit.name}" ${STATUS_LABEL[unit.status]} từ ngày ${isoToVn(unit.validTo as IsoDate)}: chỉ được xem, không thể gắn thêm dữ liệu mới.`,
        { unitId: unit.id, validTo: unit.validTo, status: unit.status },
      );
    }
    return unit;
  }

  /**
   * The unit, if the actor holds `permission` on it. Refusals name only what the caller may read:
   * outside what it reads (its UNIT_READ scope, or for an ended unit what it became) the unit is
   * missing (NOT_FOUND, or "Đơn vị không tồn tại." on `field` for a unit given in an input), exactly as
   * if it did not exist; readable but not permitted is FORBIDDEN with `forbidden(unit)`, which may name it.
   */
  async permittedAt(
    tx: Tx,
    unitId: string,
    permission: Permission,
    forbidden: (unit: UnitEntity) => string,
    field?: string,
  ): Promise<UnitEntity> {
    const unit = await this.readableIn(tx, unitId, permission, field);
    if (!tx.ctx.actor.canAt(permission, unit.path)) throw AppError.forbidden(forbidden(unit));
    return unit;
  }

  /**
   * `permittedAt` for new work: an ended unit the caller reads is READ_ONLY first (that it ended says
   * more than who may change it: the officer of a split commune reads it through the new communes).
   */
  async attachableFor(
    tx: Tx,
    unitId: string,
    permission: Permission,
    forbidden: (unit: UnitEntity) => string,
    field?: string,
  ): Promise<UnitEntity> {
    const unit = await this.readableIn(tx, unitId, permission, field);
    if (isReadOnly(unit)) await this.assertAttachable(unit.id, field);
    if (!tx.ctx.actor.canAt(permission, unit.path)) throw AppError.forbidden(forbidden(unit));
    return unit;
  }

  /** The unit if the actor reads it (or holds `permission` on it), else missing as if it did not exist. */
  private async readableIn(
    tx: Tx,
    unitId: string,
    permission: Permission,
    field?: string,
  ): Promise<UnitEntity> {
    const actor = tx.ctx.actor;
    const unit = await this.findById(unitId);
    if (
      unit &&
      (actor.canAt(permission, unit.path) ||
        (await this.scopes.covers(actor, 'UNIT_READ', unit.path)))
    )
      return unit;
    if (field) throw AppError.field(field, 'Đơn vị không tồn tại.');
    throw AppError.notFound('Đơn vị');
  }

  /**
   * A unit the actor may read, or NOT_FOUND (we do not reveal what exists outside the scope). An ended
   * unit is also readable by whoever may read a unit it became: history follows the successor.
   */
  async getVisible(ctx: RequestContext, id: string): Promise<UnitEntity> {
    const unit = await this.findById(id);
    if (unit && (await this.scopes.covers(ctx.actor, 'UNIT_READ', unit.path))) return unit;
    throw AppError.notFound('Đơn vị', id);
  }

  async list(
    ctx: RequestContext,
    f: UnitListFilter & { first: number; after?: string | null },
    read: UnitRowReads = {},
  ): Promise<ConnectionShape<UnitEntity>> {
    const qb = await this.filtered(ctx, f);
    const childCounts = read.childCounts && !f.asOf;
    if (childCounts) qb.addSelect(ACTIVE_CHILD_COUNT, 'child_count');
    const search = f.search?.trim();
    let sort: KeysetSort<UnitEntity>;
    if (search) {
      addSearch(qb, search, SEARCH_TEXT);
      sort = rankedBy(qb, searchRank(SEARCH_TEXT), 'u.id');
    } else {
      sort = unitSort(f.orderBy);
    }
    // as of a date, the walk over versions finds every unit before any is ordered
    const page = await paginate(
      qb,
      f,
      f.asOf && f.descendantsOf ? { ...sort, readsAll: true } : sort,
      childCounts ? readChildCount : undefined,
    );
    if (f.asOf)
      await this.overlayAsOf(
        page.edges.map((e) => e.node),
        f.asOf,
      );
    return page;
  }

  /**
   * How many ended units (dissolved, merged, split) a search of current units leaves out though they
   * match: "3 đơn vị đã kết thúc cũng khớp". Null when the list already shows them (includeEnded, a
   * day's structure) or nothing is searched. Counted up to `ENDED_MATCH_LIMIT`.
   */
  async countEndedMatches(ctx: RequestContext, f: UnitListFilter): Promise<number | null> {
    const search = f.search?.trim();
    if (!search || f.includeEnded || f.asOf) return null;
    const qb = (await this.filtered(ctx, { ...f, includeEnded: true })).andWhere(
      `u.status <> 'ACTIVE'`,
    );
    addSearch(qb, search, SEARCH_TEXT);
    const [sql, params] = qb.select('1').limit(ENDED_MATCH_LIMIT).getQueryAndParameters();
    const rows: { n: number }[] = await this.units.query(
      `SELECT count(*)::int AS n FROM (${sql}) ended`,
      params,
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** The list's filters (scope, tree, kind, parent, subtree, day or current only), without search. */
  private async filtered(
    ctx: RequestContext,
    f: UnitListFilter,
  ): Promise<SelectQueryBuilder<UnitEntity>> {
    const qb = this.units.createQueryBuilder('u');
    // with ended units, the scope's former units too: a ward's officer lists the communes merged
    // into the ward
    const live = !f.includeEnded && !f.asOf;
    const scope = live
      ? this.scopes.live(ctx.actor, 'UNIT_READ')
      : await this.scopes.of(ctx.actor, 'UNIT_READ');
    whereInScope(qb, scope, 'u.path');
    if (f.tree) qb.andWhere('u.tree = :tree', { tree: f.tree });
    if (f.kindCode) {
      qb.andWhere('u.kind_id = (SELECT k.id FROM unit_kinds k WHERE k.code = :kindCode::citext)', {
        kindCode: f.kindCode,
      });
    }
    if (f.asOf) {
      qb.andWhere('u.valid_from <= :asOf AND (u.valid_to IS NULL OR u.valid_to > :asOf)', {
        asOf: f.asOf,
      });
      if (f.parentId) {
        qb.andWhere(
          `EXISTS (SELECT 1 FROM unit_versions v WHERE v.unit_id = u.id AND v.parent_id = :parentId
             AND v.valid_from <= :asOf AND (v.valid_to IS NULL OR v.valid_to > :asOf))`,
          { parentId: f.parentId },
        );
      }
      if (f.descendantsOf) qb.andWhere(`u.id IN (${DESCENDANTS_AS_OF})`, { root: f.descendantsOf });
    } else {
      if (!f.includeEnded) qb.andWhere(`u.status = 'ACTIVE'`);
      if (f.parentId) qb.andWhere('u.parent_id = :parentId', { parentId: f.parentId });
      if (f.descendantsOf) {
        qb.andWhere('u.path <@ (SELECT d.path FROM units d WHERE d.id = :root)', {
          root: f.descendantsOf,
        });
      }
    }
    return qb;
  }

  /**
   * One level of a tree, for a lazy tree browser: the roots of `tree`, or the children of `parentId`.
   * For a caller whose UNIT_READ covers some units only, the roots are the top units of its scope (a
   * commune officer's tree starts at the commune, not at a province it cannot open).
   */
  async children(
    ctx: RequestContext,
    f: UnitChildrenFilter,
    read: UnitRowReads = {},
  ): Promise<UnitEntity[]> {
    const scope = ctx.actor.scope('UNIT_READ');
    if (scope.kind === 'none') return [];
    if (!f.parentId && scope.kind === 'units') return this.scopeRoots(f, scope.paths, read);
    const qb = this.units.createQueryBuilder('u').where('u.tree = :tree', { tree: f.tree });
    if (f.asOf) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM unit_versions v WHERE v.unit_id = u.id AND v.parent_id IS NOT DISTINCT FROM :parentId::uuid
           AND v.valid_from <= :asOf AND (v.valid_to IS NULL OR v.valid_to > :asOf))`,
        { parentId: f.parentId ?? null, asOf: f.asOf },
      );
    } else {
      qb.andWhere(f.parentId ? 'u.parent_id = :parentId' : 'u.parent_id IS NULL', {
        parentId: f.parentId,
      });
      if (!f.includeEnded) qb.andWhere(`u.status = 'ACTIVE'`);
    }
    if (scope.kind === 'units') {
      // a unit is shown if it lies in scope or leads down to something in scope (the path to it)
      qb.andWhere(
        `(u.path <@ ARRAY[:...scopePaths]::ltree[] OR u.path @> ARRAY[:...scopePaths]::ltree[])`,
        {
          scopePaths: scope.paths,
        },
      );
    }
    return this.level(qb, f, read);
  }

  /** One level's rows in code order, with what the reader asked of each row. */
  private async level(
    qb: SelectQueryBuilder<UnitEntity>,
    f: UnitChildrenFilter,
    read: UnitRowReads,
  ): Promise<UnitEntity[]> {
    qb.orderBy('u.code', 'ASC');
    const rows =
      read.childCounts && !f.asOf
        ? (await entitiesWithRaw(qb.addSelect(ACTIVE_CHILD_COUNT, 'child_count'), readChildCount))
            .entities
        : await qb.getMany();
    if (f.asOf) await this.overlayAsOf(rows, f.asOf);
    return rows;
  }

  /**
   * The units of `tree` inside the scope whose parent is not (on `asOf`, if given): where a scoped
   * reader's tree starts. `paths` are the scope's minimal paths.
   */
  private async scopeRoots(
    f: UnitChildrenFilter,
    paths: string[],
    read: UnitRowReads,
  ): Promise<UnitEntity[]> {
    const qb = this.units
      .createQueryBuilder('u')
      .where('u.tree = :tree', { tree: f.tree })
      .andWhere('u.path <@ ARRAY[:...scopePaths]::ltree[]', { scopePaths: paths });
    const parentInScope = (parent: string) =>
      `EXISTS (SELECT 1 FROM units p WHERE p.id = ${parent} AND p.path <@ ARRAY[:...scopePaths]::ltree[])`;
    if (f.asOf) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM unit_versions v WHERE v.unit_id = u.id
           AND v.valid_from <= :asOf AND (v.valid_to IS NULL OR v.valid_to > :asOf)
           AND NOT ${parentInScope('v.parent_id')})`,
        { asOf: f.asOf },
      );
    } else {
      qb.andWhere(`NOT ${parentInScope('u.parent_id')}`);
      if (!f.includeEnded) qb.andWhere(`u.status = 'ACTIVE'`);
    }
    return this.level(qb, f, read);
  }

  /** Replaces name, code, short name and parent by those valid on `asOf` (the rows are not saved). */
  private async overlayAsOf(rows: UnitEntity[], asOf: IsoDate): Promise<void> {
    if (!rows.length) return;
    applyVersions(
      rows,
      await this.versionsOn(
        rows.map((r) => r.id),
        asOf,
      ),
      asOf,
    );
  }

  /** The version of each unit valid on `asOf`. */
  private async versionsOn(ids: string[], asOf: IsoDate): Promise<UnitVersionEntity[]> {
    return this.units.manager
      .getRepository(UnitVersionEntity)
      .createQueryBuilder('v')
      .where('v.unit_id IN (:...ids)', { ids })
      .andWhere('v.valid_from <= :asOf AND (v.valid_to IS NULL OR v.valid_to > :asOf)', { asOf })
      .getMany();
  }

  /** Creates a unit (and its first version) under `parentId` or as a root. Caller's transaction; audited. */
  async create(tx: Tx, data: CreateUnitData): Promise<UnitEntity> {
    const repo = tx.em.getRepository(UnitEntity);
    if (await this.findByCode(data.code)) {
      throw AppError.field('code', `Mã đơn vị "${data.code}" đã tồn tại.`);
    }
    const kind = await this.kinds.requireByCode(data.kindCode);
    const parent = data.parentId
      ? await this.attachableFor(
          tx,
          data.parentId,
          'UNIT_MANAGE',
          (p) => `Bạn không có quyền tạo đơn vị trực thuộc "${p.name}".`,
          'parentId',
        )
      : null;
    if (!parent && !tx.ctx.actor.canAt('UNIT_MANAGE', null))
      throw AppError.forbidden('Chỉ quản trị toàn hệ thống được tạo đơn vị gốc.');
    await this.assertKindFits(kind, parent, tx.em);
    const validFrom = data.validFrom ?? todayInVietnam();
    if (parent && validFrom < parent.validFrom) {
      throw AppError.field(
        'validFrom',
        `Ngày hiệu lực không được trước ngày thành lập đơn vị cấp trên (${isoToVn(parent.validFrom)}).`,
      );
    }
    const id = randomUUID();
    const unit = repo.create({
      id,
      code: data.code,
      name: data.name,
      shortName: data.shortName ?? null,
      parentId: parent?.id ?? null,
      path: parent ? `${parent.path}.${pathLabel(id)}` : pathLabel(id),
      depth: parent ? parent.depth + 1 : 0,
      kindId: kind.id,
      tree: kind.tree,
      legalPerson: data.legalPerson ?? kind.legalPersonDefault,
      address: data.address ?? null,
      phone: data.phone ?? null,
      email: data.email ?? null,
      validFrom,
      validTo: null,
      status: 'ACTIVE',
    });
    await repo.insert(unit);
    await tx.em.getRepository(UnitVersionEntity).insert({
      unitId: id,
      validFrom,
      validTo: null,
      code: unit.code,
      name: unit.name,
      shortName: unit.shortName,
      parentId: unit.parentId,
      restructuringId: data.restructuringId ?? null,
    });
    await tx.audit.event('unit.create', unitTarget(unit), [
      { field: 'code', after: unit.code },
      { field: 'name', after: unit.name },
      { field: 'kind', after: kind.code },
      { field: 'parentId', after: unit.parentId },
      { field: 'validFrom', after: validFrom },
    ]);
    return (await repo.findOneBy({ id })) as UnitEntity;
  }

  /** A kind accepts its parent's kind (or being a root). */
  async assertKindFits(
    kind: UnitKindEntity,
    parent: UnitEntity | null,
    em: EntityManager,
    field = 'parentId',
  ): Promise<void> {
    if (!parent) {
      if (!kind.canBeRoot)
        throw AppError.field(
          field,
          `Đơn vị loại "${kind.name}" phải trực thuộc một đơn vị cấp trên.`,
        );
      return;
    }
    const parentKind = await em
      .getRepository(UnitKindEntity)
      .findOneByOrFail({ id: parent.kindId });
    const allowed = kind.allowedParentCodes.map((c) => c.toUpperCase());
    if (!allowed.includes(parentKind.code.toUpperCase())) {
      throw AppError.field(
        field,
        `Đơn vị loại "${kind.name}" không thể trực thuộc "${parent.name}" (loại "${parentKind.name}").`,
      );
    }
  }

  /** Non-structural details; names, codes and parents change only through restructuring. */
  async updateDetails(
    tx: Tx,
    id: string,
    version: number,
    details: UnitDetails,
  ): Promise<UnitEntity> {
    const unit = await this.attachableFor(
      tx,
      id,
      'UNIT_MANAGE',
      (u) => `Bạn không có quyền sửa đơn vị "${u.name}".`,
    );
    const changes = (Object.keys(details) as (keyof UnitDetails)[])
      .filter((f) => unit[f] !== details[f])
      .map((field) => ({ field, before: unit[field], after: details[field] }));
    await tx.updateVersioned(UnitEntity, id, version, details, {
      what: 'Đơn vị',
      label: unit.name,
      entityType: 'Unit',
    });
    await tx.audit.event('unit.update', unitTarget(unit), changes);
    return this.get(id);
  }

  async link(
    tx: Tx,
    unitId: string,
    counterpartId: string,
    note: string | null,
  ): Promise<UnitLinkEntity> {
    if (unitId === counterpartId)
      throw AppError.field('counterpartId', 'Không thể liên kết đơn vị với chính nó.');
    const refusal = (u: UnitEntity) => `Bạn không có quyền sửa đơn vị "${u.name}".`;
    const a = await this.attachableFor(tx, unitId, 'UNIT_MANAGE', refusal, 'unitId');
    const b = await this.attachableFor(tx, counterpartId, 'UNIT_MANAGE', refusal, 'counterpartId');
    if (a.tree === b.tree)
      throw AppError.field(
        'counterpartId',
        'Chỉ liên kết các đơn vị thuộc hai hệ thống khác nhau (chính quyền, Đảng, đoàn thể).',
      );
    const repo = tx.em.getRepository(UnitLinkEntity);
    const exists = await repo.findOne({
      where: [
        { unitId: a.id, counterpartId: b.id },
        { unitId: b.id, counterpartId: a.id },
      ],
    });
    if (exists)
      throw AppError.field('counterpartId', `"${a.name}" và "${b.name}" đã được liên kết.`);
    const link = repo.create({ unitId: a.id, counterpartId: b.id, note });
    await repo.save(link);
    await tx.audit.event('unit.link', unitLinkTarget(link.id, a, b), [
      { field: 'unitId', after: a.id },
      { field: 'counterpartId', after: b.id },
      { field: 'note', after: note },
    ]);
    return link;
  }

  async unlink(tx: Tx, linkId: string): Promise<void> {
    const repo = tx.em.getRepository(UnitLinkEntity);
    const link = await repo.findOneBy({ id: linkId });
    if (!link) throw AppError.notFound('Liên kết', linkId);
    const paths = [...(await this.pathsByIds([link.unitId, link.counterpartId])).values()];
    // a link is seen from either end (`counterparts`): unseen from both, it does not exist for the caller
    if (!paths.some((p) => tx.ctx.actor.canAt('UNIT_READ', p)))
      throw AppError.notFound('Liên kết', linkId);
    if (!paths.every((p) => tx.ctx.actor.canAt('UNIT_MANAGE', p)))
      throw AppError.forbidden(
        'Bạn không có quyền bỏ liên kết này: cần quyền quản lý cả hai đơn vị được liên kết.',
      );
    await repo.delete({ id: linkId });
    await tx.audit.event(
      'unit.unlink',
      await unitLinkTargetOf(tx.em, linkId, link.unitId, link.counterpartId),
      [
        { field: 'unitId', before: link.unitId },
        { field: 'counterpartId', before: link.counterpartId },
      ],
    );
  }

  /**
   * "This unit and everything that became it": the given units plus, transitively, every unit merged
   * or split into them. Later modules roll up reports, registrations and awards over these ids.
   */
  predecessorClosure(unitIds: string[]): Promise<string[]> {
    return this.lineageClosure(unitIds, 'predecessor_id', 'successor_id');
  }

  /** The units these became, transitively (themselves included). */
  successorClosure(unitIds: string[]): Promise<string[]> {
    return this.lineageClosure(unitIds, 'successor_id', 'predecessor_id');
  }

  private async lineageClosure(
    unitIds: string[],
    next: 'predecessor_id' | 'successor_id',
    from: 'predecessor_id' | 'successor_id',
  ): Promise<string[]> {
    if (!unitIds.length) return [];
    const rows: { id: string }[] = await this.units.manager.query(
      `WITH RECURSIVE walk(id) AS (
         SELECT unnest($1::uuid[])
         UNION
         SELECT l.${next} FROM unit_lineage l JOIN walk ON l.${from} = walk.id
       ) SELECT id FROM walk`,
      [unitIds],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Roll-up set of a unit: its current subtree and everything that became any unit in it (so records
   * kept against communes merged away count for the ward they became).
   */
  async rollupUnitIds(unitId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.units.manager.query(
      `WITH RECURSIVE up(id) AS (
         SELECT u.id FROM units u WHERE u.path <@ (SELECT path FROM units WHERE id = $1)
         UNION
         SELECT l.predecessor_id FROM unit_lineage l JOIN up ON l.successor_id = up.id
       ) SELECT id FROM up`,
      [unitId],
    );
    return rows.map((r) => r.id);
  }

  /** The current successors of an ended unit (itself if it has none: dissolved or still active). */
  async currentSuccessors(unitId: string): Promise<UnitEntity[]> {
    const ids = await this.successorClosure([unitId]);
    const units = await this.units.findBy({ id: In(ids) });
    const live = units.filter((u) => u.status === 'ACTIVE');
    return live.length ? live : units.filter((u) => u.id === unitId);
  }
}

/** Replaces name, code, short name and parent of `rows` by those of their version on `asOf`. */
function applyVersions(rows: UnitEntity[], versions: UnitVersionEntity[], asOf: IsoDate): void {
  const byUnit = new Map(versions.map((v) => [v.unitId, v]));
  for (const r of rows) {
    const v = byUnit.get(r.id);
    if (!v) continue;
    Object.assign(r, {
      name: v.name,
      code: v.code,
      shortName: v.shortName,
      parentId: v.parentId,
      asOf,
    });
  }
}

/** The `unitAsOf` loader's key for a unit on a day. */
export function asOfKey(id: string, asOf: IsoDate): string {
  return `${id}|${asOf}`;
}

/**
 * Answers `asOfKey` keys with one `load` per day among them (ids of that day in, values by id out);
 * a key `load` did not answer gets `missing`.
 */
async function perDay<V>(
  keys: readonly string[],
  missing: V,
  load: (ids: string[], asOf: IsoDate) => Promise<Map<string, V>>,
): Promise<V[]> {
  const wanted = keys.map((k) => k.split('|') as [string, IsoDate]);
  const found = new Map<string, V>();
  for (const asOf of new Set(wanted.map(([, day]) => day))) {
    const ids = wanted.filter(([, day]) => day === asOf).map(([id]) => id);
    for (const [id, value] of await load(ids, asOf)) found.set(asOfKey(id, asOf), value);
  }
  return keys.map((k) => found.get(k) ?? missing);
}

/** Units under :root as the structure stood on :asOf (recursive over versions valid that day). */
const DESCENDANTS_AS_OF = `WITH RECURSIVE sub(id) AS (
    SELECT :root::uuid
    UNION
    SELECT v.unit_id FROM unit_versions v JOIN sub ON v.parent_id = sub.id
     WHERE v.valid_from <= :asOf AND (v.valid_to IS NULL OR v.valid_to > :asOf)
  ) SELECT id FROM sub`;

function unitSort(order: UnitListFilter['orderBy']): KeysetSort<UnitEntity> {
  const direction = order?.direction ?? 'ASC';
  switch (order?.field ?? 'PATH') {
    case 'NAME':
      return {
        expression: 'u.name',
        direction,
        value: (u) => u.name,
        idExpression: 'u.id',
        id: (u) => u.id,
      };
    case 'CODE':
      return {
        expression: 'u.code',
        direction,
        value: (u) => u.code,
        idExpression: 'u.id',
        id: (u) => u.id,
      };
    default:
      return {
        expression: 'u.path',
        direction,
        value: (u) => u.path,
        idExpression: 'u.id',
        id: (u) => u.id,
      };
  }
}
