import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  addCalendarDays,
  isoToVn,
  statutoryCalendarDays,
  todayInVietnam,
  weekdayOfIso,
} from '@thidua/shared-domain';
import { describe, expect, it } from 'vitest';

import { explainOf, findButton, getButton, typeDate } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

// the page opens on the current year (in Vietnam): the fixtures are built for it
const YEAR = Number(todayInVietnam().slice(0, 4));
const nextWeekday = (from: string, weekday: number) => {
  let d = from;
  while (weekdayOfIso(d) !== weekday) d = addCalendarDays(d, 1);
  return d;
};
const NEW_YEAR = nextWeekday(`${YEAR}-01-01`, 3); // a Wednesday in January
const SATURDAY = nextWeekday(`${YEAR}-02-01`, 6);

const day = (overrides: Record<string, unknown>) => ({
  note: 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a.',
  source: 'SHIPPED',
  provisional: false,
  version: 1,
  ...overrides,
});

const days = [
  day({ id: 'd-1', date: NEW_YEAR, weekday: 'Thứ Tư', kind: 'DAY_OFF', name: 'Tết Dương lịch' }),
  day({
    id: 'd-2',
    date: addCalendarDays(NEW_YEAR, 1),
    weekday: 'Thứ Năm',
    kind: 'DAY_OFF',
    name: 'Nghỉ hoán đổi',
    provisional: true,
  }),
  day({
    id: 'd-3',
    date: SATURDAY,
    weekday: 'Thứ Bảy',
    kind: 'WORKING_DAY',
    name: 'Làm bù',
    source: 'EDITED',
    version: 4,
  }),
];

function mockCalendar({ manage, defined = true }: { manage: boolean; defined?: boolean }) {
  return mockGraphql({
    Me: { data: { me: makeViewer(manage ? ['CALENDAR_MANAGE'] : ['UNIT_READ']) } },
    WorkingCalendarYears: {
      data: { workingCalendarYears: defined ? [{ year: YEAR, source: 'SHIPPED' }] : [] },
    },
    WorkingCalendarYear: (variables) => ({
      data: {
        workingCalendar: {
          year: variables['year'],
          defined,
          source: defined ? 'SHIPPED' : null,
          note: defined ? 'Theo lịch nghỉ lễ, tết đã công bố.' : null,
          workingDayCount: 250,
          provisionalCount: defined ? 1 : 0,
          canManage: manage,
          days: defined ? days : [],
        },
      },
    }),
    CreateCalendarDay: (variables) => ({
      data: {
        createCalendarDay: day({
          id: 'd-new',
          weekday: 'Thứ Sáu',
          source: 'EDITED',
          ...(variables as { input: Record<string, unknown> }).input,
        }),
      },
    }),
    DeleteCalendarDay: { data: { deleteCalendarDay: { id: 'd-3' } } },
    GenerateCalendarYear: { data: { generateCalendarYear: { year: YEAR } } },
  });
}

describe('WorkingCalendarPage — lịch ngày làm việc', () => {
  it('shows a reader the year month by month, what is to check, and no editing', async () => {
    mockCalendar({ manage: false });
    renderApp('/quan-tri/lich-lam-viec');

    const row = (await screen.findByText('Tết Dương lịch', {}, { timeout: 10_000 })).closest('tr')!;
    expect(within(row).getByText(isoToVn(NEW_YEAR))).toBeTruthy();
    expect(within(row).getByText('Ngày nghỉ')).toBeTruthy();
    expect(within(row).getByText('Dữ liệu hệ thống')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Tháng 1' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Tháng 2' })).toBeTruthy();
    const swap = screen.getByText('Nghỉ hoán đổi').closest('tr')!;
    expect(within(swap).getByText('Cần đối chiếu')).toBeTruthy();
    expect(screen.getByText('1 ngày cần đối chiếu thông báo')).toBeTruthy();
    expect(screen.getByText(/Dữ liệu có thể sửa: đối chiếu với thông báo/)).toBeTruthy();
    expect(
      screen.getByText(/250 ngày làm việc · 2 ngày nghỉ trong tuần · 1 ngày làm bù/),
    ).toBeTruthy();
    expect(screen.queryByText('Thêm ngày')).toBeNull();
    expect(screen.queryByLabelText(`Xóa ngày ${isoToVn(SATURDAY)}`)).toBeNull();
  }, 60_000);

  it('lets a manager add a day, checked against the weekday, and delete one after confirming', async () => {
    const api = mockCalendar({ manage: true });
    renderApp('/quan-tri/lich-lam-viec');

    fireEvent.click(await findButton('Thêm ngày', document.querySelector('main') ?? document));
    const drawer = (
      await screen.findByText('Thêm ngày nghỉ hoặc ngày làm bù', { selector: '.ant-drawer-title' })
    ).closest('.ant-drawer') as HTMLElement;
    // a day off on a Saturday is refused before sending
    typeDate(within(drawer).getByLabelText('Ngày'), isoToVn(addCalendarDays(SATURDAY, 7)));
    fireEvent.change(within(drawer).getByLabelText('Tên ngày'), {
      target: { value: ' Nghỉ hoán đổi ' },
    });
    fireEvent.click(getButton('Lưu', drawer));
    await waitFor(() => expect(explainOf('Ngày')).toContain('Thứ Hai – thứ Sáu được nghỉ'));
    expect(api.callsOf('CreateCalendarDay')).toHaveLength(0);

    const friday = addCalendarDays(SATURDAY, 6);
    typeDate(within(drawer).getByLabelText('Ngày'), isoToVn(friday));
    fireEvent.change(within(drawer).getByLabelText('Căn cứ, ghi chú'), {
      target: { value: 'Thông báo số 01/TB-BNV' },
    });
    fireEvent.click(getButton('Lưu', drawer));
    await waitFor(() => expect(api.callsOf('CreateCalendarDay')).toHaveLength(1));
    expect(api.callsOf('CreateCalendarDay')[0]?.variables).toEqual({
      input: {
        date: friday,
        kind: 'DAY_OFF',
        name: 'Nghỉ hoán đổi',
        note: 'Thông báo số 01/TB-BNV',
        provisional: false,
      },
    });
    expect(await screen.findByText('Đã thêm ngày vào lịch.')).toBeTruthy();

    fireEvent.click(await findButton(`Xóa ngày ${isoToVn(SATURDAY)}`));
    // antd writes a confirm's title twice (the dialog's label and the visible heading)
    const ask = (await screen.findAllByText(`Xóa ngày ${isoToVn(SATURDAY)} – Làm bù?`))[0]!.closest(
      '.ant-modal',
    ) as HTMLElement;
    expect(api.callsOf('DeleteCalendarDay')).toHaveLength(0);
    fireEvent.click(getButton('Xóa', ask));
    await waitFor(() => expect(api.callsOf('DeleteCalendarDay')).toHaveLength(1));
    expect(api.callsOf('DeleteCalendarDay')[0]?.variables).toEqual({
      input: { id: 'd-3', version: 4 },
    });
  }, 60_000);

  it('offers a manager to create a year without a calendar, previewing the days from the rules', async () => {
    const api = mockCalendar({ manage: true, defined: false });
    renderApp('/quan-tri/lich-lam-viec');

    expect(
      await screen.findByText(`Chưa có lịch ngày làm việc năm ${YEAR}`, {}, { timeout: 10_000 }),
    ).toBeTruthy();
    fireEvent.click(await findButton('Tạo lịch năm', document.querySelector('main') ?? document));
    const modal = (await screen.findByText(`Tạo lịch năm ${YEAR} theo quy định`)).closest(
      '.ant-modal',
    ) as HTMLElement;
    const expected = statutoryCalendarDays(YEAR);
    const preview = within(modal).getByRole('list', {
      name: `Sẽ lập ${expected.length} ngày nghỉ:`,
    });
    expect(within(preview).getAllByRole('listitem')).toHaveLength(expected.length);
    expect(preview.textContent).toContain(`${isoToVn(expected[0]!.date)} – ${expected[0]!.name}`);

    fireEvent.click(getButton('Tạo lịch năm', modal));
    await waitFor(() => expect(api.callsOf('GenerateCalendarYear')).toHaveLength(1));
    expect(api.callsOf('GenerateCalendarYear')[0]?.variables).toEqual({
      input: { year: YEAR, lunarNewYear: null, hungKings: null, note: null },
    });
  }, 60_000);

  it('tells a reader whom to ask when the year has no calendar', async () => {
    mockCalendar({ manage: false, defined: false });
    renderApp('/quan-tri/lich-lam-viec');
    expect(
      await screen.findByText(/Liên hệ quản trị viên để lập lịch năm này/, {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.queryByText('Tạo lịch năm')).toBeNull();
  }, 60_000);
});
