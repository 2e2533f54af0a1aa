import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { isoToVn, type IsoDate } from '@thidua/shared-domain';
import type { Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { PeopleService } from '../people/people.service';
import { councilSessionTarget } from './council-audit';
import { byRole, memberOn } from './council-composition';
import { CouncilSessionEntity, CouncilSessionMemberEntity } from './council-session.entity';
import { COUNCIL_MEMBER_ROLES } from './council-vocabulary';
import { CouncilMemberEntity, type CouncilEntity } from './council.entity';

/** "Nguyễn Văn A (Chủ tịch, Chủ tịch UBND tỉnh)" */
function line(r: Pick<CouncilSessionMemberEntity, 'personName' | 'role' | 'title'>): string {
  return `${r.personName} (${COUNCIL_MEMBER_ROLES[r.role]}, ${r.title})`;
}

/**
 * A session's total membership (`council_session_members`): the council's members on the session's
 * day, taken when the session is created and taken again while it is planned whenever the members
 * or the day change. From the start of the session it is frozen: the minutes and every threshold
 * count on it (domain §2.7), whatever the composition becomes afterwards. Attendance already
 * recorded stays with the members who remain; a proxy held by a member who left is cleared.
 */
@Injectable()
export class CouncilSnapshots {
  constructor(private readonly people: PeopleService) {}

  /**
   * Every planned session of the council takes its day's members again (`without`: as if that member
   * were gone, for a removal). A chair or secretary no longer a member on the day refuses the change
   * on `field`: the session must name someone else first.
   */
  async refresh(
    tx: Tx,
    council: CouncilEntity,
    field: string,
    without: string | null = null,
  ): Promise<void> {
    const sessions = await tx.em.find(CouncilSessionEntity, {
      where: { councilId: council.id, status: 'PLANNED' },
      order: { date: 'ASC', createdAt: 'ASC' },
    });
    for (const s of sessions) await this.take(tx, council, s, field, { audit: true, without });
  }

  /**
   * Makes the session's list the council's members on its day. Returns whether it changed; when it
   * did and `audit` is set, the session's version moves (a secretary holding the old list gets
   * CONFLICT) and the change is recorded.
   */
  async take(
    tx: Tx,
    council: CouncilEntity,
    session: CouncilSessionEntity,
    field: string,
    opts: { audit: boolean; without?: string | null; officers?: boolean },
  ): Promise<boolean> {
    const members = (await tx.em.findBy(CouncilMemberEntity, { councilId: council.id }))
      .filter((m) => m.id !== opts.without && memberOn(m, session.date))
      .sort(byRole);
    const target = new Set(members.map((m) => m.id));
    const rows = await tx.em.find(CouncilSessionMemberEntity, {
      where: { sessionId: session.id },
      order: { position: 'ASC' },
    });
    // a change of the members must not drop a session's chair or secretary (the session's own edit
    // checks its officers itself, on their fields)
    for (const [role, id] of [
      ['chủ trì', session.chairMemberId],
      ['làm thư ký', session.secretaryMemberId],
    ] as const) {
      if (id && opts.officers !== false && !target.has(id)) {
        const who = rows.find((r) => r.memberId === id)?.personName ?? 'Thành viên được chọn';
        throw AppError.field(
          field,
          `${who} ${role} phiên họp "${session.title}" ngày ${isoToVn(session.date)} nhưng không còn là thành viên Hội đồng vào ngày đó: hãy chọn người khác cho phiên họp trước.`,
        );
      }
    }
    const names = await this.people.findByIds(members.map((m) => m.personId));
    const repo = tx.em.getRepository(CouncilSessionMemberEntity);
    let changed = false;
    const gone = rows.filter((r) => !target.has(r.memberId));
    if (gone.length) {
      await repo.delete({ id: In(gone.map((r) => r.id)) });
      changed = true;
    }
    const kept = new Map(rows.filter((r) => target.has(r.memberId)).map((r) => [r.memberId, r]));
    const after: Pick<CouncilSessionMemberEntity, 'personName' | 'role' | 'title'>[] = [];
    const cleared: string[] = [];
    for (const [i, m] of members.entries()) {
      const next = {
        position: i + 1,
        personName: names.get(m.personId)?.fullName ?? '',
        role: m.role,
        title: m.title,
      };
      after.push(next);
      const row = kept.get(m.id);
      if (!row) {
        await repo.insert({
          sessionId: session.id,
          memberId: m.id,
          ...next,
          attendance: null,
          writtenOpinion: null,
          proxyMemberId: null,
        });
        changed = true;
        continue;
      }
      const proxyGone = row.proxyMemberId !== null && !target.has(row.proxyMemberId);
      if (proxyGone) cleared.push(row.personName);
      if (
        proxyGone ||
        row.position !== next.position ||
        row.personName !== next.personName ||
        row.role !== next.role ||
        row.title !== next.title
      ) {
        await repo.update(
          { id: row.id },
          { ...next, ...(proxyGone ? { attendance: null, proxyMemberId: null } : {}) },
        );
        changed = true;
      }
    }
    if (changed && opts.audit) {
      await tx.em
        .createQueryBuilder()
        .update(CouncilSessionEntity)
        .set({ version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id', { id: session.id })
        .execute();
      const before = rows.map(line).join('; ');
      const now = after.map(line).join('; ');
      await tx.audit.event('councilSession.members', councilSessionTarget(session, council), [
        ...(before !== now ? [{ field: 'sessionMembers', before, after: now }] : []),
        // the proxy went with the member who held it: attendance to be taken again
        ...cleared.map((name) => ({
          field: 'attendance',
          before: `${name}: Vắng, ủy quyền`,
          after: `${name}: chưa điểm danh`,
        })),
      ]);
    }
    return changed;
  }

  /**
   * A member is removed only while no session relies on them: a session that began lists them in
   * its minutes, and a planned one they chair or record needs someone else first.
   */
  async assertRemovable(
    tx: Tx,
    council: CouncilEntity,
    memberId: string,
    name: string,
  ): Promise<void> {
    const used = await tx.em
      .getRepository(CouncilSessionEntity)
      .createQueryBuilder('s')
      .where('s.council_id = :councilId', { councilId: council.id })
      .andWhere(
        `(s.chair_member_id = :memberId OR s.secretary_member_id = :memberId
          OR (s.status <> 'PLANNED' AND EXISTS (
            SELECT 1 FROM council_session_members sm
             WHERE sm.session_id = s.id AND (sm.member_id = :memberId OR sm.proxy_member_id = :memberId))))`,
        { memberId },
      )
      .orderBy('s.date', 'ASC')
      .getOne();
    if (!used) return;
    const when = `"${used.title}" ngày ${isoToVn(used.date)}`;
    throw AppError.field(
      'id',
      used.status === 'PLANNED'
        ? `${name} chủ trì hoặc làm thư ký phiên họp ${when}: hãy chọn người khác cho phiên họp trước khi xóa.`
        : `${name} có trong danh sách thành viên của phiên họp ${when}: không xóa được; hãy ghi ngày kết thúc (đến ngày) thay vì xóa.`,
    );
  }

  /** The first planned session of the council after `day`, if any. */
  plannedAfter(tx: Tx, councilId: string, day: IsoDate): Promise<CouncilSessionEntity | null> {
    return tx.em
      .getRepository(CouncilSessionEntity)
      .createQueryBuilder('s')
      .where(`s.council_id = :councilId AND s.status = 'PLANNED' AND s.date > :day`, {
        councilId,
        day,
      })
      .orderBy('s.date', 'ASC')
      .getOne();
  }
}
