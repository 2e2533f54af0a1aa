import { Injectable, type OnModuleInit } from '@nestjs/common';
import { isoToVn } from '@thidua/shared-domain';
import type { AuditChange } from '../../core/audit/audit-log.entity';
import type { Tx } from '../../core/database/transaction';
import {
  RestructuringParticipants,
  type ParticipantReport,
  type RestructuringEvent,
  type RestructuringParticipant,
} from '../org/restructuring-participants';

const MODULE = 'campaigns';
const CARRIED_LABEL =
  'Kế hoạch thi đua phải ban hành kế hoạch thực hiện, chuyển sang đơn vị kế thừa';

interface OpenRow {
  id: string;
  plan_id: string;
  unit_id: string;
  title: string;
}

/**
 * Addressees follow restructurings (issue 10: "if an addressed unit is merged, its successor inherits
 * the duty"). The open duty of an ended unit (a plan it has not answered yet) moves:
 * - MERGE: to the target; SPLIT: to every new unit (each must issue its own plan); a successor already
 *   addressed by the plan keeps its own row and the ended unit's open row goes. The moved or new row
 *   records `inherited_from_unit_id`, keeps the deadline and the reminders.
 * - DISSOLVE: nobody inherits; the open rows go (warned in the preview).
 * Answered rows stay on the ended unit: they are history, read through the successor (ADR 0013).
 * Every restructuring that moves units (MOVE, and the children a MERGE or SPLIT re-parents) refreshes
 * the denormalised `unit_path` of their rows, so scope filters and roll-ups keep following the tree.
 */
@Injectable()
export class CampaignAddresseeRestructuringParticipant
  implements RestructuringParticipant, OnModuleInit
{
  readonly name = MODULE;

  constructor(private readonly registry: RestructuringParticipants) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async onRestructure(tx: Tx, e: RestructuringEvent): Promise<ParticipantReport> {
    await this.refreshPaths(tx, e);
    if (e.kind !== 'MERGE' && e.kind !== 'SPLIT' && e.kind !== 'DISSOLVE') return {};
    const sourceIds = e.sources.map((s) => s.id);
    if (!sourceIds.length) return {};
    const open: OpenRow[] = await tx.em.query(
      `SELECT a.id, a.plan_id, a.unit_id, p.title
         FROM campaign_plan_addressees a JOIN campaign_plans p ON p.id = a.plan_id
        WHERE a.unit_id = ANY($1::uuid[]) AND a.answer_plan_id IS NULL
        ORDER BY p.title, a.id
        FOR UPDATE OF a`,
      [sourceIds],
    );
    if (!open.length) return {};
    const successors = e.kind === 'DISSOLVE' ? [] : e.successors;
    const changes: AuditChange[] = [];
    let carried = 0;
    for (const heir of successors) {
      // a copy of each open row for the heir, unless the plan already addresses it
      const inserted: { id: string; plan_id: string; inherited_from_unit_id: string }[] =
        await tx.em.query(
          `INSERT INTO campaign_plan_addressees
             (plan_id, unit_id, unit_path, rule, rule_source_id, deadline, reminder_count,
              last_reminded_at, inherited_from_unit_id)
           SELECT DISTINCT ON (a.plan_id) a.plan_id, $2::uuid, u.path, a.rule, a.rule_source_id,
                  a.deadline, a.reminder_count, a.last_reminded_at, a.unit_id
             FROM campaign_plan_addressees a JOIN units u ON u.id = $2::uuid
            WHERE a.id = ANY($1::uuid[])
            ORDER BY a.plan_id, a.created_at, a.id
           ON CONFLICT (plan_id, unit_id) DO NOTHING
           RETURNING id, plan_id, inherited_from_unit_id`,
          [open.map((r) => r.id), heir.id],
        );
      carried += inserted.length;
      if (inserted.length)
        changes.push({
          field: `inherited:${heir.id}`,
          after: inserted.map((r) => ({
            id: r.id,
            planId: r.plan_id,
            unitId: heir.id,
            inheritedFromUnitId: r.inherited_from_unit_id,
          })),
        });
    }
    await tx.em.query(`DELETE FROM campaign_plan_addressees WHERE id = ANY($1::uuid[])`, [
      open.map((r) => r.id),
    ]);
    changes.push({
      field: 'ended',
      before: open.map((r) => ({ id: r.id, planId: r.plan_id, unitId: r.unit_id })),
      after: null,
    });
    const owner = successors.length === 1 ? successors[0] : e.sources[0];
    await tx.audit.bulk(
      'campaignAddressee.restructure',
      {
        entityType: 'CampaignAddressee',
        label: [...new Set(open.map((r) => r.title))].slice(0, 5).join('; '),
        scopeUnitId: owner?.id ?? null,
      },
      changes,
    );
    const report: ParticipantReport = {};
    if (carried) report.carried = [{ module: MODULE, label: CARRIED_LABEL, count: carried }];
    if (e.kind === 'DISSOLVE') {
      const names = e.sources.map((s) => `"${s.name}"`).join(', ');
      report.warnings = [
        `${open.length} kế hoạch thi đua giao cho ${names} chưa có kế hoạch thực hiện: không còn đơn vị thực hiện sau khi giải thể ngày ${isoToVn(e.effectiveDate)}.`,
      ];
    }
    return report;
  }

  /** The rows of every unit under the units that changed get their unit's current path. */
  private async refreshPaths(tx: Tx, e: RestructuringEvent): Promise<void> {
    if (e.kind === 'DISSOLVE' || e.kind === 'RENAME') return;
    const roots = [...e.sources, ...e.successors].map((u) => u.path);
    if (!roots.length) return;
    await tx.em.query(
      `UPDATE campaign_plan_addressees a SET unit_path = u.path, updated_at = now()
         FROM units u
        WHERE u.id = a.unit_id AND u.path <@ ANY($1::ltree[]) AND a.unit_path <> u.path`,
      [roots],
    );
  }
}
