import type { AuditEntityType, AuditOperation } from '@thidua/shared-domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import type { AuditChange } from './audit-log.entity';
import { diffFields } from './diff';

/** The record an audit row is about. */
export interface AuditTarget {
  /** GraphQL type name of the changed record, e.g. "User" */
  entityType: AuditEntityType;
  entityId: string | null;
  /**
   * What the viewer shows instead of the id, as it was when written: the unit's name, the person's
   * full name, the user's username (null only when the record has no name, e.g. a bulk row).
   */
  label: string | null;
  /**
   * The unit whose scope owns the record: a unit itself, a person's post, a user's or API client's
   * home unit, a cluster's organising unit. Readers see the row only when their AUDIT_READ scope
   * covers it (ADR 0010). `null` for global records (roles, unit kinds): global readers only.
   * Required, so that no audit row is written without deciding who may read it.
   */
  scopeUnitId: string | null;
}

export interface AuditRecord extends AuditTarget {
  /** dotted verb, e.g. "user.create", "role.grant", "auth.login" */
  operation: AuditOperation;
  changes?: AuditChange[];
}

/**
 * Writes one audit row with the caller's transaction manager, so it commits or rolls back with the
 * change. The unit's path is read in the same statement: the row keeps where the unit stood that day.
 */
export async function writeAudit(
  em: EntityManager,
  ctx: RequestContext,
  record: AuditRecord,
): Promise<void> {
  await em.query(
    `INSERT INTO audit_log (actor_type, actor_id, actor_name, acting_unit_id, operation, entity_type, entity_id,
                            entity_label, unit_id, unit_path, changes, request_id, ip_address)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::uuid, (SELECT u.path FROM units u WHERE u.id = $9::uuid),
             $10::jsonb, $11, $12)`,
    [
      ctx.actor.type,
      ctx.actor.id,
      ctx.actor.displayName,
      ctx.actor.unitId,
      record.operation,
      record.entityType,
      record.entityId,
      record.label,
      record.scopeUnitId,
      JSON.stringify(record.changes ?? []),
      ctx.requestId,
      ctx.ipAddress,
    ],
  );
}

/**
 * `tx.audit`: one helper per shape of change, so call sites state what happened and to which record
 * and the row is built the same way everywhere. Field lists are explicit (secrets never reach the log).
 */
export class AuditTrail {
  constructor(private readonly write: (record: AuditRecord) => Promise<void>) {}

  /** A new record: its listed, non-empty fields as "after". */
  created<T extends object>(
    operation: AuditOperation,
    target: AuditTarget,
    after: Partial<T>,
    fields: readonly (keyof T & string)[],
  ): Promise<void> {
    return this.write({ operation, ...target, changes: diffFields<T>(null, after, fields) });
  }

  /** An edit: the listed fields that differ, plus `extra` changes the diff cannot see. */
  changed<T extends object>(
    operation: AuditOperation,
    target: AuditTarget,
    before: Partial<T>,
    after: Partial<T>,
    fields: readonly (keyof T & string)[],
    extra: AuditChange[] = [],
  ): Promise<void> {
    return this.write({
      operation,
      ...target,
      changes: [...diffFields<T>(before, after, fields), ...extra],
    });
  }

  /** A removed record: its listed fields as "before". */
  deleted<T extends object>(
    operation: AuditOperation,
    target: AuditTarget,
    before: Partial<T>,
    fields: readonly (keyof T & string)[],
  ): Promise<void> {
    return this.write({ operation, ...target, changes: diffFields<T>(before, null, fields) });
  }

  /** An event or a change described field by field (a login, a grant, a transfer). */
  event(
    operation: AuditOperation,
    target: AuditTarget,
    changes: AuditChange[] = [],
  ): Promise<void> {
    return this.write({ operation, ...target, changes });
  }

  /** One row for many records changed at once (an import chunk): no single id, the items in `changes`. */
  bulk(
    operation: AuditOperation,
    target: Omit<AuditTarget, 'entityId'>,
    changes: AuditChange[],
  ): Promise<void> {
    return this.write({ operation, ...target, entityId: null, changes });
  }
}
