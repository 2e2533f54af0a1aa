import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, explainOf, findButton, getButton } from '../../../test/antd';
import { makeUser, makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const kind = (overrides: Record<string, unknown>) => ({
  allowedParentCodes: [],
  canBeRoot: false,
  legalPersonDefault: false,
  sortOrder: 100,
  isSystem: false,
  version: 1,
  ...overrides,
});

const unitKinds = [
  kind({
    id: 'k-province',
    code: 'PROVINCE',
    name: 'Tỉnh, thành phố trực thuộc trung ương',
    tree: 'GOVERNMENT',
    canBeRoot: true,
    legalPersonDefault: true,
    sortOrder: 10,
    isSystem: true,
  }),
  kind({
    id: 'k-commune',
    code: 'COMMUNE',
    name: 'Xã, phường, đặc khu',
    tree: 'GOVERNMENT',
    allowedParentCodes: ['PROVINCE'],
    legalPersonDefault: true,
    sortOrder: 20,
    isSystem: true,
  }),
  kind({
    id: 'k-party-committee',
    code: 'PARTY_COMMITTEE',
    name: 'Tỉnh ủy',
    tree: 'PARTY',
    canBeRoot: true,
    sortOrder: 30,
    isSystem: true,
  }),
  kind({
    id: 'k-steering',
    code: 'BAN_CHI_DAO',
    name: 'Ban chỉ đạo',
    tree: 'GOVERNMENT',
    allowedParentCodes: ['PROVINCE', 'COMMUNE'],
    sortOrder: 90,
    version: 3,
  }),
];

/** A system-wide administrator (UNIT_MANAGE on no particular unit), or someone without the right. */
function mockKinds(manage: boolean) {
  const user = makeUser({
    roleAssignments: [
      {
        id: 'ra-admin',
        createdAt: '2025-01-02T03:00:00.000Z',
        role: { id: 'r-admin', code: 'SYSTEM_ADMIN', name: 'Quản trị hệ thống', isSystem: true },
        unit: null,
      },
    ],
  });
  return mockGraphql({
    Me: { data: { me: makeViewer(manage ? ['UNIT_READ', 'UNIT_MANAGE'] : ['UNIT_READ'], user) } },
    UnitKindCatalog: { data: { unitKinds } },
    CreateUnitKind: (variables) => ({
      data: {
        createUnitKind: kind({
          id: 'k-new',
          ...(variables as { input: Record<string, unknown> }).input,
        }),
      },
    }),
    UpdateUnitKind: gqlError('CONFLICT', 'Loại đơn vị đã được người khác cập nhật.'),
  });
}

describe('UnitKindsPage — danh mục loại đơn vị', () => {
  it('lists the kinds with their parents by name and filters them by tree', async () => {
    mockKinds(true);
    renderApp('/quan-tri/loai-don-vi');

    const row = (await screen.findByText('Ban chỉ đạo', {}, { timeout: 10_000 })).closest('tr')!;
    expect(within(row).getByText('Mã: BAN_CHI_DAO')).toBeTruthy();
    expect(within(row).getByText('Tỉnh, thành phố trực thuộc trung ương')).toBeTruthy();
    expect(within(row).getByText('Xã, phường, đặc khu')).toBeTruthy();
    expect(within(row).getByText('Tự định nghĩa')).toBeTruthy();
    const province = screen
      .getAllByText('Tỉnh, thành phố trực thuộc trung ương')
      .map((cell) => cell.closest('tr')!)
      .find((tr) => within(tr).queryByText('Loại hệ thống'))!;
    // a system kind's program code is not shown to officers
    expect(province.textContent).not.toContain('PROVINCE');
    expect(within(province).getByText('Loại hệ thống')).toBeTruthy();
    expect(within(province).getByText('Không trực thuộc loại nào')).toBeTruthy();
    expect(screen.getByText('Tỉnh ủy')).toBeTruthy();

    fireEvent.click(screen.getByText('Đảng', { selector: '.ant-segmented-item-label' }));
    await waitFor(() => expect(screen.queryByText('Ban chỉ đạo')).toBeNull());
    expect(screen.getByText('Tỉnh ủy')).toBeTruthy();
  }, 60_000);

  it('gives every column its own width, so none is squeezed', async () => {
    mockKinds(true);
    renderApp('/quan-tri/loai-don-vi');
    const row = (await screen.findByText('Ban chỉ đạo', {}, { timeout: 10_000 })).closest('tr')!;
    const table = row.closest('table')!;
    const widths = Array.from(table.querySelectorAll('colgroup col')).map((col) =>
      parseInt((col as HTMLElement).style.width, 10),
    );
    expect(widths).toHaveLength(7);
    // before: the parents column got what 960 px left of the others (10 px), tags one under another
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(90);
    expect(widths[0]).toBeGreaterThanOrEqual(300); // the name
    expect(widths[2]).toBeGreaterThanOrEqual(300); // the allowed parents' tags
    // a long name is cut with an ellipsis (its full text in a tooltip), not wrapped word by word
    expect(within(row).getByText('Ban chỉ đạo').closest('.ant-typography-ellipsis')).not.toBeNull();
  }, 60_000);

  it('offers editing only for custom kinds, and nothing without the right', async () => {
    mockKinds(true);
    const first = renderApp('/quan-tri/loai-don-vi');
    await findButton('Sửa Ban chỉ đạo');
    expect(screen.queryByLabelText('Sửa Tỉnh, thành phố trực thuộc trung ương')).toBeNull();
    expect(screen.queryByLabelText('Sửa Xã, phường, đặc khu')).toBeNull();
    first.unmount();

    mockKinds(false);
    renderApp('/quan-tri/loai-don-vi');
    expect(
      await screen.findByText('Không có quyền truy cập', {}, { timeout: 10_000 }),
    ).toBeTruthy();
  }, 60_000);

  it('creates a kind with the input the API expects', async () => {
    const api = mockKinds(true);
    renderApp('/quan-tri/loai-don-vi');

    fireEvent.click(
      await findButton('Thêm loại đơn vị', document.querySelector('main') ?? document),
    );
    const drawer = (
      await screen.findByText('Thêm loại đơn vị', { selector: '.ant-drawer-title' })
    ).closest('.ant-drawer') as HTMLElement;
    fireEvent.click(getButton('Lưu', drawer));
    await waitFor(() => expect(explainOf('Mã loại')).toContain('Vui lòng nhập mã loại đơn vị.'));
    expect(explainOf('Hệ thống')).toContain('Vui lòng chọn hệ thống.');

    fireEvent.change(within(drawer).getByLabelText('Mã loại'), {
      target: { value: 'to_cong_tac' },
    });
    fireEvent.change(within(drawer).getByLabelText('Tên loại'), {
      target: { value: '  Tổ công tác ' },
    });
    await chooseOption(within(drawer).getByLabelText('Hệ thống'), 'Chính quyền', undefined, false);
    await chooseOption(
      within(drawer).getByLabelText('Loại cấp trên được phép'),
      'Xã, phường, đặc khu',
      undefined,
      false,
    );
    fireEvent.click(within(drawer).getByLabelText('Pháp nhân mặc định'));
    fireEvent.click(getButton('Lưu', drawer));

    await waitFor(() => expect(api.callsOf('CreateUnitKind')).toHaveLength(1));
    expect(api.callsOf('CreateUnitKind')[0]?.variables).toEqual({
      input: {
        code: 'TO_CONG_TAC',
        name: 'Tổ công tác',
        tree: 'GOVERNMENT',
        allowedParentCodes: ['COMMUNE'],
        canBeRoot: false,
        legalPersonDefault: true,
        sortOrder: 100,
      },
    });
    expect(await screen.findByText('Đã tạo loại đơn vị.')).toBeTruthy();
  }, 60_000);

  it('asks before closing a changed form, and only then', async () => {
    mockKinds(true);
    renderApp('/quan-tri/loai-don-vi');
    // the form is rendered only while the drawer is open
    const formShown = () => screen.queryByLabelText('Tên loại') !== null;
    const openDrawer = async () => {
      fireEvent.click(
        await findButton('Thêm loại đơn vị', document.querySelector('main') ?? document),
      );
      return (await screen.findByLabelText('Tên loại')).closest('.ant-drawer') as HTMLElement;
    };

    // untouched: Hủy closes at once
    let drawer = await openDrawer();
    fireEvent.click(getButton('Hủy', drawer));
    await waitFor(() => expect(formShown()).toBe(false));
    expect(screen.queryAllByText('Bỏ các thay đổi chưa lưu?')).toHaveLength(0);

    drawer = await openDrawer();
    fireEvent.change(within(drawer).getByLabelText('Tên loại'), {
      target: { value: 'Tổ công tác' },
    });
    // the drawer's X asks; "Tiếp tục sửa" keeps the form and what was typed
    fireEvent.click(drawer.querySelector('.ant-drawer-close') as HTMLElement);
    const ask = (await screen.findAllByText('Bỏ các thay đổi chưa lưu?'))[0]!.closest(
      '.ant-modal',
    ) as HTMLElement;
    fireEvent.click(getButton('Tiếp tục sửa', ask));
    expect(formShown()).toBe(true);
    expect(within(drawer).getByLabelText('Tên loại')).toHaveProperty('value', 'Tổ công tác');

    // Hủy asks too; "Bỏ thay đổi" closes
    fireEvent.click(getButton('Hủy', drawer));
    const again = await waitFor(() => {
      const modals = Array.from(document.querySelectorAll('.ant-modal')).filter(
        (modal) => modal !== ask && modal.textContent?.includes('Bỏ các thay đổi chưa lưu?'),
      );
      expect(modals).toHaveLength(1);
      return modals[0] as HTMLElement;
    });
    fireEvent.click(getButton('Bỏ thay đổi', again));
    await waitFor(() => expect(formShown()).toBe(false));
  }, 60_000);

  it('shows the standard message when the kind changed meanwhile', async () => {
    const api = mockKinds(true);
    renderApp('/quan-tri/loai-don-vi');

    fireEvent.click(await findButton('Sửa Ban chỉ đạo'));
    const drawer = (
      await screen.findByText('Sửa loại đơn vị: Ban chỉ đạo', { selector: '.ant-drawer-title' })
    ).closest('.ant-drawer') as HTMLElement;
    expect(within(drawer).getByLabelText('Mã loại')).toHaveProperty('disabled', true);
    fireEvent.click(getButton('Lưu', drawer));

    await waitFor(() => expect(api.callsOf('UpdateUnitKind')).toHaveLength(1));
    expect(api.callsOf('UpdateUnitKind')[0]?.variables).toMatchObject({
      input: { id: 'k-steering', version: 3, allowedParentCodes: ['PROVINCE', 'COMMUNE'] },
    });
    expect(await within(drawer).findByText('Dữ liệu đã thay đổi')).toBeTruthy();
    expect(within(drawer).getByText('Loại đơn vị đã được người khác cập nhật.')).toBeTruthy();
  }, 60_000);
});
