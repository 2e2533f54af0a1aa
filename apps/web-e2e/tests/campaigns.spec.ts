import { expect, test, type Page } from '@playwright/test';

import { choose, login } from './helpers';

/**
 * The cascade of kế hoạch thi đua: the province's TĐKT officer writes a plan of the UBND tỉnh addressed
 * to xã Phú Thuận, the leader signs it, the commune's officer answers it with the commune's own plan
 * (signed by the same leader, whose scope is the whole province), and the province's officer then sees
 * the commune ticked in the plan's "Đơn vị thực hiện" table. Every plan is named with this run's tag, so
 * the test reads no other test's data.
 */
const TAG = `E2E${Date.now().toString(36).toUpperCase()}`;
const PROVINCE = 'Ủy ban nhân dân tỉnh Vĩnh Long';
const COMMUNE = 'Ủy ban nhân dân xã Phú Thuận';
const PROVINCE_TITLE = `Phát động phong trào thi đua chuyển đổi số ${TAG}`;
const COMMUNE_TITLE = `Thực hiện phong trào thi đua chuyển đổi số trên địa bàn xã ${TAG}`;
/** "12/KH-UBND": the number the province's register gives, with the issuer's abbreviation. */
const SYMBOL = /^\d+\/KH-UBND$/;

/** ISO day `days` after today in Vietnam (UTC+7), as the UI shows it: dd/mm/yyyy. */
function vnDay(days: number): string {
  const iso = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Types a date into a labelled date picker; Tab leaves the field with the date taken. */
async function typeDate(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Tab');
  await expect(input).toHaveValue(value);
}

/** Signs out whoever is signed in and signs in as `username`. */
async function signInAs(page: Page, username: string) {
  await page.context().clearCookies();
  await login(page, username);
}

/** Fills the first paragraph of "Mục đích" and names the first section of "Nội dung thi đua". */
async function fillParts(page: Page, aim: string, section: string) {
  await page.getByRole('tab', { name: 'Mục đích, yêu cầu' }).click();
  await page.getByLabel('Đoạn mục đích 1', { exact: true }).fill(aim);
  await page.getByRole('tab', { name: 'Nội dung thi đua' }).click();
  await page.getByLabel('Tên nội dung', { exact: true }).fill(section);
  await page.getByLabel('Đoạn văn (Nội dung 1) 1', { exact: true }).fill(`${section}: đoạn văn.`);
}

/** Saves a new draft from the editor and opens its page through the breadcrumb. */
async function createDraft(page: Page, title: string) {
  await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
  await expect(page.getByText('Đã tạo dự thảo kế hoạch.')).toBeVisible();
  await expect(page).toHaveURL(/\/thi-dua\/ke-hoach\/[^/]+\/sua$/);
  await expect(page.getByRole('heading', { name: 'Sửa dự thảo kế hoạch', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/thi-dua\/ke-hoach\/[^/]+$/);
}

/** Trình ký from the plan's page: the confirmation, then the plan waits for its signer. */
async function submitForSigning(page: Page) {
  await page.getByRole('button', { name: 'Trình ký' }).click();
  const dialog = page.getByRole('dialog', { name: 'Trình ký kế hoạch?' });
  await dialog.getByRole('button', { name: 'Trình ký' }).click();
  await expect(page.getByText('Đã trình ký kế hoạch.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Trình ký' })).toHaveCount(0);
}

/** Ký ban hành from the plan's page; returns the number the register gave. */
async function issue(page: Page, title: string): Promise<string> {
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Ký ban hành' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ký ban hành kế hoạch' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Địa danh', { exact: true }).fill('Vĩnh Long');
  await dialog.getByLabel('Chức vụ', { exact: true }).fill('Chủ tịch');
  await dialog.getByLabel('Họ tên người ký', { exact: true }).fill('Đặng Văn Lãnh');
  // the freeze must be acknowledged: without the tick the dialog refuses
  await dialog.getByRole('button', { name: 'Ban hành' }).click();
  await expect(dialog.getByText('Xác nhận đã kiểm tra nội dung trước khi ban hành.')).toBeVisible();
  await dialog
    .getByRole('checkbox', { name: 'Tôi đã kiểm tra nội dung; ban hành và khóa kế hoạch.' })
    .check();
  await dialog.getByRole('button', { name: 'Ban hành' }).click();
  await expect(dialog).toBeHidden();
  const issued = page.getByText(/^Đã ban hành kế hoạch số \d+\/KH-UBND\.$/);
  await expect(issued).toBeVisible();
  const symbol = /\d+\/KH-UBND/.exec(await issued.innerText())?.[0] ?? '';
  expect(symbol).toMatch(SYMBOL);
  await expect(page.getByText('Kế hoạch đã ban hành: nội dung không sửa được.')).toBeVisible();
  // the plan's card shows the number the register gave
  await expect(page.getByRole('row').filter({ hasText: 'Số, ký hiệu' })).toContainText(symbol);
  return symbol;
}

test('soạn, trình ký, ban hành kế hoạch; xã xây dựng kế hoạch thực hiện; tỉnh thấy xã đã thực hiện', async ({
  page,
}) => {
  test.setTimeout(180_000);

  // 1. the province's TĐKT officer writes the UBND tỉnh's plan, addressed to xã Phú Thuận
  await login(page, 'tdkt.tinh');
  await page.goto('/thi-dua/ke-hoach');
  await expect(page.getByRole('heading', { name: 'Kế hoạch thi đua', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
  await expect(
    page.getByRole('heading', { name: 'Soạn kế hoạch thi đua', level: 1 }),
  ).toBeVisible();

  await choose(page, 'Đơn vị ban hành', 'uy ban nhan dan tinh vinh long', PROVINCE);
  await page.getByLabel('Trích yếu', { exact: true }).fill(PROVINCE_TITLE);
  await typeDate(page, 'Thời gian thi đua từ ngày', vnDay(0));
  await typeDate(page, 'Đến hết ngày', vnDay(365));
  await choose(page, 'Các đơn vị được chọn', 'xa phu thuan', COMMUNE);
  await page.keyboard.press('Escape');
  await typeDate(page, 'Hạn ban hành kế hoạch thực hiện', vnDay(30));
  await fillParts(
    page,
    'Khơi dậy tinh thần thi đua chuyển đổi số trong toàn tỉnh.',
    'Thi đua đẩy mạnh dịch vụ công trực tuyến',
  );
  // the live preview follows the form without a round trip
  const preview = page.getByRole('article', { name: 'Văn bản kế hoạch (xem trước)' });
  await expect(preview).toContainText(PROVINCE_TITLE);
  await expect(preview).toContainText('Thi đua đẩy mạnh dịch vụ công trực tuyến');

  await createDraft(page, PROVINCE_TITLE);
  const provincePlanUrl = page.url();
  await expect(page.getByText(`Đơn vị: ${COMMUNE}`)).toBeVisible();
  await submitForSigning(page);

  // 2. the leader of the UBND tỉnh signs it: numbered from the province's register, then frozen
  await signInAs(page, 'lanhdao');
  await page.goto(provincePlanUrl);
  const provinceSymbol = await issue(page, PROVINCE_TITLE);
  await expect(page.getByRole('button', { name: 'Sửa dự thảo' })).toHaveCount(0);

  // 3. the commune's officer finds it in the inbox and answers it with the commune's own plan
  await signInAs(page, 'tdkt.xa');
  await page.goto('/thi-dua/ke-hoach-gui-den');
  await expect(
    page.getByRole('heading', { name: 'Kế hoạch gửi đến đơn vị', level: 1 }),
  ).toBeVisible();
  await page.getByLabel('Tìm kế hoạch gửi đến').fill(TAG);
  const row = page.getByRole('row').filter({ hasText: PROVINCE_TITLE });
  await expect(row).toContainText(provinceSymbol);
  await expect(row).toContainText(COMMUNE);
  await expect(row).toContainText('Chưa ban hành');
  await row.getByRole('button', { name: 'Xây dựng kế hoạch thực hiện' }).click();

  // the editor starts from the plan answered: the commune issues it, in the same period
  await expect(
    page.getByRole('heading', { name: 'Soạn kế hoạch thi đua', level: 1 }),
  ).toBeVisible();
  const issuer = page.locator('.ant-form-item').filter({
    has: page.getByLabel('Đơn vị ban hành', { exact: true }),
  });
  await expect(issuer).toContainText(COMMUNE);
  const answers = page.locator('.ant-form-item').filter({
    has: page.getByLabel('Thực hiện kế hoạch cấp trên', { exact: true }),
  });
  await expect(answers).toContainText(PROVINCE_TITLE);
  await expect(page.getByLabel('Thời gian thi đua từ ngày', { exact: true })).toHaveValue(vnDay(0));
  await expect(page.getByLabel('Đến hết ngày', { exact: true })).toHaveValue(vnDay(365));

  await page.getByLabel('Trích yếu', { exact: true }).fill(COMMUNE_TITLE);
  await fillParts(
    page,
    'Cụ thể hóa kế hoạch của tỉnh trên địa bàn xã.',
    'Thi đua hướng dẫn người dân dùng dịch vụ công trực tuyến',
  );
  await expect(preview).toContainText(COMMUNE_TITLE);
  await createDraft(page, COMMUNE_TITLE);
  const communePlanUrl = page.url();
  await expect(
    page.getByRole('link', { name: `${provinceSymbol} — ${PROVINCE_TITLE}` }),
  ).toBeVisible();
  await submitForSigning(page);
  // the commune's officer drafts and submits; signing is not theirs (no CAMPAIGN_ISSUE)
  await expect(page.getByRole('button', { name: 'Ký ban hành' })).toHaveCount(0);

  // the leader's scope is the whole province: the commune's plan is signed by them as well
  await signInAs(page, 'lanhdao');
  await page.goto(communePlanUrl);
  const communeSymbol = await issue(page, COMMUNE_TITLE);

  // 4. the province's officer sees the commune ticked, on time, with its plan's number
  await signInAs(page, 'tdkt.tinh');
  await page.goto(provincePlanUrl);
  await expect(page.getByRole('heading', { name: PROVINCE_TITLE, level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Đơn vị thực hiện' }).click();
  const cascade = page.getByRole('tabpanel', { name: 'Đơn vị thực hiện' });
  // the table of units (the one with a "Kế hoạch thực hiện" column), not the roll-up by subtree
  const units = cascade
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Kế hoạch thực hiện' }) });
  const communeRow = units.getByRole('row').filter({ hasText: COMMUNE });
  await expect(communeRow).toContainText('Đã ban hành (đúng hạn)');
  await expect(communeRow.getByRole('link', { name: communeSymbol })).toBeVisible();
});
