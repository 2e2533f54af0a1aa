import { expect, test, type Locator, type Page } from '@playwright/test';

import { choose, login, menuName } from './helpers';

/**
 * A hồ sơ đề nghị khen thưởng from the round to its resend: the province's TĐKT officer opens this
 * year's công trạng round received by the UBND tỉnh; the officer of Sở Nội vụ proposes Châu Hồng Vân
 * (NS-00009, apps/api/src/seeds/demo-records.ts: evaluated 2023–2025 only) for "Lao động tiên tiến",
 * sees the check fail because this year has no evaluation, records it in Hồ sơ thành tích, sees the
 * condition met, adds the documents and sends; the province's officer returns it with a reason and a
 * remark on the nominee; the Sở's officer edits the achievements and sends again, and the history
 * says what changed. The round is named with this run's tag (the dossier list is filtered by it), so
 * the test reads no other test's data.
 */
const TAG = `E2E${Date.now().toString(36).toUpperCase()}`;
const PROVINCE = 'Ủy ban nhân dân tỉnh Vĩnh Long';
const SNV = 'Sở Nội vụ';
const NOMINEE = 'Châu Hồng Vân';
const NOMINEE_OPTION = /Châu Hồng Vân \(NS-00009\)/;
const AWARD = 'Lao động tiên tiến';

/** Today in Vietnam (UTC+7): its year is the round's, and the day the check judges on. */
const VN_TODAY = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const YEAR = Number(VN_TODAY.slice(0, 4));
const JUDGED_ON = VN_TODAY.split('-').reverse().join('/');
const ROUND = `Xét khen thưởng công trạng năm ${YEAR} ${TAG}`;
const SOURCE = `Quyết định công nhận kết quả đánh giá năm ${YEAR} của Sở Nội vụ ${TAG}`;

/** A small well-formed PDF (the API checks "%PDF-" first and "%%EOF" last). */
function pdf(name: string) {
  return {
    name,
    mimeType: 'application/pdf',
    buffer: Buffer.from(`%PDF-1.7\n% ${name} ${TAG}\n%%EOF\n`),
  };
}

/** Signs out whoever is signed in and signs in as `username`. */
async function signInAs(page: Page, username: string) {
  await page.context().clearCookies();
  await login(page, username);
}

/**
 * Picks an option of a plain (not searchable) antd Select by its text, from the keyboard as the
 * `choose` helper does: open, move down until the option is the active one, Enter. Clicking the
 * option instead raced the lists' animations (a closing list of the field before was taken for this
 * one's; a click during the entrance chose nothing).
 */
async function pick(select: Locator, option: string) {
  const field = select.locator(
    'xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-form-item ")][1]',
  );
  await select.click();
  await expect(select).toHaveAttribute('aria-activedescendant', /.+/);
  for (let step = 0; step < 30; step++) {
    const active = await select.evaluate((input) => {
      const id = input.getAttribute('aria-activedescendant');
      const item = id ? document.getElementById(id) : null;
      return item ? (item.getAttribute('aria-label') ?? item.getAttribute('title')) : null;
    });
    if (active === option) break;
    await select.press('ArrowDown');
  }
  await select.press('Enter');
  await expect(field).toContainText(option);
}

/** Limits a dossier list (own or inbox) to this run's round. */
async function filterByRound(page: Page) {
  await choose(page, 'Lọc theo đợt xét', TAG, `${ROUND} (${YEAR})`);
}

/** The nominee's row of the dossier page (the first: its expanded conditions follow it). */
function nomineeRow(page: Page): Locator {
  return page.getByRole('row').filter({ hasText: AWARD }).first();
}

/** Opens the nominee's row to the conditions the check stored; returns that panel. */
async function conditions(page: Page): Promise<Locator> {
  const panel = page.locator(`[aria-label="Điều kiện, tiêu chuẩn của ${NOMINEE}"]`);
  // the row stays open across reloads of the dossier: open it only when it is closed
  const expand = nomineeRow(page).getByRole('button', { name: 'Mở rộng dòng' });
  if (await expand.count()) await expand.click();
  await expect(panel).toBeVisible();
  return panel;
}

/** One condition of the panel (a check: its tag, its sentence, its basis). */
function condition(panel: Locator, text: string): Locator {
  return panel.locator(':scope > div').filter({ hasText: text });
}

/** Uploads a file into a document slot and waits until the slot shows it. */
async function upload(page: Page, slot: string, fileName: string) {
  const button = page.getByRole('button', { name: `Tải lên: ${slot}`, exact: true });
  await page
    .locator('.ant-upload-wrapper')
    .filter({ has: button })
    .locator('input[type="file"]')
    .setInputFiles(pdf(fileName));
  await expect(page.getByText(`Đã tải lên ${fileName}.`)).toBeVisible();
  await expect(page.getByRole('button', { name: `Tải ${fileName}` })).toBeVisible();
}

/** Edits the nominee's achievements from the dossier page and saves. */
async function editAchievements(page: Page, text: string) {
  await page.getByRole('button', { name: `Sửa đề nghị ${NOMINEE}` }).click();
  const drawer = page.getByRole('dialog', { name: `Sửa đề nghị ${NOMINEE}` });
  await expect(drawer).toBeVisible();
  await drawer.getByLabel('Tóm tắt thành tích', { exact: true }).fill(text);
  await drawer.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu đề nghị.')).toBeVisible();
  await expect(drawer).toBeHidden();
}

/** Gửi hồ sơ from the dossier page, through its confirmation. */
async function send(page: Page) {
  await page.getByRole('button', { name: 'Gửi hồ sơ', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Gửi hồ sơ tới đơn vị tiếp nhận?' });
  await dialog.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  await expect(page.getByText('Đã gửi hồ sơ.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gửi hồ sơ', exact: true })).toHaveCount(0);
}

test('lập hồ sơ, điều kiện chưa đạt được giải thích, bổ sung, gửi, bị trả lại, gửi lại', async ({
  page,
}) => {
  test.setTimeout(240_000);

  // 1. the province's officer opens this year's công trạng round, received by the UBND tỉnh
  await login(page, 'tdkt.tinh');
  await page.goto('/thi-dua/dot-xet-khen-thuong');
  await expect(page.getByRole('heading', { name: 'Đợt xét khen thưởng', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Mở đợt xét' }).click();
  const drawer = page.getByRole('dialog', { name: 'Mở đợt xét khen thưởng' });
  await expect(drawer).toBeVisible();
  await pick(drawer.getByLabel('Loại đợt', { exact: true }), 'Công trạng hằng năm');
  await drawer.getByLabel('Tên đợt', { exact: true }).fill(ROUND);
  await expect(drawer.getByLabel('Năm', { exact: true })).toHaveValue(String(YEAR));
  await choose(page, 'Đơn vị tiếp nhận', 'uy ban nhan dan tinh vinh long', PROVINCE);
  await drawer
    .getByLabel('Cấp có thẩm quyền quyết định', { exact: true })
    .fill('Chủ tịch UBND tỉnh');
  await drawer.getByRole('button', { name: 'Mở đợt xét' }).click();
  await expect(page.getByText(`Đã mở đợt xét "${ROUND}".`)).toBeVisible();
  await expect(drawer).toBeHidden();

  // 2. the Sở's officer finds the round and opens a dossier of the Sở in it
  await signInAs(page, 'tdkt.sonoivu');
  await page.goto('/thi-dua/dot-xet-khen-thuong');
  await page.getByLabel('Tìm đợt xét khen thưởng').fill(TAG);
  const roundRow = page.getByRole('row').filter({ hasText: ROUND });
  await expect(roundRow).toContainText(PROVINCE);
  await expect(roundRow).toContainText('Đang nhận hồ sơ');
  await roundRow.getByRole('button', { name: `Lập hồ sơ trong đợt "${ROUND}"` }).click();
  const create = page.getByRole('dialog', { name: 'Lập hồ sơ đề nghị khen thưởng' });
  await expect(create).toContainText(ROUND);
  await expect(create).toContainText(SNV);
  await create.getByRole('button', { name: 'Lập hồ sơ' }).click();
  await expect(
    page.getByText('Đã lập hồ sơ. Thêm tập thể, cá nhân được đề nghị và tài liệu rồi gửi.'),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: `Hồ sơ đề nghị khen thưởng — ${SNV}`, level: 1 }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/thi-dua\/ho-so-de-nghi\/[^/]+$/);
  const dossierUrl = page.url();

  // the nominee: this year has no evaluation of her yet
  await page.getByRole('button', { name: 'Thêm đề nghị' }).click();
  const add = page.getByRole('dialog', { name: 'Thêm tập thể, cá nhân được đề nghị' });
  await expect(add).toBeVisible();
  // "Cá nhân" also names the subject's radio: the person's picker is the combobox
  await choose(page, page.getByRole('combobox', { name: 'Cá nhân' }), 'NS-00009', NOMINEE_OPTION);
  await choose(page, 'Danh hiệu, hình thức', 'lao dong tien tien', AWARD);
  await add.getByRole('button', { name: 'Thêm đề nghị' }).click();
  await expect(page.getByText(`Đã thêm ${NOMINEE} vào hồ sơ.`)).toBeVisible();
  await expect(add).toBeHidden();

  // the check explains, in words, what is unmet and on which data
  await expect(nomineeRow(page)).toContainText('Chưa đủ điều kiện');
  await expect(
    page.getByText(
      `Chưa đủ điều kiện, tiêu chuẩn: ${NOMINEE}. Hồ sơ sẽ không gửi được nếu khi gửi vẫn chưa đạt; xem chi tiết ở từng đề nghị.`,
    ),
  ).toBeVisible();
  let panel = await conditions(page);
  await expect(panel).toContainText(`Ngày xét ${JUDGED_ON} (kiểm tra khi thêm, sửa đề nghị)`);
  const evaluation = condition(panel, `${NOMINEE} năm ${YEAR} chưa có kết quả xếp loại.`);
  await expect(evaluation).toContainText('Chưa đạt');
  await expect(evaluation).toContainText('Căn cứ: Điều 24 Luật Thi đua, khen thưởng');
  await expect(
    condition(panel, `${NOMINEE} không có trường hợp tạm hoãn nào còn hiệu lực`),
  ).toContainText('Đạt');
  await expect(condition(panel, `Cán bộ xác nhận ${NOMINEE} đạt tiêu chuẩn`)).toContainText(
    'Cần xác nhận',
  );

  // 3. the fix: the year's evaluation is recorded in Hồ sơ thành tích…
  await page.goto('/thi-dua/ho-so-thanh-tich');
  await expect(page.getByRole('heading', { name: 'Hồ sơ thành tích', level: 1 })).toBeVisible();
  // "plus Thêm": the icon's name comes first
  await page.getByRole('button', { name: menuName('Thêm') }).click();
  const record = page.getByRole('dialog', { name: 'Kết quả đánh giá' });
  await expect(record).toBeVisible();
  await choose(page, 'Cán bộ', 'NS-00009', NOMINEE_OPTION);
  await record.getByLabel('Năm', { exact: true }).fill(String(YEAR));
  await pick(record.getByLabel('Xếp loại', { exact: true }), 'Hoàn thành tốt nhiệm vụ');
  await record.getByLabel('Nguồn, căn cứ', { exact: true }).fill(SOURCE);
  await record.getByRole('button', { name: 'Đồng ý' }).click();
  await expect(page.getByText('Đã lưu.')).toBeVisible();
  await expect(record).toBeHidden();

  // …and the nominee, saved with her achievements, is checked again: the condition is met, on that data
  await page.goto(dossierUrl);
  await expect(
    page.getByRole('heading', { name: `Hồ sơ đề nghị khen thưởng — ${SNV}`, level: 1 }),
  ).toBeVisible();
  await editAchievements(page, `Hoàn thành tốt nhiệm vụ năm ${YEAR}; tích cực thi đua (${TAG}).`);
  await expect(nomineeRow(page)).toContainText('Cần xác nhận');
  await expect(page.getByText(`Chưa đủ điều kiện, tiêu chuẩn: ${NOMINEE}.`)).toHaveCount(0);
  panel = await conditions(page);
  const met = condition(
    panel,
    `${NOMINEE} năm ${YEAR} xếp loại Hoàn thành tốt nhiệm vụ (nguồn: ${SOURCE}).`,
  );
  await expect(met).toContainText('Đạt');
  await expect(met).not.toContainText('Chưa đạt');
  await expect(panel).not.toContainText('Chưa đạt');

  // 4. the documents the list says are missing, then the send. The tờ trình is the system's draft
  // (numbered and rendered at the send); the report is uploaded signed, as the list offers.
  const missing = page
    .getByRole('alert')
    .filter({ has: page.getByText('Hồ sơ còn thiếu', { exact: true }) });
  await expect(missing).toContainText('Thiếu biên bản họp xét khen thưởng.');
  await expect(missing).toContainText(
    `Báo cáo thành tích của ${NOMINEE} chưa được duyệt: hãy duyệt bản dự thảo hệ thống đã soạn hoặc tải lên báo cáo đã ký.`,
  );
  await expect(page.getByRole('button', { name: 'Gửi hồ sơ', exact: true })).toBeDisabled();
  await expect(
    page.getByText(
      'Chưa gửi được: hồ sơ còn thiếu thành phần bắt buộc (xem mục "Hồ sơ còn thiếu").',
    ),
  ).toBeVisible();
  await upload(page, 'Biên bản họp xét khen thưởng', 'bien-ban.pdf');
  await upload(page, `Báo cáo thành tích của ${NOMINEE}`, 'bao-cao-thanh-tich.pdf');
  await expect(page.getByText('Hồ sơ đủ thành phần bắt buộc.')).toBeVisible();
  await send(page);
  await expect(page.getByText('Đã gửi, chờ tiếp nhận').first()).toBeVisible();
  // the send numbered the drafted tờ trình from the Sở's register and put it in the dossier
  await expect(
    page.getByRole('button', { name: /^Tải Tờ trình \d+-TTr-SNV\.docx$/ }),
  ).toBeVisible();
  await expect(
    page.getByText(
      'Hồ sơ đang ở đơn vị tiếp nhận hoặc đã có kết quả: đề nghị và tài liệu không sửa được.',
    ),
  ).toBeVisible();

  // 5. the province's officer finds it in the inbox and returns it, with a remark on the nominee
  await signInAs(page, 'tdkt.tinh');
  await page.goto('/thi-dua/ho-so-gui-den');
  await expect(page.getByRole('heading', { name: 'Hồ sơ gửi đến', level: 1 })).toBeVisible();
  await filterByRound(page);
  const inboxRow = page.getByRole('row').filter({ hasText: ROUND });
  await expect(inboxRow).toContainText(SNV);
  await expect(inboxRow).toContainText('Đã gửi, chờ tiếp nhận');
  await inboxRow.getByRole('link', { name: SNV }).click();
  await expect(
    page.getByRole('heading', { name: `Hồ sơ đề nghị khen thưởng — ${SNV}`, level: 1 }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Trả lại', exact: true }).click();
  const back = page.getByRole('dialog', { name: 'Trả lại hồ sơ' });
  await expect(back).toBeVisible();
  const reason = `Báo cáo thành tích chưa nêu số liệu cụ thể (${TAG}).`;
  const remark = 'Bổ sung kết quả thực hiện nhiệm vụ có số liệu vào tóm tắt thành tích.';
  await back.getByLabel('Lý do trả lại', { exact: true }).fill(reason);
  await back.getByLabel(`Ý kiến về ${NOMINEE}`, { exact: true }).fill(remark);
  await back.getByRole('button', { name: 'Trả lại', exact: true }).click();
  await expect(page.getByText('Đã trả lại hồ sơ.')).toBeVisible();
  await expect(back).toBeHidden();

  // 6. the Sở's officer sees it returned, with the reason and the remark, fixes it and sends again
  await signInAs(page, 'tdkt.sonoivu');
  await page.goto('/thi-dua/ho-so-de-nghi');
  await expect(
    page.getByRole('heading', { name: 'Hồ sơ đề nghị khen thưởng', level: 1 }),
  ).toBeVisible();
  await filterByRound(page);
  const ownRow = page.getByRole('row').filter({ hasText: ROUND });
  await expect(ownRow).toContainText('Trả lại');
  await ownRow.getByRole('link', { name: SNV }).click();
  await expect(page).toHaveURL(dossierUrl);
  const returned = page.getByRole('alert').filter({ hasText: 'Hồ sơ bị trả lại' });
  await expect(returned).toContainText(
    `${reason} Sửa theo ý kiến bên dưới rồi gửi lại; lần gửi lại ghi những gì đã thay đổi.`,
  );
  const returnEvent = page.getByRole('article', { name: 'Trả lại', exact: true });
  await expect(returnEvent).toContainText('Đã gửi, chờ tiếp nhận → Trả lại');
  await expect(returnEvent).toContainText(reason);
  await expect(returnEvent.getByRole('listitem')).toHaveText(`${NOMINEE}: ${remark}`);

  await editAchievements(
    page,
    `Hoàn thành tốt nhiệm vụ năm ${YEAR}: giải quyết 126 hồ sơ thi đua, khen thưởng đúng hạn (${TAG}).`,
  );
  await send(page);
  const events = page.getByRole('article', { name: 'Gửi hồ sơ', exact: true });
  await expect(events).toHaveCount(2);
  const resend = events.nth(1);
  await expect(resend).toContainText('Trả lại → Đã gửi, chờ tiếp nhận');
  await expect(resend).toContainText('Thay đổi so với lần gửi trước');
  await expect(resend).toContainText(`Sửa đề nghị: ${NOMINEE}: tóm tắt thành tích`);

  // the province's inbox has it back, waiting to be received
  await signInAs(page, 'tdkt.tinh');
  await page.goto('/thi-dua/ho-so-gui-den');
  await filterByRound(page);
  await expect(page.getByRole('row').filter({ hasText: ROUND })).toContainText(
    'Đã gửi, chờ tiếp nhận',
  );
});
