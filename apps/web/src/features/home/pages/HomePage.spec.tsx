import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeUnitNode, makeUser, makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const phuTan = makeUnitNode({
  id: 'u-phutan',
  code: 'VLG-X-PHUTAN',
  name: 'Ủy ban nhân dân xã Phú Tân',
  depth: 1,
  parentId: 'u-vlg',
  childCount: 4,
  kind: { id: 'k-commune', code: 'COMMUNE', name: 'Ủy ban nhân dân xã, phường, đặc khu' },
});

const merge = {
  id: 'r-1',
  kind: 'MERGE',
  effectiveDate: '2025-07-01',
  legalBasisNumber: '1656/NQ-UBTVQH15',
  legalBasisDate: '2025-06-16',
  legalBasisTitle: 'về việc sắp xếp các đơn vị hành chính cấp xã',
  note: null,
  createdAt: '2025-06-20T03:00:00.000Z',
  actorName: 'Trần Thị Thi Đua',
  sources: [
    { id: 'u-phuthuan', code: 'VLG-X-PHUTHUAN', name: 'Xã Phú Thuận' },
    { id: 'u-tanmy', code: 'VLG-X-TANMY', name: 'Xã Tân Mỹ' },
  ],
  results: [{ id: 'u-phutan', code: 'VLG-X-PHUTAN', name: 'Ủy ban nhân dân xã Phú Tân' }],
};

const officer = makeUser({
  unit: { id: phuTan.id, code: phuTan.code, name: phuTan.name, shortName: null },
  // this sign-in; the previous one is the viewer's previousLoginAt (04/03/2025 08:30 in Việt Nam)
  lastLoginAt: '2025-03-05T07:07:00.000Z',
});

const noSessions = {
  data: { myCouncilSessions: { totalCount: 0, totalCountCapped: false, edges: [] } },
};

function mockHome(
  permissions: Parameters<typeof makeViewer>[0],
  councilSessions: Record<string, unknown> = noSessions,
) {
  return mockGraphql({
    Me: { data: { me: makeViewer(permissions, officer) } },
    MyCouncilSessions: councilSessions,
    UnitChildren: (v) => ({ data: { unitChildren: v['tree'] === 'GOVERNMENT' ? [phuTan] : [] } }),
    Restructurings: {
      data: {
        restructurings: {
          totalCount: 1,
          totalCountCapped: false,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: [{ node: merge }],
        },
      },
    },
    MyJobs: {
      data: {
        myJobs: [
          {
            id: 'job-1',
            kind: 'import.units',
            status: 'SUCCEEDED',
            progress: 12,
            total: 12,
            message: 'Tạo mới 12 đơn vị.',
            error: null,
            createdAt: '2025-03-04T02:00:00.000Z',
            startedAt: '2025-03-04T02:00:01.000Z',
            finishedAt: '2025-03-04T02:00:05.000Z',
          },
        ],
      },
    },
  });
}

const cardOf = (title: string) =>
  screen
    .getByText(title, { selector: '.ant-card-head-title, .ant-card-head-title *' })
    .closest('.ant-card') as HTMLElement;

describe('HomePage — trang chủ', () => {
  it('shows the previous sign-in, the own units, recent restructurings and own jobs', async () => {
    const api = mockHome(['UNIT_READ', 'UNIT_MANAGE', 'PERSON_READ', 'PERSON_MANAGE', 'USER_READ']);
    renderApp('/');

    await waitFor(
      () => expect(document.body.textContent).toContain('Lần đăng nhập trước: 04/03/2025 08:30'),
      { timeout: 10_000 },
    );
    // before: the sign-in that opened this session (05/03/2025) was shown as the previous one
    expect(document.body.textContent).not.toContain('05/03/2025');

    const units = cardOf('Đơn vị của tôi');
    expect(
      await within(units).findByRole('link', { name: 'Ủy ban nhân dân xã Phú Tân' }),
    ).toBeTruthy();
    expect(within(units).getByText(/4 đơn vị trực thuộc/)).toBeTruthy();

    const restructurings = cardOf('Sắp xếp tổ chức gần đây');
    expect(await within(restructurings).findByText('Sáp nhập · 01/07/2025')).toBeTruthy();
    expect(
      within(restructurings).getByText('Xã Phú Thuận, Xã Tân Mỹ → Ủy ban nhân dân xã Phú Tân'),
    ).toBeTruthy();

    const jobs = cardOf('Nhập Excel và tác vụ của tôi');
    expect(await within(jobs).findByText('Nhập đơn vị từ Excel')).toBeTruthy();
    expect(within(jobs).getByText('Hoàn thành')).toBeTruthy();
    expect(api.callsOf('MyJobs')[0]?.variables).toEqual({ first: 5 });

    // no program codes, and no promise of what this viewer cannot do (users: read only)
    const text = document.body.textContent ?? '';
    for (const code of ['import.units', 'MERGE', 'SUCCEEDED', 'COMMUNE']) {
      expect(text).not.toContain(code);
    }
    expect(text).toContain('Xem tài khoản người dùng trong phạm vi của bạn và vai trò của họ.');
    expect(text).not.toContain('Tạo tài khoản, khóa/mở khóa');
  }, 60_000);

  it('shows only the cards the permissions reach', async () => {
    const api = mockHome(['UNIT_READ']);
    renderApp('/');
    expect(await screen.findByText('Đơn vị của tôi', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('Vai trò của bạn')).toBeTruthy();
    expect(screen.queryByText('Nhập Excel và tác vụ của tôi')).toBeNull();
    expect(api.callsOf('MyJobs')).toHaveLength(0);
    // someone on no council: no card for it at all
    await waitFor(() => expect(api.callsOf('MyCouncilSessions')).toHaveLength(1));
    expect(screen.queryByText('Phiên họp Hội đồng của tôi')).toBeNull();
  }, 60_000);

  it('gives a council member, without any permission on councils, the way to its remote rounds', async () => {
    mockHome([], {
      data: {
        myCouncilSessions: {
          totalCount: 1,
          totalCountCapped: false,
          edges: [
            {
              node: {
                id: 'session-1',
                councilName: 'Hội đồng Thi đua - Khen thưởng Sở Nội vụ',
                title: 'Phiên họp xét khen thưởng năm 2025',
                date: '2025-12-10',
                startTime: '08:00',
                place: 'Phòng họp số 1',
                status: 'IN_PROGRESS',
                role: 'UY_VIEN',
                attendance: 'PRESENT',
                remoteRounds: [
                  {
                    id: 'round-1',
                    number: 1,
                    awards: ['Chiến sĩ thi đua cơ sở'],
                    tokenTaken: false,
                  },
                  { id: 'round-2', number: 1, awards: ['Bằng khen'], tokenTaken: true },
                ],
              },
            },
          ],
        },
      },
    });
    renderApp('/');
    expect(
      await screen.findByText('Phiên họp Hội đồng của tôi', {}, { timeout: 10_000 }),
    ).toBeTruthy();
    const card = cardOf('Phiên họp Hội đồng của tôi');
    expect(card.textContent).toContain('Phiên họp xét khen thưởng năm 2025');
    expect(card.textContent).toContain(
      'Hội đồng Thi đua - Khen thưởng Sở Nội vụ · 10/12/2025 08:00 · Phòng họp số 1 · Ủy viên · Có mặt',
    );
    expect(card.textContent).toContain('Đang họp');
    expect(within(card).getByRole('link', { name: 'Bỏ phiếu vòng 1' }).getAttribute('href')).toBe(
      '/hoi-dong/phien/session-1/vong/round-1/bo-phieu',
    );
    expect(
      within(card).getByRole('link', { name: 'Đã nhận phiếu vòng 1: mở lại' }).getAttribute('href'),
    ).toBe('/hoi-dong/phien/session-1/vong/round-2/bo-phieu');
    expect(card.textContent).toContain('Bỏ phiếu từ xa: Chiến sĩ thi đua cơ sở');
    expect(card.textContent).not.toContain('UY_VIEN');
  }, 60_000);
});
