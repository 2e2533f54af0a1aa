import { expect, test, type Page } from '@playwright/test';

import { choose, chooseMenuItem, login, menuName } from './helpers';

/**
 * The province's TĐKT officer creates two communes under the province, merges them through the
 * restructuring wizard into a new commune, and then finds the old communes in the new commune's history
 * and lineage. Only the province is taken from the demo data (the root of the government tree the
 * officer sees), so the test does not depend on demo codes or names.
 */
const TAG = `E2E${Date.now().toString(36).toUpperCase()}`;
const COMMUNE_A = `Ủy ban nhân dân xã Tân Phú ${TAG}`;
const COMMUNE_B = `Ủy ban nhân dân xã Phú Hòa ${TAG}`;
const NEW_NAME = `Ủy ban nhân dân xã Tân Hòa ${TAG}`;
const LEGAL_NUMBER = '1656/NQ-UBTVQH15';
/** The kind the catalog ships for communes: "Ủy ban nhân dân xã, phường, đặc khu". */
const COMMUNE_KIND = /xã, phường/;

/** An ISO day "YYYY-MM-DD" as the UI shows it: dd/mm/yyyy. */
function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** dd/mm/yyyy → ISO "YYYY-MM-DD". */
function isoDate(vn: string): string {
  const [d, m, y] = vn.split('/');
  return `${y}-${m}-${d}`;
}

/** Today in Vietnam (UTC+7), ISO. */
function todayIso(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Types a date into an antd DatePicker. Tab leaves the field with the date taken; Enter also takes it,
 * but in a form whose other fields are filled it submits the form as well.
 */
async function typeDate(page: Page, label: string, value: string, key: 'Enter' | 'Tab' = 'Enter') {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press(key);
  await expect(input).toHaveValue(value);
}

/**
 * Picks an option of a plain (not searchable) antd Select by its text; waits until it is chosen. A
 * click on an option while the list is still sliding in can be lost (CI: the list stayed open with
 * nothing chosen), so the pick is tried again until the select shows the option.
 */
async function pick(page: Page, label: string, option: RegExp) {
  const select = page.getByLabel(label, { exact: true });
  const box = page.locator('.ant-select').filter({ has: select });
  const list = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await expect(async () => {
    if (!(await list.isVisible())) await select.click();
    await list
      .locator('.ant-select-item-option')
      .filter({ hasText: option })
      .first()
      .click({ timeout: 2_000 });
    await expect(box).toContainText(option, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/** Creates a commune under the province whose page is open; ends on the new commune's page. */
async function createCommune(page: Page, name: string, code: string, validFrom: string) {
  await page.getByRole('button', { name: 'Tạo đơn vị trực thuộc' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  await pick(page, 'Loại đơn vị', COMMUNE_KIND);
  await drawer.getByLabel('Tên đơn vị', { exact: true }).fill(name);
  await drawer.getByLabel('Mã đơn vị', { exact: true }).fill(code);
  await drawer.getByLabel('Tên viết tắt', { exact: true }).fill('UBND');
  await typeDate(page, 'Hoạt động từ ngày', vnDate(validFrom), 'Tab');
  await drawer.getByRole('button', { name: 'Tạo đơn vị', exact: true }).click();
  // the creation and the new page's reads can take longer than the 10 s default on a loaded CI
  // machine (one run of 40 timed out here); a form error ends the wait early with its text
  await expect(async () => {
    const errors = await drawer.locator('.ant-form-item-explain-error').allInnerTexts();
    expect(errors, 'lỗi của biểu mẫu tạo đơn vị').toEqual([]);
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

test('sáp nhập hai xã qua trình hướng dẫn, rồi thấy tên cũ trong lịch sử của xã mới', async ({
  page,
}) => {
  await login(page, 'tdkt.tinh');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('menuitem', { name: menuName('Đơn vị') }).click();
  await expect(page.getByRole('heading', { name: 'Đơn vị', level: 1 })).toBeVisible();

  // the province: the root of the government tree within the officer's scope
  const tree = page.getByRole('tree', { name: 'Chính quyền' });
  const root = tree.locator('[role="treeitem"][aria-level="1"]').first();
  await expect(root).toBeVisible();
  const province = (await root.getAttribute('aria-label')) ?? '';
  expect(province).not.toBe('');
  await root.getByRole('link', { name: province, exact: true }).click();
  await expect(page.getByRole('heading', { name: province, level: 1 })).toBeVisible();
  const provinceUrl = page.url();

  // the communes start when the province does, so today's merge comes after their creation
  const period = await page
    .locator('th', { hasText: 'Thời gian hoạt động' })
    .locator('xpath=following-sibling::td[1]')
    .innerText();
  const provinceFrom = isoDate(/\d{2}\/\d{2}\/\d{4}/.exec(period)?.[0] ?? '');
  const today = todayIso();
  expect(
    provinceFrom < today,
    `the demo province must exist before today to restructure under it (starts ${provinceFrom})`,
  ).toBe(true);

  await createCommune(page, COMMUNE_B, `${TAG}-B`, provinceFrom);
  await page.goto(provinceUrl);
  await expect(page.getByRole('heading', { name: province, level: 1 })).toBeVisible();
  await createCommune(page, COMMUNE_A, `${TAG}-A`, provinceFrom);

  // the commune's page opens the wizard with the merge and the commune chosen
  await chooseMenuItem(page, page.getByRole('button', { name: /Sắp xếp tổ chức/ }), 'Sáp nhập');
  await expect(page).toHaveURL(/\/to-chuc\/sap-xep\?thao-tac=sap-nhap/);
  await expect(page.getByRole('heading', { name: 'Sắp xếp tổ chức', level: 1 })).toBeVisible();
  const step1 = page.getByTestId('wizard-step-1');
  await expect(step1.getByText(COMMUNE_A).first()).toBeVisible();

  // step 1: the second commune, found without accents, and the new commune they become
  await choose(page, 'Các đơn vị sáp nhập', `phu hoa ${TAG.toLowerCase()}`, COMMUNE_B);
  await page.keyboard.press('Escape');
  await page.getByLabel('Tên đơn vị mới', { exact: true }).fill(NEW_NAME);
  await page.getByLabel('Mã đơn vị mới', { exact: true }).fill(`${TAG}-M`);
  // the new unit's kind follows the communes it replaces
  await expect(step1.getByText(COMMUNE_KIND).first()).toBeVisible();
  await choose(page, 'Đơn vị cấp trên của đơn vị mới', province, province);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // step 2: the legal basis and the effective date
  await page.getByLabel('Số, ký hiệu văn bản').fill(LEGAL_NUMBER);
  await typeDate(page, 'Ngày ban hành', vnDate(today));
  await typeDate(page, 'Ngày có hiệu lực', vnDate(today));
  await page
    .getByLabel('Trích yếu')
    .fill('về việc sắp xếp các đơn vị hành chính cấp xã (kiểm thử tự động)');
  await page.getByRole('button', { name: 'Xem trước thay đổi' }).click();

  // step 3: the preview lists both communes as ending and the new one as created
  const preview = page.getByTestId('restructuring-preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByText('Kết thúc hoạt động', { exact: true })).toHaveCount(2);
  await expect(preview.getByText('Thành lập mới', { exact: true })).toBeVisible();
  await expect(preview.getByText(NEW_NAME).first()).toBeVisible();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // step 4: the confirmation names what ends
  await page.getByRole('button', { name: 'Thực hiện sáp nhập' }).click();
  const confirm = page.getByTestId('restructuring-confirm');
  await expect(confirm).toContainText(COMMUNE_A);
  await expect(confirm).toContainText(COMMUNE_B);
  await page.getByRole('dialog').getByRole('button', { name: 'Thực hiện sáp nhập' }).click();

  const basis = `Nghị quyết số ${LEGAL_NUMBER} ngày ${vnDate(today)}`;
  await expect(page.getByText('Đã sáp nhập đơn vị')).toBeVisible();
  await expect(page.getByText(`Theo ${basis}`)).toBeVisible();

  // the new commune's history names the communes it came from, and the resolution
  await page.getByRole('link', { name: NEW_NAME }).click();
  await expect(page.getByRole('heading', { name: NEW_NAME, level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Lịch sử' }).click();
  const history = page.getByRole('tabpanel', { name: 'Lịch sử' });
  await expect(history.getByRole('link', { name: COMMUNE_A })).toBeVisible();
  await expect(history.getByRole('link', { name: COMMUNE_B })).toBeVisible();
  await expect(history.getByText(basis)).toBeVisible();

  // its lineage: formed from both communes
  await page.getByRole('tab', { name: 'Nguồn gốc' }).click();
  const lineage = page.getByRole('tabpanel', { name: 'Nguồn gốc' });
  await expect(lineage.getByRole('link', { name: COMMUNE_A })).toBeVisible();
  await expect(lineage.getByRole('link', { name: COMMUNE_B })).toBeVisible();

  // and the old commune is kept, read-only, pointing to its successor
  await lineage.getByRole('link', { name: COMMUNE_A }).click();
  await expect(page.getByRole('heading', { name: COMMUNE_A, level: 1 })).toBeVisible();
  await expect(page.getByText('Đơn vị đã kết thúc hoạt động')).toBeVisible();
  await expect(page.getByRole('button', { name: /Sắp xếp tổ chức/ })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Nguồn gốc' }).click();
  await expect(
    page.getByRole('tabpanel', { name: 'Nguồn gốc' }).getByRole('link', { name: NEW_NAME }),
  ).toBeVisible();

  // searching with ended units finds the old commune, marked as merged
  await nav.getByRole('menuitem', { name: menuName('Đơn vị') }).click();
  await page.getByText('Hiện đơn vị đã kết thúc').click();
  await page.getByLabel('Tìm kiếm đơn vị').fill(`tan phu ${TAG.toLowerCase()}`);
  const results = page.getByRole('region', { name: 'Tìm kiếm đơn vị' });
  await expect(results.getByRole('link', { name: COMMUNE_A })).toBeVisible();
  await expect(results.getByText('Đã sáp nhập')).toBeVisible();
});
