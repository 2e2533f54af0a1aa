import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '../../core/database/transaction';
import {
  RestructuringParticipants,
  type ParticipantReport,
  type RestructuringEvent,
  type RestructuringParticipant,
  type ScopeCarryData,
} from '../org/restructuring-participants';
import { restructuringLabel } from '../org/org-audit';

/** What the preview says follows the units (a generic item: org knows nothing of accounts). */
const CARRIED_LABEL = 'Tài khoản chuyển sang đơn vị kế thừa';

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
      const [{ n }] = (await tx.em.query(
        `SELECT count(*)::int AS n FROM users WHERE unit_id = ANY($1) AND status = 'ACTIVE'`,
        [sourceIds],
      )) as { n: number }[];
      return n
        ? {
            warnings: [
              `${n} tài khoản vẫn thuộc đơn vị đã giải thể: chuyển các tài khoản này sang đơn vị khác.`,
            ],
          }
        : {};
    }
    const home = e.successors[0];
    if (!home) return {};
    const moved = (await tx.em.query(
      `UPDATE users u SET unit_id = $2, updated_at = now() FROM users old
        WHERE u.id = old.id AND u.unit_id = ANY($1) RETURNING u.id, u.username, old.unit_id AS from_unit_id`,
      [sourceIds, home.id],
    )) as [{ id: string; username: string; from_unit_id: string }[], number];
    const movedClients = (await tx.em.query(
      `UPDATE api_clients c SET unit_id = $2, updated_at = now() FROM api_clients old
        WHERE c.id = old.id AND c.unit_id = ANY($1) RETURNING c.id, c.name, old.unit_id AS from_unit_id`,
      [sourceIds, home.id],
    )) as [{ id: string; name: string; from_unit_id: string }[], number];

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
        carried.push({
          holderName: a.holder,
          roleName: a.role_name,
          fromUnit: names.get(a.unit_id) ?? '',
          toUnit: to.name,
        });
      }
    }
    if (assignments.length)
      await tx.em.query(`DELETE FROM role_assignments WHERE id = ANY($1)`, [
        assignments.map((a) => a.id),
      ]);
    // every moved account and carried grant in one row, read where the accounts now belong (ADR 0010)
    const users = Array.isArray(moved[0]) ? moved[0] : [];
    const clients = Array.isArray(movedClients[0]) ? movedClients[0] : [];
    if (users.length || clients.length || assignments.length) {
      await tx.audit.bulk(
        'user.restructure',
        {
          entityType: 'User',
          label: restructuringLabel(e.sources, e.successors),
          scopeUnitId: home.id,
        },
        [
          ...(users.length
            ? [
                {
                  field: 'users',
                  after: users.map((u) => ({
                    id: u.id,
                    username: u.username,
                    unitId: home.id,
                    fromUnitId: u.from_unit_id,
                  })),
                },
              ]
            : []),
          ...(clients.length
            ? [
                {
                  field: 'apiClients',
                  after: clients.map((c) => ({
                    id: c.id,
                    name: c.name,
                    unitId: home.id,
                    fromUnitId: c.from_unit_id,
                  })),
                },
              ]
            : []),
          ...(assignments.length
            ? [
                {
                  field: 'roleAssignments',
                  before: assignments.map((a) => ({
                    assignmentId: a.id,
                    roleId: a.role_id,
                    userId: a.user_id,
                    apiClientId: a.api_client_id,
                    unitId: a.unit_id,
                  })),
                  after: assignments.flatMap((a) =>
                    e.successors.map((to) => ({
                      roleId: a.role_id,
                      userId: a.user_id,
                      apiClientId: a.api_client_id,
                      unitId: to.id,
                    })),
                  ),
                },
              ]
            : []),
        ],
      );
    }
    const usersMoved = Array.isArray(moved[0]) ? moved[0].length : 0;
    return {
      carried: usersMoved ? [{ module: 'identity', label: CARRIED_LABEL, count: usersMoved }] : [],
      scopesCarried: carried,
    };
  }
}
