import type { Permission } from '@thidua/shared-domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { fieldLabelled } from '../../campaigns/testing/dom';
import { agendaItem, sessionDetail } from '../testing/fixtures';

const viewer = (...permissions: Permission[]) => ({
  data: { me: makeViewer(['COUNCIL_READ', ...permissions]) },
});

const PAGE = '/thi-dua/hoi-dong/phien-hop/session-1';

/** Two of three present: 2/3 of 3 = 2 reached. */
const quorumMet = () =>
  sessionDetail({
    version: 5,
    members: sessionDetail().members.map((x, i) => ({
      ...x,
      attendance: i < 2 ? 'PRESENT' : 'ABSENT',
    })),
    quorum: {
      ...sessionDetail().quorum,
      present: 2,
      attending: 2,
      absent: 1,
      unrecorded: 0,
      met: true,
      explanation:
        'Có 2/3 thành viên dự họp, đạt tối thiểu 2/3 tổng số thành viên (cần 2 thành viên).',
    },
  });

describe('Phiên họp Hội đồng — màn hình thư ký', () => {
  it('saves an attendance with the session’s version and shows the new quorum', async () => {
    const api = mockGraphql({
      Me: viewer('COUNCIL_MANAGE'),
      CouncilSession: { data: { councilSession: sessionDetail() } },
      SetCouncilAttendance: { data: { setCouncilAttendance: quorumMet() } },
    });
    renderApp(PAGE);
    expect(
      await screen.findByText('Chưa đủ số lượng thành viên dự họp', {}, { timeout: 10_000 }),
    ).toBeTruthy();

    await chooseOption(fieldLabelled('Điểm danh Trần Văn Bình'), 'Có mặt');
    await waitFor(() => expect(api.callsOf('SetCouncilAttendance')).toHaveLength(1));
    expect(api.callsOf('SetCouncilAttendance')[0]?.variables['input']).toEqual({
      sessionId: 'session-1',
      version: 3,
      attendances: [{ memberId: 'm-2', attendance: 'PRESENT' }],
    });
    expect(await screen.findByText('Đủ số lượng thành viên dự họp')).toBeTruthy();
  }, 60_000);

  it('asks for the written opinion of an absent member before saving it', async () => {
    const api = mockGraphql({
      Me: viewer('COUNCIL_MANAGE'),
      CouncilSession: { data: { councilSession: sessionDetail() } },
      SetCouncilAttendance: { data: { setCouncilAttendance: sessionDetail({ version: 4 }) } },
    });
    renderApp(PAGE);
    await chooseOption(
      await waitFor(() => fieldLabelled('Điểm danh Phạm Thị Cúc'), { timeout: 10_000 }),
      'Vắng, có ý kiến bằng văn bản',
    );
    // nothing is sent without the opinion the API requires
    const save = getButton('Lưu ý kiến: Phạm Thị Cúc');
    expect(save.disabled).toBe(true);
    expect(api.callsOf('SetCouncilAttendance')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Ý kiến bằng văn bản của Phạm Thị Cúc'), {
      target: { value: 'Đồng ý với danh sách đề nghị.' },
    });
    fireEvent.click(getButton('Lưu ý kiến: Phạm Thị Cúc'));
    await waitFor(() =>
      expect(api.callsOf('SetCouncilAttendance')[0]?.variables['input']).toEqual({
        sessionId: 'session-1',
        version: 3,
        attendances: [
          {
            memberId: 'm-3',
            attendance: 'ABSENT_WRITTEN',
            writtenOpinion: 'Đồng ý với danh sách đề nghị.',
          },
        ],
      }),
    );
  }, 60_000);

  it('keeps "Bắt đầu phiên họp" disabled below the quorum, with the API’s explanation', async () => {
    mockGraphql({
      Me: viewer('COUNCIL_MANAGE'),
      CouncilSession: { data: { councilSession: sessionDetail() } },
    });
    renderApp(PAGE);
    const start = await findButton('Bắt đầu phiên họp');
    expect(start.disabled).toBe(true);
    const reason = document.getElementById(start.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toContain('chưa đủ số lượng thành viên dự họp');
    expect(reason?.textContent).toContain('Có 0/3 thành viên dự họp');
  }, 60_000);

  it('starts the session once the quorum is met, after a confirmation', async () => {
    const api = mockGraphql({
      Me: viewer('COUNCIL_MANAGE'),
      CouncilSession: { data: { councilSession: quorumMet() } },
      StartCouncilSession: {
        data: { startCouncilSession: { ...quorumMet(), status: 'IN_PROGRESS', version: 6 } },
      },
      // the started session shows its "Biểu quyết" section
      CouncilSessionVotingRounds: {
        data: { councilSession: { id: 'session-1', votingRounds: [] } },
      },
    });
    renderApp(PAGE);
    const start = await findButton('Bắt đầu phiên họp');
    expect(start.disabled).toBe(false);
    expect(start.getAttribute('aria-describedby')).toBeNull();
    fireEvent.click(start);
    const dialog = await screen.findByRole('dialog');
    expect(api.callsOf('StartCouncilSession')).toHaveLength(0);
    fireEvent.click(getButton('Bắt đầu phiên họp', dialog));
    await waitFor(() =>
      expect(api.callsOf('StartCouncilSession')[0]?.variables['input']).toEqual({
        id: 'session-1',
        version: 5,
      }),
    );
    expect(await screen.findByText('Đang họp')).toBeTruthy();
  }, 60_000);

  it('adds the round’s appraised nominations to the agenda and marks the secret ballots', async () => {
    const api = mockGraphql({
      Me: viewer('COUNCIL_MANAGE'),
      CouncilSession: { data: { councilSession: sessionDetail() } },
      AddCouncilAgendaFromRound: {
        data: {
          addCouncilAgendaFromRound: sessionDetail({
            version: 4,
            agenda: [
              agendaItem(),
              agendaItem({
                id: 'a-2',
                position: 2,
                nominationId: 'n-2',
                subject: 'COLLECTIVE',
                candidateName: 'Phòng Tổng hợp',
                awardCode: 'GIAY_KHEN',
                awardName: 'Giấy khen của Chánh Văn phòng',
                proposingUnitName: 'Phòng Tổng hợp',
                voteRequired: false,
                threshold: null,
              }),
            ],
          }),
        },
      },
    });
    renderApp(PAGE);
    expect(
      await screen.findByText('Chương trình chưa có nội dung xét nào.', {}, { timeout: 10_000 }),
    ).toBeTruthy();
    fireEvent.click(getButton('Đưa đề nghị của đợt xét vào chương trình'));
    await waitFor(() =>
      expect(api.callsOf('AddCouncilAgendaFromRound')[0]?.variables['input']).toEqual({
        sessionId: 'session-1',
        version: 3,
      }),
    );
    const agenda = await screen.findByRole('list', { name: 'Chương trình xét' });
    const items = within(agenda).getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('Lê Thị Hoa');
    expect(items[0]?.textContent).toContain('Chiến sĩ thi đua cơ sở');
    expect(items[0]?.textContent).toContain('Phòng Hành chính tổ chức');
    expect(items[0]?.textContent).toContain('Bỏ phiếu kín, cần ≥ 90% tổng số thành viên');
    expect(items[1]?.textContent).toContain('Phòng Tổng hợp');
    expect(items[1]?.textContent).not.toContain('Bỏ phiếu kín');
    // the first cannot go up, the last cannot go down
    expect(getButton('Chuyển Lê Thị Hoa lên').disabled).toBe(true);
    expect(getButton('Chuyển Phòng Tổng hợp xuống').disabled).toBe(true);
    expect(getButton('Chuyển Phòng Tổng hợp lên').disabled).toBe(false);
  }, 60_000);
});
