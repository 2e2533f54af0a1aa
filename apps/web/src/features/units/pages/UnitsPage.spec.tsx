import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeUnitNode, makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const province = makeUnitNode({ childCount: 2 });
const soNoiVu = makeUnitNode({
  id: 'u-snv',
  code: 'VLG-SNV',
  name: 'Sở Nội vụ',
  parentId: 'u-vlg',
  depth: 1,
  kind: { id: 'k-dept', code: 'DEPARTMENT', name: 'Sở, ban, ngành và tương đương' },
});
const xaPhuThuan = makeUnitNode({
  id: 'u-phuthuan',
  code: 'VLG-X-PHUTHUAN',
  name: 'Ủy ban nhân dân xã Phú Thuận',
  parentId: 'u-vlg',
  depth: 1,
  kind: { id: 'k-commune', code: 'COMMUNE', name: 'Ủy ban nhân dân xã, phường, đặc khu' },
});
// before the 2025 reform: a district that ended on 30/06/2025
const huyenCu = makeUnitNode({
  id: 'u-huyen',
  code: 'VLG-H-CU',
  name: 'Ủy ban nhân dân huyện Chợ Lách',
  parentId: 'u-vlg',
  depth: 1,
  validFrom: '2004-01-01',
  validTo: '2025-06-30',
  status: 'DISSOLVED',
  readOnly: true,
});

interface ChildrenVariables {
  tree: string;
  parentId: string | null;
  asOf: string | null;
  includeEnded: boolean;
}

function mockTree() {
  return mockGraphql({
    Me: { data: { me: makeViewer(['UNIT_READ']) } },
    UnitChildren: (raw) => {
      const v = raw as unknown as ChildrenVariables;
      if (v.parentId === null) return { data: { unitChildren: [province] } };
      if (v.parentId === 'u-vlg') {
        // as of that day the district still had its communes: the count is that day's
        if (v.asOf === '2025-06-30')
          return { data: { unitChildren: [{ ...huyenCu, childCount: 3 }, soNoiVu] } };
        return {
          data: {
            unitChildren: v.includeEnded ? [soNoiVu, xaPhuThuan, huyenCu] : [soNoiVu, xaPhuThuan],
          },
        };
      }
      return { data: { unitChildren: [] } };
    },
    UnitSearch: {
      data: {
        units: {
          totalCount: 1,
          totalCountCapped: false,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: [{ node: { ...xaPhuThuan, parent: { id: 'u-vlg', name: province.name } } }],
        },
      },
    },
    UnitEndedMatches: { data: { units: { endedMatchCount: 3 } } },
  });
}

describe('UnitsPage — cây đơn vị', () => {
  it('loads only the roots, then each level when it is opened (and only once)', async () => {
    const api = mockTree();
    renderApp('/to-chuc/don-vi');

    const tree = await screen.findByRole('tree', { name: 'Chính quyền' });
    expect(await within(tree).findByRole('link', { name: province.name })).toBeTruthy();
    expect(api.callsOf('UnitChildren').map((c) => c.variables)).toEqual([
      { tree: 'GOVERNMENT', parentId: null, asOf: null, includeEnded: false },
    ]);
    expect(within(tree).queryByText('Sở Nội vụ')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: `Mở rộng ${province.name}` }));
    expect(await within(tree).findByRole('link', { name: 'Sở Nội vụ' })).toBeTruthy();
    expect(within(tree).getByRole('link', { name: xaPhuThuan.name })).toBeTruthy();
    expect(api.callsOf('UnitChildren')).toHaveLength(2);
    expect(api.callsOf('UnitChildren')[1]?.variables).toEqual({
      tree: 'GOVERNMENT',
      parentId: 'u-vlg',
      asOf: null,
      includeEnded: false,
    });
    const item = within(tree).getByRole('treeitem', { name: province.name });
    expect(item.getAttribute('aria-expanded')).toBe('true');
    expect(item.getAttribute('aria-level')).toBe('1');
    // leaves (no children today) offer no expand button
    expect(screen.queryByRole('button', { name: 'Mở rộng Sở Nội vụ' })).toBeNull();

    // closing and reopening uses what was loaded
    fireEvent.click(screen.getByRole('button', { name: `Thu gọn ${province.name}` }));
    expect(within(tree).queryByText('Sở Nội vụ')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: `Mở rộng ${province.name}` }));
    expect(await within(tree).findByRole('link', { name: 'Sở Nội vụ' })).toBeTruthy();
    expect(api.callsOf('UnitChildren')).toHaveLength(2);
  });

  it('reloads the tree as of the chosen date (dd/mm/yyyy)', async () => {
    const api = mockTree();
    const { router } = renderApp('/to-chuc/don-vi');
    await screen.findByRole('link', { name: province.name });

    const picker = screen.getByLabelText('Xem tại ngày');
    fireEvent.mouseDown(picker);
    fireEvent.focus(picker);
    fireEvent.change(picker, { target: { value: '30/06/2025' } });
    fireEvent.keyDown(picker, { key: 'Enter', code: 'Enter' });

    expect(await screen.findByText('Cây tổ chức tại ngày 30/06/2025.')).toBeTruthy();
    expect(new URLSearchParams(router.state.location.search).get('ngay')).toBe('2025-06-30');
    await waitFor(() =>
      expect(api.callsOf('UnitChildren').at(-1)?.variables).toEqual({
        tree: 'GOVERNMENT',
        parentId: null,
        asOf: '2025-06-30',
        includeEnded: false,
      }),
    );

    // the tree starts again from its roots, and every level is asked for that date
    fireEvent.click(await screen.findByRole('button', { name: `Mở rộng ${province.name}` }));
    const tree = screen.getByRole('tree', { name: 'Chính quyền' });
    const district = await within(tree).findByRole('treeitem', { name: huyenCu.name });
    expect(within(tree).queryByText(xaPhuThuan.name)).toBeNull();
    expect(api.callsOf('UnitChildren').at(-1)?.variables).toMatchObject({
      parentId: 'u-vlg',
      asOf: '2025-06-30',
    });
    // an ended unit is shown with its status and dates
    expect(within(district).getByText('Đã giải thể')).toBeTruthy();
    expect(within(district).getByText('01/01/2004 – 30/06/2025')).toBeTruthy();
    // the counts are that day's: the district opens, a unit without children then does not
    expect(within(district).getByText('· 3 đơn vị trực thuộc')).toBeTruthy();
    expect(screen.getByRole('button', { name: `Mở rộng ${huyenCu.name}` })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mở rộng Sở Nội vụ' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Về hôm nay' }));
    await waitFor(() => expect(screen.queryByText(/Cây tổ chức tại ngày/)).toBeNull());
    expect(new URLSearchParams(router.state.location.search).get('ngay')).toBeNull();
  });

  it('shows ended units, greyed with their dates, when asked', async () => {
    const api = mockTree();
    renderApp('/to-chuc/don-vi');
    await screen.findByRole('link', { name: province.name });

    fireEvent.click(screen.getByRole('switch'));
    fireEvent.click(await screen.findByRole('button', { name: `Mở rộng ${province.name}` }));
    const link = await screen.findByRole('link', { name: huyenCu.name });
    expect(link.getAttribute('style')).toContain('line-through');
    expect(api.callsOf('UnitChildren').at(-1)?.variables).toMatchObject({
      parentId: 'u-vlg',
      includeEnded: true,
    });
  });

  it('searches without accents and opens the unit found', async () => {
    const api = mockTree();
    const { router } = renderApp('/to-chuc/don-vi');
    await screen.findByRole('link', { name: province.name });

    fireEvent.change(screen.getByLabelText('Tìm kiếm đơn vị'), {
      target: { value: 'phu thuan' },
    });
    expect(await screen.findByText('Kết quả tìm kiếm: 1 đơn vị')).toBeTruthy();
    expect(api.callsOf('UnitSearch')[0]?.variables).toMatchObject({
      search: 'phu thuan',
      tree: 'GOVERNMENT',
    });
    // the ended units the search leaves out are announced, with a way to show them (issue 9, C5)
    expect(await screen.findByText('3 đơn vị đã kết thúc cũng khớp')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hiện cả các đơn vị này' }));
    await waitFor(() =>
      expect(api.callsOf('UnitSearch').at(-1)?.variables).toMatchObject({ includeEnded: true }),
    );
    await waitFor(() => expect(screen.queryByText('3 đơn vị đã kết thúc cũng khớp')).toBeNull());
    fireEvent.click(screen.getByRole('link', { name: xaPhuThuan.name }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/to-chuc/don-vi/u-phuthuan'));
  });

  it('browses each hierarchy on its own tab, kept in the address', async () => {
    const api = mockTree();
    const { router } = renderApp('/to-chuc/don-vi');
    await screen.findByRole('link', { name: province.name });

    fireEvent.click(screen.getByText('Đảng', { selector: '[role="tab"]' }));
    expect(await screen.findByRole('tree', { name: 'Đảng' })).toBeTruthy();
    expect(new URLSearchParams(router.state.location.search).get('he-thong')).toBe('dang');
    await waitFor(() =>
      expect(api.callsOf('UnitChildren').at(-1)?.variables).toEqual({
        tree: 'PARTY',
        parentId: null,
        asOf: null,
        includeEnded: false,
      }),
    );

    fireEvent.click(screen.getByText('Mặt trận – đoàn thể', { selector: '[role="tab"]' }));
    await waitFor(() =>
      expect(api.callsOf('UnitChildren').at(-1)?.variables).toMatchObject({ tree: 'FRONT' }),
    );
    expect(new URLSearchParams(router.state.location.search).get('he-thong')).toBe('mat-tran');
    // a search stays within the hierarchy shown
    fireEvent.change(screen.getByLabelText('Tìm kiếm đơn vị'), {
      target: { value: 'hoi nong dan' },
    });
    await waitFor(() =>
      expect(api.callsOf('UnitSearch').at(-1)?.variables).toMatchObject({
        search: 'hoi nong dan',
        tree: 'FRONT',
      }),
    );
  });
});
