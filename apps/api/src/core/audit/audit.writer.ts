import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { AuditLogEntity, type AuditChange } from './audit-log.entity';

export interface AuditRecord {
  /** dotted verb, e.g. "user.create", "role.grant", "auth.login" */
  operation: string;
  /** GraphQL type name of the changed record, e.g. "User" */
  entityType: string;
  entityId: string | null;
  changes?: AuditChange[];
}

/** Writes one audit row with the caller's transaction manager, so it commits or rolls back with the change. */
export async function writeAudit(
  em: EntityManager,
  ctx: RequestContext,
  record: AuditRecord,
): Promise<void> {
  await em.insert(AuditLogEntity, {
    actorType: ctx.actor.type,
    actorId: ctx.actor.id,
    actorName: ctx.actor.displayName,
    actingUnitId: ctx.actor.unitId,
    operation: record.operation,
    entityType: record.entityType,
    entityId: record.entityId,
    changes: (record.changes ?? []) as never,
    requestId: ctx.requestId,
    ipAddress: ctx.ipAddress,
  });
}
