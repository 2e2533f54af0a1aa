import { campaignKeys } from '@thidua/web-data-access';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { clearSavedFiles, savedFiles } from '../../../test/downloads';

// the browser's "save file" is not jsdom's to do

const PLAN_ID = '0b7e3c1d-5a2f-4c8e-9d61-3f4a2b1c9e07';
const FROM_PLAN = `/to-chuc/nhap-excel?loai=campaign-registrations&ke-hoach=${PLAN_ID}`;

const batch = {
  id: 'b-dk-1',
  kind: 'CAMPAIGN_REGISTRATIONS',
  fileName: 'dang-ky-thi-dua-2025.xlsx',
  status: 'PREVIEW',
  columns: ['Mã kế hoạch', 'Mã đơn vị', 'Mã nhân sự', 'Họ và tên', 'Danh hiệu đăng ký'],
  rowCount: 2,
  errorCount: 0,
  createCount: 2,
  updateCount: 0,
  unchangedCount: 0,
  createdAt: '2025-07-02T02:00:00.000Z',
  job: null,
};

const rows = {
  data: {
    importBatch: {
      id: batch.id,
      rows: {
        totalCount: 1,
        totalCountCapped: false,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [
          {
            node: {
              rowNumber: 2,
              action: 'CREATE',
              values: [PLAN_ID, 'BK-VP', 'BK-0001', 'Nguyễn Thị Hoa', 'Lao động tiên tiến'],
              problems: [],
            },
          },
        ],
      },
    },
  },
};

function job(progress: number, status: string) {
  return {
    id: 'j-dk-1',
    kind: 'IMPORT_CAMPAIGN_REGISTRATIONS',
    status,
    progress,
    total: 2,
    message: null,
    error: null,
    startedAt: '2025-07-02T02:01:00.000Z',
    finishedAt: status === 'SUCCEEDED' ? '2025-07-02T02:01:05.000Z' : null,
  };
}

const fileInput = () =>
  waitFor(
    () => {
      const found = document.querySelector<HTMLInputElement>('input[type="file"]');
      if (!found) throw new Error('no file input yet');
      return found;
    },
    { timeout: 10_000 },
  );

const checkedKind = () =>
  document.querySelector('.ant-radio-button-wrapper-checked')?.textContent ?? null;

describe('ImportPage — nhập đăng ký thi đua', () => {
  it('opens for CAMPAIGN_MANAGE alone, on the registrations, with the template of the plan it came from', async () => {
    clearSavedFiles();
    const api = mockGraphql(
      { Me: { data: { me: makeViewer(['CAMPAIGN_READ', 'CAMPAIGN_MANAGE']) } } },
      {
        'GET /api/templates/campaign-registrations.xlsx': () =>
          new Response('xlsx', {
            status: 200,
            headers: {
              'content-disposition': `attachment; filename="mau-nhap-dang-ky-thi-dua.xlsx"`,
            },
          }),
        'POST /api/imports/campaign-registrations': () =>
          new Response(JSON.stringify({ batchId: batch.id }), {
            status: 201,
            headers: { 'content-type': 'application/json' },
          }),
      },
    );
    const { router } = renderApp(FROM_PLAN);

    const template = await findButton('Tải tệp mẫu (Đăng ký thi đua)');
    expect(
      screen.getByText(
        'Tệp mẫu có sẵn mã của kế hoạch bạn vừa mở ở cột "Mã kế hoạch" và một dòng ví dụ.',
      ),
    ).toBeTruthy();
    // neither units nor people: this viewer may import registrations only
    expect(screen.queryByText('Đơn vị', { selector: '.ant-radio-button-wrapper *' })).toBeNull();
    fireEvent.click(template);
    await waitFor(() => expect(savedFiles()).toHaveLength(1));
    expect(api.restCalls[0]?.url).toBe(
      `/api/templates/campaign-registrations.xlsx?planId=${PLAN_ID}`,
    );

    fireEvent.change(await fileInput(), {
      target: { files: [new File(['PK'], 'dang-ky-thi-dua-2025.xlsx')] },
    });
    fireEvent.click(getButton('Tải lên và kiểm tra'));
    await waitFor(() => expect(api.restCalls).toHaveLength(2));
    expect(api.restCalls[1]?.url).toBe('/api/imports/campaign-registrations');
    // the plan stays in the address next to the batch, for the result's link
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('lo')).toBe(batch.id),
    );
    expect(new URLSearchParams(router.state.location.search).get('ke-hoach')).toBe(PLAN_ID);
  }, 60_000);

  it('starts on the kind the address names among several, and ignores one the viewer may not import', async () => {
    mockGraphql({
      Me: { data: { me: makeViewer(['UNIT_READ', 'UNIT_MANAGE', 'CAMPAIGN_MANAGE']) } },
    });
    const first = renderApp(FROM_PLAN);
    await findButton('Tải tệp mẫu (Đăng ký thi đua)');
    expect(checkedKind()).toBe('Đăng ký thi đua');
    // another kind: the plan's hint goes, the general one for registrations is not shown either
    fireEvent.click(screen.getByText('Đơn vị', { selector: '.ant-radio-button-wrapper *' }));
    expect(await findButton('Tải tệp mẫu (Đơn vị)')).toBeTruthy();
    expect(screen.queryByText(/Tệp mẫu có sẵn mã của kế hoạch/)).toBeNull();
    first.unmount();

    mockGraphql({ Me: { data: { me: makeViewer(['UNIT_READ', 'UNIT_MANAGE']) } } });
    renderApp(FROM_PLAN);
    expect(await findButton('Tải tệp mẫu (Đơn vị)')).toBeTruthy();
    expect(screen.queryByText('Đăng ký thi đua')).toBeNull();
  }, 60_000);

  it('without a plan in the address, says where the plan id comes from and sends no planId', async () => {
    clearSavedFiles();
    const api = mockGraphql(
      { Me: { data: { me: makeViewer(['CAMPAIGN_MANAGE']) } } },
      {
        'GET /api/templates/campaign-registrations.xlsx': () =>
          new Response('xlsx', { status: 200 }),
      },
    );
    // a mangled id is no plan: nothing is built from it
    renderApp('/to-chuc/nhap-excel?loai=campaign-registrations&ke-hoach=khong-phai-ma');
    fireEvent.click(await findButton('Tải tệp mẫu (Đăng ký thi đua)'));
    expect(screen.getByText(/tải tệp mẫu từ thẻ "Đăng ký" của kế hoạch để có sẵn mã/)).toBeTruthy();
    await waitFor(() => expect(savedFiles()).toHaveLength(1));
    expect(api.restCalls[0]?.url).toBe('/api/templates/campaign-registrations.xlsx');
  }, 60_000);

  it('after the import, refreshes the plans’ data and leads back to the plan’s registrations', async () => {
    let committed = false;
    let polls = 0;
    mockGraphql({
      Me: { data: { me: makeViewer(['CAMPAIGN_READ', 'CAMPAIGN_MANAGE']) } },
      ImportBatch: () => ({
        data: {
          importBatch: committed
            ? { ...batch, status: 'COMMITTED', job: job(2, 'SUCCEEDED') }
            : batch,
        },
      }),
      ImportBatchRows: rows,
      CommitImport: () => ({
        data: { commitImport: { ...batch, status: 'COMMITTING', job: job(0, 'QUEUED') } },
      }),
      Job: () => {
        polls += 1;
        if (polls < 2) return { data: { job: job(1, 'RUNNING') } };
        committed = true;
        return { data: { job: job(2, 'SUCCEEDED') } };
      },
    });
    const { router, queryClient } = renderApp(`${FROM_PLAN}&lo=${batch.id}`);
    // what the plan's registrations tab had read before the import
    const registrations = [...campaignKeys.followUp(PLAN_ID), 'registrations'];
    queryClient.setQueryData(registrations, { cached: true });

    const commit = await findButton('Nhập dữ liệu');
    await waitFor(() => expect(commit.disabled).toBe(false));
    fireEvent.click(commit);
    const dialog = (await screen.findAllByText('Nhập dữ liệu từ tệp này?'))[0]!.closest(
      '.ant-modal',
    )!;
    fireEvent.click(getButton('Nhập dữ liệu', dialog as HTMLElement));

    expect(await screen.findByText('Đã nhập xong', {}, { timeout: 6000 })).toBeTruthy();
    await waitFor(() => expect(queryClient.getQueryState(registrations)?.isInvalidated).toBe(true));
    fireEvent.click(getButton('Xem đăng ký của kế hoạch'));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/thi-dua/ke-hoach/${PLAN_ID}`),
    );
    expect(router.state.location.search).toBe('?muc=dang-ky');
  }, 60_000);

  it('leads to the plans list when the plan is not known', async () => {
    mockGraphql({
      Me: { data: { me: makeViewer(['CAMPAIGN_READ', 'CAMPAIGN_MANAGE']) } },
      ImportBatch: {
        data: { importBatch: { ...batch, status: 'COMMITTED', job: job(2, 'SUCCEEDED') } },
      },
    });
    const { router } = renderApp(`/to-chuc/nhap-excel?lo=${batch.id}`);
    fireEvent.click(await findButton('Xem danh sách kế hoạch thi đua'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/thi-dua/ke-hoach'));
    expect(screen.queryByText('Xem danh sách cán bộ')).toBeNull();
  }, 60_000);
});
