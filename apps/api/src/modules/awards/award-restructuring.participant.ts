import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '../../core/database/transaction';
import { OrgService } from '../org/org.service';
import {
  RestructuringParticipants,
  type OpenWorkData,
  type ParticipantReport,
  type RestructuringEvent,
} from '../org/restructuring-participants';

const MODULE = 'awards';
/** Dossiers still moving (not decided, not withdrawn): they follow the unit that carries on the work. */
const OPEN = `status NOT IN ('DECIDED', 'WITHDRAWN')`;

/**
 * Award rounds and dossiers follow restructurings (issue 11, "Scope"):
 * - every move of units gives the dossiers under them their units' current paths (both the proposing
 *   and the receiving unit's: a path, not a change of the record, so no audit row);
 * - a merged or split unit's open dossiers move to its successor (the merge target, the first unit of
 *   a split, where its accounts go), unless the successor already has a dossier in the same round:
 *   that one stays with the ended unit and is reported as open work. Decided and withdrawn dossiers
 *   stay where they were made: they are the ended unit's history, read by the successor's officers
 *   through the widened scope (ADR 0013);
 * - the open rounds an ended unit received for move to its successor with their open dossiers;
 * - a dissolved unit's open dossiers and rounds stay, reported as open work.
 */
@Injectable()
export class AwardRestructuringParticipant implements OnModuleInit {
  readonly name = 'award-dossiers';

  constructor(
    private readonly registry: RestructuringParticipants,
    private readonly org: OrgService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async onRestructure(tx: Tx, e: RestructuringEvent): Promise<ParticipantReport> {
    if (e.kind !== 'RENAME') await this.refreshPaths(tx, e);
    if (e.kind !== 'MERGE' && e.kind !== 'SPLIT' && e.kind !== 'DISSOLVE') return {};
    const ids = e.sources.map((s) => s.id);
    if (!ids.length) return {};
    const successor = e.kind === 'DISSOLVE' ? null : (e.successors[0] ?? null);
    const carried: OpenWorkData[] = [];
    const openWork: OpenWorkData[] = [];
    if (successor) {
      const moved: { id: string }[] = await tx.em
        .query(
          `UPDATE award_dossiers d SET unit_id = $2, unit_path = u.path, version = d.version + 1, updated_at = now()
           FROM units u
          WHERE u.id = $2 AND d.unit_id = ANY($1::uuid[]) AND d.${OPEN}
            AND NOT EXISTS (SELECT 1 FROM award_dossiers o WHERE o.round_id = d.round_id AND o.unit_id = $2)
          RETURNING d.id`,
          [ids, successor.id],
        )
        .then(rows);
      if (moved.length) {
        carried.push({
          module: MODULE,
          label: 'Hồ sơ đề nghị khen thưởng đang xử lý chuyển sang đơn vị kế thừa',
          count: moved.length,
        });
        await tx.audit.bulk(
          'awardDossier.restructure',
          { entityType: 'AwardDossier', label: successor.name, scopeUnitId: successor.id },
          moved.map((m) => ({ field: `dossier:${m.id}`, after: successor.name })),
        );
      }
      const rounds: { id: string }[] = await tx.em
        .query(
          `UPDATE award_rounds r SET receiving_unit_id = $2, version = r.version + 1, updated_at = now()
          WHERE r.receiving_unit_id = ANY($1::uuid[]) AND r.status = 'OPEN'
          RETURNING r.id`,
          [ids, successor.id],
        )
        .then(rows);
      if (rounds.length) {
        await tx.em.query(
          `UPDATE award_dossiers d SET receiving_unit_id = $2, receiving_path = u.path
             FROM units u
            WHERE u.id = $2 AND d.round_id = ANY($1::uuid[]) AND d.${OPEN}`,
          [rounds.map((r) => r.id), successor.id],
        );
        carried.push({
          module: MODULE,
          label: 'Đợt xét khen thưởng đang nhận hồ sơ chuyển sang đơn vị kế thừa',
          count: rounds.length,
        });
        await tx.audit.bulk(
          'awardRound.restructure',
          { entityType: 'AwardRound', label: successor.name, scopeUnitId: successor.id },
          rounds.map((r) => ({ field: `round:${r.id}`, after: successor.name })),
        );
      }
    }
    const [left]: { dossiers: number; rounds: number }[] = await tx.em.query(
      `SELECT (SELECT count(*)::int FROM award_dossiers WHERE unit_id = ANY($1::uuid[]) AND ${OPEN}) AS dossiers,
              (SELECT count(*)::int FROM award_rounds WHERE receiving_unit_id = ANY($1::uuid[]) AND status = 'OPEN') AS rounds`,
      [ids],
    );
    if (left?.dossiers)
      openWork.push({
        module: MODULE,
        label: 'Hồ sơ đề nghị khen thưởng đang xử lý (giữ lại ở đơn vị kết thúc)',
        count: left.dossiers,
      });
    if (left?.rounds)
      openWork.push({
        module: MODULE,
        label: 'Đợt xét khen thưởng đang nhận hồ sơ (giữ lại ở đơn vị kết thúc)',
        count: left.rounds,
      });
    return { ...(carried.length ? { carried } : {}), ...(openWork.length ? { openWork } : {}) };
  }

  /** The dossiers of every unit under the units that changed get their units' current paths. */
  private async refreshPaths(tx: Tx, e: RestructuringEvent): Promise<void> {
    const paths = await this.org.pathsByIds([...e.sources, ...e.successors].map((u) => u.id));
    const roots = [...new Set([...paths.values(), ...e.sources.map((u) => u.path)])];
    if (!roots.length) return;
    await tx.em.query(
      `UPDATE award_dossiers d SET unit_path = u.path
         FROM units u
        WHERE u.id = d.unit_id AND u.path <@ ANY($1::ltree[]) AND d.unit_path <> u.path`,
      [roots],
    );
    await tx.em.query(
      `UPDATE award_dossiers d SET receiving_path = u.path
         FROM units u
        WHERE u.id = d.receiving_unit_id AND u.path <@ ANY($1::ltree[]) AND d.receiving_path <> u.path`,
      [roots],
    );
  }
}

/** UPDATE … RETURNING through TypeORM answers [rows, count] on PostgreSQL. */
function rows(result: unknown): { id: string }[] {
  const r = result as unknown[];
  return (Array.isArray(r[0]) ? r[0] : r) as { id: string }[];
}
