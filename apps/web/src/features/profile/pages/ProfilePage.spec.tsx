import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

/** The text antd shows under an input (its aria-describedby help element). */
function helpOf(input: HTMLElement): string {
  const id = input.getAttribute('aria-describedby');
  return (id && document.getElementById(id)?.textContent) || '';
}

describe('ProfilePage — đổi mật khẩu', () => {
  it('hints the shared password policy while typing', async () => {
    mockGraphql({ Me: { data: { me: makeViewer([]) } } });
    renderApp('/ca-nhan');
    const input = await screen.findByLabelText('Mật khẩu mới');
    expect(screen.getByText('Ít nhất 8 ký tự, có cả chữ cái và chữ số.')).toBeTruthy();

    fireEvent.change(input, { target: { value: 'abcdefgh' } });
    expect(
      (await screen.findAllByText('Mật khẩu phải có cả chữ cái và chữ số.')).length,
    ).toBeGreaterThan(0);

    fireEvent.change(input, { target: { value: 'abcdefg1' } });
    expect(await screen.findByText('Mật khẩu đạt yêu cầu.')).toBeTruthy();
  });

  it('shows the server’s per-field message under the right input', async () => {
    const api = mockGraphql({
      Me: { data: { me: makeViewer([]) } },
      ChangePassword: gqlError('BAD_USER_INPUT', 'Mật khẩu hiện tại không đúng.', {
        fields: { currentPassword: ['Mật khẩu hiện tại không đúng.'] },
      }),
    });
    renderApp('/ca-nhan');

    const current = await screen.findByLabelText('Mật khẩu hiện tại');
    fireEvent.change(current, { target: { value: 'sai-mat-khau1' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu mới'), {
      target: { value: 'Matkhaumoi2025' },
    });
    fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu mới'), {
      target: { value: 'Matkhaumoi2025' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));

    await waitFor(() => expect(helpOf(current)).toContain('Mật khẩu hiện tại không đúng.'));
    expect(api.callsOf('ChangePassword')[0]?.variables).toEqual({
      input: { currentPassword: 'sai-mat-khau1', newPassword: 'Matkhaumoi2025' },
    });
    expect(helpOf(screen.getByLabelText('Mật khẩu mới'))).not.toContain('không đúng');
  });

  it('does not send a confirmation that differs', async () => {
    const api = mockGraphql({ Me: { data: { me: makeViewer([]) } } });
    renderApp('/ca-nhan');
    fireEvent.change(await screen.findByLabelText('Mật khẩu hiện tại'), {
      target: { value: 'cu2025abc' },
    });
    fireEvent.change(screen.getByLabelText('Mật khẩu mới'), {
      target: { value: 'Matkhaumoi2025' },
    });
    fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu mới'), {
      target: { value: 'Khac2025xx' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await screen.findByText('Mật khẩu nhập lại không khớp.')).toBeTruthy();
    expect(api.callsOf('ChangePassword')).toHaveLength(0);
  });
});

describe('ProfilePage — họ tên, email', () => {
  it('on CONFLICT shows the message and reloads the latest version on request', async () => {
    let version = 1;
    const api = mockGraphql({
      Me: () => ({
        data: {
          me: makeViewer(
            [],
            version === 1 ? { version } : { version, fullName: 'Nguyễn Thị Hoa (đã sửa)' },
          ),
        },
      }),
      UpdateMyProfile: () => {
        version = 2; // someone else saved first
        return gqlError(
          'CONFLICT',
          'Người dùng đã được người khác cập nhật. Vui lòng tải lại và thử lại.',
        );
      },
    });
    renderApp('/ca-nhan');

    const name = await screen.findByLabelText('Họ và tên');
    fireEvent.change(name, { target: { value: 'Nguyễn Thị Hoa Mới' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Người dùng đã được người khác cập nhật.');
    expect(api.callsOf('UpdateMyProfile')[0]?.variables).toEqual({
      input: { fullName: 'Nguyễn Thị Hoa Mới', email: 'hoa@snv.gov.vn', version: 1 },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Tải lại dữ liệu mới nhất' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe(
        'Nguyễn Thị Hoa (đã sửa)',
      ),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('while a password change is pending, offers only that: the profile form waits', async () => {
    mockGraphql({ Me: { data: { me: makeViewer([], { mustChangePassword: true }) } } });
    renderApp('/ca-nhan');
    expect(await screen.findByText('Bạn cần đổi mật khẩu')).toBeTruthy();
    expect(
      screen.getByText('Sau khi đổi mật khẩu, bạn có thể sửa thông tin cá nhân tại đây.'),
    ).toBeTruthy();
    expect(screen.queryByLabelText('Email')).toBeNull();
    expect(screen.getByLabelText('Mật khẩu mới')).toBeTruthy();
  });
});
