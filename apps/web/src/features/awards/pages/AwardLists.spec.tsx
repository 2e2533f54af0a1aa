import type { Permission } from '@thidua/shared-domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { bacKanPlan } from '../../campaigns/testing/fixtures';
import { fieldLabelled } from '../../campaigns/testing/dom';
import { bacKanRound, dossierItem } from '../testing/fixtures';

const viewer = (...permissions: Permission[]) => ({
  data: { me: makeViewer(['DOSSIER_READ', ...permissions]) },
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

describe('Đợt xét và hồ sơ đề nghị khen thưởng — danh sách', () => {
  it('flags a late dossier of the inbox in red with its words, and filters by lateness', async () => {
    const api = mockGraphql({
      Me: viewer('DOSSIER_RECEIVE'),
      AwardRounds: connection('awardRounds', [bacKanRound()]),
      AwardDossierInbox: (variables) =>
        connection('awardDossierInbox', [
          dossierItem({ late: true }),
          ...((variables['filter'] as { late?: boolean | null }).late
            ? []
            : [
                dossierItem({
                  id: 'dossier-2',
                  unit: { id: 'u-pth', name: 'Phòng Tổng hợp', canOpen: true },
                }),
              ]),
        ]),
    });
    renderApp('/thi-dua/ho-so-gui-den');
    const row = (await screen.findByText('Văn phòng', {}, { timeout: 10_000 })).closest(
      'tr',
    ) as HTMLElement;
    const late = within(row).getByText('Gửi sau hạn');
    expect(late.closest('.ant-tag')?.className).toContain('ant-tag-error');
    const other = screen.getByText('Phòng Tổng hợp').closest('tr') as HTMLElement;
    expect(within(other).queryByText('Gửi sau hạn')).toBeNull();
    expect(within(row).getByText('Đã gửi, chờ tiếp nhận')).toBeTruthy();

    await chooseOption(fieldLabelled('Lọc theo hạn nộp'), 'Chỉ hồ sơ gửi sau hạn');
    await waitFor(() =>
      expect(api.callsOf('AwardDossierInbox').at(-1)?.variables['filter']).toMatchObject({
        late: true,
      }),
    );
    await waitFor(() => expect(screen.queryByText('Phòng Tổng hợp')).toBeNull());
  }, 60_000);

  it('shows each dossier’s due day with its status, and filters the overdue ones', async () => {
    const api = mockGraphql({
      Me: viewer('DOSSIER_RECEIVE'),
      AwardRounds: connection('awardRounds', [bacKanRound()]),
      AwardDossierInbox: (variables) =>
        connection('awardDossierInbox', [
          dossierItem(),
          ...((variables['filter'] as { overdue?: boolean | null }).overdue
            ? []
            : [
                dossierItem({
                  id: 'dossier-2',
                  unit: { id: 'u-pth', name: 'Phòng Tổng hợp', canOpen: true },
                  clock: 'APPRAISAL',
                  dueOn: '2099-12-31',
                  deadlineStatus: 'ON_TRACK',
                }),
              ]),
        ]),
    });
    renderApp('/thi-dua/ho-so-gui-den');
    const row = (await screen.findByText('Văn phòng', {}, { timeout: 10_000 })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByText('11/07/2025')).toBeTruthy();
    expect(within(row).getByText('Quá hạn').closest('.ant-tag')?.className).toContain(
      'ant-tag-error',
    );
    const other = screen.getByText('Phòng Tổng hợp').closest('tr') as HTMLElement;
    expect(within(other).getByText('31/12/2099')).toBeTruthy();
    expect(within(other).getByText('Trong hạn')).toBeTruthy();

    await chooseOption(fieldLabelled('Lọc theo hạn xử lý'), 'Quá hạn');
    await waitFor(() =>
      expect(api.callsOf('AwardDossierInbox').at(-1)?.variables['filter']).toMatchObject({
        overdue: true,
      }),
    );
    await waitFor(() => expect(screen.queryByText('Phòng Tổng hợp')).toBeNull());
  }, 60_000);

  it('says so when no dossier was sent yet', async () => {
    mockGraphql({
      Me: viewer('DOSSIER_RECEIVE'),
      AwardRounds: connection('awardRounds', []),
      AwardDossierInbox: connection('awardDossierInbox', []),
    });
    renderApp('/thi-dua/ho-so-gui-den');
    expect(
      await screen.findByText(
        'Chưa có hồ sơ nào được gửi đến các đơn vị tiếp nhận trong phạm vi của bạn.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
  }, 60_000);

  it('opens a campaign round from an issued plan, showing the forms and quotas it copies', async () => {
    const issued = bacKanPlan({
      id: 'plan-1',
      status: 'ISSUED',
      number: 12,
      symbol: '12/KH-VP',
      issuedOn: '2024-09-30',
    });
    const plan = {
      ...issued,
      content: {
        ...issued.content,
        awards: {
          forms: [{ name: 'Giấy khen của Chánh Văn phòng', text: null }],
          criteria: [],
          quotas: [
            {
              form: 'Giấy khen của Chánh Văn phòng',
              collectives: null,
              individuals: null,
              either: 1,
              per: null,
              note: null,
            },
          ],
          dossier: null,
          submitTo: null,
          deadline: '2025-08-15',
          deadlineNote: null,
        },
      },
    };
    const api = mockGraphql({
      Me: viewer('AWARD_ROUND_MANAGE'),
      AwardRounds: connection('awardRounds', []),
      // a draft is never offered: only an issued plan opens a round
      CampaignPlans: connection('campaignPlans', [
        issued,
        bacKanPlan({ id: 'plan-draft', title: 'Dự thảo chưa ban hành' }),
      ]),
      CampaignPlan: { data: { campaignPlan: plan } },
      Units: { data: { units: { totalCount: 0, totalCountCapped: false, edges: [] } } },
      Unit: {
        data: {
          unit: {
            id: 'u-vp',
            code: 'VP',
            name: 'Văn phòng',
            shortName: 'VP',
            tree: 'GOVERNMENT',
            status: 'ACTIVE',
            parent: null,
          },
        },
      },
      CreateAwardRound: (variables) => ({
        data: {
          createAwardRound: bacKanRound({ title: (variables['input'] as { title: string }).title }),
        },
      }),
    });
    renderApp('/thi-dua/dot-xet-khen-thuong');
    expect(
      await screen.findByText(
        'Chưa có đợt xét khen thưởng nào. Bắt đầu bằng "Mở đợt xét".',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    fireEvent.click(await findButton('Mở đợt xét'));
    await chooseOption(fieldLabelled('Loại đợt'), 'Theo phong trào thi đua (chuyên đề, theo đợt)');
    const planSelect = await waitFor(() => fieldLabelled('Kế hoạch thi đua'));
    fireEvent.mouseDown(planSelect);
    await screen.findByTitle(/12\/KH-VP/);
    expect(screen.queryByTitle('Dự thảo chưa ban hành')).toBeNull();
    await chooseOption(planSelect, `12/KH-VP — ${issued.title}`);

    const awards = await screen.findByLabelText('Hình thức khen thưởng của kế hoạch');
    await waitFor(() =>
      expect(awards.textContent).toContain(
        'Giấy khen của Chánh Văn phòng: không quá 01 tập thể hoặc cá nhân',
      ),
    );
    expect(awards.textContent).toContain('Hạn nộp theo kế hoạch: 15/08/2025');
    // the plan's issuer receives and the title starts from the plan's
    expect(fieldLabelled('Tên đợt')).toHaveProperty('value', `Khen thưởng ${issued.title}`);

    const drawer = fieldLabelled('Tên đợt').closest('.ant-drawer') as HTMLElement;
    fireEvent.click(getButton('Mở đợt xét', drawer));
    await waitFor(() => expect(api.callsOf('CreateAwardRound')).toHaveLength(1));
    expect(api.callsOf('CreateAwardRound')[0]?.variables['input']).toMatchObject({
      kind: 'CAMPAIGN',
      campaignPlanId: 'plan-1',
      receivingUnitId: 'u-vp',
      track: null,
      decidingAuthority: null,
    });
  }, 60_000);
});
