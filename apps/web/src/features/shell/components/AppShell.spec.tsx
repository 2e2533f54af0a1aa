import { fireEvent, screen, waitFor } from '@testing-library/react';
import { authKeys } from '@thidua/web-data-access';
import { describe, expect, it } from 'vitest';

import { makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

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
        await screen.findByRole('button', { name: 'Tài khoản của tôi' }, { timeout: 10_000 }),
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
