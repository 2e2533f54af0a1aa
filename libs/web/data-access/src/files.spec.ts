import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ApiError, setUnauthenticatedHandler } from './client';
import {
  downloadFile,
  exportPath,
  fileNameFromDisposition,
  templatePath,
  toQueryString,
  uploadImport,
} from './files';

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthenticatedHandler(null);
});

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('addresses', () => {
  it('keeps only the filters that are set', () => {
    expect(toQueryString({ search: 'phu thuan', unitId: undefined, status: null, tree: '' })).toBe(
      '?search=phu+thuan',
    );
    expect(toQueryString({})).toBe('');
    expect(exportPath('users', { search: 'hoa', unitId: 'u-1', status: 'ACTIVE' })).toBe(
      '/api/exports/users.xlsx?search=hoa&unitId=u-1&status=ACTIVE',
    );
    expect(exportPath('units', { tree: 'PARTY', includeEnded: true })).toBe(
      '/api/exports/units.xlsx?tree=PARTY&includeEnded=true',
    );
    expect(templatePath('people')).toBe('/api/templates/people.xlsx');
  });

  it('reads the file name of Content-Disposition, Vietnamese names included', () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="don-vi.xlsx"; filename*=UTF-8''%C4%91%C6%A1n-v%E1%BB%8B.xlsx`,
      ),
    ).toBe('đơn-vị.xlsx');
    expect(fileNameFromDisposition('attachment; filename="can-bo.xlsx"')).toBe('can-bo.xlsx');
    expect(fileNameFromDisposition(null)).toBeUndefined();
  });
});

describe('uploadImport', () => {
  it('POSTs the file as multipart field "file" with the session cookie and returns the batch', async () => {
    fetchMock.mockResolvedValue(json({ batchId: 'b-7' }, 201));
    const file = new File(['x'], 'can-bo.xlsx');

    await expect(uploadImport('people', file)).resolves.toEqual({ batchId: 'b-7' });

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/imports/people');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect((init?.body as FormData).get('file')).toBeInstanceOf(File);
  });

  it('turns a GraphQL-shaped refusal into an ApiError with the Vietnamese message', async () => {
    fetchMock.mockResolvedValue(
      json(
        {
          errors: [
            {
              message: 'Tệp không đúng mẫu: thiếu cột "Mã đơn vị".',
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        },
        400,
      ),
    );
    const error = await failure(uploadImport('units', new File(['x'], 'sai.xlsx')));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('Tệp không đúng mẫu: thiếu cột "Mã đơn vị".');
    expect(error.status).toBe(400);
  });

  it("reads the API's REST error body { code, message, fields }", async () => {
    const notXlsx =
      'Tệp "bao-cao.xls" không phải tệp Excel .xlsx. Hãy lưu tệp dưới dạng Excel Workbook (.xlsx) rồi tải lên lại.';
    fetchMock.mockResolvedValue(
      json({ code: 'BAD_USER_INPUT', message: notXlsx, fields: { file: [notXlsx] } }, 400),
    );
    const error = await failure(uploadImport('units', new File(['x'], 'bao-cao.xls')));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(notXlsx);
    expect(error.fields).toEqual({ file: [notXlsx] });
    expect(error.status).toBe(400);

    fetchMock.mockResolvedValue(
      json({ code: 'FORBIDDEN', message: 'Bạn không có quyền nhập nhân sự.' }, 403),
    );
    const forbidden = await failure(uploadImport('people', new File(['x'], 'a.xlsx')));
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(forbidden.message).toBe('Bạn không có quyền nhập nhân sự.');
  });

  it('reports a bare 413 from a proxy as an HTTP error, a dropped connection as NETWORK_ERROR', async () => {
    fetchMock.mockResolvedValueOnce(new Response('Too large', { status: 413 }));
    expect((await failure(uploadImport('units', new File(['x'], 'a.xlsx')))).code).toBe(
      'HTTP_ERROR',
    );
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect((await failure(uploadImport('units', new File(['x'], 'a.xlsx')))).code).toBe(
      'NETWORK_ERROR',
    );
  });
});

describe('downloadFile', () => {
  it('returns the file and its server-given name', async () => {
    fetchMock.mockResolvedValue(
      new Response(new Blob(['xlsx']), {
        status: 200,
        headers: { 'content-disposition': 'attachment; filename="don-vi-2025.xlsx"' },
      }),
    );
    const file = await downloadFile('/api/exports/units.xlsx', 'don-vi.xlsx');
    expect(file.fileName).toBe('don-vi-2025.xlsx');
    expect(await file.blob.text()).toBe('xlsx');
    expect(fetchMock.mock.calls[0]![1]?.credentials).toBe('same-origin');
  });

  it('refuses to save an error as a file, and sends an expired session to the login page', async () => {
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    fetchMock.mockResolvedValue(
      json(
        {
          errors: [
            { message: 'Phiên làm việc đã hết hạn.', extensions: { code: 'UNAUTHENTICATED' } },
          ],
        },
        401,
      ),
    );
    const error = await failure(downloadFile('/api/exports/people.xlsx', 'can-bo.xlsx'));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(handler).toHaveBeenCalledTimes(1);

    // the REST error filter's shape, on an export
    fetchMock.mockResolvedValue(
      json({ code: 'UNAUTHENTICATED', message: 'Phiên làm việc đã hết hạn.' }, 401),
    );
    expect((await failure(downloadFile('/api/exports/units.xlsx', 'don-vi.xlsx'))).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(handler).toHaveBeenCalledTimes(2);

    fetchMock.mockResolvedValue(new Response('forbidden', { status: 403 }));
    const forbidden = await failure(downloadFile('/api/exports/people.xlsx', 'can-bo.xlsx'));
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(forbidden.message).toBe('Bạn không có quyền thực hiện thao tác này.');
  });
});
