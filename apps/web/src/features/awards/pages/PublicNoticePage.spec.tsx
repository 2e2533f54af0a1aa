import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { explainOf, findButton, getButton } from '../../../test/antd';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

/** A list as the public page receives it: public fields only (ADR 0021). */
const notice = (overrides: Record<string, unknown> = {}) => ({
  id: 'notice-1',
  title: 'Danh sách đề nghị khen thưởng của Phòng Tổng hợp — Công trạng năm 2025',
  unitName: 'Phòng Tổng hợp',
  startsOn: '2026-12-07',
  endsOn: '2026-12-14',
  workingDays: 5,
  articles: ['Điều 44 Nghị định 152/2025/NĐ-CP'],
  publishedAt: '2026-12-07T02:00:00.000Z',
  acceptingComments: true,
  nominees: [
    {
      position: 1,
      subject: 'INDIVIDUAL',
      name: 'Nguyễn Thị Hoa',
      detail: 'Chuyên viên, Phòng Tổng hợp',
      awardName: 'Huân chương Lao động hạng Ba',
    },
    {
      position: 2,
      subject: 'COLLECTIVE',
      name: 'Phòng Kinh tế',
      detail: 'Văn phòng UBND tỉnh',
      awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    },
  ],
  ...overrides,
});

const listAnswer = (...nodes: ReturnType<typeof notice>[]) => ({
  data: {
    publicAwardNotices: {
      totalCount: nodes.length,
      totalCountCapped: false,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ node })),
    },
  },
});

describe('PublicNoticePage — công khai danh sách (no sign-in)', () => {
  it('lists the notices running today, linked to each, without asking who the visitor is', async () => {
    const api = mockGraphql({ PublicAwardNotices: listAnswer(notice()) });
    const { router } = renderApp('/cong-khai');
    expect(
      await screen.findByRole('link', { name: notice().title }, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(
      screen.getByText(
        '07/12/2026 – 14/12/2026 (05 ngày làm việc) · 02 tập thể, cá nhân trong danh sách',
      ),
    ).toBeTruthy();
    expect(api.callsOf('PublicAwardNotices')[0]?.variables).toEqual({
      first: 20,
      after: null,
      search: null,
    });
    // no session was asked for, and the page stayed where it was
    expect(api.callsOf('Me')).toHaveLength(0);
    expect(router.state.location.pathname).toBe('/cong-khai');
  }, 30_000);

  it('shows a list and takes a comment: the hourly limit and a field refusal in the API’s words, then the receipt', async () => {
    let attempt = 0;
    const api = mockGraphql({
      PublicAwardNotice: { data: { publicAwardNotice: notice() } },
      SubmitNoticeComment: () => {
        attempt += 1;
        if (attempt === 1)
          return gqlError(
            'RATE_LIMITED',
            'Mỗi địa chỉ gửi tối đa 5 ý kiến mỗi giờ cho một danh sách. Vui lòng gửi lại sau 12 phút.',
          );
        if (attempt === 2)
          return gqlError('BAD_USER_INPUT', 'Nội dung ý kiến không được để trống.', {
            fields: { text: ['Nội dung ý kiến không được để trống.'] },
          });
        return {
          data: {
            submitNoticeComment: {
              kind: 'KHIEU_NAI',
              nomineeLabel: '1. Nguyễn Thị Hoa',
              receivedAt: '2026-12-08T03:15:00.000Z',
            },
          },
        };
      },
    });
    renderApp('/cong-khai/notice-1');

    expect(await screen.findByText('Nguyễn Thị Hoa', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('Chuyên viên, Phòng Tổng hợp')).toBeTruthy();
    expect(screen.getByText('Huân chương Lao động hạng Ba')).toBeTruthy();
    expect(screen.getByText(/Căn cứ: Điều 44 Nghị định 152\/2025\/NĐ-CP/)).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Khiếu nại'));
    fireEvent.change(screen.getByLabelText('Nội dung'), {
      target: { value: 'Bà Hoa chưa hoàn thành nhiệm vụ quý IV.' },
    });
    fireEvent.change(screen.getByLabelText('Họ tên (không bắt buộc)'), {
      target: { value: 'Trần Văn Dân' },
    });
    fireEvent.click(getButton('Gửi ý kiến'));

    // the limit: said above the button, the form kept as typed
    expect(
      await screen.findByText(
        'Mỗi địa chỉ gửi tối đa 5 ý kiến mỗi giờ cho một danh sách. Vui lòng gửi lại sau 12 phút.',
      ),
    ).toBeTruthy();
    expect(api.callsOf('SubmitNoticeComment')[0]?.variables).toEqual({
      input: {
        noticeId: 'notice-1',
        kind: 'KHIEU_NAI',
        nomineePosition: null,
        text: 'Bà Hoa chưa hoàn thành nhiệm vụ quý IV.',
        authorName: 'Trần Văn Dân',
        contact: null,
      },
    });

    // a field refusal: under the field
    fireEvent.click(getButton('Gửi ý kiến'));
    await waitFor(() =>
      expect(explainOf('Nội dung')).toContain('Nội dung ý kiến không được để trống.'),
    );

    fireEvent.click(getButton('Gửi ý kiến'));
    expect(await screen.findByText('Đã nhận ý kiến của bạn')).toBeTruthy();
    expect(screen.getByText(/lúc 08\/12\/2026 10:15/)).toBeTruthy();
    expect(api.callsOf('SubmitNoticeComment')).toHaveLength(3);
    // another comment starts from an empty form
    fireEvent.click(await findButton('Gửi ý kiến khác'));
    expect(((await screen.findByLabelText('Nội dung')) as HTMLTextAreaElement).value).toBe('');
  }, 60_000);

  it('asks for the text before calling the API, and says plainly when a list is no longer public', async () => {
    const api = mockGraphql({
      PublicAwardNotice: gqlError('NOT_FOUND', 'Không tìm thấy danh sách công khai.'),
    });
    renderApp('/cong-khai/notice-2');
    expect(
      await screen.findByText('Không tìm thấy danh sách', {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(
      screen.getByText('Danh sách không tồn tại hoặc đã hết thời hạn công khai.'),
    ).toBeTruthy();
    expect(api.callsOf('SubmitNoticeComment')).toHaveLength(0);

    const open = mockGraphql({ PublicAwardNotice: { data: { publicAwardNotice: notice() } } });
    renderApp('/cong-khai/notice-1');
    fireEvent.click(await findButton('Gửi ý kiến', undefined));
    expect(await screen.findByText('Vui lòng nhập nội dung ý kiến.')).toBeTruthy();
    expect(open.callsOf('SubmitNoticeComment')).toHaveLength(0);
  }, 30_000);
});
