import type { Permission } from '@thidua/shared-domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { bacKanPlan, vanPhong } from '../testing/fixtures';

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

const counts = (
  total: number,
  answered: number,
  late: number,
  pending: number,
  overdue: number,
) => ({
  total,
  answered,
  answeredLate: late,
  pending,
  overdue,
});

const xaA = { id: 'u-xa-a', name: 'UBND xã A', code: 'XA-A', canOpen: true };
const xaB = { id: 'u-xa-b', name: 'UBND xã B', code: 'XA-B', canOpen: true };
const addressee = (unit: typeof xaA, status: string, extra: object = {}) => ({
  id: `a-${unit.id}`,
  rule: 'SUBTREE',
  deadline: '2024-10-20',
  status,
  answeredOn: null,
  reminderCount: 0,
  lastRemindedAt: null,
  createdAt: '2024-09-30T02:00:00.000Z',
  unit,
  inheritedFromUnit: null,
  answerPlan: null,
  ...extra,
});

const running = bacKanPlan({
  status: 'RUNNING',
  number: 12,
  symbol: '12/KH-VP',
  issuedOn: '2024-09-30',
  issuePlace: 'Bắc Kạn',
  signer: { on: null, title: 'Chánh Văn phòng', name: 'Nguyễn Văn An' },
  answerDeadline: '2024-10-20',
  addressing: {
    unitIds: [],
    subtreeUnitIds: ['u-huyen'],
    unitKindCodes: [],
    unitKindsWithinUnitIds: [],
    clusterIds: [],
    units: [],
    subtreeUnits: [{ id: 'u-huyen', name: 'UBND huyện Chợ Đồn' }],
    unitKindsWithinUnits: [],
  },
  pdfAvailable: true,
  pdfStatus: 'READY',
});

const actions = () =>
  Array.from(document.querySelectorAll('main .ant-space button'))
    .map((b) => b.textContent?.trim())
    .filter(Boolean);

describe('after issue — lifecycle, the units that must answer, reminders', () => {
  it('moves a running plan to sơ kết, and offers an amendment instead of editing', async () => {
    const api = mockGraphql({
      Me: viewer('CAMPAIGN_MANAGE'),
      CampaignPlan: { data: { campaignPlan: running } },
      OpenCampaignPlanReview: {
        data: { openCampaignPlanReview: { ...running, status: 'MIDTERM_REVIEW', version: 4 } },
      },
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    await findButton('Mở sơ kết');
    expect(actions()).toEqual([
      'Tải văn bản (.docx)',
      'Tải bản PDF',
      'Soạn kế hoạch sửa đổi',
      'Mở sơ kết',
      'Mở tổng kết',
    ]);
    expect(screen.getByText('Đang triển khai')).toBeTruthy();
    expect(screen.getByText('Cả cây: UBND huyện Chợ Đồn')).toBeTruthy();

    fireEvent.click(getButton('Mở sơ kết'));
    const confirm = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-modal-confirm');
      if (!found) throw new Error('no confirm yet');
      return found;
    });
    expect(confirm.textContent).toContain('Mở đợt sơ kết kế hoạch?');
    fireEvent.click(getButton('Đồng ý', confirm));
    await waitFor(() => expect(api.callsOf('OpenCampaignPlanReview')).toHaveLength(1));
    expect(api.callsOf('OpenCampaignPlanReview')[0]?.variables).toEqual({
      input: { id: 'plan-1', version: 3, kind: 'MIDTERM' },
    });
    expect(await screen.findByText('Kế hoạch chuyển sang trạng thái "Đang sơ kết".')).toBeTruthy();
    await waitFor(() => expect(actions()).toContain('Kết thúc đợt, tiếp tục triển khai'));
  }, 60_000);

  it('follows who has answered, rolled up by unit, and reminds the late ones', async () => {
    const api = mockGraphql({
      Me: viewer('CAMPAIGN_MANAGE'),
      CampaignPlan: { data: { campaignPlan: running } },
      CampaignCascadeSummary: (v) => ({
        data: {
          campaignCascadeSummary: {
            planId: 'plan-1',
            underUnit: v['underUnitId'] ? { id: 'u-huyen', name: 'UBND huyện Chợ Đồn' } : null,
            counts: counts(3, 1, 0, 1, 1),
            groups: v['underUnitId']
              ? []
              : [
                  {
                    addressed: true,
                    unit: { id: 'u-huyen', name: 'UBND huyện Chợ Đồn', childCount: 2 },
                    counts: counts(3, 1, 0, 1, 1),
                  },
                ],
          },
        },
      }),
      CampaignPlanAddressees: connection('campaignPlanAddressees', [
        addressee(xaA, 'OVERDUE', { reminderCount: 2 }),
        addressee(xaB, 'ANSWERED', {
          answeredOn: '2024-10-10',
          answerPlan: {
            id: 'plan-xa-b',
            symbol: '03/KH-UBND',
            title: 'Thực hiện',
            issuedOn: '2024-10-10',
          },
        }),
      ]),
      RemindCampaignAddressees: {
        data: { remindCampaignAddressees: { reminded: 1, remindedAt: '2024-10-25T02:00:00.000Z' } },
      },
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    fireEvent.click(await screen.findByText('Đơn vị thực hiện', {}, { timeout: 10_000 }));

    const overdueRow = (await screen.findByText('UBND xã A')).closest('tr')!;
    expect(within(overdueRow).getByText('Quá hạn')).toBeTruthy();
    expect(within(overdueRow).getByText('2 lần')).toBeTruthy();
    const answeredRow = screen.getByText('UBND xã B').closest('tr')!;
    expect(within(answeredRow).getByText('03/KH-UBND').getAttribute('href')).toBe(
      '/thi-dua/ke-hoach/plan-xa-b',
    );
    // the roll-up under the district
    const group = screen.getByLabelText('Xem các đơn vị trong UBND huyện Chợ Đồn').closest('tr')!;
    expect(Array.from(group.querySelectorAll('td')).map((td) => td.textContent)).toEqual([
      'UBND huyện Chợ Đồn',
      '3',
      '1',
      '0',
      '1',
      '1',
    ]);

    // remind only the selected late unit; an answered one cannot be selected
    const boxes = screen.getAllByRole('checkbox', { name: /UBND xã/ });
    expect(boxes.map((b) => (b as HTMLInputElement).disabled)).toEqual([false, true]);
    fireEvent.click(boxes[0]!);
    fireEvent.click(await findButton('Nhắc 1 đơn vị đã chọn'));
    const confirm = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-modal-confirm');
      if (!found) throw new Error('no confirm yet');
      return found;
    });
    fireEvent.click(getButton('Nhắc', confirm));
    await waitFor(() => expect(api.callsOf('RemindCampaignAddressees')).toHaveLength(1));
    expect(api.callsOf('RemindCampaignAddressees')[0]?.variables).toEqual({
      input: { planId: 'plan-1', unitIds: ['u-xa-a'] },
    });
    expect(await screen.findByText('Đã nhắc 1 đơn vị.')).toBeTruthy();

    // drill into the district: the table and the counts follow
    fireEvent.click(screen.getByLabelText('Xem các đơn vị trong UBND huyện Chợ Đồn'));
    await waitFor(() =>
      expect(api.callsOf('CampaignPlanAddressees').at(-1)?.variables).toMatchObject({
        underUnitId: 'u-huyen',
      }),
    );
    expect(api.callsOf('CampaignCascadeSummary').at(-1)?.variables).toEqual({
      planId: 'plan-1',
      underUnitId: 'u-huyen',
    });
  }, 60_000);
});

describe('CampaignInboxPage — kế hoạch gửi đến đơn vị', () => {
  it('lists what the units must answer and starts the answering plan prefilled', async () => {
    const row = {
      ...addressee(xaA, 'PENDING'),
      plan: {
        id: 'plan-1',
        title: running.title,
        symbol: '12/KH-VP',
        issuedOn: '2024-09-30',
        status: 'RUNNING',
        periodFrom: '2024-10-01',
        periodTo: '2025-09-30',
        issuerUnit: { id: vanPhong.id, name: vanPhong.name },
      },
    };
    const api = mockGraphql({
      Me: viewer('CAMPAIGN_MANAGE', 'UNIT_READ'),
      CampaignInbox: connection('campaignInbox', [row]),
      CampaignPlan: { data: { campaignPlan: running } },
      Unit: { data: { unit: { ...xaA, shortName: 'UBND', depth: 2, parent: null } } },
      UnitDetail: { data: { unit: null } },
      Units: { data: { units: { totalCount: 0, totalCountCapped: false, edges: [] } } },
      UnitKinds: { data: { unitKinds: [] } },
      Clusters: connection('clusters', []),
    });
    const { router } = renderApp('/thi-dua/ke-hoach-gui-den');
    const line = (await screen.findByText('UBND xã A', {}, { timeout: 10_000 })).closest('tr')!;
    expect(within(line).getByText('Chưa ban hành')).toBeTruthy();
    expect(within(line).getByText('20/10/2024')).toBeTruthy();
    expect(line.textContent).toContain('12/KH-VP — ');

    fireEvent.click(within(line).getByText('Xây dựng kế hoạch thực hiện'));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?thuc-hien=plan-1&don-vi=u-xa-a'),
    );
    // the new plan starts from the plan it answers: its period, and the link to it
    const from = await waitFor(
      () => {
        const input = document.getElementById('periodFrom') as HTMLInputElement | null;
        if (!input) throw new Error('no editor yet');
        return input;
      },
      { timeout: 20_000 },
    );
    expect(from.value).toBe('01/10/2024');
    expect(api.callsOf('CampaignPlan')[0]?.variables).toEqual({ id: 'plan-1' });
    expect(
      document.getElementById('respondsToPlanId')?.closest('.ant-select')?.textContent,
    ).toContain('12/KH-VP');
  }, 60_000);
});

describe('home widgets — kế hoạch của tôi, việc phải làm và hạn', () => {
  it('puts what the units owe first, overdue on top, then the plans', async () => {
    const inboxRow = (status: string, unit: typeof xaA, deadline: string) => ({
      ...addressee(unit, status, { deadline }),
      plan: {
        id: 'plan-1',
        title: 'Đợt thi đua đặc biệt',
        symbol: '12/KH-VP',
        issuedOn: '2024-09-30',
        status: 'RUNNING',
        periodFrom: '2024-10-01',
        periodTo: '2025-09-30',
        issuerUnit: { id: vanPhong.id, name: vanPhong.name },
      },
    });
    mockGraphql({
      Me: viewer(),
      CampaignInbox: (v) =>
        connection(
          'campaignInbox',
          v['status'] === 'OVERDUE'
            ? [inboxRow('OVERDUE', xaA, '2024-10-20')]
            : [inboxRow('PENDING', xaB, '2099-01-31')],
        ),
      CampaignPlans: connection('campaignPlans', [
        { ...running, content: undefined, legalBases: undefined },
      ]),
      CampaignCalendar: connection('campaignPlans', []),
    });
    renderApp('/');
    const duties = (
      await screen.findByText('Việc phải làm và hạn', {}, { timeout: 10_000 })
    ).closest('.ant-card')!;
    await waitFor(() => expect(duties.querySelectorAll('li')).toHaveLength(2));
    const items = Array.from(duties.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toEqual([
      'UBND xã A: xây dựng kế hoạch thực hiện "Đợt thi đua đặc biệt"Quá hạn từ 20/10/2024',
      'UBND xã B: xây dựng kế hoạch thực hiện "Đợt thi đua đặc biệt"Hạn 31/01/2099',
    ]);
    // a reader without CAMPAIGN_MANAGE cannot write the answer: the duty opens the plan itself
    expect(duties.querySelector('a')?.getAttribute('href')).toBe('/thi-dua/ke-hoach/plan-1');
    const mine = screen.getByText('Kế hoạch thi đua của tôi').closest('.ant-card')!;
    expect(await within(mine as HTMLElement).findByText(running.title)).toBeTruthy();
    expect(within(mine as HTMLElement).getByText('Đang triển khai')).toBeTruthy();
  }, 60_000);
});

describe('registrations and reviews as the issuer sees them', () => {
  it('approves a registration and returns another with a reason', async () => {
    const registration = (id: string, name: string, kind: string) => ({
      id,
      kind,
      status: 'SUBMITTED',
      registrantName: name,
      commitments: 'Hoàn thành 100% chỉ tiêu.',
      returnReason: null,
      submittedAt: '2024-10-05T02:00:00.000Z',
      reviewedAt: null,
      canDecide: true,
      version: 1,
      titles: [{ code: 'TTLDXS', name: 'Tập thể lao động xuất sắc' }],
      unit: { id: xaA.id, name: xaA.name },
    });
    const tally = { total: 2, draft: 0, submitted: 2, returned: 0, approved: 0 };
    const api = mockGraphql({
      Me: viewer('CAMPAIGN_MANAGE'),
      CampaignPlan: { data: { campaignPlan: running } },
      CampaignRegistrationSummary: {
        data: { campaignRegistrationSummary: { total: { units: tally, people: tally } } },
      },
      CampaignRegistrations: connection('campaignRegistrations', [
        registration('r-1', 'UBND xã A', 'UNIT'),
        registration('r-2', 'Nguyễn Thị Lan', 'PERSON'),
      ]),
      ApproveCampaignRegistration: {
        data: {
          approveCampaignRegistration: {
            ...registration('r-1', 'UBND xã A', 'UNIT'),
            status: 'APPROVED',
          },
        },
      },
      ReturnCampaignRegistration: {
        data: {
          returnCampaignRegistration: {
            ...registration('r-2', 'Nguyễn Thị Lan', 'PERSON'),
            status: 'RETURNED',
          },
        },
      },
    });
    // opened from a link to the tab (the registrations import's result), no click on it
    renderApp('/thi-dua/ke-hoach/plan-1?muc=dang-ky');
    await screen.findByText('Nguyễn Thị Lan', {}, { timeout: 10_000 });
    expect(screen.getByRole('tab', { name: 'Đăng ký' }).getAttribute('aria-selected')).toBe('true');
    const unitRow = screen.getByText('Tập thể').closest('tr')!;
    fireEvent.click(within(unitRow as HTMLElement).getByText('Duyệt'));
    await waitFor(() =>
      expect(api.callsOf('ApproveCampaignRegistration')[0]?.variables).toEqual({
        input: { id: 'r-1', version: 1 },
      }),
    );
    const personRow = screen.getByText('Nguyễn Thị Lan').closest('tr')!;
    fireEvent.click(within(personRow as HTMLElement).getByText('Trả lại'));
    const modal = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-modal');
      if (!found) throw new Error('no modal yet');
      return found;
    });
    expect(modal.textContent).toContain('Trả lại đăng ký của Nguyễn Thị Lan');
    fireEvent.change(within(modal).getByLabelText('Lý do trả lại'), {
      target: { value: 'Bổ sung thành tích.' },
    });
    fireEvent.click(getButton('Trả lại', modal));
    await waitFor(() =>
      expect(api.callsOf('ReturnCampaignRegistration')[0]?.variables).toEqual({
        input: { id: 'r-2', version: 1, reason: 'Bổ sung thành tích.' },
      }),
    );
    expect(await screen.findByText('Đã trả lại đăng ký.')).toBeTruthy();
  }, 60_000);

  it('shows the sơ kết reports against the deadline, late ones marked', async () => {
    mockGraphql({
      Me: viewer('CAMPAIGN_MANAGE'),
      CampaignPlan: { data: { campaignPlan: running } },
      CampaignReviewSummary: (v) => ({
        data: {
          campaignReviewSummary: {
            kind: v['kind'],
            deadline: '2025-04-15',
            overdue: true,
            addressed: 3,
            submitted: 2,
            onTime: 1,
            late: 1,
            missing: 1,
            drafts: 0,
            returned: 0,
          },
        },
      }),
      CampaignReviews: connection('campaignReviews', [
        {
          id: 'rv-1',
          kind: 'MIDTERM',
          status: 'SUBMITTED',
          report: 'Đã tổ chức hội nghị sơ kết.',
          deadline: '2025-04-15',
          late: true,
          submittedAt: '2025-04-20T02:00:00.000Z',
          returnReason: null,
          canReturn: true,
          version: 1,
          unit: { id: xaA.id, name: xaA.name },
          figures: [],
          attachments: [],
        },
      ]),
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    fireEvent.click(await screen.findByText('Sơ kết, tổng kết', {}, { timeout: 10_000 }));
    const row = (await screen.findByText('UBND xã A', {}, { timeout: 10_000 })).closest('tr')!;
    expect(within(row as HTMLElement).getByText('Muộn')).toBeTruthy();
    expect(within(row as HTMLElement).getByText('Đã gửi')).toBeTruthy();
    expect(screen.getByText('Đã gửi 2/3 đơn vị')).toBeTruthy();
    expect(document.body.textContent).toContain('15/04/2025 — Đã quá hạn');
  }, 60_000);
});

describe('CampaignCalendarPage — lịch thi đua', () => {
  it('lists the year’s dates month by month, with the plan each belongs to', async () => {
    // the page opens on this year (Vietnam time): the data is dated in it
    const year = Number(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4));
    const api = mockGraphql({
      Me: viewer(),
      CampaignCalendar: connection('campaignPlans', [
        {
          id: 'plan-1',
          title: 'Đợt thi đua đặc biệt',
          status: 'RUNNING',
          periodFrom: `${year}-01-01`,
          periodTo: `${year}-12-31`,
          answerDeadline: null,
          content: {
            phases: [],
            milestones: [
              { date: `${year}-05-19`, label: 'Kỷ niệm ngày sinh Bác Hồ', tentative: true },
            ],
            awards: null,
          },
        },
      ]),
      CampaignInbox: connection('campaignInbox', []),
    });
    renderApp('/thi-dua/lich');
    const may = await screen.findByRole('region', { name: `Tháng 5/${year}` }, { timeout: 10_000 });
    expect(may.textContent).toContain(`19/05/${year}`);
    expect(may.textContent).toContain('Kỷ niệm ngày sinh Bác Hồ (dự kiến)');
    expect(within(may).getByText('Kế hoạch: Đợt thi đua đặc biệt').getAttribute('href')).toBe(
      '/thi-dua/ke-hoach/plan-1',
    );
    expect(api.callsOf('CampaignCalendar')[0]?.variables).toEqual({ first: 100, year });
  }, 60_000);
});

describe('the addressed unit’s side — registering and sending', () => {
  it('registers the unit for a title of the plan, then sends the registration', async () => {
    const draft = {
      id: 'r-9',
      kind: 'UNIT',
      status: 'DRAFT',
      registrantName: 'UBND xã A',
      commitments: 'Hoàn thành vượt mức chỉ tiêu.',
      returnReason: null,
      submittedAt: null,
      reviewedAt: null,
      canDecide: false,
      canEdit: true,
      version: 1,
      titles: [{ code: null, name: 'Giấy khen của Chánh Văn phòng' }],
      unit: { id: xaA.id, name: xaA.name },
    };
    const tally = { total: 0, draft: 0, submitted: 0, returned: 0, approved: 0 };
    let created = false;
    const api = mockGraphql({
      Me: viewer('CAMPAIGN_MANAGE'),
      CampaignPlan: { data: { campaignPlan: running } },
      CampaignRegistrationSummary: {
        data: { campaignRegistrationSummary: { total: { units: tally, people: tally } } },
      },
      CampaignRegistrations: () => connection('campaignRegistrations', created ? [draft] : []),
      Units: {
        data: {
          units: {
            totalCount: 1,
            totalCountCapped: false,
            edges: [{ node: { ...xaA, shortName: 'UBND', depth: 2, parent: null } }],
          },
        },
      },
      CreateCampaignRegistration: () => {
        created = true;
        return { data: { createCampaignRegistration: draft } };
      },
      SubmitCampaignRegistration: {
        data: { submitCampaignRegistration: { ...draft, status: 'SUBMITTED', canEdit: false } },
      },
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    fireEvent.click(await screen.findByRole('tab', { name: 'Đăng ký' }, { timeout: 10_000 }));
    fireEvent.click(await findButton('Đăng ký thi đua'));
    const modal = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-modal');
      if (!found) throw new Error('no modal yet');
      return found;
    });
    await chooseOption(within(modal).getByLabelText('Đơn vị đăng ký'), 'UBND xã A', 'xa a', false);
    await chooseOption(
      within(modal).getByLabelText('Danh hiệu, hình thức đăng ký'),
      'Giấy khen của Chánh Văn phòng',
      undefined,
      false,
    );
    fireEvent.change(within(modal).getByLabelText('Cam kết'), {
      target: { value: ' Hoàn thành vượt mức chỉ tiêu. ' },
    });
    fireEvent.click(getButton('Lưu đăng ký', modal));
    await waitFor(() => expect(api.callsOf('CreateCampaignRegistration')).toHaveLength(1));
    expect(api.callsOf('CreateCampaignRegistration')[0]?.variables).toEqual({
      input: {
        planId: 'plan-1',
        unitId: 'u-xa-a',
        kind: 'UNIT',
        personId: null,
        titles: [{ name: 'Giấy khen của Chánh Văn phòng' }],
        commitments: 'Hoàn thành vượt mức chỉ tiêu.',
      },
    });
    const row = (await screen.findByText('Chưa gửi', {}, { timeout: 10_000 })).closest('tr')!;
    fireEvent.click(within(row as HTMLElement).getByText('Gửi'));
    await waitFor(() =>
      expect(api.callsOf('SubmitCampaignRegistration')[0]?.variables).toEqual({
        input: { id: 'r-9', version: 1 },
      }),
    );
    expect(await screen.findByText('Đã gửi đăng ký lên đơn vị ban hành kế hoạch.')).toBeTruthy();
  }, 60_000);
});
