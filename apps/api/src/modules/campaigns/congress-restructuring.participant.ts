import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '../../core/database/transaction';
import {
  RestructuringParticipants,
  type ParticipantReport,
  type RestructuringEvent,
  type RestructuringParticipant,
} from '../org/restructuring-participants';
import { congressTarget } from './congress-audit';

const CARRIED_LABEL = 'Đại hội, hội nghị thi đua chưa tổ chức chuyển sang đơn vị kế thừa';
const OPEN_LABEL = 'Đại hội, hội nghị thi đua chưa tổ chức của đơn vị kết thúc';

/**
 * Congresses follow restructurings. Any change: the host path kept on each congress (`unit_path`, the
 * scope filter) is read again from its unit, since a move or a merge moves whole subtrees. MERGE: the
 * sources' congresses not yet held move to the target (a held one stays with the unit that held it).
 * SPLIT, DISSOLVE: they stay, and the preview lists them as work to do (hold them elsewhere or delete).
 */
@Injectable()
export class CongressRestructuringParticipant implements RestructuringParticipant, OnModuleInit {
  readonly name = 'congresses';

  constructor(private readonly registry: RestructuringParticipants) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async onRestructure(tx: Tx, e: RestructuringEvent): Promise<ParticipantReport> {
    const sourceIds = e.sources.map((s) => s.id);
    const report: ParticipantReport = {};
    if (e.kind === 'MERGE' && e.successors[0] && sourceIds.length) {
      const target = e.successors[0];
      const moved: { id: string; name: string; unit_id: string }[] = await tx.em.query(
        `WITH old AS (
           SELECT id, unit_id FROM congresses WHERE unit_id = ANY($1::uuid[]) AND status = 'PLANNED' FOR UPDATE
         )
         UPDATE congresses c SET unit_id = $2, version = c.version + 1, updated_at = now()
           FROM old WHERE c.id = old.id
         RETURNING c.id, c.name, old.unit_id`,
        [sourceIds, target.id],
      );
      const rows = Array.isArray(moved[0]) ? (moved[0] as unknown as typeof moved) : moved;
      for (const c of rows) {
        await tx.audit.event(
          'congress.restructure',
          congressTarget({ id: c.id, name: c.name, unitId: target.id }),
          [{ field: 'unitId', before: c.unit_id, after: target.id }],
        );
      }
      if (rows.length)
        report.carried = [{ module: 'campaigns', label: CARRIED_LABEL, count: rows.length }];
    }
    if ((e.kind === 'SPLIT' || e.kind === 'DISSOLVE') && sourceIds.length) {
      const [row] = (await tx.em.query(
        `SELECT count(*)::int AS n FROM congresses WHERE unit_id = ANY($1::uuid[]) AND status = 'PLANNED'`,
        [sourceIds],
      )) as { n: number }[];
      const n = Number(row?.n ?? 0);
      if (n) {
        report.openWork = [{ module: 'campaigns', label: OPEN_LABEL, count: n }];
        report.warnings = [
          `${n} đại hội, hội nghị thi đua chưa tổ chức của ${e.sources.map((s) => s.name).join(', ')} cần được tổ chức lại hoặc xóa.`,
        ];
      }
    }
    // the paths of every host that moved (a unit, the subtree below it, a merge's children)
    await tx.em.query(
      `UPDATE congresses c SET unit_path = u.path FROM units u
        WHERE u.id = c.unit_id AND c.unit_path IS DISTINCT FROM u.path`,
    );
    return report;
  }
}
