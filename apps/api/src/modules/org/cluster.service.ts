import { Injectable } from '@nestjs/common';
import { In, type EntityManager, type Repository } from 'typeorm';
import { blankToNull, isoToVn, todayInVietnam, type IsoDate } from '@thidua/shared-domain';
import { UnitScopes, whereInScope } from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import {
  paginate,
  type ConnectionShape,
  type KeysetSort,
  type PageArgs,
} from '../../core/graphql/connection';
import { groupByKeys, loaderKey } from '../../core/graphql/loaders';
import {
  ClusterEntity,
  ClusterLeadershipEntity,
  ClusterMembershipEntity,
  type ClusterKind,
} from './cluster.entity';
import { MAX_LEADERSHIP_YEAR, MIN_LEADERSHIP_YEAR } from './cluster.inputs';
import { addSearch, rankedBy, searchRank } from '../../core/database/search';
import { clusterLeadershipTarget, clusterMembershipTarget, clusterTarget } from './org-audit';
import { OrgService } from './org.service';
import { UnitEntity } from './unit.entity';

/** What a search matches: a cluster's name or its code (a small table: no index). */
const SEARCH_TEXT = `c.name || ' ' || c.code`;

export interface CreateClusterData {
  code: string;
  name: string;
  kind: ClusterKind;
  organizerUnitId: string;
  description?: string | null;
}

export interface UpdateClusterData {
  id: string;
  version: number;
  name: string;
  description?: string | null;
}

export interface AddClusterMemberData {
  clusterId: string;
  unitId: string;
  joinedOn: IsoDate;
}

export interface EndClusterMembershipData {
  membershipId: string;
  leftOn: IsoDate;
}

export interface SetClusterLeadershipData {
  clusterId: string;
  year: number;
  leadUnitId: string;
  deputyUnitId?: string | null;
}

export interface ClusterListFilter extends PageArgs {
  search?: string | null;
  kind?: ClusterKind | null;
}

/** Fields of a cluster that appear in the audit log. */
const CLUSTER_AUDIT_FIELDS = ['code', 'name', 'kind', 'organizerUnitId', 'description'] as const;

/** Words for a cluster of each kind: "cụm thi đua", "Cụm trưởng"… */
export const CLUSTER_WORDS: Record<ClusterKind, { noun: string; lead: string; deputy: string }> = {
  CUM: { noun: 'cụm thi đua', lead: 'Cụm trưởng', deputy: 'Cụm phó' },
  KHOI: { noun: 'khối thi đua', lead: 'Khối trưởng', deputy: 'Khối phó' },
};

/** Loader key for the members of a cluster on a date ('' = all, current and past). */
export function membersKey(clusterId: string, asOf: IsoDate | null | undefined): string {
  return `${clusterId}|${asOf ?? ''}`;
}

/**
 * Cụm and khối thi đua: organised by a unit (a province, a ministry), grouping member units over time,
 * with a lead and a deputy lead per year. Readable by whoever reads the organizer or a member; managed
 * with CLUSTER_MANAGE at the organizer. Members may come from any tree (a khối groups sở and
 * enterprises) but only from within the manager's CLUSTER_MANAGE scope.
 */
@Injectable()
export class ClusterService {
  constructor(
    private readonly scopes: UnitScopes,
    private readonly db: TransactionRunner,
    private readonly org: OrgService,
  ) {}

  private get clusters(): Repository<ClusterEntity> {
    return this.db.repo(ClusterEntity);
  }

  /** Memberships per `membersKey(clusterId, asOf)`, ordered by the member's name, then by date. */
  readonly membersOf = loaderKey<string, ClusterMembershipEntity[]>(
    'clusterMembers',
    async (keys) => {
      const byAsOf = new Map<string, string[]>();
      for (const key of keys) {
        const [clusterId, asOf] = key.split('|') as [string, string];
        byAsOf.set(asOf, [...(byAsOf.get(asOf) ?? []), clusterId]);
      }
      const rows = new Map<string, ClusterMembershipEntity[]>();
      for (const [asOf, ids] of byAsOf) {
        const qb = this.clusters.manager
          .getRepository(ClusterMembershipEntity)
          .createQueryBuilder('m')
          .innerJoin(UnitEntity, 'u', 'u.id = m.unit_id')
          .where('m.cluster_id IN (:...ids)', { ids: [...new Set(ids)] });
        if (asOf)
          qb.andWhere('m.joined_on <= :asOf AND (m.left_on IS NULL OR m.left_on > :asOf)', {
            asOf,
          });
        const list = await qb
          .orderBy('thidua_fold(u.name)', 'ASC')
          .addOrderBy('u.name', 'ASC')
          .addOrderBy('m.joined_on', 'ASC')
          .addOrderBy('m.id', 'ASC')
          .getMany();
        for (const m of list) {
          const key = membersKey(m.clusterId, asOf);
          rows.set(key, [...(rows.get(key) ?? []), m]);
        }
      }
      return keys.map((k) => rows.get(k) ?? []);
    },
  );

  /** Current members (today in Vietnam) per cluster. */
  readonly memberCount = loaderKey<string, number>('clusterMemberCount', async (ids) => {
    const today = todayInVietnam();
    const rows = await this.clusters.manager
      .getRepository(ClusterMembershipEntity)
      .createQueryBuilder('m')
      .select('m.cluster_id', 'clusterId')
      .addSelect('count(*)::int', 'n')
      .where('m.cluster_id IN (:...ids)', { ids: [...ids] })
      .andWhere('m.joined_on <= :today AND (m.left_on IS NULL OR m.left_on > :today)', { today })
      .groupBy('m.cluster_id')
      .getRawMany<{ clusterId: string; n: number | string }>();
    const map = new Map(rows.map((r) => [r.clusterId, Number(r.n)]));
    return ids.map((id) => map.get(id) ?? 0);
  });

  /** Leaderships per cluster, newest year first. */
  readonly leadershipsOf = loaderKey<string, ClusterLeadershipEntity[]>(
    'clusterLeaderships',
    async (ids) =>
      groupByKeys(
        ids,
        await this.clusters.manager
          .getRepository(ClusterLeadershipEntity)
          .find({ where: { clusterId: In([...ids]) }, order: { year: 'DESC' } }),
        (l) => l.clusterId,
      ),
  );

  /** Clusters whose organizer the actor may read: ranked when searching, else by name. */
  async list(ctx: RequestContext, f: ClusterListFilter): Promise<ConnectionShape<ClusterEntity>> {
    const qb = this.clusters.createQueryBuilder('c');
    // a subquery, not a join: keyset pagination with a computed rank needs a join-free query
    const organizer = this.clusters.manager
      .createQueryBuilder()
      .select('1')
      .from(UnitEntity, 'o')
      .where('o.id = c.organizer_unit_id');
    whereInScope(organizer, await this.scopes.of(ctx.actor, 'UNIT_READ'), 'o.path');
    // a member unit's officers see the clusters their unit belongs (or belonged) to, and who leads them
    const member = this.clusters.manager
      .createQueryBuilder()
      .select('1')
      .from(ClusterMembershipEntity, 'cm')
      .innerJoin(UnitEntity, 'mu', 'mu.id = cm.unit_id')
      .where('cm.cluster_id = c.id');
    whereInScope(member, await this.scopes.of(ctx.actor, 'UNIT_READ'), 'mu.path');
    qb.where(`(EXISTS (${organizer.getQuery()}) OR EXISTS (${member.getQuery()}))`)
      .setParameters(organizer.getParameters())
      .setParameters(member.getParameters());
    if (f.kind) qb.andWhere('c.kind = :kind', { kind: f.kind });
    const search = f.search?.trim();
    let sort: KeysetSort<ClusterEntity>;
    if (search) {
      addSearch(qb, search, SEARCH_TEXT);
      sort = rankedBy(qb, searchRank(SEARCH_TEXT), 'c.id');
    } else {
      sort = {
        expression: 'c.name',
        direction: 'ASC',
        value: (c) => c.name,
        idExpression: 'c.id',
        id: (c) => c.id,
      };
    }
    return paginate(qb, f, sort);
  }

  /**
   * A cluster whose organizer, or one of whose members (now or before), the actor may read; otherwise
   * NOT_FOUND (nothing is revealed outside the scope).
   */
  async getVisible(ctx: RequestContext, id: string): Promise<ClusterEntity> {
    const cluster = await this.clusters.findOneBy({ id });
    if (cluster && (await this.isVisible(ctx, cluster))) return cluster;
    throw AppError.notFound('Cụm, khối thi đua', id);
  }

  private async isVisible(ctx: RequestContext, cluster: ClusterEntity): Promise<boolean> {
    const organizer = await this.org.findById(cluster.organizerUnitId);
    if (organizer && (await this.scopes.covers(ctx.actor, 'UNIT_READ', organizer.path)))
      return true;
    const qb = this.db
      .repo(ClusterMembershipEntity)
      .createQueryBuilder('m')
      .innerJoin(UnitEntity, 'u', 'u.id = m.unit_id')
      .where('m.cluster_id = :id', { id: cluster.id });
    whereInScope(qb, await this.scopes.of(ctx.actor, 'UNIT_READ'), 'u.path');
    return qb.getExists();
  }

  async create(tx: Tx, data: CreateClusterData): Promise<ClusterEntity> {
    const organizer = await this.org.attachableFor(
      tx,
      data.organizerUnitId,
      'CLUSTER_MANAGE',
      (o) => `Bạn không có quyền quản lý cụm, khối thi đua do "${o.name}" tổ chức.`,
      'organizerUnitId',
    );
    const code = data.code.trim();
    const repo = tx.em.getRepository(ClusterEntity);
    if (await repo.createQueryBuilder('c').where('c.code = :code', { code }).getExists()) {
      throw AppError.field('code', `Mã cụm, khối "${code}" đã tồn tại.`);
    }
    const cluster = repo.create({
      code,
      name: data.name.trim(),
      kind: data.kind,
      organizerUnitId: organizer.id,
      description: blankToNull(data.description),
    });
    await repo.save(cluster);
    await tx.audit.created('cluster.create', clusterTarget(cluster), cluster, CLUSTER_AUDIT_FIELDS);
    return repo.findOneByOrFail({ id: cluster.id });
  }

  async update(tx: Tx, data: UpdateClusterData): Promise<ClusterEntity> {
    const { cluster } = await this.manageable(tx, data.id, true);
    const patch = { name: data.name.trim(), description: blankToNull(data.description) };
    await tx.updateVersioned(ClusterEntity, cluster.id, data.version, patch, {
      what: 'Cụm, khối thi đua',
      label: cluster.name,
      entityType: 'Cluster',
    });
    await tx.audit.changed(
      'cluster.update',
      clusterTarget({ ...cluster, ...patch }),
      cluster,
      { ...cluster, ...patch },
      CLUSTER_AUDIT_FIELDS,
    );
    return tx.em.getRepository(ClusterEntity).findOneByOrFail({ id: cluster.id });
  }

  /** A unit joins from `joinedOn`; it must not already be a member on any day from then on. */
  async addMember(tx: Tx, data: AddClusterMemberData): Promise<ClusterMembershipEntity> {
    const { cluster } = await this.manageable(tx, data.clusterId, true);
    const unit = await this.memberCandidate(tx, data.unitId);
    if (data.joinedOn < unit.validFrom) {
      throw AppError.field(
        'joinedOn',
        `Ngày gia nhập không được trước ngày thành lập "${unit.name}" (${isoToVn(unit.validFrom)}).`,
      );
    }
    const repo = tx.em.getRepository(ClusterMembershipEntity);
    const overlap = await repo
      .createQueryBuilder('m')
      .where('m.cluster_id = :clusterId AND m.unit_id = :unitId', {
        clusterId: cluster.id,
        unitId: unit.id,
      })
      .andWhere('(m.left_on IS NULL OR m.left_on > :joinedOn)', { joinedOn: data.joinedOn })
      .orderBy('m.joined_on', 'ASC')
      .getOne();
    if (overlap) {
      const noun = CLUSTER_WORDS[cluster.kind].noun;
      if (overlap.leftOn === null) {
        throw AppError.field(
          'unitId',
          `"${unit.name}" đã là thành viên ${noun} "${cluster.name}" từ ngày ${isoToVn(overlap.joinedOn)}: một đơn vị không thể là thành viên hai lần cùng lúc.`,
        );
      }
      throw AppError.field(
        'joinedOn',
        `"${unit.name}" là thành viên ${noun} "${cluster.name}" từ ngày ${isoToVn(overlap.joinedOn)} đến ngày ${isoToVn(overlap.leftOn)}: ngày gia nhập mới không được trước ngày rời cụm, khối.`,
      );
    }
    const membership = repo.create({
      clusterId: cluster.id,
      unitId: unit.id,
      joinedOn: data.joinedOn,
      leftOn: null,
    });
    await repo.save(membership);
    await tx.audit.event(
      'cluster.member.add',
      clusterMembershipTarget(membership.id, cluster, unit),
      [
        { field: 'clusterId', after: cluster.id },
        { field: 'unitId', after: unit.id },
        { field: 'joinedOn', after: data.joinedOn },
      ],
    );
    return repo.findOneByOrFail({ id: membership.id });
  }

  /** Ends a current membership on `leftOn` (exclusive: the unit is a member until the day before). */
  async endMembership(tx: Tx, data: EndClusterMembershipData): Promise<ClusterMembershipEntity> {
    const repo = tx.em.getRepository(ClusterMembershipEntity);
    const found = await repo.findOneBy({ id: data.membershipId });
    if (!found) throw AppError.notFound('Thành viên cụm, khối', data.membershipId);
    // ending stays possible when the organizer has ended (tidying up a cluster that is wound down)
    const { cluster } = await this.manageable(tx, found.clusterId, false);
    const m = await repo.findOneByOrFail({ id: found.id });
    const unit = await this.org.get(m.unitId);
    const noun = CLUSTER_WORDS[cluster.kind].noun;
    if (m.leftOn !== null) {
      throw AppError.field(
        'leftOn',
        `"${unit.name}" đã rời ${noun} "${cluster.name}" từ ngày ${isoToVn(m.leftOn)}.`,
      );
    }
    if (data.leftOn <= m.joinedOn) {
      throw AppError.field(
        'leftOn',
        `Ngày rời cụm, khối phải sau ngày gia nhập (${isoToVn(m.joinedOn)}).`,
      );
    }
    if (unit.validTo !== null && data.leftOn > unit.validTo) {
      throw AppError.field(
        'leftOn',
        `"${unit.name}" đã kết thúc hoạt động từ ngày ${isoToVn(unit.validTo)}: ngày rời cụm, khối không được sau ngày này.`,
      );
    }
    await repo.update({ id: m.id }, { leftOn: data.leftOn });
    await this.assertLeadershipsStillMembers(tx.em, cluster, unit);
    await tx.audit.event('cluster.member.end', clusterMembershipTarget(m.id, cluster, unit), [
      { field: 'clusterId', after: cluster.id },
      { field: 'unitId', after: unit.id },
      { field: 'leftOn', before: null, after: data.leftOn },
    ]);
    return repo.findOneByOrFail({ id: m.id });
  }

  /** Sets (or replaces) the lead and deputy of a year; both must be members for at least a day of it. */
  async setLeadership(tx: Tx, data: SetClusterLeadershipData): Promise<ClusterLeadershipEntity> {
    if (
      !Number.isInteger(data.year) ||
      data.year < MIN_LEADERSHIP_YEAR ||
      data.year > MAX_LEADERSHIP_YEAR
    ) {
      throw AppError.field(
        'year',
        `Năm phải từ ${MIN_LEADERSHIP_YEAR} đến ${MAX_LEADERSHIP_YEAR}.`,
      );
    }
    const { cluster } = await this.manageable(tx, data.clusterId, true);
    const words = CLUSTER_WORDS[cluster.kind];
    const deputyId = data.deputyUnitId ?? null;
    if (deputyId !== null && deputyId === data.leadUnitId) {
      throw AppError.field(
        'deputyUnitId',
        `${words.deputy} phải là đơn vị khác ${words.lead.toLowerCase()}.`,
      );
    }
    const lead = await this.memberInYear(
      tx,
      cluster,
      data.leadUnitId,
      data.year,
      'leadUnitId',
      words.lead,
    );
    const deputy = deputyId
      ? await this.memberInYear(tx, cluster, deputyId, data.year, 'deputyUnitId', words.deputy)
      : null;

    const repo = tx.em.getRepository(ClusterLeadershipEntity);
    const existing = await repo.findOneBy({ clusterId: cluster.id, year: data.year });
    if (existing) {
      if (existing.leadUnitId === lead.id && existing.deputyUnitId === (deputy?.id ?? null)) {
        tx.skipAudit();
        return existing;
      }
      await repo.update(
        { id: existing.id },
        { leadUnitId: lead.id, deputyUnitId: deputy?.id ?? null },
      );
      await tx.audit.changed(
        'cluster.leadership.set',
        clusterLeadershipTarget(existing.id, cluster, data.year),
        existing,
        { ...existing, leadUnitId: lead.id, deputyUnitId: deputy?.id ?? null },
        ['leadUnitId', 'deputyUnitId'],
      );
      return repo.findOneByOrFail({ id: existing.id });
    }
    const row = repo.create({
      clusterId: cluster.id,
      year: data.year,
      leadUnitId: lead.id,
      deputyUnitId: deputy?.id ?? null,
    });
    await repo.save(row);
    await tx.audit.created(
      'cluster.leadership.set',
      clusterLeadershipTarget(row.id, cluster, data.year),
      row,
      ['clusterId', 'year', 'leadUnitId', 'deputyUnitId'],
    );
    return repo.findOneByOrFail({ id: row.id });
  }

  // ---------------------------------------------------------------------------------------------------

  /**
   * A unit the actor may make a member: inside its CLUSTER_MANAGE scope (a sở's officer groups the
   * sở's units, not the province: membership shows the member's details to the cluster's readers).
   * Outside what it may read the unit is answered as missing, so nothing is revealed.
   */
  private async memberCandidate(tx: Tx, unitId: string): Promise<UnitEntity> {
    const unit = await this.org.findById(unitId);
    if (!unit || !tx.ctx.actor.canAt('UNIT_READ', unit.path))
      throw AppError.field('unitId', 'Đơn vị không tồn tại.');
    if (!tx.ctx.actor.canAt('CLUSTER_MANAGE', unit.path))
      throw AppError.field(
        'unitId',
        `Chỉ thêm được đơn vị trong phạm vi bạn quản lý cụm, khối thi đua; "${unit.name}" nằm ngoài phạm vi đó.`,
      );
    return this.org.assertAttachable(unit.id, 'unitId');
  }

  /**
   * The cluster, locked for this transaction (membership checks are read-then-write), if the actor may
   * manage it: NOT_FOUND when it cannot even be read, FORBIDDEN when it can only be read, and, when
   * `activeOrganizer`, READ_ONLY once its organizer has ended.
   */
  private async manageable(
    tx: Tx,
    id: string,
    activeOrganizer: boolean,
  ): Promise<{ cluster: ClusterEntity; organizer: UnitEntity }> {
    const cluster = await tx.em
      .getRepository(ClusterEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!cluster) throw AppError.notFound('Cụm, khối thi đua', id);
    const organizer = await this.org.get(cluster.organizerUnitId);
    if (!tx.ctx.actor.canAt('CLUSTER_MANAGE', organizer.path)) {
      // a member's officer reads the cluster (its name is theirs to see) but manages nothing in it
      if (!(await this.isVisible(tx.ctx, cluster)))
        throw AppError.notFound('Cụm, khối thi đua', id);
      throw AppError.forbidden(
        `Bạn không có quyền quản lý ${CLUSTER_WORDS[cluster.kind].noun} "${cluster.name}".`,
      );
    }
    if (activeOrganizer) await this.org.assertAttachable(organizer.id);
    return { cluster, organizer };
  }

  /** Member of the cluster on at least one day of `year`. */
  private async isMemberInYear(
    em: EntityManager,
    clusterId: string,
    unitId: string,
    year: number,
  ): Promise<boolean> {
    return em
      .getRepository(ClusterMembershipEntity)
      .createQueryBuilder('m')
      .where('m.cluster_id = :clusterId AND m.unit_id = :unitId', { clusterId, unitId })
      .andWhere('m.joined_on < :yearEnd AND (m.left_on IS NULL OR m.left_on > :yearStart)', {
        yearStart: `${year}-01-01`,
        yearEnd: `${year + 1}-01-01`,
      })
      .getExists();
  }

  private async memberInYear(
    tx: Tx,
    cluster: ClusterEntity,
    unitId: string,
    year: number,
    field: string,
    role: string,
  ): Promise<UnitEntity> {
    const unit = await this.org.findById(unitId);
    if (!unit) throw AppError.field(field, 'Đơn vị không tồn tại.');
    if (!(await this.isMemberInYear(tx.em, cluster.id, unit.id, year))) {
      // a member is named on the cluster's page; any other unit outside the scope is not named at all
      if (!tx.ctx.actor.canAt('UNIT_READ', unit.path))
        throw AppError.field(field, 'Đơn vị không tồn tại.');
      throw AppError.field(
        field,
        `"${unit.name}" không là thành viên ${CLUSTER_WORDS[cluster.kind].noun} "${cluster.name}" trong năm ${year}: ${role.toLowerCase()} phải là thành viên của cụm, khối trong năm đó.`,
      );
    }
    return unit;
  }

  /** After a membership ends: the unit still leads (or deputises) only in years it was a member. */
  private async assertLeadershipsStillMembers(
    em: EntityManager,
    cluster: ClusterEntity,
    unit: UnitEntity,
  ): Promise<void> {
    const rows = await em.getRepository(ClusterLeadershipEntity).find({
      where: [
        { clusterId: cluster.id, leadUnitId: unit.id },
        { clusterId: cluster.id, deputyUnitId: unit.id },
      ],
      order: { year: 'ASC' },
    });
    const words = CLUSTER_WORDS[cluster.kind];
    for (const l of rows) {
      if (await this.isMemberInYear(em, cluster.id, unit.id, l.year)) continue;
      const role = l.leadUnitId === unit.id ? words.lead : words.deputy;
      throw AppError.field(
        'leftOn',
        `"${unit.name}" là ${role.toLowerCase()} năm ${l.year}: ngày rời này làm đơn vị không còn là thành viên trong năm đó. Chọn lại ${words.lead.toLowerCase()}, ${words.deputy.toLowerCase()} năm ${l.year} trước.`,
      );
    }
  }
}
