import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { isoToVn } from '@thidua/shared-domain';
import type { AuditChange } from '../../core/audit/audit-log.entity';
import type { Tx } from '../../core/database/transaction';
import { ClusterEntity, ClusterLeadershipEntity, ClusterMembershipEntity } from './cluster.entity';
import { CLUSTER_WORDS } from './cluster.service';
import { restructuringTarget } from './org-audit';
import {
  RestructuringParticipants,
  type ParticipantReport,
  type RestructuringEvent,
  type RestructuringParticipant,
} from './restructuring-participants';
import type { UnitEntity } from './unit.entity';

const OPEN_WORK_LABEL = 'Thành viên cụm, khối thi đua';

function quoted(names: Iterable<string>): string {
  return [...new Set(names)].map((n) => `"${n}"`).join(', ');
}

/**
 * Cluster memberships follow restructurings (history stays on the old unit):
 * - MERGE: every membership a source still holds on the effective date ends that day, and the target
 *   joins each such cluster from that day unless it already is a member; clusters a source organised
 *   move to the target.
 * - SPLIT: memberships end; a warning names the clusters so the officer adds the new units where they
 *   belong; clusters the source organised move to the first new unit (where its children go).
 * - DISSOLVE: memberships end; clusters the unit organised keep it and become read-only.
 * Memberships that would only start on or after the effective date move to the target (MERGE) or are
 * dropped (they never took effect). Leaderships are history and stay; a warning flags later years.
 */
@Injectable()
export class ClusterRestructuringParticipant implements RestructuringParticipant, OnModuleInit {
  readonly name = 'clusters';

  constructor(private readonly registry: RestructuringParticipants) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async onRestructure(tx: Tx, e: RestructuringEvent): Promise<ParticipantReport> {
    if (e.kind !== 'MERGE' && e.kind !== 'SPLIT' && e.kind !== 'DISSOLVE') return {};
    const sources = e.sources;
    if (!sources.length) return {};
    const d = e.effectiveDate;
    const target = e.kind === 'MERGE' ? (e.successors[0] ?? null) : null;
    const repo = tx.em.getRepository(ClusterMembershipEntity);
    const warnings: string[] = [];
    const audit: AuditChange[] = [];

    const open = await repo
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.cluster', 'c')
      .where('m.unit_id IN (:...ids)', { ids: sources.map((s) => s.id) })
      .andWhere('(m.left_on IS NULL OR m.left_on > :d)', { d })
      .orderBy('c.name', 'ASC')
      .addOrderBy('m.joined_on', 'ASC')
      .getMany();

    const leftBySource = new Map<string, string[]>();
    const joined: string[] = [];
    for (const m of open) {
      const cluster = m.cluster as ClusterEntity;
      if (m.joinedOn < d) {
        await repo.update({ id: m.id }, { leftOn: d });
        audit.push({
          field: `membership:${m.id}`,
          before: { unitId: m.unitId, leftOn: m.leftOn },
          after: { unitId: m.unitId, leftOn: d },
        });
        leftBySource.set(m.unitId, [...(leftBySource.get(m.unitId) ?? []), cluster.name]);
        if (target && (await this.join(tx, cluster.id, target, d, m.leftOn))) {
          joined.push(cluster.name);
          audit.push({
            field: `join:${cluster.code}`,
            after: { unitId: target.id, joinedOn: d, leftOn: m.leftOn },
          });
        }
      } else if (target && !(await this.isMemberFrom(tx, cluster.id, target.id, m.joinedOn))) {
        // not yet begun: it becomes the target's
        await repo.update({ id: m.id }, { unitId: target.id });
        audit.push({
          field: `membership:${m.id}`,
          before: { unitId: m.unitId },
          after: { unitId: target.id },
        });
        joined.push(cluster.name);
      } else {
        await repo.delete({ id: m.id });
        audit.push({
          field: `membership:${m.id}`,
          before: { unitId: m.unitId, clusterId: cluster.id, joinedOn: m.joinedOn },
          after: null,
        });
        leftBySource.set(m.unitId, [...(leftBySource.get(m.unitId) ?? []), cluster.name]);
      }
    }

    for (const s of sources) {
      const left = leftBySource.get(s.id);
      if (!left?.length) continue;
      if (e.kind === 'MERGE') {
        warnings.push(`"${s.name}" rời cụm, khối thi đua ${quoted(left)} từ ngày ${isoToVn(d)}.`);
      } else if (e.kind === 'SPLIT') {
        warnings.push(
          `"${s.name}" rời cụm, khối thi đua ${quoted(left)} từ ngày ${isoToVn(d)}: bổ sung các đơn vị mới (${quoted(e.successors.map((u) => u.name))}) vào cụm, khối phù hợp.`,
        );
      } else {
        warnings.push(
          `"${s.name}" rời cụm, khối thi đua ${quoted(left)} từ ngày ${isoToVn(d)} do giải thể.`,
        );
      }
    }
    if (target && joined.length) {
      warnings.push(
        `"${target.name}" trở thành thành viên cụm, khối thi đua ${quoted(joined)} từ ngày ${isoToVn(d)}.`,
      );
    }

    warnings.push(...(await this.organizers(tx, e, sources, audit)));
    warnings.push(...(await this.leaderships(tx, e, sources)));

    if (audit.length) {
      await tx.audit.event(
        'cluster.restructure',
        restructuringTarget(e.restructuringId, e.sources, e.successors),
        audit,
      );
    }
    const count = open.length;
    return {
      ...(warnings.length ? { warnings } : {}),
      ...(count ? { openWork: [{ module: 'clusters', label: OPEN_WORK_LABEL, count }] } : {}),
    };
  }

  /** Member of the cluster on `from` or any later day. */
  private isMemberFrom(tx: Tx, clusterId: string, unitId: string, from: string): Promise<boolean> {
    return tx.em
      .getRepository(ClusterMembershipEntity)
      .createQueryBuilder('m')
      .where('m.cluster_id = :clusterId AND m.unit_id = :unitId', { clusterId, unitId })
      .andWhere('(m.left_on IS NULL OR m.left_on > :from)', { from })
      .getExists();
  }

  /** The target joins from `d` (keeping a planned end), unless it is already a member then or later. */
  private async join(
    tx: Tx,
    clusterId: string,
    target: UnitEntity,
    d: string,
    leftOn: string | null,
  ): Promise<boolean> {
    if (await this.isMemberFrom(tx, clusterId, target.id, d)) return false;
    await tx.em
      .getRepository(ClusterMembershipEntity)
      .insert({ clusterId, unitId: target.id, joinedOn: d, leftOn });
    return true;
  }

  /** Clusters a source organised: to the target (merge) or the first new unit (split); warned either way. */
  private async organizers(
    tx: Tx,
    e: RestructuringEvent,
    sources: UnitEntity[],
    audit: AuditChange[],
  ): Promise<string[]> {
    const clusters = await tx.em.getRepository(ClusterEntity).find({
      where: { organizerUnitId: In(sources.map((s) => s.id)) },
      order: { name: 'ASC' },
    });
    if (!clusters.length) return [];
    const warnings: string[] = [];
    const heir = e.kind === 'DISSOLVE' ? null : (e.successors[0] ?? null);
    for (const s of sources) {
      const own = clusters.filter((c) => c.organizerUnitId === s.id);
      if (!own.length) continue;
      if (!heir) {
        warnings.push(
          `Cụm, khối thi đua ${quoted(own.map((c) => c.name))} do "${s.name}" tổ chức không còn đơn vị tổ chức đang hoạt động: chỉ còn xem được.`,
        );
        continue;
      }
      await tx.em
        .createQueryBuilder()
        .update(ClusterEntity)
        .set({
          organizerUnitId: heir.id,
          version: () => 'version + 1',
          updatedAt: () => 'now()',
        } as never)
        .where('id IN (:...ids)', { ids: own.map((c) => c.id) })
        .execute();
      for (const c of own)
        audit.push({ field: `organizer:${c.code}`, before: s.id, after: heir.id });
      warnings.push(
        `Cụm, khối thi đua ${quoted(own.map((c) => c.name))} do "${s.name}" tổ chức chuyển sang "${heir.name}" tổ chức${e.kind === 'SPLIT' ? ': kiểm tra lại đơn vị tổ chức phù hợp' : ''}.`,
      );
    }
    return warnings;
  }

  /** Leaderships held by a source in the effective year or later: they stay, but deserve a look. */
  private async leaderships(
    tx: Tx,
    e: RestructuringEvent,
    sources: UnitEntity[],
  ): Promise<string[]> {
    const ids = sources.map((s) => s.id);
    const rows = await tx.em
      .getRepository(ClusterLeadershipEntity)
      .createQueryBuilder('l')
      .innerJoinAndSelect('l.cluster', 'c')
      .where('(l.lead_unit_id IN (:...ids) OR l.deputy_unit_id IN (:...ids))', { ids })
      .andWhere('l.year >= :year', { year: Number(e.effectiveDate.slice(0, 4)) })
      .orderBy('l.year', 'ASC')
      .addOrderBy('c.name', 'ASC')
      .getMany();
    const names = new Map(sources.map((s) => [s.id, s.name]));
    return rows.map((l) => {
      const c = l.cluster as ClusterEntity;
      const words = CLUSTER_WORDS[c.kind];
      const isLead = ids.includes(l.leadUnitId);
      const unitName = names.get(isLead ? l.leadUnitId : (l.deputyUnitId as string));
      const role = isLead ? words.lead : words.deputy;
      return `"${unitName}" là ${role.toLowerCase()} năm ${l.year} của ${words.noun} "${c.name}": xem xét chọn lại sau khi sắp xếp.`;
    });
  }
}
