import { Injectable } from '@nestjs/common';
import { In, type Repository } from 'typeorm';
import {
  blankToNull,
  isoToVn,
  oneLine,
  type IsoDate,
  type Permission,
} from '@thidua/shared-domain';
import { UnitScopes, whereInScope } from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import { diffFields } from '../../core/audit/diff';
import { addSearch, rankedBy, searchRank } from '../../core/database/search';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { paginate, type ConnectionShape, type KeysetSort } from '../../core/graphql/connection';
import { byKeys, groupByKeys, loaderKey } from '../../core/graphql/loaders';
import { UserService } from '../identity/user.service';
import { ClusterService } from '../org/cluster.service';
import { OrgService } from '../org/org.service';
import { PeopleService } from '../people/people.service';
import {
  COUNCIL_AUDIT_FIELDS,
  COUNCIL_MEMBER_AUDIT_FIELDS,
  councilAuditView,
  councilMemberAuditView,
  councilMemberTarget,
  councilTarget,
  type CouncilAuditView,
  type CouncilMemberAuditView,
} from './council-audit';
import { byRole, memberOn, overlaps, period } from './council-composition';
import { CouncilSnapshots } from './council-snapshots';
import {
  COUNCIL_MEMBER_ROLES,
  DEFAULT_COUNCIL_NAME,
  DEFAULT_QUORUM_SHARE,
  type CouncilMemberRole,
} from './council-vocabulary';
import { CouncilEntity, CouncilMemberEntity } from './council.entity';

export const COUNCIL_READ: Permission = 'COUNCIL_READ';
export const COUNCIL_MANAGE: Permission = 'COUNCIL_MANAGE';
export const COUNCIL_WHAT = 'Hội đồng Thi đua - Khen thưởng';
const MEMBER_WHAT = 'Thành viên Hội đồng';

type UnitEntity = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;

export interface CouncilData {
  name?: string | null;
  standingUnitId?: string | null;
  decisionNumber?: string | null;
  decisionDate?: IsoDate | null;
  decisionText?: string | null;
  quorumShare?: number | null;
  awardPresenceShare?: number | null;
  proxiesAllowed?: boolean | null;
}

export interface NewCouncil extends CouncilData {
  unitId: string;
  clusterId?: string | null;
}

export interface CouncilEdit extends CouncilData {
  name: string;
  endedOn?: IsoDate | null;
}

export interface MemberData {
  role: CouncilMemberRole;
  title: string;
  from: IsoDate;
  to?: IsoDate | null;
  userId?: string | null;
}

export interface CouncilFilter {
  unitId?: string | null;
  search?: string | null;
  first: number;
  after?: string | null;
}

function isUniqueViolation(error: unknown): boolean {
  const e = (error as { driverError?: { code?: string }; code?: string }) ?? {};
  return (e.driverError?.code ?? e.code) === '23505';
}

/**
 * Hội đồng Thi đua - Khen thưởng and its composition over time (issue 12, "Councils and sessions";
 * domain §3). Read with COUNCIL_READ where the council's unit lies (ADR 0013: an ended unit's council
 * is read by whoever reads what the unit became), managed with COUNCIL_MANAGE there (the council's
 * secretary and the TĐKT officers); anyone else gets NOT_FOUND. Every change of the members
 * re-snapshots the council's planned sessions (CouncilSnapshots), whose list is the denominator of the
 * session's thresholds.
 */
@Injectable()
export class CouncilService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
    private readonly clusters: ClusterService,
    private readonly people: PeopleService,
    private readonly users: UserService,
    private readonly snapshots: CouncilSnapshots,
  ) {}

  private get councils(): Repository<CouncilEntity> {
    return this.db.repo(CouncilEntity);
  }

  private get members(): Repository<CouncilMemberEntity> {
    return this.db.repo(CouncilMemberEntity);
  }

  readonly councilById = loaderKey<string, CouncilEntity | null>('councilById', async (ids) =>
    byKeys(ids, await this.councils.findBy({ id: In([...ids]) }), (c) => c.id),
  );

  /** Members per `membersKey(councilId, on)`, in the order of the composition. */
  readonly membersOf = loaderKey<string, CouncilMemberEntity[]>('councilMembers', async (keys) => {
    const ids = [...new Set(keys.map((k) => k.split('|')[0] as string))];
    const rows = (await this.members.findBy({ councilId: In(ids) })).sort(byRole);
    const all = groupByKeys(ids, rows, (m) => m.councilId);
    const byCouncil = new Map(ids.map((id, i) => [id, all[i] ?? []]));
    return keys.map((key) => {
      const [councilId, on] = key.split('|') as [string, string];
      const list = byCouncil.get(councilId) ?? [];
      return on ? list.filter((m) => memberOn(m, on)) : list;
    });
  });

  // ---------------------------------------------------------------------------------------------------
  // access: one decision for every read and change

  /** The council's unit, if the caller reads the council (COUNCIL_READ where its unit lies). */
  async readableUnit(ctx: RequestContext, c: CouncilEntity): Promise<UnitEntity | null> {
    const unit = await this.org.findById(c.unitId);
    if (!unit) return null;
    if (
      ctx.actor.canAt(COUNCIL_MANAGE, unit.path) ||
      (await this.scopes.covers(ctx.actor, COUNCIL_READ, unit.path))
    )
      return unit;
    return null;
  }

  /** Whether the caller manages the council (COUNCIL_MANAGE at its unit; an ended unit is read-only). */
  canManage(ctx: RequestContext, unitPath: string): boolean {
    return ctx.actor.canAt(COUNCIL_MANAGE, unitPath);
  }

  /** The council if the caller reads it, else NOT_FOUND naming nothing. */
  async get(ctx: RequestContext, id: string): Promise<CouncilEntity> {
    const c = await this.councils.findOneBy({ id });
    if (!c || !(await this.readableUnit(ctx, c))) throw AppError.notFound(COUNCIL_WHAT, id);
    return c;
  }

  /**
   * The council, locked for the caller's transaction (member changes and sessions of one council are
   * serialised on it: the composition rules read the other members), if the caller manages it:
   * NOT_FOUND when it does not read it, FORBIDDEN when it reads but does not manage it.
   */
  async manageable(tx: Tx, id: string): Promise<{ council: CouncilEntity; unit: UnitEntity }> {
    const council = await tx.em
      .getRepository(CouncilEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
    const unit = council ? await this.readableUnit(tx.ctx, council) : null;
    if (!council || !unit) throw AppError.notFound(COUNCIL_WHAT, id);
    if (!this.canManage(tx.ctx, unit.path))
      throw AppError.forbidden(
        `Bạn không có quyền quản lý Hội đồng Thi đua - Khen thưởng của đơn vị "${unit.name}".`,
      );
    return { council, unit };
  }

  // ---------------------------------------------------------------------------------------------------
  // councils

  /** Councils in the caller's COUNCIL_READ scope: by name, or by match when searching. */
  async list(ctx: RequestContext, f: CouncilFilter): Promise<ConnectionShape<CouncilEntity>> {
    const qb = this.councils.createQueryBuilder('c');
    // the unit as a subquery, not a join: keyset pagination with a computed rank needs a join-free query
    const unitOf = qb.subQuery().select('1').from('units', 'u').where('u.id = c.unit_id');
    whereInScope(unitOf, await this.scopes.of(ctx.actor, COUNCIL_READ), 'u.path');
    if (f.unitId) {
      const unit = await this.org.findById(f.unitId);
      if (!unit) throw AppError.field('unitId', 'Đơn vị không tồn tại.');
      unitOf.andWhere('u.path <@ CAST(:unitPath AS ltree)', { unitPath: unit.path });
    }
    qb.where(`EXISTS ${unitOf.getQuery()}`).setParameters(unitOf.getParameters());
    const search = f.search?.trim();
    let sort: KeysetSort<CouncilEntity>;
    if (search) {
      addSearch(qb, search, 'c.name');
      sort = rankedBy(qb, searchRank('c.name'), 'c.id');
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

  async create(tx: Tx, d: NewCouncil): Promise<CouncilEntity> {
    const unit = await this.org.attachableFor(
      tx,
      d.unitId,
      COUNCIL_MANAGE,
      (u) => `Bạn không có quyền thành lập Hội đồng Thi đua - Khen thưởng của "${u.name}".`,
      'unitId',
    );
    let clusterName: string | null = null;
    if (d.clusterId) {
      const cluster = await this.clusters.getVisible(tx.ctx, d.clusterId).catch((e: unknown) => {
        if (e instanceof AppError && e.code === 'NOT_FOUND')
          throw AppError.field('clusterId', 'Cụm, khối thi đua không tồn tại.');
        throw e;
      });
      const leaderships = (await this.clusters.leadershipsOf.batch([cluster.id]))[0];
      const leads = Array.isArray(leaderships) ? leaderships : [];
      if (!leads.some((l) => l.leadUnitId === unit.id))
        throw AppError.field(
          'unitId',
          `Đơn vị "${unit.name}" chưa từng là cụm trưởng, khối trưởng của "${cluster.name}": Hội đồng họp thành viên cụm, khối là của đơn vị cụm trưởng, khối trưởng.`,
        );
      clusterName = cluster.name;
    }
    const fields = await this.councilFields(tx, d);
    if (await this.activeCouncil(tx, unit.id, d.clusterId ?? null, null))
      throw this.duplicate(unit, clusterName);
    const repo = tx.em.getRepository(CouncilEntity);
    let saved: CouncilEntity;
    try {
      saved = await repo.save(
        repo.create({
          ...fields,
          unitId: unit.id,
          clusterId: d.clusterId ?? null,
          name:
            oneLine(d.name) ||
            `${DEFAULT_COUNCIL_NAME} ${clusterName ?? unit.name}`.replace(/\s+/g, ' '),
          endedOn: null,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw this.duplicate(unit, clusterName);
      throw error;
    }
    const council = await repo.findOneByOrFail({ id: saved.id });
    await tx.audit.created<CouncilAuditView>(
      'council.create',
      councilTarget(council),
      councilAuditView(council),
      COUNCIL_AUDIT_FIELDS,
    );
    return council;
  }

  /** The active council of a unit (of a cluster: the cluster's), other than `exceptId`. */
  private activeCouncil(
    tx: Tx,
    unitId: string,
    clusterId: string | null,
    exceptId: string | null,
  ): Promise<CouncilEntity | null> {
    const qb = tx.em
      .getRepository(CouncilEntity)
      .createQueryBuilder('c')
      .where('c.ended_on IS NULL');
    if (clusterId) qb.andWhere('c.cluster_id = :clusterId', { clusterId });
    else qb.andWhere('c.unit_id = :unitId AND c.cluster_id IS NULL', { unitId });
    if (exceptId) qb.andWhere('c.id <> :exceptId', { exceptId });
    return qb.getOne();
  }

  private duplicate(unit: UnitEntity, clusterName: string | null): AppError {
    return AppError.field(
      clusterName ? 'clusterId' : 'unitId',
      clusterName
        ? `"${clusterName}" đã có Hội đồng đang hoạt động: hãy sửa Hội đồng đó, hoặc ghi ngày kết thúc trước khi thành lập Hội đồng mới.`
        : `Đơn vị "${unit.name}" đã có Hội đồng Thi đua - Khen thưởng đang hoạt động: hãy sửa Hội đồng đó, hoặc ghi ngày kết thúc trước khi thành lập Hội đồng mới.`,
    );
  }

  /** The fields a council's form sets, checked: the standing body a unit the caller reads, still active. */
  private async councilFields(
    tx: Tx,
    d: CouncilData,
  ): Promise<
    Pick<
      CouncilEntity,
      | 'standingUnitId'
      | 'decisionNumber'
      | 'decisionDate'
      | 'decisionText'
      | 'quorumShare'
      | 'awardPresenceShare'
      | 'proxiesAllowed'
    >
  > {
    let standingUnitId: string | null = null;
    if (d.standingUnitId) {
      const standing = await this.org.getVisible(tx.ctx, d.standingUnitId).catch((e: unknown) => {
        if (e instanceof AppError && e.code === 'NOT_FOUND')
          throw AppError.field('standingUnitId', 'Cơ quan thường trực không tồn tại.');
        throw e;
      });
      await this.org.assertAttachable(standing.id, 'standingUnitId');
      standingUnitId = standing.id;
    }
    return {
      standingUnitId,
      decisionNumber: blankToNull(oneLine(d.decisionNumber)),
      decisionDate: d.decisionDate ?? null,
      decisionText: blankToNull(d.decisionText?.trim()),
      quorumShare: d.quorumShare ?? DEFAULT_QUORUM_SHARE,
      awardPresenceShare: d.awardPresenceShare ?? null,
      proxiesAllowed: d.proxiesAllowed ?? false,
    };
  }

  async update(tx: Tx, id: string, version: number, d: CouncilEdit): Promise<CouncilEntity> {
    const { council: before, unit } = await this.manageable(tx, id);
    const fields = await this.councilFields(tx, d);
    const endedOn = d.endedOn ?? null;
    if (endedOn && before.endedOn === null) {
      const later = await this.snapshots.plannedAfter(tx, before.id, endedOn);
      if (later)
        throw AppError.field(
          'endedOn',
          `Phiên họp "${later.title}" lên lịch ngày ${isoToVn(later.date)}, sau ngày kết thúc: hãy đổi ngày hoặc xóa phiên họp đó trước.`,
        );
    }
    if (endedOn === null && before.endedOn !== null) {
      const other = await this.activeCouncil(tx, before.unitId, before.clusterId, before.id);
      if (other)
        throw AppError.field(
          'endedOn',
          `Đơn vị "${unit.name}" đã có Hội đồng khác đang hoạt động ("${other.name}"): Hội đồng này không hoạt động lại được.`,
        );
    }
    const patch: Partial<CouncilEntity> = { ...fields, name: oneLine(d.name), endedOn };
    const after = { ...before, ...patch } as CouncilEntity;
    const changes = diffFields<CouncilAuditView>(
      councilAuditView(before),
      councilAuditView(after),
      COUNCIL_AUDIT_FIELDS,
    );
    if (!changes.length) {
      if (version !== before.version)
        throw AppError.conflict(COUNCIL_WHAT, before.name, 'Council', before.id);
      return before;
    }
    await tx.updateVersioned(CouncilEntity, before.id, version, patch, {
      what: COUNCIL_WHAT,
      label: before.name,
      entityType: 'Council',
    });
    const saved = await tx.em.findOneByOrFail(CouncilEntity, { id: before.id });
    await tx.audit.event('council.update', councilTarget(saved), changes);
    return saved;
  }

  // ---------------------------------------------------------------------------------------------------
  // members

  async addMember(
    tx: Tx,
    councilId: string,
    personId: string,
    d: MemberData,
  ): Promise<CouncilMemberEntity> {
    const { council } = await this.manageable(tx, councilId);
    const person = await this.people.getVisible(tx.ctx, personId).catch((e: unknown) => {
      if (e instanceof AppError && e.code === 'NOT_FOUND')
        throw AppError.field('personId', 'Cán bộ không tồn tại.');
      throw e;
    });
    const fields = await this.memberFields(tx, council, d);
    await this.assertComposition(tx, council, { id: null, personId: person.id, ...fields });
    const repo = tx.em.getRepository(CouncilMemberEntity);
    const saved = await repo.save(
      repo.create({ councilId: council.id, personId: person.id, ...fields }),
    );
    const member = await repo.findOneByOrFail({ id: saved.id });
    await tx.audit.created<CouncilMemberAuditView>(
      'councilMember.add',
      councilMemberTarget(member, person.fullName, council),
      councilMemberAuditView(member),
      COUNCIL_MEMBER_AUDIT_FIELDS,
    );
    await this.snapshots.refresh(tx, council, 'from');
    return member;
  }

  async updateMember(
    tx: Tx,
    id: string,
    version: number,
    d: MemberData,
  ): Promise<CouncilMemberEntity> {
    const before = await this.memberOf(tx, id);
    const { council } = await this.manageable(tx, before.councilId);
    const fields = await this.memberFields(tx, council, d);
    await this.assertComposition(tx, council, {
      id: before.id,
      personId: before.personId,
      ...fields,
    });
    const after = { ...before, ...fields } as CouncilMemberEntity;
    const changes = diffFields<CouncilMemberAuditView>(
      councilMemberAuditView(before),
      councilMemberAuditView(after),
      COUNCIL_MEMBER_AUDIT_FIELDS,
    );
    const name = await this.personName(before.personId);
    if (!changes.length) {
      if (version !== before.version)
        throw AppError.conflict(MEMBER_WHAT, name, 'CouncilMember', before.id);
      return before;
    }
    await tx.updateVersioned(CouncilMemberEntity, before.id, version, fields, {
      what: MEMBER_WHAT,
      label: name,
      entityType: 'CouncilMember',
    });
    await tx.audit.event(
      'councilMember.update',
      councilMemberTarget(before, name, council),
      changes,
    );
    await this.snapshots.refresh(tx, council, d.to !== before.toDate ? 'to' : 'from');
    return tx.em.findOneByOrFail(CouncilMemberEntity, { id: before.id });
  }

  /**
   * Removes a member entered by mistake: refused once a session that has begun lists them (that list
   * is the minutes'; end the membership with `to` instead) or while they chair or record a planned
   * one. Planned sessions drop them from their list.
   */
  async removeMember(tx: Tx, id: string, version: number): Promise<void> {
    const member = await this.memberOf(tx, id);
    const { council } = await this.manageable(tx, member.councilId);
    const name = await this.personName(member.personId);
    if (member.version !== version)
      throw AppError.conflict(MEMBER_WHAT, name, 'CouncilMember', member.id);
    await this.snapshots.assertRemovable(tx, council, member.id, name);
    // planned sessions drop the member (and the proxies they held) before the row goes
    await this.snapshots.refresh(tx, council, 'id', member.id);
    const result = await tx.em
      .getRepository(CouncilMemberEntity)
      .delete({ id: member.id, version });
    if (!result.affected) throw AppError.conflict(MEMBER_WHAT, name, 'CouncilMember', member.id);
    await tx.audit.deleted<CouncilMemberAuditView>(
      'councilMember.remove',
      councilMemberTarget(member, name, council),
      councilMemberAuditView(member),
      COUNCIL_MEMBER_AUDIT_FIELDS,
    );
  }

  /** The member (of a council the caller reads), else NOT_FOUND. */
  private async memberOf(tx: Tx, id: string): Promise<CouncilMemberEntity> {
    const member = await tx.em.findOneBy(CouncilMemberEntity, { id });
    if (!member) throw AppError.notFound(MEMBER_WHAT, id);
    const council = await tx.em.findOneBy(CouncilEntity, { id: member.councilId });
    if (!council || !(await this.readableUnit(tx.ctx, council)))
      throw AppError.notFound(MEMBER_WHAT, id);
    return member;
  }

  private async personName(personId: string): Promise<string> {
    return (await this.people.findById(personId))?.fullName ?? '';
  }

  private async memberFields(
    tx: Tx,
    council: CouncilEntity,
    d: MemberData,
  ): Promise<Pick<CouncilMemberEntity, 'role' | 'title' | 'fromDate' | 'toDate' | 'userId'>> {
    const toDate = d.to ?? null;
    if (toDate !== null && toDate < d.from)
      throw AppError.field('to', 'Đến ngày không được trước từ ngày.');
    if (council.endedOn && d.from > council.endedOn)
      throw AppError.field(
        'from',
        `Hội đồng đã kết thúc hoạt động ngày ${isoToVn(council.endedOn)}: không thêm thành viên sau ngày đó.`,
      );
    let userId: string | null = null;
    if (d.userId) {
      const user = await this.users.getVisible(tx.ctx, d.userId).catch((e: unknown) => {
        if (e instanceof AppError && e.code === 'NOT_FOUND')
          throw AppError.field('userId', 'Tài khoản không tồn tại.');
        throw e;
      });
      userId = user.id;
    }
    const title = oneLine(d.title);
    if (!title) throw AppError.field('title', 'Chức vụ không được để trống.');
    return { role: d.role, title, fromDate: d.from, toDate, userId };
  }

  /**
   * The composition rules, against the council's other members (serialised by the council's lock):
   * one Chủ tịch and at most one Ủy viên thư ký at any day (BN86 Điều 8: the Chủ tịch UBND chairs, the
   * head of the TĐKT office is Ủy viên kiêm thư ký), a person in one period at a time, an account
   * linked to one member at a time (one remote vote per member).
   */
  private async assertComposition(
    tx: Tx,
    council: CouncilEntity,
    m: {
      id: string | null;
      personId: string;
      role: CouncilMemberRole;
      fromDate: IsoDate;
      toDate: IsoDate | null;
      userId: string | null;
    },
  ): Promise<void> {
    const others = (await tx.em.findBy(CouncilMemberEntity, { councilId: council.id })).filter(
      (o) => o.id !== m.id && overlaps(o, m),
    );
    if (!others.length) return;
    const names = await this.people.findByIds(others.map((o) => o.personId));
    const nameOf = (o: CouncilMemberEntity) => names.get(o.personId)?.fullName ?? '';
    const same = others.find((o) => o.personId === m.personId);
    if (same)
      throw AppError.field(
        'personId',
        `${nameOf(same)} đã là thành viên Hội đồng (${COUNCIL_MEMBER_ROLES[same.role]}) ${period(same)}: mỗi người chỉ giữ một vị trí trong Hội đồng tại một thời điểm.`,
      );
    for (const role of ['CHU_TICH', 'UY_VIEN_THU_KY'] as const) {
      if (m.role !== role) continue;
      const holder = others.find((o) => o.role === role);
      if (holder)
        throw AppError.field(
          'role',
          `Hội đồng đã có ${COUNCIL_MEMBER_ROLES[role]} ${nameOf(holder)} ${period(holder)}: mỗi thời điểm chỉ có một ${COUNCIL_MEMBER_ROLES[role]}. Hãy ghi ngày kết thúc cho người đó trước.`,
        );
    }
    const account = m.userId ? others.find((o) => o.userId === m.userId) : undefined;
    if (account)
      throw AppError.field(
        'userId',
        `Tài khoản này đã gắn với thành viên ${nameOf(account)} ${period(account)}: mỗi tài khoản chỉ bỏ phiếu cho một thành viên.`,
      );
  }
}
