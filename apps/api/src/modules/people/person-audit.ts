import { todayInVietnam } from '@thidua/shared-domain';
import type { EntityManager } from 'typeorm';
import type { AuditTarget } from '../../core/audit/audit.writer';

/**
 * Where a person's audit rows are scoped (ADR 0010): the unit of their current post (the latest
 * started if several), else of their latest post; null for a person without any post (created by a
 * global manager): global readers only.
 */
export async function auditUnitsOfPeople(
  em: EntityManager,
  personIds: string[],
): Promise<Map<string, string | null>> {
  const units = new Map<string, string | null>(personIds.map((id) => [id, null]));
  if (!personIds.length) return units;
  const rows: { person_id: string; unit_id: string }[] = await em.query(
    `SELECT DISTINCT ON (p.person_id) p.person_id, p.unit_id FROM positions p
      WHERE p.person_id = ANY($1::uuid[])
      ORDER BY p.person_id, (p.ended_on IS NULL OR p.ended_on > $2::date) DESC, p.started_on DESC`,
    [personIds, todayInVietnam()],
  );
  for (const r of rows) units.set(r.person_id, r.unit_id);
  return units;
}

export function personTarget(
  person: { id: string; fullName: string },
  unitId: string | null,
): AuditTarget {
  return { entityType: 'Person', entityId: person.id, label: person.fullName, scopeUnitId: unitId };
}

export function positionTarget(
  position: { id: string; unitId: string; title: string },
  person: { fullName: string },
): AuditTarget {
  return {
    entityType: 'Position',
    entityId: position.id,
    label: `${person.fullName} — ${position.title}`,
    scopeUnitId: position.unitId,
  };
}
