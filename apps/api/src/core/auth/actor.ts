import { ALL_PERMISSIONS, type Permission } from '@thidua/shared-domain';
import type { ActorType } from '../audit/audit-log.entity';

/** A role held on a unit (and everything below it), or globally when `unitPath` is null. */
export interface Grant {
  roleCode: string;
  unitId: string | null;
  unitPath: string | null;
  permissions: ReadonlySet<Permission>;
}

/** Where a permission applies: everywhere, under some unit paths, or nowhere. */
export type Scope = { kind: 'all' } | { kind: 'units'; paths: string[] } | { kind: 'none' };

/** `a.b` is within `a` and within `a.b`, not within `a.bc`. */
export function isWithinPath(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

/** Removes paths already covered by another path in the list. */
function minimalPaths(paths: string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const p of sorted) if (!kept.some((k) => isWithinPath(p, k))) kept.push(p);
  return kept.sort();
}

/**
 * Who is acting: a person (USER), another system (API_CLIENT), or the application itself (SYSTEM:
 * seeds, migrations of data). Services receive it explicitly and filter by its scopes in SQL.
 */
export class Actor {
  constructor(
    readonly type: ActorType,
    readonly id: string | null,
    readonly displayName: string,
    /** The unit the actor acts for (a user's unit, a client's owning unit). */
    readonly unitId: string | null,
    readonly grants: readonly Grant[],
    readonly sessionId: string | null = null,
    /**
     * The `auth_epoch` the grants were read at (a signed-in session's, ADR 0024); null when they were
     * read without it (API clients, jobs, the system). What a process keeps while the epoch stands
     * (a scope's former units, `UnitScopes`) is used for this actor only if it was read at the same
     * epoch.
     */
    readonly epoch: string | null = null,
  ) {}

  static system(name = 'Hệ thống'): Actor {
    return new Actor('SYSTEM', null, name, null, []);
  }

  /** Holds the permission on at least one scope. */
  can(permission: Permission): boolean {
    return this.type === 'SYSTEM' || this.grants.some((g) => g.permissions.has(permission));
  }

  get permissions(): Permission[] {
    if (this.type === 'SYSTEM') return [...ALL_PERMISSIONS].sort();
    const all = new Set<Permission>();
    for (const g of this.grants) for (const p of g.permissions) all.add(p);
    return [...all].sort();
  }

  /**
   * Grants never change on an Actor, so each permission's scope is computed once: a list's field
   * resolvers ask `canAt` for every row and field (60 times for 20 units in bench/http), each
   * filtering the grants and sorting their paths again.
   */
  private readonly scopes = new Map<Permission, Scope>();

  scope(permission: Permission): Scope {
    let scope = this.scopes.get(permission);
    if (!scope) {
      scope = this.computeScope(permission);
      this.scopes.set(permission, scope);
    }
    return scope;
  }

  private computeScope(permission: Permission): Scope {
    if (this.type === 'SYSTEM') return { kind: 'all' };
    const grants = this.grants.filter((g) => g.permissions.has(permission));
    if (grants.some((g) => g.unitPath === null)) return { kind: 'all' };
    const paths = grants.map((g) => g.unitPath).filter((p): p is string => p !== null);
    return paths.length ? { kind: 'units', paths: minimalPaths(paths) } : { kind: 'none' };
  }

  /** May use `permission` on the unit at `unitPath` (null = a global object, which needs a global grant). */
  canAt(permission: Permission, unitPath: string | null): boolean {
    const scope = this.scope(permission);
    if (scope.kind === 'all') return true;
    if (scope.kind === 'none' || unitPath === null) return false;
    return scope.paths.some((p) => isWithinPath(unitPath, p));
  }

  /** The permissions this actor holds on the unit at `unitPath` (null = globally). */
  permissionsAt(unitPath: string | null): Set<Permission> {
    if (this.type === 'SYSTEM') return new Set(ALL_PERMISSIONS);
    const result = new Set<Permission>();
    for (const g of this.grants) {
      const applies =
        g.unitPath === null || (unitPath !== null && isWithinPath(unitPath, g.unitPath));
      if (applies) for (const p of g.permissions) result.add(p);
    }
    return result;
  }
}
