import type { Permission } from '@thidua/shared-domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, findButton, getButton, typeDate } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { fieldLabelled } from '../testing/dom';
import { bacKanPlan } from '../testing/fixtures';

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

const issued = bacKanPlan({
  status: 'ISSUED',
  number: 12,
  symbol: '12/KH-VP',
  issuedOn: '2024-09-30',
  canManage: true,
});

const cluster = { id: 'k-1', name: 'Khối các cơ quan Đảng' };

const covenant = {
  id: 'g-1',
  planId: issued.id,
  clusterId: cluster.id,
  signedOn: '2024-10-10',
  place: 'Hội trường Tỉnh ủy',
  content: 'Thi đua hoàn thành xuất sắc nhiệm vụ năm 2025.',
  version: 1,
  cluster,
  members: [
    { id: 'u-1', name: 'Ban Tổ chức Tỉnh ủy' },
    { id: 'u-2', name: 'Ban Tuyên giáo Tỉnh ủy' },
  ],
};

const openModal = (text: string) =>
  waitFor(() => {
    const found = Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).find(
      (el) => !el.closest('[style*="display: none"]') && (el.textContent ?? '').includes(text),
    );
    if (!found) throw new Error('no modal yet');
    return found;
  });

const openTab = async () =>
  fireEvent.click(await screen.findByRole('tab', { name: 'Giao ước' }, { timeout: 10_000 }));

describe('CovenantsPanel — giao ước thi đua của cụm, khối', () => {
  it('lists the covenants with their signers; a reader gets neither add nor delete', async () => {
    mockGraphql({
      Me: viewer('CAMPAIGN_MANAGE'),
      CampaignPlan: { data: { campaignPlan: { ...issued, canManage: false, canAnswer: false } } },
      CampaignCovenants: connection('campaignCovenants', [covenant]),
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    await openTab();
    const row = (await screen.findByText('Khối các cơ quan Đảng')).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('10/10/2024');
    expect(row.textContent).toContain('Hội trường Tỉnh ủy');
    expect(row.textContent).toContain('2 đơn vị');
    expect(screen.queryByText('Ghi nhận giao ước')).toBeNull();
    expect(screen.queryByLabelText('Xóa: Khối các cơ quan Đảng')).toBeNull();
  }, 60_000);

  it('says so in Vietnamese when there is none', async () => {
    mockGraphql({
      Me: viewer(),
      CampaignPlan: { data: { campaignPlan: issued } },
      CampaignCovenants: connection('campaignCovenants', []),
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    await openTab();
    expect(await screen.findByText('Chưa có giao ước thi đua nào theo kế hoạch này.')).toBeTruthy();
  }, 60_000);

  it('records a covenant: cluster, day, place, content; members default to the cluster', async () => {
    const api = mockGraphql({
      Me: viewer('CAMPAIGN_MANAGE'),
      CampaignPlan: { data: { campaignPlan: issued } },
      CampaignCovenants: connection('campaignCovenants', []),
      Clusters: connection('clusters', [
        {
          ...cluster,
          code: 'KHOI-DANG',
          kind: 'KHOI',
          description: null,
          memberCount: 2,
          version: 1,
          organizer: { id: 'u-tu', name: 'Tỉnh ủy', canOpen: true },
        },
      ]),
      CreateCampaignCovenant: { data: { createCampaignCovenant: covenant } },
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    await openTab();
    fireEvent.click(await findButton('Ghi nhận giao ước'));
    const modal = await openModal('Ghi nhận giao ước thi đua');
    fireEvent.click(getButton('Lưu', modal));
    expect(await within(modal).findByText('Vui lòng nhập nội dung giao ước.')).toBeTruthy();
    expect(api.callsOf('CreateCampaignCovenant')).toHaveLength(0);

    await chooseOption(within(modal).getByLabelText('Cụm, khối thi đua'), 'Khối các cơ quan Đảng');
    typeDate(fieldLabelled('Ngày ký'), '10/10/2024');
    fireEvent.change(within(modal).getByLabelText('Địa điểm ký'), {
      target: { value: ' Hội trường Tỉnh ủy ' },
    });
    fireEvent.change(within(modal).getByLabelText('Nội dung giao ước'), {
      target: { value: 'Thi đua hoàn thành xuất sắc nhiệm vụ năm 2025.' },
    });
    fireEvent.click(getButton('Lưu', modal));
    await waitFor(() => expect(api.callsOf('CreateCampaignCovenant')).toHaveLength(1));
    expect(api.callsOf('CreateCampaignCovenant')[0]?.variables).toEqual({
      input: {
        planId: 'plan-1',
        clusterId: 'k-1',
        signedOn: '2024-10-10',
        place: 'Hội trường Tỉnh ủy',
        content: 'Thi đua hoàn thành xuất sắc nhiệm vụ năm 2025.',
        memberUnitIds: null,
      },
    });
    expect(await screen.findByText('Đã ghi nhận giao ước thi đua.')).toBeTruthy();
  }, 60_000);

  it('deletes a covenant recorded by mistake after confirming', async () => {
    const api = mockGraphql({
      Me: viewer(),
      CampaignPlan: { data: { campaignPlan: issued } },
      CampaignCovenants: connection('campaignCovenants', [covenant]),
      DeleteCampaignCovenant: { data: { deleteCampaignCovenant: 'g-1' } },
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    await openTab();
    fireEvent.click(await screen.findByLabelText('Xóa: Khối các cơ quan Đảng'));
    const confirm = await openModal('Xóa giao ước của Khối các cơ quan Đảng?');
    expect(api.callsOf('DeleteCampaignCovenant')).toHaveLength(0);
    fireEvent.click(getButton('Xóa', confirm));
    await waitFor(() =>
      expect(api.callsOf('DeleteCampaignCovenant')[0]?.variables).toEqual({
        input: { id: 'g-1', version: 1 },
      }),
    );
    expect(await screen.findByText('Đã xóa giao ước thi đua.')).toBeTruthy();
  }, 60_000);
});
