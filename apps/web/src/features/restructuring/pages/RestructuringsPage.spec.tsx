import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const merge = (id: string, number: string) => ({
  id,
  kind: 'MERGE',
  effectiveDate: '2025-07-01',
  legalBasisNumber: number,
  legalBasisDate: '2025-06-16',
  legalBasisTitle: 'Về việc sắp xếp các đơn vị hành chính cấp xã',
  note: null,
  createdAt: '2025-07-01T02:00:00.000Z',
  actorName: 'Quản trị hệ thống',
  sources: [{ id: 'u-a', code: 'X-A', name: 'Ủy ban nhân dân xã Phú Thuận' }],
  results: [{ id: 'u-b', code: 'X-B', name: 'Ủy ban nhân dân xã Phú Tân' }],
});

describe('RestructuringsPage — lịch sử sắp xếp (issue 9, C4)', () => {
  it('lists past restructurings, newest first, page by page', async () => {
    const api = mockGraphql({
      Me: { data: { me: makeViewer(['UNIT_READ']) } },
      Restructurings: (v) => ({
        data: {
          restructurings: {
            totalCount: 2,
            totalCountCapped: false,
            pageInfo: v['after']
              ? { hasNextPage: false, endCursor: 'c2' }
              : { hasNextPage: true, endCursor: 'c1' },
            edges: [
              {
                node: v['after'] ? merge('r-2', '2/NQ-UBTVQH15') : merge('r-1', '1656/NQ-UBTVQH15'),
              },
            ],
          },
        },
      }),
    });
    renderApp('/to-chuc/lich-su-sap-xep');
    expect(await screen.findByText('2 quyết định', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getAllByTestId('restructuring')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Ủy ban nhân dân xã Phú Tân' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tải thêm' }));
    await waitFor(() => expect(screen.getAllByTestId('restructuring')).toHaveLength(2));
    expect(api.callsOf('Restructurings').at(-1)?.variables).toMatchObject({
      first: 20,
      after: 'c1',
    });
  }, 60_000);
});
