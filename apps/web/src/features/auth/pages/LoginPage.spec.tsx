import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const anonymous = gqlError('UNAUTHENTICATED', 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.');

function fillAndSubmit(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('LoginPage', () => {
  it('shows the API’s Vietnamese message when the password is wrong, and stays put', async () => {
    const api = mockGraphql({
      Me: anonymous,
      Login: gqlError('UNAUTHENTICATED', 'Tên đăng nhập hoặc mật khẩu không đúng.'),
    });
    const { router } = renderApp('/dang-nhap');

    await screen.findByRole('heading', { name: 'Đăng nhập hệ thống' });
    fillAndSubmit('quantri', 'sai-mat-khau1');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Đăng nhập không thành công');
    expect(alert.textContent).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(api.callsOf('Login')[0]?.variables).toEqual({
      input: { username: 'quantri', password: 'sai-mat-khau1' },
    });
    expect(router.state.location.pathname).toBe('/dang-nhap');
  });

  it('asks for both fields before calling the API', async () => {
    const api = mockGraphql({ Me: anonymous });
    renderApp('/dang-nhap');
    fireEvent.click(await screen.findByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('Vui lòng nhập tên đăng nhập.')).toBeTruthy();
    expect(await screen.findByText('Vui lòng nhập mật khẩu.')).toBeTruthy();
    expect(api.callsOf('Login')).toHaveLength(0);
  });

  it('after signing in, returns to the page in ?next=', async () => {
    let signedIn = false;
    mockGraphql({
      Me: () => (signedIn ? { data: { me: makeViewer(['AUDIT_READ']) } } : anonymous),
      Login: () => {
        signedIn = true;
        return {
          data: {
            login: {
              expiresAt: '2030-01-01T00:00:00Z',
              user: { id: 'user-1', mustChangePassword: false },
            },
          },
        };
      },
      AuditLog: {
        data: {
          auditLog: {
            totalCount: 0,
            totalCountCapped: false,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [],
          },
        },
      },
    });
    const { router } = renderApp('/dang-nhap?next=%2Fquan-tri%2Fnhat-ky');

    await screen.findByRole('heading', { name: 'Đăng nhập hệ thống' });
    fillAndSubmit('tdkt.sonoivu', 'thidua2025');

    expect(
      await screen.findByRole('heading', { name: 'Nhật ký hệ thống' }, { timeout: 5000 }),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/quan-tri/nhat-ky');
  });

  it('sends a user who must change their password to the password form', async () => {
    let signedIn = false;
    mockGraphql({
      Me: () =>
        signedIn ? { data: { me: makeViewer([], { mustChangePassword: true }) } } : anonymous,
      Login: () => {
        signedIn = true;
        return {
          data: {
            login: {
              expiresAt: '2030-01-01T00:00:00Z',
              user: { id: 'user-1', mustChangePassword: true },
            },
          },
        };
      },
    });
    const { router } = renderApp('/dang-nhap?next=%2Fquan-tri%2Fnguoi-dung');

    await screen.findByRole('heading', { name: 'Đăng nhập hệ thống' });
    fillAndSubmit('tdkt.xa', 'thidua2025');

    expect(await screen.findByText('Bạn cần đổi mật khẩu', {}, { timeout: 5000 })).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe('/ca-nhan'));
    expect(screen.getByLabelText('Mật khẩu hiện tại')).toBeTruthy();
  });
});
