import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeUser, makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const soNoiVu = { id: 'u-snv', code: 'VLG-SNV', name: 'Sở Nội vụ', shortName: 'SNV' };
const xaAnHoi = { id: 'u-ah', code: 'VLG-AH', name: 'Ủy ban nhân dân xã An Hội', shortName: null };

const officer = makeUser({
  id: 'user-officer',
  username: 'tdkt.sonoivu',
  fullName: 'Nguyễn Thị Hoa',
  unit: soNoiVu,
  roleAssignments: [
    {
      id: 'ra-officer',
      createdAt: '2025-01-02T03:00:00.000Z',
      role: {
        id: 'r-tdkt',
        code: 'TDKT_OFFICER',
        name: 'Cán bộ thi đua – khen thưởng',
        isSystem: true,
      },
      unit: soNoiVu,
    },
    {
      id: 'ra-reporter',
      createdAt: '2025-01-02T03:00:00.000Z',
      role: { id: 'r-rep', code: 'REPORTER', name: 'Cán bộ nhập liệu, báo cáo', isSystem: true },
      unit: xaAnHoi,
    },
  ],
});
const admin = makeUser({
  id: 'user-admin',
  username: 'quantri',
  fullName: 'Trần Văn Bình',
  roleAssignments: [
    {
      id: 'ra-admin',
      createdAt: '2025-01-02T03:00:00.000Z',
      role: { id: 'r-admin', code: 'SYSTEM_ADMIN', name: 'Quản trị hệ thống', isSystem: true },
      unit: null,
    },
  ],
});

describe('UsersPage — danh sách người dùng', () => {
  it('shows each role with the unit it holds on, and no program codes', async () => {
    mockGraphql({
      Me: { data: { me: makeViewer(['USER_READ', 'UNIT_READ'], admin) } },
      Users: {
        data: {
          users: {
            totalCount: 2,
            totalCountCapped: false,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [{ node: officer }, { node: admin }],
          },
        },
      },
    });
    renderApp('/quan-tri/nguoi-dung');

    const row = (await screen.findByText('tdkt.sonoivu', {}, { timeout: 10_000 })).closest('tr')!;
    // before: "Cán bộ thi đua – khen thưởng" alone, the unit only in a tooltip
    expect(within(row).getByText('Cán bộ thi đua – khen thưởng — Sở Nội vụ')).toBeTruthy();
    expect(
      within(row).getByText('Cán bộ nhập liệu, báo cáo — Ủy ban nhân dân xã An Hội'),
    ).toBeTruthy();
    const adminRow = screen.getByText('quantri').closest('tr')!;
    expect(within(adminRow).getByText('Quản trị hệ thống — Toàn hệ thống')).toBeTruthy();

    const text = document.body.textContent ?? '';
    for (const code of ['TDKT_OFFICER', 'REPORTER', 'SYSTEM_ADMIN', 'USER_READ']) {
      expect(text).not.toContain(code);
    }
  }, 60_000);
});
