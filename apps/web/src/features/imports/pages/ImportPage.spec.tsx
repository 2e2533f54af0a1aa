import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { clearSavedFiles, savedFiles } from '../../../test/downloads';

// the browser's "save file" is not jsdom's to do

const batchWithErrors = {
  id: 'b-1',
  kind: 'UNITS',
  fileName: 'don-vi-vinh-long.xlsx',
  status: 'PREVIEW',
  columns: ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Mã đơn vị cấp trên'],
  rowCount: 5,
  errorCount: 2,
  createCount: 2,
  updateCount: 1,
  unchangedCount: 0,
  createdAt: '2025-07-02T02:00:00.000Z',
  job: null,
};

const rows = [
  {
    rowNumber: 2,
    action: 'CREATE',
    values: ['VLG-X-PHUTAN', 'Ủy ban nhân dân xã Phú Tân', 'COMMUNE', 'VLG'],
    problems: [],
  },
  {
    rowNumber: 3,
    action: 'INVALID',
    values: ['VLG-X-LOI', '', 'COMMUNE', 'KHONG-CO'],
    problems: ['Thiếu tên đơn vị.', 'Không có đơn vị cấp trên mã KHONG-CO.'],
  },
];

const connection = (list: typeof rows) => ({
  data: {
    importBatch: {
      id: 'b-1',
      rows: {
        totalCount: list.length,
        totalCountCapped: false,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: list.map((node) => ({ node })),
      },
    },
  },
});

function job(progress: number, status: string) {
  return {
    id: 'j-1',
    kind: 'IMPORT_UNITS',
    status,
    progress,
    total: 4,
    message: null,
    error: null,
    startedAt: '2025-07-02T02:01:00.000Z',
    finishedAt: status === 'SUCCEEDED' ? '2025-07-02T02:01:05.000Z' : null,
  };
}

describe('ImportPage — nhập đơn vị từ Excel', () => {
  it('uploads the file, previews it, and keeps the import closed while rows have errors', async () => {
    const api = mockGraphql(
      {
        Me: { data: { me: makeViewer(['UNIT_READ', 'UNIT_MANAGE']) } },
        ImportBatch: { data: { importBatch: batchWithErrors } },
        ImportBatchRows: (v) =>
          connection(v['onlyProblems'] ? rows.filter((r) => r.problems.length > 0) : rows),
        DiscardImport: { data: { discardImport: 'b-1' } },
      },
      {
        'POST /api/imports/units': () =>
          new Response(JSON.stringify({ batchId: 'b-1' }), {
            status: 201,
            headers: { 'content-type': 'application/json' },
          }),
        'GET /api/imports/b-1/problems.xlsx': () =>
          new Response(new Uint8Array([0x50, 0x4b]), {
            status: 200,
            headers: {
              'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              'content-disposition': `attachment; filename="loi-nhap-don-vi.xlsx"; filename*=UTF-8''${encodeURIComponent('Lỗi nhập đơn vị.xlsx')}`,
            },
          }),
      },
    );
    const { router } = renderApp('/to-chuc/nhap-excel');

    const input = await waitFor(
      () => {
        const found = document.querySelector<HTMLInputElement>('input[type="file"]');
        if (!found) throw new Error('no file input yet');
        return found;
      },
      { timeout: 10_000 },
    );
    const file = new File(['PK…'], 'don-vi-vinh-long.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText('don-vi-vinh-long.xlsx')).toBeTruthy();
    fireEvent.click(getButton('Tải lên và kiểm tra'));

    // the file went as multipart field "file", same origin
    await waitFor(() => expect(api.restCalls).toHaveLength(1));
    const sent = api.restCalls[0]!;
    expect(sent.init?.credentials).toBe('same-origin');
    expect((sent.init?.body as FormData).get('file')).toBeInstanceOf(File);
    expect(((sent.init?.body as FormData).get('file') as File).name).toBe('don-vi-vinh-long.xlsx');
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('lo')).toBe('b-1'),
    );

    // counts, the error rows in red, and no way to import
    const counts = await screen.findByTestId('import-counts');
    expect(within(counts).getByText('Tạo mới').closest('.ant-card')?.textContent).toContain('2');
    expect(within(counts).getByText('Lỗi').closest('.ant-card')?.textContent).toContain('2');
    expect(await screen.findByText('Có 2 dòng lỗi')).toBeTruthy();
    const problem = await screen.findByText('Không có đơn vị cấp trên mã KHONG-CO.');
    expect(problem.closest('tr')?.getAttribute('data-problem')).toBe('true');
    expect(getButton('Nhập dữ liệu').disabled).toBe(true);
    // with errors, only the error rows are listed first
    expect(api.callsOf('ImportBatchRows')[0]?.variables).toMatchObject({
      id: 'b-1',
      onlyProblems: true,
    });
    expect(screen.queryByText('Ủy ban nhân dân xã Phú Tân')).toBeNull();

    fireEvent.click(screen.getByRole('switch'));
    expect(await screen.findByText('Ủy ban nhân dân xã Phú Tân')).toBeTruthy();
    expect(api.callsOf('ImportBatchRows').at(-1)?.variables).toMatchObject({ onlyProblems: false });
    // the template's headers name the columns
    expect(screen.getAllByText('Mã đơn vị cấp trên').length).toBeGreaterThan(0);

    // the rows to fix, as a file to correct in Excel
    fireEvent.click(getButton('Tải các dòng lỗi (Excel)'));
    expect(await screen.findByText('Đã tải tệp Lỗi nhập đơn vị.xlsx.')).toBeTruthy();
    expect(api.restCalls.map((call) => call.url)).toContain('/api/imports/b-1/problems.xlsx');
    expect(savedFiles().at(-1)?.name).toBe('Lỗi nhập đơn vị.xlsx');
    clearSavedFiles();

    // discarding asks first
    fireEvent.click(getButton('Hủy bỏ tệp này'));
    const dialog = (await screen.findAllByText('Hủy bỏ tệp đã tải lên?'))[0]!.closest(
      '.ant-modal',
    )!;
    expect(api.callsOf('DiscardImport')).toHaveLength(0);
    fireEvent.click(getButton('Hủy bỏ tệp này', dialog as HTMLElement));
    await waitFor(() => expect(api.callsOf('DiscardImport')).toHaveLength(1));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('lo')).toBeNull(),
    );
    expect(await screen.findByText('Kéo thả tệp .xlsx vào đây, hoặc bấm để chọn tệp')).toBeTruthy();
  }, 60_000);

  it('commits a clean file and follows the job until it is done', async () => {
    const clean = { ...batchWithErrors, errorCount: 0, rowCount: 3 };
    let polls = 0;
    let committed = false;
    const api = mockGraphql({
      Me: { data: { me: makeViewer(['UNIT_READ', 'UNIT_MANAGE']) } },
      ImportBatch: () => ({
        data: {
          importBatch: committed
            ? { ...clean, status: 'COMMITTED', job: job(4, 'SUCCEEDED') }
            : clean,
        },
      }),
      ImportBatchRows: connection(rows.slice(0, 1)),
      CommitImport: () => ({
        data: { commitImport: { ...clean, status: 'COMMITTING', job: job(0, 'QUEUED') } },
      }),
      Job: () => {
        polls += 1;
        if (polls === 1) return { data: { job: job(0, 'RUNNING') } };
        if (polls === 2) return { data: { job: job(2, 'RUNNING') } };
        committed = true;
        return { data: { job: job(4, 'SUCCEEDED') } };
      },
    });
    renderApp('/to-chuc/nhap-excel?lo=b-1');

    const commit = await findButton('Nhập dữ liệu');
    await waitFor(() => expect(commit.disabled).toBe(false));
    fireEvent.click(commit);
    const dialog = (await screen.findAllByText('Nhập dữ liệu từ tệp này?'))[0]!.closest(
      '.ant-modal',
    )!;
    expect(dialog.textContent).toContain('Tạo mới 2 và cập nhật 1 bản ghi.');
    expect(api.callsOf('CommitImport')).toHaveLength(0);
    fireEvent.click(getButton('Nhập dữ liệu', dialog as HTMLElement));

    // the progress bar follows the job, asked again every second
    const bar = await screen.findByRole('progressbar', { name: 'Tiến độ nhập dữ liệu' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    await waitFor(
      () => expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50'),
      { timeout: 4000 },
    );
    expect(screen.getByTestId('import-progress-text').textContent).toBe('Đã xử lý 2 / 4 dòng');

    expect(await screen.findByText('Đã nhập xong', {}, { timeout: 4000 })).toBeTruthy();
    expect(screen.getByText('Tạo mới 2, cập nhật 1, không đổi 0 bản ghi.')).toBeTruthy();
    expect(api.callsOf('CommitImport')[0]?.variables).toEqual({ batchId: 'b-1' });
    expect(api.callsOf('Job').every((c) => c.variables['id'] === 'j-1')).toBe(true);
    // polling stops once the job has ended
    const asked = api.callsOf('Job').length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(api.callsOf('Job')).toHaveLength(asked);
  }, 60_000);
});

describe('ImportPage — nhập cán bộ, tệp mẫu, lỗi', () => {
  it('offers only what the viewer may import: people, with their template', async () => {
    const api = mockGraphql(
      { Me: { data: { me: makeViewer(['PERSON_READ', 'PERSON_MANAGE']) } } },
      {
        'GET /api/templates/people.xlsx': () =>
          new Response('xlsx', {
            status: 200,
            headers: {
              'content-disposition': `attachment; filename="mau-nhap-nhan-su.xlsx"; filename*=UTF-8''m%E1%BA%ABu-nh%E1%BA%ADp-nh%C3%A2n-s%E1%BB%B1.xlsx`,
            },
          }),
        'POST /api/imports/people': () =>
          new Response(
            JSON.stringify({
              code: 'BAD_USER_INPUT',
              message: 'Tệp không đúng mẫu: thiếu cột "Họ và tên".',
              fields: { file: ['Tệp không đúng mẫu: thiếu cột "Họ và tên".'] },
            }),
            { status: 400, headers: { 'content-type': 'application/json' } },
          ),
      },
    );
    renderApp('/to-chuc/nhap-excel');

    // one kind only: no choice of units
    const template = await findButton('Tải tệp mẫu (Cán bộ, người lao động)', undefined);
    expect(screen.queryByText('Đơn vị', { selector: '.ant-radio-button-wrapper *' })).toBeNull();
    fireEvent.click(template);
    await waitFor(() => expect(savedFiles()).toHaveLength(1));
    expect(savedFiles()[0]?.name).toBe('mẫu-nhập-nhân-sự.xlsx');
    expect(api.restCalls[0]?.url).toBe('/api/templates/people.xlsx');

    // a file the API refuses: its Vietnamese reason, and no batch
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    fireEvent.change(input, {
      target: { files: [new File(['PK'], 'can-bo.xlsx', { type: 'application/octet-stream' })] },
    });
    fireEvent.click(await findButton('Tải lên và kiểm tra'));
    expect(await screen.findByText('Tệp không đúng mẫu: thiếu cột "Họ và tên".')).toBeTruthy();
    expect(api.restCalls.at(-1)?.url).toBe('/api/imports/people');
    expect(api.calls.filter((c) => c.operationName === 'ImportBatch')).toHaveLength(0);
  }, 60_000);

  it('refuses a file that is not .xlsx before sending it', async () => {
    const api = mockGraphql({ Me: { data: { me: makeViewer(['UNIT_READ', 'UNIT_MANAGE']) } } });
    renderApp('/to-chuc/nhap-excel');
    const input = await waitFor(
      () => {
        const found = document.querySelector<HTMLInputElement>('input[type="file"]');
        if (!found) throw new Error('no file input yet');
        return found;
      },
      { timeout: 10_000 },
    );
    fireEvent.change(input, { target: { files: [new File(['x'], 'don-vi.xls')] } });
    expect(await screen.findByText('Chỉ nhận tệp Excel định dạng .xlsx.')).toBeTruthy();
    fireEvent.click(getButton('Tải lên và kiểm tra'));
    expect(await screen.findByText('Vui lòng chọn tệp Excel.')).toBeTruthy();
    expect(api.restCalls).toHaveLength(0);
  }, 60_000);

  it('shows why a committed import failed, and that nothing changed', async () => {
    mockGraphql({
      Me: { data: { me: makeViewer(['UNIT_READ', 'UNIT_MANAGE']) } },
      ImportBatch: {
        data: {
          importBatch: {
            ...batchWithErrors,
            errorCount: 0,
            status: 'FAILED',
            job: {
              ...job(1, 'FAILED'),
              error: 'Dòng 3: mã đơn vị VLG-X-PHUTAN đã được dùng trong lúc nhập.',
            },
          },
        },
      },
    });
    renderApp('/to-chuc/nhap-excel?lo=b-1');
    expect(
      await screen.findByText('Nhập dữ liệu không thành công', {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(
      screen.getByText('Dòng 3: mã đơn vị VLG-X-PHUTAN đã được dùng trong lúc nhập.'),
    ).toBeTruthy();
    expect(getButton('Nhập tệp khác')).toBeTruthy();
  }, 60_000);
});
