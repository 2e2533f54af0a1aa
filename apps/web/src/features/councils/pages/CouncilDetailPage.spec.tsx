import type { Permission } from '@thidua/shared-domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, explainOf, findButton, getButton, typeDate } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { fieldLabelled } from '../../campaigns/testing/dom';
import { connection, councilDetail, councilMember, sessionItem } from '../testing/fixtures';

const viewer = (...permissions: Permission[]) => ({
  data: { me: makeViewer(['COUNCIL_READ', ...permissions]) },
});

const openDrawer = () =>
  waitFor(() => {
    const found = document.querySelector<HTMLElement>('.ant-drawer-open');
    if (!found) throw new Error('no drawer yet');
    return found;
  });

describe('Hội đồng thi đua, khen thưởng — thành phần', () => {
  it('adds a member and shows the API’s refusal of a second Chủ tịch under the role', async () => {
    const refusal =
      'Hội đồng đã có Chủ tịch Nguyễn Văn An từ 15/01/2024: mỗi thời điểm chỉ có một Chủ tịch. Hãy ghi ngày kết thúc cho người đó trước.';
    const api = mockGraphql({
      Me: viewer('COUNCIL_MANAGE'),
      Council: { data: { council: councilDetail() } },
      CouncilSessions: connection('councilSessions', []),
      People: connection('people', [
        {
          id: 'p-2',
          code: 'VP002',
          fullName: 'Trần Văn Bình',
          sex: 'MALE',
          dateOfBirth: null,
          partyMember: false,
          version: 1,
          currentPositions: [],
        },
      ]),
      AddCouncilMember: gqlError('BAD_USER_INPUT', refusal, { fields: { role: [refusal] } }),
    });
    renderApp('/thi-dua/hoi-dong/council-1');
    expect(await screen.findByText('Chánh Văn phòng', {}, { timeout: 10_000 })).toBeTruthy();
    // the composition is read on today's date by default
    expect(api.callsOf('Council')[0]?.variables['on']).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    fireEvent.click(getButton('Thêm thành viên'));
    const drawer = await openDrawer();
    await chooseOption(fieldLabelled('Họ và tên'), 'Trần Văn Bình (VP002)', 'binh');
    await chooseOption(fieldLabelled('Vai trò'), 'Chủ tịch');
    fireEvent.change(within(drawer).getByLabelText('Chức vụ'), {
      target: { value: 'Phó Chánh Văn phòng' },
    });
    fireEvent.click(getButton('Thêm thành viên', drawer));

    await waitFor(() => expect(explainOf('Vai trò')).toContain(refusal));
    expect(api.callsOf('AddCouncilMember')[0]?.variables['input']).toMatchObject({
      councilId: 'council-1',
      personId: 'p-2',
      role: 'CHU_TICH',
      title: 'Phó Chánh Văn phòng',
    });
    // the drawer stays open for the correction
    expect(document.querySelector('.ant-drawer-open')).toBeTruthy();
  }, 60_000);

  it('removes a member after a confirmation that says when to end instead', async () => {
    const api = mockGraphql({
      Me: viewer('COUNCIL_MANAGE'),
      Council: { data: { council: councilDetail({}, [councilMember({ version: 4 })]) } },
      CouncilSessions: connection('councilSessions', []),
      RemoveCouncilMember: { data: { removeCouncilMember: 'm-1' } },
    });
    renderApp('/thi-dua/hoi-dong/council-1');
    fireEvent.click(await findButton('Xóa thành viên Nguyễn Văn An', undefined));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('dùng "Kết thúc"');
    expect(api.callsOf('RemoveCouncilMember')).toHaveLength(0);
    fireEvent.click(getButton('Xóa', dialog));
    await waitFor(() =>
      expect(api.callsOf('RemoveCouncilMember')[0]?.variables['input']).toEqual({
        id: 'm-1',
        version: 4,
      }),
    );
  }, 60_000);

  it('lists the sessions with their status, and schedules one chaired by a member on its day', async () => {
    const api = mockGraphql({
      Me: viewer('COUNCIL_MANAGE'),
      Council: { data: { council: councilDetail() } },
      CouncilSessions: connection('councilSessions', [sessionItem({ status: 'CLOSED' })]),
      AwardRounds: connection('awardRounds', []),
      CouncilMembersOn: (variables) => ({
        data: {
          council: {
            id: 'council-1',
            members:
              variables['on'] === '2025-12-10'
                ? [
                    councilMember(),
                    councilMember({
                      id: 'm-3',
                      personId: 'p-3',
                      fullName: 'Phạm Thị Cúc',
                      role: 'UY_VIEN_THU_KY',
                    }),
                  ]
                : [],
          },
        },
      }),
      CreateCouncilSession: {
        data: { createCouncilSession: sessionItem({ id: 'session-2', version: 1 }) },
      },
      CouncilSession: { data: null, errors: [{ message: 'không cần', extensions: {} }] },
    });
    renderApp('/thi-dua/hoi-dong/council-1');
    const link = await screen.findByRole(
      'link',
      { name: 'Mở phiên họp Phiên họp xét khen thưởng năm 2025' },
      { timeout: 10_000 },
    );
    expect(within(link.closest('tr') as HTMLElement).getByText('Đã kết thúc')).toBeTruthy();

    fireEvent.click(getButton('Lên lịch phiên họp'));
    const drawer = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-drawer-open');
      if (!found) throw new Error('no drawer yet');
      return found;
    });
    fireEvent.change(within(drawer).getByLabelText('Tên phiên họp'), {
      target: { value: 'Phiên họp xét khen thưởng năm 2025' },
    });
    typeDate(within(drawer).getByLabelText('Ngày họp'), '10/12/2025');
    fireEvent.change(within(drawer).getByLabelText('Giờ bắt đầu'), { target: { value: '14:00' } });
    // the chair and the secretary are offered among the members on that day
    await waitFor(() =>
      expect(api.callsOf('CouncilMembersOn').at(-1)?.variables).toEqual({
        id: 'council-1',
        on: '2025-12-10',
      }),
    );
    await chooseOption(fieldLabelled('Người chủ trì'), 'Nguyễn Văn An — Chủ tịch');
    await chooseOption(fieldLabelled('Thư ký'), 'Phạm Thị Cúc — Ủy viên, thư ký');
    fireEvent.click(getButton('Lên lịch', drawer));
    await waitFor(() => expect(api.callsOf('CreateCouncilSession')).toHaveLength(1));
    expect(api.callsOf('CreateCouncilSession')[0]?.variables['input']).toMatchObject({
      councilId: 'council-1',
      title: 'Phiên họp xét khen thưởng năm 2025',
      kind: 'AWARD',
      date: '2025-12-10',
      startTime: '14:00',
      chairMemberId: 'm-1',
      secretaryMemberId: 'm-3',
      awardRoundId: null,
    });
  }, 60_000);
});
