import { expect, type Page } from '@playwright/test';

import { login } from './helpers';

/** A main page of the SPA and how to reach it (detail pages: through their list, as a user does). */
export interface MainPage {
  name: string;
  /** the demo account that may open it */
  account: 'tdkt.tinh' | 'quantri';
  open(page: Page): Promise<void>;
}

/** Waits until a page has its heading and nothing is loading any more (spinners, requests). */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('h1, h2, h3').first()).toBeVisible();
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
}

const go = (path: string) => async (page: Page) => {
  await page.goto(path);
  await settled(page);
};

/**
 * The councils list's first council. Its page replaces the list's heading only once the council is
 * read: wait for the council's own h1 (settled alone can pass on the list's, then find none).
 */
async function openCouncil(page: Page) {
  await go('/thi-dua/hoi-dong')(page);
  const link = page.locator('main table tbody a').first();
  const name = (await link.textContent({ timeout: 15_000 })) ?? '';
  await link.click();
  await expect(page).toHaveURL(/\/thi-dua\/hoi-dong\/[^/]+$/);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await settled(page);
}

export const MAIN_PAGES: readonly MainPage[] = [
  { name: 'trang chủ', account: 'tdkt.tinh', open: go('/') },
  { name: 'cây đơn vị', account: 'tdkt.tinh', open: go('/to-chuc/don-vi') },
  {
    name: 'chi tiết đơn vị',
    account: 'tdkt.tinh',
    open: async (page) => {
      await go('/to-chuc/don-vi')(page);
      const root = page.locator('[role="tree"] [role="treeitem"][aria-level="1"]').first();
      await root.getByRole('link').first().click({ timeout: 15_000 });
      await expect(page).toHaveURL(/\/to-chuc\/don-vi\/[^/]+$/);
      await settled(page);
    },
  },
  { name: 'sắp xếp tổ chức', account: 'tdkt.tinh', open: go('/to-chuc/sap-xep') },
  { name: 'cụm – khối', account: 'tdkt.tinh', open: go('/to-chuc/cum-khoi') },
  { name: 'nhân sự', account: 'tdkt.tinh', open: go('/to-chuc/nhan-su') },
  {
    name: 'chi tiết cán bộ',
    account: 'tdkt.tinh',
    open: async (page) => {
      await go('/to-chuc/nhan-su')(page);
      await page.locator('main table tbody a').first().click({ timeout: 15_000 });
      await expect(page).toHaveURL(/\/to-chuc\/nhan-su\/[^/]+$/);
      await settled(page);
    },
  },
  { name: 'nhập từ Excel', account: 'tdkt.tinh', open: go('/to-chuc/nhap-excel') },
  { name: 'văn bản căn cứ', account: 'tdkt.tinh', open: go('/thi-dua/van-ban-can-cu') },
  { name: 'kế hoạch thi đua', account: 'tdkt.tinh', open: go('/thi-dua/ke-hoach') },
  {
    name: 'chi tiết kế hoạch',
    account: 'tdkt.tinh',
    open: async (page) => {
      // the demo data's plans (apps/api/src/seeds/demo-campaigns.ts): the list's first one
      await go('/thi-dua/ke-hoach')(page);
      await page.locator('main table tbody a').first().click({ timeout: 15_000 });
      await expect(page).toHaveURL(/\/thi-dua\/ke-hoach\/[^/]+$/);
      await settled(page);
    },
  },
  { name: 'kế hoạch gửi đến', account: 'tdkt.tinh', open: go('/thi-dua/ke-hoach-gui-den') },
  // the demo records (apps/api/src/seeds/demo-records.ts): rows with a manager's buttons on each tab
  { name: 'hồ sơ thành tích', account: 'tdkt.tinh', open: go('/thi-dua/ho-so-thanh-tich') },
  {
    name: 'hồ sơ thành tích: sáng kiến',
    account: 'tdkt.tinh',
    open: go('/thi-dua/ho-so-thanh-tich?muc=sang-kien'),
  },
  {
    name: 'hồ sơ thành tích: tạm hoãn',
    account: 'tdkt.tinh',
    open: go('/thi-dua/ho-so-thanh-tich?muc=tam-hoan'),
  },
  { name: 'lịch thi đua', account: 'tdkt.tinh', open: go('/thi-dua/lich') },
  // lists only: the demo data has no award round nor dossier yet, so a dossier's page has nothing to open
  { name: 'đợt xét khen thưởng', account: 'tdkt.tinh', open: go('/thi-dua/dot-xet-khen-thuong') },
  { name: 'hồ sơ đề nghị khen thưởng', account: 'tdkt.tinh', open: go('/thi-dua/ho-so-de-nghi') },
  { name: 'hồ sơ gửi đến', account: 'tdkt.tinh', open: go('/thi-dua/ho-so-gui-den') },
  // the demo councils, sessions and decisions (apps/api/src/seeds/demo-councils.ts): the list's first
  // council, its first session (closed: the results, the close hashes, the minutes), the decisions
  { name: 'hội đồng thi đua, khen thưởng', account: 'tdkt.tinh', open: go('/thi-dua/hoi-dong') },
  {
    name: 'chi tiết hội đồng',
    account: 'tdkt.tinh',
    open: async (page) => {
      await openCouncil(page);
    },
  },
  {
    name: 'phiên họp hội đồng',
    account: 'tdkt.tinh',
    open: async (page) => {
      await openCouncil(page);
      const link = page.getByRole('link', { name: /^Mở phiên họp / }).first();
      const title = (await link.textContent({ timeout: 15_000 })) ?? '';
      await link.click();
      await expect(page).toHaveURL(/\/thi-dua\/hoi-dong\/phien-hop\/[^/]+$/);
      await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
      await settled(page);
    },
  },
  { name: 'quyết định khen thưởng', account: 'tdkt.tinh', open: go('/thi-dua/quyet-dinh') },
  {
    name: 'chi tiết quyết định',
    account: 'tdkt.tinh',
    open: async (page) => {
      await go('/thi-dua/quyet-dinh')(page);
      await page.locator('main table tbody a').first().click({ timeout: 15_000 });
      await expect(page).toHaveURL(/\/thi-dua\/quyet-dinh\/[^/]+$/);
      await expect(
        page.getByRole('heading', {
          name: /^(Quyết định số|Dự thảo quyết định tặng) /,
          level: 1,
        }),
      ).toBeVisible();
      await settled(page);
    },
  },
  { name: 'người dùng', account: 'tdkt.tinh', open: go('/quan-tri/nguoi-dung') },
  { name: 'nhật ký hệ thống', account: 'tdkt.tinh', open: go('/quan-tri/nhat-ky') },
  { name: 'trang cá nhân', account: 'tdkt.tinh', open: go('/ca-nhan') },
  { name: 'vai trò', account: 'quantri', open: go('/quan-tri/vai-tro') },
  { name: 'loại đơn vị', account: 'quantri', open: go('/quan-tri/loai-don-vi') },
  { name: 'ứng dụng tích hợp', account: 'quantri', open: go('/quan-tri/ung-dung') },
];

/**
 * Runs `check` on the login page, then on every main page signed in as the account that opens it.
 * A page that cannot be opened does not stop the others: it is returned ("name: reason") for the
 * caller to fail on, after it has reported what it found on the rest.
 */
export async function forEachMainPage(
  page: Page,
  check: (name: string) => Promise<void>,
): Promise<string[]> {
  const unreachable: string[] = [];
  await page.goto('/dang-nhap');
  await settled(page);
  await check('đăng nhập');
  // the public notice page, like the login page, is read without signing in (ADR 0021)
  await page.goto('/cong-khai');
  await settled(page);
  await check('công khai danh sách');
  // the public pages of decided awards (ADR 0022): the lookup before a search, and the verification of
  // a code no certificate can have (its not-found state): the codes are Crockford base 32, never an O
  await page.goto('/tra-cuu-khen-thuong');
  await settled(page);
  await check('tra cứu khen thưởng');
  await page.goto('/xac-minh/KHONGCOMA00');
  await settled(page);
  await check('xác minh bằng khen, giấy khen');
  // a council member's ballot in the room (ADR 0023), before the code: any round id shows that state
  await page.goto('/bo-phieu/00000000-0000-4000-8000-000000000000');
  await settled(page);
  await check('bỏ phiếu tại phòng họp');
  for (const account of ['tdkt.tinh', 'quantri'] as const) {
    await page.context().clearCookies();
    await login(page, account);
    for (const main of MAIN_PAGES.filter((p) => p.account === account)) {
      try {
        await main.open(page);
      } catch (error) {
        unreachable.push(`${main.name}: ${String(error).split('\n')[0]}`);
        continue;
      }
      await check(main.name);
    }
  }
  return unreachable;
}
