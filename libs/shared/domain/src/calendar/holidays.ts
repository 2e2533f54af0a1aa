import { isIsoDate, isoToVn, type IsoDate } from '../org/dates';
import {
  addCalendarDays,
  isWeekend,
  weekdayLabel,
  weekdayOfIso,
  type CalendarDayKind,
} from './working-days';

/**
 * Public holidays as data (reference decision 14, ADR 0016). The law fixes which holidays there are
 * (Bộ luật Lao động 2019 Điều 112 k.1) and that one falling on a weekly rest day is taken on the next
 * working day (Điều 111 k.3); the Prime Minister decides each year how the five days of Tết and the
 * second day of Quốc khánh fall (Điều 112 k.3), and the ministry in charge (Bộ Lao động – Thương binh
 * và Xã hội, from 03/2025 Bộ Nội vụ) announces the swaps of working days for state bodies. So a year
 * is shipped as the days that were announced, and administrators correct and extend it.
 */

/** The years a calendar may hold: wide enough for any record of the procedures, and a bound on input. */
export const CALENDAR_YEAR_MIN = 2000;
export const CALENDAR_YEAR_MAX = 2100;

/** A day's name: "Nghỉ bù Tết Nguyên đán Đinh Mùi" is 31 characters; 200 leaves room for a comment. */
export const CALENDAR_DAY_NAME_MAX = 200;

/** One day that differs from the weekly pattern, as shipped or generated. */
export interface CalendarDayDef {
  date: IsoDate;
  kind: CalendarDayKind;
  /** What the day is: "Tết Nguyên đán Ất Tỵ", "Nghỉ bù Giỗ Tổ Hùng Vương", "Làm bù". */
  name: string;
  /** Its basis (căn cứ) and anything an officer should know. */
  note: string;
  /** Not yet checked against the year's official announcement: shown as "cần đối chiếu". */
  provisional: boolean;
}

export interface ShippedCalendarYear {
  year: number;
  /** Where the year's days come from, and what is still to check. */
  note: string;
  days: readonly CalendarDayDef[];
}

const BLLD = 'Bộ luật Lao động 2019';
const ART_112 = (point: string) => `${BLLD}, Điều 112 khoản 1 điểm ${point}.`;
const COMPENSATION = `${BLLD}, Điều 111 khoản 3: ngày lễ, tết trùng ngày nghỉ hằng tuần được nghỉ bù vào ngày làm việc kế tiếp.`;
const EDITABLE =
  'Dữ liệu có thể sửa: quản trị viên đối chiếu với thông báo chính thức của năm và điều chỉnh.';

function day(
  date: IsoDate,
  kind: CalendarDayKind,
  name: string,
  note: string,
  provisional = false,
): CalendarDayDef {
  return { date, kind, name, note, provisional };
}

/** A swapped pair: a weekday off, worked on a Saturday instead. */
function swap(off: IsoDate, worked: IsoDate, why: string, provisional = false): CalendarDayDef[] {
  return [
    day(
      off,
      'DAY_OFF',
      'Nghỉ hoán đổi',
      `Hoán đổi ngày làm việc ${isoToVn(off)} sang ${weekdayLabel(worked)} ${isoToVn(worked)} (${why}).`,
      provisional,
    ),
    day(
      worked,
      'WORKING_DAY',
      'Làm bù',
      `Làm bù cho ngày nghỉ hoán đổi ${weekdayLabel(off)} ${isoToVn(off)} (${why}).`,
      provisional,
    ),
  ];
}

/**
 * The years shipped with the system, for officers and employees of state bodies (cán bộ, công chức,
 * viên chức). 2024 and 2025 as announced; 2026 as approved in 10/2025 (Tết Bính Ngọ 14/02–22/02,
 * Quốc khánh 29/08–02/09), its Quốc khánh swap not known when this list was written; 2027 from the
 * rules only (no announcement yet). Kept in step at boot by CalendarService.syncShippedCalendar: a
 * year nobody has edited follows this list, a year an administrator changed is theirs.
 */
export const SHIPPED_CALENDAR: readonly ShippedCalendarYear[] = [
  {
    year: 2024,
    note: `Theo lịch nghỉ lễ, tết năm 2024 đã công bố cho cán bộ, công chức, viên chức. ${EDITABLE}`,
    days: [
      day('2024-01-01', 'DAY_OFF', 'Tết Dương lịch', ART_112('a')),
      ...['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'].map((d) =>
        day(
          d,
          'DAY_OFF',
          'Tết Nguyên đán Giáp Thìn',
          `${ART_112('b')} Nghỉ từ 08/02 đến hết 14/02/2024 (7 ngày, gồm 2 ngày nghỉ hằng tuần; mùng 1 Tết là thứ Bảy 10/02).`,
        ),
      ),
      day('2024-04-18', 'DAY_OFF', 'Giỗ Tổ Hùng Vương', `${ART_112('e')} 10/3 âm lịch.`),
      ...swap('2024-04-29', '2024-05-04', 'nghỉ liền 27/04–01/05/2024'),
      day('2024-04-30', 'DAY_OFF', 'Ngày Chiến thắng', ART_112('c')),
      day('2024-05-01', 'DAY_OFF', 'Ngày Quốc tế lao động', ART_112('d')),
      day('2024-09-02', 'DAY_OFF', 'Quốc khánh', ART_112('đ')),
      day(
        '2024-09-03',
        'DAY_OFF',
        'Quốc khánh (ngày liền kề)',
        `${ART_112('đ')} Nghỉ từ 31/08 đến hết 03/09/2024.`,
      ),
    ],
  },
  {
    year: 2025,
    note: `Theo lịch nghỉ lễ, tết năm 2025 đã công bố cho cán bộ, công chức, viên chức. ${EDITABLE}`,
    days: [
      day('2025-01-01', 'DAY_OFF', 'Tết Dương lịch', ART_112('a')),
      ...swap('2025-01-27', '2025-02-08', 'nghỉ Tết liền 25/01–02/02/2025'),
      ...['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((d) =>
        day(
          d,
          'DAY_OFF',
          'Tết Nguyên đán Ất Tỵ',
          `${ART_112('b')} Nghỉ từ 25/01 đến hết 02/02/2025 (9 ngày; mùng 1 Tết là thứ Tư 29/01).`,
        ),
      ),
      day('2025-04-07', 'DAY_OFF', 'Giỗ Tổ Hùng Vương', `${ART_112('e')} 10/3 âm lịch.`),
      ...swap('2025-05-02', '2025-04-26', 'nghỉ liền 30/04–04/05/2025'),
      day('2025-04-30', 'DAY_OFF', 'Ngày Chiến thắng', ART_112('c')),
      day('2025-05-01', 'DAY_OFF', 'Ngày Quốc tế lao động', ART_112('d')),
      day(
        '2025-09-01',
        'DAY_OFF',
        'Quốc khánh (ngày liền kề)',
        `${ART_112('đ')} Nghỉ từ 30/08 đến hết 02/09/2025.`,
      ),
      day('2025-09-02', 'DAY_OFF', 'Quốc khánh', ART_112('đ')),
    ],
  },
  {
    year: 2026,
    note:
      'Tết Bính Ngọ và Quốc khánh theo phương án Thủ tướng Chính phủ đồng ý (10/2025). Cần đối chiếu: ' +
      'ngày làm bù của ngày nghỉ 31/08/2026, và Tết Dương lịch có hoán đổi ngày hay không. ' +
      EDITABLE,
    days: [
      day('2026-01-01', 'DAY_OFF', 'Tết Dương lịch', ART_112('a')),
      ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((d) =>
        day(
          d,
          'DAY_OFF',
          'Tết Nguyên đán Bính Ngọ',
          `${ART_112('b')} Nghỉ từ 14/02 đến hết 22/02/2026 (9 ngày, gồm 4 ngày nghỉ hằng tuần; mùng 1 Tết là thứ Ba 17/02).`,
        ),
      ),
      day(
        '2026-04-27',
        'DAY_OFF',
        'Nghỉ bù Giỗ Tổ Hùng Vương',
        `Giỗ Tổ Hùng Vương (10/3 âm lịch) là Chủ nhật 26/04/2026. ${COMPENSATION}`,
      ),
      day('2026-04-30', 'DAY_OFF', 'Ngày Chiến thắng', ART_112('c')),
      day('2026-05-01', 'DAY_OFF', 'Ngày Quốc tế lao động', ART_112('d')),
      day(
        '2026-08-31',
        'DAY_OFF',
        'Nghỉ hoán đổi',
        'Nghỉ liền 29/08–02/09/2026 theo phương án được duyệt; ngày làm bù (một ngày thứ Bảy) chưa có trong dữ liệu: đối chiếu thông báo và thêm ngày làm bù.',
        true,
      ),
      day(
        '2026-09-01',
        'DAY_OFF',
        'Quốc khánh (ngày liền kề)',
        `${ART_112('đ')} Nghỉ từ 29/08 đến hết 02/09/2026.`,
      ),
      day('2026-09-02', 'DAY_OFF', 'Quốc khánh', ART_112('đ')),
    ],
  },
  {
    year: 2027,
    note:
      'Lập theo quy định (chưa có thông báo chính thức khi phát hành): cách chia 05 ngày Tết Đinh Mùi, ' +
      'ngày liền kề Quốc khánh và các ngày hoán đổi phải đối chiếu với thông báo của năm. ' +
      EDITABLE,
    days: [
      day('2027-01-01', 'DAY_OFF', 'Tết Dương lịch', ART_112('a')),
      ...['2027-02-05', '2027-02-08', '2027-02-09'].map((d) =>
        day(
          d,
          'DAY_OFF',
          'Tết Nguyên đán Đinh Mùi',
          `${ART_112('b')} Dự kiến 01 ngày cuối năm và 04 ngày đầu năm âm lịch (mùng 1 Tết là thứ Bảy 06/02/2027).`,
          true,
        ),
      ),
      ...['2027-02-10', '2027-02-11'].map((d) =>
        day(
          d,
          'DAY_OFF',
          'Nghỉ bù Tết Nguyên đán Đinh Mùi',
          `Mùng 1, mùng 2 Tết là thứ Bảy, Chủ nhật. ${COMPENSATION}`,
          true,
        ),
      ),
      day('2027-04-16', 'DAY_OFF', 'Giỗ Tổ Hùng Vương', `${ART_112('e')} 10/3 âm lịch.`),
      day('2027-04-30', 'DAY_OFF', 'Ngày Chiến thắng', ART_112('c')),
      day(
        '2027-05-03',
        'DAY_OFF',
        'Nghỉ bù Ngày Quốc tế lao động',
        `Ngày Quốc tế lao động 01/05/2027 là thứ Bảy. ${COMPENSATION}`,
      ),
      day('2027-09-02', 'DAY_OFF', 'Quốc khánh', ART_112('đ')),
      day(
        '2027-09-03',
        'DAY_OFF',
        'Quốc khánh (ngày liền kề)',
        `${ART_112('đ')} Dự kiến ngày sau (Thủ tướng Chính phủ quyết định hằng năm).`,
        true,
      ),
    ],
  },
];

/** Optional lunar dates a year's generation can place (they follow the lunar calendar). */
export interface LunarHolidayDates {
  /** Mùng 1 Tết Nguyên đán. */
  lunarNewYear?: IsoDate | null;
  /** Giỗ Tổ Hùng Vương, 10/3 âm lịch. */
  hungKings?: IsoDate | null;
}

/** A lunar date given outside where it can fall, with the field at fault and a Vietnamese message. */
export interface LunarDateProblem {
  field: keyof LunarHolidayDates;
  message: string;
}

/**
 * Where the lunar holidays can fall in `year`: mùng 1 Tết from 21/01 to 20/02; 10/3 âm lịch some 68
 * days after it, a lunar month more after a leap first or second month (2023: 29/04), so from the end
 * of March to the end of April, with a few days' margin. A date outside is a typo.
 */
export function lunarDateProblems(year: number, dates: LunarHolidayDates): LunarDateProblem[] {
  const problems: LunarDateProblem[] = [];
  const check = (field: keyof LunarHolidayDates, label: string, from: string, to: string): void => {
    const value = dates[field];
    if (value === null || value === undefined) return;
    if (!isIsoDate(value)) {
      problems.push({ field, message: `${label} không phải ngày hợp lệ.` });
    } else if (value < `${year}-${from}` || value > `${year}-${to}`) {
      problems.push({
        field,
        message: `${label} năm ${year} phải trong khoảng ${from.split('-').reverse().join('/')} đến ${to.split('-').reverse().join('/')}/${year}.`,
      });
    }
  };
  check('lunarNewYear', 'Mùng 1 Tết Nguyên đán', '01-21', '02-20');
  check('hungKings', 'Ngày Giỗ Tổ Hùng Vương', '03-25', '05-05');
  return problems;
}

interface Holiday {
  date: IsoDate;
  name: string;
  note: string;
  provisional: boolean;
}

/**
 * The adjacent day of Quốc khánh (Điều 112 k.1 đ: "01 ngày liền kề trước hoặc sau", the Prime Minister
 * chooses): the one that joins the weekend where one does, as the announcements did (2022: Thursday
 * 01/09 for a Friday; 2023: Friday 01/09 for a Saturday; 2024: Tuesday 03/09 for a Monday; 2025:
 * Monday 01/09 for a Tuesday; 2026: Tuesday 01/09 for a Wednesday). Always provisional.
 */
function nationalDayAdjacent(year: number): IsoDate {
  const national = `${year}-09-02`;
  const after = [0, 1, 4].includes(weekdayOfIso(national)); // Sunday, Monday, Thursday
  return addCalendarDays(national, after ? 1 : -1);
}

/**
 * The statutory days of `year` from the rules (Điều 112 k.1 and Điều 111 k.3): the solar holidays
 * (01/01, 30/04, 01/05, 02/09 and its adjacent day), and, when their dates are given, Tết (the day
 * before mùng 1 and mùng 1 to mùng 4, the usual split; provisional, the Prime Minister decides it)
 * and Giỗ Tổ; each one falling on a Saturday or Sunday gives a compensation day on the next weekday
 * that is not itself a holiday. No swap: swaps are announced, not derived. Sorted by date.
 */
export function statutoryCalendarDays(
  year: number,
  lunar: LunarHolidayDates = {},
): CalendarDayDef[] {
  if (!Number.isInteger(year) || year < CALENDAR_YEAR_MIN || year > CALENDAR_YEAR_MAX) {
    throw new RangeError(`Năm phải từ ${CALENDAR_YEAR_MIN} đến ${CALENDAR_YEAR_MAX}.`);
  }
  const problems = lunarDateProblems(year, lunar);
  if (problems.length) throw new RangeError(problems.map((p) => p.message).join(' '));

  const holidays: Holiday[] = [
    { date: `${year}-01-01`, name: 'Tết Dương lịch', note: ART_112('a'), provisional: false },
    { date: `${year}-04-30`, name: 'Ngày Chiến thắng', note: ART_112('c'), provisional: false },
    {
      date: `${year}-05-01`,
      name: 'Ngày Quốc tế lao động',
      note: ART_112('d'),
      provisional: false,
    },
    { date: `${year}-09-02`, name: 'Quốc khánh', note: ART_112('đ'), provisional: false },
    {
      date: nationalDayAdjacent(year),
      name: 'Quốc khánh (ngày liền kề)',
      note: `${ART_112('đ')} Ngày liền kề trước hoặc sau do Thủ tướng Chính phủ quyết định hằng năm: cần đối chiếu.`,
      provisional: true,
    },
  ];
  if (lunar.lunarNewYear) {
    for (let i = -1; i <= 3; i += 1) {
      holidays.push({
        date: addCalendarDays(lunar.lunarNewYear, i),
        name: 'Tết Nguyên đán',
        note: `${ART_112('b')} Dự kiến 01 ngày cuối năm và 04 ngày đầu năm âm lịch; Thủ tướng Chính phủ quyết định hằng năm: cần đối chiếu.`,
        provisional: true,
      });
    }
  }
  if (lunar.hungKings) {
    holidays.push({
      date: lunar.hungKings,
      name: 'Giỗ Tổ Hùng Vương',
      note: `${ART_112('e')} 10/3 âm lịch.`,
      provisional: false,
    });
  }
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const taken = new Set(holidays.map((h) => h.date));
  const days: CalendarDayDef[] = [];
  for (const h of holidays) {
    if (!isWeekend(h.date)) {
      days.push(day(h.date, 'DAY_OFF', h.name, h.note, h.provisional));
      continue;
    }
    let next = addCalendarDays(h.date, 1);
    while (isWeekend(next) || taken.has(next)) next = addCalendarDays(next, 1);
    taken.add(next);
    days.push(
      day(
        next,
        'DAY_OFF',
        `Nghỉ bù ${h.name}`,
        `${h.name} ${isoToVn(h.date)} là ${weekdayLabel(h.date)}. ${COMPENSATION}`,
        h.provisional,
      ),
    );
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The note of a year generated from the rules: what it holds and what the administrator adds. */
export function generatedYearNote(year: number, lunar: LunarHolidayDates): string {
  const missing = [
    lunar.lunarNewYear ? null : 'Tết Nguyên đán (05 ngày)',
    lunar.hungKings ? null : 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
  ].filter(Boolean);
  return (
    `Lập năm ${year} theo ${BLLD} (Điều 111, 112).` +
    (missing.length ? ` Chưa có: ${missing.join(', ')}: thêm theo thông báo.` : '') +
    ' Các ngày hoán đổi, làm bù do cơ quan có thẩm quyền thông báo hằng năm: đối chiếu và bổ sung.'
  );
}
