import { Injectable, type OnModuleInit } from '@nestjs/common';
import { isoToVn } from '@thidua/shared-domain';
import type { Tx } from '../../core/database/transaction';
import {
  RestructuringParticipants,
  type ParticipantReport,
  type RestructuringEvent,
  type RestructuringParticipant,
} from '../org/restructuring-participants';
import { restructuringLabel } from '../org/org-audit';

/** Positions held at a unit on the effective date or later: not ended by then. */
/** What the preview says follows the units (a generic item: org knows nothing of posts). */
const CARRIED_LABEL = 'Vị trí công tác chuyển sang đơn vị kế thừa';
const OPEN_AT = `unit_id = ANY($1) AND (ended_on IS NULL OR ended_on > $2)`;

/**
 * Positions follow restructurings. MERGE: every position still held at a source on the effective date
 * ends that day and an identical one opens at the target from that day (history stays on the old unit).
 * SPLIT: positions stay on the source; who goes where is a decision, so the preview lists them as work
 * to do (transferPerson). DISSOLVE: positions end on the effective date.
 */
@Injectable()
export class PeopleRestructuringParticipant implements RestructuringParticipant, OnModuleInit {
  readonly name = 'people';

  constructor(private readonly registry: RestructuringParticipants) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async onRestructure(tx: Tx, e: RestructuringEvent): Promise<ParticipantReport> {
    const sourceIds = e.sources.map((s) => s.id);
    if (!sourceIds.length) return {};
    switch (e.kind) {
      case 'MERGE':
        return this.merge(tx, e, sourceIds);
      case 'SPLIT':
        return this.split(tx, e);
      case 'DISSOLVE':
        return this.dissolve(tx, e, sourceIds);
      default:
        return {};
    }
  }

  private async merge(
    tx: Tx,
    e: RestructuringEvent,
    sourceIds: string[],
  ): Promise<ParticipantReport> {
    const target = e.successors[0];
    if (!target) return {};
    // Positions that started before the effective date: close them there, open a copy at the target
    // (keeping a later planned end). A copy is not made when the person already holds the same post
    // at the target.
    // (the data-modifying CTE runs whatever the outer statement returns; the closed rows are listed
    // for the audit by joining them back)
    const opened: { id: string; person_id: string; title: string; closed_id: string }[] =
      await tx.em.query(
        `WITH cur AS (
         SELECT id, person_id, title, ended_on, is_leader, staff_category FROM positions
          WHERE ${OPEN_AT} AND started_on < $2
          FOR UPDATE
       ), closed AS (
         UPDATE positions p SET ended_on = $2, updated_at = now() FROM cur WHERE p.id = cur.id RETURNING p.id
       ), opened AS (
         INSERT INTO positions (person_id, unit_id, title, started_on, ended_on, is_leader, staff_category)
         SELECT cur.person_id, $3::uuid, cur.title, $2::date, cur.ended_on, cur.is_leader, cur.staff_category FROM cur
          WHERE NOT EXISTS (
            SELECT 1 FROM positions x
             WHERE x.person_id = cur.person_id AND x.unit_id = $3 AND lower(x.title) = lower(cur.title)
               AND (x.ended_on IS NULL OR x.ended_on > $2))
         RETURNING id, person_id, title
       )
       SELECT o.id, o.person_id, o.title, NULL::uuid AS closed_id FROM opened o
       UNION ALL
       SELECT NULL::uuid, cur.person_id, cur.title, closed.id FROM closed JOIN cur ON cur.id = closed.id`,
        [sourceIds, e.effectiveDate, target.id],
      );
    // Positions starting on or after the effective date belong to the target outright.
    const moved = (await tx.em.query(
      `UPDATE positions SET unit_id = $3, updated_at = now() WHERE unit_id = ANY($1) AND started_on >= $2 RETURNING id, person_id, title`,
      [sourceIds, e.effectiveDate, target.id],
    )) as [{ id: string; person_id: string; title: string }[], number];
    const movedRows = Array.isArray(moved[0]) ? moved[0] : [];
    const newPosts = opened.filter((r) => r.id !== null);
    const endedPosts = opened.filter((r) => r.closed_id !== null);
    // every ended, opened and moved post in one row, read at the target (personal: masked for readers
    // without PERSON_READ there; ADR 0010)
    if (newPosts.length || endedPosts.length || movedRows.length) {
      const post = (id: string, r: { person_id: string; title: string }) => ({
        id,
        personId: r.person_id,
        title: r.title,
      });
      await tx.audit.bulk(
        'position.restructure',
        {
          entityType: 'Position',
          label: restructuringLabel(e.sources, e.successors),
          scopeUnitId: target.id,
        },
        [
          {
            field: 'ended',
            after: endedPosts.map((r) => ({ ...post(r.closed_id, r), endedOn: e.effectiveDate })),
          },
          {
            field: 'opened',
            after: newPosts.map((r) => ({
              ...post(r.id, r),
              unitId: target.id,
              startedOn: e.effectiveDate,
            })),
          },
          {
            field: 'moved',
            after: movedRows.map((r) => ({ ...post(r.id, r), unitId: target.id })),
          },
        ].filter((c) => c.after.length),
      );
    }
    const count = newPosts.length + movedRows.length;
    return count ? { carried: [{ module: 'people', label: CARRIED_LABEL, count }] } : {};
  }

  private async split(tx: Tx, e: RestructuringEvent): Promise<ParticipantReport> {
    const warnings: string[] = [];
    let total = 0;
    for (const source of e.sources) {
      const [row] = (await tx.em.query(
        `SELECT count(*)::int AS positions, count(DISTINCT person_id)::int AS people FROM positions WHERE ${OPEN_AT}`,
        [[source.id], e.effectiveDate],
      )) as { positions: number; people: number }[];
      if (!row?.positions) continue;
      total += Number(row.positions);
      warnings.push(
        `${row.people} người đang công tác tại ${source.name} cần được điều chuyển sang đơn vị mới`,
      );
    }
    if (!total) return {};
    return {
      warnings,
      openWork: [{ module: 'people', label: 'Vị trí công tác cần điều chuyển', count: total }],
    };
  }

  private async dissolve(
    tx: Tx,
    e: RestructuringEvent,
    sourceIds: string[],
  ): Promise<ParticipantReport> {
    const ended = (await tx.em.query(
      `UPDATE positions SET ended_on = $2, updated_at = now() WHERE ${OPEN_AT} AND started_on < $2
       RETURNING id, person_id, unit_id, title`,
      [sourceIds, e.effectiveDate],
    )) as [{ id: string; person_id: string; unit_id: string; title: string }[], number];
    const rows = Array.isArray(ended[0]) ? ended[0] : [];
    if (!rows.length) return {};
    for (const source of e.sources) {
      const posts = rows.filter((r) => r.unit_id === source.id);
      if (!posts.length) continue;
      await tx.audit.bulk(
        'position.restructure',
        { entityType: 'Position', label: restructuringLabel([source], []), scopeUnitId: source.id },
        [
          {
            field: 'ended',
            after: posts.map((r) => ({
              id: r.id,
              personId: r.person_id,
              title: r.title,
              endedOn: e.effectiveDate,
            })),
          },
        ],
      );
    }
    const people = new Set(rows.map((r) => r.person_id)).size;
    const names = e.sources.map((s) => s.name).join(', ');
    return {
      warnings: [
        `${rows.length} vị trí công tác của ${people} người tại ${names} kết thúc ngày ${isoToVn(e.effectiveDate)} do giải thể đơn vị.`,
      ],
    };
  }
}
