import { expect, test } from '@playwright/test';

import { login, menuName } from './helpers';
import { forEachMainPage, settled } from './pages';

/**
 * Phone width (issue 9, C11): at 390×844 no main page scrolls sideways (tables scroll inside their own
 * box), the navigation is a drawer behind a menu button, and list filters fold behind "Bộ lọc".
 */
const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

test.describe('màn hình điện thoại 390 px', () => {
  test('không trang chính nào cuộn ngang', async ({ page }) => {
    test.setTimeout(300_000);
    const widths: Record<string, number> = {};
    const culprits: string[] = [];
    const unreachable = await forEachMainPage(page, async (name) => {
      widths[name] = await page.evaluate(() => document.documentElement.scrollWidth);
      if (widths[name] <= PHONE.width) return;
      // what sticks out: the outermost elements past the right edge, to say where to look
      const wide = await page.evaluate((limit) => {
        const out: string[] = [];
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
          if (el.getBoundingClientRect().right <= limit + 1) continue;
          const parent = el.parentElement;
          if (parent && parent.getBoundingClientRect().right > limit + 1) continue;
          out.push(
            `${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 3).join('.')}`,
          );
        }
        return out.slice(0, 5);
      }, PHONE.width);
      culprits.push(`${name}: ${wide.join(', ')}`);
    });
    process.stdout.write(`scrollWidth at ${PHONE.width} px: ${JSON.stringify(widths)}\n`);
    process.stdout.write(culprits.map((c) => `  ${c}\n`).join(''));
    expect(Object.entries(widths).filter(([, w]) => w > PHONE.width)).toEqual([]);
    expect(unreachable).toEqual([]);
  });

  test('menu điều hướng mở trong ngăn kéo và chuyển trang', async ({ page }) => {
    await login(page, 'tdkt.tinh');
    await settled(page);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    // no side menu squeezing the page: the navigation waits behind the menu button
    await expect(nav).toBeHidden();

    const button = page.getByRole('button', { name: 'Mở menu điều hướng' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    await nav.getByRole('menuitem', { name: menuName('Đơn vị') }).click();

    await expect(page).toHaveURL(/\/to-chuc\/don-vi$/);
    await expect(page.getByRole('heading', { name: 'Đơn vị', level: 1 })).toBeVisible();
    await expect(nav).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
  });

  test('bộ lọc danh sách gập sau nút "Bộ lọc" và mở ra khi bấm', async ({ page }) => {
    await login(page, 'tdkt.tinh');
    for (const [path, field] of [
      ['/to-chuc/nhan-su', 'Lọc theo giới tính'],
      ['/quan-tri/nhat-ky', 'Lọc theo loại đối tượng'],
    ] as const) {
      await page.goto(path);
      await settled(page);
      const toggle = page.getByRole('button', { name: /^Bộ lọc/ });
      const select = page.getByRole('combobox', { name: field });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(select).toBeHidden();
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(select).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
    }
  });
});
