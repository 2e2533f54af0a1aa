import type { AuditOperation } from '@thidua/shared-domain';
import type { EntityManager } from 'typeorm';
import type { AuditTarget } from '../../core/audit/audit.writer';
import type { RestructuringKind } from './restructuring.entity';

/**
 * What the org module's audit rows are about (ADR 0010): a unit is scoped by itself, a cluster and
 * everything in it by its organising unit, a link by the side it was made from; unit kinds are global.
 */
export function unitTarget(unit: { id: string; name: string }): AuditTarget {
  return { entityType: 'Unit', entityId: unit.id, label: unit.name, scopeUnitId: unit.id };
}

export function unitKindTarget(kind: { id: string; name: string }): AuditTarget {
  return { entityType: 'UnitKind', entityId: kind.id, label: kind.name, scopeUnitId: null };
}

export function unitLinkTarget(
  linkId: string,
  unit: { id: string; name: string },
  counterpart: { name: string },
): AuditTarget {
  return {
    entityType: 'UnitLink',
    entityId: linkId,
    label: `${unit.name} — ${counterpart.name}`,
    scopeUnitId: unit.id,
  };
}

export function clusterTarget(cluster: {
  id: string;
  name: string;
  organizerUnitId: string;
}): AuditTarget {
  return {
    entityType: 'Cluster',
    entityId: cluster.id,
    label: cluster.name,
    scopeUnitId: cluster.organizerUnitId,
  };
}

export function clusterMembershipTarget(
  membershipId: string,
  cluster: { name: string; organizerUnitId: string },
  unit: { name: string },
): AuditTarget {
  return {
    entityType: 'ClusterMembership',
    entityId: membershipId,
    label: `${cluster.name} — ${unit.name}`,
    scopeUnitId: cluster.organizerUnitId,
  };
}

export function clusterLeadershipTarget(
  leadershipId: string,
  cluster: { name: string; organizerUnitId: string },
  year: number,
): AuditTarget {
  return {
    entityType: 'ClusterLeadership',
    entityId: leadershipId,
    label: `${cluster.name} (${year})`,
    scopeUnitId: cluster.organizerUnitId,
  };
}

/**
 * A restructuring is scoped by its single result (a merge's receiving unit, a renamed or moved unit),
 * else by its first source (a split's former unit, which its successors' readers reach through the
 * lineage), and labelled by the units it concerned.
 */
export function restructuringTarget(
  restructuringId: string,
  sources: readonly { id: string; name: string }[],
  successors: readonly { id: string; name: string }[],
): AuditTarget {
  const owner = successors.length === 1 ? successors[0] : (sources[0] ?? successors[0]);
  const named = sources.length ? sources : successors;
  return {
    entityType: 'Restructuring',
    entityId: restructuringId,
    label: named.map((u) => u.name).join(', ') || null,
    scopeUnitId: owner?.id ?? null,
  };
}

/** "Xã A, Xã B → Xã C": what a participant's bulk row of a restructuring is about. */
export function restructuringLabel(
  sources: readonly { name: string }[],
  successors: readonly { name: string }[],
): string {
  const from = sources.map((u) => u.name).join(', ');
  const to = successors.map((u) => u.name).join(', ');
  return to ? `${from} → ${to}` : from;
}

export const RESTRUCTURING_OPERATIONS: Record<RestructuringKind, AuditOperation> = {
  CREATE: 'unit.create',
  RENAME: 'unit.rename',
  MOVE: 'unit.move',
  MERGE: 'unit.merge',
  SPLIT: 'unit.split',
  DISSOLVE: 'unit.dissolve',
};

/** A link by its ends' ids (an unlink: the link row is gone, the units are read for their names). */
export async function unitLinkTargetOf(
  em: EntityManager,
  linkId: string,
  unitId: string,
  counterpartId: string,
): Promise<AuditTarget> {
  const rows: { id: string; name: string }[] = await em.query(
    `SELECT id, name FROM units WHERE id = ANY($1::uuid[])`,
    [[unitId, counterpartId]],
  );
  const name = (id: string) => rows.find((r) => r.id === id)?.name ?? '';
  return unitLinkTarget(linkId, { id: unitId, name: name(unitId) }, { name: name(counterpartId) });
}
