import type { Permission } from '@thidua/shared-domain';
import type { CouncilVotingRoundItem } from '@thidua/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { fieldLabelled } from '../../campaigns/testing/dom';
import { sessionInProgress, votingRound } from '../testing/fixtures';

const viewer = (...permissions: Permission[]) => ({
  data: { me: makeViewer(['COUNCIL_READ', ...permissions]) },
});

const PAGE = '/thi-dua/hoi-dong/phien-hop/session-1';
const HASH = 'a3f1c9e0'.repeat(8);

const roundsAnswer = (rounds: CouncilVotingRoundItem[]) => ({
  data: { councilSession: { id: 'session-1', votingRounds: rounds } },
});

/** The answers change after a mutation: `state.rounds` is read at each call. */
function roundsOf(state: { rounds: CouncilVotingRoundItem[] }) {
  return () => roundsAnswer(state.rounds);
}

const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

describe('Phiên họp Hội đồng — biểu quyết (màn hình thư ký)', () => {
  it('opens a paper round on the agenda item, with the threshold the rules give it', async () => {
    const state = { rounds: [] as CouncilVotingRoundItem[] };
    const opened = votingRound({ mode: 'PAPER', castCount: null });
    const api = mockGraphql({
      Me: viewer('COUNCIL_MANAGE'),
      CouncilSession: { data: { councilSession: sessionInProgress() } },
      CouncilSessionVotingRounds: roundsOf(state),
      OpenCouncilVotingRound: () => {
        state.rounds = [opened];
        return { data: { openCouncilVotingRound: opened } };
      },
    });
    renderApp(PAGE);
    expect(
      await screen.findByText(
        'Chưa có vòng biểu quyết nào. Bắt đầu bằng "Mở vòng biểu quyết".',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    fireEvent.click(getButton('Mở vòng biểu quyết'));
    const drawer = await screen.findByRole('dialog');
    expect(drawer.textContent).toContain('Đồng ý từ 90% tổng số thành viên trở lên');
    // the item of that threshold comes checked
    const item = within(drawer).getByRole('checkbox', {
      name: /Lê Thị Hoa – Chiến sĩ thi đua cơ sở/,
    }) as HTMLInputElement;
    expect(item.checked).toBe(true);
    fireEvent.click(within(drawer).getByRole('radio', { name: /^Phiếu giấy/ }));
    fireEvent.click(getButton('Mở vòng', drawer));
    await waitFor(() =>
      expect(api.callsOf('OpenCouncilVotingRound')[0]?.variables['input']).toEqual({
        sessionId: 'session-1',
        mode: 'PAPER',
        agendaItemIds: ['a-1'],
      }),
    );
    const round = await screen.findByRole('region', {
      name: 'Vòng 1 – Phiếu giấy: Chiến sĩ thi đua cơ sở',
    });
    expect(round.textContent).toContain('Đang bỏ phiếu');
    expect(round.textContent).toContain('Bỏ phiếu giấy: số phiếu được đếm khi kiểm phiếu.');
  }, 60_000);

  it('shows the live count of an open room round, refreshed, and never the results', async () => {
    let polls = 0;
    const api = mockGraphql({
      Me: viewer('COUNCIL_MANAGE'),
      CouncilSession: { data: { councilSession: sessionInProgress() } },
      CouncilSessionVotingRounds: roundsAnswer([votingRound({ castCount: 0 })]),
      CouncilVotingRoundLiveCount: () => {
        polls += 1;
        return {
          data: {
            councilVotingRound: {
              id: 'round-v1',
              status: 'OPEN',
              castCount: polls === 1 ? 1 : 2,
              voters: 3,
            },
          },
        };
      },
    });
    renderApp(PAGE);
    expect(await screen.findByText('Đã bỏ 1/3 phiếu', {}, { timeout: 10_000 })).toBeTruthy();
    // the 2-second refetch brings the next count without any action
    expect(await screen.findByText('Đã bỏ 2/3 phiếu', {}, { timeout: 10_000 })).toBeTruthy();
    const round = screen.getByRole('region', {
      name: 'Vòng 1 – Bỏ phiếu tại phòng họp bằng mã: Chiến sĩ thi đua cơ sở',
    });
    expect(round.textContent).not.toContain('Kết quả kiểm phiếu');
    expect(round.textContent).not.toContain('Đạt');
    // the polled query asks for the count only
    const query = (api.callsOf('CouncilVotingRoundLiveCount')[0] as unknown as { query: string })
      .query;
    expect(query).not.toMatch(/results|agree/);
    expect(getButton('In mã bỏ phiếu', round)).toBeTruthy();
  }, 60_000);

  it('prints the one-time codes as slips with the ballot address', async () => {
    const api = mockGraphql({
      Me: viewer('COUNCIL_MANAGE'),
      CouncilSession: { data: { councilSession: sessionInProgress() } },
      CouncilSessionVotingRounds: roundsAnswer([votingRound()]),
      CouncilVotingRoundLiveCount: {
        data: {
          councilVotingRound: { id: 'round-v1', status: 'OPEN', castCount: 0, voters: 3 },
        },
      },
      GenerateCouncilVotingCodes: {
        data: {
          generateCouncilVotingCodes: {
            roundId: 'round-v1',
            codes: ['ABCDE-FGHJK', 'MNPQRSTUVW', 'XYZ2345678'],
          },
        },
      },
    });
    renderApp(PAGE);
    fireEvent.click(await findButton('In mã bỏ phiếu'));
    const ask = await screen.findByRole('dialog');
    expect(ask.textContent).toContain('không lưu mã');
    expect(api.callsOf('GenerateCouncilVotingCodes')).toHaveLength(0);
    fireEvent.click(getButton('In mã bỏ phiếu', ask));
    const sheet = await screen.findByRole('dialog', { name: '3 mã bỏ phiếu dùng một lần' });
    const slips = within(sheet).getAllByRole('region');
    expect(slips).toHaveLength(3);
    expect(slips[0]?.textContent).toContain('ABCDE-FGHJK');
    expect(slips[1]?.textContent).toContain('MNPQR-STUVW');
    expect(slips[0]?.textContent).toContain(`${window.location.origin}/bo-phieu/round-v1`);
    expect(slips[0]?.textContent).toContain('Phiên họp xét khen thưởng năm 2025');
    expect(sheet.textContent).toContain('không được lưu trên hệ thống');
    expect(getButton('In', sheet)).toBeTruthy();
  }, 60_000);

  it('checks the paper tally as it is typed, then shows the differences between the two entries', async () => {
    const closed = votingRound({
      mode: 'PAPER',
      status: 'CLOSED',
      castCount: null,
      closedAt: '2025-12-10T07:40:00.000Z',
      closeHash: HASH,
      paperTallyConfirmed: false,
      paperEntries: [{ entry: 1, userName: 'Trần Văn Bình' }],
    });
    const api = mockGraphql({
      Me: viewer('COUNCIL_MANAGE'),
      CouncilSession: { data: { councilSession: sessionInProgress() } },
      CouncilSessionVotingRounds: roundsAnswer([closed]),
      EnterPaperTally: { data: { enterPaperTally: { id: 'round-v1', status: 'CLOSED' } } },
      ConfirmPaperTally: gqlError(
        'VALIDATION_FAILED',
        'Hai lần nhập không khớp: Số phiếu thu về: người nhập thứ nhất 3, người thứ hai 2. Ứng viên "Lê Thị Hoa – Chiến sĩ thi đua cơ sở" – số phiếu đồng ý: người nhập thứ nhất 3, người thứ hai 2.',
      ),
    });
    renderApp(PAGE);
    await screen.findByText('Kết quả kiểm phiếu giấy', {}, { timeout: 10_000 });
    // the API's word on the entries saved; no tally before the two agree
    expect(screen.getByText('Đã lưu: lần nhập 1 (Trần Văn Bình).')).toBeTruthy();
    const tally = getButton('Kiểm phiếu');
    expect(tally.disabled).toBe(true);
    expect(document.getElementById(tally.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Nhập và xác nhận kết quả kiểm phiếu giấy trước khi kiểm phiếu.',
    );
    type(fieldLabelled('Số phiếu phát ra'), '3');
    type(fieldLabelled('Số phiếu thu về'), '4');
    type(fieldLabelled('Số phiếu hợp lệ'), '4');
    type(fieldLabelled('Số phiếu không hợp lệ'), '0');
    type(fieldLabelled('Số phiếu đồng ý: Lê Thị Hoa – Chiến sĩ thi đua cơ sở'), '3');
    type(fieldLabelled('Số phiếu không đồng ý: Lê Thị Hoa – Chiến sĩ thi đua cơ sở'), '0');
    expect(
      await screen.findByText('Số phiếu thu về (4) không được lớn hơn số phiếu phát ra (3).'),
    ).toBeTruthy();
    expect(getButton('Lưu lần nhập 1').disabled).toBe(true);
    expect(api.callsOf('EnterPaperTally')).toHaveLength(0);

    type(fieldLabelled('Số phiếu thu về'), '3');
    type(fieldLabelled('Số phiếu hợp lệ'), '3');
    await waitFor(() => expect(getButton('Lưu lần nhập 1').disabled).toBe(false));
    fireEvent.click(getButton('Lưu lần nhập 1'));
    await waitFor(() =>
      expect(api.callsOf('EnterPaperTally')[0]?.variables['input']).toEqual({
        roundId: 'round-v1',
        entry: 1,
        issued: 3,
        returned: 3,
        valid: 3,
        invalid: 0,
        candidates: [{ agendaItemId: 'a-1', agree: 3, disagree: 0 }],
      }),
    );
    // the second person gets empty boxes
    expect(await findButton('Lưu lần nhập 2')).toBeTruthy();
    expect((fieldLabelled('Số phiếu phát ra') as HTMLInputElement).value).toBe('');

    fireEvent.click(getButton('Đối chiếu và xác nhận'));
    const differences = await screen.findByText('Hai lần nhập không khớp');
    const list = differences.closest('.ant-alert') as HTMLElement;
    const lines = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual([
      'Số phiếu thu về: người nhập thứ nhất 3, người thứ hai 2.',
      'Ứng viên "Lê Thị Hoa – Chiến sĩ thi đua cơ sở" – số phiếu đồng ý: người nhập thứ nhất 3, người thứ hai 2.',
    ]);
  }, 60_000);

  it('tallies a closed round after a confirmation and shows the results on the membership', async () => {
    const closed = votingRound({
      status: 'CLOSED',
      castCount: 3,
      closedAt: '2025-12-10T07:40:00.000Z',
      closeHash: HASH,
    });
    const tallied = votingRound({
      ...closed,
      status: 'TALLIED',
      version: 3,
      talliedAt: '2025-12-10T07:45:00.000Z',
      results: [
        {
          agendaItemId: 'a-1',
          agree: 3,
          disagree: 0,
          percentHundredths: 10000,
          passed: true,
          rank: null,
          withinQuota: null,
          explanation:
            'Đạt: 3/3 thành viên Hội đồng đồng ý (100%), yêu cầu từ 90% tổng số thành viên trở lên.',
        },
      ],
    });
    const state = { rounds: [closed] };
    const api = mockGraphql({
      Me: viewer('COUNCIL_MANAGE'),
      CouncilSession: { data: { councilSession: sessionInProgress() } },
      CouncilSessionVotingRounds: roundsOf(state),
      TallyCouncilVotingRound: () => {
        state.rounds = [tallied];
        return { data: { tallyCouncilVotingRound: tallied } };
      },
    });
    renderApp(PAGE);
    const round = await screen.findByRole(
      'region',
      {
        name: 'Vòng 1 – Bỏ phiếu tại phòng họp bằng mã: Chiến sĩ thi đua cơ sở',
      },
      { timeout: 10_000 },
    );
    expect(round.textContent).toContain(HASH);
    expect(round.textContent).not.toContain('Kết quả kiểm phiếu');
    fireEvent.click(getButton('Kiểm phiếu', round));
    const dialog = await screen.findByRole('dialog');
    expect(api.callsOf('TallyCouncilVotingRound')).toHaveLength(0);
    fireEvent.click(getButton('Kiểm phiếu', dialog));
    await waitFor(() =>
      expect(api.callsOf('TallyCouncilVotingRound')[0]?.variables['input']).toEqual({
        roundId: 'round-v1',
      }),
    );
    await screen.findByText('Kết quả kiểm phiếu', {}, { timeout: 10_000 });
    const row = document.querySelector('tr[data-row-key="a-1"]') as HTMLElement;
    expect(row.textContent).toContain('Lê Thị Hoa');
    expect(row.textContent).toContain('100%');
    expect(within(row).getByText('Đạt')).toBeTruthy();
    expect(row.textContent).toContain('Đạt: 3/3 thành viên Hội đồng đồng ý');
    expect(getButton('Tải gói kiểm chứng')).toBeTruthy();
    // the only round with a tied candidate would offer the second round; this one is the last word
    expect(screen.queryByText('Bằng phiếu ở suất cuối cùng')).toBeNull();
  }, 60_000);
});
