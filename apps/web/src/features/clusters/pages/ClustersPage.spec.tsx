import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, findButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const cluster = (id: string, name: string, kind: 'CUM' | 'KHOI') => ({
  id,
  code: id.toUpperCase(),
  name,
  kind,
  description: null,
  memberCount: 3,
  version: 1,
  organizer: { id: 'u-vlg', name: 'Ủy ban nhân dân tỉnh Vĩnh Long', canOpen: true },
});

const page = (nodes: unknown[], endCursor: string | null, totalCount = nodes.length) => ({
  data: {
    clusters: {
      totalCount,
      totalCountCapped: false,
      pageInfo: { hasNextPage: endCursor !== null, endCursor },
      edges: nodes.map((node) => ({ node })),
    },
  },
});

const cum1 = cluster('cum-1', 'Cụm thi đua số 1', 'CUM');
const cum2 = cluster('cum-2', 'Cụm thi đua số 2', 'CUM');
const khoi = cluster('khoi-1', 'Khối các cơ quan Đảng', 'KHOI');

describe('ClustersPage — danh sách cụm, khối', () => {
  it('loads more after the cursor, and a new filter or search starts again from the first page', async () => {
    const api = mockGraphql({
      Me: { data: { me: makeViewer(['UNIT_READ']) } },
      Clusters: (v) => {
        if (v['search']) return page([], null);
        if (v['kind'] === 'KHOI') return page([khoi], null);
        return v['after'] === 'cur-1' ? page([cum2], null, 2) : page([cum1], 'cur-1', 2);
      },
    });
    renderApp('/to-chuc/cum-khoi');

    expect(await screen.findByText('Cụm thi đua số 1', {}, { timeout: 10_000 })).toBeTruthy();
    fireEvent.click(await findButton('Tải thêm'));
    expect(await screen.findByText('Cụm thi đua số 2')).toBeTruthy();
    expect(api.callsOf('Clusters').map((call) => call.variables['after'])).toEqual([null, 'cur-1']);

    await chooseOption(screen.getByLabelText('Lọc theo loại'), 'Khối thi đua');
    expect(await screen.findByText('Khối các cơ quan Đảng')).toBeTruthy();
    // the cursor of the unfiltered list means nothing to the filtered one
    expect(api.callsOf('Clusters').at(-1)?.variables).toMatchObject({ kind: 'KHOI', after: null });
    expect(screen.queryByText('Cụm thi đua số 1')).toBeNull();
    expect(screen.queryByText('Cụm thi đua số 2')).toBeNull();

    fireEvent.change(screen.getByLabelText('Tìm kiếm cụm, khối'), { target: { value: ' xyz ' } });
    expect(await screen.findByText('Không có cụm, khối phù hợp')).toBeTruthy();
    expect(api.callsOf('Clusters').at(-1)?.variables).toMatchObject({
      search: 'xyz',
      kind: 'KHOI',
      after: null,
    });
  });
});
