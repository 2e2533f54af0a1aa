import type { Permission } from '@thidua/shared-domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { dossier } from '../testing/fixtures';

const PAGE = '/thi-dua/ho-so-de-nghi/dossier-1';

const viewer = (...permissions: Permission[]) => ({
  data: { me: makeViewer(['DOSSIER_READ', ...permissions]) },
});

const requirement = {
  required: true,
  workingDays: 10,
  articles: ['Điều 44 Nghị định 152/2025/NĐ-CP'],
  nominees: ['Nguyễn Thị Hoa (Huân chương Lao động hạng Ba)'],
};

const notice = (overrides: Record<string, unknown> = {}) => ({
  id: 'notice-1',
  version: 1,
  dossierId: 'dossier-1',
  title: 'Danh sách đề nghị khen thưởng của Văn phòng — Khen thưởng năm 2025',
  unitName: 'Văn phòng',
  required: true,
  workingDays: 10,
  articles: ['Điều 44 Nghị định 152/2025/NĐ-CP'],
  startsOn: '2025-11-03',
  endsOn: '2025-11-17',
  status: 'OPEN',
  phase: 'ENDED',
  publishedAt: '2025-11-03T02:00:00.000Z',
  publishedByName: 'Trần Văn Nam',
  closedAt: null,
  closedByName: null,
  publicPath: '/cong-khai/notice-1',
  canManage: true,
  unhandledCount: 1,
  counts: [
    { kind: 'GOP_Y', count: 0 },
    { kind: 'KHIEU_NAI', count: 1 },
    { kind: 'TO_CAO', count: 0 },
  ],
  nominees: [
    {
      position: 1,
      nominationId: 'n-hoa',
      name: 'Nguyễn Thị Hoa',
      detail: 'Chuyên viên, Văn phòng',
      awardName: 'Huân chương Lao động hạng Ba',
      required: true,
    },
  ],
  ...overrides,
});

const comment = {
  id: 'c-1',
  version: 1,
  kind: 'KHIEU_NAI',
  nomineePosition: 1,
  nomineeLabel: '1. Nguyễn Thị Hoa',
  text: 'Bà Hoa chưa hoàn thành nhiệm vụ quý IV.',
  receivedAt: '2025-11-05T03:00:00.000Z',
  authorName: 'Lê Văn Dân',
  contact: '0912 345 678',
  outcome: null,
  handling: null,
  handledAt: null,
  handledByName: null,
};

const commentsAnswer = (...nodes: (typeof comment)[]) => ({
  data: {
    awardNotice: {
      id: 'notice-1',
      comments: {
        totalCount: nodes.length,
        totalCountCapped: false,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ node })),
      },
    },
  },
});

/** The notice panel's card on the dossier page. */
const panel = () =>
  waitFor(() => {
    const card = Array.from(document.querySelectorAll<HTMLElement>('.ant-card')).find((el) =>
      el.querySelector('.ant-card-head')?.textContent?.includes('Công khai danh sách'),
    );
    if (!card) throw new Error('no notice panel yet');
    return card;
  });

describe('NoticePanel — công khai danh sách on the dossier page', () => {
  it('says what the rules ask, computes the end on the calendar and publishes', async () => {
    const api = mockGraphql({
      Me: viewer('DOSSIER_MANAGE'),
      AwardDossier: { data: { awardDossier: dossier() } },
      AwardNoticePanel: {
        data: {
          awardDossier: { id: 'dossier-1', noticeRequirement: requirement },
          awardNotice: null,
        },
      },
      NoticeEndDate: { data: { addWorkingDays: { date: '2099-01-15', missingYears: [] } } },
      PublishAwardNotice: { data: { publishAwardNotice: notice({ phase: 'RUNNING' }) } },
    });
    renderApp(PAGE);
    const card = await panel();
    expect(
      await within(card).findByText(
        'Quy định yêu cầu công khai danh sách ít nhất 10 ngày làm việc trước khi gửi hồ sơ: Nguyễn Thị Hoa (Huân chương Lao động hạng Ba).',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(within(card).getByText('Căn cứ: Điều 44 Nghị định 152/2025/NĐ-CP.')).toBeTruthy();

    fireEvent.click(getButton('Công khai danh sách', card));
    expect(
      await screen.findByText(
        /Theo quy định: đến hết ngày 15\/01\/2099 \(10 ngày làm việc/,
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(api.callsOf('NoticeEndDate')[0]?.variables).toMatchObject({ days: 10 });
    const modal = document.querySelector('.ant-modal') as HTMLElement;
    fireEvent.click(getButton('Công khai danh sách', modal));
    await waitFor(() => expect(api.callsOf('PublishAwardNotice')).toHaveLength(1));
    expect(api.callsOf('PublishAwardNotice')[0]?.variables).toMatchObject({
      input: { dossierId: 'dossier-1', endsOn: null, title: null },
    });
  }, 60_000);

  it('reads what the rules ask again when a nominee leaves the dossier', async () => {
    const api = mockGraphql({
      Me: viewer('DOSSIER_MANAGE'),
      AwardDossier: { data: { awardDossier: dossier() } },
      AwardNoticePanel: () => ({
        data: {
          awardDossier: {
            id: 'dossier-1',
            // Hoa's award asked for the notice; without her no rule does
            noticeRequirement:
              api.callsOf('RemoveAwardNominee').length === 0
                ? requirement
                : { required: false, workingDays: 5, articles: [], nominees: [] },
          },
          awardNotice: null,
        },
      }),
      RemoveAwardNominee: {
        data: {
          removeAwardNominee: dossier({
            version: 8,
            nominees: dossier().nominees.filter((n) => n.id !== 'n-hoa'),
          }),
        },
      },
    });
    renderApp(PAGE);
    const card = await panel();
    await within(card).findByText(/Quy định yêu cầu công khai danh sách/, {}, { timeout: 10_000 });

    fireEvent.click(getButton('Bỏ đề nghị Nguyễn Thị Hoa'));
    fireEvent.click(
      await findButton(
        'Bỏ đề nghị',
        await waitFor(() => {
          const found = Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).find(
            (el) => el.textContent?.includes('Bỏ Nguyễn Thị Hoa khỏi hồ sơ?'),
          );
          if (!found) throw new Error('no confirm yet');
          return found;
        }),
      ),
    );
    await waitFor(() => expect(api.callsOf('RemoveAwardNominee')).toHaveLength(1));
    expect(
      await within(card).findByText(
        'Không đề nghị nào bắt buộc công khai danh sách; đơn vị vẫn có thể công khai để lấy ý kiến.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(api.callsOf('AwardNoticePanel')).toHaveLength(2);
  }, 60_000);

  it('shows the notice, its comments with their author to the officer, and records a handling', async () => {
    const api = mockGraphql({
      Me: viewer('DOSSIER_MANAGE'),
      AwardDossier: { data: { awardDossier: dossier() } },
      AwardNoticePanel: {
        data: {
          awardDossier: { id: 'dossier-1', noticeRequirement: requirement },
          awardNotice: notice(),
        },
      },
      AwardNoticeComments: commentsAnswer(comment),
      HandleNoticeComment: {
        data: {
          handleNoticeComment: {
            ...comment,
            version: 2,
            outcome: 'REJECTED',
            handling: 'Đã xác minh: không đúng.',
          },
        },
      },
    });
    renderApp(PAGE);
    const card = await panel();
    expect(
      await within(card).findByText(
        'Bà Hoa chưa hoàn thành nhiệm vụ quý IV.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(within(card).getByText('Hết thời hạn công khai')).toBeTruthy();
    expect(within(card).getByText('03/11/2025 – 17/11/2025 (10 ngày làm việc)')).toBeTruthy();
    expect(within(card).getByText('01 khiếu nại')).toBeTruthy();
    expect(within(card).getByText('01 ý kiến chưa xử lý')).toBeTruthy();
    expect(within(card).getByText('Lê Văn Dân')).toBeTruthy();
    expect(within(card).getByText('Chưa xử lý')).toBeTruthy();

    fireEvent.click(getButton('Xử lý', card));
    const modal = await waitFor(() => {
      const found = Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).find((el) =>
        el.textContent?.includes('Xử lý ý kiến'),
      );
      if (!found) throw new Error('no dialog yet');
      return found;
    });
    fireEvent.click(within(modal).getByLabelText('Không tiếp thu'));
    fireEvent.change(within(modal).getByLabelText('Nội dung xử lý, trả lời'), {
      target: { value: 'Đã xác minh: không đúng.' },
    });
    fireEvent.click(await findButton('Lưu', modal));
    await waitFor(() => expect(api.callsOf('HandleNoticeComment')).toHaveLength(1));
    expect(api.callsOf('HandleNoticeComment')[0]?.variables).toEqual({
      input: { id: 'c-1', version: 1, outcome: 'REJECTED', handling: 'Đã xác minh: không đúng.' },
    });
  }, 60_000);

  it('reads the notice and its comments again when a handling is refused as stale', async () => {
    const stale = 'Ý kiến đã được người khác xử lý. Hãy tải lại để xem bản mới nhất.';
    const api = mockGraphql({
      Me: viewer('DOSSIER_MANAGE'),
      AwardDossier: { data: { awardDossier: dossier() } },
      AwardNoticePanel: {
        data: {
          awardDossier: { id: 'dossier-1', noticeRequirement: requirement },
          awardNotice: notice(),
        },
      },
      AwardNoticeComments: commentsAnswer(comment),
      HandleNoticeComment: gqlError('CONFLICT', stale),
    });
    renderApp(PAGE);
    const card = await panel();
    await within(card).findByText(comment.text, {}, { timeout: 10_000 });
    expect(api.callsOf('AwardNoticePanel')).toHaveLength(1);
    expect(api.callsOf('AwardNoticeComments')).toHaveLength(1);

    fireEvent.click(getButton('Xử lý', card));
    const modal = await waitFor(() => {
      const found = Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).find((el) =>
        el.textContent?.includes('Xử lý ý kiến'),
      );
      if (!found) throw new Error('no dialog yet');
      return found;
    });
    fireEvent.click(within(modal).getByLabelText('Ghi nhận'));
    fireEvent.change(within(modal).getByLabelText('Nội dung xử lý, trả lời'), {
      target: { value: 'Đã ghi nhận.' },
    });
    fireEvent.click(await findButton('Lưu', modal));
    // the API's words, and the panel read again with the version another officer left
    expect(await screen.findByText(stale)).toBeTruthy();
    await waitFor(() => expect(api.callsOf('AwardNoticePanel')).toHaveLength(2));
    expect(api.callsOf('AwardNoticeComments')).toHaveLength(2);
  }, 60_000);
});
