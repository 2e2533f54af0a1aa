import type { Permission } from '@thidua/shared-domain';
import type { AchievementReportItem, AwardDossierDetail } from '@thidua/web-data-access';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { findButton, getButton, typeDate } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { fieldLabelled } from '../../campaigns/testing/dom';
import { achievementReport, dossierDrafts, toTrinhDraft } from '../testing/draft-fixtures';
import { dossier, sentDossier } from '../testing/fixtures';
import { clearSavedFiles, savedFiles } from '../../../test/downloads';

const PAGE = '/thi-dua/ho-so-de-nghi/dossier-1';
const HOA_MISSING =
  'Báo cáo thành tích của Nguyễn Thị Hoa chưa được duyệt: hãy duyệt bản dự thảo hệ thống đã soạn hoặc tải lên báo cáo đã ký.';

const viewer = (...permissions: Permission[]) => ({
  data: { me: makeViewer(['DOSSIER_READ', ...permissions]) },
});

/** The office's dossier before its send: no tờ trình uploaded, Hoa's report still the system's draft. */
const unsent = (overrides: Partial<AwardDossierDetail> = {}) =>
  dossier({
    missingDocuments: [HOA_MISSING],
    documents: dossier().documents.filter((d) => d.id !== 'doc-tt' && d.id !== 'doc-bc1'),
    ...overrides,
  });

const heading = () =>
  screen.findByText(
    'Hồ sơ đề nghị khen thưởng — Văn phòng',
    { selector: 'h1' },
    { timeout: 10_000 },
  );

/** The open drawer titled `title`. */
const drawer = (title: string) =>
  waitFor(() => {
    const found = Array.from(document.querySelectorAll<HTMLElement>('.ant-drawer-section')).find(
      (el) => el.querySelector('.ant-drawer-title')?.textContent === title,
    );
    if (!found) throw new Error(`no drawer "${title}" yet`);
    return found;
  });

/** The open confirm titled `title` (not one that is closing). */
const confirmModal = (title: string) =>
  waitFor(() => {
    const found = Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).find(
      (el) => el.textContent?.includes(title) && !el.closest('[style*="display: none"]'),
    );
    if (!found) throw new Error(`no modal "${title}" yet`);
    return found;
  });

const valueOf = (label: string) => (fieldLabelled(label) as HTMLInputElement).value;
const type = (label: string, value: string) =>
  fireEvent.change(fieldLabelled(label), { target: { value } });

describe('AwardDossierDetailPage — tờ trình and báo cáo thành tích the dossier drafts itself', () => {
  it('opens Hoa’s drafted report from the missing list, saves the edit with its version, signs it off', async () => {
    let current = unsent();
    const api = mockGraphql({
      Me: viewer('DOSSIER_MANAGE'),
      AwardDossier: () => ({ data: { awardDossier: current } }),
      AwardDossierDrafts: { data: { awardDossier: dossierDrafts(current) } },
      UpdateAchievementReport: (variables) => {
        const { content } = variables['input'] as { content: AchievementReportItem['content'] };
        return {
          data: {
            updateAchievementReport: achievementReport({ version: 1, drafted: false, content }),
          },
        };
      },
      SignOffAchievementReport: () => {
        // the sign-off is what the send missed: the dossier read next has nothing missing
        current = { ...current, missingDocuments: [] };
        return {
          data: {
            signOffAchievementReport: achievementReport({
              version: 2,
              drafted: false,
              signedOffAt: '2025-07-03T03:00:00.000Z',
              signedOffByName: 'Trần Văn Nam',
              content: {
                ...achievementReport().content,
                results: 'Tham mưu tổ chức Đại hội đúng tiến độ.',
              },
            }),
          },
        };
      },
    });
    renderApp(PAGE);
    await heading();

    // the missing sentence, as the API words it, links to the nominee's editor
    fireEvent.click(await findButton('Mở bản dự thảo báo cáo thành tích của Nguyễn Thị Hoa'));
    const editor = await drawer('Báo cáo thành tích — Nguyễn Thị Hoa');
    expect(editor.textContent).toContain('Mẫu số 03 — Báo cáo thành tích đề nghị khen thưởng theo');
    expect(editor.textContent).toContain('Hệ thống tự soạn');
    expect(valueOf('Nội dung (Dòng lý lịch 2)')).toBe('Chuyên viên, Phòng Tổng hợp');
    expect(valueOf('Kết quả thực hiện (Chỉ tiêu 1)')).toBe('98 %');
    expect(valueOf('Xác nhận của cấp trình khen: họ tên')).toBe('Trần Văn Nam');

    type('Kết quả đạt được', 'Tham mưu tổ chức Đại hội đúng tiến độ.');
    // a sign-off takes the saved text: it waits for the save
    await waitFor(() => expect(getButton('Duyệt báo cáo', editor).disabled).toBe(true));
    fireEvent.click(getButton('Lưu', editor));
    await waitFor(() => expect(api.callsOf('UpdateAchievementReport')).toHaveLength(1));
    expect(api.callsOf('UpdateAchievementReport')[0]?.variables).toEqual({
      input: {
        nominationId: 'n-hoa',
        version: 0,
        content: {
          ...achievementReport().content,
          results: 'Tham mưu tổ chức Đại hội đúng tiến độ.',
        },
      },
    });
    await screen.findByText('Đã lưu báo cáo thành tích.');
    await waitFor(() => expect(editor.textContent).toContain('Đã sửa'));

    fireEvent.click(await findButton('Duyệt báo cáo', editor));
    const sure = await confirmModal('Duyệt báo cáo thành tích của Nguyễn Thị Hoa?');
    fireEvent.click(getButton('Duyệt báo cáo', sure));
    await waitFor(() => expect(api.callsOf('SignOffAchievementReport')).toHaveLength(1));
    expect(api.callsOf('SignOffAchievementReport')[0]?.variables).toEqual({
      input: { nominationId: 'n-hoa', version: 1 },
    });
    await findButton('Mở lại để sửa', editor);
    expect(editor.textContent).toContain('Duyệt bởi Trần Văn Nam');
    expect((fieldLabelled('Kết quả đạt được') as HTMLTextAreaElement).disabled).toBe(true);
    // the dossier is read again: nothing missing any more
    await screen.findByText('Hồ sơ đủ thành phần bắt buộc.');
  }, 60_000);

  it('shows a CONFLICT above the report’s fields and reloads the latest version on request', async () => {
    let reads = 0;
    const api = mockGraphql({
      Me: viewer('DOSSIER_MANAGE'),
      AwardDossier: { data: { awardDossier: unsent() } },
      AwardDossierDrafts: () => {
        reads += 1;
        return {
          data: {
            awardDossier: dossierDrafts(
              unsent(),
              reads === 1
                ? {}
                : {
                    'n-hoa': achievementReport({
                      version: 3,
                      drafted: false,
                      content: {
                        ...achievementReport().content,
                        results: 'Bản người khác đã lưu.',
                      },
                    }),
                  },
            ),
          },
        };
      },
      UpdateAchievementReport: gqlError(
        'CONFLICT',
        'Báo cáo thành tích của Nguyễn Thị Hoa đã được người khác thay đổi. Hãy tải lại để xem bản mới nhất.',
      ),
    });
    renderApp(PAGE);
    await heading();

    fireEvent.click(await findButton('Soạn báo cáo thành tích của Nguyễn Thị Hoa'));
    const editor = await drawer('Báo cáo thành tích — Nguyễn Thị Hoa');
    type('Bài học kinh nghiệm', 'Chuẩn bị sớm.');
    fireEvent.click(getButton('Lưu', editor));
    await waitFor(() => expect(api.callsOf('UpdateAchievementReport')).toHaveLength(1));
    const alert = await waitFor(() => {
      const found = editor.querySelector<HTMLElement>('[role="alert"]');
      if (!found?.textContent?.includes('đã được người khác thay đổi')) throw new Error('no alert');
      return found;
    });
    expect(alert.textContent).toContain('Dữ liệu đã thay đổi');
    // what was typed stays until the officer reloads
    expect(valueOf('Bài học kinh nghiệm')).toBe('Chuẩn bị sớm.');

    fireEvent.click(getButton('Tải lại dữ liệu mới nhất', editor));
    await waitFor(() => expect(valueOf('Kết quả đạt được')).toBe('Bản người khác đã lưu.'));
    expect(valueOf('Bài học kinh nghiệm')).toBe('');
    expect(editor.querySelector('[role="alert"]')).toBeNull();
  }, 60_000);

  it('saves the tờ trình with its version, the council’s minutes and the signer', async () => {
    const api = mockGraphql({
      Me: viewer('DOSSIER_MANAGE'),
      AwardDossier: { data: { awardDossier: unsent() } },
      AwardDossierDrafts: { data: { awardDossier: dossierDrafts(unsent()) } },
      UpdateToTrinh: (variables) => {
        const { content } = variables['input'] as {
          content: ReturnType<typeof toTrinhDraft>['content'];
        };
        return { data: { updateToTrinh: toTrinhDraft({ version: 1, drafted: false, content }) } };
      },
    });
    renderApp(PAGE);
    await heading();

    fireEvent.click(await findButton('Soạn tờ trình'));
    const editor = await drawer('Tờ trình đề nghị khen thưởng');
    expect(editor.textContent).toContain('Cấp khi gửi hồ sơ lần đầu');
    expect(editor.textContent).toContain('Giấy khen của Chánh Văn phòng: 01 tập thể, 01 cá nhân');
    type('Biên bản họp Hội đồng Thi đua - Khen thưởng của', 'Văn phòng');
    typeDate(fieldLabelled('Ngày họp Hội đồng'), '20/07/2025');
    type(
      'Tóm tắt thành tích, quá trình xét',
      'Hội đồng xét ngày 20/7/2025, thống nhất 02 trường hợp.',
    );
    fireEvent.click(getButton('Lưu', editor));

    await waitFor(() => expect(api.callsOf('UpdateToTrinh')).toHaveLength(1));
    expect(api.callsOf('UpdateToTrinh')[0]?.variables).toEqual({
      input: {
        dossierId: 'dossier-1',
        version: 0,
        content: {
          ...toTrinhDraft().content,
          councilMinutes: { body: 'Văn phòng', date: '2025-07-20' },
          summary: 'Hội đồng xét ngày 20/7/2025, thống nhất 02 trường hợp.',
        },
      },
    });
    await screen.findByText('Đã lưu tờ trình.');
    await waitFor(() => expect(editor.textContent).toContain('Đã sửa'));
  }, 60_000);

  it('lets the receiver download the package, saying why it cannot when the API refuses', async () => {
    clearSavedFiles();
    let answer: 'zip' | 'refused' = 'zip';
    const api = mockGraphql(
      {
        Me: viewer('DOSSIER_RECEIVE'),
        AwardDossier: { data: { awardDossier: sentDossier() } },
        AwardDossierDrafts: { data: { awardDossier: dossierDrafts(sentDossier()) } },
      },
      {
        'GET /api/award-dossiers/dossier-1/package.zip': () =>
          answer === 'zip'
            ? new Response('PK', {
                status: 200,
                headers: {
                  'content-type': 'application/zip',
                  'content-disposition': 'attachment; filename="Ho so Van phong.zip"',
                },
              })
            : new Response(
                JSON.stringify({
                  code: 'PDF_UNAVAILABLE',
                  message: 'Máy chủ chưa cài LibreOffice: chưa lập được bản PDF của hồ sơ.',
                }),
                { status: 503, headers: { 'content-type': 'application/json' } },
              ),
      },
    );
    renderApp(PAGE);
    await heading();

    fireEvent.click(await findButton('Tải hồ sơ điện tử (.zip)'));
    await waitFor(() => expect(savedFiles()).toHaveLength(1));
    expect(savedFiles()[0]?.name).toBe('Ho so Van phong.zip');
    expect(api.restCalls).toHaveLength(1);

    answer = 'refused';
    fireEvent.click(getButton('Tải hồ sơ điện tử (.zip)'));
    await screen.findByText('Không tải được hồ sơ điện tử');
    expect(
      screen.getByText('Máy chủ chưa cài LibreOffice: chưa lập được bản PDF của hồ sơ.'),
    ).toBeTruthy();
    expect(savedFiles()).toHaveLength(1);
  }, 60_000);

  it('shows the receiver the sent report read-only with the frozen document, and the notice the send carried', async () => {
    const sent = sentDossier({
      // the send froze Hoa's signed-off draft as the dossier's report
      documents: sentDossier().documents.map((d) =>
        d.id === 'doc-bc1'
          ? { ...d, id: 'doc-gen-1', generated: true, fileName: 'Bao cao thanh tich Hoa.docx' }
          : d,
      ),
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
          changes: null,
          notice: {
            noticeId: 'notice-1',
            title: 'Danh sách đề nghị khen thưởng của Văn phòng — Đợt thi đua đặc biệt năm 2025',
            required: true,
            articles: ['Điều 15 Nghị định số 152/2025/NĐ-CP'],
            startsOn: '2025-06-20',
            endsOn: '2025-06-27',
            workingDays: 5,
            nominees: 2,
            publishedAt: '2025-06-20T01:00:00.000Z',
            closedAt: null,
            counts: [
              { kind: 'GOP_Y', count: 1 },
              { kind: 'KHIEU_NAI', count: 1 },
            ],
            comments: [
              {
                kind: 'KHIEU_NAI',
                nominee: '1. Nguyễn Thị Hoa',
                excerpt: 'Chưa đủ thời gian công tác.',
                receivedAt: '2025-06-23T03:00:00.000Z',
                outcome: 'REJECTED',
                handling: 'Đã xác minh: đủ thời gian công tác.',
                handledAt: '2025-06-25T03:00:00.000Z',
                handledBy: 'Trần Văn Nam',
              },
            ],
          },
        },
      ],
    });
    mockGraphql({
      Me: viewer('DOSSIER_RECEIVE'),
      AwardDossier: { data: { awardDossier: sent } },
      AwardDossierDrafts: {
        data: {
          awardDossier: dossierDrafts(sent, {
            'n-hoa': achievementReport({
              version: 2,
              drafted: false,
              signedOffAt: '2025-07-03T03:00:00.000Z',
              signedOffByName: 'Trần Văn Nam',
              documentId: 'doc-gen-1',
            }),
          }),
        },
      },
    });
    renderApp(PAGE);
    await heading();

    const event = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('article[aria-label="Gửi hồ sơ"]');
      if (!found) throw new Error('no send in the history yet');
      return found;
    });
    expect(event.textContent).toContain('Kết quả công khai danh sách');
    expect(event.textContent).toContain('20/06/2025 – 27/06/2025 (05 ngày làm việc)');
    expect(event.textContent).toContain(
      'Kết quả công khai chuyển theo hồ sơ: 01 góp ý, 01 khiếu nại.',
    );
    expect(event.textContent).toContain(
      '1. Nguyễn Thị Hoa: “Chưa đủ thời gian công tác.” — Không tiếp thu: Đã xác minh: đủ thời gian công tác.',
    );

    expect(screen.getByText('Hệ thống lập khi gửi')).toBeTruthy();
    fireEvent.click(await findButton('Xem báo cáo thành tích của Nguyễn Thị Hoa'));
    const view = await drawer('Báo cáo thành tích — Nguyễn Thị Hoa');
    await findButton('Tải bản đã gửi (.docx)', view);
    expect(view.textContent).toContain('Đã duyệt');
    expect((fieldLabelled('Kết quả đạt được') as HTMLTextAreaElement).disabled).toBe(true);
    expect(() => getButton('Lưu', view)).toThrow();
    expect(() => getButton('Mở lại để sửa', view)).toThrow();
    expect(() => getButton('Soạn lại từ dữ liệu', view)).toThrow();
  }, 60_000);
});
