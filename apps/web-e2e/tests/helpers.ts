import { expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'thidua2025';

/** Signs in through the login page and waits for the signed-in frame. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Tài khoản của tôi' })).toBeVisible();
}

/**
 * Picks an option in an antd Select the way a keyboard user does: type to search, move down the list
 * until the wanted option is active (the combobox's aria-activedescendant), press Enter.
 * Server-side searches replace the list while we look, so the active option is re-read at each step.
 */
export async function choose(
  page: Page,
  /** the select's label, or the select itself where its words also label something else (a radio) */
  label: string | Locator,
  search: string,
  option: string | RegExp,
) {
  const select = typeof label === 'string' ? page.getByLabel(label, { exact: true }) : label;
  // The form field around the select: once an option is taken its text shows there (the list itself
  // is rendered elsewhere, at the end of the page).
  const chosen = page.locator('.ant-form-item').filter({ has: select });
  // A search answered after Enter can replace the list under the keypress and leave nothing chosen
  // (seen once in CI: the scope stayed "Toàn hệ thống"): try again until the box shows the option.
  for (let attempt = 1; ; attempt++) {
    await pickOption(page, select, search, option);
    // a filter outside a form (the audit log's) has no field to read the choice back from
    if ((await chosen.count()) === 0) return;
    try {
      await expect(chosen.first()).toContainText(option, { timeout: 3_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

async function pickOption(page: Page, select: Locator, search: string, option: string | RegExp) {
  const label = (await select.getAttribute('aria-label')) ?? search;
  await select.click();
  await select.fill(search);
  await expect(page.getByRole('option', { name: option }).first()).toBeAttached();
  const matches = (name: string | null) =>
    name !== null && (typeof option === 'string' ? name === option : option.test(name));
  for (let step = 0; step < 60; step++) {
    const activeName = await select.evaluate((input) => {
      const id = input.getAttribute('aria-activedescendant');
      const active = id ? document.getElementById(id) : null;
      // antd names options by aria-label (virtual list) or by title (plain list)
      return active ? (active.getAttribute('aria-label') ?? active.getAttribute('title')) : null;
    });
    if (matches(activeName)) {
      await select.press('Enter');
      return;
    }
    if (activeName === null) await page.waitForTimeout(100);
    else await select.press('ArrowDown');
  }
  throw new Error(`option ${String(option)} not reachable in "${label}"`);
}

/**
 * A menu item's accessible name starts with its icon's name ("partition Đơn vị"): match the label as
 * the last words, so "Đơn vị" does not also match "Loại đơn vị".
 */
export function menuName(label: string): RegExp {
  return new RegExp(`(^|\\s)${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * Opens an antd dropdown menu and clicks one of its items. The popup is first placed, then animated in;
 * an item can look "stable" to Playwright for two frames before it is placed, and a click there lands
 * on the page behind (seen in CI: the logout click hit the header). So wait until the open popup has
 * finished its entrance (no motion class left) before clicking.
 */
export async function chooseMenuItem(page: Page, trigger: Locator, item: string): Promise<void> {
  await trigger.click();
  const popup = page.locator('.ant-dropdown:not(.ant-dropdown-hidden)');
  await expect(popup).toHaveCount(1);
  await expect(popup).not.toHaveClass(/-(appear|enter)(\s|$)/);
  await popup.getByRole('menuitem', { name: menuName(item) }).click();
}

/** Signs out whoever is signed in and signs in as `username`. */
export async function signInAs(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  await login(page, username);
}

/**
 * Picks an option of a plain (not searchable) antd Select by its text, from the keyboard as `choose`
 * does: open, move down until the option is the active one, Enter, then wait until the select shows
 * it. Clicking the option instead raced the lists' animations (a closing list of the field before was
 * taken for this one's; a click during the entrance chose nothing).
 */
export async function pick(select: Locator, option: string | RegExp): Promise<void> {
  const box = select.locator(
    'xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]',
  );
  const matches = (name: string | null) =>
    name !== null && (typeof option === 'string' ? name === option : option.test(name));
  await select.click();
  await expect(select).toHaveAttribute('aria-activedescendant', /.+/);
  for (let step = 0; step < 30; step++) {
    const active = await select.evaluate((input) => {
      const id = input.getAttribute('aria-activedescendant');
      const item = id ? document.getElementById(id) : null;
      return item ? (item.getAttribute('aria-label') ?? item.getAttribute('title')) : null;
    });
    if (matches(active)) {
      await select.press('Enter');
      await expect(box).toContainText(active as string);
      return;
    }
    await select.press('ArrowDown');
  }
  throw new Error(`option ${String(option)} not reachable`);
}
