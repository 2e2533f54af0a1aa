import type { EntityManager } from 'typeorm';
import type { AuditTarget } from '../../core/audit/audit.writer';
import type { ActorType } from '../../core/audit/audit-log.entity';

/**
 * An import batch's audit rows are scoped by its uploader's home unit (a batch belongs to who
 * uploaded it; ADR 0010) and labelled by the file name. A system upload has no unit: global readers.
 */
export async function importBatchTarget(
  em: EntityManager,
  batch: { id: string; fileName: string; actorType: ActorType; actorId: string | null },
): Promise<AuditTarget> {
  const table =
    batch.actorType === 'USER' ? 'users' : batch.actorType === 'API_CLIENT' ? 'api_clients' : null;
  const rows: { unit_id: string }[] =
    table && batch.actorId
      ? await em.query(`SELECT unit_id FROM ${table} WHERE id = $1`, [batch.actorId])
      : [];
  return {
    entityType: 'ImportBatch',
    entityId: batch.id,
    label: batch.fileName,
    scopeUnitId: rows[0]?.unit_id ?? null,
  };
}
