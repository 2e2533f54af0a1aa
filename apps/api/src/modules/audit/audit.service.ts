import { Injectable } from '@nestjs/common';
import type { Repository } from 'typeorm';
import { PERSONAL_AUDIT_ENTITY_TYPES, type AuditEntityType } from '@thidua/shared-domain';
import { AuditLogEntity } from '../../core/audit/audit-log.entity';
import { UnitScopes, inScope, whereInScope } from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { paginate, type ConnectionShape } from '../../core/graphql/connection';
import { TransactionRunner } from '../../core/database/transaction';
import type { AuditLogArgs } from './audit.models';

/** An audit row as one reader may see it: personal values hidden without PERSON_READ there. */
export interface AuditView {
  row: AuditLogEntity;
  masked: boolean;
}

/**
 * Read side of the audit log, scoped by the record (ADR 0010): a row is visible when the reader's
 * AUDIT_READ scope covers the unit that owned the record when it was written (or a unit that unit
 * became); rows about global records (no unit) need a global grant. Who acted does not matter: an
 * administrator of the Sở Nội vụ editing a commune's person is the commune's business, not the Sở's.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
  ) {}

  private get log(): Repository<AuditLogEntity> {
    return this.db.repo(AuditLogEntity);
  }

  async list(ctx: RequestContext, args: AuditLogArgs): Promise<ConnectionShape<AuditView>> {
    const f = args.filter;
    if (f?.from && f.to && f.from > f.to) {
      throw AppError.field('filter.to', 'Thời điểm kết thúc phải sau thời điểm bắt đầu.');
    }
    const qb = this.log.createQueryBuilder('a');
    // the rows of the scope's units and of the ended units that became them (their rows, and their
    // former children's, kept those paths): one `<@ ANY(paths)`, which the GiST index serves
    whereInScope(qb, await this.scopes.of(ctx.actor, 'AUDIT_READ'), 'a.unit_path');
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
  ): Promise<(row: AuditLogEntity) => boolean> {
    const personal = (row: AuditLogEntity) =>
      PERSONAL_AUDIT_ENTITY_TYPES.includes(row.entityType as AuditEntityType);
    if (!rows.some(personal)) return () => true;
    const reach = await this.scopes.of(ctx.actor, 'PERSON_READ');
    return (row) => !personal(row) || inScope(reach, row.unitPath);
  }
}
