import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '../../core/database/transaction';
import { OrgService } from '../org/org.service';
import {
  RestructuringParticipants,
  type ParticipantReport,
  type RestructuringEvent,
  type RestructuringParticipant,
} from '../org/restructuring-participants';

const MODULE = 'records';

/**
 * Hồ sơ thành tích follow restructurings by staying where they happened:
 * - nothing moves on a MERGE, SPLIT or DISSOLVE. A person's evaluations, awards, sáng kiến and holds
 *   are theirs (the facts read them by person, wherever the person works now); a unit's own history
 *   stays with the ended unit, as what that unit earned, and is read through lineage: the successor's
 *   readers read it (ADR 0013's widened scope) and `factsFor` counts a merged predecessor's awards
 *   for the unit it became, marked `inheritedFrom` (a split's new units do not inherit: which part
 *   earned it cannot be told). The preview says so, with the counts, and warns of holds still in
 *   force at an ending unit (they keep blocking its people; the unit itself is no longer rewarded);
 * - every restructuring that moves units refreshes the denormalised `unit_path` of the rows of the
 *   units under the changed ones (a path, not a change of the record: no audit row, as campaigns do).
 */
@Injectable()
export class RecordsRestructuringParticipant implements RestructuringParticipant, OnModuleInit {
  readonly name = 'records';

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
    const [row]: { unit_rows: number; person_rows: number; holds: number }[] = await tx.em.query(
      `SELECT
         (SELECT count(*)::int FROM award_records WHERE unit_id = ANY($1::uuid[]) AND subject = 'COLLECTIVE')
           + (SELECT count(*)::int FROM evaluations WHERE unit_id = ANY($1::uuid[]) AND subject = 'COLLECTIVE')
           + (SELECT count(*)::int FROM initiatives WHERE unit_id = ANY($1::uuid[]) AND subject = 'COLLECTIVE') AS unit_rows,
         (SELECT count(*)::int FROM award_records WHERE unit_id = ANY($1::uuid[]) AND subject <> 'COLLECTIVE')
           + (SELECT count(*)::int FROM evaluations WHERE unit_id = ANY($1::uuid[]) AND subject <> 'COLLECTIVE')
           + (SELECT count(*)::int FROM initiatives WHERE unit_id = ANY($1::uuid[]) AND subject <> 'COLLECTIVE') AS person_rows,
         (SELECT count(*)::int FROM holds WHERE unit_id = ANY($1::uuid[])
            AND starts_on <= $2 AND (ends_on IS NULL OR ends_on >= $2) AND (lifted_on IS NULL OR lifted_on > $2)) AS holds`,
      [ids, e.effectiveDate],
    );
    const report: ParticipantReport = {};
    const carried = [];
    if (row?.unit_rows)
      carried.push({
        module: MODULE,
        label:
          e.kind === 'MERGE'
            ? 'Hồ sơ thành tích của tập thể giữ tại đơn vị cũ; đơn vị kế thừa được xem và được tính khen thưởng của đơn vị tiền thân'
            : 'Hồ sơ thành tích của tập thể giữ tại đơn vị cũ; đơn vị kế thừa được xem',
        count: row.unit_rows,
      });
    if (row?.person_rows)
      carried.push({
        module: MODULE,
        label: 'Hồ sơ thành tích cá nhân, hộ gia đình giữ tại đơn vị cũ, vẫn tính cho từng người',
        count: row.person_rows,
      });
    if (carried.length) report.carried = carried;
    if (row?.holds)
      report.warnings = [
        `${row.holds} trường hợp tạm hoãn xét khen thưởng đang có hiệu lực tại ${e.sources.map((s) => s.name).join(', ')}: vẫn giữ nguyên, đơn vị kế thừa được xem.`,
      ];
    return report;
  }

  /** The rows of every unit under the units that changed get their unit's current path. */
  private async refreshPaths(tx: Tx, e: RestructuringEvent): Promise<void> {
    // read afresh: the event's entities may carry the path from before the move
    const paths = await this.org.pathsByIds([...e.sources, ...e.successors].map((u) => u.id));
    const roots = [...new Set([...paths.values(), ...e.sources.map((u) => u.path)])];
    if (!roots.length) return;
    // one literal statement per table (tools/check-table-owners.mjs reads the table names)
    const where = `u.id = r.unit_id AND u.path <@ ANY($1::ltree[]) AND r.unit_path <> u.path`;
    await tx.em.query(`UPDATE evaluations r SET unit_path = u.path FROM units u WHERE ${where}`, [
      roots,
    ]);
    await tx.em.query(`UPDATE award_records r SET unit_path = u.path FROM units u WHERE ${where}`, [
      roots,
    ]);
    await tx.em.query(`UPDATE initiatives r SET unit_path = u.path FROM units u WHERE ${where}`, [
      roots,
    ]);
    await tx.em.query(`UPDATE holds r SET unit_path = u.path FROM units u WHERE ${where}`, [roots]);
  }
}
