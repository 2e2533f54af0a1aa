import type { Permission } from '@thidua/shared-domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { bacKanPlan } from '../testing/fixtures';
import { attachmentProblem } from './ReviewAttachments';
import { savedFiles } from '../../../test/downloads';

const viewer = (...permissions: Permission[]) => ({
  data: { me: makeViewer(['CAMPAIGN_READ', ...permissions]) },
});

const connection = (field: string, nodes: unknown[]) => ({
  data: {
    [field]: {
      totalCount: nodes.length,
      totalCountCapped: false,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ node })),
    },
  },
});

const running = bacKanPlan({
  status: 'MIDTERM_REVIEW',
  number: 12,
  symbol: '12/KH-VP',
  issuedOn: '2024-09-30',
  canManage: false,
  canAnswer: true,
});

const REPORT_FILE = '/api/campaign-reviews/rv-1/attachments/abc123';

const review = (attachments: { name: string; url: string }[], canEdit = true) => ({
  id: 'rv-1',
  kind: 'MIDTERM',
  status: 'DRAFT',
  report: 'Đã tổ chức hội nghị sơ kết.',
  deadline: '2099-04-15',
  late: false,
  submittedAt: null,
  returnReason: null,
  canReturn: false,
  canEdit,
  version: 4,
  unit: { id: 'u-xa', name: 'UBND xã A' },
  figures: [],
  attachments,
});

const summary = {
  data: {
    campaignReviewSummary: {
      kind: 'MIDTERM',
      deadline: '2099-04-15',
      overdue: false,
      addressed: 1,
      submitted: 0,
      onTime: 0,
      late: 0,
      missing: 1,
      drafts: 1,
      returned: 0,
    },
  },
};

/** Opens the reviews tab and the report's row. */
const openReport = async () => {
  fireEvent.click(await screen.findByText('Sơ kết, tổng kết', {}, { timeout: 10_000 }));
  const row = (await screen.findByText('UBND xã A', {}, { timeout: 10_000 })).closest(
    'tr',
  ) as HTMLElement;
  fireEvent.click(row.querySelector('.ant-table-row-expand-icon') as HTMLElement);
};

const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;

describe('ReviewAttachments — tệp đính kèm báo cáo sơ kết, tổng kết', () => {
  it('checks the type and size before sending, as the API would', () => {
    expect(attachmentProblem({ name: 'bao-cao.PDF', size: 1000 })).toBeNull();
    expect(attachmentProblem({ name: 'anh.jpeg', size: 10 * 1024 * 1024 })).toBeNull();
    expect(attachmentProblem({ name: 'bao-cao.doc', size: 1000 })).toBe(
      'Tệp "bao-cao.doc" không thuộc loại được đính kèm: chỉ nhận PDF, Word (.docx), ảnh PNG, JPEG.',
    );
    expect(attachmentProblem({ name: 'lon.pdf', size: 10 * 1024 * 1024 + 1 })).toBe(
      'Tệp "lon.pdf" quá lớn. Dung lượng tối đa là 10 MB.',
    );
  });

  it('uploads a file to a draft report with its version in the "file" field', async () => {
    let uploaded = false;
    const api = mockGraphql(
      {
        Me: viewer('CAMPAIGN_MANAGE'),
        CampaignPlan: { data: { campaignPlan: running } },
        CampaignReviewSummary: summary,
        CampaignReviews: () =>
          connection('campaignReviews', [
            review(uploaded ? [{ name: 'bien-ban.pdf', url: REPORT_FILE }] : []),
          ]),
      },
      {
        'POST /api/campaign-reviews/rv-1/attachments': () => {
          uploaded = true;
          return new Response(
            JSON.stringify({
              id: 'rv-1',
              version: 5,
              attachments: [{ name: 'bien-ban.pdf', url: REPORT_FILE }],
            }),
            { status: 200, headers: { 'content-type': 'application/json' } },
          );
        },
      },
    );
    renderApp('/thi-dua/ke-hoach/plan-1');
    await openReport();
    expect(await screen.findByText('Chưa có tệp đính kèm.')).toBeTruthy();

    // a .doc is refused here, nothing sent
    fireEvent.change(fileInput(), {
      target: { files: [new File(['x'], 'cu.doc', { type: 'application/msword' })] },
    });
    expect(await screen.findByText(/Tệp "cu.doc" không thuộc loại được đính kèm/)).toBeTruthy();
    expect(api.restCalls).toHaveLength(0);

    fireEvent.change(fileInput(), {
      target: { files: [new File(['%PDF-1.4'], 'bien-ban.pdf', { type: 'application/pdf' })] },
    });
    await waitFor(() => expect(api.restCalls).toHaveLength(1));
    const call = api.restCalls[0]!;
    expect(call.method).toBe('POST');
    const body = call.init?.body as FormData;
    expect(body.get('version')).toBe('4');
    expect((body.get('file') as File).name).toBe('bien-ban.pdf');
    expect(await screen.findByText('Đã đính kèm tệp bien-ban.pdf.')).toBeTruthy();
    expect(await screen.findByLabelText('Tải tệp bien-ban.pdf')).toBeTruthy();
  }, 60_000);

  it('shows the API’s refusal of an upload in Vietnamese', async () => {
    mockGraphql(
      {
        Me: viewer('CAMPAIGN_MANAGE'),
        CampaignPlan: { data: { campaignPlan: running } },
        CampaignReviewSummary: summary,
        CampaignReviews: connection('campaignReviews', [review([])]),
      },
      {
        'POST /api/campaign-reviews/rv-1/attachments': () =>
          new Response(
            JSON.stringify({
              code: 'CONFLICT',
              message: 'Báo cáo đã được người khác sửa. Vui lòng tải lại.',
            }),
            { status: 409, headers: { 'content-type': 'application/json' } },
          ),
      },
    );
    renderApp('/thi-dua/ke-hoach/plan-1');
    await openReport();
    fireEvent.change(fileInput(), {
      target: { files: [new File(['%PDF-1.4'], 'bien-ban.pdf', { type: 'application/pdf' })] },
    });
    expect(
      await screen.findByText('Báo cáo đã được người khác sửa. Vui lòng tải lại.'),
    ).toBeTruthy();
  }, 60_000);

  it('downloads an attachment of a sent report with the session; no upload once sent', async () => {
    const api = mockGraphql(
      {
        Me: viewer(),
        CampaignPlan: { data: { campaignPlan: running } },
        CampaignReviewSummary: summary,
        CampaignReviews: connection('campaignReviews', [
          review([{ name: 'bien-ban.pdf', url: REPORT_FILE }], false),
        ]),
      },
      {
        [`GET ${REPORT_FILE}`]: () =>
          new Response('pdf', {
            status: 200,
            headers: { 'content-disposition': 'attachment; filename="bien-ban.pdf"' },
          }),
      },
    );
    renderApp('/thi-dua/ke-hoach/plan-1');
    await openReport();
    const link = await screen.findByLabelText('Tải tệp bien-ban.pdf');
    expect(fileInput()).toBeNull();
    expect(screen.queryByText('Đính kèm tệp')).toBeNull();
    fireEvent.click(link);
    await waitFor(() => expect(api.restCalls.map((c) => c.url)).toEqual([REPORT_FILE]));
    await waitFor(() => expect(savedFiles().at(-1)?.name).toBe('bien-ban.pdf'));
  }, 60_000);
});
