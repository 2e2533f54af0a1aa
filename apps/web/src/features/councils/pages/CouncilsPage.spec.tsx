import type { Permission } from '@thidua/shared-domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { explainOf, findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { connection, officeCouncil } from '../testing/fixtures';

const viewer = (...permissions: Permission[]) => ({
  data: { me: makeViewer(['COUNCIL_READ', ...permissions]) },
});

const openDrawer = () =>
  waitFor(() => {
    const found = document.querySelector<HTMLElement>('.ant-drawer-open');
    if (!found) throw new Error('no drawer yet');
    return found;
  });

describe('Hội đồng thi đua, khen thưởng — danh sách', () => {
  it('says so when no council exists, and tells a manager how to start', async () => {
    mockGraphql({ Me: viewer('COUNCIL_MANAGE'), Councils: connection('councils', []) });
    renderApp('/thi-dua/hoi-dong');
    expect(
      await screen.findByText(
        'Chưa có Hội đồng thi đua, khen thưởng nào. Bắt đầu bằng "Thành lập Hội đồng".',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(getButton('Thành lập Hội đồng')).toBeTruthy();
  }, 60_000);

  it('lists the councils with their quorum and searches by name', async () => {
    const api = mockGraphql({
      Me: viewer(),
      Councils: (variables) =>
        connection('councils', variables['search'] === 'khong co' ? [] : [officeCouncil()]),
    });
    renderApp('/thi-dua/hoi-dong');
    const link = await screen.findByRole(
      'link',
      { name: 'Hội đồng Thi đua - Khen thưởng Văn phòng' },
      { timeout: 10_000 },
    );
    const row = link.closest('tr') as HTMLElement;
    // 2/3 printed as the minutes print it
    expect(within(row).getByText('66,67%')).toBeTruthy();
    expect(within(row).getByText('Đang hoạt động')).toBeTruthy();
    expect(within(row).getByText('Số 12/QĐ-VP, ngày 15/01/2024')).toBeTruthy();
    // a reader without COUNCIL_MANAGE is not offered to found one
    expect(document.body.textContent).not.toContain('Thành lập Hội đồng');

    fireEvent.change(screen.getByLabelText('Tìm Hội đồng'), {
      target: { value: 'khong co' },
    });
    await waitFor(() =>
      expect(api.callsOf('Councils').at(-1)?.variables['search']).toBe('khong co'),
    );
    expect(
      await screen.findByText('Không có Hội đồng nào phù hợp với điều kiện lọc.'),
    ).toBeTruthy();
  }, 60_000);

  it('shows the legal hint of the quorum share and refuses less than 2/3', async () => {
    const api = mockGraphql({
      Me: viewer('COUNCIL_MANAGE'),
      Councils: connection('councils', [officeCouncil()]),
      UpdateCouncil: { data: { updateCouncil: officeCouncil({ version: 2 }) } },
    });
    renderApp('/thi-dua/hoi-dong');
    fireEvent.click(await findButton('Sửa "Hội đồng Thi đua - Khen thưởng Văn phòng"'));
    const drawer = await openDrawer();
    expect(drawer.textContent).toContain('tối thiểu 2/3 (NĐ 98/2023 Điều 47)');
    const share = within(drawer).getByLabelText('Tỷ lệ thành viên dự họp tối thiểu (%)');
    expect((share as HTMLInputElement).value).toBe('66.67');
    fireEvent.change(share, { target: { value: '60' } });
    fireEvent.blur(share);
    fireEvent.click(getButton('Lưu thay đổi', drawer));
    await waitFor(() =>
      expect(explainOf('Tỷ lệ thành viên dự họp tối thiểu (%)')).toContain(
        'không được thấp hơn 2/3',
      ),
    );
    expect(api.callsOf('UpdateCouncil')).toHaveLength(0);

    // 66,67% is sent as exactly 2/3, the share the law means
    fireEvent.change(share, { target: { value: '66.67' } });
    fireEvent.blur(share);
    fireEvent.click(getButton('Lưu thay đổi', drawer));
    await waitFor(() => expect(api.callsOf('UpdateCouncil')).toHaveLength(1));
    expect(api.callsOf('UpdateCouncil')[0]?.variables['input']).toMatchObject({
      id: 'council-1',
      version: 1,
      quorumShare: 2 / 3,
    });
  }, 60_000);
});
