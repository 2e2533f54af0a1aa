import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { PERSONAL_AUDIT_ENTITY_TYPES, type AuditEntityType } from '@thidua/shared-domain';
import { AuditLogEntity } from '../../core/audit/audit-log.entity';
import { isWithinPath, type Scope } from '../../core/auth/actor';
import type { RequestContext } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { paginate, type ConnectionShape } from '../../core/graphql/connection';
import type { AuditLogArgs } from './audit.models';

/** An audit row as one reader may see it: personal values hidden without PERSON_READ there. */
export interface AuditView {
  row: AuditLogEntity;
  masked: boolean;
}

/**
 * Where a permission reaches, for audit rows: the scope's unit subtrees, plus the subtrees of the
 * ended units that became part of them (their rows, and their former children's, kept those paths).
 */
type Reach = { kind: 'all' } | { kind: 'none' } | { kind: 'units'; paths: string[] };

/**
 * Predecessors (transitively) of the units under $1, themselves outside $1: a reader of a merge's
 * receiving unit reads the merged units' history too (ADR 0008's roll-up; lineage is a few hundred
 * edges, so the walk is cheap).
 */
const FORMER_UNITS_SQL = `WITH RECURSIVE up(id) AS (
    SELECT l.predecessor_id FROM unit_lineage l
     WHERE (SELECT s.path FROM units s WHERE s.id = l.successor_id) <@ $1::ltree[]
    UNION
    SELECT l.predecessor_id FROM unit_lineage l JOIN up ON l.successor_id = up.id
  ) SELECT u.path::text AS path FROM up JOIN units u ON u.id = up.id WHERE NOT (u.path <@ $1::ltree[])`;

/**
 * Read side of the audit log, scoped by the record (ADR 0010): a row is visible when the reader's
 * AUDIT_READ scope covers the unit that owned the record when it was written (or a unit that unit
 * became); rows about global records (no unit) need a global grant. Who acted does not matter: an
 * administrator of the Sở Nội vụ editing a commune's person is the commune's business, not the Sở's.
 */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLogEntity) private readonly log: Repository<AuditLogEntity>) {}

  async list(ctx: RequestContext, args: AuditLogArgs): Promise<ConnectionShape<AuditView>> {
    const f = args.filter;
    if (f?.from && f.to && f.from > f.to) {
      throw AppError.field('filter.to', 'Thời điểm kết thúc phải sau thời điểm bắt đầu.');
    }
    const qb = this.log.createQueryBuilder('a');
    const reach = await this.reach(ctx.actor.scope('AUDIT_READ'));
    if (reach.kind === 'none') qb.andWhere('1 = 0');
    if (reach.kind === 'units') {
      // One `<@ ANY(paths)`, the form the GiST index on unit_path serves: a commune's page of 20 out
      // of 300 000 rows in 1.2 ms (an `OR unit_id = ANY(former ids)` beside it, unindexed, made every
      // reader scan the table: 148 ms). Former units are matched by their paths for that reason.
      qb.andWhere(`a.unit_path <@ ANY(CAST(:auditPaths AS ltree[]))`, { auditPaths: reach.paths });
    }
    if (f?.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: f.actorId });
    if (f?.actorType) qb.andWhere('a.actor_type = :actorType', { actorType: f.actorType });
    if (f?.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: f.entityType });
    if (f?.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: f.entityId });
    if (f?.operation) {
      const op = f.operation.trim();
      if (op.endsWith('.'))
        qb.andWhere('a.operation LIKE :opPrefix', { opPrefix: `${op.replace(/[%_]/g, '')}%` });
      else qb.andWhere('a.operation = :operation', { operation: op });
    }
    if (f?.from) qb.andWhere('a.created_at >= :from', { from: f.from });
    if (f?.to) qb.andWhere('a.created_at <= :to', { to: f.to });
    const page = await paginate(qb, args, {
      expression: 'a.created_at',
      direction: 'DESC',
      value: (a) => a.createdAt,
      idExpression: 'a.id',
      id: (a) => a.id,
    });
    const mayReadPerson = await this.personReader(
      ctx,
      page.edges.map((e) => e.node),
      reach,
    );
    return {
      ...page,
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        node: { row: e.node, masked: !mayReadPerson(e.node) },
      })),
    };
  }

  /**
   * Whether the reader may see the personal values of a row: always for non-personal records; for a
   * person or a post, only with PERSON_READ at the row's unit (what `person(id)` would answer).
   */
  private async personReader(
    ctx: RequestContext,
    rows: AuditLogEntity[],
    auditReach: Reach,
  ): Promise<(row: AuditLogEntity) => boolean> {
    const personal = (row: AuditLogEntity) =>
      PERSONAL_AUDIT_ENTITY_TYPES.includes(row.entityType as AuditEntityType);
    if (!rows.some(personal)) return () => true;
    const scope = ctx.actor.scope('PERSON_READ');
    const reach = sameScope(scope, ctx.actor.scope('AUDIT_READ'))
      ? auditReach
      : await this.reach(scope);
    return (row) => !personal(row) || covers(reach, row);
  }

  private async reach(scope: Scope): Promise<Reach> {
    if (scope.kind !== 'units') return scope;
    const rows: { path: string }[] = await this.log.manager.query(FORMER_UNITS_SQL, [scope.paths]);
    return { kind: 'units', paths: [...scope.paths, ...rows.map((r) => r.path)] };
  }
}

function covers(reach: Reach, row: AuditLogEntity): boolean {
  if (reach.kind === 'all') return true;
  if (reach.kind === 'none' || row.unitPath === null) return false;
  const path = row.unitPath;
  return reach.paths.some((p) => isWithinPath(path, p));
}

function sameScope(a: Scope, b: Scope): boolean {
  if (a.kind !== 'units' || b.kind !== 'units') return a.kind === b.kind;
  return a.paths.length === b.paths.length && a.paths.every((p) => b.paths.includes(p));
}
