import type { Permission } from '@thidua/shared-domain';
import type { CouncilSessionDetail, CouncilVotingRoundItem } from '@thidua/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { agendaItem, sessionInProgress, votingRound } from '../testing/fixtures';
import { savedFiles } from '../../../test/downloads';

const viewer = (...permissions: Permission[]) => ({
  data: { me: makeViewer(['COUNCIL_READ', ...permissions]) },
});

const PAGE = '/thi-dua/hoi-dong/phien-hop/session-1';
const MINUTES_SHA = 'b7e4d2a91c03'.padEnd(64, '0');
const TALLY_SHA = 'c0ffee12ab34'.padEnd(64, '1');

const roundsAnswer = (rounds: CouncilVotingRoundItem[]) => ({
  data: { councilSession: { id: 'session-1', votingRounds: rounds } },
});

const talliedRound = (withMinutes: boolean) =>
  votingRound({
    status: 'TALLIED',
    castCount: 3,
    closedAt: '2025-12-10T07:40:00.000Z',
    talliedAt: '2025-12-10T07:45:00.000Z',
    closeHash: 'a3f1c9e0'.repeat(8),
    tallyMinutes: withMinutes
      ? {
          sha256: TALLY_SHA,
          docxPath: '/api/council-rounds/round-v1/tally-minutes.docx',
          pdfPath: '/api/council-rounds/round-v1/tally-minutes.pdf',
        }
      : null,
    results: [
      {
        agendaItemId: 'a-1',
        agree: 3,
        disagree: 0,
        percentHundredths: 10000,
        passed: true,
        rank: null,
        withinQuota: null,
        explanation: 'Đạt: 3/3 thành viên Hội đồng đồng ý (100%).',
      },
    ],
  });

/** The session as the close answers it: minutes frozen, the item passed. */
function closedSession(overrides: Partial<CouncilSessionDetail> = {}): CouncilSessionDetail {
  return sessionInProgress({
    status: 'CLOSED',
    version: 8,
    closedAt: '2025-12-10T08:30:00.000Z',
    minutes: {
      sha256: MINUTES_SHA,
      docxPath: '/api/council-sessions/session-1/minutes.docx',
      pdfPath: '/api/council-sessions/session-1/minutes.pdf',
    },
    agenda: [
      agendaItem({
        outcome: 'PASSED',
        outcomeAgree: 3,
        outcomePercentHundredths: 10000,
        outcomeRoundId: 'round-v1',
      }),
    ],
    ...overrides,
  });
}

describe('Phiên họp Hội đồng — kết thúc, biên bản, ký (màn hình thư ký)', () => {
  it('shows the API’s refusal when a round is not tallied yet, after a confirmation', async () => {
    const refusal =
      'Vòng bỏ phiếu đã đóng nhưng chưa kiểm phiếu: Phiên họp xét khen thưởng năm 2025 — bỏ phiếu vòng 1.';
    const api = mockGraphql({
      Me: viewer('COUNCIL_MANAGE'),
      CouncilSession: { data: { councilSession: sessionInProgress() } },
      CouncilSessionVotingRounds: roundsAnswer([
        votingRound({ status: 'CLOSED', closedAt: '2025-12-10T07:40:00.000Z' }),
      ]),
      CloseCouncilSession: gqlError('BAD_USER_INPUT', refusal),
    });
    renderApp(PAGE);
    fireEvent.click(await findButton('Kết thúc phiên họp'));
    const dialog = await screen.findByRole('dialog');
    expect(api.callsOf('CloseCouncilSession')).toHaveLength(0);
    fireEvent.click(getButton('Kết thúc phiên họp', dialog));
    await waitFor(() =>
      expect(api.callsOf('CloseCouncilSession')[0]?.variables['input']).toEqual({
        id: 'session-1',
        version: 6,
      }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Chưa kết thúc được phiên họp');
    expect(alert.textContent).toContain(refusal);
    // still in progress: no minutes
    expect(screen.queryByRole('list', { name: 'Biên bản' })).toBeNull();
  }, 60_000);

  it('closes the session, then offers the frozen minutes, each round’s tally minutes and the outcomes', async () => {
    const state = { session: sessionInProgress(), rounds: [talliedRound(false)] };
    const api = mockGraphql(
      {
        Me: viewer('COUNCIL_MANAGE'),
        CouncilSession: () => ({ data: { councilSession: state.session } }),
        CouncilSessionVotingRounds: () => roundsAnswer(state.rounds),
        CloseCouncilSession: () => {
          state.session = closedSession();
          state.rounds = [talliedRound(true)];
          return { data: { closeCouncilSession: state.session } };
        },
      },
      {
        'GET /api/council-sessions/session-1/minutes.docx': () =>
          new Response('docx', {
            status: 200,
            headers: { 'content-disposition': 'attachment; filename="bien-ban-hop.docx"' },
          }),
      },
    );
    renderApp(PAGE);
    fireEvent.click(await findButton('Kết thúc phiên họp'));
    fireEvent.click(getButton('Kết thúc phiên họp', await screen.findByRole('dialog')));
    const files = await screen.findByRole('list', { name: 'Biên bản' }, { timeout: 10_000 });
    await waitFor(() => expect(within(files).getAllByRole('listitem')).toHaveLength(2));
    expect(files.textContent).toContain('Biên bản họp Hội đồng');
    expect(files.textContent).toContain('SHA-256 b7e4d2a91c03…');
    expect(files.textContent).toContain('Biên bản kiểm phiếu vòng 1');
    expect(files.textContent).toContain('SHA-256 c0ffee12ab34…');
    expect(getButton('Tải biên bản họp (PDF)', files)).toBeTruthy();
    expect(getButton('Tải biên bản kiểm phiếu vòng 1 (.docx)', files)).toBeTruthy();
    expect(getButton('Tải biên bản kiểm phiếu vòng 1 (PDF)', files)).toBeTruthy();
    // the status and the agenda's verdict
    expect(screen.getAllByText('Đã kết thúc').length).toBeGreaterThan(0);
    const agenda = screen.getByRole('list', { name: 'Chương trình xét' });
    expect(within(agenda).getByText('Đạt')).toBeTruthy();
    expect(agenda.textContent).toContain('3 phiếu đồng ý (100%)');

    fireEvent.click(getButton('Tải biên bản họp (.docx)', files));
    await waitFor(() =>
      expect(api.restCalls.map((c) => c.url)).toEqual([
        '/api/council-sessions/session-1/minutes.docx',
      ]),
    );
    await waitFor(() => expect(savedFiles().at(-1)?.name).toBe('bien-ban-hop.docx'));
  }, 60_000);

  it('signs the closed minutes after a confirmation, with the signed scan sent in the same request', async () => {
    const state = { session: closedSession() };
    const signedScan = 'd00d'.repeat(16);
    const api = mockGraphql(
      {
        Me: viewer('COUNCIL_MANAGE'),
        CouncilSession: () => ({ data: { councilSession: state.session } }),
        CouncilSessionVotingRounds: roundsAnswer([talliedRound(true)]),
      },
      {
        'POST /api/council-sessions/session-1/signed-minutes': () => {
          state.session = closedSession({
            status: 'SIGNED',
            version: 9,
            signedAt: '2025-12-11T02:00:00.000Z',
            signedScanSha256: signedScan,
          });
          return new Response(JSON.stringify({ id: 'session-1', version: 9, sha256: signedScan }), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          });
        },
      },
    );
    renderApp(PAGE);
    fireEvent.click(await findButton('Ký biên bản'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Ghi nhận biên bản họp đã ký?');
    // antd renders a new input after each pick: read it each time
    const input = () => document.querySelector('.ant-modal input[type=file]') as HTMLInputElement;
    // a Word file is refused here, nothing sent
    fireEvent.change(input(), {
      target: { files: [new File(['x'], 'ban-ky.docx', { type: 'application/msword' })] },
    });
    expect(
      await screen.findByText('Tệp "ban-ky.docx" không phải PDF, PNG hoặc JPEG.'),
    ).toBeTruthy();
    fireEvent.change(input(), {
      target: { files: [new File(['%PDF-1.4'], 'ban-ky.pdf', { type: 'application/pdf' })] },
    });
    expect(await within(dialog).findByText('Đã chọn: ban-ky.pdf')).toBeTruthy();
    expect(api.restCalls).toHaveLength(0);
    fireEvent.click(getButton('Ký biên bản', dialog));
    await waitFor(() => expect(api.restCalls).toHaveLength(1));
    const body = api.restCalls[0]?.init?.body as FormData;
    expect(body.get('version')).toBe('8');
    expect((body.get('file') as File).name).toBe('ban-ky.pdf');
    expect(api.callsOf('SignCouncilSession')).toHaveLength(0);
    expect(await screen.findByText('SHA-256 d00dd00dd00d…', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getAllByText('Đã ký biên bản').length).toBeGreaterThan(0);
  }, 60_000);

  it('signs without a scan through the API’s mutation', async () => {
    const api = mockGraphql({
      Me: viewer('COUNCIL_MANAGE'),
      CouncilSession: { data: { councilSession: closedSession() } },
      CouncilSessionVotingRounds: roundsAnswer([talliedRound(true)]),
      SignCouncilSession: {
        data: {
          signCouncilSession: closedSession({
            status: 'SIGNED',
            version: 9,
            signedAt: '2025-12-11T02:00:00.000Z',
          }),
        },
      },
    });
    renderApp(PAGE);
    fireEvent.click(await findButton('Ký biên bản'));
    fireEvent.click(getButton('Ký biên bản', await screen.findByRole('dialog')));
    await waitFor(() =>
      expect(api.callsOf('SignCouncilSession')[0]?.variables['input']).toEqual({
        id: 'session-1',
        version: 8,
      }),
    );
    expect(api.restCalls).toHaveLength(0);
  }, 60_000);
});
