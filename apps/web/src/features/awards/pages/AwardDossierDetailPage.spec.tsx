import type { Permission } from '@thidua/shared-domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, explainOf, findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { fieldLabelled, fieldsLabelled } from '../../campaigns/testing/dom';
import { awardOptions } from '../components/NomineeFormDrawer';
import { bacKanRound, dossier, sentDossier } from '../testing/fixtures';

const PAGE = '/thi-dua/ho-so-de-nghi/dossier-1';

const viewer = (...permissions: Permission[]) => ({
  data: { me: makeViewer(['DOSSIER_READ', ...permissions]) },
});

/** The buttons of the page header (the routing actions), by their text. */
const headerActions = () =>
  Array.from(document.querySelectorAll('main header button'))
    .map((b) => b.textContent?.trim())
    .filter(Boolean);

/** The open modal (not a confirm that is closing). */
const openModal = (title: string) =>
  waitFor(() => {
    const found = Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).find(
      (el) => el.textContent?.includes(title) && !el.closest('[style*="display: none"]'),
    );
    if (!found) throw new Error(`no modal "${title}" yet`);
    return found;
  });

/** A recognised sáng kiến of Lò Văn An (the records module's InitiativeItem). */
const initiative = (id: string, title: string, overrides: Record<string, unknown> = {}) => ({
  id,
  version: 1,
  subject: 'INDIVIDUAL',
  personId: 'p-an',
  subjectName: 'Lò Văn An',
  kind: 'SANG_KIEN',
  title,
  scope: 'UNIT',
  recognisedOn: '2024-05-20',
  recognisedBy: null,
  certificateNumber: null,
  note: null,
  canEdit: true,
  usedFor: null,
  unit: { id: 'u-vp', name: 'Văn phòng', canOpen: true },
  ...overrides,
});

const initiativesAnswer = (...nodes: ReturnType<typeof initiative>[]) => ({
  data: {
    initiatives: {
      totalCount: nodes.length,
      totalCountCapped: false,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ node })),
    },
  },
});

const SO_HOA = 'Số hóa hồ sơ một cửa — phạm vi Cơ sở, công nhận 20/05/2024';
const MAU_BIEU = 'Chuẩn hóa mẫu biểu — phạm vi Cấp tỉnh, bộ, ngành, công nhận 10/03/2023';
const USED_2023 = `${MAU_BIEU} — đã dùng cho Chiến sĩ thi đua cơ sở năm 2023 (12/TTr-VP)`;
const usedMauBieu = () =>
  initiative('i-mau-bieu', 'Chuẩn hóa mẫu biểu', {
    scope: 'PROVINCE',
    recognisedOn: '2023-03-10',
    usedFor: { awardName: 'Chiến sĩ thi đua cơ sở', year: 2023, reference: '12/TTr-VP' },
  });

/** The option titled `title` in the open list of `combobox`. */
const optionOf = (combobox: HTMLElement, title: string) =>
  waitFor(() => {
    const listId = combobox.getAttribute('aria-controls') ?? combobox.getAttribute('aria-owns');
    const popup = listId ? document.getElementById(listId)?.closest('.ant-select-dropdown') : null;
    const found = popup
      ? within(popup as HTMLElement)
          .queryAllByTitle(title)
          .find((el) => el.classList.contains('ant-select-item-option'))
      : undefined;
    if (!found) throw new Error(`option ${title} not shown yet`);
    return found;
  });

describe('AwardDossierDetailPage — hồ sơ đề nghị khen thưởng', () => {
  it('shows the header, the nominees’ stored verdicts (a failing one warned) and submits after confirming, warning of a late send', async () => {
    const late = dossier({ round: bacKanRound({ deadline: '2000-01-15' }) });
    const api = mockGraphql({
      Me: viewer('DOSSIER_MANAGE'),
      AwardDossier: { data: { awardDossier: late } },
      SubmitAwardDossier: {
        data: {
          submitAwardDossier: {
            ...late,
            status: 'SUBMITTED',
            version: 8,
            late: true,
            canEdit: false,
            availableActions: ['RECALL', 'WITHDRAW'],
          },
        },
      },
    });
    renderApp(PAGE);

    expect(
      await screen.findByText(
        'Hồ sơ đề nghị khen thưởng — Văn phòng',
        { selector: 'h1' },
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    // the stored verdicts: a plan form to confirm by hand, a collective that fails (warned, not blocked)
    expect(screen.getByText('Cần xác nhận')).toBeTruthy();
    expect(screen.getByText('Chưa đủ điều kiện')).toBeTruthy();
    expect(screen.queryByText('Chưa kiểm tra')).toBeNull();
    expect(screen.getByText(/^Chưa đủ điều kiện, tiêu chuẩn: Phòng Tổng hợp\./)).toBeTruthy();
    expect(screen.getByText('Hồ sơ đủ thành phần bắt buộc.')).toBeTruthy();
    expect(headerActions()).toEqual(['Xóa hồ sơ', 'Rút hồ sơ', 'Gửi hồ sơ']);

    fireEvent.click(getButton('Gửi hồ sơ', document.querySelector('main header') as HTMLElement));
    const confirm = await openModal('Gửi hồ sơ tới đơn vị tiếp nhận?');
    expect(confirm.textContent).toContain('Đã quá hạn nộp hồ sơ của đợt (15/01/2000)');
    expect(api.callsOf('SubmitAwardDossier')).toHaveLength(0);
    fireEvent.click(getButton('Gửi hồ sơ', confirm));
    await waitFor(() => expect(api.callsOf('SubmitAwardDossier')).toHaveLength(1));
    expect(api.callsOf('SubmitAwardDossier')[0]?.variables).toEqual({
      input: { id: 'dossier-1', version: 7 },
    });
    // the page shows the answer: sent late, the proposer may only recall or withdraw
    await waitFor(() => expect(headerActions()).toEqual(['Rút hồ sơ', 'Rút lại để sửa']));
    expect(screen.getAllByText('Gửi sau hạn').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Đã gửi, chờ tiếp nhận').length).toBeGreaterThan(0);
    expect(screen.queryByText('Thêm đề nghị')).toBeNull();
  }, 60_000);

  it('opens a nominee’s conditions: each sentence with its basis, "cần đối chiếu văn bản" where uncertain, the hand check’s reason', async () => {
    mockGraphql({
      Me: viewer('DOSSIER_MANAGE'),
      AwardDossier: { data: { awardDossier: dossier() } },
    });
    renderApp(PAGE);
    await screen.findByText('Chưa đủ điều kiện', {}, { timeout: 10_000 });
    const rows = Array.from(document.querySelectorAll<HTMLElement>('tr.ant-table-row'));
    const collective = rows.find((r) => r.textContent?.includes('Phòng Tổng hợp'));
    const expand = collective?.querySelector<HTMLElement>('.ant-table-row-expand-icon');
    expect(expand).toBeTruthy();
    fireEvent.click(expand as HTMLElement);
    const panel = await screen.findByLabelText('Điều kiện, tiêu chuẩn của Phòng Tổng hợp');
    expect(panel.textContent).toContain(
      'Quy định áp dụng: Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ',
    );
    expect(panel.textContent).toContain('Ngày xét 15/08/2025');
    expect(panel.textContent).toContain(
      'Phòng Tổng hợp có 2/10 thành viên đạt “Lao động tiên tiến” (20%); yêu cầu từ 50% trở lên.',
    );
    expect(panel.textContent).toContain('Căn cứ: Điều 27 Luật Thi đua, khen thưởng 2022');
    expect(within(panel).getByText('Chưa đạt')).toBeTruthy();
    expect(within(panel).getByText('Đạt')).toBeTruthy();
    // only the uncertain condition says so
    expect(within(panel).getAllByText('cần đối chiếu văn bản')).toHaveLength(1);

    const person = rows.find((r) => r.textContent?.includes('Nguyễn Thị Hoa'));
    fireEvent.click(person?.querySelector('.ant-table-row-expand-icon') as HTMLElement);
    const manual = await screen.findByLabelText('Điều kiện, tiêu chuẩn của Nguyễn Thị Hoa');
    expect(manual.textContent).toContain('Kiểm tra thủ công');
    expect(manual.textContent).toContain('không có mã trong danh mục');
  }, 60_000);

  it('shows the running clock’s due day and its status in the header', async () => {
    mockGraphql({
      Me: viewer('DOSSIER_RECEIVE'),
      AwardDossier: { data: { awardDossier: sentDossier() } },
    });
    renderApp(PAGE);
    await screen.findByText(
      'Hồ sơ đề nghị khen thưởng — Văn phòng',
      { selector: 'h1' },
      { timeout: 10_000 },
    );
    expect(screen.getAllByText('11/07/2025').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Quá hạn').length).toBeGreaterThan(0);
    expect(screen.getByText('Hạn xử lý · Tiếp nhận hoặc trả lại (05 ngày làm việc)')).toBeTruthy();
  }, 60_000);

  it('does not offer the send while documents are missing, and lists what is missing', async () => {
    const api = mockGraphql({
      Me: viewer('DOSSIER_MANAGE'),
      AwardDossier: {
        data: {
          awardDossier: dossier({
            documents: [],
            missingDocuments: [
              'Thiếu tờ trình đề nghị khen thưởng.',
              'Thiếu báo cáo thành tích của Nguyễn Thị Hoa.',
            ],
          }),
        },
      },
    });
    renderApp(PAGE);
    expect(
      await screen.findByText(
        'Thiếu báo cáo thành tích của Nguyễn Thị Hoa.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    const send = getButton('Gửi hồ sơ', document.querySelector('main header') as HTMLElement);
    expect(send.disabled).toBe(true);
    fireEvent.click(send);
    expect(document.querySelector('.ant-modal')).toBeNull();
    expect(api.callsOf('SubmitAwardDossier')).toHaveLength(0);
  }, 60_000);

  it('returns a dossier only with a reason, sending the remarks of the items that have one', async () => {
    const sent = sentDossier();
    const api = mockGraphql({
      Me: viewer('DOSSIER_RECEIVE'),
      AwardDossier: { data: { awardDossier: sent } },
      ReturnAwardDossier: {
        data: {
          returnAwardDossier: {
            ...sent,
            status: 'RETURNED',
            version: 8,
            availableActions: [],
          },
        },
      },
    });
    renderApp(PAGE);
    await findButton('Tiếp nhận');
    // the receiver's moves only; nothing of the proposer's editing
    expect(headerActions()).toEqual(['Trả lại', 'Tiếp nhận']);
    expect(screen.queryByText('Thêm đề nghị')).toBeNull();
    expect(screen.queryByLabelText('Tải lên: Tờ trình đề nghị khen thưởng')).toBeNull();

    fireEvent.click(getButton('Trả lại', document.querySelector('main header') as HTMLElement));
    const modal = await openModal('Trả lại hồ sơ');
    fireEvent.click(getButton('Trả lại', modal));
    await waitFor(() => expect(explainOf('Lý do trả lại')).toBe('Vui lòng nhập lý do trả lại.'));
    expect(api.callsOf('ReturnAwardDossier')).toHaveLength(0);

    fireEvent.change(fieldLabelled('Lý do trả lại'), {
      target: { value: ' Hồ sơ chưa đủ căn cứ. ' },
    });
    fireEvent.change(fieldLabelled('Ý kiến về Nguyễn Thị Hoa'), {
      target: { value: 'Bổ sung số liệu năm 2025.' },
    });
    fireEvent.change(fieldLabelled('Ý kiến về Tờ trình đề nghị khen thưởng'), {
      target: { value: 'Tờ trình chưa có chữ ký.' },
    });
    // a remark left blank is not sent
    fireEvent.change(fieldLabelled('Ý kiến về Phòng Tổng hợp'), { target: { value: '   ' } });
    fireEvent.click(getButton('Trả lại', modal));
    await waitFor(() => expect(api.callsOf('ReturnAwardDossier')).toHaveLength(1));
    expect(api.callsOf('ReturnAwardDossier')[0]?.variables).toEqual({
      input: {
        id: 'dossier-1',
        version: 7,
        reason: 'Hồ sơ chưa đủ căn cứ.',
        remarks: [
          { nominationId: 'n-hoa', documentId: null, remark: 'Bổ sung số liệu năm 2025.' },
          { nominationId: null, documentId: 'doc-tt', remark: 'Tờ trình chưa có chữ ký.' },
        ],
      },
    });
    expect(await screen.findByText('Đã trả lại hồ sơ.')).toBeTruthy();
    await waitFor(() => expect(headerActions()).toEqual([]));
  }, 60_000);

  it('appraises every nominee, asking a reason for "không đạt"', async () => {
    const received = sentDossier({
      status: 'RECEIVED',
      availableActions: ['RETURN', 'APPRAISE'],
    });
    const api = mockGraphql({
      Me: viewer('DOSSIER_RECEIVE'),
      AwardDossier: { data: { awardDossier: received } },
      AppraiseAwardDossier: {
        data: {
          appraiseAwardDossier: {
            ...received,
            status: 'APPRAISED',
            version: 8,
            availableActions: ['RETURN', 'FORWARD_TO_COUNCIL'],
            nominees: received.nominees.map((n) =>
              n.id === 'n-hoa'
                ? { ...n, appraisalVerdict: 'FAIL', appraisalRemark: 'Chưa đủ thời gian công tác.' }
                : { ...n, appraisalVerdict: 'PASS' },
            ),
          },
        },
      },
    });
    renderApp(PAGE);
    fireEvent.click(await findButton('Hoàn thành thẩm định'));
    const modal = await openModal('Kết quả thẩm định');
    const group = (name: string) =>
      Array.from(modal.querySelectorAll('fieldset')).find((f) =>
        f.querySelector('legend')?.textContent?.startsWith(name),
      ) as HTMLElement;

    // nothing chosen: each nominee asks for its verdict
    fireEvent.click(getButton('Hoàn thành thẩm định', modal));
    await waitFor(() =>
      expect(explainOf('Kết quả thẩm định Nguyễn Thị Hoa')).toBe(
        'Vui lòng chọn kết quả thẩm định.',
      ),
    );
    /** The verdict's own radio group (the checklist's items have "Đạt / Không đạt" too). */
    const verdict = (name: string, choice: string) => {
      const label = within(group(name)).getByText(`Kết quả thẩm định ${name}`) as HTMLLabelElement;
      fireEvent.click(
        within(document.getElementById(label.htmlFor) as HTMLElement).getByText(choice),
      );
    };
    verdict('Nguyễn Thị Hoa', 'Không đạt');
    verdict('Phòng Tổng hợp', 'Đạt');
    // the checklist of the rule it was judged under: "đạt" with an unmet item is flagged at once
    const pth = group('Phòng Tổng hợp');
    expect(within(pth).getByText('Kiểm tra: chưa đạt')).toBeTruthy();
    expect(
      await within(pth).findByText(
        'Phòng Tổng hợp: chưa thể kết luận đạt khi mục "Có từ 50% cá nhân đạt “Lao động tiên tiến”" không đạt.',
      ),
    ).toBeTruthy();
    // the appraiser confirms the item against the check, with the ground
    const item = within(pth).getByRole('radiogroup', {
      name: 'Kết luận mục: Có từ 50% cá nhân đạt “Lao động tiên tiến”',
    });
    fireEvent.click(within(item).getByText('Đạt'));
    fireEvent.change(
      await waitFor(() =>
        fieldLabelled('Nhận xét mục: Có từ 50% cá nhân đạt “Lao động tiên tiến”'),
      ),
      { target: { value: 'Danh sách xếp loại bổ sung: 6/10 đạt.' } },
    );
    await waitFor(() => expect(within(pth).queryByText(/chưa thể kết luận đạt/)).toBeNull());
    fireEvent.click(getButton('Hoàn thành thẩm định', modal));
    await waitFor(() =>
      expect(explainOf('Lý do không đạt của Nguyễn Thị Hoa')).toBe(
        'Vui lòng nhập lý do không đạt.',
      ),
    );
    expect(api.callsOf('AppraiseAwardDossier')).toHaveLength(0);

    fireEvent.change(fieldLabelled('Lý do không đạt của Nguyễn Thị Hoa'), {
      target: { value: 'Chưa đủ thời gian công tác.' },
    });
    fireEvent.click(getButton('Hoàn thành thẩm định', modal));
    await waitFor(() => expect(api.callsOf('AppraiseAwardDossier')).toHaveLength(1));
    expect(api.callsOf('AppraiseAwardDossier')[0]?.variables).toEqual({
      input: {
        id: 'dossier-1',
        version: 7,
        items: [
          {
            nominationId: 'n-hoa',
            verdict: 'FAIL',
            remark: 'Chưa đủ thời gian công tác.',
            checklist: [],
          },
          {
            nominationId: 'n-pth',
            verdict: 'PASS',
            remark: null,
            checklist: [{ key: 'c:1', ok: true, remark: 'Danh sách xếp loại bổ sung: 6/10 đạt.' }],
          },
        ],
      },
    });
    await waitFor(() => expect(headerActions()).toEqual(['Trả lại', 'Chuyển Hội đồng xét']));
    expect(screen.getByText('Chưa đủ thời gian công tác.')).toBeTruthy();
  }, 60_000);

  it('tells the story: each send and return with its remarks, and what a resend changed', async () => {
    mockGraphql({
      Me: viewer('DOSSIER_RECEIVE'),
      AwardDossier: {
        data: {
          awardDossier: sentDossier({
            late: true,
            events: [
              ...dossier().events,
              {
                id: 'e-2',
                action: 'SUBMIT',
                fromStatus: 'DRAFT',
                toStatus: 'SUBMITTED',
                actorName: 'Trần Văn Nam',
                at: '2025-07-05T02:00:00.000Z',
                reason: null,
                late: false,
                dossierVersion: 3,
                remarks: [],
                appraisal: null,
                quota: null,
                notice: null,
                changes: null,
              },
              {
                id: 'e-3',
                action: 'RETURN',
                fromStatus: 'SUBMITTED',
                toStatus: 'RETURNED',
                actorName: 'Lê Thị Mai',
                at: '2025-07-07T02:00:00.000Z',
                reason: 'Thiếu báo cáo của tập thể.',
                late: false,
                dossierVersion: 4,
                remarks: [
                  {
                    nominationId: 'n-hoa',
                    documentId: null,
                    label: 'Nguyễn Thị Hoa',
                    remark: 'Ghi rõ số quyết định.',
                  },
                ],
                appraisal: null,
                quota: null,
                notice: null,
                changes: null,
              },
              {
                id: 'e-4',
                action: 'SUBMIT',
                fromStatus: 'RETURNED',
                toStatus: 'SUBMITTED',
                actorName: 'Trần Văn Nam',
                at: '2025-08-20T02:00:00.000Z',
                reason: null,
                late: true,
                dossierVersion: 7,
                remarks: [],
                appraisal: null,
                quota: null,
                notice: null,
                changes: {
                  nomineesAdded: ['Phòng Tổng hợp'],
                  nomineesRemoved: [],
                  nomineesEdited: ['Nguyễn Thị Hoa: tóm tắt thành tích'],
                  documentsAdded: ['Báo cáo thành tích của Phòng Tổng hợp'],
                  documentsRemoved: [],
                  documentsReplaced: [],
                },
              },
            ],
          }),
        },
      },
    });
    renderApp(PAGE);
    const history = (await screen.findByText('Lịch sử hồ sơ', {}, { timeout: 10_000 })).closest(
      '.ant-card',
    ) as HTMLElement;
    const entries = Array.from(history.querySelectorAll('article')).map((a) =>
      a.getAttribute('aria-label'),
    );
    expect(entries).toEqual(['Lập hồ sơ', 'Gửi hồ sơ', 'Trả lại', 'Gửi hồ sơ']);
    const [, firstSend, returned, resend] = Array.from(history.querySelectorAll('article'));
    expect(returned?.textContent).toContain('Thiếu báo cáo của tập thể.');
    expect(returned?.textContent).toContain('Nguyễn Thị Hoa: Ghi rõ số quyết định.');
    expect(returned?.textContent).toContain('bởi Lê Thị Mai');
    // only the resend carries what changed, and it was late
    expect(firstSend?.textContent).not.toContain('Thay đổi so với lần gửi trước');
    expect(firstSend?.textContent).not.toContain('Gửi sau hạn');
    expect(resend?.textContent).toContain('Thay đổi so với lần gửi trước');
    expect(resend?.textContent).toContain('Thêm đề nghị: Phòng Tổng hợp');
    expect(resend?.textContent).toContain('Sửa đề nghị: Nguyễn Thị Hoa: tóm tắt thành tích');
    expect(resend?.textContent).toContain('Gửi sau hạn');
    expect(resend?.textContent).toContain('Trả lại → Đã gửi, chờ tiếp nhận');
  }, 60_000);

  it('uploads a missing tờ trình through the dossier’s REST route with its version', async () => {
    let uploaded = false;
    const base = dossier();
    const withoutToTrinh = dossier({
      documents: base.documents.filter((d) => d.kind !== 'TO_TRINH'),
      missingDocuments: ['Thiếu tờ trình đề nghị khen thưởng.'],
    });
    const api = mockGraphql(
      {
        Me: viewer('DOSSIER_MANAGE'),
        AwardDossier: () => ({
          data: { awardDossier: uploaded ? { ...base, version: 8 } : withoutToTrinh },
        }),
      },
      {
        'POST /api/award-dossiers/dossier-1/documents': () => {
          uploaded = true;
          return new Response(JSON.stringify({ id: 'dossier-1', version: 8 }), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          });
        },
      },
    );
    renderApp(PAGE);
    await screen.findByLabelText('Tải lên: Tờ trình đề nghị khen thưởng', {}, { timeout: 10_000 });
    // the slot's own input (antd renders a new one after each choice)
    const input = () =>
      screen
        .getByLabelText('Tải lên: Tờ trình đề nghị khen thưởng')
        .closest('.ant-upload')
        ?.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;

    // a .doc is refused here, nothing sent
    fireEvent.change(input(), {
      target: { files: [new File(['x'], 'cu.doc', { type: 'application/msword' })] },
    });
    expect(await screen.findByText(/Tệp "cu.doc" không thuộc loại được nhận/)).toBeTruthy();
    expect(api.restCalls).toHaveLength(0);

    fireEvent.change(input(), {
      target: { files: [new File(['%PDF-1.4'], 'to-trinh.pdf', { type: 'application/pdf' })] },
    });
    await waitFor(() => expect(api.restCalls).toHaveLength(1));
    const body = api.restCalls[0]?.init?.body as FormData;
    expect(body.get('kind')).toBe('TO_TRINH');
    expect(body.get('version')).toBe('7');
    expect(body.get('nominationId')).toBeNull();
    expect((body.get('file') as File).name).toBe('to-trinh.pdf');
    expect(await screen.findByText('Đã tải lên to-trinh.pdf.')).toBeTruthy();
    // the dossier is read again: the tờ trình is in, nothing missing
    expect(await screen.findByText('Hồ sơ đủ thành phần bắt buộc.')).toBeTruthy();
    expect(await screen.findByLabelText('Tải To trinh 15-TTr.pdf')).toBeTruthy();
  }, 60_000);

  it('offers only the catalog codes the API accepts for the subject and the round’s track', () => {
    const household = awardOptions('HOUSEHOLD', 'CONG_TRANG').map((o) => o.value);
    expect(household).toContain('GIA_DINH_VAN_HOA');
    expect(household).not.toContain('LAO_DONG_TIEN_TIEN');
    expect(household).not.toContain('TT_LAO_DONG_XUAT_SAC');
    const campaign = awardOptions('INDIVIDUAL', 'PHONG_TRAO').map((o) => o.value);
    // a campaign's results never make a công trạng title (NĐ 152/2025 Điều 4 k.3)
    expect(campaign).not.toContain('CSTD_CO_SO');
    expect(campaign).toContain('GIAY_KHEN');
  });

  it('adds a person picked from the unit’s people with one of the plan’s forms', async () => {
    const d = dossier({ nominees: [], documents: [] });
    const api = mockGraphql({
      Me: viewer('DOSSIER_MANAGE', 'PERSON_READ'),
      AwardDossier: { data: { awardDossier: d } },
      People: {
        data: {
          people: {
            totalCount: 1,
            totalCountCapped: false,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [
              {
                node: {
                  id: 'p-an',
                  code: 'VP001',
                  fullName: 'Lò Văn An',
                  sex: 'MALE',
                  dateOfBirth: null,
                  partyMember: false,
                  version: 1,
                  currentPositions: [],
                },
              },
            ],
          },
        },
      },
      Initiatives: initiativesAnswer(initiative('i-so-hoa', 'Số hóa hồ sơ một cửa'), usedMauBieu()),
      AddAwardNominee: {
        data: {
          addAwardNominee: {
            ...d,
            version: 8,
            nominees: [{ ...dossier().nominees[0]!, id: 'n-an', name: 'Lò Văn An' }],
          },
        },
      },
    });
    renderApp(PAGE);
    expect(
      await screen.findByText(
        'Chưa có tập thể, cá nhân nào được đề nghị. Bắt đầu bằng "Thêm đề nghị".',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    fireEvent.click(getButton('Thêm đề nghị'));
    const drawer = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-drawer-open');
      if (!found) throw new Error('no drawer yet');
      return found;
    });
    fireEvent.click(getButton('Thêm đề nghị', drawer));
    await waitFor(() => expect(explainOf('Cá nhân')).toBe('Vui lòng chọn cá nhân.'));
    expect(explainOf('Hình thức khen thưởng (theo kế hoạch)')).toBe(
      'Vui lòng chọn hình thức khen thưởng.',
    );

    // the initiatives are the chosen person's, so none are offered before one is chosen
    expect(fieldsLabelled('Sáng kiến, đề tài làm căn cứ')).toHaveLength(0);
    await chooseOption(fieldLabelled('Cá nhân'), 'Lò Văn An (VP001)', 'lo van');
    const initiatives = await waitFor(() => fieldLabelled('Sáng kiến, đề tài làm căn cứ'));
    // Escape would close the drawer too: the list stays open, which lets the used one be checked
    await chooseOption(initiatives, SO_HOA, undefined, false);
    expect(
      (await optionOf(initiatives, USED_2023)).classList.contains(
        'ant-select-item-option-disabled',
      ),
    ).toBe(true);
    fireEvent.click(await optionOf(initiatives, USED_2023));
    expect(api.callsOf('Initiatives').at(-1)?.variables).toMatchObject({
      filter: { personId: 'p-an' },
    });
    await chooseOption(
      fieldLabelled('Hình thức khen thưởng (theo kế hoạch)'),
      'Giấy khen của Chánh Văn phòng',
    );
    fireEvent.change(fieldLabelled('Tóm tắt thành tích'), {
      target: { value: 'Hoàn thành xuất sắc nhiệm vụ.' },
    });
    fireEvent.click(getButton('Thêm đề nghị', drawer));
    await waitFor(() => expect(api.callsOf('AddAwardNominee')).toHaveLength(1));
    expect(api.callsOf('AddAwardNominee')[0]?.variables).toEqual({
      input: {
        dossierId: 'dossier-1',
        version: 7,
        subject: 'INDIVIDUAL',
        personId: 'p-an',
        unitId: null,
        awardName: 'Giấy khen của Chánh Văn phòng',
        awardCode: null,
        achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
        // the used one was not taken
        initiativeIds: ['i-so-hoa'],
      },
    });
    // the people searched are the proposing unit's and below
    expect(api.callsOf('People').at(-1)?.variables).toMatchObject({
      unitId: 'u-vp',
      includeDescendants: true,
    });
    expect(await screen.findByText('Đã thêm Lò Văn An vào hồ sơ.')).toBeTruthy();
  }, 60_000);

  it('edits a person’s cited initiatives: prefilled with the nominee’s own, a used one of theirs kept choosable', async () => {
    const base = dossier();
    const hoa = { ...base.nominees[0]!, initiativeIds: ['i-mau-bieu'] };
    const d = dossier({ nominees: [hoa, base.nominees[1]!] });
    const api = mockGraphql({
      Me: viewer('DOSSIER_MANAGE', 'PERSON_READ'),
      AwardDossier: { data: { awardDossier: d } },
      Initiatives: initiativesAnswer(
        initiative('i-so-hoa', 'Số hóa hồ sơ một cửa', { personId: 'p-hoa' }),
        { ...usedMauBieu(), personId: 'p-hoa' },
      ),
      UpdateAwardNominee: { data: { updateAwardNominee: { ...d, version: 8 } } },
    });
    renderApp(PAGE);
    fireEvent.click(await findButton('Sửa đề nghị Nguyễn Thị Hoa', document));
    const drawer = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-drawer-open');
      if (!found) throw new Error('no drawer yet');
      return found;
    });
    await waitFor(() => expect(api.callsOf('Initiatives')).toHaveLength(1));
    expect(api.callsOf('Initiatives')[0]?.variables).toMatchObject({
      filter: { personId: 'p-hoa' },
    });
    const initiatives = fieldLabelled('Sáng kiến, đề tài làm căn cứ');
    // the chosen one shows by its title, not its id
    await waitFor(() =>
      expect(drawer.querySelector('.ant-select-selection-item')?.getAttribute('title')).toBe(
        MAU_BIEU,
      ),
    );
    await chooseOption(initiatives, SO_HOA, undefined, false);
    // locked for this very proposal (an inherited nomination): not "đã dùng", still choosable
    expect(
      (await optionOf(initiatives, MAU_BIEU)).classList.contains('ant-select-item-option-disabled'),
    ).toBe(false);
    fireEvent.click(getButton('Lưu thay đổi', drawer));
    await waitFor(() => expect(api.callsOf('UpdateAwardNominee')).toHaveLength(1));
    expect(api.callsOf('UpdateAwardNominee')[0]?.variables).toEqual({
      input: {
        dossierId: 'dossier-1',
        version: 7,
        nominationId: 'n-hoa',
        achievements: hoa.achievements,
        awardName: hoa.awardName,
        awardCode: null,
        initiativeIds: ['i-mau-bieu', 'i-so-hoa'],
      },
    });
  }, 60_000);
});
