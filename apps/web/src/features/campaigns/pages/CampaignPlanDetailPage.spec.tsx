import type { Permission } from '@thidua/shared-domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { explainOf, findButton, getButton, typeDate } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { fieldLabelled, previewSheet } from '../testing/dom';
import { bacKanPlan } from '../testing/fixtures';
import { savedFiles } from '../../../test/downloads';

const viewer = (...permissions: Permission[]) => ({
  data: { me: makeViewer(['CAMPAIGN_READ', ...permissions]) },
});

/** The buttons of the page header, by their text. */
const actions = () =>
  Array.from(document.querySelectorAll('main button'))
    .map((b) => b.textContent?.trim())
    .filter(Boolean);

/** The open modal (not a confirm that is closing). */
const openModal = () =>
  waitFor(() => {
    const found = Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).find(
      (el) => !el.closest('[style*="display: none"]'),
    );
    if (!found) throw new Error('no modal yet');
    return found;
  });

describe('CampaignPlanDetailPage — xem, trình ký, trả lại, ban hành', () => {
  it('shows a draft with its document and the drafter’s actions; submits after confirming', async () => {
    const plan = bacKanPlan({ returnReason: 'Bổ sung chỉ tiêu về cải cách hành chính.' });
    const api = mockGraphql({
      Me: viewer('CAMPAIGN_MANAGE'),
      CampaignPlan: { data: { campaignPlan: plan } },
      SubmitCampaignPlan: {
        data: {
          submitCampaignPlan: { ...plan, status: 'SUBMITTED', version: 4, returnReason: null },
        },
      },
    });
    renderApp('/thi-dua/ke-hoach/plan-1');

    expect(await screen.findByText('Kế hoạch bị trả lại', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('Bổ sung chỉ tiêu về cải cách hành chính.')).toBeTruthy();
    const sheet = previewSheet().textContent ?? '';
    expect(sheet).toContain('UBND TỈNH BẮC KẠN');
    expect(sheet).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(sheet).toContain('Vũ Đức Chính');
    expect(actions()).toEqual(['Tải văn bản (.docx)', 'Xóa dự thảo', 'Sửa dự thảo', 'Trình ký']);

    fireEvent.click(getButton('Trình ký'));
    const confirm = await openModal();
    expect(confirm.textContent).toContain('Trình ký kế hoạch?');
    fireEvent.click(getButton('Trình ký', confirm));
    await waitFor(() => expect(api.callsOf('SubmitCampaignPlan')).toHaveLength(1));
    expect(api.callsOf('SubmitCampaignPlan')[0]?.variables).toEqual({
      input: { id: 'plan-1', version: 3 },
    });
    // the page shows the answer: submitted, no more drafter's buttons
    await waitFor(() => expect(actions()).toEqual(['Tải văn bản (.docx)', 'Trả lại']));
    expect(screen.getAllByText('Trình ký').length).toBeGreaterThan(0);
  }, 60_000);

  it('gives a reader only the document, whatever the viewer may do elsewhere', async () => {
    // a commune officer holds CAMPAIGN_MANAGE and its leader CAMPAIGN_ISSUE, at the commune only:
    // the plan's own rights decide
    mockGraphql({
      Me: viewer('CAMPAIGN_MANAGE', 'CAMPAIGN_ISSUE'),
      CampaignPlan: {
        data: {
          campaignPlan: bacKanPlan({ status: 'SUBMITTED', canManage: false, canIssue: false }),
        },
      },
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    await findButton('Tải văn bản (.docx)');
    expect(actions()).toEqual(['Tải văn bản (.docx)']);
  }, 60_000);

  it('offers the issuer’s follow-up steps on an issued plan from the plan’s rights', async () => {
    mockGraphql({
      Me: viewer(),
      CampaignPlan: {
        data: {
          campaignPlan: bacKanPlan({
            status: 'ISSUED',
            number: 12,
            symbol: '12/KH-VP',
            issuedOn: '2024-09-30',
            canManage: true,
          }),
        },
      },
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    await findButton('Bắt đầu triển khai');
    expect(actions()).toEqual([
      'Tải văn bản (.docx)',
      'Soạn kế hoạch sửa đổi',
      'Bắt đầu triển khai',
    ]);
  }, 60_000);

  it('returns a submitted plan only with a reason', async () => {
    const plan = bacKanPlan({ status: 'SUBMITTED', canManage: false, canIssue: true });
    const api = mockGraphql({
      Me: viewer('CAMPAIGN_ISSUE'),
      CampaignPlan: { data: { campaignPlan: plan } },
      ReturnCampaignPlan: {
        data: {
          returnCampaignPlan: {
            ...plan,
            status: 'DRAFT',
            version: 4,
            returnReason: 'Thiếu căn cứ.',
          },
        },
      },
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    fireEvent.click(await findButton('Trả lại', undefined));
    const modal = await openModal();
    fireEvent.click(getButton('Trả lại', modal));
    await waitFor(() => expect(explainOf('Lý do trả lại')).toBe('Vui lòng nhập lý do trả lại.'));
    expect(api.callsOf('ReturnCampaignPlan')).toHaveLength(0);

    fireEvent.change(fieldLabelled('Lý do trả lại'), { target: { value: ' Thiếu căn cứ. ' } });
    fireEvent.click(getButton('Trả lại', modal));
    await waitFor(() => expect(api.callsOf('ReturnCampaignPlan')).toHaveLength(1));
    expect(api.callsOf('ReturnCampaignPlan')[0]?.variables).toEqual({
      input: { id: 'plan-1', version: 3, reason: 'Thiếu căn cứ.' },
    });
    expect(await screen.findByText('Đã trả lại kế hoạch về dự thảo.')).toBeTruthy();
  }, 60_000);

  it('issues a plan: date, place, signer, and an explicit acknowledgement that it freezes', async () => {
    const plan = bacKanPlan({ status: 'SUBMITTED', canManage: false, canIssue: true });
    let attempt = 0;
    const api = mockGraphql({
      Me: viewer('CAMPAIGN_ISSUE'),
      CampaignPlan: { data: { campaignPlan: plan } },
      IssueCampaignPlan: () => {
        attempt += 1;
        if (attempt === 1) {
          return gqlError('BAD_USER_INPUT', 'Dữ liệu không hợp lệ.', {
            fields: { 'signer.name': ['Họ tên người ký không được dài quá 500 ký tự.'] },
          });
        }
        return {
          data: {
            issueCampaignPlan: {
              ...plan,
              status: 'ISSUED',
              version: 4,
              number: 12,
              symbol: '12/KH-VP',
              issuedOn: '2024-09-30',
              issuePlace: 'Bắc Kạn',
              signer: { on: null, title: 'Chánh Văn phòng', name: 'Nguyễn Văn An' },
            },
          },
        };
      },
    });
    renderApp('/thi-dua/ke-hoach/plan-1');
    fireEvent.click(await findButton('Ký ban hành'));
    const modal = await openModal();
    expect(modal.textContent).toContain('nội dung được khóa');
    // the signer the draft expects is offered
    expect(fieldLabelled('Chức vụ')).toHaveProperty('value', 'Phó Chánh Văn phòng');
    typeDate(fieldLabelled('Ngày ban hành'), '30/09/2024');
    fireEvent.change(fieldLabelled('Địa danh'), { target: { value: 'Bắc Kạn' } });
    fireEvent.click(getButton('Ban hành', modal));
    await waitFor(() =>
      expect(modal.textContent).toContain('Xác nhận đã kiểm tra nội dung trước khi ban hành.'),
    );
    expect(api.callsOf('IssueCampaignPlan')).toHaveLength(0);

    fireEvent.click(screen.getByText('Tôi đã kiểm tra nội dung; ban hành và khóa kế hoạch.'));
    fireEvent.click(getButton('Ban hành', modal));
    await waitFor(() => expect(api.callsOf('IssueCampaignPlan')).toHaveLength(1));
    expect(api.callsOf('IssueCampaignPlan')[0]?.variables).toEqual({
      input: {
        id: 'plan-1',
        version: 3,
        issuedOn: '2024-09-30',
        place: 'Bắc Kạn',
        signer: {
          on: [{ authority: 'KT', of: 'Chánh Văn phòng' }],
          title: 'Phó Chánh Văn phòng',
          name: 'Vũ Đức Chính',
        },
      },
    });
    // the API's field message under its field
    await waitFor(() =>
      expect(explainOf('Họ tên người ký')).toBe('Họ tên người ký không được dài quá 500 ký tự.'),
    );

    fireEvent.click(getButton('Ban hành', modal));
    expect(await screen.findByText('Đã ban hành kế hoạch số 12/KH-VP.')).toBeTruthy();
    // issued: frozen, numbered, no lifecycle button left
    expect(await screen.findByText('Kế hoạch đã ban hành: nội dung không sửa được.')).toBeTruthy();
    expect(previewSheet().textContent).toContain('Số: 12/KH-VP');
    expect(previewSheet().textContent).toContain('Bắc Kạn, ngày 30 tháng 9 năm 2024');
    expect(actions()).toEqual(['Tải văn bản (.docx)']);
  }, 60_000);

  it('downloads the .docx with the session, under the name the API gives', async () => {
    const api = mockGraphql(
      { Me: viewer(), CampaignPlan: { data: { campaignPlan: bacKanPlan() } } },
      {
        'GET /api/campaign-plans/plan-1/document.docx': () =>
          new Response('docx', {
            status: 200,
            headers: {
              'content-disposition':
                'attachment; filename="du-thao-ke-hoach.docx"; filename*=UTF-8\'\'D%E1%BB%B1%20th%E1%BA%A3o%20k%E1%BA%BF%20ho%E1%BA%A1ch.docx',
            },
          }),
      },
    );
    renderApp('/thi-dua/ke-hoach/plan-1');
    fireEvent.click(await findButton('Tải văn bản (.docx)'));
    expect(await screen.findByText('Đã tải tệp Dự thảo kế hoạch.docx.')).toBeTruthy();
    expect(api.restCalls.map((c) => c.url)).toEqual(['/api/campaign-plans/plan-1/document.docx']);
    expect(savedFiles().at(-1)?.name).toBe('Dự thảo kế hoạch.docx');
  }, 60_000);
});
