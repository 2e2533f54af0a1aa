import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditLogEntity } from '../../core/audit/audit-log.entity';
import { applyScope } from '../../core/auth/scope-sql';
import type { RequestContext } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { paginate, type ConnectionShape } from '../../core/graphql/connection';
import type { AuditLogArgs } from './audit.models';

/**
 * Read side of the audit log. A scoped reader sees what was done by actors acting for units in
 * their scope; entries with no acting unit (system work) need a global grant.
 */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLogEntity) private readonly log: Repository<AuditLogEntity>) {}

  async list(ctx: RequestContext, args: AuditLogArgs): Promise<ConnectionShape<AuditLogEntity>> {
    const qb = this.log.createQueryBuilder('a');
    const scope = ctx.actor.scope('AUDIT_READ');
    if (scope.kind !== 'all') {
      qb.innerJoin('units', 'un', 'un.id = a.acting_unit_id');
      applyScope(qb, scope, 'un.path');
    }
    const f = args.filter;
    if (f?.from && f.to && f.from > f.to) {
      throw AppError.field('filter.to', 'Thời điểm kết thúc phải sau thời điểm bắt đầu.');
    }
    if (f?.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: f.actorId });
    if (f?.actorType) qb.andWhere('a.actor_type = :actorType', { actorType: f.actorType });
    if (f?.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: f.entityType });
    if (f?.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: f.entityId });
    if (f?.operation) {
      const op = f.operation.trim();
      if (op.endsWith('.')) qb.andWhere('a.operation LIKE :opPrefix', { opPrefix: `${op.replace(/[%_]/g, '')}%` });
      else qb.andWhere('a.operation = :operation', { operation: op });
    }
    if (f?.from) qb.andWhere('a.created_at >= :from', { from: f.from });
    if (f?.to) qb.andWhere('a.created_at <= :to', { to: f.to });
    return paginate(qb, args, {
      expression: 'a.created_at',
      direction: 'DESC',
      value: (a) => a.createdAt,
      idExpression: 'a.id',
      id: (a) => a.id,
    });
  }
}
