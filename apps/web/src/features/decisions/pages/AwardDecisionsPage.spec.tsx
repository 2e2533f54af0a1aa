import type { Permission } from '@thidua/shared-domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { bacKanRound } from '../../awards/testing/fixtures';
import { candidate, connection, decisionDetail, decisionItem } from '../testing/fixtures';
import { savedFiles } from '../../../test/downloads';

const viewer = (...permissions: Permission[]) => ({
  data: { me: makeViewer(['DECISION_READ', ...permissions]) },
});

const openDrawer = () =>
  waitFor(() => {
    const found = document.querySelector<HTMLElement>('.ant-drawer-open');
    if (!found) throw new Error('no drawer yet');
    return found;
  });

const issued = decisionItem({
  id: 'dec-2',
  status: 'ISSUED',
  number: 25,
  symbol: '25/QĐ-UBND',
  decidedOn: '2025-10-10',
  awardName: 'Giấy khen của Chánh Văn phòng',
});

describe('Quyết định khen thưởng — danh sách', () => {
  it('tells an officer how to start when there is no decision', async () => {
    mockGraphql({
      Me: viewer('DECISION_MANAGE'),
      AwardDecisions: connection('awardDecisions', []),
    });
    renderApp('/thi-dua/quyet-dinh');
    expect(
      await screen.findByText(
        'Chưa có quyết định khen thưởng nào. Bắt đầu bằng "Soạn dự thảo quyết định" từ một đợt xét khen thưởng đã thẩm định.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(getButton('Soạn dự thảo quyết định')).toBeTruthy();
  }, 60_000);

  it('lists drafts and issued decisions, filters by status and searches', async () => {
    const api = mockGraphql({
      Me: viewer(),
      AwardDecisions: (variables) => {
        const filter = variables['filter'] as { status: string | null; search: string | null };
        if (filter.search === 'khong co') return connection('awardDecisions', []);
        const all = [decisionItem(), issued];
        return connection(
          'awardDecisions',
          filter.status ? all.filter((d) => d.status === filter.status) : all,
        );
      },
    });
    renderApp('/thi-dua/quyet-dinh');
    const link = await screen.findByRole(
      'link',
      { name: 'Giấy khen của Chánh Văn phòng' },
      { timeout: 10_000 },
    );
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('25/QĐ-UBND ngày 10/10/2025')).toBeTruthy();
    expect(within(row).getByText('Đã ban hành')).toBeTruthy();
    expect(within(row).getByText('Ủy ban nhân dân tỉnh Bắc Kạn')).toBeTruthy();
    // the draft has no number until it is signed
    expect(screen.getByText('Chưa cấp số')).toBeTruthy();
    // a reader without DECISION_MANAGE is not offered to draft
    expect(document.body.textContent).not.toContain('Soạn dự thảo quyết định');

    await chooseOption(screen.getByLabelText('Lọc theo trạng thái'), 'Đã ban hành');
    await waitFor(() =>
      expect(api.callsOf('AwardDecisions').at(-1)?.variables['filter']).toMatchObject({
        status: 'ISSUED',
      }),
    );
    await waitFor(() => expect(screen.queryByText('Chưa cấp số')).toBeNull());

    fireEvent.change(screen.getByLabelText('Tìm quyết định'), { target: { value: 'khong co' } });
    await waitFor(() =>
      expect(api.callsOf('AwardDecisions').at(-1)?.variables['filter']).toMatchObject({
        search: 'khong co',
        status: 'ISSUED',
      }),
    );
    expect(
      await screen.findByText('Không có quyết định nào phù hợp với điều kiện lọc.'),
    ).toBeTruthy();
  }, 60_000);

  it('orders and filters by year, and exports the list as shown', async () => {
    const api = mockGraphql(
      { Me: viewer(), AwardDecisions: connection('awardDecisions', [decisionItem(), issued]) },
      {
        'GET /api/exports/award-decisions.xlsx': () =>
          new Response('xlsx', {
            status: 200,
            headers: {
              'content-disposition': `attachment; filename="Quyet-dinh-khen-thuong.xlsx"`,
            },
          }),
      },
    );
    renderApp('/thi-dua/quyet-dinh');
    await screen.findByRole('link', { name: 'Giấy khen của Chánh Văn phòng' }, { timeout: 10_000 });
    // newest drafted first unless asked otherwise
    expect(api.callsOf('AwardDecisions').at(-1)?.variables['sort']).toBe('NEWEST');

    await chooseOption(
      screen.getByLabelText('Sắp xếp danh sách quyết định'),
      'Số, ngày ban hành: mới nhất trước',
    );
    await waitFor(() =>
      expect(api.callsOf('AwardDecisions').at(-1)?.variables['sort']).toBe('ISSUED_DESC'),
    );

    const year = screen.getByLabelText('Lọc theo năm xét khen thưởng');
    fireEvent.change(year, { target: { value: '2025' } });
    await waitFor(() =>
      expect(api.callsOf('AwardDecisions').at(-1)?.variables).toMatchObject({
        filter: { year: 2025 },
        sort: 'ISSUED_DESC',
      }),
    );

    fireEvent.click(getButton('Xuất Excel'));
    await waitFor(() => expect(savedFiles().length).toBeGreaterThan(0));
    expect(api.restCalls.at(-1)?.url).toBe(
      '/api/exports/award-decisions.xlsx?year=2025&sort=ISSUED_DESC',
    );
    expect(savedFiles().at(-1)?.name).toBe('Quyet-dinh-khen-thuong.xlsx');
  }, 60_000);

  it('drafts a decision from one award of a round: the chosen nominees, the round, the issuer', async () => {
    const round = bacKanRound({
      receivingUnit: { id: 'u-ubnd', name: 'Ủy ban nhân dân tỉnh Bắc Kạn', canOpen: true },
    });
    const api = mockGraphql({
      Me: viewer('DECISION_MANAGE'),
      AwardDecisions: connection('awardDecisions', []),
      AwardRounds: connection('awardRounds', [round]),
      AwardDecisionCandidates: {
        data: {
          awardDecisionCandidates: [
            candidate(),
            candidate({ nominationId: 'n-lan', name: 'Hoàng Văn Lân' }),
            // already in another decision: shown, not offered
            candidate({ nominationId: 'n-mai', name: 'Lý Thị Mai', decisionId: 'dec-9' }),
            candidate({
              nominationId: 'n-giay-khen',
              name: 'Phòng Tổng hợp',
              subject: 'COLLECTIVE',
              awardCode: null,
              awardName: 'Giấy khen của Chánh Văn phòng',
            }),
          ],
        },
      },
      DraftAwardDecision: { data: { draftAwardDecision: decisionDetail() } },
      AwardDecision: { data: { awardDecision: decisionDetail() } },
    });
    const { router } = renderApp('/thi-dua/quyet-dinh');
    fireEvent.click(await findButton('Soạn dự thảo quyết định'));
    const drawer = await openDrawer();

    await chooseOption(
      within(drawer).getByLabelText('Đợt xét khen thưởng'),
      `${round.title} (2025)`,
    );
    // the round's receiving unit is the issuer unless changed; its nominees "đạt" come by award
    await waitFor(() =>
      expect(api.callsOf('AwardDecisionCandidates').at(-1)?.variables).toEqual({
        roundId: 'round-1',
        issuerUnitId: 'u-ubnd',
      }),
    );
    const bangKhen = await within(drawer).findByLabelText(
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (02/03 đề nghị chưa có quyết định)',
    );
    expect(
      within(drawer).getByLabelText('Giấy khen của Chánh Văn phòng (01 đề nghị)'),
    ).toBeTruthy();
    fireEvent.click(bangKhen);

    // everyone free is chosen; the one in another decision is shown, disabled
    const hoa = await within(drawer).findByLabelText(/Nguyễn Thị Hoa — Phòng Hành chính tổ chức/);
    expect((hoa as HTMLInputElement).checked).toBe(true);
    const mai = within(drawer).getByLabelText(/Lý Thị Mai/) as HTMLInputElement;
    expect(mai.disabled).toBe(true);
    expect(within(drawer).getByText('Đã có trong quyết định khác')).toBeTruthy();
    fireEvent.click(within(drawer).getByLabelText(/Hoàng Văn Lân/));
    await waitFor(() => expect(drawer.textContent).toContain('Đã chọn 01/02'));

    fireEvent.click(getButton('Tạo dự thảo', drawer));
    await waitFor(() => expect(api.callsOf('DraftAwardDecision')).toHaveLength(1));
    expect(api.callsOf('DraftAwardDecision')[0]?.variables['input']).toEqual({
      roundId: 'round-1',
      issuerUnitId: 'u-ubnd',
      nominationIds: ['n-hoa'],
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/thi-dua/quyet-dinh/dec-1'));
  }, 60_000);
});
