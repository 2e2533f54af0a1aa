import { Injectable } from '@nestjs/common';
import { In, type Repository } from 'typeorm';
import { blankToNull, isoToVn, oneLine, type IsoDate } from '@thidua/shared-domain';
import { UnitScopes, whereInScope } from '../../core/auth/unit-scope';
import type { AuditChange } from '../../core/audit/audit-log.entity';
import { diffFields } from '../../core/audit/diff';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import {
  mapConnection,
  paginate,
  type ConnectionShape,
  type KeysetSort,
} from '../../core/graphql/connection';
import { byKeys, groupByKeys, loaderKey } from '../../core/graphql/loaders';
import { AwardDossierService } from '../awards/award-dossier.service';
import { AwardRoundService } from '../awards/award-round.service';
import {
  COUNCIL_SESSION_AUDIT_FIELDS,
  councilSessionAuditView,
  councilSessionTarget,
  type CouncilSessionAuditView,
} from './council-audit';
import { councilQuorum, type QuorumResult } from './council-quorum';
import {
  CouncilAgendaItemEntity,
  CouncilSessionEntity,
  CouncilSessionGuestEntity,
  CouncilSessionMemberEntity,
} from './council-session.entity';
import { CouncilSnapshots } from './council-snapshots';
import {
  COUNCIL_ATTENDANCE,
  COUNCIL_LIMITS as L,
  COUNCIL_SESSION_STATUSES,
  type CouncilAttendance,
  type CouncilMemberRole,
  type CouncilSessionKind,
  type CouncilSessionStatus,
} from './council-vocabulary';
import { CouncilEntity } from './council.entity';
import { COUNCIL_READ, CouncilService } from './council.service';

const WHAT = 'Phiên họp Hội đồng';

/** Sessions newest meeting first (a council meets a few times a year), for every list of them. */
const NEWEST_MEETING_FIRST: KeysetSort<CouncilSessionEntity> = {
  expression: 's.date',
  direction: 'DESC',
  value: (s) => s.date,
  idExpression: 's.id',
  id: (s) => s.id,
};

export interface SessionData {
  title: string;
  kind: CouncilSessionKind;
  date: IsoDate;
  startTime?: string | null;
  place?: string | null;
  chairMemberId?: string | null;
  secretaryMemberId?: string | null;
  awardRoundId?: string | null;
  note?: string | null;
}

export interface AttendanceItem {
  memberId: string;
  attendance: CouncilAttendance;
  writtenOpinion?: string | null;
  proxyMemberId?: string | null;
}

/** A session as its member sees it (`listForMember`). */
export interface MemberSessionView {
  session: CouncilSessionEntity;
  councilName: string;
  role: CouncilMemberRole;
  attendance: CouncilAttendance | null;
  remoteRounds: { id: string; number: number; awards: string[]; tokenTaken: boolean }[];
}

export interface SessionFilter {
  councilId?: string | null;
  status?: CouncilSessionStatus | null;
  first: number;
  after?: string | null;
}

/** Counts of a session's attendance beside the quorum (the minutes' "vắng … đồng chí"). */
export interface AttendanceCounts {
  writtenOpinions: number;
  absent: number;
  unrecorded: number;
}

/** "Nguyễn Văn A: Vắng, có ý kiến bằng văn bản" */
function attendanceLine(r: Pick<CouncilSessionMemberEntity, 'personName' | 'attendance'>): string {
  return `${r.personName}: ${r.attendance ? COUNCIL_ATTENDANCE[r.attendance] : 'chưa điểm danh'}`;
}

/** "Nguyễn Văn A — Chiến sĩ thi đua cơ sở (Phòng Tổ chức cán bộ)" */
function itemLine(
  a: Pick<CouncilAgendaItemEntity, 'candidateName' | 'awardName' | 'proposingUnitName'>,
): string {
  return `${a.candidateName} — ${a.awardName} (${a.proposingUnitName})`;
}

/**
 * Phiên họp Hội đồng (issue 12): scheduling, the members on its day (CouncilSnapshots), attendance
 * with absentees' written opinions and proxies, invited guests, the agenda taken from a round's
 * appraised nominees (AwardDossierService.appraisedForCouncil), the quorum, and the start. A session
 * is read and changed exactly as its council (CouncilService): COUNCIL_READ / COUNCIL_MANAGE at the
 * council's unit, NOT_FOUND outside. Its version guards it as a whole: every change here moves it.
 */
@Injectable()
export class CouncilSessionService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly councils: CouncilService,
    private readonly snapshots: CouncilSnapshots,
    private readonly rounds: AwardRoundService,
    private readonly dossiers: AwardDossierService,
  ) {}

  private get sessions(): Repository<CouncilSessionEntity> {
    return this.db.repo(CouncilSessionEntity);
  }

  readonly sessionMembersOf = loaderKey<string, CouncilSessionMemberEntity[]>(
    'councilSessionMembers',
    async (ids) =>
      groupByKeys(
        ids,
        await this.db.repo(CouncilSessionMemberEntity).find({
          where: { sessionId: In([...ids]) },
          order: { position: 'ASC', createdAt: 'ASC' },
        }),
        (m) => m.sessionId,
      ),
  );

  readonly guestsOf = loaderKey<string, CouncilSessionGuestEntity[]>(
    'councilSessionGuests',
    async (ids) =>
      groupByKeys(
        ids,
        await this.db.repo(CouncilSessionGuestEntity).find({
          where: { sessionId: In([...ids]) },
          order: { position: 'ASC', createdAt: 'ASC' },
        }),
        (g) => g.sessionId,
      ),
  );

  readonly agendaOf = loaderKey<string, CouncilAgendaItemEntity[]>('councilAgenda', async (ids) =>
    groupByKeys(
      ids,
      await this.db.repo(CouncilAgendaItemEntity).find({
        where: { sessionId: In([...ids]) },
        order: { position: 'ASC', createdAt: 'ASC' },
      }),
      (a) => a.sessionId,
    ),
  );

  readonly sessionById = loaderKey<string, CouncilSessionEntity | null>(
    'councilSessionById',
    async (ids) => byKeys(ids, await this.sessions.findBy({ id: In([...ids]) }), (s) => s.id),
  );

  // ---------------------------------------------------------------------------------------------------
  // reading

  async list(
    ctx: RequestContext,
    f: SessionFilter,
  ): Promise<ConnectionShape<CouncilSessionEntity>> {
    const qb = this.sessions.createQueryBuilder('s');
    // the council's unit as a subquery: the page stays a join-free keyset read
    const unitOf = qb
      .subQuery()
      .select('1')
      .from('councils', 'c')
      .innerJoin('units', 'u', 'u.id = c.unit_id')
      .where('c.id = s.council_id');
    whereInScope(unitOf, await this.scopes.of(ctx.actor, COUNCIL_READ), 'u.path');
    qb.where(`EXISTS ${unitOf.getQuery()}`).setParameters(unitOf.getParameters());
    if (f.councilId) qb.andWhere('s.council_id = :councilId', { councilId: f.councilId });
    if (f.status) qb.andWhere('s.status = :status', { status: f.status });
    return paginate(qb, f, NEWEST_MEETING_FIRST);
  }

  /**
   * The sessions whose member list holds the caller's account (a council member linked to the user),
   * newest meeting first, each with the caller's role and attendance and the remote rounds open in
   * it: a member's way to the sessions and their ballots without COUNCIL_READ on the council's unit
   * (a member from another department, an expert). Only what the member's own screens show: no
   * agenda, no results, no other member. Four statements a page, whatever its size.
   */
  async listForMember(
    ctx: RequestContext,
    page: { first: number; after?: string | null },
  ): Promise<ConnectionShape<MemberSessionView>> {
    // an API client or the system sits on no council
    const userId = ctx.actor.type === 'USER' ? ctx.actor.id : null;
    const qb = this.sessions.createQueryBuilder('s');
    if (userId)
      qb.where(
        `EXISTS (SELECT 1 FROM council_session_members sm JOIN council_members m ON m.id = sm.member_id
          WHERE sm.session_id = s.id AND m.user_id = :userId)`,
        { userId },
      );
    else qb.where('false');
    const sessions = await paginate(qb, page, NEWEST_MEETING_FIRST);
    const ids = sessions.edges.map((e) => e.node.id);
    if (!ids.length) return { ...sessions, edges: [] };

    const em = this.db.manager;
    const councils = new Map(
      (
        await em.findBy(CouncilEntity, {
          id: In([...new Set(sessions.edges.map((e) => e.node.councilId))]),
        })
      ).map((c) => [c.id, c.name]),
    );
    // the caller's seat in each session (a member sits once on a council)
    const seats: {
      session_id: string;
      member_id: string;
      role: CouncilMemberRole;
      attendance: CouncilAttendance | null;
    }[] = await em.query(
      `SELECT sm.session_id, sm.member_id, sm.role, sm.attendance
           FROM council_session_members sm JOIN council_members m ON m.id = sm.member_id
          WHERE sm.session_id = ANY($1) AND m.user_id = $2`,
      [ids, userId],
    );
    const seatOf = new Map(seats.map((r) => [r.session_id, r]));
    const rounds: {
      id: string;
      session_id: string;
      number: number;
      awards: string[] | null;
      taken: boolean;
    }[] = await em.query(
      `SELECT r.id, r.session_id, r.number,
                (SELECT array_agg(DISTINCT a.award_name ORDER BY a.award_name)
                   FROM council_round_candidates c JOIN council_agenda_items a ON a.id = c.agenda_item_id
                  WHERE c.round_id = r.id) AS awards,
                EXISTS (SELECT 1 FROM council_token_issuances t
                         WHERE t.round_id = r.id AND t.member_id = ANY($2)) AS taken
           FROM council_voting_rounds r
          WHERE r.session_id = ANY($1) AND r.mode = 'REMOTE' AND r.status = 'OPEN'
          ORDER BY r.opened_at, r.id`,
      [ids, seats.map((r) => r.member_id)],
    );
    const grouped = groupByKeys(ids, rounds, (r) => r.session_id);
    const roundsOf = new Map(ids.map((id, i) => [id, grouped[i] ?? []]));
    return mapConnection(sessions, (s) => {
      const seat = seatOf.get(s.id);
      return {
        session: s,
        councilName: councils.get(s.councilId) ?? '',
        role: seat?.role ?? 'UY_VIEN',
        attendance: seat?.attendance ?? null,
        remoteRounds: (roundsOf.get(s.id) ?? []).map((r) => ({
          id: r.id,
          number: r.number,
          awards: r.awards ?? [],
          tokenTaken: r.taken,
        })),
      };
    });
  }

  /** The session if the caller reads its council, else NOT_FOUND naming nothing. */
  async get(ctx: RequestContext, id: string): Promise<CouncilSessionEntity> {
    const s = await this.sessions.findOneBy({ id });
    const council = s ? await this.db.repo(CouncilEntity).findOneBy({ id: s.councilId }) : null;
    if (!s || !council || !(await this.councils.readableUnit(ctx, council)))
      throw AppError.notFound(WHAT, id);
    return s;
  }

  /**
   * The session and its council, both locked, if the caller manages the council: NOT_FOUND when the
   * caller does not read it, FORBIDDEN when it reads but does not manage it. The version is checked
   * here (a stale page is CONFLICT before anything is judged).
   */
  async manageable(
    tx: Tx,
    id: string,
    version: number | null,
  ): Promise<{ session: CouncilSessionEntity; council: CouncilEntity }> {
    const found = await tx.em.findOneBy(CouncilSessionEntity, { id });
    if (!found) throw AppError.notFound(WHAT, id);
    const council = await tx.em.findOneBy(CouncilEntity, { id: found.councilId });
    if (!council || !(await this.councils.readableUnit(tx.ctx, council)))
      throw AppError.notFound(WHAT, id);
    const managed = await this.councils.manageable(tx, council.id);
    const session = await tx.em
      .getRepository(CouncilSessionEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :id', { id })
      .getOneOrFail();
    if (version !== null && session.version !== version)
      throw AppError.conflict(WHAT, session.title, 'CouncilSession', session.id);
    return { session, council: managed.council };
  }

  assertStatus(
    s: CouncilSessionEntity,
    allowed: readonly CouncilSessionStatus[],
    doing: string,
  ): void {
    if (!allowed.includes(s.status))
      throw AppError.field(
        'id',
        `Phiên họp đang ở trạng thái "${COUNCIL_SESSION_STATUSES[s.status]}": không ${doing} được.`,
      );
  }

  // ---------------------------------------------------------------------------------------------------
  // the session

  async create(tx: Tx, councilId: string, d: SessionData): Promise<CouncilSessionEntity> {
    const { council } = await this.councils.manageable(tx, councilId);
    if (council.endedOn && d.date > council.endedOn)
      throw AppError.field(
        'date',
        `Hội đồng đã kết thúc hoạt động ngày ${isoToVn(council.endedOn)}: không lên lịch họp sau ngày đó.`,
      );
    const fields = await this.sessionFields(council, d);
    const repo = tx.em.getRepository(CouncilSessionEntity);
    const saved = await repo.save(
      repo.create({ ...fields, councilId: council.id, status: 'PLANNED', startedAt: null }),
    );
    const session = await repo.findOneByOrFail({ id: saved.id });
    await this.snapshots.take(tx, council, session, 'date', { audit: false, officers: false });
    await this.assertOfficers(tx, session);
    await tx.audit.created<CouncilSessionAuditView>(
      'councilSession.create',
      councilSessionTarget(session, council),
      councilSessionAuditView(session),
      COUNCIL_SESSION_AUDIT_FIELDS,
    );
    return session;
  }

  async update(tx: Tx, id: string, version: number, d: SessionData): Promise<CouncilSessionEntity> {
    const { session: before, council } = await this.manageable(tx, id, version);
    this.assertStatus(before, ['PLANNED'], 'sửa');
    const fields = await this.sessionFields(council, d);
    if (fields.awardRoundId !== before.awardRoundId) {
      const items = await tx.em.countBy(CouncilAgendaItemEntity, { sessionId: before.id });
      if (items)
        throw AppError.field(
          'awardRoundId',
          `Chương trình đã có ${items} nội dung của đợt xét đang gắn: hãy bỏ các nội dung đó trước khi đổi đợt.`,
        );
    }
    const after = { ...before, ...fields } as CouncilSessionEntity;
    const changes = diffFields<CouncilSessionAuditView>(
      councilSessionAuditView(before),
      councilSessionAuditView(after),
      COUNCIL_SESSION_AUDIT_FIELDS,
    );
    if (!changes.length) return before;
    await tx.updateVersioned(CouncilSessionEntity, before.id, version, fields, {
      what: WHAT,
      label: before.title,
      entityType: 'CouncilSession',
    });
    const saved = await tx.em.findOneByOrFail(CouncilSessionEntity, { id: before.id });
    await tx.audit.event('councilSession.update', councilSessionTarget(saved, council), changes);
    if (saved.date !== before.date)
      await this.snapshots.take(tx, council, saved, 'date', { audit: true, officers: false });
    await this.assertOfficers(tx, saved);
    return tx.em.findOneByOrFail(CouncilSessionEntity, { id: before.id });
  }

  /** Deletes a session that has not begun (its list, guests and agenda go with it). */
  async delete(tx: Tx, id: string, version: number): Promise<void> {
    const { session, council } = await this.manageable(tx, id, version);
    this.assertStatus(session, ['PLANNED'], 'xóa');
    const result = await tx.em
      .getRepository(CouncilSessionEntity)
      .delete({ id: session.id, version });
    if (!result.affected)
      throw AppError.conflict(WHAT, session.title, 'CouncilSession', session.id);
    await tx.audit.deleted<CouncilSessionAuditView>(
      'councilSession.delete',
      councilSessionTarget(session, council),
      councilSessionAuditView(session),
      COUNCIL_SESSION_AUDIT_FIELDS,
    );
  }

  /** Mở phiên họp: refused below the quorum, naming the numbers. */
  async start(tx: Tx, id: string, version: number): Promise<CouncilSessionEntity> {
    const { session, council } = await this.manageable(tx, id, version);
    this.assertStatus(session, ['PLANNED'], 'bắt đầu');
    if (!session.chairMemberId || !session.secretaryMemberId)
      throw AppError.field(
        session.chairMemberId ? 'secretaryMemberId' : 'chairMemberId',
        'Hãy chọn người chủ trì và thư ký của phiên họp trước khi bắt đầu.',
      );
    const members = await tx.em.findBy(CouncilSessionMemberEntity, { sessionId: session.id });
    // the minutes name who chaired and who recorded the meeting: both are in the room
    for (const [field, id, role] of [
      ['chairMemberId', session.chairMemberId, 'Người chủ trì'],
      ['secretaryMemberId', session.secretaryMemberId, 'Thư ký phiên họp'],
    ] as const) {
      const m = members.find((x) => x.memberId === id);
      if (m?.attendance !== 'PRESENT')
        throw AppError.field(
          field,
          `${role} (${m?.personName ?? 'thành viên đã chọn'}) chưa được điểm danh có mặt.`,
        );
    }
    const quorum = this.quorumOf(council, session, members);
    if (!quorum.met) throw AppError.field('id', `Chưa bắt đầu được: ${quorum.explanation}`);
    await tx.updateVersioned(
      CouncilSessionEntity,
      session.id,
      version,
      { status: 'IN_PROGRESS', startedAt: new Date() },
      { what: WHAT, label: session.title, entityType: 'CouncilSession' },
    );
    await tx.audit.event('councilSession.start', councilSessionTarget(session, council), [
      { field: 'status', before: session.status, after: 'IN_PROGRESS' },
      { field: 'attendance', after: quorum.explanation },
    ]);
    return tx.em.findOneByOrFail(CouncilSessionEntity, { id: session.id });
  }

  /** The quorum of the session as its list and council stand. */
  quorumOf(
    council: Pick<CouncilEntity, 'quorumShare' | 'awardPresenceShare' | 'proxiesAllowed'>,
    session: Pick<CouncilSessionEntity, 'kind'>,
    members: readonly Pick<CouncilSessionMemberEntity, 'attendance'>[],
  ): QuorumResult & AttendanceCounts {
    const count = (a: CouncilAttendance | null) => members.filter((m) => m.attendance === a).length;
    return {
      ...councilQuorum({
        members: members.length,
        present: count('PRESENT'),
        proxies: count('PROXY'),
        proxiesAllowed: council.proxiesAllowed,
        quorumShare: council.quorumShare,
        awardPresenceShare: council.awardPresenceShare,
        award: session.kind === 'AWARD',
      }),
      writtenOpinions: count('ABSENT_WRITTEN'),
      absent: count('ABSENT'),
      unrecorded: count(null),
    };
  }

  /** The form's fields, checked: the round one the council's unit or standing body receives for. */
  private async sessionFields(
    council: CouncilEntity,
    d: SessionData,
  ): Promise<
    Pick<
      CouncilSessionEntity,
      | 'title'
      | 'kind'
      | 'date'
      | 'startTime'
      | 'place'
      | 'chairMemberId'
      | 'secretaryMemberId'
      | 'awardRoundId'
      | 'note'
    >
  > {
    const title = oneLine(d.title);
    if (!title) throw AppError.field('title', 'Tên phiên họp không được để trống.');
    const awardRoundId = d.awardRoundId ?? null;
    if (awardRoundId) {
      if (d.kind !== 'AWARD')
        throw AppError.field(
          'awardRoundId',
          'Chỉ phiên họp xét khen thưởng mới gắn với đợt xét khen thưởng.',
        );
      const round = await this.rounds.get(awardRoundId).catch((e: unknown) => {
        if (e instanceof AppError && e.code === 'NOT_FOUND')
          throw AppError.field('awardRoundId', 'Đợt xét khen thưởng không tồn tại.');
        throw e;
      });
      if (
        round.receivingUnitId !== council.unitId &&
        round.receivingUnitId !== council.standingUnitId
      )
        throw AppError.field(
          'awardRoundId',
          `Đợt "${round.title}" do đơn vị khác tiếp nhận hồ sơ: chỉ chọn đợt mà đơn vị có Hội đồng hoặc cơ quan thường trực của Hội đồng tiếp nhận.`,
        );
    }
    const chairMemberId = d.chairMemberId ?? null;
    const secretaryMemberId = d.secretaryMemberId ?? null;
    if (chairMemberId && chairMemberId === secretaryMemberId)
      throw AppError.field(
        'secretaryMemberId',
        'Người chủ trì và thư ký phiên họp phải là hai thành viên khác nhau.',
      );
    return {
      title,
      kind: d.kind,
      date: d.date,
      startTime: d.startTime ?? null,
      place: blankToNull(oneLine(d.place)),
      chairMemberId,
      secretaryMemberId,
      awardRoundId,
      note: blankToNull(d.note?.trim()),
    };
  }

  /** Chủ trì and thư ký are members on the session's day (in its list). */
  private async assertOfficers(tx: Tx, s: CouncilSessionEntity): Promise<void> {
    const listed = new Set(
      (await tx.em.findBy(CouncilSessionMemberEntity, { sessionId: s.id })).map((m) => m.memberId),
    );
    if (s.chairMemberId && !listed.has(s.chairMemberId))
      throw AppError.field(
        'chairMemberId',
        `Người chủ trì phải là thành viên Hội đồng vào ngày họp (${isoToVn(s.date)}).`,
      );
    if (s.secretaryMemberId && !listed.has(s.secretaryMemberId))
      throw AppError.field(
        'secretaryMemberId',
        `Thư ký phiên họp phải là thành viên Hội đồng vào ngày họp (${isoToVn(s.date)}).`,
      );
  }

  /** Moves the session's version after a change of its list, guests or agenda. */
  private async touch(tx: Tx, s: CouncilSessionEntity, version: number): Promise<void> {
    await tx.updateVersioned(
      CouncilSessionEntity,
      s.id,
      version,
      {},
      { what: WHAT, label: s.title, entityType: 'CouncilSession' },
    );
  }

  // ---------------------------------------------------------------------------------------------------
  // attendance

  /**
   * Điểm danh, several members at once (the others keep theirs): ABSENT_WRITTEN needs the written
   * opinion, recorded for the minutes (NĐ 98 Điều 30 k.7); PROXY needs a council that allows proxies
   * (TT 25/2025/TT-BKHCN) and names a member present at the session. The opinion and the proxy are
   * kept only with the attendance they belong to.
   */
  async setAttendance(
    tx: Tx,
    sessionId: string,
    version: number,
    items: readonly AttendanceItem[],
  ): Promise<CouncilSessionEntity> {
    const { session, council } = await this.manageable(tx, sessionId, version);
    this.assertStatus(session, ['PLANNED', 'IN_PROGRESS'], 'điểm danh');
    const rows = await tx.em.find(CouncilSessionMemberEntity, {
      where: { sessionId: session.id },
      order: { position: 'ASC' },
    });
    const byMember = new Map(rows.map((r) => [r.memberId, r]));
    const next = new Map(
      rows.map((r) => [
        r.memberId,
        {
          attendance: r.attendance,
          writtenOpinion: r.writtenOpinion,
          proxyMemberId: r.proxyMemberId,
        },
      ]),
    );
    const seen = new Set<string>();
    for (const [i, item] of items.entries()) {
      const at = `attendances.${i}`;
      if (!byMember.has(item.memberId))
        throw AppError.field(
          `${at}.memberId`,
          'Thành viên không có trong danh sách Hội đồng của phiên họp.',
        );
      if (seen.has(item.memberId))
        throw AppError.field(`${at}.memberId`, 'Mỗi thành viên chỉ điểm danh một lần.');
      seen.add(item.memberId);
      const opinion =
        item.attendance === 'ABSENT_WRITTEN' ? blankToNull(item.writtenOpinion?.trim()) : null;
      if (item.attendance === 'ABSENT_WRITTEN' && !opinion)
        throw AppError.field(
          `${at}.writtenOpinion`,
          'Hãy ghi ý kiến bằng văn bản của thành viên vắng mặt (được ghi vào biên bản).',
        );
      let proxy: string | null = null;
      if (item.attendance === 'PROXY') {
        if (!council.proxiesAllowed)
          throw AppError.field(
            `${at}.attendance`,
            'Hội đồng không cho phép ủy quyền dự họp (theo quy chế của Hội đồng).',
          );
        proxy = item.proxyMemberId ?? null;
        if (!proxy)
          throw AppError.field(`${at}.proxyMemberId`, 'Hãy chọn thành viên nhận ủy quyền.');
        if (proxy === item.memberId)
          throw AppError.field(`${at}.proxyMemberId`, 'Thành viên không tự ủy quyền cho mình.');
        if (!byMember.has(proxy))
          throw AppError.field(
            `${at}.proxyMemberId`,
            'Người nhận ủy quyền phải là thành viên Hội đồng của phiên họp.',
          );
      }
      next.set(item.memberId, {
        attendance: item.attendance,
        writtenOpinion: opinion,
        proxyMemberId: proxy,
      });
    }
    // a proxy is held by a member present at the session, after this change as before it
    for (const [memberId, state] of next) {
      if (state.attendance !== 'PROXY' || !state.proxyMemberId) continue;
      if (next.get(state.proxyMemberId)?.attendance === 'PRESENT') continue;
      const index = items.findIndex((i) => i.memberId === memberId);
      const giver = byMember.get(memberId)?.personName ?? '';
      const holder = byMember.get(state.proxyMemberId)?.personName ?? '';
      throw AppError.field(
        index >= 0 ? `attendances.${index}.proxyMemberId` : 'attendances',
        `${giver} ủy quyền cho ${holder}: người nhận ủy quyền phải có mặt tại phiên họp.`,
      );
    }
    const changes: AuditChange[] = [];
    const repo = tx.em.getRepository(CouncilSessionMemberEntity);
    for (const r of rows) {
      const state = next.get(r.memberId);
      if (
        !state ||
        (state.attendance === r.attendance &&
          state.writtenOpinion === r.writtenOpinion &&
          state.proxyMemberId === r.proxyMemberId)
      )
        continue;
      await repo.update({ id: r.id }, state);
      const holder = state.proxyMemberId ? byMember.get(state.proxyMemberId)?.personName : null;
      changes.push({
        field: 'attendance',
        before: attendanceLine(r),
        after:
          attendanceLine({ personName: r.personName, attendance: state.attendance }) +
          (holder ? ` (ủy quyền cho ${holder})` : '') +
          (state.writtenOpinion ? `: ${state.writtenOpinion}` : ''),
      });
    }
    if (!changes.length) return session;
    await this.touch(tx, session, version);
    await tx.audit.event(
      'councilSession.attendance',
      councilSessionTarget(session, council),
      changes,
    );
    return tx.em.findOneByOrFail(CouncilSessionEntity, { id: session.id });
  }

  // ---------------------------------------------------------------------------------------------------
  // guests

  async addGuest(
    tx: Tx,
    sessionId: string,
    version: number,
    g: { name: string; title?: string | null },
  ): Promise<CouncilSessionEntity> {
    const { session, council } = await this.manageable(tx, sessionId, version);
    this.assertStatus(session, ['PLANNED', 'IN_PROGRESS'], 'mời khách');
    const name = oneLine(g.name);
    if (!name) throw AppError.field('name', 'Họ tên khách mời không được để trống.');
    const guests = await tx.em.findBy(CouncilSessionGuestEntity, { sessionId: session.id });
    if (guests.length >= L.guests)
      throw AppError.field('name', `Một phiên họp mời tối đa ${L.guests} khách.`);
    const title = blankToNull(oneLine(g.title));
    await tx.em.getRepository(CouncilSessionGuestEntity).insert({
      sessionId: session.id,
      position: Math.max(0, ...guests.map((x) => x.position)) + 1,
      name,
      title,
    });
    await this.touch(tx, session, version);
    await tx.audit.event('councilSession.guestAdd', councilSessionTarget(session, council), [
      { field: 'guest', after: title ? `${name}, ${title}` : name },
    ]);
    return tx.em.findOneByOrFail(CouncilSessionEntity, { id: session.id });
  }

  async removeGuest(
    tx: Tx,
    sessionId: string,
    version: number,
    guestId: string,
  ): Promise<CouncilSessionEntity> {
    const { session, council } = await this.manageable(tx, sessionId, version);
    this.assertStatus(session, ['PLANNED', 'IN_PROGRESS'], 'bỏ khách mời');
    const guest = await tx.em.findOneBy(CouncilSessionGuestEntity, {
      id: guestId,
      sessionId: session.id,
    });
    if (!guest) throw AppError.field('guestId', 'Khách mời không có trong phiên họp này.');
    await tx.em.getRepository(CouncilSessionGuestEntity).delete({ id: guest.id });
    await tx.em.query(
      `UPDATE council_session_guests g SET position = v.position
         FROM (SELECT id, row_number() OVER (ORDER BY position, created_at)::int AS position
                 FROM council_session_guests WHERE session_id = $1) v
        WHERE g.id = v.id AND g.position <> v.position`,
      [session.id],
    );
    await this.touch(tx, session, version);
    await tx.audit.event('councilSession.guestRemove', councilSessionTarget(session, council), [
      { field: 'guest', before: guest.title ? `${guest.name}, ${guest.title}` : guest.name },
    ]);
    return tx.em.findOneByOrFail(CouncilSessionEntity, { id: session.id });
  }

  // ---------------------------------------------------------------------------------------------------
  // agenda

  /**
   * Puts on the agenda every nominee found "đạt" at the appraisal in the round's appraised dossiers
   * (received by the round's receiving unit: the council's unit or its standing body) that is not on
   * it yet, after the items already there, each with its rule version's vote and threshold.
   */
  async addAgendaFromRound(
    tx: Tx,
    sessionId: string,
    version: number,
  ): Promise<CouncilSessionEntity> {
    const { session, council } = await this.manageable(tx, sessionId, version);
    this.assertStatus(session, ['PLANNED'], 'sửa chương trình');
    if (!session.awardRoundId)
      throw AppError.field(
        'sessionId',
        'Phiên họp chưa gắn với đợt xét khen thưởng: hãy chọn đợt trước.',
      );
    const round = await this.rounds.get(session.awardRoundId);
    const candidates = await this.dossiers.appraisedForCouncil(
      tx.ctx,
      round.id,
      round.receivingUnitId,
    );
    const items = await tx.em.findBy(CouncilAgendaItemEntity, { sessionId: session.id });
    const listed = new Set(items.map((a) => a.nominationId));
    const fresh = candidates.filter((c) => !listed.has(c.nominationId));
    if (!fresh.length)
      throw AppError.field(
        'sessionId',
        `Đợt "${round.title}" không còn đề nghị nào đã thẩm định "đạt" mà chưa có trong chương trình.`,
      );
    if (items.length + fresh.length > L.agenda)
      throw AppError.field('sessionId', `Một phiên họp xét tối đa ${L.agenda} nội dung.`);
    let position = Math.max(0, ...items.map((a) => a.position));
    const rows = fresh.map((c) => ({
      sessionId: session.id,
      position: (position += 1),
      nominationId: c.nominationId,
      subject: c.subject,
      candidateName: c.name,
      awardCode: c.awardCode,
      awardName: c.awardName,
      proposingUnitId: c.proposingUnitId,
      proposingUnitName: c.proposingUnitName,
      ruleVersionId: c.ruleVersionId,
      voteRequired: c.voteRequired,
      threshold: c.threshold,
      female: c.female,
      womenShare: c.womenShare,
    }));
    // a few hundred rows at 14 parameters each: far below PostgreSQL's 65,535 per statement
    for (let i = 0; i < rows.length; i += 500)
      await tx.em.getRepository(CouncilAgendaItemEntity).insert(rows.slice(i, i + 500));
    await this.touch(tx, session, version);
    await tx.audit.event('councilSession.agendaAdd', councilSessionTarget(session, council), [
      { field: 'agendaItem', after: rows.map(itemLine).join('; ') },
    ]);
    return tx.em.findOneByOrFail(CouncilSessionEntity, { id: session.id });
  }

  async removeAgendaItem(
    tx: Tx,
    sessionId: string,
    version: number,
    itemId: string,
  ): Promise<CouncilSessionEntity> {
    const { session, council } = await this.manageable(tx, sessionId, version);
    this.assertStatus(session, ['PLANNED'], 'sửa chương trình');
    const item = await this.itemOf(tx, session, itemId);
    await tx.em.getRepository(CouncilAgendaItemEntity).delete({ id: item.id });
    await this.renumber(
      tx,
      session,
      (await this.items(tx, session)).map((a) => a.id),
    );
    await this.touch(tx, session, version);
    await tx.audit.event('councilSession.agendaRemove', councilSessionTarget(session, council), [
      { field: 'agendaItem', before: itemLine(item) },
    ]);
    return tx.em.findOneByOrFail(CouncilSessionEntity, { id: session.id });
  }

  async moveAgendaItem(
    tx: Tx,
    sessionId: string,
    version: number,
    itemId: string,
    position: number,
  ): Promise<CouncilSessionEntity> {
    const { session, council } = await this.manageable(tx, sessionId, version);
    this.assertStatus(session, ['PLANNED'], 'sửa chương trình');
    const item = await this.itemOf(tx, session, itemId);
    const items = await this.items(tx, session);
    if (position > items.length)
      throw AppError.field('position', `Thứ tự phải từ 1 đến ${items.length}.`);
    const order = items.filter((a) => a.id !== item.id).map((a) => a.id);
    order.splice(position - 1, 0, item.id);
    const from = items.findIndex((a) => a.id === item.id) + 1;
    if (from === position) return session;
    await this.renumber(tx, session, order);
    await this.touch(tx, session, version);
    await tx.audit.event('councilSession.agendaMove', councilSessionTarget(session, council), [
      {
        field: 'agendaPosition',
        before: `${from}. ${itemLine(item)}`,
        after: `${position}. ${itemLine(item)}`,
      },
    ]);
    return tx.em.findOneByOrFail(CouncilSessionEntity, { id: session.id });
  }

  private async itemOf(
    tx: Tx,
    session: CouncilSessionEntity,
    itemId: string,
  ): Promise<CouncilAgendaItemEntity> {
    const item = await tx.em.findOneBy(CouncilAgendaItemEntity, {
      id: itemId,
      sessionId: session.id,
    });
    if (!item)
      throw AppError.field('itemId', 'Nội dung không có trong chương trình của phiên họp này.');
    return item;
  }

  private items(tx: Tx, session: CouncilSessionEntity): Promise<CouncilAgendaItemEntity[]> {
    return tx.em.find(CouncilAgendaItemEntity, {
      where: { sessionId: session.id },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
  }

  /** Positions 1…n in the given order, in one statement. */
  private async renumber(tx: Tx, session: CouncilSessionEntity, ids: string[]): Promise<void> {
    if (!ids.length) return;
    await tx.em.query(
      `UPDATE council_agenda_items a SET position = v.position
         FROM unnest($2::uuid[]) WITH ORDINALITY AS v(id, position)
        WHERE a.session_id = $1 AND a.id = v.id AND a.position <> v.position`,
      [session.id, ids],
    );
  }
}
