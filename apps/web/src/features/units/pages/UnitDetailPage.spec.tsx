import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { findButton, getButton } from '../../../test/antd';
import { makeUnitDetail, makeUnitNode, makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const commune = { id: 'k-commune', code: 'COMMUNE', name: 'Ủy ban nhân dân xã, phường, đặc khu' };
const province = { id: 'u-vlg', name: 'Ủy ban nhân dân tỉnh Vĩnh Long', canOpen: true };

const merge = {
  id: 'r-1',
  kind: 'MERGE',
  effectiveDate: '2025-07-01',
  legalBasisNumber: '1656/NQ-UBTVQH15',
  legalBasisDate: '2025-06-16',
  legalBasisTitle: 'về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Vĩnh Long năm 2025',
  note: null,
  createdAt: '2025-06-20T03:00:00.000Z',
  actorName: 'Trần Thị Thi Đua',
  sources: [
    { id: 'u-phuthuan', code: 'VLG-X-PHUTHUAN', name: 'Ủy ban nhân dân xã Phú Thuận' },
    { id: 'u-tanmy', code: 'VLG-X-TANMY', name: 'Ủy ban nhân dân xã Tân Mỹ' },
  ],
  results: [{ id: 'u-phutan', code: 'VLG-X-PHUTAN', name: 'Ủy ban nhân dân xã Phú Tân' }],
};

const phuTan = makeUnitDetail({
  id: 'u-phutan',
  code: 'VLG-X-PHUTAN',
  name: 'Ủy ban nhân dân xã Phú Tân',
  shortName: 'UBND',
  parentId: province.id,
  parent: province,
  ancestors: [province],
  depth: 1,
  kind: commune,
  peopleCount: 12,
  version: 3,
});

const phuThuan = makeUnitDetail({
  ...merge.sources[0],
  shortName: 'UBND',
  parentId: province.id,
  parent: province,
  ancestors: [province],
  depth: 1,
  kind: commune,
  validFrom: '2004-01-01',
  validTo: '2025-07-01',
  status: 'MERGED',
  readOnly: true,
});

/** Fast DOM queries: `getByRole` walks the accessibility tree of the whole antd page. */
const tab = (name: string) => screen.getByText(name, { selector: '[role="tab"]' });
const hasButton = (name: string) =>
  Array.from(document.querySelectorAll('button')).some(
    (button) => button.textContent?.replace(/\s+/g, ' ').trim() === name,
  );

function mockUnit(permissions: Parameters<typeof makeViewer>[0], extra = {}) {
  return mockGraphql({
    Me: { data: { me: makeViewer(permissions) } },
    UnitDetail: (v) => ({ data: { unit: v['id'] === phuThuan.id ? phuThuan : phuTan } }),
    UnitHistory: (v) => ({
      data: {
        unit: {
          id: v['id'],
          history:
            v['id'] === phuTan.id
              ? [
                  {
                    validFrom: '2025-07-01',
                    validTo: null,
                    code: phuTan.code,
                    name: phuTan.name,
                    shortName: 'UBND',
                    parent: province,
                    restructuring: merge,
                  },
                ]
              : [
                  {
                    validFrom: '2004-01-01',
                    validTo: '2025-07-01',
                    code: phuThuan.code,
                    name: phuThuan.name,
                    shortName: 'UBND',
                    parent: province,
                    restructuring: null,
                  },
                ],
        },
      },
    }),
    UnitLineage: (v) => ({
      data: {
        unit:
          v['id'] === phuTan.id
            ? {
                id: phuTan.id,
                predecessors: [
                  {
                    unit: makeUnitNode({
                      ...merge.sources[0],
                      status: 'MERGED',
                      validTo: '2025-07-01',
                    }),
                    restructuring: merge,
                  },
                  {
                    unit: makeUnitNode({
                      ...merge.sources[1],
                      status: 'MERGED',
                      validTo: '2025-07-01',
                    }),
                    restructuring: merge,
                  },
                ],
                successors: [],
              }
            : {
                id: phuThuan.id,
                predecessors: [],
                successors: [{ unit: makeUnitNode({ ...merge.results[0] }), restructuring: merge }],
              },
      },
    }),
    UnitChildren: { data: { unitChildren: [] } },
    UnitCounterparts: { data: { unit: { id: phuTan.id, counterparts: [] } } },
    ...extra,
  });
}

describe('UnitDetailPage — đơn vị và lịch sử', () => {
  it('links no level above the reader\'s scope, and offers no retry on "not found"', async () => {
    // a commune officer: the province above the commune cannot be opened
    const outside = { ...province, canOpen: false };
    mockUnit(['UNIT_READ'], {
      UnitDetail: (v: Record<string, unknown>) =>
        v['id'] === phuTan.id
          ? { data: { unit: { ...phuTan, parent: outside, ancestors: [outside] } } }
          : gqlError('NOT_FOUND', 'Không tìm thấy đơn vị, hoặc bạn không có quyền xem.'),
    });
    const first = renderApp('/to-chuc/don-vi/u-phutan');
    // the page title (h1 since the accessibility pass, h3 before)
    await screen.findByText(phuTan.name, { selector: 'h1, h3' }, { timeout: 10_000 });
    // before: the breadcrumb and "Cấp trên" linked to the province, which answers "not found"
    expect(document.querySelector(`a[href="/to-chuc/don-vi/${province.id}"]`)).toBeNull();
    const breadcrumb = document.querySelector('.ant-breadcrumb')!;
    expect(breadcrumb.textContent).not.toContain(province.name);
    expect(screen.getByText(province.name)).toBeTruthy(); // "Cấp trên" names it, unlinked
    first.unmount();

    renderApp('/to-chuc/don-vi/u-khac');
    expect(
      await screen.findByText(
        'Không tìm thấy đơn vị, hoặc bạn không có quyền xem.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    // asking again gives the same answer: no "Thử lại" (it is for network and server failures)
    expect(hasButton('Thử lại')).toBe(false);
  }, 60_000);

  it('offers a retry when the server failed', async () => {
    mockUnit(['UNIT_READ'], {
      UnitDetail: gqlError(
        'INTERNAL_SERVER_ERROR',
        'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.',
      ),
    });
    renderApp('/to-chuc/don-vi/u-phutan');
    expect(
      await screen.findByText(
        'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(hasButton('Thử lại')).toBe(true);
  }, 60_000);

  it('shows the details, and the history with the communes a merge formed it from', async () => {
    mockUnit(['UNIT_READ']);
    renderApp('/to-chuc/don-vi/u-phutan');

    expect(
      await screen.findByText(phuTan.name, { selector: 'h1, h3' }, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.getByText('VLG-X-PHUTAN')).toBeTruthy();
    expect(screen.getByText('12')).toBeTruthy();
    // no management rights: no restructuring, no editing
    expect(hasButton('Sắp xếp tổ chức')).toBe(false);
    expect(hasButton('Sửa thông tin')).toBe(false);

    fireEvent.click(tab('Lịch sử'));
    const version = await screen.findByTestId('unit-version');
    expect(
      within(version).getByText('Nghị quyết số 1656/NQ-UBTVQH15 ngày 16/06/2025'),
    ).toBeTruthy();
    expect(
      within(version).getByRole('link', { name: 'Ủy ban nhân dân xã Phú Thuận' }),
    ).toBeTruthy();
    expect(within(version).getByRole('link', { name: 'Ủy ban nhân dân xã Tân Mỹ' })).toBeTruthy();
    expect(within(version).getByText(/Trần Thị Thi Đua/)).toBeTruthy();

    fireEvent.click(tab('Nguồn gốc'));
    const formedFrom = (await screen.findByText('Hình thành từ')).closest('section')!;
    expect(
      within(formedFrom).getByRole('link', { name: 'Ủy ban nhân dân xã Tân Mỹ' }),
    ).toBeTruthy();
    expect(within(formedFrom).getAllByText('Đã sáp nhập')).toHaveLength(2);
    expect(screen.getByText('Chưa sáp nhập, chia tách vào đơn vị nào.')).toBeTruthy();

    // the tab is kept in the address
    fireEvent.click(tab('Đơn vị trực thuộc'));
    expect(await screen.findByText('Không có đơn vị trực thuộc.')).toBeTruthy();
  }, 60_000);

  it('keeps an ended unit read-only, pointing to what it became', async () => {
    mockUnit(['UNIT_READ', 'UNIT_MANAGE', 'UNIT_RESTRUCTURE']);
    renderApp('/to-chuc/don-vi/u-phuthuan?muc=nguon-goc');

    expect(
      await screen.findByText('Đơn vị đã kết thúc hoạt động', {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.getByText(/Đơn vị kết thúc hoạt động từ ngày 01\/07\/2025/)).toBeTruthy();
    const became = (await screen.findByText('Đã trở thành')).closest('section')!;
    expect(
      within(became).getByRole('link', { name: 'Ủy ban nhân dân xã Phú Tân' }).getAttribute('href'),
    ).toBe('/to-chuc/don-vi/u-phutan');
    // even with the rights, nothing new attaches to an ended unit
    expect(hasButton('Sắp xếp tổ chức')).toBe(false);
    expect(hasButton('Tạo đơn vị trực thuộc')).toBe(false);
  }, 60_000);

  it('opens the wizard for this unit from "Sắp xếp tổ chức"', async () => {
    mockUnit(['UNIT_READ', 'UNIT_RESTRUCTURE']);
    const { router } = renderApp('/to-chuc/don-vi/u-phutan');
    await screen.findByText(phuTan.name, { selector: 'h1, h3' }, { timeout: 10_000 });
    fireEvent.click(await findButton('Sắp xếp tổ chức'));
    fireEvent.click(await screen.findByText('Sáp nhập'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/to-chuc/sap-xep'));
    expect(router.state.location.search).toBe('?thao-tac=sap-nhap&don-vi=u-phutan');
  }, 60_000);

  it('edits the details that are not structure, and reports a stale version', async () => {
    let attempt = 0;
    const api = mockUnit(['UNIT_READ', 'UNIT_MANAGE'], {
      UpdateUnit: () => {
        attempt += 1;
        return attempt === 1
          ? gqlError('CONFLICT', 'Đơn vị đã được người khác sửa. Tải lại để xem bản mới nhất.')
          : { data: { updateUnit: { ...phuTan, address: 'Ấp Phú Hòa', version: 4 } } };
      },
    });
    renderApp('/to-chuc/don-vi/u-phutan');
    await screen.findByText(phuTan.name, { selector: 'h1, h3' }, { timeout: 10_000 });
    fireEvent.click(await findButton('Sửa thông tin'));
    const address = await screen.findByLabelText('Địa chỉ');
    fireEvent.change(address, { target: { value: 'Ấp Phú Hòa' } });
    fireEvent.click(getButton('Lưu thay đổi'));

    expect(
      await screen.findByText('Đơn vị đã được người khác sửa. Tải lại để xem bản mới nhất.'),
    ).toBeTruthy();
    expect(api.callsOf('UpdateUnit')[0]?.variables).toEqual({
      input: {
        id: 'u-phutan',
        version: 3,
        shortName: 'UBND',
        legalPerson: true,
        address: 'Ấp Phú Hòa',
        phone: null,
        email: null,
      },
    });

    fireEvent.click(getButton('Lưu thay đổi'));
    expect(await screen.findByText('Đã cập nhật thông tin đơn vị.')).toBeTruthy();
    expect(api.callsOf('UpdateUnit')).toHaveLength(2);
  }, 60_000);
});
