import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, findButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { planItem } from '../testing/fixtures';

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
  kind: 'THEMATIC',
  scope: 'PROVINCE',
  number: 12,
  symbol: '12/KH-VP',
  issuedOn: '2025-02-05',
});
const returned = planItem({ returnReason: 'Bổ sung chỉ tiêu.' });

describe('CampaignPlansPage — danh sách kế hoạch thi đua', () => {
  it('lists plans with status, number and period, and filters them on the server', async () => {
    const api = mockGraphql({
      Me: { data: { me: makeViewer(['CAMPAIGN_READ']) } },
      CampaignPlans: (v) => page(v['search'] === 'khong co' ? [] : [issued, returned]),
    });
    renderApp('/thi-dua/ke-hoach');

    const row = (await screen.findByText(issued.title, {}, { timeout: 10_000 })).closest('tr')!;
    expect(within(row).getByText('12/KH-VP')).toBeTruthy();
    expect(within(row).getByText('Đã ban hành')).toBeTruthy();
    expect(within(row).getByText('Chuyên đề · Toàn tỉnh')).toBeTruthy();
    expect(within(row).getByText('01/10/2024 – 30/09/2025')).toBeTruthy();
    const draft = screen.getByText(returned.title).closest('tr')!;
    expect(within(draft).getByText('Dự thảo')).toBeTruthy();
    expect(within(draft).getByText('Bị trả lại')).toBeTruthy();
    expect(within(draft).getByText('Chưa cấp số')).toBeTruthy();
    // the title links to the plan's page
    expect(within(row).getByRole('link').getAttribute('href')).toBe('/thi-dua/ke-hoach/plan-2');
    // a reader cannot write plans
    expect(screen.queryByText('Tạo kế hoạch')).toBeNull();
    expect(api.callsOf('CampaignPlans')[0]?.variables).toEqual({
      first: 20,
      after: null,
      search: null,
      status: null,
      kind: null,
      year: null,
      issuerUnitId: null,
    });

    await chooseOption(screen.getByLabelText('Lọc theo trạng thái'), 'Đã ban hành');
    await chooseOption(screen.getByLabelText('Lọc theo hình thức'), 'Chuyên đề');
    await chooseOption(screen.getByLabelText('Lọc theo năm'), '2025');
    fireEvent.change(screen.getByLabelText('Tìm kiếm kế hoạch'), {
      target: { value: ' dan van ' },
    });
    await waitFor(() =>
      expect(api.callsOf('CampaignPlans').at(-1)?.variables).toMatchObject({
        search: 'dan van',
        status: 'ISSUED',
        kind: 'THEMATIC',
        year: 2025,
        after: null,
      }),
    );

    fireEvent.change(screen.getByLabelText('Tìm kiếm kế hoạch'), {
      target: { value: 'khong co' },
    });
    expect(await screen.findByText('Không có kế hoạch phù hợp với điều kiện lọc')).toBeTruthy();
  }, 60_000);

  it('offers "Tạo kế hoạch" to an officer who may write plans, and says how to start', async () => {
    mockGraphql({
      Me: { data: { me: makeViewer(['CAMPAIGN_READ', 'CAMPAIGN_MANAGE']) } },
      CampaignPlans: page([]),
    });
    const { router } = renderApp('/thi-dua/ke-hoach');
    expect(
      await screen.findByText(
        'Chưa có kế hoạch thi đua nào. Bắt đầu bằng "Tạo kế hoạch".',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    fireEvent.click(await findButton('Tạo kế hoạch'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/thi-dua/ke-hoach/soan-moi'));
  }, 60_000);

  it('shows the menu entry to plan readers only, and keeps others out of the page', async () => {
    mockGraphql({ Me: { data: { me: makeViewer(['CAMPAIGN_READ']) } }, CampaignPlans: page([]) });
    const first = renderApp('/');
    const nav = await screen.findByRole(
      'navigation',
      { name: 'Điều hướng chính' },
      { timeout: 10_000 },
    );
    expect(within(nav).getByText('Kế hoạch thi đua')).toBeTruthy();
    first.unmount();

    mockGraphql({ Me: { data: { me: makeViewer(['UNIT_READ']) } } });
    renderApp('/thi-dua/ke-hoach');
    expect(
      await screen.findByText('Không có quyền truy cập', {}, { timeout: 10_000 }),
    ).toBeTruthy();
    const menu = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(menu).queryByText('Kế hoạch thi đua')).toBeNull();
  }, 60_000);
});
