import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '../../core/database/transaction';
import {
  RestructuringParticipants,
  type ParticipantReport,
  type RestructuringEvent,
  type RestructuringParticipant,
  type ScopeCarryData,
} from '../org/restructuring-participants';

interface AssignmentRow {
  id: string;
  role_id: string;
  user_id: string | null;
  api_client_id: string | null;
  unit_id: string;
  holder: string;
  role_name: string;
}

/**
 * Accounts follow restructurings: users and API clients of a merged or split unit move to its (first)
 * successor, and role scopes on it carry over (merge: to the target; split: to every new unit), so
 * nobody loses or gains access by a reform. Dissolution keeps them (the unit stays readable) and warns.
 */
@Injectable()
export class IdentityRestructuringParticipant implements RestructuringParticipant, OnModuleInit {
  readonly name = 'identity';

  constructor(private readonly registry: RestructuringParticipants) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async onRestructure(tx: Tx, e: RestructuringEvent): Promise<ParticipantReport> {
    if (e.kind === 'RENAME' || e.kind === 'MOVE' || e.kind === 'CREATE') return {};
    const sourceIds = e.sources.map((s) => s.id);
    const names = new Map([...e.sources, ...e.successors].map((u) => [u.id, u.name]));
    if (e.kind === 'DISSOLVE') {
      const [{ n }] = (await tx.em.query(`SELECT count(*)::int AS n FROM users WHERE unit_id = ANY($1) AND status = 'ACTIVE'`, [sourceIds])) as { n: number }[];
      return n ? { warnings: [`${n} tài khoản vẫn thuộc đơn vị đã giải thể: chuyển các tài khoản này sang đơn vị khác.`] } : {};
    }
    const home = e.successors[0];
    if (!home) return {};
    const moved = (await tx.em.query(
      `UPDATE users SET unit_id = $2, updated_at = now() WHERE unit_id = ANY($1) RETURNING id`,
      [sourceIds, home.id],
    )) as [unknown[], number];
    await tx.em.query(`UPDATE api_clients SET unit_id = $2, updated_at = now() WHERE unit_id = ANY($1)`, [sourceIds, home.id]);

    const assignments = (await tx.em.query(
      `SELECT a.id, a.role_id, a.user_id, a.api_client_id, a.unit_id, r.name AS role_name,
              coalesce(u.full_name, c.name) AS holder
         FROM role_assignments a
         JOIN roles r ON r.id = a.role_id
         LEFT JOIN users u ON u.id = a.user_id
         LEFT JOIN api_clients c ON c.id = a.api_client_id
        WHERE a.unit_id = ANY($1)
        ORDER BY holder, r.name`,
      [sourceIds],
    )) as AssignmentRow[];
    const carried: ScopeCarryData[] = [];
    for (const a of assignments) {
      for (const to of e.successors) {
        await tx.em.query(
          `INSERT INTO role_assignments (role_id, user_id, api_client_id, unit_id)
           SELECT $1::uuid, $2::uuid, $3::uuid, $4::uuid
            WHERE NOT EXISTS (SELECT 1 FROM role_assignments x WHERE x.role_id = $1 AND x.unit_id = $4
                                AND x.user_id IS NOT DISTINCT FROM $2 AND x.api_client_id IS NOT DISTINCT FROM $3)`,
          [a.role_id, a.user_id, a.api_client_id, to.id],
        );
        carried.push({ holderName: a.holder, roleName: a.role_name, fromUnit: names.get(a.unit_id) ?? '', toUnit: to.name });
      }
    }
    if (assignments.length) await tx.em.query(`DELETE FROM role_assignments WHERE id = ANY($1)`, [assignments.map((a) => a.id)]);
    return { usersMoved: Array.isArray(moved[0]) ? moved[0].length : 0, scopesCarried: carried };
  }
}
