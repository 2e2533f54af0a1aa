import type { EntityManager } from 'typeorm';
import type { AuditTarget } from '../../core/audit/audit.writer';

/**
 * What identity's audit rows are about (ADR 0010): users and API clients are scoped by their home
 * unit and labelled by their username or name; roles are global.
 */
export function userTarget(user: { id: string; username: string; unitId: string }): AuditTarget {
  return { entityType: 'User', entityId: user.id, label: user.username, scopeUnitId: user.unitId };
}

export function apiClientTarget(client: { id: string; name: string; unitId: string }): AuditTarget {
  return {
    entityType: 'ApiClient',
    entityId: client.id,
    label: client.name,
    scopeUnitId: client.unitId,
  };
}

export function roleTarget(role: { id: string; name: string }): AuditTarget {
  return { entityType: 'Role', entityId: role.id, label: role.name, scopeUnitId: null };
}

/** The holder of a role assignment (a user or an API client), read in the caller's transaction. */
export async function holderTarget(
  em: EntityManager,
  holder: { userId?: string | null; apiClientId?: string | null },
): Promise<AuditTarget> {
  const rows: { id: string; label: string; unit_id: string }[] = holder.userId
    ? await em.query(`SELECT id, username AS label, unit_id FROM users WHERE id = $1`, [
        holder.userId,
      ])
    : await em.query(`SELECT id, name AS label, unit_id FROM api_clients WHERE id = $1`, [
        holder.apiClientId,
      ]);
  const row = rows[0];
  return {
    entityType: holder.userId ? 'User' : 'ApiClient',
    entityId: holder.userId ?? holder.apiClientId ?? null,
    label: row?.label ?? null,
    scopeUnitId: row?.unit_id ?? null,
  };
}
