import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const unit = { id: 'u-1', name: 'Sở Nội vụ', canOpen: true };

const evaluation = {
  id: 'e-1',
  version: 2,
  subject: 'INDIVIDUAL',
  personId: 'p-1',
  subjectName: 'Nguyễn Thị Hoa',
  year: 2024,
  grade: 'HTXSNV',
  source: 'Quyết định số 15/QĐ-SNV',
  note: null,
  canEdit: true,
  unit,
};

const initiative = {
  id: 'i-1',
  version: 3,
  subject: 'INDIVIDUAL',
  personId: 'p-1',
  subjectName: 'Nguyễn Thị Hoa',
  kind: 'SANG_KIEN',
  title: 'Số hóa hồ sơ thi đua',
  scope: 'UNIT',
  recognisedOn: '2024-06-01',
  recognisedBy: null,
  certificateNumber: null,
  note: null,
  canEdit: true,
  usedFor: { awardName: 'Chiến sĩ thi đua cơ sở', year: 2024, reference: 'TTr 12' },
  unit,
};

const page = (field: string, nodes: unknown[]) => ({
  data: {
    [field]: {
      totalCount: nodes.length,
      totalCountCapped: false,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ node })),
    },
  },
});

describe('RecordsPage — hồ sơ thành tích', () => {
  it('lists evaluations in the reader’s scope and filters them by year', async () => {
    const api = mockGraphql({
      Me: { data: { me: makeViewer(['RECORDS_READ']) } },
      Evaluations: () => page('evaluations', [{ ...evaluation, canEdit: false }]),
    });
    renderApp('/thi-dua/ho-so-thanh-tich');

    const row = (
      await screen.findByText('Nguyễn Thị Hoa (Cá nhân)', {}, { timeout: 10_000 })
    ).closest('tr')!;
    expect(within(row).getByText('Hoàn thành xuất sắc nhiệm vụ')).toBeTruthy();
    expect(within(row).getByText('Sở Nội vụ')).toBeTruthy();
    expect(within(row).getByText('Quyết định số 15/QĐ-SNV')).toBeTruthy();
    // a reader: no adding, no importing
    expect(screen.queryByRole('button', { name: /Thêm/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nhập từ Excel' })).toBeNull();

    fireEvent.change(screen.getByLabelText('Lọc theo năm'), { target: { value: '2024' } });
    await waitFor(() =>
      expect(api.callsOf('Evaluations').at(-1)?.variables).toMatchObject({
        filter: { year: 2024 },
      }),
    );
  });

  it('shows a used sáng kiến as used and offers no editing to a reader', async () => {
    mockGraphql({
      Me: { data: { me: makeViewer(['RECORDS_READ']) } },
      Initiatives: () => page('initiatives', [{ ...initiative, canEdit: false }]),
    });
    renderApp('/thi-dua/ho-so-thanh-tich?muc=sang-kien');

    const row = (await screen.findByText('Số hóa hồ sơ thi đua', {}, { timeout: 10_000 })).closest(
      'tr',
    )!;
    expect(within(row).getByText('Đã dùng: Chiến sĩ thi đua cơ sở năm 2024 (TTr 12)')).toBeTruthy();
    expect(within(row).queryByRole('button', { name: 'Sửa' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Thêm/ })).toBeNull();
  });
});
