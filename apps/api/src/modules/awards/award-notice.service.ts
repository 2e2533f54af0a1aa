import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Repository } from 'typeorm';
import {
  NOTICE_COMMENT_KINDS,
  NOTICE_OUTCOMES,
  PUBLIC_NOTICE_LIMITS as L,
  addCalendarDays,
  closeRefusal,
  commentRefusal,
  excerpt,
  isDossierEditable,
  isoToVn,
  noticeCounts,
  noticePhase,
  noticeRequirement,
  noticeSendRefusal,
  noticeTitle,
  oneLine,
  ruleInForce,
  todayInVietnam,
  type IsoDate,
  type NoticeCommentKind,
  type NoticeNominee,
  type NoticeOutcome,
  type NoticeRequirement,
  type NoticeResult,
  type RulePublicNotice,
} from '@thidua/shared-domain';
import { Actor } from '../../core/auth/actor';
import type { RequestState } from '../../core/auth/request-state';
import type { RequestContext } from '../../core/context/request-context';
import { addSearch } from '../../core/database/search';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { paginate, type ConnectionShape, type PageArgs } from '../../core/graphql/connection';
import { byKeys, loaderKey } from '../../core/graphql/loaders';
import { CalendarService } from '../calendar/calendar.service';
import { RulesService } from '../legal/rules.service';
import { OrgService } from '../org/org.service';
import { AwardDossierEntity, AwardNominationEntity } from './award-dossier.entity';
import { AwardDossierService, DOSSIER_MANAGE } from './award-dossier.service';
import { judgingDay } from './award-eligibility';
import { AwardNoticeCommentEntity, AwardPublicNoticeEntity } from './award-notice.entity';
import {
  AWARD_NOTICE_AUDIT_FIELDS,
  awardNoticeAuditView,
  awardNoticeTarget,
  type AwardNoticeAuditView,
} from './award-notice-audit';
import { AwardRoundEntity } from './award-round.entity';

const WHAT = 'Danh sách công khai';
const COMMENT = 'Ý kiến về danh sách công khai';

/** Who sends a public comment: nobody signed in, holding no grant at all (not the SYSTEM actor). */
const PUBLIC_SENDER = 'Người gửi ý kiến (không đăng nhập)';

/** The window the per-address limit counts in (PUBLIC_NOTICE_LIMITS.commentsPerHour). */
const RATE_WINDOW_MS = 3_600_000;

/** A notice's comments by kind, and how many still wait for their handling. */
export interface NoticeCommentTally {
  counts: Record<NoticeCommentKind, number>;
  unhandled: number;
}

export interface PublishNoticeData {
  dossierId: string;
  startsOn?: IsoDate | null;
  endsOn?: IsoDate | null;
  title?: string | null;
}

export interface NoticeCommentData {
  noticeId: string;
  kind: NoticeCommentKind;
  nomineePosition?: number | null;
  text: string;
  authorName?: string | null;
  contact?: string | null;
}

/**
 * Công khai danh sách đề nghị khen thưởng (issue 11, "Public notice"; ADR 0021). The proposing unit's
 * officers (DOSSIER_MANAGE there; NOT_FOUND for anyone the dossier does not exist for — the dossier's
 * own decision, AwardDossierService.accessOf) publish the dossier's list for the working days its
 * nominees' rules ask (RulePublicNotice, the longest; counted on module calendar), freeze it as
 * published, extend it, close it, and record how each comment was handled. Anyone reads a running
 * notice and comments on it without signing in, bounded in length and per address (counted here, in
 * the database: ADR 0005's pattern). The send (AwardDossierRoutingService, SUBMIT) asks `forSend`:
 * refused while a notice runs or a comment waits, else the result it carries into the dossier.
 */
@Injectable()
export class AwardNoticeService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly dossiers: AwardDossierService,
    private readonly rules: RulesService,
    private readonly org: OrgService,
    private readonly calendar: CalendarService,
  ) {}

  private get notices(): Repository<AwardPublicNoticeEntity> {
    return this.db.repo(AwardPublicNoticeEntity);
  }

  private get comments(): Repository<AwardNoticeCommentEntity> {
    return this.db.repo(AwardNoticeCommentEntity);
  }

  /** A dossier's latest notice (a dossier may publish again after a change), null when none. */
  readonly latestOf = loaderKey<string, AwardPublicNoticeEntity | null>(
    'awardNoticeLatest',
    async (dossierIds) =>
      byKeys(
        dossierIds,
        await this.notices
          .createQueryBuilder('n')
          .distinctOn(['n.dossier_id'])
          .where('n.dossier_id IN (:...ids)', { ids: [...dossierIds] })
          .orderBy('n.dossier_id')
          .addOrderBy('n.published_at', 'DESC')
          .getMany(),
        (n) => n.dossierId,
      ),
  );

  readonly tallyOf = loaderKey<string, NoticeCommentTally>('awardNoticeTally', async (ids) => {
    const rows: { notice_id: string; kind: NoticeCommentKind; n: number; unhandled: number }[] =
      await this.comments
        .createQueryBuilder('c')
        .select('c.notice_id', 'notice_id')
        .addSelect('c.kind', 'kind')
        .addSelect('count(*)::int', 'n')
        .addSelect('count(*) FILTER (WHERE c.outcome IS NULL)::int', 'unhandled')
        .where('c.notice_id IN (:...ids)', { ids: [...ids] })
        .groupBy('c.notice_id')
        .addGroupBy('c.kind')
        .getRawMany();
    return ids.map((id) => {
      const mine = rows.filter((r) => r.notice_id === id);
      const counts = noticeCounts([]);
      for (const r of mine) counts[r.kind] = Number(r.n);
      return { counts, unhandled: mine.reduce((s, r) => s + Number(r.unhandled), 0) };
    });
  });

  // ---------------------------------------------------------------------------------------------------
  // reading (officers, through the dossier)

  /** The dossier's latest notice, if the caller reads the dossier (NOT_FOUND otherwise). */
  async forDossier(
    ctx: RequestContext,
    dossierId: string,
  ): Promise<AwardPublicNoticeEntity | null> {
    const d = await this.dossiers.get(ctx, dossierId);
    return this.notices.findOne({ where: { dossierId: d.id }, order: { publishedAt: 'DESC' } });
  }

  /** A notice's comments, oldest first (the order they are handled in). */
  async listComments(
    noticeId: string,
    args: PageArgs & { unhandled?: boolean | null },
  ): Promise<ConnectionShape<AwardNoticeCommentEntity>> {
    const qb = this.comments.createQueryBuilder('c').where('c.notice_id = :noticeId', { noticeId });
    if (args.unhandled === true) qb.andWhere('c.outcome IS NULL');
    if (args.unhandled === false) qb.andWhere('c.outcome IS NOT NULL');
    return paginate(qb, args, {
      expression: 'c.received_at',
      direction: 'ASC',
      value: (c) => c.receivedAt.toISOString(),
      idExpression: 'c.id',
      id: (c) => c.id,
    });
  }

  /** May the caller manage the dossier's notice (and read who sent a comment)? */
  canManage(ctx: RequestContext, d: Pick<AwardDossierEntity, 'unitPath'>): boolean {
    return ctx.actor.canAt(DOSSIER_MANAGE, d.unitPath);
  }

  /**
   * What the rules of the dossier's nominees ask of its notice now. A nominee's rule is the version it
   * was judged under (its stored eligibility, ADR 0019 §7), else the version in force on the round's
   * judging day for the proposing unit's province; a nominee with no catalog code has none.
   */
  async requirement(
    d: Pick<AwardDossierEntity, 'unitPath'>,
    round: Pick<AwardRoundEntity, 'track' | 'deadline'>,
    nominees: readonly Pick<
      AwardNominationEntity,
      'id' | 'name' | 'awardCode' | 'awardName' | 'eligibility'
    >[],
  ): Promise<{ requirement: NoticeRequirement; required: Set<string> }> {
    const codes = [...new Set(nominees.map((n) => n.awardCode).filter((c): c is string => !!c))];
    const versions = new Map(
      await Promise.all(
        codes.map(
          async (code) =>
            [
              code,
              await this.rules.listRuleVersions({ awardCode: code, track: round.track }),
            ] as const,
        ),
      ),
    );
    const on = judgingDay(round);
    const province = this.org.rootIdOf(d.unitPath);
    const items = nominees.map((n) => {
      const list = n.awardCode ? (versions.get(n.awardCode) ?? []) : [];
      const stored = n.eligibility?.ruleVersionId;
      const rule =
        (stored && list.find((r) => r.id === stored)) ||
        (n.awardCode
          ? ruleInForce(list, {
              awardCode: n.awardCode,
              track: round.track,
              on,
              provinceUnitId: province,
            })
          : null);
      const notice: RulePublicNotice | null = rule?.content.publicNotice ?? null;
      return { id: n.id, name: n.name, awardName: n.awardName, notice };
    });
    return {
      requirement: noticeRequirement(items),
      required: new Set(items.filter((i) => i.notice?.required).map((i) => i.id)),
    };
  }

  // ---------------------------------------------------------------------------------------------------
  // officers' changes

  /**
   * Publishes the dossier's list: from `startsOn` (today by default, not earlier: the public never saw
   * it before) to the `workingDays`-th working day after it (the start day not counted, as every
   * clock of ADR 0016), or a later day the officer chooses, never an earlier one. The list is frozen
   * now. A previous notice whose period has ended is closed first; one still running refuses.
   */
  async publish(tx: Tx, data: PublishNoticeData): Promise<AwardPublicNoticeEntity> {
    const d = await this.dossiers.editable(tx, data.dossierId);
    const round = await tx.em.findOneByOrFail(AwardRoundEntity, { id: d.roundId });
    const nominees = await tx.em.find(AwardNominationEntity, {
      where: { dossierId: d.id },
      order: { position: 'ASC' },
    });
    if (!nominees.length)
      throw AppError.field('dossierId', 'Hồ sơ chưa có đề nghị nào để công khai.');
    const today = todayInVietnam();
    const open = await tx.em.findOneBy(AwardPublicNoticeEntity, {
      dossierId: d.id,
      status: 'OPEN',
    });
    if (open && noticePhase(open, today) !== 'ENDED')
      throw AppError.field(
        'dossierId',
        `Danh sách của hồ sơ đang công khai đến hết ngày ${isoToVn(open.endsOn)}: hãy kết thúc công khai trước khi công khai lại.`,
      );
    const startsOn = data.startsOn ?? today;
    if (startsOn < today)
      throw AppError.field('startsOn', 'Ngày bắt đầu công khai không được trước hôm nay.');
    if (startsOn > addCalendarDays(today, L.startWithinDays))
      throw AppError.field(
        'startsOn',
        `Ngày bắt đầu công khai trong vòng ${L.startWithinDays} ngày kể từ hôm nay.`,
      );
    const { requirement, required } = await this.requirement(d, round, nominees);
    const endsOn = await this.period(startsOn, requirement.workingDays, data.endsOn ?? null);
    if (open) await this.closeRow(tx, d, open, open.version);

    const unit = await this.org.findById(d.unitId);
    const unitName = unit?.name ?? 'Đơn vị đề nghị';
    const title = oneLine(data.title) || noticeTitle(unitName, round.title);
    const frozen = await this.frozenList(d, nominees, required, unitName);
    const repo = tx.em.getRepository(AwardPublicNoticeEntity);
    const saved = await repo.save(
      repo.create({
        dossierId: d.id,
        unitId: d.unitId,
        unitName,
        title,
        required: requirement.required,
        workingDays: requirement.workingDays,
        articles: requirement.articles,
        startsOn,
        endsOn,
        status: 'OPEN',
        publishedAt: new Date(),
        publishedById: tx.ctx.actor.type === 'USER' ? tx.ctx.actor.id : null,
        publishedByName: tx.ctx.actor.displayName,
        closedAt: null,
        closedByName: null,
        nominees: frozen,
        nomineeNames: frozen.map((x) => x.name).join(' '),
      }),
    );
    const n = await repo.findOneByOrFail({ id: saved.id });
    await tx.audit.created<AwardNoticeAuditView>(
      'awardNotice.publish',
      awardNoticeTarget(n, d),
      awardNoticeAuditView(n),
      AWARD_NOTICE_AUDIT_FIELDS,
    );
    return n;
  }

  /** A later last day for a notice still running or yet to start (never shorter, never past the bound). */
  async extend(
    tx: Tx,
    id: string,
    version: number,
    endsOn: IsoDate,
  ): Promise<AwardPublicNoticeEntity> {
    const { notice: before, dossier: d } = await this.managed(tx, id);
    const phase = noticePhase(before, todayInVietnam());
    if (phase !== 'RUNNING' && phase !== 'SCHEDULED')
      throw AppError.field('id', 'Chỉ gia hạn được danh sách đang công khai.');
    if (endsOn <= before.endsOn)
      throw AppError.field(
        'endsOn',
        `Ngày kết thúc mới phải sau ngày ${isoToVn(before.endsOn)} (gia hạn, không rút ngắn).`,
      );
    await this.period(before.startsOn, before.workingDays, endsOn);
    await tx.updateVersioned(
      AwardPublicNoticeEntity,
      before.id,
      version,
      { endsOn },
      this.describe(before),
    );
    const after = await tx.em.findOneByOrFail(AwardPublicNoticeEntity, { id: before.id });
    await tx.audit.changed<AwardNoticeAuditView>(
      'awardNotice.extend',
      awardNoticeTarget(after, d),
      awardNoticeAuditView(before),
      awardNoticeAuditView(after),
      AWARD_NOTICE_AUDIT_FIELDS,
    );
    return after;
  }

  /** Ends a notice: a voluntary one at any time, one the rules ask for after its whole period. */
  async close(tx: Tx, id: string, version: number): Promise<AwardPublicNoticeEntity> {
    const { notice, dossier: d } = await this.managed(tx, id);
    const refusal = closeRefusal(notice, todayInVietnam());
    if (refusal) throw AppError.field('id', refusal);
    return this.closeRow(tx, d, notice, version);
  }

  /**
   * Records how a comment was handled (or changes it) while the dossier is with the proposing unit:
   * once sent, the handling travelled with it (the SUBMIT event keeps it) and is not rewritten.
   */
  async handle(
    tx: Tx,
    id: string,
    version: number,
    data: { outcome: NoticeOutcome; handling: string },
  ): Promise<AwardNoticeCommentEntity> {
    const before = await tx.em.findOneBy(AwardNoticeCommentEntity, { id });
    if (!before) throw AppError.notFound(COMMENT, id);
    const notice = await tx.em.findOneBy(AwardPublicNoticeEntity, { id: before.noticeId });
    if (!notice) throw AppError.notFound(COMMENT, id);
    const d = await this.dossiers.locked(tx, notice.dossierId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND')
        throw AppError.notFound(COMMENT, id);
      throw error;
    });
    if (!this.canManage(tx.ctx, d))
      throw AppError.forbidden('Chỉ cán bộ của đơn vị đề nghị mới được xử lý ý kiến.');
    if (!isDossierEditable(d.status))
      throw AppError.field(
        'id',
        'Hồ sơ đã gửi: kết quả xử lý ý kiến đã chuyển theo hồ sơ, không sửa được.',
      );
    const handling = data.handling.trim();
    if (!handling) throw AppError.field('handling', 'Nội dung xử lý không được để trống.');
    if (!(data.outcome in NOTICE_OUTCOMES))
      throw AppError.field('outcome', 'Kết quả xử lý không nằm trong danh sách cho phép.');
    await tx.updateVersioned(
      AwardNoticeCommentEntity,
      before.id,
      version,
      {
        outcome: data.outcome,
        handling,
        handledAt: new Date(),
        handledById: tx.ctx.actor.type === 'USER' ? tx.ctx.actor.id : null,
        handledByName: tx.ctx.actor.displayName,
      },
      { what: COMMENT, label: commentLabel(before), entityType: 'AwardNotice' },
    );
    const after = await tx.em.findOneByOrFail(AwardNoticeCommentEntity, { id: before.id });
    await tx.audit.event('awardNotice.handle', awardNoticeTarget(notice, d), [
      { field: 'commentKind', after: NOTICE_COMMENT_KINDS[after.kind] },
      ...(after.nomineeLabel ? [{ field: 'commentNominee', after: after.nomineeLabel }] : []),
      {
        field: 'noticeOutcome',
        before: before.outcome ? NOTICE_OUTCOMES[before.outcome] : undefined,
        after: NOTICE_OUTCOMES[data.outcome],
      },
      { field: 'noticeHandling', before: before.handling ?? undefined, after: handling },
    ]);
    return after;
  }

  // ---------------------------------------------------------------------------------------------------
  // the send (AwardDossierRoutingService, SUBMIT)

  /**
   * Inside the send's transaction: refuses with the reason (noticeSendRefusal) while the rules ask for
   * a notice that was not held, while a notice still runs, while a comment waits for its handling, or
   * when the list published lacks a nominee the rules ask about; closes a notice whose period has
   * ended; returns the result the send carries (null: no notice held and none asked).
   */
  async forSend(
    tx: Tx,
    d: AwardDossierEntity,
    round: AwardRoundEntity,
    nominees: readonly AwardNominationEntity[],
  ): Promise<NoticeResult | null> {
    const { requirement, required } = await this.requirement(d, round, nominees);
    const notice = await tx.em.findOne(AwardPublicNoticeEntity, {
      where: { dossierId: d.id },
      order: { publishedAt: 'DESC' },
    });
    const comments = notice
      ? await tx.em.find(AwardNoticeCommentEntity, {
          where: { noticeId: notice.id },
          order: { receivedAt: 'ASC' },
        })
      : [];
    const refusal = noticeSendRefusal(
      requirement,
      nominees.map((n) => ({
        id: n.id,
        name: n.name,
        awardName: n.awardName,
        required: required.has(n.id),
      })),
      notice,
      comments.filter((c) => c.outcome === null).length,
      todayInVietnam(),
    );
    if (refusal) throw AppError.field('id', refusal);
    if (!notice) return null;
    const final =
      notice.status === 'OPEN' ? await this.closeRow(tx, d, notice, notice.version) : notice;
    return {
      noticeId: final.id,
      title: final.title,
      required: final.required,
      workingDays: final.workingDays,
      articles: final.articles,
      startsOn: final.startsOn,
      endsOn: final.endsOn,
      publishedAt: final.publishedAt.toISOString(),
      closedAt: final.closedAt?.toISOString() ?? null,
      nominees: final.nominees.length,
      counts: noticeCounts(comments),
      comments: comments.map((c) => ({
        kind: c.kind,
        nominee: c.nomineeLabel,
        receivedAt: c.receivedAt.toISOString(),
        excerpt: excerpt(c.text),
        outcome: c.outcome,
        handling: c.handling,
        handledAt: c.handledAt?.toISOString() ?? null,
        handledBy: c.handledByName,
      })),
    };
  }

  // ---------------------------------------------------------------------------------------------------
  // public (no sign-in)

  /** The notices running today, newest first; `search` on the title, the unit and the names. */
  async listPublic(
    args: PageArgs & { search?: string | null },
  ): Promise<ConnectionShape<AwardPublicNoticeEntity>> {
    const qb = this.notices.createQueryBuilder('n');
    this.whereRunning(qb);
    const search = args.search?.trim();
    if (search) addSearch(qb, search, `n.title || ' ' || n.unit_name || ' ' || n.nominee_names`);
    return paginate(qb, args, {
      expression: 'n.published_at',
      direction: 'DESC',
      value: (n) => n.publishedAt.toISOString(),
      idExpression: 'n.id',
      id: (n) => n.id,
    });
  }

  /** One notice running today; any other (scheduled, ended, closed, unknown) is NOT_FOUND. */
  async getPublic(id: string): Promise<AwardPublicNoticeEntity> {
    const qb = this.notices.createQueryBuilder('n').where('n.id = :id', { id });
    this.whereRunning(qb);
    const n = await qb.getOne();
    if (!n) throw AppError.notFound(WHAT, id);
    return n;
  }

  /**
   * A comment from anyone (no sign-in), on a running notice only: its text bounded, at most
   * `commentsPerHour` from one address to one notice per hour and `commentsPerNotice` in all, both
   * counted here under the notice's row lock (two at once cannot both pass the last free place).
   * Audited as a public event scoped to the proposing unit, with neither the text nor the author.
   */
  async submitComment(
    state: RequestState,
    data: NoticeCommentData,
  ): Promise<AwardNoticeCommentEntity> {
    const ctx: RequestContext = {
      actor: new Actor('USER', null, PUBLIC_SENDER, null, []),
      requestId: state.requestId,
      ipAddress: state.ipAddress,
      userAgent: state.userAgent,
    };
    return this.db.run(ctx, async (tx) => {
      const notice = await tx.em
        .getRepository(AwardPublicNoticeEntity)
        .createQueryBuilder('n')
        .setLock('pessimistic_write')
        .where('n.id = :id', { id: data.noticeId })
        .getOne();
      const today = todayInVietnam();
      // not yet public (scheduled) is as unknown as a wrong id
      if (!notice || noticePhase(notice, today) === 'SCHEDULED')
        throw AppError.notFound(WHAT, data.noticeId);
      const refusal = commentRefusal(notice, today);
      if (refusal) throw AppError.field('noticeId', refusal);
      const text = data.text.trim();
      if (!text) throw AppError.field('text', 'Nội dung ý kiến không được để trống.');
      if ([...text].length > L.text)
        throw AppError.field('text', `Nội dung ý kiến không được dài quá ${L.text} ký tự.`);
      let nominee: NoticeNominee | null = null;
      if (data.nomineePosition !== null && data.nomineePosition !== undefined) {
        nominee = notice.nominees.find((x) => x.position === data.nomineePosition) ?? null;
        if (!nominee)
          throw AppError.field('nomineePosition', 'Số thứ tự không có trong danh sách.');
      }
      const ipHash = createHash('sha256')
        .update(`${notice.id}|${state.ipAddress ?? 'unknown'}`)
        .digest('hex');
      const since = new Date(Date.now() - RATE_WINDOW_MS);
      const [recent] = (await tx.em.query(
        `SELECT count(*)::int AS n, min(received_at) AS oldest FROM award_notice_comments
          WHERE notice_id = $1 AND ip_hash = $2 AND received_at > $3`,
        [notice.id, ipHash, since],
      )) as { n: number; oldest: Date | string | null }[];
      if (recent && recent.n >= L.commentsPerHour) {
        const until = recent.oldest ? new Date(recent.oldest).getTime() + RATE_WINDOW_MS : 0;
        const minutes = Math.max(1, Math.ceil((until - Date.now()) / 60_000));
        throw new AppError(
          'RATE_LIMITED',
          `Mỗi địa chỉ gửi tối đa ${L.commentsPerHour} ý kiến mỗi giờ cho một danh sách. Vui lòng gửi lại sau ${minutes} phút.`,
          undefined,
          { retryAfterMinutes: minutes },
        );
      }
      const total = await tx.em.countBy(AwardNoticeCommentEntity, { noticeId: notice.id });
      if (total >= L.commentsPerNotice)
        throw AppError.field(
          'noticeId',
          `Danh sách đã nhận ${L.commentsPerNotice} ý kiến, số tối đa qua trang công khai: vui lòng gửi ý kiến trực tiếp tới ${notice.unitName}.`,
        );
      const repo = tx.em.getRepository(AwardNoticeCommentEntity);
      const saved = await repo.save(
        repo.create({
          noticeId: notice.id,
          nomineePosition: nominee?.position ?? null,
          nomineeLabel: nominee ? `${nominee.position}. ${nominee.name}` : null,
          kind: data.kind,
          authorName: oneLine(data.authorName) || null,
          contact: oneLine(data.contact) || null,
          text,
          receivedAt: new Date(),
          ipHash,
          outcome: null,
          handling: null,
          handledAt: null,
          handledById: null,
          handledByName: null,
        }),
      );
      const d = await tx.em.findOneByOrFail(AwardDossierEntity, { id: notice.dossierId });
      await tx.audit.event('awardNotice.comment', awardNoticeTarget(notice, d), [
        { field: 'commentKind', after: NOTICE_COMMENT_KINDS[saved.kind] },
        ...(saved.nomineeLabel ? [{ field: 'commentNominee', after: saved.nomineeLabel }] : []),
      ]);
      return saved;
    });
  }

  // ---------------------------------------------------------------------------------------------------

  private whereRunning(qb: ReturnType<Repository<AwardPublicNoticeEntity>['createQueryBuilder']>) {
    qb.andWhere(`n.status = 'OPEN' AND n.starts_on <= :today AND n.ends_on >= :today`, {
      today: todayInVietnam(),
    });
  }

  /**
   * The last day of a notice from `startsOn` lasting at least `workingDays` working days: `endsOn` if
   * the officer chose one (not earlier than that, not longer than the bound), else exactly that day.
   * A year with no calendar refuses (a count over weekends alone could end before the law's period).
   */
  private async period(
    startsOn: IsoDate,
    workingDays: number,
    endsOn: IsoDate | null,
  ): Promise<IsoDate> {
    const least = await this.calendar.addWorkingDays(startsOn, workingDays);
    if (least.missingYears.length)
      throw AppError.field(
        'startsOn',
        `Chưa có lịch ngày làm việc năm ${least.missingYears.join(', ')}: hãy lập lịch trước khi công khai.`,
      );
    if (!endsOn) return least.date;
    if (endsOn < least.date)
      throw AppError.field(
        'endsOn',
        `Công khai ít nhất ${String(workingDays).padStart(2, '0')} ngày làm việc: ngày kết thúc từ ${isoToVn(least.date)} trở đi.`,
      );
    const span = await this.calendar.workingDaysBetween(startsOn, endsOn);
    if (span.missingYears.length)
      throw AppError.field(
        'endsOn',
        `Chưa có lịch ngày làm việc năm ${span.missingYears.join(', ')}: hãy lập lịch trước khi công khai.`,
      );
    if (span.days > L.workingDaysMax)
      throw AppError.field(
        'endsOn',
        `Công khai tối đa ${L.workingDaysMax} ngày làm việc (đã chọn ${span.days}).`,
      );
    return endsOn;
  }

  /** The notice and its dossier, for a change by the proposing unit's officers. */
  private async managed(
    tx: Tx,
    id: string,
  ): Promise<{ notice: AwardPublicNoticeEntity; dossier: AwardDossierEntity }> {
    const notice = await tx.em.findOneBy(AwardPublicNoticeEntity, { id });
    if (!notice) throw AppError.notFound(WHAT, id);
    const d = await this.dossiers.locked(tx, notice.dossierId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND')
        throw AppError.notFound(WHAT, id);
      throw error;
    });
    if (!this.canManage(tx.ctx, d))
      throw AppError.forbidden(
        'Chỉ cán bộ của đơn vị đề nghị mới được thay đổi danh sách công khai.',
      );
    return { notice, dossier: d };
  }

  private async closeRow(
    tx: Tx,
    d: AwardDossierEntity,
    before: AwardPublicNoticeEntity,
    version: number,
  ): Promise<AwardPublicNoticeEntity> {
    await tx.updateVersioned(
      AwardPublicNoticeEntity,
      before.id,
      version,
      { status: 'CLOSED', closedAt: new Date(), closedByName: tx.ctx.actor.displayName },
      this.describe(before),
    );
    const after = await tx.em.findOneByOrFail(AwardPublicNoticeEntity, { id: before.id });
    await tx.audit.changed<AwardNoticeAuditView>(
      'awardNotice.close',
      awardNoticeTarget(after, d),
      awardNoticeAuditView(before),
      awardNoticeAuditView(after),
      AWARD_NOTICE_AUDIT_FIELDS,
    );
    return after;
  }

  private describe(n: AwardPublicNoticeEntity) {
    return { what: WHAT, label: n.title, entityType: 'AwardNotice' };
  }

  /**
   * The list as the public reads it: per nominee the name, the award, and one public line — an
   * individual's current post in the proposing unit's tree ("Trưởng phòng, Phòng Tổng hợp"), a
   * collective's parent unit, a household's address (thôn, xã) — never a birth date or an id number.
   */
  private async frozenList(
    d: AwardDossierEntity,
    nominees: readonly AwardNominationEntity[],
    required: ReadonlySet<string>,
    unitName: string,
  ): Promise<NoticeNominee[]> {
    const out: NoticeNominee[] = [];
    const names = new Map<string, string>();
    const unitNameOf = async (id: string) => {
      let name = names.get(id);
      if (name === undefined) {
        name = (await this.org.findById(id))?.name ?? '';
        names.set(id, name);
      }
      return name;
    };
    const posts = await this.dossiers.postsInDossier(
      d,
      nominees.flatMap((n) => (n.personId ? [n.personId] : [])),
    );
    for (const [i, n] of nominees.entries()) {
      let detail = unitName;
      if (n.personId) {
        const post = posts.get(n.personId);
        if (post) detail = [post.title, await unitNameOf(post.unitId)].filter(Boolean).join(', ');
      } else if (n.subjectUnitId) {
        const unit = await this.org.findById(n.subjectUnitId);
        detail = unit?.parentId ? await unitNameOf(unit.parentId) : unitName;
      } else if (n.householdAddress) {
        detail = n.householdAddress;
      }
      out.push({
        position: i + 1,
        nominationId: n.id,
        subject: n.subject,
        name: n.name,
        detail: detail || unitName,
        awardName: n.awardName,
        required: required.has(n.id),
      });
    }
    return out;
  }
}

function commentLabel(c: Pick<AwardNoticeCommentEntity, 'kind' | 'nomineeLabel'>): string {
  return `${NOTICE_COMMENT_KINDS[c.kind]}${c.nomineeLabel ? ` về ${c.nomineeLabel}` : ''}`;
}
