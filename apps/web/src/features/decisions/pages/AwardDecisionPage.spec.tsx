import type { Permission } from '@thidua/shared-domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { decisionDetail, issuedDetail, recipient } from '../testing/fixtures';
import { savedFiles } from '../../../test/downloads';

const viewer = (...permissions: Permission[]) => ({
  data: { me: makeViewer(['DECISION_READ', ...permissions]) },
});

/** The open confirm whose text has `text` (not one that is closing). */
const openModal = (text: string) =>
  waitFor(() => {
    const found = Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).find(
      (el) => !el.closest('[style*="display: none"]') && (el.textContent ?? '').includes(text),
    );
    if (!found) throw new Error('no modal yet');
    return found;
  });

/**
 * The page's heading named `name`: a plain DOM walk (`findByRole` computes the accessibility tree of
 * the whole page, which takes seconds with the draft's long form).
 */
const findHeading = (name: string) =>
  waitFor(
    () => {
      const found = Array.from(document.querySelectorAll('h1, h2, h3, h4')).find(
        (h) => h.textContent?.trim() === name,
      );
      if (!found) throw new Error(`no heading "${name}" yet`);
      return found;
    },
    { timeout: 10_000 },
  );

/** A button of the page itself, not of a dialog (a closed confirm stays in jsdom's document). */
const pageButton = (name: string) => {
  const main = document.querySelector<HTMLElement>('main');
  if (!main) throw new Error('no main yet');
  return getButton(name, main);
};

const job = (status: string, progress: number) => ({
  id: 'job-1',
  kind: 'decisions.certificates',
  status,
  progress,
  total: 2,
  message: status === 'SUCCEEDED' ? 'Đã in 02 giấy chứng nhận.' : null,
  error: null,
  startedAt: '2025-10-10T03:05:00.000Z',
  finishedAt: status === 'SUCCEEDED' ? '2025-10-10T03:05:09.000Z' : null,
});

describe('Quyết định khen thưởng — trang quyết định', () => {
  it('shows the recipients with amounts and total, and signs only after the confirmation', async () => {
    const api = mockGraphql({
      Me: viewer('DECISION_MANAGE', 'DECISION_ISSUE'),
      AwardDecision: { data: { awardDecision: decisionDetail() } },
      IssueAwardDecision: { data: { issueAwardDecision: issuedDetail() } },
    });
    renderApp('/thi-dua/quyet-dinh/dec-1');
    await findHeading('Dự thảo quyết định tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    // 1,0 × 2.340.000; the second recipient's rule gave no multiplier: to enter
    const hoa = screen.getByText('Bà Nguyễn Thị Hoa').closest('tr') as HTMLElement;
    expect(within(hoa).getByText('2.340.000 đ')).toBeTruthy();
    const lan = screen.getByText('Ông Hoàng Văn Lân').closest('tr') as HTMLElement;
    expect(within(lan).getByText('Cần nhập')).toBeTruthy();
    expect(screen.getByTestId('decision-total').textContent).toBe('2.340.000 đ');
    expect(getButton('Xuất tiền thưởng (Excel)')).toBeTruthy();

    fireEvent.click(pageButton('Ký ban hành'));
    const first = await openModal('Ký ban hành quyết định khen thưởng?');
    expect(first.textContent).toContain(
      'sổ đăng ký văn bản của Ủy ban nhân dân tỉnh Bắc Kạn, mang ngày hôm nay',
    );
    expect(first.textContent).toContain('02 tập thể, cá nhân được ghi khen thưởng');
    fireEvent.click(getButton('Hủy', first));
    // (jsdom never finishes the closing animation: the dialog stays in the document, on its way out)
    expect(api.callsOf('IssueAwardDecision')).toHaveLength(0);

    fireEvent.click(pageButton('Ký ban hành'));
    const second = await waitFor(() => {
      const open = Array.from(document.querySelectorAll<HTMLElement>('.ant-modal-confirm')).filter(
        (el) => el !== first && el.textContent?.includes('Ký ban hành quyết định khen thưởng?'),
      );
      expect(open).toHaveLength(1);
      return open[0] as HTMLElement;
    });
    fireEvent.click(getButton('Ký ban hành', second));
    await waitFor(() => expect(api.callsOf('IssueAwardDecision')).toHaveLength(1));
    expect(api.callsOf('IssueAwardDecision')[0]?.variables['input']).toEqual({
      id: 'dec-1',
      version: 3,
    });
    // the number taken from the register shows at once
    expect(await screen.findByText('Đã ban hành Quyết định số 25/QĐ-UBND.')).toBeTruthy();
    expect(await findHeading('Quyết định số 25/QĐ-UBND')).toBeTruthy();
    expect(screen.getByText('7K3M9QX2TD')).toBeTruthy();
  }, 60_000);

  it('asks before removing a recipient and sends the whole draft without them', async () => {
    const api = mockGraphql({
      Me: viewer('DECISION_MANAGE'),
      // a TĐKT officer drafts but does not sign (canIssue false at the issuer)
      AwardDecision: { data: { awardDecision: decisionDetail({ canIssue: false }) } },
      UpdateAwardDecision: {
        data: {
          updateAwardDecision: decisionDetail({ version: 4, canIssue: false }, [recipient()]),
        },
      },
    });
    renderApp('/thi-dua/quyet-dinh/dec-1');
    fireEvent.click(await findButton('Bỏ Ông Hoàng Văn Lân khỏi danh sách', undefined));
    const modal = await openModal('Bỏ "Ông Hoàng Văn Lân" khỏi dự thảo?');
    expect(() => getButton('Ký ban hành')).toThrow();
    fireEvent.click(getButton('Bỏ khỏi danh sách', modal));
    await waitFor(() => expect(api.callsOf('UpdateAwardDecision')).toHaveLength(1));
    expect(api.callsOf('UpdateAwardDecision')[0]?.variables['input']).toMatchObject({
      id: 'dec-1',
      version: 3,
      subject: decisionDetail().subject,
      signer: {
        on: [{ authority: 'KT', of: 'Chủ tịch' }],
        title: 'Phó Chủ tịch',
        name: 'Đinh Quang Tuyên',
      },
      removeRecipientIds: ['r-2'],
    });
    await waitFor(() => expect(screen.queryByText('Ông Hoàng Văn Lân')).toBeNull());
  }, 60_000);

  it('prints the certificates as a job, follows its progress, then offers the PDF', async () => {
    let printed = false;
    let polls = 0;
    const api = mockGraphql(
      {
        Me: viewer('DECISION_MANAGE'),
        AwardDecision: () => ({
          data: {
            awardDecision: issuedDetail(
              printed && polls >= 2
                ? {
                    certificates: {
                      docxPath: '/api/award-decisions/dec-1/certificates.docx',
                      pdfPath: '/api/award-decisions/dec-1/certificates.pdf',
                      madeAt: '2025-10-10T03:05:09.000Z',
                    },
                  }
                : {},
            ),
          },
        }),
        PrintAwardCertificates: () => {
          printed = true;
          return { data: { printAwardCertificates: job('QUEUED', 0) } };
        },
        Job: () => {
          polls += 1;
          return { data: { job: polls === 1 ? job('RUNNING', 1) : job('SUCCEEDED', 2) } };
        },
      },
      {
        'GET /api/award-decisions/dec-1/certificates.pdf': () =>
          new Response('%PDF', {
            status: 200,
            headers: {
              'content-disposition': `attachment; filename="Giay-chung-nhan-25-QD-UBND.pdf"`,
            },
          }),
      },
    );
    renderApp('/thi-dua/quyet-dinh/dec-1');
    await findHeading('Quyết định số 25/QĐ-UBND');
    // each certificate's QR opens the public page
    expect(document.body.textContent).toContain('/xac-minh/<mã>');
    // an issued decision is not edited, deleted or signed again
    expect(document.body.textContent).not.toContain('Xóa dự thảo');
    expect(document.body.textContent).not.toContain('Lưu thay đổi');

    fireEvent.click(getButton('In giấy chứng nhận'));
    await waitFor(() => expect(api.callsOf('PrintAwardCertificates')).toHaveLength(1));
    expect(api.callsOf('PrintAwardCertificates')[0]?.variables).toEqual({ decisionId: 'dec-1' });
    const progress = await screen.findByTestId('certificates-progress-text');
    await waitFor(() => expect(progress.textContent).toBe('Đã in 1 / 2 giấy'), { timeout: 5000 });

    const pdf = await findButton('Tải giấy chứng nhận (PDF)');
    expect(await screen.findByText('Đã in xong giấy chứng nhận.')).toBeTruthy();
    fireEvent.click(pdf);
    await waitFor(() => expect(savedFiles().length).toBeGreaterThan(0));
    expect(api.restCalls.at(-1)?.url).toBe('/api/award-decisions/dec-1/certificates.pdf');
    expect(savedFiles().at(-1)?.name).toBe('Giay-chung-nhan-25-QD-UBND.pdf');
  }, 60_000);
});
