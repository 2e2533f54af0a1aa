import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In, type Repository } from 'typeorm';
import {
  CALENDAR_DAY_NAME_MAX,
  CALENDAR_YEAR_MAX,
  CALENDAR_YEAR_MIN,
  SHIPPED_CALENDAR,
  MAX_SPAN_DAYS,
  WEEKENDS_ONLY,
  WorkingDaysError,
  addCalendarDays,
  addWorkingDays,
  deadlineStatus,
  generatedYearNote,
  isIsoDate,
  isoToVn,
  isWeekend,
  lunarDateProblems,
  oneLine,
  statutoryCalendarDays,
  TEXT_LIMITS,
  todayInVietnam,
  weekdayLabel,
  workingCalendar,
  workingDaysBetween,
  type CalendarDayDef,
  type CalendarDayKind,
  type DeadlineState,
  type IsoDate,
  type LunarHolidayDates,
  type Permission,
  type ShippedCalendarYear,
  type WorkingCalendar,
} from '@thidua/shared-domain';
import { Actor } from '../../core/auth/actor';
import { diffFields } from '../../core/audit/diff';
import { systemContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError, type FieldErrors } from '../../core/errors/app-error';
import {
  CALENDAR_DAY_AUDIT_FIELDS,
  calendarDayAuditView,
  calendarDayLine,
  calendarDayTarget,
  calendarYearTarget,
  type CalendarDayAuditView,
} from './calendar-audit';
import { CalendarDayEntity, type CalendarDaySource } from './calendar-day.entity';
import { CalendarYearEntity } from './calendar-year.entity';

const MANAGE: Permission = 'CALENDAR_MANAGE';

/**
 * How long this process trusts its copy of the calendar when another process (the job worker, a
 * second API instance) may have changed it: edits here are seen at once (invalidated after commit),
 * edits elsewhere within a minute. A minute is nothing against how calendar edits happen: a year's
 * announcement comes months ahead of the days it moves (Tết 2026 was approved in 10/2025).
 */
export const CALENDAR_CACHE_TTL_MS = 60_000;

/** MAX_SPAN_DAYS in years, with one to spare for the partial years at each end. */
const MAX_SPAN_YEARS = Math.ceil(MAX_SPAN_DAYS / 365) + 1;

/** What a caller sends to add or change a day. */
export interface CalendarDayData {
  date: IsoDate;
  kind: CalendarDayKind;
  name: string;
  note?: string | null;
  provisional?: boolean | null;
}

/**
 * A calendar over a span, and the years of the span that have no calendar of their own: those are
 * counted on the statutory solar holidays alone (statutoryCalendarDays, no Tết, no swap), so a result
 * that touches one is provisional.
 */
export interface CalendarSpan {
  calendar: WorkingCalendar;
  missingYears: number[];
}

export interface WorkingDayCount {
  days: number;
  missingYears: number[];
}

export interface WorkingDayDate {
  date: IsoDate;
  missingYears: number[];
}

export interface Deadline extends DeadlineState {
  deadline: IsoDate;
  missingYears: number[];
}

/** A year as the per-year view shows it: its row (null: no calendar yet) and its days in date order. */
export interface CalendarYearView {
  year: number;
  row: CalendarYearEntity | null;
  days: CalendarDayEntity[];
}

interface Snapshot {
  loadedAt: number;
  /** year → its stored days */
  days: Map<number, { date: IsoDate; kind: CalendarDayKind }[]>;
}

const yearOf = (date: IsoDate) => Number(date.slice(0, 4));

/**
 * The working-day calendar (module `calendar`, reference decision 14, ADR 0016): the days that differ
 * from the Monday-to-Friday week, stored per year, shipped for 2024–2027 and kept at boot, edited by
 * CALENDAR_MANAGE holders with a global grant (the calendar is the whole installation's). Other
 * modules count deadlines through `addWorkingDays`, `workingDaysBetween` and `deadline`.
 *
 * Reads go through a process-wide copy of the whole table (about 12 rows a year: a few hundred rows
 * for decades), so a list of 50 dossiers with their flags costs no query at all; see ADR 0016 for why
 * not per request.
 */
@Injectable()
export class CalendarService implements OnApplicationBootstrap {
  private readonly logger = new Logger(CalendarService.name);
  private snapshot: Snapshot | null = null;
  /** Bumped on every invalidation, so a load that raced a commit is not kept. */
  private generation = 0;
  /** The load in flight, shared by every caller that found the copy expired meanwhile. */
  private loading: { generation: number; promise: Promise<Snapshot> } | null = null;
  /** Transactions that changed the calendar: they read their own writes, never the copy. */
  private readonly changedIn = new WeakSet<Tx>();

  constructor(private readonly db: TransactionRunner) {}

  private get years(): Repository<CalendarYearEntity> {
    return this.db.repo(CalendarYearEntity);
  }

  private get days(): Repository<CalendarDayEntity> {
    return this.db.repo(CalendarDayEntity);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.syncShippedCalendar();
  }

  // ---------------------------------------------------------------------------------------------------
  // reading (every signed-in user)

  /** The years that have a calendar, in order. */
  async definedYears(): Promise<CalendarYearEntity[]> {
    return this.years.find({ order: { year: 'ASC' } });
  }

  async yearView(year: number): Promise<CalendarYearView> {
    assertYear(year, 'year');
    const row = await this.years.findOneBy({ year });
    const days = row
      ? await this.days.find({ where: { yearId: row.id }, order: { date: 'ASC' } })
      : [];
    return { year, row, days };
  }

  /** May the actor change the calendar: CALENDAR_MANAGE granted globally. */
  canManage(actor: Actor): boolean {
    return actor.canAt(MANAGE, null);
  }

  /** The calendar over the years of `from`…`to` (either order), with the years that have none. */
  async calendarBetween(from: IsoDate, to: IsoDate): Promise<CalendarSpan> {
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!isIsoDate(value)) throw AppError.field(field, `Ngày "${String(value)}" không hợp lệ.`);
    }
    const [a, b] = [yearOf(from), yearOf(to)].sort((x, y) => x - y) as [number, number];
    // the arithmetic refuses spans over MAX_SPAN_DAYS (20 years) anyway: no need to build 80 years first
    if (b - a > MAX_SPAN_YEARS) {
      throw AppError.field('to', `Khoảng thời gian không được dài quá ${MAX_SPAN_YEARS} năm.`);
    }
    return this.span(a, b);
  }

  /** The `n`-th working day after `start` (start not counted; see addWorkingDays in shared-domain). */
  async addWorkingDays(start: IsoDate, n: number): Promise<WorkingDayDate> {
    // the bounds and the date are checked on the week alone, which also gives a first guess
    let guess = checked(() => addWorkingDays(start, n, WEEKENDS_ONLY));
    // the span that holds the answer is not known before counting: count on the guess widened by a
    // month per 200 working days (a year's holidays and swaps move it ~12 days), widen if still short
    const margin = (Math.ceil(Math.abs(n) / 200) + 1) * 31;
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const edge = checked(() => addCalendarDays(guess, n >= 0 ? margin : -margin));
      const span = await this.calendarBetween(start, edge);
      const found = checked(() => addWorkingDays(start, n, span.calendar));
      const [lo, hi] = [yearOf(start), yearOf(edge)].sort((x, y) => x - y) as [number, number];
      if (yearOf(found) >= lo && yearOf(found) <= hi) {
        return { date: found, missingYears: touched(span.missingYears, start, found) };
      }
      guess = found;
    }
    throw new Error(`addWorkingDays(${start}, ${n}) did not settle`);
  }

  /** Working days after `from` up to and including `to` (negative backwards). */
  async workingDaysBetween(from: IsoDate, to: IsoDate): Promise<WorkingDayCount> {
    const span = await this.calendarBetween(from, to);
    return {
      days: checked(() => workingDaysBetween(from, to, span.calendar)),
      missingYears: span.missingYears,
    };
  }

  /**
   * A step's deadline, `workingDays` after `start` (the day of receipt not counted: "05 ngày làm việc
   * kể từ ngày nhận đủ hồ sơ"), and where it stands on `today` (default today in Vietnam; for a step
   * already done, the day it was done).
   */
  async deadline(
    start: IsoDate,
    workingDays: number,
    opts: { today?: IsoDate; dueSoonWithin?: number } = {},
  ): Promise<Deadline> {
    const due = await this.addWorkingDays(start, workingDays);
    const state = await this.deadlineStatus(due.date, opts);
    return {
      ...state,
      deadline: due.date,
      missingYears: [...new Set([...due.missingYears, ...state.missingYears])].sort(),
    };
  }

  /** Where an open step with this deadline stands on `today` (OVERDUE / DUE_SOON / ON_TRACK). */
  async deadlineStatus(
    deadline: IsoDate,
    opts: { today?: IsoDate; dueSoonWithin?: number } = {},
  ): Promise<DeadlineState & { missingYears: number[] }> {
    const today = opts.today ?? todayInVietnam();
    const span = await this.calendarBetween(today, deadline);
    return {
      ...checked(() => deadlineStatus(deadline, span.calendar, { ...opts, today })),
      missingYears: span.missingYears,
    };
  }

  private async span(fromYear: number, toYear: number): Promise<CalendarSpan> {
    const snapshot = await this.read();
    const rows: { date: IsoDate; kind: CalendarDayKind }[] = [];
    const missingYears: number[] = [];
    for (let y = fromYear; y <= toYear; y += 1) {
      const stored = snapshot.days.get(y);
      if (stored) {
        rows.push(...stored);
        continue;
      }
      missingYears.push(y);
      // a year without data still has its fixed holidays; outside the supported range, weekends only
      if (y >= CALENDAR_YEAR_MIN && y <= CALENDAR_YEAR_MAX) rows.push(...statutoryCalendarDays(y));
    }
    return { calendar: workingCalendar(rows), missingYears };
  }

  /** The process copy, loaded once per TTL; fresh inside a transaction that changed the calendar. */
  private async read(): Promise<Snapshot> {
    const tx = this.db.active;
    if (tx && this.changedIn.has(tx)) return this.load();
    const now = Date.now();
    if (this.snapshot && now - this.snapshot.loadedAt < CALENDAR_CACHE_TTL_MS) return this.snapshot;
    // one load for everyone who finds the copy expired: the first inbox page after expiry asked 42
    // times at once (bench/awards: 115 ms instead of 45 ms)
    const generation = this.generation;
    if (this.loading?.generation !== generation) {
      const promise = this.load().finally(() => {
        if (this.loading?.promise === promise) this.loading = null;
      });
      this.loading = { generation, promise };
    }
    const loaded = await this.loading.promise;
    if (generation === this.generation) this.snapshot = loaded;
    return loaded;
  }

  private async load(): Promise<Snapshot> {
    const rows: { year: number; date: IsoDate | null; kind: CalendarDayKind | null }[] =
      await this.db.manager.query(
        `SELECT y.year, to_char(d.date, 'YYYY-MM-DD') AS date, d.kind
           FROM calendar_years y LEFT JOIN calendar_days d ON d.year_id = y.id`,
      );
    const days = new Map<number, { date: IsoDate; kind: CalendarDayKind }[]>();
    for (const r of rows) {
      const list = days.get(r.year) ?? [];
      if (r.date && r.kind) list.push({ date: r.date, kind: r.kind });
      days.set(r.year, list);
    }
    return { loadedAt: Date.now(), days };
  }

  /** Forget the copy: after a commit that changed the calendar, and for tests. */
  invalidate(): void {
    this.generation += 1;
    this.snapshot = null;
  }

  private changed(tx: Tx): void {
    if (this.changedIn.has(tx)) return;
    this.changedIn.add(tx);
    tx.afterCommit(() => this.invalidate());
  }

  // ---------------------------------------------------------------------------------------------------
  // writing (CALENDAR_MANAGE, globally; every change audited)

  async createDay(tx: Tx, data: CalendarDayData): Promise<CalendarDayEntity> {
    this.assertManager(tx);
    const attrs = this.checkedDay(data);
    const year = await this.yearFor(tx, attrs.date);
    await this.assertFree(tx, attrs.date, null);
    const id = randomUUID();
    await tx.em
      .getRepository(CalendarDayEntity)
      .insert({ id, ...attrs, yearId: year.id, source: 'EDITED' });
    await this.markEdited(tx, year);
    const day = await tx.em.findOneByOrFail(CalendarDayEntity, { id });
    await tx.audit.created<CalendarDayAuditView>(
      'calendarDay.create',
      calendarDayTarget(day),
      calendarDayAuditView(day),
      CALENDAR_DAY_AUDIT_FIELDS,
    );
    this.changed(tx);
    return day;
  }

  /**
   * Replaces every field with the input's, with optimistic locking on `version`. A save that changes
   * nothing writes nothing (the caller then records no audit row).
   */
  async updateDay(
    tx: Tx,
    id: string,
    version: number,
    data: CalendarDayData,
  ): Promise<CalendarDayEntity> {
    this.assertManager(tx);
    const before = await this.dayOrNotFound(tx, id);
    const attrs = this.checkedDay(data);
    const beforeView = calendarDayAuditView(before);
    const afterView = calendarDayAuditView(attrs);
    if (!diffFields(beforeView, afterView, CALENDAR_DAY_AUDIT_FIELDS).length) {
      if (version !== before.version) throw this.conflict(before);
      return before;
    }
    const year = await this.yearFor(tx, attrs.date);
    if (attrs.date !== before.date) await this.assertFree(tx, attrs.date, id);
    await tx.updateVersioned(
      CalendarDayEntity,
      id,
      version,
      { ...attrs, yearId: year.id, source: 'EDITED' as CalendarDaySource },
      {
        what: 'Ngày',
        label: `${isoToVn(before.date)} – ${before.name}`,
        entityType: 'CalendarDay',
      },
    );
    await this.markEdited(tx, year);
    if (year.id !== before.yearId) await this.markEdited(tx, { id: before.yearId });
    await tx.audit.changed(
      'calendarDay.update',
      calendarDayTarget(before),
      beforeView,
      afterView,
      CALENDAR_DAY_AUDIT_FIELDS,
    );
    this.changed(tx);
    return tx.em.findOneByOrFail(CalendarDayEntity, { id });
  }

  async deleteDay(tx: Tx, id: string, version: number): Promise<CalendarDayEntity> {
    this.assertManager(tx);
    const day = await this.dayOrNotFound(tx, id);
    const result = await tx.em
      .createQueryBuilder()
      .delete()
      .from(CalendarDayEntity)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (!result.affected) throw this.conflict(day);
    await this.markEdited(tx, { id: day.yearId });
    await tx.audit.deleted<CalendarDayAuditView>(
      'calendarDay.delete',
      calendarDayTarget(day),
      calendarDayAuditView(day),
      CALENDAR_DAY_AUDIT_FIELDS,
    );
    this.changed(tx);
    return day;
  }

  /**
   * Creates `year` from the rules (statutoryCalendarDays): the solar holidays and their compensations,
   * Tết and Giỗ Tổ when their dates are given, no swap. Refused for a year that already has a
   * calendar: its days are changed one by one.
   */
  async generateYear(
    tx: Tx,
    year: number,
    lunar: LunarHolidayDates,
    note?: string | null,
  ): Promise<CalendarYearView> {
    this.assertManager(tx);
    assertYear(year, 'year');
    const errors: FieldErrors = {};
    for (const p of lunarDateProblems(year, lunar)) (errors[p.field] ??= []).push(p.message);
    const text = note?.trim() || null;
    if (text && text.length > TEXT_LIMITS.note)
      (errors['note'] ??= []).push(`Ghi chú không được dài quá ${TEXT_LIMITS.note} ký tự.`);
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    if (await tx.em.findOneBy(CalendarYearEntity, { year })) {
      throw AppError.field(
        'year',
        `Lịch ngày làm việc năm ${year} đã có: sửa, thêm hoặc xóa từng ngày trong lịch.`,
      );
    }
    const defs = statutoryCalendarDays(year, lunar);
    const row = await this.insertYear(tx, year, 'EDITED', text ?? generatedYearNote(year, lunar));
    if (!row) {
      throw AppError.field('year', `Lịch ngày làm việc năm ${year} vừa được người khác tạo.`);
    }
    await this.insertDays(tx, row, defs, 'RULES');
    await tx.audit.created(
      'calendarYear.generate',
      calendarYearTarget(row),
      {
        year,
        note: row.note,
        lunarNewYear: lunar.lunarNewYear ?? null,
        hungKings: lunar.hungKings ?? null,
        days: defs.map(calendarDayLine),
      },
      ['year', 'note', 'lunarNewYear', 'hungKings', 'days'],
    );
    this.changed(tx);
    return this.yearView(year);
  }

  /**
   * The shipped years (SHIPPED_CALENDAR), at every boot, idempotent: a missing year is inserted with
   * its days; a year nobody has edited (source SHIPPED) is brought in step with the list (days added,
   * changed or removed by a newer release); a year an administrator changed or generated (EDITED) is
   * never touched, so their edits survive every release. Audited as the system; concurrent boots meet
   * the unique year and the later one skips it.
   */
  async syncShippedCalendar(shipped: readonly ShippedCalendarYear[] = SHIPPED_CALENDAR): Promise<{
    inserted: number[];
    updated: number[];
  }> {
    const ctx = systemContext(Actor.system('Hệ thống (khởi động)'));
    const inserted: number[] = [];
    const updated: number[] = [];
    await this.db.run(ctx, async (tx) => {
      const existing = await tx.em.findBy(CalendarYearEntity, {
        year: In(shipped.map((y) => y.year)),
      });
      for (const def of shipped) {
        const row = existing.find((r) => r.year === def.year);
        if (!row) {
          const created = await this.insertYear(tx, def.year, 'SHIPPED', def.note);
          if (!created) continue;
          await this.insertDays(tx, created, def.days, 'SHIPPED');
          await tx.audit.created(
            'calendarYear.sync',
            calendarYearTarget(created),
            { year: def.year, note: def.note, days: def.days.map(calendarDayLine) },
            ['year', 'note', 'days'],
          );
          inserted.push(def.year);
        } else if (row.source === 'SHIPPED' && (await this.followRelease(tx, row, def))) {
          updated.push(def.year);
        }
      }
      if (inserted.length || updated.length) this.changed(tx);
      else tx.skipAudit();
    });
    if (inserted.length || updated.length) {
      this.logger.log(
        `Lịch ngày làm việc: thêm năm ${inserted.join(', ') || '—'}, cập nhật năm ${updated.join(', ') || '—'}.`,
      );
    }
    return { inserted, updated };
  }

  /** Brings an untouched shipped year in step with the release; true if anything changed. */
  private async followRelease(
    tx: Tx,
    row: CalendarYearEntity,
    def: ShippedCalendarYear,
  ): Promise<boolean> {
    const stored = await tx.em.findBy(CalendarDayEntity, { yearId: row.id });
    const wanted = new Map(def.days.map((d) => [d.date, d]));
    const removed = stored.filter((d) => !wanted.has(d.date));
    const added = def.days.filter((d) => !stored.some((s) => s.date === d.date));
    const changed = stored.filter((s) => {
      const d = wanted.get(s.date);
      return (
        d &&
        (d.kind !== s.kind ||
          d.name !== s.name ||
          d.note !== s.note ||
          d.provisional !== s.provisional)
      );
    });
    const noteChanged = row.note !== def.note;
    if (!removed.length && !added.length && !changed.length && !noteChanged) return false;

    if (removed.length) await tx.em.delete(CalendarDayEntity, { id: In(removed.map((d) => d.id)) });
    for (const s of changed) {
      const d = wanted.get(s.date) as CalendarDayDef;
      await tx.em
        .createQueryBuilder()
        .update(CalendarDayEntity)
        .set({
          kind: d.kind,
          name: d.name,
          note: d.note,
          provisional: d.provisional,
          version: () => 'version + 1',
          updatedAt: () => 'now()',
        } as never)
        .where('id = :id', { id: s.id })
        .execute();
    }
    await this.insertDays(tx, row, added, 'SHIPPED');
    if (noteChanged) {
      await tx.em
        .createQueryBuilder()
        .update(CalendarYearEntity)
        .set({ note: def.note, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
        .where('id = :id', { id: row.id })
        .execute();
    }
    await tx.audit.event('calendarYear.sync', calendarYearTarget(row), [
      ...(noteChanged ? [{ field: 'note', before: row.note, after: def.note }] : []),
      ...removed.map((d) => ({ field: 'days', before: calendarDayLine(d) })),
      ...changed.map((s) => ({
        field: 'days',
        before: calendarDayLine(s),
        after: calendarDayLine(wanted.get(s.date) as CalendarDayDef),
      })),
      ...added.map((d) => ({ field: 'days', after: calendarDayLine(d) })),
    ]);
    return true;
  }

  // ---------------------------------------------------------------------------------------------------

  private assertManager(tx: Tx): void {
    if (!this.canManage(tx.ctx.actor)) {
      throw AppError.forbidden(
        'Chỉ người được giao quản lý lịch ngày làm việc trên toàn hệ thống mới thay đổi được lịch.',
      );
    }
  }

  /** Every rule on a day's own fields, all problems at once (Vietnamese, per field). */
  private checkedDay(d: CalendarDayData): CalendarDayAuditView {
    const a: CalendarDayAuditView = {
      date: d.date,
      kind: d.kind,
      name: oneLine(d.name ?? ''),
      note: d.note?.trim() || null,
      provisional: d.provisional ?? false,
    };
    const errors: FieldErrors = {};
    const add = (field: string, message: string) => (errors[field] ??= []).push(message);
    if (!isIsoDate(a.date)) add('date', 'Ngày không hợp lệ.');
    else if (yearOf(a.date) < CALENDAR_YEAR_MIN || yearOf(a.date) > CALENDAR_YEAR_MAX)
      add('date', `Ngày phải thuộc các năm từ ${CALENDAR_YEAR_MIN} đến ${CALENDAR_YEAR_MAX}.`);
    else if (a.kind === 'DAY_OFF' && isWeekend(a.date))
      add(
        'date',
        `${isoToVn(a.date)} là ${weekdayLabel(a.date)}, vốn là ngày nghỉ hằng tuần: ngày lễ, tết trùng ngày nghỉ hằng tuần được nghỉ bù vào ngày làm việc kế tiếp, hãy ghi ngày nghỉ bù đó.`,
      );
    else if (a.kind === 'WORKING_DAY' && !isWeekend(a.date))
      add(
        'date',
        `${isoToVn(a.date)} là ${weekdayLabel(a.date)}, vốn là ngày làm việc: ngày làm bù phải là thứ Bảy hoặc Chủ nhật.`,
      );
    if (a.kind !== 'DAY_OFF' && a.kind !== 'WORKING_DAY')
      add('kind', 'Loại ngày không nằm trong danh sách cho phép.');
    if (!a.name) add('name', 'Tên ngày không được để trống.');
    else if (a.name.length > CALENDAR_DAY_NAME_MAX)
      add('name', `Tên ngày không được dài quá ${CALENDAR_DAY_NAME_MAX} ký tự.`);
    if (a.note && a.note.length > TEXT_LIMITS.note)
      add('note', `Ghi chú không được dài quá ${TEXT_LIMITS.note} ký tự.`);
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return a;
  }

  /** The year row of `date`, which must exist: a day is added to a year's calendar, not alone. */
  private async yearFor(tx: Tx, date: IsoDate): Promise<CalendarYearEntity> {
    const row = await tx.em.findOneBy(CalendarYearEntity, { year: yearOf(date) });
    if (!row) {
      throw AppError.field(
        'date',
        `Chưa có lịch ngày làm việc năm ${yearOf(date)}: hãy tạo lịch năm (theo quy định) trước khi thêm ngày.`,
      );
    }
    return row;
  }

  /**
   * One row per date. Two saves of the same date at once meet the unique index instead: CONFLICT
   * ("Dữ liệu bị trùng…", the error formatter).
   */
  private async assertFree(tx: Tx, date: IsoDate, selfId: string | null): Promise<void> {
    const twin = await tx.em.findOneBy(CalendarDayEntity, { date });
    if (twin && twin.id !== selfId) {
      throw AppError.field(
        'date',
        `Ngày ${isoToVn(date)} đã có trong lịch ("${twin.name}"): sửa ngày đó thay vì thêm mới.`,
      );
    }
  }

  private async dayOrNotFound(tx: Tx, id: string): Promise<CalendarDayEntity> {
    const day = await tx.em.findOneBy(CalendarDayEntity, { id });
    if (!day) throw AppError.notFound('Ngày trong lịch', id);
    return day;
  }

  /** The year is the administrators' from the first change to one of its days. */
  private async markEdited(tx: Tx, year: { id: string }): Promise<void> {
    await tx.em
      .createQueryBuilder()
      .update(CalendarYearEntity)
      .set({ source: 'EDITED', version: () => 'version + 1', updatedAt: () => 'now()' } as never)
      .where(`id = :id AND source <> 'EDITED'`, { id: year.id })
      .execute();
  }

  /** Inserts a year unless another transaction did (then null). */
  private async insertYear(
    tx: Tx,
    year: number,
    source: CalendarYearEntity['source'],
    note: string | null,
  ): Promise<CalendarYearEntity | null> {
    const id = randomUUID();
    const result = await tx.em
      .createQueryBuilder()
      .insert()
      .into(CalendarYearEntity)
      .values({ id, year, source, note, version: 1 })
      .orIgnore()
      .execute();
    const row = await tx.em.findOneBy(CalendarYearEntity, { year });
    return result.identifiers.length && row?.id === id ? row : null;
  }

  private async insertDays(
    tx: Tx,
    year: CalendarYearEntity,
    defs: readonly CalendarDayDef[],
    source: CalendarDaySource,
  ): Promise<void> {
    if (!defs.length) return;
    await tx.em.getRepository(CalendarDayEntity).insert(
      defs.map((d) => ({
        date: d.date,
        kind: d.kind,
        name: d.name,
        note: d.note,
        provisional: d.provisional,
        yearId: year.id,
        source,
        version: 1,
      })),
    );
  }

  private conflict(day: CalendarDayEntity): AppError {
    return AppError.conflict('Ngày', `${isoToVn(day.date)} – ${day.name}`, 'CalendarDay', day.id);
  }
}

function assertYear(year: number, field: string): void {
  if (!Number.isInteger(year) || year < CALENDAR_YEAR_MIN || year > CALENDAR_YEAR_MAX) {
    throw AppError.field(field, `Năm phải từ ${CALENDAR_YEAR_MIN} đến ${CALENDAR_YEAR_MAX}.`);
  }
}

/** The arithmetic's refusals (bounds, malformed dates) as the caller's field error. */
function checked<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof WorkingDaysError) throw AppError.field(error.field, error.message);
    throw error;
  }
}

/** The missing years between two dates (either order). */
function touched(missing: number[], a: IsoDate, b: IsoDate): number[] {
  const [lo, hi] = [yearOf(a), yearOf(b)].sort((x, y) => x - y) as [number, number];
  return missing.filter((y) => y >= lo && y <= hi);
}
