import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, explainOf, findButton, getButton, typeDate } from '../../../test/antd';
import { makeUnitDetail, makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';
import { fieldLabelled, fieldsLabelled, partTab, previewSheet } from '../testing/dom';
import { bacKanPlan } from '../testing/fixtures';

const WRITER = makeViewer(['UNIT_READ', 'CAMPAIGN_READ', 'CAMPAIGN_MANAGE']);

const noUnits = { data: { units: { totalCount: 0, totalCountCapped: false, edges: [] } } };
const emptyConnection = (field: string) => ({
  data: {
    [field]: {
      totalCount: 0,
      totalCountCapped: false,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    },
  },
});
/** The pickers of "Giao thực hiện": unit kinds, clusters, the plans addressed to the viewer. */
const pickers = {
  UnitKinds: { data: { unitKinds: [] } },
  Clusters: emptyConnection('clusters'),
  CampaignInbox: emptyConnection('campaignInbox'),
};
const soNoiVu = makeUnitDetail({
  id: 'u-snv',
  code: 'SNV',
  name: 'Sở Nội vụ',
  shortName: 'SNV',
  parentId: 'u-vlg',
  parent: { id: 'u-vlg', name: 'UBND tỉnh Vĩnh Long', canOpen: true },
});

const preview = previewSheet;
const tab = partTab;
const dialog = () => document.querySelector<HTMLElement>('.ant-modal-confirm');

describe('CampaignPlanEditorPage — soạn kế hoạch theo từng phần', () => {
  it('writes a new plan by parts, previews it live and creates the draft', async () => {
    const created = bacKanPlan({ id: 'plan-new', title: 'Phát động thi đua năm 2025' });
    const api = mockGraphql({
      Me: { data: { me: WRITER } },
      Units: noUnits,
      ...pickers,
      UnitDetail: { data: { unit: soNoiVu } },
      CreateCampaignPlan: { data: { createCampaignPlan: created } },
      CampaignPlan: { data: { campaignPlan: created } },
    });
    const { router } = renderApp('/thi-dua/ke-hoach/soan-moi');

    const title = await waitFor(() => fieldLabelled('Trích yếu'), { timeout: 20_000 });
    // the header comes from the viewer's unit until another is chosen
    await waitFor(() => expect(preview().textContent).toContain('UBND TỈNH VĨNH LONG'));
    expect(preview().textContent).toContain('SỞ NỘI VỤ');
    expect(preview().textContent).toContain('/KH-SNV');
    expect(preview().textContent).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');

    fireEvent.change(title, { target: { value: '  Phát động thi đua năm 2025 ' } });
    typeDate(fieldLabelled('Thời gian thi đua từ ngày'), '01/01/2025');
    typeDate(fieldLabelled('Đến hết ngày'), '31/12/2025');
    fireEvent.change(fieldLabelled('Đoạn mục đích 1'), {
      target: { value: 'Cổ vũ, động viên cán bộ.' },
    });
    fireEvent.click(tab('Nội dung thi đua'));
    fireEvent.change(fieldLabelled('Tên nội dung'), {
      target: { value: 'Tuyên truyền, quán triệt' },
    });
    fireEvent.change(fieldLabelled('Đoạn văn (Nội dung 1) 1'), {
      target: { value: 'Tổ chức hội nghị quán triệt.' },
    });

    // the preview follows the form: numbered as the .docx will be
    await waitFor(() => expect(preview().textContent).toContain('a) Tuyên truyền, quán triệt'));
    const text = preview().textContent ?? '';
    expect(text).toContain('Phát động thi đua năm 2025');
    expect(text).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(text).toContain('1. Thời gian thi đua');
    expect(text).toContain('Từ ngày 01/01/2025 đến hết ngày 31/12/2025.');
    expect(text).toContain('năm 2025');
    expect(text).toContain('- Lưu: VT.');

    // numbered as the Bến Tre, Hải Dương and Thái Bình seeds are: "1." mục đích items, "2.1." headings
    const numberAims = Array.from(document.querySelectorAll('label'))
      .find((l) => l.textContent?.trim() === 'Đánh số từng ý (1., 2., 3.…)')
      ?.querySelector('input');
    fireEvent.click(numberAims!);
    await chooseOption(
      fieldLabelled('Cách đánh số đề mục'),
      '1.1., 1.2.… — mục con 1.1.1., 1.1.2.…',
    );
    await waitFor(() => expect(preview().textContent).toContain('2.1. Tuyên truyền, quán triệt'));
    expect(preview().textContent).toContain('1. Cổ vũ, động viên cán bộ.');

    fireEvent.click(getButton('Tạo dự thảo'));
    await waitFor(() => expect(api.callsOf('CreateCampaignPlan')).toHaveLength(1));
    expect(api.callsOf('CreateCampaignPlan')[0]?.variables).toEqual({
      input: {
        issuerUnitId: 'u-snv',
        kind: 'PERIODIC',
        scope: 'AGENCY',
        title: 'Phát động thi đua năm 2025',
        periodFrom: '2025-01-01',
        periodTo: '2025-12-31',
        legalDocumentIds: [],
        content: {
          opening: null,
          purpose: { aims: ['Cổ vũ, động viên cán bộ.'], requirements: null, numbered: true },
          theme: null,
          motto: null,
          methods: null,
          participants: null,
          sections: [
            {
              title: 'Tuyên truyền, quán triệt',
              paragraphs: ['Tổ chức hội nghị quán triệt.'],
              footnotes: null,
              subsections: null,
            },
          ],
          targets: null,
          phases: null,
          milestones: null,
          measures: null,
          awards: null,
          implementation: null,
          reporting: null,
          closing: null,
          recipients: { groups: [], archive: 'VT' },
          signature: null,
          numbering: 'DECIMAL',
          headings: null,
          contestOrder: null,
          schedulePlacement: null,
        },
        addressing: null,
        answerDeadline: null,
        respondsToPlanId: null,
      },
    });
    // the new draft opens in its own editor
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/thi-dua/ke-hoach/plan-new/sua'),
    );
    expect(await screen.findByText('Đã tạo dự thảo kế hoạch.')).toBeTruthy();
  }, 90_000);

  it('checks each part in the API’s words, marks the tab, and shows the API’s field errors', async () => {
    const plan = bacKanPlan();
    let attempt = 0;
    const api = mockGraphql({
      Me: { data: { me: WRITER } },
      Units: noUnits,
      ...pickers,
      CampaignPlan: { data: { campaignPlan: plan } },
      LegalDocuments: {
        data: {
          legalDocuments: {
            totalCount: 0,
            totalCountCapped: false,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [],
          },
        },
      },
      UpdateCampaignPlan: () => {
        attempt += 1;
        return attempt === 1
          ? gqlError('BAD_USER_INPUT', 'Dữ liệu không hợp lệ.', {
              fields: {
                'content.phases.0.to': [
                  'Giai đoạn "Phát động": ngày kết thúc không được trước ngày bắt đầu.',
                ],
              },
            })
          : { data: { updateCampaignPlan: { ...plan, version: plan.version + 1 } } };
      },
    });
    renderApp('/thi-dua/ke-hoach/plan-1/sua');

    await waitFor(() => expect(fieldLabelled('Trích yếu')).toHaveProperty('value', plan.title), {
      timeout: 20_000,
    });
    // the saved plan previews as issued would, with its căn cứ and its KT. signature
    expect(preview().textContent).toContain('Căn cứ Kế hoạch số 645/KH-UBND ngày 25/9/2024');
    expect(preview().textContent).toContain('KT. CHÁNH VĂN PHÒNG');
    // the issuer is fixed once the plan exists
    expect(fieldLabelled('Đơn vị ban hành').closest('.ant-select-disabled')).toBeTruthy();

    // a section with neither a name nor text: refused in the form, the tab marked and opened (a
    // name alone may be left out: the paragraphs then print under no heading)
    fireEvent.change(fieldLabelled('Tên nội dung', 1), { target: { value: '  ' } });
    fireEvent.change(fieldLabelled('Đoạn văn (Nội dung 2) 1'), { target: { value: ' ' } });
    fireEvent.click(getButton('Lưu dự thảo'));
    await waitFor(() =>
      expect(explainOf('Tên nội dung')).toContain(
        'Nhập tên nội dung, hoặc đoạn văn để in không có đề mục.',
      ),
    );
    expect(tab('Nội dung thi đua').textContent).toContain('có lỗi cần sửa');
    expect(tab('Nội dung thi đua').getAttribute('aria-selected')).toBe('true');
    expect(api.callsOf('UpdateCampaignPlan')).toHaveLength(0);

    // a quota needs a count, as the builder says
    fireEvent.change(fieldLabelled('Đoạn văn (Nội dung 2) 1'), {
      target: { value: 'Thi đua vượt chỉ tiêu.' },
    });
    fireEvent.click(tab('Khen thưởng'));
    fireEvent.change(fieldLabelled('Tập thể hoặc cá nhân'), { target: { value: '' } });
    fireEvent.blur(fieldLabelled('Tập thể hoặc cá nhân'));
    fireEvent.click(getButton('Lưu dự thảo'));
    await waitFor(() =>
      expect(explainOf('Tập thể hoặc cá nhân')).toBe(
        'Ghi số tập thể và/hoặc số cá nhân, hoặc chỉ số "tập thể hoặc cá nhân".',
      ),
    );
    fireEvent.change(fieldLabelled('Số cá nhân'), { target: { value: '2' } });
    fireEvent.blur(fieldLabelled('Số cá nhân'));

    // the API's field error lands under its own box, in the tab it belongs to
    fireEvent.click(getButton('Lưu dự thảo'));
    await waitFor(() => expect(api.callsOf('UpdateCampaignPlan')).toHaveLength(1));
    await waitFor(() =>
      expect(explainOf('Đến hết ngày')).toContain(
        'Giai đoạn "Phát động": ngày kết thúc không được trước ngày bắt đầu.',
      ),
    );
    expect(tab('Giai đoạn, mốc, giải pháp').getAttribute('aria-selected')).toBe('true');
    const sent = api.callsOf('UpdateCampaignPlan')[0]?.variables['input'] as Record<
      string,
      unknown
    >;
    expect(sent).toMatchObject({ id: 'plan-1', version: 3, legalDocumentIds: ['ld-645'] });
    expect(sent['content']).toMatchObject({
      awards: {
        quotas: [
          {
            form: 'Bằng khen của Chủ tịch UBND tỉnh',
            either: null,
            individuals: 2,
            collectives: null,
          },
        ],
      },
    });

    fireEvent.click(getButton('Lưu dự thảo'));
    expect(await screen.findByText('Đã lưu dự thảo.')).toBeTruthy();
    // the next save carries the version the API answered with
    fireEvent.click(getButton('Lưu dự thảo'));
    await waitFor(() => expect(api.callsOf('UpdateCampaignPlan')).toHaveLength(3));
    expect(api.callsOf('UpdateCampaignPlan')[2]?.variables['input']).toMatchObject({
      version: 4,
    });
  }, 90_000);

  it('lays the document out as the office’s plans are: headings, part II’s order, phases, as typed', async () => {
    const plan = bacKanPlan();
    const api = mockGraphql({
      Me: { data: { me: WRITER } },
      Units: noUnits,
      ...pickers,
      CampaignPlan: { data: { campaignPlan: plan } },
      UpdateCampaignPlan: { data: { updateCampaignPlan: { ...plan, version: plan.version + 1 } } },
    });
    renderApp('/thi-dua/ke-hoach/plan-1/sua');
    await waitFor(() => expect(fieldLabelled('Trích yếu')).toHaveProperty('value', plan.title), {
      timeout: 20_000,
    });
    expect(preview().textContent).toContain('III. THỜI GIAN VÀ CÁC GIAI ĐOẠN THỰC HIỆN');
    expect(preview().textContent).toContain('Chế độ báo cáo:');

    fireEvent.click(tab('Trình bày văn bản'));
    fireEvent.change(fieldLabelled('Phần Nội dung thi đua'), {
      target: { value: 'Chủ đề, nội dung, thời gian' },
    });
    await chooseOption(
      fieldLabelled('Các giai đoạn, mốc thời gian in ở'),
      'Không in (văn bản tự nêu thời gian)',
    );
    fireEvent.click(tab('Tổ chức thực hiện'));
    const check = (label: string) =>
      Array.from(document.querySelectorAll('label'))
        .find((l) => l.textContent?.trim() === label)
        ?.querySelector('input');
    fireEvent.click(check('Đã viết trong nhiệm vụ ở trên: không in mục "Chế độ báo cáo" riêng')!);
    fireEvent.change(fieldLabelled('Nhiệm vụ (Cơ quan, đơn vị 1) 1'), {
      target: { value: 'Giao các phòng tổ chức tuyên truyền, báo cáo hằng quý.' },
    });
    fireEvent.click(check('In nguyên văn: nhiệm vụ đã nêu tên cơ quan')!);

    // the preview follows the last change (it is deferred behind typing)
    await waitFor(() =>
      expect(preview().textContent).toContain(
        '1. Giao các phòng tổ chức tuyên truyền, báo cáo hằng quý.',
      ),
    );
    const text = preview().textContent ?? '';
    expect(text).toContain('II. CHỦ ĐỀ, NỘI DUNG, THỜI GIAN');
    expect(text).not.toContain('THỜI GIAN VÀ CÁC GIAI ĐOẠN');
    expect(text).not.toContain('Chế độ báo cáo:');

    fireEvent.click(getButton('Lưu dự thảo'));
    await waitFor(() => expect(api.callsOf('UpdateCampaignPlan')).toHaveLength(1));
    const sent = api.callsOf('UpdateCampaignPlan')[0]?.variables['input'] as {
      content: Record<string, unknown>;
    };
    expect(sent.content).toMatchObject({
      headings: { contest: 'Chủ đề, nội dung, thời gian' },
      contestOrder: null,
      schedulePlacement: 'NONE',
      implementation: [{ asTyped: true }],
      reporting: { inText: true, who: 'Các phòng, ban, đơn vị' },
    });
  }, 90_000);

  it('addresses the plan to units and sets the day they must answer by', async () => {
    const plan = bacKanPlan();
    const api = mockGraphql({
      Me: { data: { me: WRITER } },
      Units: noUnits,
      ...pickers,
      UnitKinds: {
        data: {
          unitKinds: [
            {
              id: 'k-xa',
              code: 'UBND_XA',
              name: 'UBND xã, phường',
              tree: 'GOVERNMENT',
              allowedParentCodes: [],
              canBeRoot: false,
              legalPersonDefault: true,
              sortOrder: 1,
            },
          ],
        },
      },
      CampaignPlan: { data: { campaignPlan: plan } },
      UpdateCampaignPlan: { data: { updateCampaignPlan: { ...plan, version: 4 } } },
    });
    renderApp('/thi-dua/ke-hoach/plan-1/sua');
    await waitFor(() => fieldLabelled('Theo loại đơn vị'), { timeout: 20_000 });
    await chooseOption(fieldLabelled('Theo loại đơn vị'), 'UBND xã, phường');
    typeDate(fieldLabelled('Hạn ban hành kế hoạch thực hiện'), '20/10/2024');
    fireEvent.click(getButton('Lưu dự thảo'));
    await waitFor(() => expect(api.callsOf('UpdateCampaignPlan')).toHaveLength(1));
    expect(api.callsOf('UpdateCampaignPlan')[0]?.variables['input']).toMatchObject({
      addressing: {
        unitIds: [],
        subtreeUnitIds: [],
        unitKindCodes: ['UBND_XA'],
        unitKindsWithinUnitIds: [],
        clusterIds: [],
      },
      answerDeadline: '2024-10-20',
      respondsToPlanId: null,
    });
  }, 60_000);

  it('deletes a draft only after confirming', async () => {
    const plan = bacKanPlan();
    const api = mockGraphql({
      Me: { data: { me: WRITER } },
      Units: noUnits,
      ...pickers,
      CampaignPlan: { data: { campaignPlan: plan } },
      DeleteCampaignPlanDraft: { data: { deleteCampaignPlanDraft: plan.id } },
      CampaignPlans: {
        data: {
          campaignPlans: {
            totalCount: 0,
            totalCountCapped: false,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [],
          },
        },
      },
    });
    const { router } = renderApp('/thi-dua/ke-hoach/plan-1/sua');
    fireEvent.click(await findButton('Xóa dự thảo'));
    const asked = await waitFor(() => dialog() ?? Promise.reject(new Error('no dialog yet')));
    expect(asked.textContent).toContain(`Xóa dự thảo "${plan.title}"?`);
    fireEvent.click(getButton('Hủy', asked));
    await waitFor(() => expect(api.callsOf('DeleteCampaignPlanDraft')).toHaveLength(0));

    fireEvent.click(getButton('Xóa dự thảo', document.querySelector('main')!));
    const again = await waitFor(() => {
      const open = Array.from(document.querySelectorAll<HTMLElement>('.ant-modal-confirm')).find(
        (el) => !el.closest('.ant-zoom-leave, [hidden]') && el !== asked,
      );
      return open ?? Promise.reject(new Error('no dialog yet'));
    });
    fireEvent.click(getButton('Xóa dự thảo', again));
    await waitFor(() => expect(api.callsOf('DeleteCampaignPlanDraft')).toHaveLength(1));
    expect(api.callsOf('DeleteCampaignPlanDraft')[0]?.variables).toEqual({
      input: { id: 'plan-1', version: 3 },
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/thi-dua/ke-hoach'));
  }, 60_000);

  it('does not open a plan past draft for editing', async () => {
    mockGraphql({
      Me: { data: { me: WRITER } },
      CampaignPlan: { data: { campaignPlan: bacKanPlan({ status: 'SUBMITTED' }) } },
    });
    renderApp('/thi-dua/ke-hoach/plan-1/sua');
    expect(
      await screen.findByText(
        'Kế hoạch đang ở trạng thái "Trình ký": chỉ sửa được dự thảo.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(fieldsLabelled('Trích yếu')).toEqual([]);
  }, 60_000);

  it('keeps a reader without CAMPAIGN_MANAGE out of the editor', async () => {
    mockGraphql({ Me: { data: { me: makeViewer(['CAMPAIGN_READ']) } } });
    renderApp('/thi-dua/ke-hoach/soan-moi');
    expect(
      await screen.findByText('Không có quyền truy cập', {}, { timeout: 10_000 }),
    ).toBeTruthy();
  }, 60_000);
});
