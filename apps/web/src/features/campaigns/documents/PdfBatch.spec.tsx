import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { planItem } from '../testing/fixtures';
import { savedFiles } from '../../../test/downloads';

const page = (nodes: unknown[]) => ({
  data: {
    campaignPlans: {
      totalCount: nodes.length,
      totalCountCapped: false,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ node })),
    },
  },
});

const issued = planItem({
  id: 'plan-2',
  title: 'Phát động phong trào thi đua "Dân vận khéo" năm 2025',
  status: 'ISSUED',
  number: 12,
  symbol: '12/KH-VP',
  issuedOn: '2025-02-05',
});
const draft = planItem({ id: 'plan-3', title: 'Kế hoạch thi đua chuyên đề chuyển đổi số 2025' });

const job = (status: string, progress: number, extra: Record<string, unknown> = {}) => ({
  id: 'j-1',
  kind: 'documents.campaign-pdf',
  status,
  progress,
  total: 2,
  message: null,
  error: null,
  startedAt: '2025-07-02T02:01:00.000Z',
  finishedAt: status === 'SUCCEEDED' || status === 'FAILED' ? '2025-07-02T02:01:05.000Z' : null,
  ...extra,
});

const item = (plan: typeof issued, position: number, extra: Record<string, unknown> = {}) => ({
  planId: plan.id,
  position,
  status: 'PENDING',
  created: false,
  error: null,
  pdfUrl: null,
  plan: { id: plan.id, title: plan.title, symbol: plan.symbol, status: plan.status },
  ...extra,
});

const doneIssued = item(issued, 0, {
  status: 'DONE',
  pdfUrl: '/api/campaign-plans/plan-2/batches/j-1/document.pdf',
});
const failedDraft = item(draft, 1, {
  status: 'FAILED',
  error: 'Không in được kế hoạch: thiếu nơi nhận.',
});

/** The open modal (not a confirm that is closing). */
const openModal = (text: string) =>
  waitFor(() => {
    const found = Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).find(
      (el) => !el.closest('[style*="display: none"]') && (el.textContent ?? '').includes(text),
    );
    if (!found) throw new Error('no modal yet');
    return found;
  });

const drawer = (text: string) =>
  waitFor(
    () => {
      const found = document.querySelector<HTMLElement>('.ant-drawer');
      if (!found?.textContent?.includes(text)) throw new Error('no drawer yet');
      return found;
    },
    { timeout: 5000 },
  );

describe('CampaignPlansPage — tạo bản PDF của nhiều kế hoạch', () => {
  it('makes the PDFs of the chosen plans after confirming, follows the job, offers each PDF', async () => {
    let polls = 0;
    const api = mockGraphql(
      {
        Me: { data: { me: makeViewer(['CAMPAIGN_READ']) } },
        CampaignPlans: page([issued, draft]),
        RenderCampaignPlanDocuments: {
          data: {
            renderCampaignPlanDocuments: {
              job: job('QUEUED', 0),
              items: [item(issued, 0), item(draft, 1)],
            },
          },
        },
        Job: () => {
          polls += 1;
          if (polls === 1) return { data: { job: job('RUNNING', 1) } };
          return { data: { job: job('SUCCEEDED', 2) } };
        },
        CampaignDocumentBatch: () => ({
          data: {
            campaignDocumentBatch:
              polls < 2
                ? { job: job('RUNNING', 1), items: [doneIssued, item(draft, 1)] }
                : { job: job('SUCCEEDED', 2), items: [doneIssued, failedDraft] },
          },
        }),
      },
      {
        'GET /api/campaign-plans/plan-2/batches/j-1/document.pdf': () =>
          new Response('%PDF', {
            status: 200,
            headers: {
              'content-disposition': `attachment; filename="12-KH-VP.pdf"; filename*=UTF-8''12-KH-VP.pdf`,
            },
          }),
      },
    );
    const { router } = renderApp('/thi-dua/ke-hoach');

    await screen.findByText(issued.title, {}, { timeout: 10_000 });
    const make = getButton('Tạo bản PDF');
    // nothing chosen yet: the action waits for a choice
    expect(make.disabled).toBe(true);
    // the header has no "select all" checkbox (it would sit in antd's aria-hidden measuring row);
    // the link above the list selects what is shown, and a box unticks one again
    expect(document.querySelector('.ant-table-thead input[type="checkbox"]')).toBeNull();
    fireEvent.click(getButton('Chọn tất cả'));
    expect(await findButton('Tạo bản PDF (2)')).toBeTruthy();
    fireEvent.click(screen.getByLabelText(`Chọn kế hoạch: ${draft.title}`));
    expect(await findButton('Tạo bản PDF (1)')).toBeTruthy();
    fireEvent.click(screen.getByLabelText(`Chọn kế hoạch: ${draft.title}`));
    expect(await findButton('Tạo bản PDF (2)')).toBeTruthy();
    fireEvent.click(await findButton('Tạo bản PDF (2)'));

    const confirm = await openModal('Tạo bản PDF của 2 kế hoạch?');
    expect(api.callsOf('RenderCampaignPlanDocuments')).toHaveLength(0);
    fireEvent.click(getButton('Tạo bản PDF', confirm));
    await waitFor(() => expect(api.callsOf('RenderCampaignPlanDocuments')).toHaveLength(1));
    expect(api.callsOf('RenderCampaignPlanDocuments')[0]?.variables).toEqual({
      input: { planIds: ['plan-2', 'plan-3'] },
    });
    // the job is in the address, so a reload finds it
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('tao-pdf')).toBe('j-1'),
    );

    const panel = await drawer('Tạo bản PDF của kế hoạch');
    expect(
      await within(panel).findByRole('progressbar', { name: 'Tiến độ tạo bản PDF' }),
    ).toBeTruthy();
    await waitFor(
      () =>
        expect(within(panel).getByTestId('pdf-summary').textContent).toBe(
          '1/2 bản PDF đã sẵn sàng; 1 kế hoạch không tạo được.',
        ),
      { timeout: 5000 },
    );
    expect(within(panel).getByTestId('pdf-progress-text').textContent).toBe(
      'Đã xử lý 2 / 2 kế hoạch',
    );
    const failedRow = within(panel).getByText(draft.title).closest('tr') as HTMLElement;
    expect(failedRow.textContent).toContain('Không tạo được');
    expect(failedRow.textContent).toContain('Lý do: Không in được kế hoạch: thiếu nơi nhận.');
    expect(within(failedRow).queryByRole('button')).toBeNull();
    const doneRow = within(panel).getByText(issued.title).closest('tr') as HTMLElement;
    expect(doneRow.textContent).toContain('Đã có bản PDF');
    expect(doneRow.textContent).toContain('Bản lưu khi ban hành');
    // the selection is spent
    expect(getButton('Tạo bản PDF', document.querySelector('.ant-card')!).disabled).toBe(true);

    fireEvent.click(within(doneRow).getByLabelText(`Tải PDF: ${issued.title}`));
    await waitFor(() => expect(savedFiles()).toHaveLength(1));
    expect(api.restCalls.at(-1)?.url).toBe('/api/campaign-plans/plan-2/batches/j-1/document.pdf');
    // the job is no longer asked once it has ended
    const asked = api.callsOf('Job').length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(api.callsOf('Job')).toHaveLength(asked);
  }, 60_000);

  it('says in Vietnamese why no PDF can be made (no LibreOffice) and opens no job', async () => {
    const api = mockGraphql({
      Me: { data: { me: makeViewer(['CAMPAIGN_READ']) } },
      CampaignPlans: page([issued]),
      RenderCampaignPlanDocuments: gqlError(
        'PDF_UNAVAILABLE',
        'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; vẫn tải được bản .docx.',
      ),
    });
    const { router } = renderApp('/thi-dua/ke-hoach');
    await screen.findByText(issued.title, {}, { timeout: 10_000 });
    fireEvent.click(screen.getByLabelText(`Chọn kế hoạch: ${issued.title}`));
    fireEvent.click(await findButton('Tạo bản PDF (1)'));
    fireEvent.click(getButton('Tạo bản PDF', await openModal('Tạo bản PDF của 1 kế hoạch?')));
    expect(
      await screen.findByText(
        'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; vẫn tải được bản .docx.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Không tạo được bản PDF')).toBeTruthy();
    expect(api.callsOf('RenderCampaignPlanDocuments')).toHaveLength(1);
    expect(new URLSearchParams(router.state.location.search).get('tao-pdf')).toBeNull();
    expect(document.querySelector('.ant-drawer')).toBeNull();
    // the choice stays, to try again later
    expect(getButton('Tạo bản PDF (1)').disabled).toBe(false);
  }, 60_000);

  it('refuses more than 500 plans before asking the API', async () => {
    const many = Array.from({ length: 501 }, (_, i) =>
      planItem({ id: `plan-${i}`, title: `Kế hoạch thi đua số ${i}` }),
    );
    const api = mockGraphql({
      Me: { data: { me: makeViewer(['CAMPAIGN_READ']) } },
      CampaignPlans: page(many),
    });
    renderApp('/thi-dua/ke-hoach');
    await screen.findByText('Kế hoạch thi đua số 0', {}, { timeout: 10_000 });
    // "Chọn tất cả" chooses every loaded row
    fireEvent.click(getButton('Chọn tất cả'));
    fireEvent.click(await findButton('Tạo bản PDF (501)'));
    expect(
      await screen.findByText(
        'Đã chọn 501 kế hoạch; mỗi lần tạo tối đa 500 bản PDF. Bỏ bớt kế hoạch rồi thử lại.',
      ),
    ).toBeTruthy();
    expect(api.callsOf('RenderCampaignPlanDocuments')).toHaveLength(0);
  }, 60_000);

  it('reopens a job from the address: a job that stopped says why and which plans were not reached', async () => {
    mockGraphql({
      Me: { data: { me: makeViewer(['CAMPAIGN_READ']) } },
      CampaignPlans: page([issued, draft]),
      Job: {
        data: {
          job: job('FAILED', 1, {
            error: 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; vẫn tải được bản .docx.',
          }),
        },
      },
      CampaignDocumentBatch: {
        data: {
          campaignDocumentBatch: {
            job: job('FAILED', 1),
            items: [doneIssued, item(draft, 1, { plan: null })],
          },
        },
      },
    });
    renderApp('/thi-dua/ke-hoach?tao-pdf=j-1');
    const panel = await drawer('Tác vụ tạo bản PDF dừng giữa chừng');
    expect(panel.textContent).toContain(
      'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; vẫn tải được bản .docx.',
    );
    const hidden = within(panel).getByText('Kế hoạch bạn không còn quyền xem').closest('tr')!;
    expect(hidden.textContent).toContain('Chưa tạo (tác vụ đã dừng)');
    expect(within(panel).getByTestId('pdf-summary').textContent).toBe('1/2 bản PDF đã sẵn sàng.');
  }, 60_000);

  it('shows a readable empty result for a job without plans', async () => {
    mockGraphql({
      Me: { data: { me: makeViewer(['CAMPAIGN_READ']) } },
      CampaignPlans: page([issued]),
      Job: { data: { job: job('SUCCEEDED', 0, { total: 0 }) } },
      CampaignDocumentBatch: {
        data: { campaignDocumentBatch: { job: job('SUCCEEDED', 0, { total: 0 }), items: [] } },
      },
    });
    renderApp('/thi-dua/ke-hoach?tao-pdf=j-1');
    const panel = await drawer('Tác vụ này không có kế hoạch nào.');
    expect(within(panel).queryByTestId('pdf-summary')).toBeNull();
  }, 60_000);
});
