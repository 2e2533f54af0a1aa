import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, findButton, getButton, typeDate } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

/*
 * The manager's flows on /thi-dua/ho-so-thanh-tich. Row buttons are found with `findButton` (a DOM
 * walk), never `*ByRole`: jsdom 29 resolves antd's `--ant-button-only-icon-size: inherit` by walking
 * every ancestor for every ancestor (jsdom/jsdom#4330, O(2^depth)); a row button sits 27 levels deep
 * on this page and one `getComputedStyle(button)` read took 161 s here. Modals are portalled to
 * <body>, shallow enough for role and label queries.
 */

const unit = { id: 'u-1', name: 'Sở Nội vụ', canOpen: true };

const evaluation = {
  id: 'e-1',
  version: 2,
  subject: 'INDIVIDUAL',
  personId: 'p-1',
  subjectName: 'Nguyễn Thị Hoa',
  year: 2024,
  grade: 'HTTNV',
  source: 'Quyết định số 15/QĐ-SNV',
  note: null,
  canEdit: true,
  unit,
};

const initiative = {
  id: 'i-1',
  version: 3,
  subject: 'INDIVIDUAL',
  personId: 'p-1',
  subjectName: 'Nguyễn Thị Hoa',
  kind: 'SANG_KIEN',
  title: 'Số hóa hồ sơ thi đua',
  scope: 'UNIT',
  recognisedOn: '2024-06-01',
  recognisedBy: null,
  certificateNumber: null,
  note: null,
  canEdit: true,
  usedFor: null,
  unit,
};

const usedInitiative = {
  ...initiative,
  id: 'i-2',
  version: 5,
  title: 'Phần mềm chấm điểm thi đua',
  usedFor: { awardName: 'Chiến sĩ thi đua cơ sở', year: 2024, reference: 'TTr 12' },
};

const hold = {
  id: 'h-1',
  version: 4,
  subject: 'INDIVIDUAL',
  personId: 'p-2',
  subjectName: 'Trần Văn Nam',
  kind: 'KY_LUAT',
  startsOn: '2025-03-01',
  endsOn: null,
  source: 'Thông báo 7/TB-UBKT',
  liftedOn: null,
  liftReason: null,
  note: null,
  canEdit: true,
  unit,
};

const page = (field: string, nodes: unknown[]) => ({
  data: {
    [field]: {
      totalCount: nodes.length,
      totalCountCapped: false,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ node })),
    },
  },
});

const manager = { data: { me: makeViewer(['RECORDS_READ', 'RECORDS_MANAGE']) } };

/** The open modal (or confirm dialog) whose text contains `text`. */
async function findModal(text: string): Promise<HTMLElement> {
  return waitFor(() => {
    const modal = Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).find(
      (m) => m.textContent?.includes(text) && !m.closest('[style*="display: none"]'),
    );
    if (!modal) throw new Error(`no modal with "${text}" yet`);
    return modal;
  });
}

describe('RecordsPage — a manager edits, deletes, locks and lifts', () => {
  it('edits an evaluation and sends the version it was read at', async () => {
    const api = mockGraphql({
      Me: manager,
      Evaluations: () => page('evaluations', [evaluation]),
      UpdateEvaluation: ({ input }) => ({
        data: { updateEvaluation: { ...evaluation, ...(input as object), version: 3 } },
      }),
    });
    renderApp('/thi-dua/ho-so-thanh-tich');

    fireEvent.click(await findButton('Sửa Nguyễn Thị Hoa năm 2024'));
    const modal = await findModal('Sửa: Nguyễn Thị Hoa');
    expect(within(modal).getByLabelText('Năm')).toHaveProperty('value', '2024');
    expect(within(modal).getByLabelText('Nguồn, căn cứ')).toHaveProperty(
      'value',
      'Quyết định số 15/QĐ-SNV',
    );
    await chooseOption(
      within(modal).getByLabelText('Xếp loại'),
      'Hoàn thành xuất sắc nhiệm vụ',
      undefined,
      false,
    );
    fireEvent.change(within(modal).getByLabelText('Ghi chú'), {
      target: { value: 'Theo kết quả phúc tra' },
    });
    fireEvent.click(getButton('Đồng ý', modal));

    await waitFor(() => expect(api.callsOf('UpdateEvaluation')).toHaveLength(1));
    expect(api.callsOf('UpdateEvaluation')[0]?.variables).toEqual({
      input: {
        id: 'e-1',
        version: 2,
        year: 2024,
        grade: 'HTXSNV',
        source: 'Quyết định số 15/QĐ-SNV',
        note: 'Theo kết quả phúc tra',
      },
    });
    expect(await screen.findByText('Đã lưu.')).toBeTruthy();
    // the lists are read again after a change
    await waitFor(() => expect(api.callsOf('Evaluations').length).toBeGreaterThanOrEqual(2));
  });

  it('shows the API’s Vietnamese message when the evaluation changed meanwhile', async () => {
    const api = mockGraphql({
      Me: manager,
      Evaluations: () => page('evaluations', [evaluation]),
      UpdateEvaluation: gqlError('CONFLICT', 'Bản ghi đã được người khác cập nhật.'),
    });
    renderApp('/thi-dua/ho-so-thanh-tich');

    fireEvent.click(await findButton('Sửa Nguyễn Thị Hoa năm 2024'));
    const modal = await findModal('Sửa: Nguyễn Thị Hoa');
    fireEvent.click(getButton('Đồng ý', modal));
    await waitFor(() => expect(api.callsOf('UpdateEvaluation')).toHaveLength(1));
    expect(
      await screen.findAllByText('Bản ghi đã được người khác cập nhật.', { exact: false }),
    ).not.toHaveLength(0);
    // the modal stays open with what was typed
    expect(modal.isConnected).toBe(true);
  });

  it('deletes an evaluation only after the confirmation', async () => {
    const api = mockGraphql({
      Me: manager,
      Evaluations: () => page('evaluations', [evaluation]),
      DeleteEvaluation: { data: { deleteEvaluation: true } },
    });
    renderApp('/thi-dua/ho-so-thanh-tich');

    // Hủy: nothing is sent
    fireEvent.click(await findButton('Xóa Nguyễn Thị Hoa năm 2024'));
    let ask = await findModal('Xóa bản ghi này? Thao tác được ghi nhật ký và không hoàn tác được.');
    fireEvent.click(getButton('Hủy', ask));
    // (jsdom never finishes the closing animation: the dialog stays in the document, on its way out)
    expect(api.callsOf('DeleteEvaluation')).toHaveLength(0);

    fireEvent.click(getButton('Xóa Nguyễn Thị Hoa năm 2024'));
    ask = await waitFor(() => {
      const open = Array.from(document.querySelectorAll<HTMLElement>('.ant-modal-confirm')).filter(
        (m) => m !== ask && m.textContent?.includes('Xóa bản ghi này?'),
      );
      expect(open).toHaveLength(1);
      return open[0]!;
    });
    fireEvent.click(getButton('Đồng ý', ask));

    await waitFor(() => expect(api.callsOf('DeleteEvaluation')).toHaveLength(1));
    expect(api.callsOf('DeleteEvaluation')[0]?.variables).toEqual({
      input: { id: 'e-1', version: 2 },
    });
    expect(await screen.findByText('Đã xóa.')).toBeTruthy();
  });

  it('records a sáng kiến as used, with the award it served', async () => {
    const api = mockGraphql({
      Me: manager,
      Initiatives: () => page('initiatives', [initiative]),
      LockInitiative: ({ input }) => {
        const { awardName, year, reference } = input as Record<string, string>;
        return {
          data: {
            lockInitiative: { ...initiative, version: 4, usedFor: { awardName, year, reference } },
          },
        };
      },
    });
    renderApp('/thi-dua/ho-so-thanh-tich?muc=sang-kien');

    const row = (await screen.findByText('Số hóa hồ sơ thi đua', {}, { timeout: 10_000 })).closest(
      'tr',
    )!;
    expect(within(row).getByText('Chưa dùng')).toBeTruthy();
    fireEvent.click(getButton('Ghi nhận đã dùng Số hóa hồ sơ thi đua'));
    const modal = await findModal('Ghi nhận sáng kiến đã dùng để đề nghị khen thưởng');
    expect(
      within(modal).getByText(
        'Mỗi sáng kiến chỉ được dùng một lần: sau khi ghi nhận, không dùng lại được.',
      ),
    ).toBeTruthy();

    // all three are required
    fireEvent.change(within(modal).getByLabelText('Năm'), { target: { value: '' } });
    fireEvent.click(getButton('Đồng ý', modal));
    await waitFor(() => expect(modal.querySelectorAll('.ant-form-item-has-error').length).toBe(3));
    expect(api.callsOf('LockInitiative')).toHaveLength(0);

    fireEvent.change(within(modal).getByLabelText('Danh hiệu, hình thức'), {
      target: { value: 'Chiến sĩ thi đua cơ sở' },
    });
    fireEvent.change(within(modal).getByLabelText('Năm'), { target: { value: '2025' } });
    fireEvent.change(within(modal).getByLabelText('Hồ sơ sử dụng (số tờ trình, quyết định)'), {
      target: { value: 'TTr 21/TTr-SNV' },
    });
    fireEvent.click(getButton('Đồng ý', modal));

    await waitFor(() => expect(api.callsOf('LockInitiative')).toHaveLength(1));
    expect(api.callsOf('LockInitiative')[0]?.variables).toEqual({
      input: {
        id: 'i-1',
        version: 3,
        awardName: 'Chiến sĩ thi đua cơ sở',
        year: 2025,
        reference: 'TTr 21/TTr-SNV',
      },
    });
    expect(await screen.findByText('Đã lưu.')).toBeTruthy();
  });

  it('undoes a mistaken “used” mark after asking, and offers no editing of a used sáng kiến', async () => {
    const api = mockGraphql({
      Me: manager,
      Initiatives: () => page('initiatives', [usedInitiative]),
      ReleaseInitiative: {
        data: { releaseInitiative: { ...usedInitiative, version: 6, usedFor: null } },
      },
    });
    renderApp('/thi-dua/ho-so-thanh-tich?muc=sang-kien');

    const release = await findButton('Bỏ ghi nhận đã dùng Phần mềm chấm điểm thi đua');
    const row = release.closest('tr')!;
    expect(within(row).getByText('Đã dùng: Chiến sĩ thi đua cơ sở năm 2024 (TTr 12)')).toBeTruthy();
    expect(row.querySelectorAll('button')).toHaveLength(1);

    fireEvent.click(release);
    const ask = await findModal('Bỏ ghi nhận sáng kiến này đã dùng (chỉ khi ghi nhầm)?');
    fireEvent.click(getButton('Đồng ý', ask));

    await waitFor(() => expect(api.callsOf('ReleaseInitiative')).toHaveLength(1));
    expect(api.callsOf('ReleaseInitiative')[0]?.variables).toEqual({
      input: { id: 'i-2', version: 5 },
    });
    expect(await screen.findByText('Đã lưu.')).toBeTruthy();
  });

  it('lifts a hold from a day, with the reason', async () => {
    const api = mockGraphql({
      Me: manager,
      Holds: () => page('holds', [hold]),
      LiftHold: ({ input }) => ({
        data: { liftHold: { ...hold, ...(input as object), version: 5 } },
      }),
    });
    renderApp('/thi-dua/ho-so-thanh-tich?muc=tam-hoan');

    const lift = await findButton('Chấm dứt tạm hoãn Trần Văn Nam');
    const row = lift.closest('tr')!;
    expect(within(row).getByText('Đang có hiệu lực')).toBeTruthy();
    expect(within(row).getByText('01/03/2025 – chưa xác định')).toBeTruthy();

    fireEvent.click(lift);
    const modal = await findModal('Chấm dứt tạm hoãn: Trần Văn Nam');
    typeDate(within(modal).getByLabelText('Chấm dứt từ ngày'), '15/09/2025');
    fireEvent.change(within(modal).getByLabelText('Lý do chấm dứt'), {
      target: { value: 'Kết luận không vi phạm' },
    });
    fireEvent.click(getButton('Đồng ý', modal));

    await waitFor(() => expect(api.callsOf('LiftHold')).toHaveLength(1));
    expect(api.callsOf('LiftHold')[0]?.variables).toEqual({
      input: { id: 'h-1', version: 4, liftedOn: '2025-09-15', reason: 'Kết luận không vi phạm' },
    });
    expect(await screen.findByText('Đã lưu.')).toBeTruthy();
  });
});
