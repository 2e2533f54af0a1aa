import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const unit = (id: string, name: string, status = 'ACTIVE', validTo: string | null = null) => ({
  id,
  code: id.toUpperCase(),
  name,
  canOpen: true,
  status,
  validTo,
});

const cluster = {
  id: 'c-1',
  code: 'CUM-1',
  name: 'Cụm thi đua số 1',
  kind: 'CUM',
  description: 'Các xã phía bắc tỉnh',
  memberCount: 2,
  version: 1,
  // read by a member commune's officer: the province is named, not opened (issue 9, C3)
  organizer: { id: 'u-vlg', name: 'Ủy ban nhân dân tỉnh Vĩnh Long', canOpen: false },
  members: [
    {
      id: 'm-1',
      joinedOn: '2025-07-01',
      leftOn: null,
      unit: unit('u-phutan', 'Ủy ban nhân dân xã Phú Tân'),
    },
    {
      id: 'm-2',
      joinedOn: '2025-07-01',
      leftOn: null,
      unit: unit('u-anhoi', 'Ủy ban nhân dân phường An Hội'),
    },
    {
      id: 'm-0',
      joinedOn: '2020-01-01',
      leftOn: '2025-07-01',
      unit: unit('u-phuthuan', 'Ủy ban nhân dân xã Phú Thuận', 'MERGED', '2025-07-01'),
    },
  ],
  leaderships: [
    {
      id: 'l-2025',
      year: 2025,
      lead: { id: 'u-phutan', name: 'Ủy ban nhân dân xã Phú Tân', canOpen: true },
      deputy: null,
    },
  ],
};

function mockCluster(permissions: Parameters<typeof makeViewer>[0]) {
  return mockGraphql({
    Me: { data: { me: makeViewer(permissions) } },
    ClusterDetail: { data: { cluster } },
    EndClusterMembership: { data: { endClusterMembership: { id: 'm-2', leftOn: '2026-01-01' } } },
    SetClusterLeadership: { data: { setClusterLeadership: { id: 'l-2026' } } },
  });
}

describe('ClusterDetailPage — cụm, khối thi đua', () => {
  it('lists the members with their dates and the yearly lead, read-only without the right', async () => {
    mockCluster(['UNIT_READ']);
    renderApp('/to-chuc/cum-khoi/c-1');

    expect(await screen.findByText('Cụm thi đua số 1', { selector: 'h1' }, { timeout: 10_000 }));
    const merged = screen.getByText('Ủy ban nhân dân xã Phú Thuận').closest('tr')!;
    expect(merged.textContent).toContain('01/01/2020');
    expect(merged.textContent).toContain('01/07/2025');
    expect(within(merged).getByText('đơn vị đã kết thúc')).toBeTruthy();
    const lead = screen.getByText('2025').closest('tr')!;
    expect(within(lead).getByText('Ủy ban nhân dân xã Phú Tân').closest('a')).toBeTruthy();
    // a unit the reader cannot open is named without a link (it would end on "not found")
    expect(screen.getByText('Ủy ban nhân dân tỉnh Vĩnh Long').closest('a')).toBeNull();
    expect(screen.queryByText('Thêm thành viên')).toBeNull();
    expect(screen.queryByText('Cập nhật trưởng, phó')).toBeNull();
  }, 60_000);

  it('ends a membership on a date, after asking', async () => {
    const api = mockCluster(['UNIT_READ', 'CLUSTER_MANAGE']);
    renderApp('/to-chuc/cum-khoi/c-1');

    fireEvent.click(
      await findButton('Kết thúc tư cách thành viên của Ủy ban nhân dân phường An Hội'),
    );
    const modal = (
      await screen.findAllByText('Kết thúc tư cách thành viên của Ủy ban nhân dân phường An Hội')
    )[0]!.closest('.ant-modal') as HTMLElement;
    fireEvent.click(getButton('Kết thúc', modal));

    const ask = (
      await screen.findAllByText(/Ủy ban nhân dân phường An Hội rời cụm, khối từ ngày/)
    )[0]!.closest('.ant-modal') as HTMLElement;
    expect(api.callsOf('EndClusterMembership')).toHaveLength(0);
    fireEvent.click(getButton('Kết thúc', ask));

    await waitFor(() => expect(api.callsOf('EndClusterMembership')).toHaveLength(1));
    expect(api.callsOf('EndClusterMembership')[0]?.variables).toMatchObject({
      input: { membershipId: 'm-2' },
    });
    expect(await screen.findByText('Đã kết thúc tư cách thành viên.')).toBeTruthy();
  }, 60_000);

  it('sets the lead and deputy of a year among the members', async () => {
    const api = mockCluster(['UNIT_READ', 'CLUSTER_MANAGE']);
    renderApp('/to-chuc/cum-khoi/c-1');

    fireEvent.click(await findButton('Cập nhật trưởng, phó'));
    const modal = (
      await screen.findByText('Cụm, khối trưởng và phó', {
        selector: '.ant-modal-title',
      })
    ).closest('.ant-modal') as HTMLElement;
    await chooseOption(
      within(modal).getByLabelText('Trưởng'),
      'Ủy ban nhân dân phường An Hội',
      undefined,
      false,
    );
    // the same unit cannot be both
    await chooseOption(
      within(modal).getByLabelText('Phó'),
      'Ủy ban nhân dân phường An Hội',
      undefined,
      false,
    );
    fireEvent.click(getButton('Lưu', modal));
    expect(await within(modal).findByText('Đơn vị phó phải khác đơn vị trưởng.')).toBeTruthy();
    expect(api.callsOf('SetClusterLeadership')).toHaveLength(0);

    await chooseOption(
      within(modal).getByLabelText('Phó'),
      'Ủy ban nhân dân xã Phú Tân',
      undefined,
      false,
    );
    fireEvent.click(getButton('Lưu', modal));
    await waitFor(() => expect(api.callsOf('SetClusterLeadership')).toHaveLength(1));
    expect(api.callsOf('SetClusterLeadership')[0]?.variables).toEqual({
      input: {
        clusterId: 'c-1',
        year: new Date().getFullYear(),
        leadUnitId: 'u-anhoi',
        deputyUnitId: 'u-phutan',
      },
    });
  }, 60_000);
});
