import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeUnitDetail, makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const person = {
  id: 'p-hoa',
  code: 'SNV-0007',
  fullName: 'Lê Thị Hồng',
  sex: 'FEMALE',
  dateOfBirth: '1990-05-02',
  partyMember: false,
  version: 2,
  ethnicity: 'Kinh',
  religion: null,
  hometown: 'Vĩnh Long',
  partyJoinedOn: null,
  note: null,
  currentPositions: [],
  positions: [],
};

const unit = makeUnitDetail({ id: 'u-phutan', name: 'Ủy ban nhân dân xã Phú Tân' });
const recordUnit = { id: 'u-snv', name: 'Sở Nội vụ', canOpen: true };

const award = {
  id: 'a-1',
  version: 1,
  subject: 'INDIVIDUAL',
  personId: 'p-hoa',
  subjectName: 'Lê Thị Hồng',
  householdAddress: null,
  awardCode: 'CSTD_CO_SO',
  awardName: 'Chiến sĩ thi đua cơ sở',
  track: null,
  year: 2023,
  decisionNumber: '120/QĐ-UBND',
  decidedOn: '2023-12-20',
  decidedBy: 'Chủ tịch UBND tỉnh',
  note: null,
  canEdit: false,
  unit: recordUnit,
};

const evaluation = {
  id: 'e-1',
  version: 1,
  subject: 'INDIVIDUAL',
  personId: 'p-hoa',
  subjectName: 'Lê Thị Hồng',
  year: 2024,
  grade: 'HTXSNV',
  source: 'Quyết định số 15/QĐ-SNV',
  note: null,
  canEdit: false,
  unit: recordUnit,
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

const tab = (name: string) => screen.getByText(name, { selector: '[role="tab"]' });

describe('Hồ sơ thành tích on the person and unit pages', () => {
  it('shows a person’s award history and evaluations, asked for that person only', async () => {
    const api = mockGraphql({
      Me: { data: { me: makeViewer(['UNIT_READ', 'PERSON_READ', 'RECORDS_READ']) } },
      Person: { data: { person } },
      AwardRecords: () => page('awardRecords', [award]),
      Evaluations: () => page('evaluations', [evaluation]),
    });
    renderApp('/to-chuc/nhan-su/p-hoa');

    const card = (
      await screen.findByText(
        'Hồ sơ thành tích',
        { selector: '.ant-card-head-title' },
        { timeout: 10_000 },
      )
    ).closest('.ant-card') as HTMLElement;
    const row = (await within(card).findByText('Chiến sĩ thi đua cơ sở')).closest('tr')!;
    expect(within(row).getByText('2023')).toBeTruthy();
    expect(within(row).getByText('120/QĐ-UBND — 20/12/2023 — Chủ tịch UBND tỉnh')).toBeTruthy();
    // every row is this person's: no "who" column
    expect(within(card).queryByText('Cá nhân, tập thể')).toBeNull();
    expect(api.callsOf('AwardRecords')[0]?.variables).toEqual({
      first: 20,
      after: null,
      filter: { search: null, personId: 'p-hoa' },
    });

    fireEvent.click(within(card).getByText('Kết quả đánh giá', { selector: '[role="tab"]' }));
    const grade = await within(card).findByText('Hoàn thành xuất sắc nhiệm vụ');
    expect(within(grade.closest('tr')!).getByText('Quyết định số 15/QĐ-SNV')).toBeTruthy();
    expect(api.callsOf('Evaluations')[0]?.variables).toEqual({
      first: 20,
      after: null,
      filter: { search: null, personId: 'p-hoa' },
    });
  });

  it('says plainly when a person has nothing recorded yet', async () => {
    mockGraphql({
      Me: { data: { me: makeViewer(['UNIT_READ', 'PERSON_READ', 'RECORDS_READ']) } },
      Person: { data: { person } },
      AwardRecords: () => page('awardRecords', []),
      Evaluations: () => page('evaluations', []),
    });
    renderApp('/to-chuc/nhan-su/p-hoa');

    expect(
      await screen.findByText('Chưa có khen thưởng nào được ghi nhận.', {}, { timeout: 10_000 }),
    ).toBeTruthy();
    fireEvent.click(tab('Kết quả đánh giá'));
    expect(
      await screen.findByText('Chưa có kết quả đánh giá, xếp loại nào được ghi nhận.'),
    ).toBeTruthy();
  });

  it('shows nothing of it, and asks nothing, without RECORDS_READ', async () => {
    const api = mockGraphql({
      Me: { data: { me: makeViewer(['UNIT_READ', 'PERSON_READ']) } },
      Person: { data: { person } },
    });
    renderApp('/to-chuc/nhan-su/p-hoa');

    expect(await screen.findByText('Kinh', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByText('Hồ sơ thành tích', { selector: '.ant-card-head-title' })).toBeNull();
    expect(api.callsOf('AwardRecords')).toHaveLength(0);
    expect(api.callsOf('Evaluations')).toHaveLength(0);
  });

  it('shows a unit’s own records (and its predecessors’), not its subordinates’', async () => {
    const api = mockGraphql({
      Me: { data: { me: makeViewer(['UNIT_READ', 'RECORDS_READ']) } },
      UnitDetail: { data: { unit } },
      AwardRecords: () =>
        page('awardRecords', [
          { ...award, subject: 'COLLECTIVE', personId: null, subjectName: unit.name },
        ]),
      Evaluations: () => page('evaluations', []),
    });
    renderApp('/to-chuc/don-vi/u-phutan?muc=thanh-tich');

    const row = (
      await screen.findByText('Ủy ban nhân dân xã Phú Tân (Tập thể)', {}, { timeout: 10_000 })
    ).closest('tr')!;
    expect(within(row).getByText('Chiến sĩ thi đua cơ sở')).toBeTruthy();
    expect(
      screen.getByText('Gồm khen thưởng của các đơn vị đã sáp nhập, chia tách thành đơn vị này.'),
    ).toBeTruthy();
    for (const operation of ['AwardRecords', 'Evaluations']) {
      expect(api.callsOf(operation)[0]?.variables).toEqual({
        first: 20,
        after: null,
        filter: { search: null, unitId: 'u-phutan', includeDescendants: false },
      });
    }
  });

  it('offers no records tab on a unit page without RECORDS_READ', async () => {
    const api = mockGraphql({
      Me: { data: { me: makeViewer(['UNIT_READ']) } },
      UnitDetail: { data: { unit } },
    });
    renderApp('/to-chuc/don-vi/u-phutan?muc=thanh-tich');

    await waitFor(() => expect(tab('Thông tin')).toBeTruthy(), { timeout: 10_000 });
    expect(screen.queryByText('Hồ sơ thành tích', { selector: '[role="tab"]' })).toBeNull();
    expect(api.callsOf('AwardRecords')).toHaveLength(0);
    // the link's tab is not there for this viewer: the first tab opens instead of an empty page
    expect(tab('Thông tin')?.getAttribute('aria-selected')).toBe('true');
  });
});
