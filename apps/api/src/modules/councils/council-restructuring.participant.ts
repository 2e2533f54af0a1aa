import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '../../core/database/transaction';
import {
  RestructuringParticipants,
  type OpenWorkData,
  type ParticipantReport,
  type RestructuringEvent,
  type RestructuringParticipant,
} from '../org/restructuring-participants';

const MODULE = 'councils';

/** UPDATE … RETURNING through TypeORM answers [rows, count] on PostgreSQL. */
function rows<T>(result: unknown): T[] {
  const r = result as unknown[];
  return (Array.isArray(r[0]) ? r[0] : r) as T[];
}

/**
 * Councils follow restructurings (issue 12):
 * - a merged, split or dissolved unit's active council ends the day before the restructuring takes
 *   effect: a council is founded by its unit's decision, so the successor founds its own (BN86 Điều
 *   9: the head of the unit decides its council). The ended council and its sessions stay with the
 *   ended unit, read by the successor's readers through lineage (ADR 0013); its planned sessions are
 *   reported as open work;
 * - a council whose standing body ends gets the successor as standing body (a merge, the first unit
 *   of a split), or none after a dissolution;
 * - renames and moves change nothing here (the councils read their unit's path through the unit).
 */
@Injectable()
export class CouncilRestructuringParticipant implements RestructuringParticipant, OnModuleInit {
  readonly name = 'councils';

  constructor(private readonly registry: RestructuringParticipants) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async onRestructure(tx: Tx, e: RestructuringEvent): Promise<ParticipantReport> {
    if (e.kind !== 'MERGE' && e.kind !== 'SPLIT' && e.kind !== 'DISSOLVE') return {};
    const sources = e.sources;
    if (!sources.length) return {};
    const ids = sources.map((s) => s.id);
    const carried: OpenWorkData[] = [];
    const openWork: OpenWorkData[] = [];

    const ended = rows<{ id: string; unit_id: string; name: string }>(
      await tx.em.query(
        `UPDATE councils SET ended_on = $2::date - 1, version = version + 1, updated_at = now()
          WHERE unit_id = ANY($1::uuid[]) AND ended_on IS NULL
          RETURNING id, unit_id, name`,
        [ids, e.effectiveDate],
      ),
    );
    for (const source of sources) {
      const mine = ended.filter((c) => c.unit_id === source.id);
      if (!mine.length) continue;
      await tx.audit.bulk(
        'council.restructure',
        { entityType: 'Council', label: source.name, scopeUnitId: source.id },
        mine.map((c) => ({ field: `council:${c.id}`, after: `${c.name}: kết thúc hoạt động` })),
      );
    }
    if (ended.length) {
      carried.push({
        module: MODULE,
        label:
          'Hội đồng Thi đua - Khen thưởng của đơn vị kết thúc hoạt động (đơn vị kế thừa thành lập Hội đồng mới)',
        count: ended.length,
      });
      const [planned]: { n: number }[] = await tx.em.query(
        `SELECT count(*)::int AS n FROM council_sessions
          WHERE council_id = ANY($1::uuid[]) AND status = 'PLANNED'`,
        [ended.map((c) => c.id)],
      );
      if (planned?.n)
        openWork.push({
          module: MODULE,
          label: 'Phiên họp Hội đồng chưa diễn ra (giữ lại ở Hội đồng đã kết thúc)',
          count: planned.n,
        });
    }

    const successor = e.kind === 'DISSOLVE' ? null : (e.successors[0] ?? null);
    const standing = rows<{ id: string; unit_id: string; name: string }>(
      await tx.em.query(
        `UPDATE councils SET standing_unit_id = $2, version = version + 1, updated_at = now()
          WHERE standing_unit_id = ANY($1::uuid[])
          RETURNING id, unit_id, name`,
        [ids, successor?.id ?? null],
      ),
    );
    for (const c of standing)
      await tx.audit.event(
        'council.restructure',
        { entityType: 'Council', entityId: c.id, label: c.name, scopeUnitId: c.unit_id },
        [{ field: 'standingUnitId', after: successor?.name ?? null }],
      );
    if (standing.length)
      carried.push({
        module: MODULE,
        label: successor
          ? 'Hội đồng có cơ quan thường trực chuyển sang đơn vị kế thừa'
          : 'Hội đồng không còn cơ quan thường trực (đơn vị giải thể)',
        count: standing.length,
      });
    return { ...(carried.length ? { carried } : {}), ...(openWork.length ? { openWork } : {}) };
  }
}
