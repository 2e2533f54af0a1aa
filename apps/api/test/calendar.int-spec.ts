import {
  WEEKENDS_ONLY,
  addCalendarDays,
  addWorkingDays,
  statutoryCalendarDays,
  workingCalendar,
  weekdayOfIso,
  type ShippedCalendarYear,
} from '@thidua/shared-domain';
import { CalendarService } from '../src/modules/calendar/calendar.service';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Reference decision 14 (ADR 0016): working days are data. Shipped years at boot, arithmetic through
 * the API (the day of receipt does not count), administrators' changes audited and never overwritten.
 */
const YEARS = graphql(`
  query CalendarYears {
    workingCalendarYears {
      year
      source
    }
  }
`);

const YEAR = graphql(`
  query CalendarYear($year: Int!) {
    workingCalendar(year: $year) {
      year
      defined
      source
      note
      workingDayCount
      provisionalCount
      canManage
      days {
        id
        date
        weekday
        kind
        name
        note
        source
        provisional
        version
      }
    }
  }
`);

const ADD = graphql(`
  query CalendarAdd($start: Date!, $days: Int!) {
    addWorkingDays(start: $start, days: $days) {
      date
      provisional
      missingYears
    }
  }
`);

const BETWEEN = graphql(`
  query CalendarBetween($from: Date!, $to: Date!) {
    workingDaysBetween(from: $from, to: $to) {
      days
      provisional
      missingYears
    }
  }
`);

const GENERATE = graphql(`
  mutation CalendarGenerate($input: GenerateCalendarYearInput!) {
    generateCalendarYear(input: $input) {
      year
      defined
      source
      note
      days {
        id
        date
        kind
        name
        source
        provisional
      }
    }
  }
`);

const CREATE_DAY = graphql(`
  mutation CalendarCreateDay($input: CreateCalendarDayInput!) {
    createCalendarDay(input: $input) {
      id
      date
      weekday
      kind
      name
      source
      version
    }
  }
`);

const UPDATE_DAY = graphql(`
  mutation CalendarUpdateDay($input: UpdateCalendarDayInput!) {
    updateCalendarDay(input: $input) {
      id
      date
      name
      note
      provisional
      source
      version
    }
  }
`);

const DELETE_DAY = graphql(`
  mutation CalendarDeleteDay($input: DeleteCalendarDayInput!) {
    deleteCalendarDay(input: $input) {
      id
      date
    }
  }
`);

/** The first day on or after `from` that falls on `weekday` (0 Sunday … 6 Saturday). */
function nextWeekday(from: string, weekday: number): string {
  let d = from;
  while (weekdayOfIso(d) !== weekday) d = addCalendarDays(d, 1);
  return d;
}

describe('working-day calendar', () => {
  let t: TestApp;
  let admin: { id: string; username: string };
  let adminClient: GqlClient;
  let reader: GqlClient;
  const taken = new Set<number>();

  /**
   * A year no one has a calendar for, for this test alone: the calendar is global, so a test owns a
   * year instead of a uniquely named row (2040–2089: far from the shipped years and from the fuzz
   * test's 2025).
   */
  async function freeYear(): Promise<number> {
    const defined = new Set(
      (await reader.ok(YEARS)).workingCalendarYears.map((y: { year: number }) => y.year),
    );
    for (;;) {
      const year = 2040 + Math.floor(Math.random() * 50);
      if (!defined.has(year) && !taken.has(year)) {
        taken.add(year);
        return year;
      }
    }
  }

  const auditOf = async (actorId: string) =>
    (await t.db.query(
      `SELECT operation, entity_type AS "entityType", entity_id AS "entityId", entity_label AS label, changes
         FROM audit_log WHERE actor_id = $1 AND entity_type LIKE 'Calendar%' ORDER BY created_at, id`,
      [actorId],
    )) as { operation: string; entityType: string; entityId: string; label: string }[];

  beforeAll(async () => {
    t = await startTestApp();
    const unit = await t.unit('Văn phòng UBND tỉnh');
    admin = await t.user({ unit, role: 'SYSTEM_ADMIN', scope: null });
    adminClient = await t.loggedIn(admin.username);
    const reporter = await t.user({ unit, role: 'REPORTER' });
    reader = await t.loggedIn(reporter.username);
  });
  afterAll(() => t.close());

  it('ships 2024–2027 at boot; anyone signed in reads a year, only a global manager may change it', async () => {
    const years = (await reader.ok(YEARS)).workingCalendarYears.map(
      (y: { year: number }) => y.year,
    );
    expect(years).toEqual(expect.arrayContaining([2024, 2025, 2026, 2027]));
    const { workingCalendar: y2025 } = await reader.ok(YEAR, { year: 2025 });
    expect(y2025.defined).toBe(true);
    expect(y2025.canManage).toBe(false);
    expect(y2025.note).toMatch(/có thể sửa/);
    const byDate = new Map(y2025.days.map((d: { date: string }) => [d.date, d]));
    expect(byDate.get('2025-01-29')).toMatchObject({
      kind: 'DAY_OFF',
      weekday: 'Thứ Tư',
      name: 'Tết Nguyên đán Ất Tỵ',
    });
    expect(byDate.get('2025-02-08')).toMatchObject({ kind: 'WORKING_DAY', weekday: 'Thứ Bảy' });
    // 2027 is not announced yet: its Tết is marked for checking
    const { workingCalendar: y2027 } = await reader.ok(YEAR, { year: 2027 });
    expect(y2027.provisionalCount).toBeGreaterThanOrEqual(5);
    expect((await adminClient.ok(YEAR, { year: 2027 })).workingCalendar.canManage).toBe(true);

    // a year without a calendar is answered, empty, and says so
    const year = await freeYear();
    const { workingCalendar: none } = await reader.ok(YEAR, { year });
    expect(none).toMatchObject({ year, defined: false, source: null, days: [] });
    expect(none.workingDayCount).toBeGreaterThan(255);

    const denied = await reader.fails(GENERATE, { input: { year } });
    expect(denied.extensions?.code).toBe('FORBIDDEN');
    // SYSTEM_ADMIN on a unit only: the calendar is the whole installation's
    const unit = await t.unit('Sở Nội vụ');
    const local = await t.user({ unit, role: 'SYSTEM_ADMIN' });
    const localClient = await t.loggedIn(local.username);
    const scoped = await localClient.fails(GENERATE, { input: { year } });
    expect(scoped.extensions?.code).toBe('FORBIDDEN');
    expect(scoped.message).toMatch(/toàn hệ thống/);
    expect((await reader.ok(YEAR, { year })).workingCalendar.defined).toBe(false);
  });

  it('counts in working days: the day of receipt does not count, Tết and swaps do', async () => {
    // received Friday 24/01/2025: 27/01–31/01 off (Tết Ất Tỵ and a swap), due Friday 07/02
    expect((await reader.ok(ADD, { start: '2025-01-24', days: 5 })).addWorkingDays).toEqual({
      date: '2025-02-07',
      provisional: false,
      missingYears: [],
    });
    // the Saturday 08/02/2025 worked in exchange counts
    expect((await reader.ok(ADD, { start: '2025-01-24', days: 6 })).addWorkingDays.date).toBe(
      '2025-02-08',
    );
    expect((await reader.ok(ADD, { start: '2025-02-03', days: -1 })).addWorkingDays.date).toBe(
      '2025-01-24',
    );
    expect(
      (await reader.ok(BETWEEN, { from: '2025-01-24', to: '2025-02-07' })).workingDaysBetween,
    ).toEqual({ days: 5, provisional: false, missingYears: [] });
    expect(
      (await reader.ok(BETWEEN, { from: '2025-02-07', to: '2025-01-24' })).workingDaysBetween.days,
    ).toBe(-5);

    // into a year without a calendar: counted on the fixed holidays, and said to be provisional
    const year = await freeYear();
    const late = (await reader.ok(ADD, { start: `${year}-04-29`, days: 3 })).addWorkingDays;
    expect(late).toEqual({
      date: addWorkingDays(`${year}-04-29`, 3, workingCalendar(statutoryCalendarDays(year))),
      provisional: true,
      missingYears: [year],
    });
    // 30/04 and 01/05 are counted as days off (or their compensations)
    expect(late.date > addWorkingDays(`${year}-04-29`, 3, WEEKENDS_ONLY)).toBe(true);

    // bounds, with the field at fault
    const tooMany = await reader.fails(ADD, { start: '2025-01-01', days: 3651 });
    expect(tooMany.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.extensions?.fields?.['days']?.[0]).toMatch(/không được vượt quá 3650/);
    const tooLong = await reader.fails(BETWEEN, { from: '2000-01-01', to: '2090-01-01' });
    expect(tooLong.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooLong.extensions?.fields?.['to']?.[0]).toMatch(/không được dài quá/);
    const edge = await reader.fails(ADD, { start: '9999-12-30', days: 5 });
    expect(edge.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an administrator creates a year from the rules, then adds a swap, edits and deletes days: each audited and counted at once', async () => {
    const year = await freeYear();
    const lunar = { lunarNewYear: `${year}-02-05`, hungKings: `${year}-04-15` };
    const { generateCalendarYear: generated } = await adminClient.ok(GENERATE, {
      input: { year, ...lunar },
    });
    expect(generated).toMatchObject({ year, defined: true, source: 'EDITED' });
    expect(generated.note).toMatch(/Bộ luật Lao động 2019/);
    expect(generated.days.map((d: { date: string }) => d.date)).toEqual(
      statutoryCalendarDays(year, lunar).map((d) => d.date),
    );
    expect(generated.days.every((d: { source: string }) => d.source === 'RULES')).toBe(true);
    expect(generated.days.some((d: { provisional: boolean }) => d.provisional)).toBe(true);

    const again = await adminClient.fails(GENERATE, { input: { year } });
    expect(again.extensions?.fields?.['year']?.[0]).toMatch(/đã có/);

    // a swap: a Friday in June off, the Saturday after it worked
    const friday = nextWeekday(`${year}-06-01`, 5);
    const thursday = addCalendarDays(friday, -1);
    const saturday = addCalendarDays(friday, 1);
    const monday = addCalendarDays(friday, 3);
    expect((await reader.ok(ADD, { start: thursday, days: 1 })).addWorkingDays.date).toBe(friday);
    const { createCalendarDay: off } = await adminClient.ok(CREATE_DAY, {
      input: { date: friday, kind: 'DAY_OFF', name: 'Nghỉ hoán đổi', note: 'Thông báo thử' },
    });
    expect(off).toMatchObject({ date: friday, weekday: 'Thứ Sáu', source: 'EDITED', version: 1 });
    // seen at once by the next request (the process copy is forgotten after the commit)
    expect((await reader.ok(ADD, { start: thursday, days: 1 })).addWorkingDays.date).toBe(monday);
    const { createCalendarDay: worked } = await adminClient.ok(CREATE_DAY, {
      input: { date: saturday, kind: 'WORKING_DAY', name: 'Làm bù' },
    });
    expect((await reader.ok(ADD, { start: thursday, days: 1 })).addWorkingDays.date).toBe(saturday);

    // the rules of a day, in Vietnamese, per field
    const weekendOff = await adminClient.fails(CREATE_DAY, {
      input: { date: addCalendarDays(saturday, 7), kind: 'DAY_OFF', name: 'Nghỉ' },
    });
    expect(weekendOff.extensions?.fields?.['date']?.[0]).toMatch(/Thứ Bảy, vốn là ngày nghỉ/);
    const weekdayWorked = await adminClient.fails(CREATE_DAY, {
      input: { date: addCalendarDays(friday, 7), kind: 'WORKING_DAY', name: 'Làm bù' },
    });
    expect(weekdayWorked.extensions?.fields?.['date']?.[0]).toMatch(/thứ Bảy hoặc Chủ nhật/);
    const twin = await adminClient.fails(CREATE_DAY, {
      input: { date: friday, kind: 'DAY_OFF', name: 'Trùng' },
    });
    expect(twin.extensions?.fields?.['date']?.[0]).toMatch(/đã có trong lịch/);
    const blank = await adminClient.fails(CREATE_DAY, {
      input: { date: friday, kind: 'DAY_OFF', name: '   ' },
    });
    expect(blank.extensions?.code).toBe('BAD_USER_INPUT');
    const noYear = await adminClient.fails(CREATE_DAY, {
      input: { date: nextWeekday(`${await freeYear()}-06-02`, 3), kind: 'DAY_OFF', name: 'Nghỉ' },
    });
    expect(noYear.extensions?.fields?.['date']?.[0]).toMatch(/Chưa có lịch ngày làm việc năm/);

    const { updateCalendarDay: renamed } = await adminClient.ok(UPDATE_DAY, {
      input: {
        id: off.id,
        version: off.version,
        date: friday,
        kind: 'DAY_OFF',
        name: 'Nghỉ hoán đổi (đã đối chiếu)',
        note: 'Thông báo số 01/TB',
        provisional: false,
      },
    });
    expect(renamed).toMatchObject({ name: 'Nghỉ hoán đổi (đã đối chiếu)', version: 2 });
    const stale = await adminClient.fails(UPDATE_DAY, {
      input: { id: off.id, version: 1, date: friday, kind: 'DAY_OFF', name: 'Cũ' },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');

    const staleDelete = await adminClient.fails(DELETE_DAY, {
      input: { id: worked.id, version: 7 },
    });
    expect(staleDelete.extensions?.code).toBe('CONFLICT');
    await adminClient.ok(DELETE_DAY, { input: { id: worked.id, version: worked.version } });
    expect((await reader.ok(ADD, { start: thursday, days: 1 })).addWorkingDays.date).toBe(monday);

    const { workingCalendar: view } = await reader.ok(YEAR, { year });
    expect(view.days.map((d: { date: string }) => d.date)).toContain(friday);
    expect(view.days.map((d: { date: string }) => d.date)).not.toContain(saturday);

    const rows = await auditOf(admin.id);
    const ops = rows
      .filter((r) => [off.id, worked.id].includes(r.entityId) || r.label === `Năm ${year}`)
      .map((r) => r.operation);
    expect(ops).toEqual([
      'calendarYear.generate',
      'calendarDay.create',
      'calendarDay.create',
      'calendarDay.update',
      'calendarDay.delete',
    ]);
    expect(rows.find((r) => r.entityId === off.id)?.label).toMatch(/ – Nghỉ hoán đổi$/);
  });

  it('boot sync is idempotent, follows the release for an untouched year and never overwrites an administrator', async () => {
    const calendar = t.app.get(CalendarService);
    const year = await freeYear();
    const monday = nextWeekday(`${year}-03-02`, 1);
    const tuesday = addCalendarDays(monday, 1);
    const wednesday = addCalendarDays(monday, 2);
    const shipped = (
      days: [string, string][],
      note = 'Dữ liệu phát hành thử',
    ): ShippedCalendarYear[] => [
      {
        year,
        note,
        days: days.map(([date, name]) => ({
          date,
          kind: 'DAY_OFF' as const,
          name,
          note: 'Căn cứ thử',
          provisional: false,
        })),
      },
    ];
    const snapshot = async () =>
      (await t.db.query(
        `SELECT d.date::text, d.name, d.source, d.version, y.source AS "yearSource", y.version AS "yearVersion"
           FROM calendar_days d JOIN calendar_years y ON y.id = d.year_id WHERE y.year = $1 ORDER BY d.date`,
        [year],
      )) as { date: string; name: string; source: string; version: number; yearSource: string }[];
    const yearAudit = async () =>
      Number(
        (
          await t.db.query(
            `SELECT count(*) FROM audit_log WHERE entity_type = 'CalendarYear' AND entity_label = $1`,
            [`Năm ${year}`],
          )
        )[0].count,
      );

    const v1 = shipped([
      [monday, 'Ngày nghỉ A'],
      [tuesday, 'Ngày nghỉ B'],
    ]);
    expect(await calendar.syncShippedCalendar(v1)).toEqual({ inserted: [year], updated: [] });
    const first = await snapshot();
    expect(first.map((r) => [r.date, r.name, r.source, r.yearSource])).toEqual([
      [monday, 'Ngày nghỉ A', 'SHIPPED', 'SHIPPED'],
      [tuesday, 'Ngày nghỉ B', 'SHIPPED', 'SHIPPED'],
    ]);
    expect(await yearAudit()).toBe(1);
    // the same release again: nothing written, nothing audited
    expect(await calendar.syncShippedCalendar(v1)).toEqual({ inserted: [], updated: [] });
    expect(await snapshot()).toEqual(first);
    expect(await yearAudit()).toBe(1);
    // and the real shipped years are already in step (this app booted with them)
    expect(await calendar.syncShippedCalendar()).toEqual({ inserted: [], updated: [] });

    // a newer release corrects a year nobody edited: renamed, removed, added
    const v2 = shipped([
      [monday, 'Ngày nghỉ A (sửa)'],
      [wednesday, 'Ngày nghỉ C'],
    ]);
    expect(await calendar.syncShippedCalendar(v2)).toEqual({ inserted: [], updated: [year] });
    expect((await snapshot()).map((r) => [r.date, r.name])).toEqual([
      [monday, 'Ngày nghỉ A (sửa)'],
      [wednesday, 'Ngày nghỉ C'],
    ]);
    expect(await yearAudit()).toBe(2);
    expect(
      (await reader.ok(ADD, { start: addCalendarDays(monday, -3), days: 2 })).addWorkingDays.date,
    ).toBe(addCalendarDays(monday, 3));

    // an administrator edits the year: from then on the release leaves it alone
    const { workingCalendar: view } = await reader.ok(YEAR, { year });
    const a = view.days.find((d) => d.date === monday)!;
    await adminClient.ok(UPDATE_DAY, {
      input: {
        id: a.id,
        version: a.version,
        date: monday,
        kind: 'DAY_OFF',
        name: 'Tên do quản trị đặt',
      },
    });
    const edited = await snapshot();
    expect(edited.every((r) => r.yearSource === 'EDITED')).toBe(true);
    const v3 = shipped([[tuesday, 'Ngày nghỉ D']], 'Bản phát hành sau');
    expect(await calendar.syncShippedCalendar(v3)).toEqual({ inserted: [], updated: [] });
    expect(await snapshot()).toEqual(edited);
    expect(edited.find((r) => r.date === monday)?.name).toBe('Tên do quản trị đặt');
    expect(await yearAudit()).toBe(2);
  });

  it('a failed calendar mutation leaves neither data nor an audit row', async () => {
    const year = await freeYear();
    // a second year that stays without a calendar
    const other = await freeYear();
    await adminClient.ok(GENERATE, { input: { year } });
    const { workingCalendar: view } = await adminClient.ok(YEAR, { year });
    const day = view.days[0];
    const snapshot = () =>
      t.db.query(
        `SELECT y.year, y.version AS "yearVersion", d.date::text, d.name, d.version
           FROM calendar_years y LEFT JOIN calendar_days d ON d.year_id = y.id
          WHERE y.year = ANY($1) ORDER BY d.date`,
        [[year, other]],
      );
    const before = await snapshot();
    // this administrator's own calendar rows: never the whole table
    const audited = (await auditOf(admin.id)).length;

    const failures = [
      // a lunar date where it cannot fall
      await adminClient.fails(GENERATE, { input: { year: other, hungKings: `${other}-07-01` } }),
      // out of range
      await adminClient.fails(GENERATE, { input: { year: 1999 } }),
      // a stale version, a day off on a Sunday, a make-up day on a weekday
      await adminClient.fails(UPDATE_DAY, {
        input: { id: day.id, version: day.version + 1, date: day.date, kind: 'DAY_OFF', name: 'X' },
      }),
      await adminClient.fails(UPDATE_DAY, {
        input: {
          id: day.id,
          version: day.version,
          date: nextWeekday(`${year}-07-01`, 0),
          kind: 'DAY_OFF',
          name: 'X',
        },
      }),
      await adminClient.fails(CREATE_DAY, {
        input: { date: nextWeekday(`${year}-07-01`, 3), kind: 'WORKING_DAY', name: 'Làm bù' },
      }),
      await adminClient.fails(DELETE_DAY, { input: { id: day.id, version: day.version + 5 } }),
      // a day moved into a year that has no calendar
      await adminClient.fails(UPDATE_DAY, {
        input: {
          id: day.id,
          version: day.version,
          date: nextWeekday(`${other}-07-01`, 3),
          kind: 'DAY_OFF',
          name: 'X',
        },
      }),
    ];
    expect(failures.map((f) => f.extensions?.code)).toEqual([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'CONFLICT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'CONFLICT',
      'BAD_USER_INPUT',
    ]);
    expect(failures[0]?.extensions?.fields?.['hungKings']?.[0]).toMatch(/Giỗ Tổ Hùng Vương/);
    expect(await snapshot()).toEqual(before);
    expect((await auditOf(admin.id)).length).toBe(audited);
  });
});
