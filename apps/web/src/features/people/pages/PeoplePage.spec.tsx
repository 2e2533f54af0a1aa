import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const soNoiVu = { id: 'u-snv', code: 'VLG-SNV', name: 'Sở Nội vụ', status: 'ACTIVE' };

const position = {
  id: 'pos-1',
  title: 'Chuyên viên',
  startedOn: '2020-03-01',
  endedOn: null,
  isLeader: false,
  staffCategory: 'CIVIL_SERVANT',
  unit: soNoiVu,
};

const hoa = {
  id: 'p-hoa',
  code: 'SNV-0007',
  fullName: 'Lê Thị Hồng',
  sex: 'FEMALE',
  dateOfBirth: '1990-05-02',
  partyMember: true,
  version: 2,
  currentPositions: [position],
};

const hoaDetail = {
  ...hoa,
  ethnicity: 'Kinh',
  religion: null,
  hometown: 'Vĩnh Long',
  partyJoinedOn: '2015-05-19',
  note: null,
  positions: [position],
};

const page = (
  nodes: unknown[],
  counted = { totalCount: nodes.length, totalCountCapped: false },
) => ({
  data: {
    people: {
      ...counted,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ node })),
    },
  },
});

describe('PeoplePage — danh sách cán bộ', () => {
  it('lists people with their code, and searches and filters on the server', async () => {
    const api = mockGraphql({
      Me: { data: { me: makeViewer(['UNIT_READ', 'PERSON_READ']) } },
      People: (v) => page(v['search'] === 'sai' ? [] : [hoa]),
    });
    renderApp('/to-chuc/nhan-su');

    const row = (await screen.findByText('Lê Thị Hồng', {}, { timeout: 10_000 })).closest('tr')!;
    expect(within(row).getByText('SNV-0007')).toBeTruthy();
    expect(within(row).getByText('02/05/1990')).toBeTruthy();
    expect(within(row).getByText('Đảng viên')).toBeTruthy();
    expect(row.textContent).toContain('Chuyên viên — Sở Nội vụ');
    // read-only viewers get no "Thêm cán bộ"
    expect(screen.queryByText('Thêm cán bộ')).toBeNull();

    // flags with an API default are left out rather than sent as null
    const first = api.callsOf('People')[0]!.variables;
    expect(first).toMatchObject({ first: 20, search: null, unitId: null, includeFormer: false });
    expect(first).not.toHaveProperty('includeDescendants');

    fireEvent.change(screen.getByLabelText('Tìm kiếm cán bộ'), { target: { value: 'SNV-0007' } });
    await waitFor(() =>
      expect(api.callsOf('People').at(-1)?.variables).toMatchObject({ search: 'SNV-0007' }),
    );
    await chooseOption(screen.getByLabelText('Lọc theo giới tính'), 'Nữ');
    await waitFor(() =>
      expect(api.callsOf('People').at(-1)?.variables).toMatchObject({
        search: 'SNV-0007',
        sex: 'FEMALE',
      }),
    );

    fireEvent.change(screen.getByLabelText('Tìm kiếm cán bộ'), { target: { value: 'sai' } });
    expect(await screen.findByText('Không có cán bộ phù hợp với điều kiện lọc')).toBeTruthy();
  }, 60_000);

  it('creates a person with a code and a first position', async () => {
    const api = mockGraphql({
      Me: { data: { me: makeViewer(['UNIT_READ', 'PERSON_READ', 'PERSON_MANAGE']) } },
      People: page([]),
      Units: {
        data: {
          units: {
            totalCount: 1,
            totalCountCapped: false,
            edges: [
              {
                node: {
                  id: soNoiVu.id,
                  code: soNoiVu.code,
                  name: soNoiVu.name,
                  shortName: 'SNV',
                  depth: 1,
                  parent: null,
                },
              },
            ],
          },
        },
      },
      CreatePerson: { data: { createPerson: hoaDetail } },
      Person: { data: { person: hoaDetail } },
    });
    const { router } = renderApp('/to-chuc/nhan-su');
    fireEvent.click(await findButton('Thêm cán bộ'));

    fireEvent.change(await screen.findByLabelText('Họ và tên'), {
      target: { value: ' Lê Thị Hồng ' },
    });
    fireEvent.click(screen.getByText('Nữ', { selector: '.ant-radio-button-wrapper *' }));
    fireEvent.change(screen.getByLabelText('Mã nhân sự'), { target: { value: ' SNV-0007 ' } });
    // in a drawer: no Escape, which would close the drawer
    await chooseOption(screen.getByLabelText('Đơn vị công tác'), soNoiVu.name, 'noi vu', false);
    fireEvent.change(screen.getByLabelText('Chức vụ'), { target: { value: 'Chuyên viên' } });
    fireEvent.click(getButton('Tạo hồ sơ'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/to-chuc/nhan-su/p-hoa'));
    expect(api.callsOf('CreatePerson')[0]?.variables).toMatchObject({
      input: {
        code: 'SNV-0007',
        fullName: 'Lê Thị Hồng',
        sex: 'FEMALE',
        partyMember: false,
        position: {
          unitId: 'u-snv',
          title: 'Chuyên viên',
          isLeader: false,
          staffCategory: 'CIVIL_SERVANT',
        },
      },
    });
    // the detail page shows the code with the other attributes
    expect(await screen.findByText('SNV-0007')).toBeTruthy();
  }, 60_000);
});

describe('PersonDetailPage — quá trình công tác', () => {
  it('transfers a person: the current position ends, a new one starts', async () => {
    const api = mockGraphql({
      Me: { data: { me: makeViewer(['UNIT_READ', 'PERSON_READ', 'PERSON_MANAGE']) } },
      Person: { data: { person: hoaDetail } },
      Units: {
        data: {
          units: {
            totalCount: 1,
            totalCountCapped: false,
            edges: [
              {
                node: {
                  id: 'u-stc',
                  code: 'VLG-STC',
                  name: 'Sở Tài chính',
                  shortName: 'STC',
                  depth: 1,
                  parent: null,
                },
              },
            ],
          },
        },
      },
      TransferPerson: { data: { transferPerson: hoaDetail } },
    });
    renderApp('/to-chuc/nhan-su/p-hoa');

    expect(await screen.findByText('Lê Thị Hồng', { selector: 'h1' }, { timeout: 10_000 }));
    expect(screen.getByText('Kinh')).toBeTruthy();
    expect(screen.getByText('Đang công tác')).toBeTruthy();

    // the card of positions: its header button, not the one on each position
    const positions = screen.getByText('Quá trình công tác').closest('.ant-card')!;
    fireEvent.click(getButton('Điều chuyển', positions.querySelector('.ant-card-extra')!));
    const dialog = (await screen.findByText('Điều chuyển công tác')).closest('.ant-modal')!;
    expect(dialog.textContent).toContain('Chuyên viên — Sở Nội vụ');
    await chooseOption(
      within(dialog as HTMLElement).getByLabelText('Đơn vị công tác'),
      'Sở Tài chính',
      'tai chinh',
      false,
    );
    fireEvent.change(within(dialog as HTMLElement).getByLabelText('Chức vụ'), {
      target: { value: 'Phó Trưởng phòng' },
    });
    fireEvent.click(getButton('Điều chuyển', dialog));

    await waitFor(() => expect(api.callsOf('TransferPerson')).toHaveLength(1));
    expect(api.callsOf('TransferPerson')[0]?.variables).toMatchObject({
      input: {
        personId: 'p-hoa',
        fromPositionId: 'pos-1',
        position: { unitId: 'u-stc', title: 'Phó Trưởng phòng' },
      },
    });
    expect(await screen.findByText('Đã điều chuyển công tác.')).toBeTruthy();
  }, 60_000);
  it('says the province-wide total is "hơn 10.000" when the API stopped counting', async () => {
    mockGraphql({
      Me: { data: { me: makeViewer(['UNIT_READ', 'PERSON_READ']) } },
      People: () => page([hoa], { totalCount: 10_000, totalCountCapped: true }),
    });
    renderApp('/to-chuc/nhan-su');
    await screen.findByText('Lê Thị Hồng', {}, { timeout: 10_000 });
    expect(screen.getByTestId('data-table-total').textContent).toBe('Tổng số: hơn 10.000');
  });
});
