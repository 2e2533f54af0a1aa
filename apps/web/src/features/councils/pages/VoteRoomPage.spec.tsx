import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { findButton, getButton } from '../../../test/antd';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const CODE = 'ABCDE-FGH23';
const REFUSED = 'Mã bỏ phiếu không đúng, đã được dùng, hoặc vòng bỏ phiếu không còn mở.';

/** The ballot paper a valid code opens: two candidates, 90% of the total membership. */
const paper = () => ({
  data: {
    councilBallotPaper: {
      roundId: 'round-1',
      sessionTitle: 'Phiên họp xét khen thưởng năm 2025',
      number: 1,
      threshold: 0.9,
      members: 9,
      candidates: [
        {
          agendaItemId: 'a-1',
          candidateName: 'Nguyễn Văn An',
          awardName: 'Chiến sĩ thi đua cấp tỉnh',
        },
        {
          agendaItemId: 'a-2',
          candidateName: 'Phòng Tổng hợp',
          awardName: 'Tập thể lao động xuất sắc',
        },
      ],
    },
  },
});

/** The init the page's fetch got for one operation (mockGraphql records only the body). */
function initOf(operationName: string): RequestInit | undefined {
  const calls = vi.mocked(fetch).mock.calls as [unknown, RequestInit | undefined][];
  return calls.find(
    ([, init]) =>
      (JSON.parse(String(init?.body)) as { operationName?: string }).operationName ===
      operationName,
  )?.[1];
}

const choose = (candidate: RegExp, choice: 'Đồng ý' | 'Không đồng ý') =>
  fireEvent.click(
    within(screen.getByRole('group', { name: candidate })).getByRole('radio', { name: choice }),
  );

describe('Bỏ phiếu tại phòng họp — /bo-phieu/:roundId (no sign-in)', () => {
  it('opens the paper with the code from the QR, asks a choice per candidate, confirms, casts without the cookie', async () => {
    const api = mockGraphql({
      CouncilBallotPaper: (v) => (v.code === CODE ? paper() : gqlError('NOT_FOUND', REFUSED)),
      CastCouncilBallot: { data: { castCouncilBallot: { choices: 2 } } },
    });
    const { router } = renderApp(`/bo-phieu/round-1#ma=${CODE}`);

    const input = await screen.findByLabelText('Mã bỏ phiếu', {}, { timeout: 10_000 });
    expect((input as HTMLInputElement).value).toBe(CODE);
    // the code left the address bar once read
    expect(router.state.location.hash).toBe('');
    fireEvent.click(getButton('Mở phiếu bầu'));

    expect(await screen.findByText('Phiên họp xét khen thưởng năm 2025 — vòng 1')).toBeTruthy();
    expect(
      screen.getByText('Được thông qua khi từ 90% tổng số thành viên Hội đồng đồng ý.'),
    ).toBeTruthy();
    expect(api.callsOf('CouncilBallotPaper')[0]?.variables).toEqual({
      roundId: 'round-1',
      code: CODE,
    });

    // nothing is cast while a candidate has no choice
    choose(/Nguyễn Văn An/, 'Đồng ý');
    fireEvent.click(getButton('Tiếp tục'));
    expect(await screen.findByText('Còn 1 nội dung chưa chọn.')).toBeTruthy();
    choose(/Phòng Tổng hợp/, 'Không đồng ý');
    fireEvent.click(getButton('Tiếp tục'));

    const summary = await screen.findByRole('list', { name: 'Kiểm tra lại phiếu bầu' });
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Nguyễn Văn An — Chiến sĩ thi đua cấp tỉnh: Đồng ý',
      'Phòng Tổng hợp — Tập thể lao động xuất sắc: Không đồng ý',
    ]);
    fireEvent.click(getButton('Xác nhận bỏ phiếu'));

    expect(await screen.findByText('Đã ghi nhận phiếu')).toBeTruthy();
    expect(screen.getByText(/Máy chủ đã ghi nhận phiếu của bạn cho 2 nội dung\./)).toBeTruthy();
    expect(api.callsOf('CastCouncilBallot')).toHaveLength(1);
    expect(api.callsOf('CastCouncilBallot')[0]?.variables).toEqual({
      input: {
        roundId: 'round-1',
        credential: { code: CODE },
        choices: [
          { agendaItemId: 'a-1', choice: 'AGREE' },
          { agendaItemId: 'a-2', choice: 'DISAGREE' },
        ],
      },
    });
    // neither the paper nor the cast carries the session cookie, and no session was asked for
    expect(initOf('CouncilBallotPaper')?.credentials).toBe('omit');
    expect(initOf('CastCouncilBallot')?.credentials).toBe('omit');
    expect(api.callsOf('Me')).toHaveLength(0);
    // nothing shows the choices any more
    expect(screen.queryByText('Không đồng ý')).toBeNull();

    // a device the room shares: the next member starts from an empty code
    fireEvent.click(getButton('Người tiếp theo nhập mã'));
    expect(((await screen.findByLabelText('Mã bỏ phiếu')) as HTMLInputElement).value).toBe('');
  }, 60_000);

  it('shows the API’s message for a wrong code, and for a code used meanwhile at the cast', async () => {
    const api = mockGraphql({
      CouncilBallotPaper: (v) => (v.code === CODE ? paper() : gqlError('NOT_FOUND', REFUSED)),
      CastCouncilBallot: gqlError('BAD_USER_INPUT', 'Mã bỏ phiếu không đúng hoặc đã được dùng.', {
        fields: { code: ['Mã bỏ phiếu không đúng hoặc đã được dùng.'] },
      }),
    });
    renderApp('/bo-phieu/round-1');

    const input = await screen.findByLabelText('Mã bỏ phiếu', {}, { timeout: 10_000 });
    fireEvent.click(getButton('Mở phiếu bầu'));
    expect(await screen.findByText('Vui lòng nhập mã bỏ phiếu.')).toBeTruthy();
    expect(api.callsOf('CouncilBallotPaper')).toHaveLength(0);

    fireEvent.change(input, { target: { value: 'SAIMA-12345' } });
    fireEvent.click(getButton('Mở phiếu bầu'));
    expect(await screen.findByText(REFUSED)).toBeTruthy();

    fireEvent.change(input, { target: { value: ` ${CODE} ` } });
    fireEvent.click(getButton('Mở phiếu bầu'));
    await screen.findByRole('group', { name: /Nguyễn Văn An/ });
    choose(/Nguyễn Văn An/, 'Không đồng ý');
    choose(/Phòng Tổng hợp/, 'Không đồng ý');
    fireEvent.click(getButton('Tiếp tục'));
    fireEvent.click(await findButton('Xác nhận bỏ phiếu'));
    expect(await screen.findByText('Mã bỏ phiếu không đúng hoặc đã được dùng.')).toBeTruthy();
    expect(screen.queryByText('Đã ghi nhận phiếu')).toBeNull();
    expect(api.callsOf('CastCouncilBallot')[0]?.variables).toMatchObject({
      input: { credential: { code: CODE } },
    });
  }, 60_000);
});
