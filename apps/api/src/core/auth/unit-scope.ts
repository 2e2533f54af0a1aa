import { Injectable } from '@nestjs/common';
import type { Permission } from '@thidua/shared-domain';
import type { ObjectLiteral, SelectQueryBuilder, WhereExpressionBuilder } from 'typeorm';
import { TransactionRunner } from '../database/transaction';
import { isWithinPath, type Actor } from './actor';

/**
 * Where a permission reaches in the unit tree, for one actor (ADR 0013):
 * - `all`: a global grant; `none`: no grant;
 * - `units`: the granted subtrees (`paths`), plus `formerPaths`, the paths of the ended units that
 *   became a unit in those subtrees (merged or split into it, transitively) and lie outside them.
 *
 * `formerPaths` is ADR 0008's roll-up made a rule of access: what a commune recorded before it was
 * merged into a ward belongs to the ward, so whoever reads the ward reads it. A module filters with
 * `whereInScope` (SQL) or `inScope` (one unit in memory) and needs no SQL of its own on `units` or
 * `unit_lineage`.
 */
export type UnitScope =
  { kind: 'all' } | { kind: 'none' } | { kind: 'units'; paths: string[]; formerPaths: string[] };

/**
 * Paths of the predecessors (transitively) of the units under $1, themselves outside $1, with the
 * `auth_epoch` of the same snapshot. The lineage is a few hundred edges in a province (each probes
 * `units` by primary key): about a millisecond for a commune's officer, 6–7 ms for a province's (900
 * edges, bench/org on a 2 vCPU EPYC); `<@ ltree[]` on ten thousand units instead could not use the
 * GiST index.
 */
const FORMER_PATHS_SQL = `WITH RECURSIVE up(id) AS (
    SELECT l.predecessor_id FROM unit_lineage l
     WHERE (SELECT s.path FROM units s WHERE s.id = l.successor_id) <@ $1::ltree[]
    UNION
    SELECT l.predecessor_id FROM unit_lineage l JOIN up ON l.successor_id = up.id
  ) SELECT (SELECT epoch FROM auth_epoch)::text AS epoch,
      ARRAY(SELECT u.path::text FROM up JOIN units u ON u.id = up.id
             WHERE NOT (u.path <@ $1::ltree[]) ORDER BY 1) AS paths`;

/** Former paths kept per process, by granted paths: one entry per distinct set of granted units. */
const KEPT_ENTRIES = 1_000;

/**
 * Every path a scope reaches: its subtrees and its former units' subtrees (none for `none`). A global
 * scope has no list of paths: a caller that filters must have handled `all` first.
 */
export function scopePaths(scope: UnitScope): string[] {
  if (scope.kind === 'none') return [];
  if (scope.kind === 'all') throw new Error('A global scope has no paths: filter nothing instead.');
  return scope.formerPaths.length ? [...scope.paths, ...scope.formerPaths] : scope.paths;
}

let counter = 0;

/**
 * Filters rows by scope in SQL: `pathExpression` (an ltree column: the unit's path, or an audit row's
 * `unit_path`) must lie under one of the scope's paths, former units included. `none` matches nothing;
 * `all` adds no condition.
 */
export function whereInScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T> | WhereExpressionBuilder,
  scope: UnitScope,
  pathExpression: string,
): void {
  if (scope.kind === 'all') return;
  if (scope.kind === 'none') {
    qb.andWhere('1 = 0');
    return;
  }
  counter = (counter + 1) % 1_000_000;
  const param = `scopePaths${counter}`;
  // `<@ ANY(…)`, not `<@ ltree[]`: only the former can use the GiST index on the path. Former units
  // go in the same array, not in an `OR id = ANY(…)` beside it, which no index serves (the audit log:
  // 1.2 ms against 148 ms for a commune's page of 300,000 rows, ADR 0010).
  qb.andWhere(`${pathExpression} <@ ANY(CAST(:${param} AS ltree[]))`, {
    [param]: scopePaths(scope),
  });
}

/** Whether the unit at `path` lies in the scope (null: a global record, which needs `all`). */
export function inScope(scope: UnitScope, path: string | null | undefined): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none' || !path) return false;
  return scopePaths(scope).some((p) => isWithinPath(path, p));
}

/**
 * Scopes computed for one actor, by granted paths (an Actor lives for one request): permissions granted
 * at the same units (most roles) share one lineage walk.
 */
const cache = new WeakMap<Actor, Map<string, Promise<UnitScope>>>();

/**
 * The one place that turns an actor's grants into a unit scope (ADR 0013). People, imports, exports,
 * clusters, users, API clients and the audit log all ask it, so ADR 0008's roll-up holds for every
 * module by construction.
 */
@Injectable()
export class UnitScopes {
  constructor(private readonly db: TransactionRunner) {}

  /**
   * The actor's scope for `permission`, computed once per request, its former units kept by the
   * process while the actor's `auth_epoch` stands (`formerAt`). Inside a transaction it is read afresh
   * through the transaction (a restructuring may have just changed the lineage it walks).
   */
  of(actor: Actor, permission: Permission): Promise<UnitScope> {
    const granted = actor.scope(permission);
    if (granted.kind !== 'units') return Promise.resolve(granted);
    if (this.db.active) return this.compute(granted.paths);
    let byPaths = cache.get(actor);
    if (!byPaths) {
      byPaths = new Map();
      cache.set(actor, byPaths);
    }
    const key = granted.paths.join(' ');
    let scope = byPaths.get(key);
    if (!scope) {
      scope = this.compute(granted.paths, actor.epoch);
      // a failed lookup is not remembered: the next caller asks again
      scope.catch(() => byPaths.delete(key));
      byPaths.set(key, scope);
    }
    return scope;
  }

  /**
   * The scope for a query that can only match live units (a list of active units; user accounts,
   * which a restructuring moves to the successor): the granted subtrees, without the lineage walk. It
   * is the same answer as `of`: former units have ended, and the children of a unit that ended moved
   * with the restructuring that ended it (ADR 0008), so no live unit lies under a former path. It saves
   * one statement of the five a scoped unit list costs (bench/http).
   */
  live(actor: Actor, permission: Permission): UnitScope {
    const scope = actor.scope(permission);
    return scope.kind === 'units' ? { kind: 'units', paths: scope.paths, formerPaths: [] } : scope;
  }

  /** `of` and `inScope` in one call: may the actor use `permission` on the unit at `path`? */
  async covers(actor: Actor, permission: Permission, path: string | null): Promise<boolean> {
    if (actor.canAt(permission, path)) return true;
    if (path === null || actor.scope(permission).kind !== 'units') return false;
    return inScope(await this.of(actor, permission), path);
  }

  /**
   * A unit's path and those of the ended units that became part of it (transitively), themselves
   * outside it: what lies "under" a unit for a filter that is not an access decision (a people list's
   * unit, records, registrations and reports under a unit), its roll-up of ADR 0008. Kept like the
   * actor's scope while its auth epoch stands; inside a transaction, read afresh through it.
   */
  async underPaths(actor: Actor, path: string): Promise<string[]> {
    return [path, ...(await this.formerAt([path], this.db.active ? null : actor.epoch))];
  }

  /**
   * Former paths read at an actor's `auth_epoch` are kept by this process while the epoch stands, as
   * its session is (ADR 0024: the epoch moves with every commit that changes `unit_lineage` or a
   * unit's path, which is all they are read from). A request is answered only once its session's
   * epoch is confirmed current (ADR 0027), so the kept paths it used were current too. An actor
   * without an epoch (API clients, jobs) reads them afresh.
   */
  private readonly kept = new Map<string, { epoch: string; paths: readonly string[] }>();

  private async compute(paths: string[], epoch: string | null = null): Promise<UnitScope> {
    return { kind: 'units', paths, formerPaths: [...(await this.formerAt(paths, epoch))] };
  }

  private async formerAt(paths: string[], epoch: string | null): Promise<readonly string[]> {
    if (epoch === null) return (await this.readFormer(paths)).paths;
    const key = paths.join(' ');
    const kept = this.kept.get(key);
    if (kept?.epoch === epoch) return kept.paths;
    const read = await this.readFormer(paths);
    // least recently read first (a Map iterates in insertion order)
    this.kept.delete(key);
    this.kept.set(key, { epoch: read.epoch, paths: read.paths });
    if (this.kept.size > KEPT_ENTRIES) this.kept.delete(this.kept.keys().next().value as string);
    return read.paths;
  }

  private async readFormer(paths: string[]): Promise<{ epoch: string; paths: string[] }> {
    if (!paths.length) return { epoch: '', paths: [] };
    const [row] = (await this.db.manager.query(FORMER_PATHS_SQL, [paths])) as {
      epoch: string;
      paths: string[];
    }[];
    return { epoch: String(row?.epoch), paths: row?.paths ?? [] };
  }
}
