import { describe, expect, it } from 'vitest';
import {
  PUBLIC_NOTICE_LIMITS,
  closeRefusal,
  commentRefusal,
  excerpt,
  noticeCounts,
  noticeCountsLine,
  noticePhase,
  noticeRequirement,
  noticeSendRefusal,
  unpublishedNominees,
  type CurrentNominee,
  type NoticeForSend,
} from './public-notice';

const ND152 = 'Điều 44 Nghị định 152/2025/NĐ-CP';
const huanChuong = {
  name: 'Nguyễn Văn An',
  awardName: 'Huân chương Lao động hạng Ba',
  notice: { required: true, workingDays: 10, article: ND152 },
};
const laoDong = {
  name: 'Trần Thị Bình',
  awardName: 'Lao động tiên tiến',
  notice: { required: false, workingDays: null, article: null },
};

describe('public notice: what the rules ask', () => {
  it('takes the longest period any nominee’s rule asks, naming who and under which article', () => {
    const r = noticeRequirement([
      laoDong,
      huanChuong,
      { ...huanChuong, name: 'Lê Văn Cường', notice: { ...huanChuong.notice, workingDays: 15 } },
    ]);
    expect(r).toEqual({
      required: true,
      workingDays: 15,
      articles: [ND152],
      nominees: [
        'Nguyễn Văn An (Huân chương Lao động hạng Ba)',
        'Lê Văn Cường (Huân chương Lao động hạng Ba)',
      ],
    });
  });

  it('asks nothing when no rule does (or none judged the nominee), offering the voluntary period', () => {
    const r = noticeRequirement([laoDong, { ...laoDong, notice: null }]);
    expect(r.required).toBe(false);
    expect(r.workingDays).toBe(PUBLIC_NOTICE_LIMITS.voluntaryWorkingDays);
    expect(r.nominees).toEqual([]);
  });
});

describe('public notice: phases, comments and closing', () => {
  const notice = { status: 'OPEN' as const, startsOn: '2026-12-07', endsOn: '2026-12-21' };

  it('runs from its first day to the end of its last, then has ended', () => {
    expect(noticePhase(notice, '2026-12-06')).toBe('SCHEDULED');
    expect(noticePhase(notice, '2026-12-07')).toBe('RUNNING');
    expect(noticePhase(notice, '2026-12-21')).toBe('RUNNING');
    expect(noticePhase(notice, '2026-12-22')).toBe('ENDED');
    expect(noticePhase({ ...notice, status: 'CLOSED' }, '2026-12-10')).toBe('CLOSED');
  });

  it('takes comments only while running, saying why otherwise', () => {
    expect(commentRefusal(notice, '2026-12-21')).toBeNull();
    expect(commentRefusal(notice, '2026-12-22')).toBe(
      'Đã hết thời hạn nhận ý kiến (đến hết ngày 21/12/2026).',
    );
    expect(commentRefusal(notice, '2026-12-06')).toBe('Danh sách nhận ý kiến từ ngày 07/12/2026.');
    expect(commentRefusal({ ...notice, status: 'CLOSED' }, '2026-12-10')).toMatch(/kết thúc/);
  });

  it('closes a required notice only after its whole period, a voluntary one at any time', () => {
    expect(closeRefusal({ ...notice, required: true }, '2026-12-21')).toBe(
      'Quy định yêu cầu công khai đến hết ngày 21/12/2026: chưa kết thúc sớm được.',
    );
    expect(closeRefusal({ ...notice, required: true }, '2026-12-22')).toBeNull();
    expect(closeRefusal({ ...notice, required: false }, '2026-12-08')).toBeNull();
  });
});

describe('public notice: the send', () => {
  const required = noticeRequirement([huanChuong, laoDong]);
  const current: CurrentNominee[] = [
    { id: 'n1', name: 'Nguyễn Văn An', awardName: 'Huân chương Lao động hạng Ba', required: true },
    { id: 'n2', name: 'Trần Thị Bình', awardName: 'Lao động tiên tiến', required: false },
  ];
  const published: NoticeForSend = {
    status: 'OPEN',
    startsOn: '2026-12-07',
    endsOn: '2026-12-21',
    workingDays: 10,
    nominees: [
      { nominationId: 'n1', awardName: 'Huân chương Lao động hạng Ba' },
      { nominationId: 'n2', awardName: 'Lao động tiên tiến' },
    ],
  };

  it('refuses a send with no notice when a rule asks for one, citing the nominee and the article', () => {
    expect(noticeSendRefusal(required, current, null, 0, '2026-12-07')).toBe(
      'Phải công khai danh sách đề nghị khen thưởng ít nhất 10 ngày làm việc trước khi gửi hồ sơ (Nguyễn Văn An (Huân chương Lao động hạng Ba), Điều 44 Nghị định 152/2025/NĐ-CP): hãy công khai danh sách.',
    );
    expect(noticeSendRefusal(noticeRequirement([laoDong]), current, null, 0, '2026-12-07')).toBe(
      null,
    );
  });

  it('refuses while the notice runs, then while a comment is unhandled, then lets it go', () => {
    expect(noticeSendRefusal(required, current, published, 0, '2026-12-21')).toBe(
      'Danh sách đang công khai đến hết ngày 21/12/2026: chỉ gửi hồ sơ được sau thời hạn công khai.',
    );
    expect(noticeSendRefusal(required, current, published, 2, '2026-12-22')).toBe(
      'Còn 02 ý kiến về danh sách công khai chưa xử lý: hãy ghi kết quả xử lý trước khi gửi hồ sơ.',
    );
    expect(noticeSendRefusal(required, current, published, 0, '2026-12-22')).toBeNull();
    // a voluntary notice: close it first
    expect(
      noticeSendRefusal(noticeRequirement([laoDong]), current, published, 0, '2026-12-08'),
    ).toMatch(/hãy kết thúc công khai trước khi gửi hồ sơ/);
  });

  it('refuses when a nominee the rules ask about was not on the published list as it stands', () => {
    const changed = current.map((n) =>
      n.id === 'n1' ? { ...n, awardName: 'Huân chương Lao động hạng Nhì' } : n,
    );
    expect(unpublishedNominees(published.nominees, changed)).toEqual([
      'Nguyễn Văn An (Huân chương Lao động hạng Nhì)',
    ]);
    expect(noticeSendRefusal(required, changed, published, 0, '2026-12-22')).toMatch(
      /^Danh sách đã công khai không có Nguyễn Văn An \(Huân chương Lao động hạng Nhì\): hãy công khai lại/,
    );
    // a nominee no rule asks about may join after the notice
    const joined = [...current, { id: 'n3', name: 'Mới', awardName: 'Giấy khen', required: false }];
    expect(noticeSendRefusal(required, joined, published, 0, '2026-12-22')).toBeNull();
  });

  it('refuses a notice shorter than the rules now ask', () => {
    expect(
      noticeSendRefusal(required, current, { ...published, workingDays: 5 }, 0, '2026-12-22'),
    ).toBe(
      'Danh sách đã công khai 05 ngày làm việc, quy định yêu cầu 10: hãy công khai lại danh sách.',
    );
  });
});

describe('public notice: the result carried', () => {
  it('counts comments by kind in one line and cuts long texts', () => {
    const counts = noticeCounts([{ kind: 'GOP_Y' }, { kind: 'KHIEU_NAI' }, { kind: 'GOP_Y' }]);
    expect(counts).toEqual({ GOP_Y: 2, KHIEU_NAI: 1, TO_CAO: 0 });
    expect(noticeCountsLine(counts)).toBe('02 góp ý, 01 khiếu nại');
    expect(noticeCountsLine(noticeCounts([]))).toBe('Không có ý kiến');
    expect(excerpt('ngắn')).toBe('ngắn');
    const long = 'ạ'.repeat(PUBLIC_NOTICE_LIMITS.carriedExcerpt + 5);
    expect([...excerpt(long)]).toHaveLength(PUBLIC_NOTICE_LIMITS.carriedExcerpt);
    expect(excerpt(long).endsWith('…')).toBe(true);
  });
});
