import { expect, test } from '@playwright/test';

import { choose, login, menuName } from './helpers';

// the second test signs in as the user the first one creates
test.describe.configure({ mode: 'serial' });

const username = `e2e.canbo${Date.now().toString(36)}`;
const fullName = 'Trần Thị Kiểm Thử';
const initialPassword = 'Khoidau2025';

test('tạo người dùng có vai trò trên một đơn vị, rồi thấy việc tạo trong nhật ký', async ({
  page,
}) => {
  await login(page, 'quantri');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('menuitem', { name: menuName('Người dùng') }).click();
  await expect(page.getByRole('heading', { name: 'Người dùng', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  const drawer = page.getByRole('dialog', { name: 'Thêm người dùng' });
  await drawer.getByLabel('Tên đăng nhập').fill(username);
  await drawer.getByLabel('Họ và tên').fill(fullName);
  await drawer.getByLabel('Email').fill(`${username}@snv.vinhlong.gov.vn`);
  await choose(page, 'Đơn vị', 'so noi vu', 'Sở Nội vụ');
  await drawer.getByLabel('Mật khẩu ban đầu').fill(initialPassword);
  await drawer.getByRole('button', { name: 'Thêm vai trò' }).click();
  await choose(page, 'Vai trò 1', 'thi dua', 'Cán bộ thi đua – khen thưởng');
  await choose(page, 'Phạm vi 1', 'so noi vu', 'Sở Nội vụ');
  await drawer.getByRole('button', { name: 'Tạo người dùng' }).click();

  await expect(page.getByText(`Đã tạo người dùng ${username}.`)).toBeVisible();
  // the new user's record opens, with the role scoped to the unit
  const detail = page.getByRole('dialog', { name: 'Thông tin người dùng' });
  await expect(detail.getByRole('heading', { name: fullName })).toBeVisible();
  await expect(detail.getByText('Cán bộ thi đua – khen thưởng', { exact: true })).toBeVisible();
  await expect(detail.getByText('Sở Nội vụ và đơn vị trực thuộc')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  // the list finds them (accent-insensitive search on the server)
  await page.getByLabel('Tìm kiếm người dùng').fill('tran thi kiem thu');
  const row = page.getByRole('row', { name: new RegExp(username) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Sở Nội vụ');
  await expect(page.getByText('Tổng số: 1')).toBeVisible();

  // the audit log shows the creation
  await nav.getByRole('menuitem', { name: menuName('Nhật ký hệ thống') }).click();
  await expect(page.getByRole('heading', { name: 'Nhật ký hệ thống', level: 1 })).toBeVisible();
  await choose(page, 'Lọc theo thao tác', 'tao nguoi dung', 'Tạo người dùng');
  const entry = page.getByRole('row', { name: /Tạo người dùng/ }).first();
  // the record by its name, never its id or the operation's code
  await expect(entry).toContainText(`Người dùng — ${username}`);
  await expect(entry).not.toContainText('user.create');
  await expect(entry).toContainText('Nguyễn Quản Trị');
  await entry.getByRole('button', { name: /Expand row|Mở rộng/ }).click();
  await expect(page.getByRole('cell', { name: username, exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: fullName, exact: true })).toBeVisible();
});

test('người dùng mới phải đổi mật khẩu ở lần đăng nhập đầu, rồi thấy vai trò của mình', async ({
  page,
}) => {
  await login(page, username, initialPassword);
  await expect(page).toHaveURL(/\/ca-nhan/);
  await expect(page.getByText('Bạn cần đổi mật khẩu')).toBeVisible();

  // other screens stay closed until the password is changed
  await page.goto('/quan-tri/nguoi-dung');
  await expect(page).toHaveURL(/\/ca-nhan/);

  await page.getByLabel('Mật khẩu hiện tại').fill(initialPassword);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Moi2025');
  await expect(page.getByText('Mật khẩu phải có ít nhất 8 ký tự.').first()).toBeVisible();
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Matkhaumoi2025');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('Matkhaumoi2025');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();

  await expect(page.getByText('Đã đổi mật khẩu.')).toBeVisible();
  await expect(page.getByRole('heading', { name: `Xin chào, ${fullName}` })).toBeVisible();
  await expect(
    page.getByText('Cán bộ thi đua – khen thưởng — Sở Nội vụ và đơn vị trực thuộc'),
  ).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(nav.getByRole('menuitem', { name: menuName('Người dùng') })).toBeVisible();
  await expect(nav.getByRole('menuitem', { name: menuName('Nhật ký hệ thống') })).toBeVisible();
  await expect(nav.getByRole('menuitem', { name: menuName('Vai trò') })).toHaveCount(0);
});
