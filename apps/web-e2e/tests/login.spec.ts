import { expect, test } from '@playwright/test';

import { chooseMenuItem, DEMO_PASSWORD, menuName } from './helpers';

test.describe('đăng nhập', () => {
  test('sai mật khẩu: hiện thông báo lỗi bằng tiếng Việt', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/dang-nhap/);
    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Mật khẩu').fill('mat-khau-sai-1');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Đăng nhập không thành công');
    await expect(alert).toContainText('Tên đăng nhập hoặc mật khẩu không đúng.');
    await expect(page).toHaveURL(/\/dang-nhap/);
  });

  test('quản trị hệ thống đăng nhập và thấy trang chủ', async ({ page }) => {
    await page.goto('/quan-tri/nguoi-dung');
    await expect(page).toHaveURL(/\/dang-nhap\?next=%2Fquan-tri%2Fnguoi-dung/);
    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();

    // back where they were going
    await expect(page).toHaveURL(/\/quan-tri\/nguoi-dung$/);
    await expect(page.getByRole('heading', { name: 'Người dùng', level: 1 })).toBeVisible();

    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Trang chủ').click();
    await expect(page.getByRole('heading', { name: /^Xin chào, / })).toBeVisible();
    await expect(page.getByText('Quản trị hệ thống — toàn hệ thống')).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    for (const item of ['Người dùng', 'Vai trò', 'Ứng dụng tích hợp', 'Nhật ký hệ thống']) {
      await expect(nav.getByRole('menuitem', { name: menuName(item) })).toBeVisible();
    }

    await chooseMenuItem(
      page,
      page.getByRole('button', { name: 'Tài khoản của tôi' }),
      'Đăng xuất',
    );
    await expect(page).toHaveURL(/\/dang-nhap$/);
    await expect(page.getByText('Bạn đã đăng xuất.')).toBeVisible();
    // the session is really gone: a signed-in page sends us back to the login page
    await page.goto('/ca-nhan');
    await expect(page).toHaveURL(/\/dang-nhap\?next=%2Fca-nhan$/);
  });
});
