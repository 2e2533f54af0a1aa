import type { Permission } from '@thidua/shared-domain';
import { awardKeys } from '@thidua/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { bacKanRound, dossier } from '../testing/fixtures';

const viewer = (...permissions: Permission[]) => ({
  data: { me: makeViewer(['DOSSIER_READ', ...permissions]) },
});

const rounds = (nodes: unknown[]) => ({
  data: {
    awardRounds: {
      totalCount: nodes.length,
      totalCountCapped: false,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ node })),
    },
  },
});

const STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'RECEIVED',
  'APPRAISED',
  'READY_FOR_COUNCIL',
  'DECIDED',
  'WITHDRAWN',
];

function counts(values: Record<string, number> = {}, byStatus: Record<string, number> = {}) {
  return {
    proposed: 0,
    eligible: 0,
    notEligible: 0,
    toConfirm: 0,
    unchecked: 0,
    appraisedPass: 0,
    appraisedFail: 0,
    escalated: 0,
    dossiers: 0,
    late: 0,
    overdue: 0,
    ...values,
    byStatus: STATUSES.map((status) => ({ status, count: byStatus[status] ?? 0 })),
  };
}

const round = bacKanRound();

function countersAnswer(c: ReturnType<typeof counts>, canCheckEligibility = false) {
  return {
    data: {
      awardCounters: {
        rounds: [
          {
            roundId: round.id,
            round: {
              id: round.id,
              title: round.title,
              year: round.year,
              status: round.status,
              deadline: round.deadline,
              canCheckEligibility,
            },
            counts: c,
          },
        ],
        total: c,
      },
    },
  };
}

const job = (status: string, progress: number) => ({
  id: 'job-1',
  kind: 'awards.eligibility-check',
  status,
  progress,
  total: 12,
  message:
    status === 'SUCCEEDED'
      ? 'Đã kiểm tra 12 đề nghị của 3 hồ sơ: 10 đủ điều kiện, 1 chưa đủ điều kiện, 1 cần cán bộ xác nhận.'
      : null,
  error: null,
  startedAt: '2025-09-02T02:00:00.000Z',
  finishedAt: status === 'SUCCEEDED' ? '2025-09-02T02:00:03.000Z' : null,
});

const report = (side: 'SUBMITTER' | 'RECEIVER', stored: number) => ({
  data: {
    awardEligibilityCheck: {
      side,
      finished: true,
      roundId: round.id,
      dossierId: side === 'SUBMITTER' ? 'dossier-1' : null,
      dossiers: 3,
      checked: 12,
      eligible: 10,
      notEligible: 1,
      toConfirm: 1,
      changed: 1,
      stored,
      findings: [
        {
          nominationId: 'n-hoan',
          dossierId: 'dossier-1',
          unitName: 'Phòng Tổng hợp',
          name: 'Phạm Thị Hoãn',
          awardName: 'Lao động tiên tiến',
          storedVerdict: 'ELIGIBLE',
          verdict: 'NOT_ELIGIBLE',
          reasons: ['Phạm Thị Hoãn đang bị thanh tra (Thanh tra tỉnh, Kết luận số 21/KL-TTr).'],
        },
      ],
      job: job('SUCCEEDED', 12),
    },
  },
});

/** The drawer whose title reads `title`, once open. */
const drawer = (title: string) =>
  waitFor(
    () => {
      const found = Array.from(document.querySelectorAll<HTMLElement>('.ant-drawer')).find((el) =>
        (el.querySelector('.ant-drawer-title')?.textContent ?? '').includes(title),
      );
      if (!found) throw new Error('no drawer yet');
      return found;
    },
    { timeout: 10_000 },
  );

/** The rounds page's "Số liệu" of the round, clicked once the list shows it. */
async function openCounters() {
  await screen.findByText(round.title, {}, { timeout: 10_000 });
  fireEvent.click(getButton(`Số liệu của đợt ${round.title}`));
}

/** The Statistic card titled `title` and the figure it shows. */
const figure = (container: HTMLElement, title: string) => {
  const titles = Array.from(container.querySelectorAll('.ant-statistic-title'));
  const card = titles.find((el) => el.textContent === title)?.closest('.ant-statistic');
  return card?.querySelector('.ant-statistic-content')?.textContent?.trim();
};

describe('Số liệu khen thưởng và kiểm tra cả danh sách', () => {
  it('shows a round’s counters with their Vietnamese labels: đề xuất, đủ điều kiện, đạt, không đạt, chuyển cấp trên', async () => {
    const api = mockGraphql({
      Me: viewer(),
      AwardRounds: rounds([round]),
      AwardCounters: countersAnswer(
        counts(
          {
            proposed: 12,
            eligible: 9,
            notEligible: 1,
            toConfirm: 2,
            appraisedPass: 7,
            appraisedFail: 2,
            escalated: 3,
            dossiers: 4,
            late: 1,
          },
          { APPRAISED: 3, SUBMITTED: 1 },
        ),
      ),
    });
    renderApp('/thi-dua/dot-xet-khen-thuong');
    await openCounters();
    const panel = await drawer('Số liệu:');
    await waitFor(() => expect(figure(panel, 'Đề xuất')).toBe('12'));
    expect(figure(panel, 'Đủ điều kiện')).toBe('9');
    expect(figure(panel, 'Chưa đủ điều kiện')).toBe('1');
    expect(figure(panel, 'Đạt thẩm định')).toBe('7');
    expect(figure(panel, 'Không đạt')).toBe('2');
    expect(figure(panel, 'Chuyển cấp trên')).toBe('3');
    expect(within(panel).getByText('2 cần cán bộ xác nhận')).toBeTruthy();
    const byStatus = within(panel).getByLabelText('Hồ sơ theo trạng thái');
    expect(within(byStatus).getByText('Đã thẩm định')).toBeTruthy();
    expect(within(byStatus).getByText('Gửi sau hạn: 1')).toBeTruthy();
    // a reader who does not receive for the round is not offered the check
    expect(within(panel).queryByText('Kiểm tra tất cả hồ sơ')).toBeNull();
    expect(api.callsOf('AwardCounters')[0]?.variables).toMatchObject({ roundId: round.id });
  });

  it('says so when no dossier in the viewer’s reach was sent, instead of a row of zeros', async () => {
    mockGraphql({
      Me: viewer(),
      AwardRounds: rounds([round]),
      AwardCounters: countersAnswer(counts()),
    });
    renderApp('/thi-dua/dot-xet-khen-thuong');
    await openCounters();
    const panel = await drawer('Số liệu:');
    expect(
      await within(panel).findByText('Chưa có hồ sơ đề nghị nào trong phạm vi của bạn.'),
    ).toBeTruthy();
    expect(panel.querySelector('.ant-statistic')).toBeNull();
  });

  it('lets the receiving unit check every dossier of the round, follows the job and shows its report', async () => {
    let polls = 0;
    const api = mockGraphql({
      Me: viewer('DOSSIER_RECEIVE'),
      AwardRounds: rounds([round]),
      AwardCounters: countersAnswer(counts({ proposed: 12, dossiers: 3 }, { RECEIVED: 3 }), true),
      CheckRoundEligibility: { data: { checkRoundEligibility: job('QUEUED', 0) } },
      Job: () => ({ data: { job: (polls += 1) < 2 ? job('RUNNING', 5) : job('SUCCEEDED', 12) } }),
      AwardEligibilityCheck: report('RECEIVER', 0),
    });
    renderApp('/thi-dua/dot-xet-khen-thuong');
    await openCounters();
    const panel = await drawer('Số liệu:');
    fireEvent.click(await findButton('Kiểm tra tất cả hồ sơ', panel));
    await waitFor(() => expect(api.callsOf('CheckRoundEligibility')).toHaveLength(1));
    expect(api.callsOf('CheckRoundEligibility')[0]?.variables).toEqual({ roundId: round.id });
    expect(
      await within(panel).findByText(
        'Kết quả chỉ để đối chiếu: kết quả kiểm tra đã lưu khi gửi hồ sơ được giữ nguyên.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(within(panel).getByText('Đã kiểm tra 12 / 12 đề nghị')).toBeTruthy();
    const row = within(panel).getByText('Phạm Thị Hoãn').closest('tr') as HTMLElement;
    expect(within(row).getByText('Phòng Tổng hợp')).toBeTruthy();
    expect(within(row).getByText('Chưa đủ điều kiện')).toBeTruthy();
    expect(within(row).getByText(/Kết luận số 21\/KL-TTr/)).toBeTruthy();
    // the counters are read again once the job has ended
    await waitFor(() => expect(api.callsOf('AwardCounters').length).toBeGreaterThan(1));
  });

  it('counts again after a dossier changes, rather than showing the figures read before', async () => {
    const api = mockGraphql({
      Me: viewer('DOSSIER_MANAGE'),
      AwardRounds: rounds([round]),
      AwardCounters: countersAnswer(counts({ proposed: 2, dossiers: 1 }, { DRAFT: 1 })),
      AwardDossier: { data: { awardDossier: dossier() } },
      RemoveAwardNominee: {
        data: {
          removeAwardNominee: dossier({
            version: 8,
            nominees: dossier().nominees.filter((n) => n.id !== 'n-hoa'),
          }),
        },
      },
    });
    const { router, queryClient } = renderApp('/thi-dua/dot-xet-khen-thuong');
    // fresh for 30 s as in the app (app/queryClient.ts; the test client's reads are stale at once)
    queryClient.setQueryDefaults(awardKeys.counterLists(), { staleTime: 30_000 });
    await openCounters();
    await waitFor(() => expect(api.callsOf('AwardCounters')).toHaveLength(1));

    await router.navigate('/thi-dua/ho-so-de-nghi/dossier-1');
    fireEvent.click(await findButton('Bỏ đề nghị Nguyễn Thị Hoa'));
    const ask = await waitFor(() => {
      const found = Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).find((el) =>
        el.textContent?.includes('Bỏ Nguyễn Thị Hoa khỏi hồ sơ?'),
      );
      if (!found) throw new Error('no confirm yet');
      return found;
    });
    fireEvent.click(getButton('Bỏ đề nghị', ask));
    await waitFor(() => expect(api.callsOf('RemoveAwardNominee')).toHaveLength(1));

    // back within the 30 s the counters stay fresh: they are read again all the same
    await router.navigate('/thi-dua/dot-xet-khen-thuong');
    await openCounters();
    await waitFor(() => expect(api.callsOf('AwardCounters')).toHaveLength(2));
  });

  it('checks a dossier’s whole list from its page and reads the nominees again when the job ends', async () => {
    const api = mockGraphql({
      Me: viewer('DOSSIER_MANAGE'),
      AwardDossier: { data: { awardDossier: dossier() } },
      CheckAwardEligibility: { data: { checkAwardEligibility: job('QUEUED', 0) } },
      Job: { data: { job: job('SUCCEEDED', 12) } },
      AwardEligibilityCheck: report('SUBMITTER', 12),
    });
    renderApp('/thi-dua/ho-so-de-nghi/dossier-1');
    await screen.findByText('Kiểm tra điều kiện cả danh sách', {}, { timeout: 10_000 });
    fireEvent.click(getButton('Kiểm tra điều kiện cả danh sách'));
    const panel = await drawer('Kiểm tra điều kiện, tiêu chuẩn cả danh sách');
    expect(
      await within(panel).findByText('Đã cập nhật kết quả của 12 đề nghị vào danh sách của hồ sơ.'),
    ).toBeTruthy();
    expect(api.callsOf('CheckAwardEligibility')[0]?.variables).toEqual({ dossierId: 'dossier-1' });
    // one dossier's report names no unit
    expect(within(panel).queryByText('Đơn vị đề nghị')).toBeNull();
    await waitFor(() => expect(api.callsOf('AwardDossier').length).toBeGreaterThan(1));
  });
});
