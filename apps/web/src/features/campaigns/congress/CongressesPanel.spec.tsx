import type { Permission } from '@thidua/shared-domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, findButton, getButton, typeDate } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { bacKanPlan } from '../testing/fixtures';

const viewer = (...permissions: Permission[]) => ({
  data: { me: makeViewer(['CAMPAIGN_READ', ...permissions]) },
});

const connection = (field: string, nodes: unknown[]) => ({
  data: {
    [field]: {
      totalCount: nodes.length,
      totalCountCapped: false,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ node })),
    },
  },
});

/** The Thái Bình plan, issued (seed 003). */
const issued = bacKanPlan({
  status: 'ISSUED',
  number: 45,
  symbol: '45/KH-UBND',
  issuedOn: '2025-02-10',
  periodFrom: '2025-01-01',
  periodTo: '2025-12-31',
  canManage: true,
});

const xaAn = { id: 'u-xa', name: 'UBND xã An Bình' };

const congress = (overrides: Record<string, unknown> = {}) => ({
  id: 'c-1',
  planId: issued.id,
  name: 'Hội nghị điển hình tiên tiến xã An Bình 2025',
  level: 'COMMUNE',
  form: 'EXEMPLARS_CONFERENCE',
  status: 'PLANNED',
  windowFrom: '2025-04-01',
  windowTo: '2025-06-30',
  windowLabel: 'Quý II năm 2025',
  heldOn: null,
  venue: 'Hội trường UBND xã',
  duration: '1/2 ngày',
  delegateTarget: 40,
  delegateCount: 2,
  agenda: ['Khai mạc'],
  canManage: true,
  version: 2,
  hostUnit: xaAn,
  upperCongressId: null,
  upperCongress: null,
  requirements: [
    { criterion: 'FEMALE', minShare: 35, minCount: null, maxAge: null, sectors: null },
  ],
  ...overrides,
});

const delegate = (personId: string, fullName: string, toUpper: boolean, position: number) => ({
  id: `d-${personId}`,
  personId,
  fullName,
  title: 'Chủ tịch Hội Nông dân',
  sector: 'Nông nghiệp',
  toUpper,
  directWorker: false,
  position,
  unit: xaAn,
  congress: { id: 'c-1', name: 'Hội nghị điển hình tiên tiến xã An Bình 2025' },
});

const detail = (overrides: Record<string, unknown> = {}) => ({
  ...congress(overrides),
  delegates: {
    totalCount: 2,
    edges: [
      { node: delegate('p-1', 'Nguyễn Thị Hoa', false, 1) },
      { node: delegate('p-2', 'Trần Văn Bình', true, 2) },
    ],
  },
  delegatesFromBelow: { totalCount: 0, edges: [] },
  balance: {
    met: false,
    total: 2,
    onDate: '2025-06-30',
    summary: '2 đại biểu; 1/2 yêu cầu đạt.',
    lines: [
      {
        criterion: 'FEMALE',
        label: 'Đại biểu nữ',
        sector: null,
        met: true,
        actual: 1,
        requiredCount: 1,
        missing: 0,
        unknown: 0,
        explanation: 'Đại biểu nữ: 1/2 (50,0%), yêu cầu tối thiểu 35%.',
      },
      {
        criterion: 'YOUTH',
        label: 'Đại biểu trẻ tuổi (không quá 35 tuổi)',
        sector: null,
        met: false,
        actual: 0,
        requiredCount: 1,
        missing: 1,
        unknown: 0,
        explanation:
          'Đại biểu trẻ tuổi (không quá 35 tuổi): 0/2, yêu cầu tối thiểu 1 người — còn thiếu 1 người.',
      },
    ],
  },
});

/** The open modal (not a confirm that is closing). */
const openModal = (text?: string) =>
  waitFor(() => {
    const found = Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).find(
      (el) =>
        !el.closest('[style*="display: none"]') && (!text || (el.textContent ?? '').includes(text)),
    );
    if (!found) throw new Error('no modal yet');
    return found;
  });

const openTab = async () =>
  fireEvent.click(await screen.findByRole('tab', { name: 'Đại hội' }, { timeout: 10_000 }));

describe('CongressesPanel — đại hội, hội nghị thi đua của kế hoạch', () => {
  it('lists the plan’s congresses: level, form, host, quarter, status, delegates', async () => {
    mockGraphql({
      Me: viewer(),
      CampaignPlan: { data: { campaignPlan: issued } },
      Congresses: connection('congresses', [congress()]),
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    await openTab();
    const row = (await screen.findByText('Hội nghị điển hình tiên tiến xã An Bình 2025')).closest(
      'tr',
    ) as HTMLElement;
    expect(row.textContent).toContain('Hội nghị tuyên dương điển hình tiên tiến');
    expect(row.textContent).toContain('Cấp xã');
    expect(row.textContent).toContain('UBND xã An Bình');
    expect(row.textContent).toContain('Quý II năm 2025');
    expect(row.textContent).toContain('Dự kiến tổ chức');
    expect(row.textContent).toContain('2/40');
  }, 60_000);

  it('says so in Vietnamese when there is none, and offers no add button to a reader', async () => {
    mockGraphql({
      Me: viewer('CAMPAIGN_MANAGE'),
      CampaignPlan: { data: { campaignPlan: { ...issued, canManage: false, canAnswer: false } } },
      Congresses: connection('congresses', []),
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    await openTab();
    expect(await screen.findByText('Kế hoạch chưa có đại hội, hội nghị thi đua nào.')).toBeTruthy();
    expect(screen.queryByText('Thêm đại hội, hội nghị')).toBeNull();
  }, 60_000);

  it('creates a congress for a quarter of the plan, with a balance requirement', async () => {
    const api = mockGraphql({
      Me: viewer('CAMPAIGN_MANAGE'),
      CampaignPlan: { data: { campaignPlan: issued } },
      Congresses: connection('congresses', []),
      Units: {
        data: {
          units: {
            totalCount: 1,
            totalCountCapped: false,
            edges: [
              {
                node: {
                  ...xaAn,
                  code: 'XA',
                  canOpen: true,
                  shortName: null,
                  depth: 2,
                  parent: null,
                },
              },
            ],
          },
        },
      },
      CreateCongress: { data: { createCongress: congress() } },
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    await openTab();
    fireEvent.click(await findButton('Thêm đại hội, hội nghị'));
    const modal = await openModal('Thêm đại hội, hội nghị thi đua');
    fireEvent.click(getButton('Lưu', modal));
    expect(
      await within(modal).findByText('Vui lòng nhập tên đại hội, hội nghị.', {}, { timeout: 5000 }),
    ).toBeTruthy();
    expect(api.callsOf('CreateCongress')).toHaveLength(0);

    fireEvent.change(within(modal).getByLabelText('Tên đại hội, hội nghị'), {
      target: { value: ' Hội nghị điển hình tiên tiến xã An Bình 2025 ' },
    });
    await chooseOption(within(modal).getByLabelText('Cấp'), 'Cấp xã');
    await chooseOption(
      within(modal).getByLabelText('Hình thức'),
      'Hội nghị tuyên dương điển hình tiên tiến',
    );
    await chooseOption(
      within(modal).getByLabelText('Đơn vị tổ chức'),
      'UBND xã An Bình',
      'an binh',
    );
    await chooseOption(within(modal).getByLabelText('Theo quý'), 'Quý II năm 2025');
    fireEvent.change(within(modal).getByLabelText('Số lượng đại biểu'), {
      target: { value: '40' },
    });
    fireEvent.click(within(modal).getByText('Thêm yêu cầu'));
    await chooseOption(within(modal).getByLabelText('Tiêu chí'), 'Đại biểu nữ');
    fireEvent.change(within(modal).getByLabelText('Tỷ lệ tối thiểu (%)'), {
      target: { value: '35' },
    });
    fireEvent.click(getButton('Lưu', modal));
    await waitFor(() => expect(api.callsOf('CreateCongress')).toHaveLength(1), { timeout: 5000 });
    expect(api.callsOf('CreateCongress')[0]?.variables).toEqual({
      input: {
        planId: 'plan-1',
        unitId: 'u-xa',
        name: 'Hội nghị điển hình tiên tiến xã An Bình 2025',
        level: 'COMMUNE',
        form: 'EXEMPLARS_CONFERENCE',
        windowFrom: '2025-04-01',
        windowTo: '2025-06-30',
        delegateTarget: 40,
        venue: null,
        duration: null,
        agenda: null,
        upperCongressId: null,
        requirements: [
          { criterion: 'FEMALE', minShare: 35, minCount: null, maxAge: null, sectors: null },
        ],
      },
    });
    expect(await screen.findByText('Đã thêm đại hội, hội nghị.')).toBeTruthy();
  }, 60_000);

  it('deletes a planned congress only after confirming', async () => {
    const api = mockGraphql({
      Me: viewer('CAMPAIGN_MANAGE'),
      CampaignPlan: { data: { campaignPlan: issued } },
      Congresses: connection('congresses', [congress()]),
      DeleteCongress: { data: { deleteCongress: 'c-1' } },
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    await openTab();
    fireEvent.click(
      await screen.findByLabelText('Xóa: Hội nghị điển hình tiên tiến xã An Bình 2025'),
    );
    const confirm = await openModal('Xóa "Hội nghị điển hình tiên tiến xã An Bình 2025"?');
    expect(api.callsOf('DeleteCongress')).toHaveLength(0);
    fireEvent.click(getButton('Xóa', confirm));
    await waitFor(() => expect(api.callsOf('DeleteCongress')).toHaveLength(1));
    expect(api.callsOf('DeleteCongress')[0]?.variables).toEqual({
      input: { id: 'c-1', version: 2 },
    });
  }, 60_000);

  it('opens a congress: delegates, marks who goes up, the balance with met and unmet lines', async () => {
    const api = mockGraphql({
      Me: viewer(),
      CampaignPlan: { data: { campaignPlan: issued } },
      Congresses: connection('congresses', [congress()]),
      CongressDetail: { data: { congress: detail() } },
      MarkCongressDelegatesToUpper: {
        data: { markCongressDelegatesToUpper: congress({ version: 3 }) },
      },
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    await openTab();
    fireEvent.click(await screen.findByText('Hội nghị điển hình tiên tiến xã An Bình 2025'));
    const drawer = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-drawer');
      if (!found?.textContent?.includes('Nguyễn Thị Hoa')) throw new Error('no drawer yet');
      return found;
    });
    expect(drawer.textContent).toContain('Quý II năm 2025');
    expect(drawer.textContent).toContain('Đại biểu (2)');
    const trans = within(drawer).getByText('Trần Văn Bình').closest('tr') as HTMLElement;
    expect(trans.textContent).toContain('Đi dự Đại hội cấp trên');
    const exportLink = within(drawer).getByText('Xuất Excel đại biểu');
    expect(exportLink).toBeTruthy();

    fireEvent.click(within(drawer).getByLabelText('Nguyễn Thị Hoa'));
    fireEvent.click(getButton('Đánh dấu đi dự Đại hội cấp trên (1)', drawer));
    const confirm = await openModal('Đánh dấu 1 đại biểu đi dự Đại hội cấp trên?');
    fireEvent.click(getButton('Đồng ý', confirm));
    await waitFor(() => expect(api.callsOf('MarkCongressDelegatesToUpper')).toHaveLength(1));
    expect(api.callsOf('MarkCongressDelegatesToUpper')[0]?.variables).toEqual({
      input: { id: 'c-1', version: 2, personIds: ['p-1'], toUpper: true },
    });

    fireEvent.click(within(drawer).getByText('Cơ cấu đại biểu'));
    expect(await within(drawer).findByText('Cơ cấu đại biểu chưa đạt yêu cầu.')).toBeTruthy();
    const youth = within(drawer).getByText(/Đại biểu trẻ tuổi \(không quá 35 tuổi\): 0\/2/);
    expect(youth.closest('li')?.textContent).toContain('Chưa đạt');
    const women = within(drawer).getByText(/Đại biểu nữ: 1\/2/);
    expect(women.closest('li')?.textContent).toMatch(/^Đạt/);
  }, 60_000);
});

describe('CongressesPanel — ghi nhận đại hội, hội nghị đã tổ chức', () => {
  const name = 'Hội nghị điển hình tiên tiến xã An Bình 2025';

  it('records the day it was held, after saying what it closes, and shows it as held', async () => {
    let held = false;
    const api = mockGraphql({
      Me: viewer('CAMPAIGN_MANAGE'),
      CampaignPlan: { data: { campaignPlan: issued } },
      Congresses: () =>
        connection('congresses', [
          held ? congress({ status: 'HELD', heldOn: '2025-05-15', version: 3 }) : congress(),
        ]),
      HoldCongress: () => {
        held = true;
        return {
          data: { holdCongress: congress({ status: 'HELD', heldOn: '2025-05-15', version: 3 }) },
        };
      },
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    await openTab();
    fireEvent.click(await screen.findByLabelText(`Ghi nhận đã tổ chức: ${name}`));
    const modal = await openModal(`Ghi nhận đã tổ chức "${name}"`);
    expect(modal.textContent).toContain('không sửa, xóa được và không thêm, bớt đại biểu được nữa');
    const day = within(modal).getByLabelText('Ngày tổ chức');

    // a day still to come is refused here, as the API would
    typeDate(day, '01/01/2099');
    fireEvent.click(getButton('Ghi nhận đã tổ chức', modal));
    expect(
      await within(modal).findByText(
        'Ngày tổ chức không được sau ngày hôm nay.',
        {},
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    expect(api.callsOf('HoldCongress')).toHaveLength(0);

    typeDate(day, '15/05/2025');
    fireEvent.click(getButton('Ghi nhận đã tổ chức', modal));
    await waitFor(() => expect(api.callsOf('HoldCongress')).toHaveLength(1), { timeout: 5000 });
    // the venue already recorded is sent as it is; the version is the one read
    expect(api.callsOf('HoldCongress')[0]?.variables).toEqual({
      input: { id: 'c-1', version: 2, heldOn: '2025-05-15', venue: 'Hội trường UBND xã' },
    });
    expect(await screen.findByText('Đã ghi nhận đại hội, hội nghị đã tổ chức.')).toBeTruthy();
    const row = await waitFor(() => {
      const found = screen.getByText(name).closest('tr') as HTMLElement;
      if (!found.textContent?.includes('Đã tổ chức')) throw new Error('not refetched yet');
      return found;
    });
    expect(row.textContent).toContain('15/05/2025');
    // held: nothing left to change on it
    expect(within(row).queryByLabelText(`Ghi nhận đã tổ chức: ${name}`)).toBeNull();
    expect(within(row).queryByLabelText(`Sửa: ${name}`)).toBeNull();
  }, 60_000);

  it('offers it only to who manages a congress still planned', async () => {
    mockGraphql({
      Me: viewer('CAMPAIGN_MANAGE'),
      CampaignPlan: { data: { campaignPlan: issued } },
      Congresses: connection('congresses', [
        congress({ canManage: false }),
        congress({
          id: 'c-2',
          name: 'Đại hội thi đua yêu nước huyện Kiến Xương',
          status: 'HELD',
          heldOn: '2025-06-20',
        }),
      ]),
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    await openTab();
    await screen.findByText('Đại hội thi đua yêu nước huyện Kiến Xương');
    expect(screen.getByText(name)).toBeTruthy();
    expect(screen.queryByLabelText(/^Ghi nhận đã tổ chức/)).toBeNull();
    const heldRow = screen.getByText('Đại hội thi đua yêu nước huyện Kiến Xương').closest('tr')!;
    expect(heldRow.textContent).toContain('Đã tổ chức');
    expect(heldRow.textContent).toContain('20/06/2025');
  }, 60_000);

  it('from the drawer: a stale version offers to reload, then sends the version read again', async () => {
    let version = 2;
    const api = mockGraphql({
      Me: viewer('CAMPAIGN_MANAGE'),
      CampaignPlan: { data: { campaignPlan: issued } },
      Congresses: () => connection('congresses', [congress({ version })]),
      // the other officer's edit moved the venue too: the drawer shows when the new version is read
      CongressDetail: () => ({
        data: {
          congress: detail(
            version === 3 ? { version, venue: 'Hội trường tầng 2, UBND xã' } : { version },
          ),
        },
      }),
      HoldCongress: (v) => {
        const input = v['input'] as { version: number };
        if (input.version !== 3) {
          version = 3;
          return gqlError(
            'CONFLICT',
            `Đại hội, hội nghị "${name}" vừa được người khác sửa. Tải lại để xem bản mới nhất.`,
          );
        }
        return { data: { holdCongress: congress({ status: 'HELD', heldOn: '2025-05-15' }) } };
      },
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    await openTab();
    fireEvent.click(await screen.findByText(name));
    const drawer = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-drawer');
      if (!found?.textContent?.includes('Nguyễn Thị Hoa')) throw new Error('no drawer yet');
      return found;
    });
    fireEvent.click(getButton('Ghi nhận đã tổ chức', drawer));
    const modal = await openModal(`Ghi nhận đã tổ chức "${name}"`);
    typeDate(within(modal).getByLabelText('Ngày tổ chức'), '15/05/2025');
    fireEvent.click(getButton('Ghi nhận đã tổ chức', modal));
    expect(
      await within(modal).findByText(/vừa được người khác sửa/, {}, { timeout: 5000 }),
    ).toBeTruthy();
    expect(api.callsOf('HoldCongress')[0]?.variables).toMatchObject({ input: { version: 2 } });

    fireEvent.click(getButton('Tải lại dữ liệu mới nhất', modal));
    await waitFor(() => expect(within(modal).queryByText(/vừa được người khác sửa/)).toBeNull());
    // wait on what the reload brought, not on the warning alone: under load the drawer may still be
    // showing the version read before (CI saw the next send carry version 2)
    expect(
      await within(drawer).findByText('Hội trường tầng 2, UBND xã', {}, { timeout: 5000 }),
    ).toBeTruthy();
    // counted from here: typing the date may already have sent the form once more (Enter submits
    // it), and under load that send arrives after the conflict; what matters is the next one
    const sent = api.callsOf('HoldCongress').length;
    fireEvent.click(getButton('Ghi nhận đã tổ chức', modal));
    await waitFor(() => expect(api.callsOf('HoldCongress')).toHaveLength(sent + 1), {
      timeout: 5000,
    });
    expect(api.callsOf('HoldCongress').at(-1)?.variables).toMatchObject({
      input: { id: 'c-1', version: 3, heldOn: '2025-05-15' },
    });
  }, 60_000);
});
