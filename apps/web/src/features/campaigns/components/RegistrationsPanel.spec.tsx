import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { findButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { bacKanPlan } from '../testing/fixtures';
import { clearSavedFiles, savedFiles } from '../../../test/downloads';

const PLAN_ID = '6f1c2a9e-3b7d-4e21-9a55-0c8d2f4b7e13';

const running = (overrides: Parameters<typeof bacKanPlan>[0] = {}) =>
  bacKanPlan({
    id: PLAN_ID,
    status: 'RUNNING',
    number: 12,
    symbol: '12/KH-VP',
    issuedOn: '2024-09-30',
    issuePlace: 'Bắc Kạn',
    signer: { on: null, title: 'Chánh Văn phòng', name: 'Nguyễn Văn An' },
    ...overrides,
  });

const tally = { total: 0, draft: 0, submitted: 0, returned: 0, approved: 0 };
const handlers = (plan: ReturnType<typeof running>) => ({
  Me: { data: { me: makeViewer(['CAMPAIGN_READ', 'CAMPAIGN_MANAGE']) } },
  CampaignPlan: { data: { campaignPlan: plan } },
  CampaignRegistrationSummary: {
    data: { campaignRegistrationSummary: { total: { units: tally, people: tally } } },
  },
  CampaignRegistrations: {
    data: {
      campaignRegistrations: {
        totalCount: 0,
        totalCountCapped: false,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [],
      },
    },
  },
});

const openTab = async () =>
  fireEvent.click(await screen.findByRole('tab', { name: 'Đăng ký' }, { timeout: 10_000 }));

describe('RegistrationsPanel — nhập đăng ký từ Excel cần mã kế hoạch', () => {
  it('gives the template filled for this plan, and the plan id to copy', async () => {
    const api = mockGraphql(handlers(running()), {
      'GET /api/templates/campaign-registrations.xlsx': () =>
        new Response('xlsx', {
          status: 200,
          headers: {
            'content-disposition': `attachment; filename="mau-nhap-dang-ky-thi-dua.xlsx"; filename*=UTF-8''M%E1%BA%ABu%20nh%E1%BA%ADp%20%C4%91%C4%83ng%20k%C3%BD%20thi%20%C4%91ua.xlsx`,
          },
        }),
    });
    renderApp(`/thi-dua/ke-hoach/${PLAN_ID}`);
    await openTab();

    expect(await screen.findByText('Đăng ký nhiều người bằng tệp Excel')).toBeTruthy();
    // the id as the file's "Mã kế hoạch" column wants it, with its copy button
    expect(screen.getByTestId('plan-id').textContent).toContain(PLAN_ID);
    expect(screen.getByLabelText('Sao chép mã kế hoạch')).toBeTruthy();

    fireEvent.click(await findButton('Tải tệp mẫu của kế hoạch này'));
    await waitFor(() => expect(savedFiles()).toHaveLength(1));
    expect(api.restCalls.at(-1)?.url).toBe(
      `/api/templates/campaign-registrations.xlsx?planId=${PLAN_ID}`,
    );
    expect(savedFiles()[0]?.name).toBe('Mẫu nhập đăng ký thi đua.xlsx');
  }, 60_000);

  it('says why the template could not be had, in Vietnamese', async () => {
    clearSavedFiles();
    mockGraphql(handlers(running()), {
      'GET /api/templates/campaign-registrations.xlsx': () =>
        new Response(
          JSON.stringify({
            code: 'NOT_FOUND',
            message: 'Không tìm thấy kế hoạch hoặc bạn không có quyền xem.',
          }),
          { status: 404, headers: { 'content-type': 'application/json' } },
        ),
    });
    renderApp(`/thi-dua/ke-hoach/${PLAN_ID}`);
    await openTab();
    fireEvent.click(await findButton('Tải tệp mẫu của kế hoạch này'));
    expect(await screen.findByText('Không tải được tệp mẫu')).toBeTruthy();
    expect(screen.getByText('Không tìm thấy kế hoạch hoặc bạn không có quyền xem.')).toBeTruthy();
    expect(savedFiles()).toHaveLength(0);
  }, 60_000);

  it('says where to upload the filled file, and links to the import page for this plan', async () => {
    mockGraphql(handlers(running()));
    const { router } = renderApp(`/thi-dua/ke-hoach/${PLAN_ID}`);
    await openTab();

    expect(
      await screen.findByText(/Điền xong, tải tệp lên ở trang "Nhập từ Excel" \(mục Tổ chức\)/),
    ).toBeTruthy();
    const link = screen.getByRole('link', { name: /Tải tệp đã điền lên/ });
    expect(link.getAttribute('href')).toBe(
      `/to-chuc/nhap-excel?loai=campaign-registrations&ke-hoach=${PLAN_ID}`,
    );
    fireEvent.click(link);
    // the import page opens on the registrations, with this plan's template
    expect(await findButton('Tải tệp mẫu (Đăng ký thi đua)')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/to-chuc/nhap-excel');
    expect(new URLSearchParams(router.state.location.search).get('ke-hoach')).toBe(PLAN_ID);
  }, 60_000);

  it('gives no upload link to an issuer without CAMPAIGN_MANAGE (the import page would refuse)', async () => {
    mockGraphql({
      ...handlers(running()),
      Me: { data: { me: makeViewer(['CAMPAIGN_READ', 'CAMPAIGN_ISSUE']) } },
    });
    renderApp(`/thi-dua/ke-hoach/${PLAN_ID}`);
    await openTab();
    expect(await screen.findByText('Đăng ký nhiều người bằng tệp Excel')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Tải tệp đã điền lên/ })).toBeNull();
    expect(screen.queryByText(/Điền xong, tải tệp lên/)).toBeNull();
  }, 60_000);

  it('shows none of it to a reader who cannot register anyone', async () => {
    mockGraphql(handlers(running({ canManage: false, canAnswer: false })));
    renderApp(`/thi-dua/ke-hoach/${PLAN_ID}`);
    await openTab();
    expect(await screen.findByText('Chưa có đơn vị, cá nhân nào gửi đăng ký.')).toBeTruthy();
    expect(screen.queryByText('Đăng ký nhiều người bằng tệp Excel')).toBeNull();
    expect(screen.queryByText('Tải tệp mẫu của kế hoạch này')).toBeNull();
  }, 60_000);
});
