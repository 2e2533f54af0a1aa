import type { Permission } from '@thidua/shared-domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { authKeys } from '@thidua/web-data-access';
import { describe, expect, it } from 'vitest';

import { makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

async function navigationFor(permissions: Permission[]) {
  mockGraphql({ Me: { data: { me: makeViewer(permissions) } } });
  renderApp('/');
  return screen.findByRole('navigation', { name: 'Điều hướng chính' });
}

const menuLabels = (nav: HTMLElement) =>
  within(nav)
    .getAllByRole('menuitem')
    .map((item) => item.textContent?.trim());

describe('navigation by permission', () => {
  it('shows a system administrator every administration screen', async () => {
    const nav = await navigationFor([
      'USER_READ',
      'USER_MANAGE',
      'ROLE_ASSIGN',
      'ROLE_MANAGE',
      'API_CLIENT_MANAGE',
      'AUDIT_READ',
      'UNIT_READ',
      'UNIT_MANAGE',
    ]);
    expect(menuLabels(nav)).toEqual([
      'Trang chủ',
      'Thi đua – khen thưởng',
      'Văn bản căn cứ',
      'Quy định khen thưởng',
      'Tổ chức',
      'Đơn vị',
      'Lịch sử sắp xếp',
      'Cụm – khối thi đua',
      'Nhập từ Excel',
      'Quản trị',
      'Người dùng',
      'Vai trò',
      'Loại đơn vị',
      'Ứng dụng tích hợp',
      'Nhật ký hệ thống',
    ]);
  });

  it('shows a TĐKT officer every organisation screen, users and the audit log', async () => {
    const nav = await navigationFor([
      'UNIT_READ',
      'UNIT_MANAGE',
      'UNIT_RESTRUCTURE',
      'CLUSTER_MANAGE',
      'PERSON_READ',
      'PERSON_MANAGE',
      'LEGAL_MANAGE',
      'USER_READ',
      'AUDIT_READ',
    ]);
    expect(menuLabels(nav)).toEqual([
      'Trang chủ',
      'Thi đua – khen thưởng',
      'Văn bản căn cứ',
      'Quy định khen thưởng',
      'Tổ chức',
      'Đơn vị',
      'Sắp xếp tổ chức',
      'Lịch sử sắp xếp',
      'Cụm – khối thi đua',
      'Cán bộ',
      'Nhập từ Excel',
      'Quản trị',
      'Người dùng',
      'Loại đơn vị',
      'Nhật ký hệ thống',
    ]);
  });

  it('shows someone who may import people, but not units, "Nhập từ Excel"', async () => {
    const nav = await navigationFor(['PERSON_READ', 'PERSON_MANAGE']);
    expect(menuLabels(nav)).toEqual([
      'Trang chủ',
      'Thi đua – khen thưởng',
      'Văn bản căn cứ',
      'Quy định khen thưởng',
      'Tổ chức',
      'Cán bộ',
      'Nhập từ Excel',
    ]);
  });

  it('shows "Vai trò" to someone who may only assign roles', async () => {
    const nav = await navigationFor(['ROLE_ASSIGN']);
    expect(menuLabels(nav)).toEqual([
      'Trang chủ',
      'Thi đua – khen thưởng',
      'Văn bản căn cứ',
      'Quy định khen thưởng',
      'Quản trị',
      'Vai trò',
    ]);
  });

  it('shows a leader the organisation to read, and the audit log', async () => {
    const leader = await navigationFor(['UNIT_READ', 'PERSON_READ', 'USER_READ', 'AUDIT_READ']);
    expect(menuLabels(leader)).toEqual([
      'Trang chủ',
      'Thi đua – khen thưởng',
      'Văn bản căn cứ',
      'Quy định khen thưởng',
      'Tổ chức',
      'Đơn vị',
      'Lịch sử sắp xếp',
      'Cụm – khối thi đua',
      'Cán bộ',
      'Quản trị',
      'Người dùng',
      'Nhật ký hệ thống',
    ]);
  });

  it('shows "Ứng dụng tích hợp" for API_CLIENT_MANAGE alone', async () => {
    const nav = await navigationFor(['API_CLIENT_MANAGE']);
    expect(menuLabels(nav)).toEqual([
      'Trang chủ',
      'Thi đua – khen thưởng',
      'Văn bản căn cứ',
      'Quy định khen thưởng',
      'Quản trị',
      'Ứng dụng tích hợp',
    ]);
  });

  it('hides the whole "Quản trị" group from a user without administration rights', async () => {
    const nav = await navigationFor(['UNIT_READ']);
    expect(menuLabels(nav)).toEqual([
      'Trang chủ',
      'Thi đua – khen thưởng',
      'Văn bản căn cứ',
      'Quy định khen thưởng',
      'Tổ chức',
      'Đơn vị',
      'Lịch sử sắp xếp',
      'Cụm – khối thi đua',
    ]);
  });

  it('shows a user with no rights at all only the legal documents and award rules, which are public', async () => {
    const nav = await navigationFor([]);
    expect(menuLabels(nav)).toEqual([
      'Trang chủ',
      'Thi đua – khen thưởng',
      'Văn bản căn cứ',
      'Quy định khen thưởng',
    ]);
  });

  it('greets the user with their roles and scope on the home page', async () => {
    await navigationFor(['UNIT_READ']);
    expect(await screen.findByRole('heading', { name: 'Xin chào, Nguyễn Thị Hoa' })).toBeTruthy();
    expect(screen.getByText('Cán bộ TĐKT — Sở Nội vụ và đơn vị trực thuộc')).toBeTruthy();
  });
});

describe('route guards', () => {
  it("guards detail pages with their list's permission", async () => {
    mockGraphql({ Me: { data: { me: makeViewer(['UNIT_READ']) } } });
    renderApp('/to-chuc/nhan-su/p-1');
    expect(await screen.findByText('Không có quyền truy cập')).toBeTruthy();
  });

  it('refuses a screen the viewer has no permission for', async () => {
    mockGraphql({ Me: { data: { me: makeViewer(['USER_READ']) } } });
    renderApp('/quan-tri/ung-dung');
    expect(await screen.findByText('Không có quyền truy cập')).toBeTruthy();
  });

  it('sends an anonymous visitor to the login page and remembers where they were going', async () => {
    mockGraphql({ Me: gqlError('UNAUTHENTICATED', 'Bạn chưa đăng nhập.') });
    const { router } = renderApp('/quan-tri/nguoi-dung?trang=2');
    await waitFor(() => expect(router.state.location.pathname).toBe('/dang-nhap'));
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe(
      '/quan-tri/nguoi-dung?trang=2',
    );
    expect(await screen.findByRole('heading', { name: 'Đăng nhập hệ thống' })).toBeTruthy();
  });

  it('on an expired session (a query answering UNAUTHENTICATED), returns to login with next', async () => {
    let expired = false;
    mockGraphql({
      Me: () =>
        expired
          ? gqlError('UNAUTHENTICATED', 'Hết phiên.')
          : { data: { me: makeViewer(['AUDIT_READ']) } },
      AuditLog: () => {
        expired = true;
        return gqlError('UNAUTHENTICATED', 'Phiên làm việc đã hết hạn.');
      },
    });
    const { router } = renderApp('/quan-tri/nhat-ky');
    await waitFor(() => expect(router.state.location.pathname).toBe('/dang-nhap'), {
      timeout: 5000,
    });
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/quan-tri/nhat-ky');
    expect(
      await screen.findByText('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.'),
    ).toBeTruthy();
  });
});

const anonymous = gqlError('UNAUTHENTICATED', 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.');

describe('AppShell — đăng xuất', () => {
  it.each([
    ['the session ends', { data: { logout: true } }],
    ['the server fails', gqlError('INTERNAL_SERVER_ERROR', 'Lỗi hệ thống.')],
  ])(
    'lands on the login page, signed out, when %s',
    async (_, answer) => {
      let signedIn = true;
      const api = mockGraphql({
        Me: () => (signedIn ? { data: { me: makeViewer(['AUDIT_READ']) } } : anonymous),
        Logout: () => {
          signedIn = false;
          return answer;
        },
      });
      const { router, queryClient } = renderApp('/');

      fireEvent.click(
        await screen.findByRole('button', { name: /Tài khoản của tôi$/ }, { timeout: 10_000 }),
      );
      fireEvent.click(await screen.findByText('Đăng xuất'));

      await waitFor(() => expect(router.state.location.pathname).toBe('/dang-nhap'));
      expect(api.callsOf('Logout')).toHaveLength(1);
      expect(await screen.findByText('Bạn đã đăng xuất.')).toBeTruthy();
      expect(await screen.findByRole('heading', { name: 'Đăng nhập hệ thống' })).toBeTruthy();
      // nothing of the previous user stays cached (the login page asks the API afresh who is there)
      await waitFor(() => expect(queryClient.getQueryData(authKeys.me())).toBeUndefined());
    },
    30_000,
  );
});
