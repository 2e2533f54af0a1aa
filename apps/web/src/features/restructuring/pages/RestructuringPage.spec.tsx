import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, explainOf, findButton, getButton, typeDate } from '../../../test/antd';
import { makeUnitDetail, makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const commune = { id: 'k-commune', code: 'COMMUNE', name: 'Ủy ban nhân dân xã, phường, đặc khu' };
const province = makeUnitDetail({ childCount: 3 });
const phuThuan = makeUnitDetail({
  id: 'u-phuthuan',
  code: 'VLG-X-PHUTHUAN',
  name: 'Ủy ban nhân dân xã Phú Thuận',
  parentId: 'u-vlg',
  parent: { id: 'u-vlg', name: province.name, canOpen: true },
  depth: 1,
  kind: commune,
});
const tanMy = makeUnitDetail({
  id: 'u-tanmy',
  code: 'VLG-X-TANMY',
  name: 'Ủy ban nhân dân xã Tân Mỹ',
  parentId: 'u-vlg',
  parent: { id: 'u-vlg', name: province.name, canOpen: true },
  depth: 1,
  kind: commune,
});
const all = [province, phuThuan, tanMy];
const option = (u: typeof province) => ({
  id: u.id,
  code: u.code,
  name: u.name,
  shortName: u.shortName,
  depth: u.depth,
  parent: u.parent,
});

const preview = {
  kind: 'MERGE',
  effectiveDate: '2025-07-01',
  units: [
    {
      action: 'ENDED',
      unitId: 'u-phuthuan',
      code: 'VLG-X-PHUTHUAN',
      nameBefore: phuThuan.name,
      nameAfter: null,
      parentBefore: province.name,
      parentAfter: null,
    },
    {
      action: 'ENDED',
      unitId: 'u-tanmy',
      code: 'VLG-X-TANMY',
      nameBefore: tanMy.name,
      nameAfter: null,
      parentBefore: province.name,
      parentAfter: null,
    },
    {
      action: 'CREATED',
      unitId: null,
      code: 'VLG-X-PHUTAN',
      nameBefore: null,
      nameAfter: 'Ủy ban nhân dân xã Phú Tân',
      parentBefore: null,
      parentAfter: province.name,
    },
  ],
  carried: [
    { module: 'people', label: 'Vị trí công tác chuyển sang đơn vị kế thừa', count: 1234 },
    { module: 'identity', label: 'Tài khoản chuyển sang đơn vị kế thừa', count: 2 },
  ],
  scopesCarried: [
    {
      holderName: 'Võ Thị Thuận',
      roleName: 'Cán bộ thi đua – khen thưởng',
      fromUnit: phuThuan.name,
      toUnit: 'Ủy ban nhân dân xã Phú Tân',
    },
  ],
  openWork: [],
  warnings: ['Xã Phú Thuận có 3 đơn vị trực thuộc sẽ chuyển sang xã Phú Tân.'],
};

function mockApi(extra: Parameters<typeof mockGraphql>[0] = {}) {
  return mockGraphql({
    Me: { data: { me: makeViewer(['UNIT_READ', 'UNIT_RESTRUCTURE']) } },
    Unit: (v) => ({ data: { unit: option(all.find((u) => u.id === v['id']) ?? province) } }),
    UnitDetail: (v) => ({ data: { unit: all.find((u) => u.id === v['id']) ?? province } }),
    Units: {
      data: {
        units: {
          totalCount: 3,
          totalCountCapped: false,
          edges: all.map((u) => ({ node: option(u) })),
        },
      },
    },
    UnitKinds: {
      data: {
        unitKinds: [
          {
            ...commune,
            tree: 'GOVERNMENT',
            allowedParentCodes: ['PROVINCE'],
            canBeRoot: false,
            legalPersonDefault: true,
            sortOrder: 3,
          },
        ],
      },
    },
    ...extra,
  });
}

const step = (n: number) => screen.getByTestId(`wizard-step-${n}`);

async function fillLegalBasis() {
  fireEvent.change(screen.getByLabelText('Số, ký hiệu văn bản'), {
    target: { value: '1656/NQ-UBTVQH15' },
  });
  typeDate(screen.getByLabelText('Ngày ban hành'), '16/06/2025');
  typeDate(screen.getByLabelText('Ngày có hiệu lực'), '01/07/2025');
  await waitFor(() =>
    expect((screen.getByLabelText('Ngày có hiệu lực') as HTMLInputElement).value).toBe(
      '01/07/2025',
    ),
  );
}

describe('RestructuringPage — sáp nhập', () => {
  it('shows the preview before anything changes, then merges after a confirmation naming what ends', async () => {
    const api = mockApi({
      PreviewMergeUnits: { data: { previewMergeUnits: preview } },
      MergeUnits: {
        data: {
          mergeUnits: {
            id: 'r-1',
            kind: 'MERGE',
            effectiveDate: '2025-07-01',
            legalBasisNumber: '1656/NQ-UBTVQH15',
            legalBasisDate: '2025-06-16',
            legalBasisTitle: null,
            note: null,
            createdAt: '2025-06-20T03:00:00.000Z',
            actorName: 'Nguyễn Quản Trị',
            sources: [phuThuan, tanMy].map((u) => ({ id: u.id, code: u.code, name: u.name })),
            results: [{ id: 'u-phutan', code: 'VLG-X-PHUTAN', name: 'Ủy ban nhân dân xã Phú Tân' }],
          },
        },
      },
    });
    renderApp('/to-chuc/sap-xep?thao-tac=sap-nhap&don-vi=u-phuthuan');

    // step 1: the unit chosen on its page is the first source; add the second, describe the new unit
    const sources = await screen.findByLabelText('Các đơn vị sáp nhập', {}, { timeout: 10_000 });
    expect((await screen.findAllByText(phuThuan.name)).length).toBeGreaterThan(0);
    await chooseOption(sources, tanMy.name);
    fireEvent.change(screen.getByLabelText('Tên đơn vị mới'), {
      target: { value: 'Ủy ban nhân dân xã Phú Tân' },
    });
    fireEvent.change(screen.getByLabelText('Mã đơn vị mới'), { target: { value: 'VLG-X-PHUTAN' } });
    await chooseOption(screen.getByLabelText('Đơn vị cấp trên của đơn vị mới'), province.name);
    fireEvent.click(getButton('Tiếp tục'));

    // step 2: legal basis and effective date
    await waitFor(() => expect(step(2).hidden).toBe(false));
    expect(step(1).hidden).toBe(true);
    await fillLegalBasis();
    fireEvent.click(getButton('Xem trước thay đổi'));

    // step 3: the preview, computed by the API; nothing has been merged yet
    const panel = await screen.findByTestId('restructuring-preview');
    expect(within(panel).getByText('Sáp nhập, có hiệu lực từ ngày 01/07/2025.')).toBeTruthy();
    expect(within(panel).getAllByText('Kết thúc hoạt động')).toHaveLength(2);
    expect(within(panel).getByText('Thành lập mới')).toBeTruthy();
    expect(within(panel).getByText('1.234')).toBeTruthy();
    expect(within(panel).getByText('Vị trí công tác chuyển sang đơn vị kế thừa')).toBeTruthy();
    expect(
      within(panel).getByText('Xã Phú Thuận có 3 đơn vị trực thuộc sẽ chuyển sang xã Phú Tân.'),
    ).toBeTruthy();
    expect(
      within(panel).getByText(
        `Võ Thị Thuận — Cán bộ thi đua – khen thưởng: từ ${phuThuan.name} sang Ủy ban nhân dân xã Phú Tân`,
      ),
    ).toBeTruthy();
    expect(api.callsOf('PreviewMergeUnits')[0]?.variables).toEqual({
      input: {
        sourceUnitIds: ['u-phuthuan', 'u-tanmy'],
        targetUnitId: null,
        newUnit: {
          code: 'VLG-X-PHUTAN',
          name: 'Ủy ban nhân dân xã Phú Tân',
          shortName: null,
          kindCode: 'COMMUNE',
          legalPerson: true,
        },
        newUnitParentId: 'u-vlg',
        effectiveDate: '2025-07-01',
        legalBasis: { number: '1656/NQ-UBTVQH15', date: '2025-06-16', title: null },
        note: null,
      },
    });
    expect(api.callsOf('MergeUnits')).toHaveLength(0);

    // step 4: confirm; the dialog names the units that end
    fireEvent.click(getButton('Tiếp tục'));
    fireEvent.click(await findButton('Thực hiện sáp nhập'));
    const dialog = await screen.findByTestId('restructuring-confirm');
    expect(dialog.textContent).toContain(
      'Các đơn vị sau sẽ kết thúc hoạt động từ ngày 01/07/2025:',
    );
    expect(within(dialog).getByText(phuThuan.name)).toBeTruthy();
    expect(within(dialog).getByText(tanMy.name)).toBeTruthy();
    expect(api.callsOf('MergeUnits')).toHaveLength(0);
    const confirmDialog = dialog.closest('.ant-modal') as HTMLElement;
    fireEvent.click(getButton('Thực hiện sáp nhập', confirmDialog));

    expect(await screen.findByText('Đã sáp nhập đơn vị')).toBeTruthy();
    expect(api.callsOf('MergeUnits')[0]?.variables).toEqual(
      api.callsOf('PreviewMergeUnits')[0]?.variables,
    );
    expect(
      screen.getByText(
        'Theo Nghị quyết số 1656/NQ-UBTVQH15 ngày 16/06/2025, có hiệu lực từ ngày 01/07/2025.',
      ),
    ).toBeTruthy();
    const links = screen
      .getAllByText('Ủy ban nhân dân xã Phú Tân')
      .map((el) => el.closest('a')?.getAttribute('href'))
      .filter(Boolean);
    expect(links).toEqual(['/to-chuc/don-vi/u-phutan']);
  }, 60_000);

  it('does not merge when the confirmation is cancelled', async () => {
    const api = mockApi({
      PreviewDissolveUnit: {
        data: { previewDissolveUnit: { ...preview, kind: 'DISSOLVE', units: [preview.units[0]] } },
      },
    });
    renderApp('/to-chuc/sap-xep?thao-tac=giai-the&don-vi=u-phuthuan');
    await screen.findAllByText(phuThuan.name, {}, { timeout: 10_000 });
    fireEvent.click(getButton('Tiếp tục'));
    await waitFor(() => expect(step(2).hidden).toBe(false));
    await fillLegalBasis();
    fireEvent.click(getButton('Xem trước thay đổi'));
    await screen.findByTestId('restructuring-preview');
    fireEvent.click(getButton('Tiếp tục'));
    fireEvent.click(await findButton('Thực hiện giải thể'));
    await screen.findByTestId('restructuring-confirm');
    fireEvent.click(
      getButton('Hủy', screen.getByTestId('restructuring-confirm').closest('.ant-modal')!),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.callsOf('DissolveUnit')).toHaveLength(0);
    expect(screen.queryByText('Đã giải thể đơn vị')).toBeNull();
  }, 60_000);
});

describe('RestructuringPage — lỗi theo từng bước', () => {
  it('puts each server message under its field, on the step that field is on', async () => {
    let answer = 0;
    const api = mockApi({
      PreviewDissolveUnit: () => {
        answer += 1;
        return answer === 1
          ? gqlError('BAD_USER_INPUT', 'Dữ liệu nhập chưa hợp lệ.', {
              fields: {
                'input.effectiveDate': ['Ngày có hiệu lực không được trước ngày ban hành văn bản.'],
              },
            })
          : gqlError('BAD_USER_INPUT', 'Dữ liệu nhập chưa hợp lệ.', {
              fields: { 'input.unitId': ['Đơn vị còn 2 đơn vị trực thuộc đang hoạt động.'] },
            });
      },
    });
    renderApp('/to-chuc/sap-xep?thao-tac=giai-the&don-vi=u-phuthuan');
    await screen.findAllByText(phuThuan.name, {}, { timeout: 10_000 });
    fireEvent.click(getButton('Tiếp tục'));
    await waitFor(() => expect(step(2).hidden).toBe(false));
    await fillLegalBasis();

    // a legal-basis problem: the wizard stays on step 2 with the message under the date
    fireEvent.click(getButton('Xem trước thay đổi'));
    await waitFor(() =>
      expect(explainOf('Ngày có hiệu lực')).toContain(
        'Ngày có hiệu lực không được trước ngày ban hành văn bản.',
      ),
    );
    expect(step(2).hidden).toBe(false);
    expect(screen.queryByTestId('restructuring-preview')).toBeNull();
    expect(api.callsOf('PreviewDissolveUnit')[0]?.variables).toMatchObject({
      input: { unitId: 'u-phuthuan', effectiveDate: '2025-07-01' },
    });

    // a problem with the unit: back to step 1, under the unit picker
    fireEvent.click(getButton('Xem trước thay đổi'));
    await waitFor(() => expect(step(1).hidden).toBe(false));
    expect(step(2).hidden).toBe(true);
    await waitFor(() =>
      expect(explainOf('Đơn vị')).toContain('Đơn vị còn 2 đơn vị trực thuộc đang hoạt động.'),
    );
    // the first answer's message went: this input was asked about afresh
    await waitFor(() => expect(explainOf('Ngày có hiệu lực')).not.toContain('không được trước'));
  }, 60_000);

  it('checks the form before asking the API: a merge needs two sources and a legal basis', async () => {
    const api = mockApi();
    renderApp('/to-chuc/sap-xep?thao-tac=sap-nhap&don-vi=u-phuthuan');
    await screen.findAllByText(phuThuan.name, {}, { timeout: 10_000 });
    fireEvent.click(getButton('Tiếp tục'));
    await waitFor(() =>
      expect(explainOf('Các đơn vị sáp nhập')).toContain(
        'Chọn ít nhất hai đơn vị, hoặc một đơn vị khi sáp nhập vào đơn vị có sẵn.',
      ),
    );
    expect(explainOf('Tên đơn vị mới')).toContain('Vui lòng nhập tên đơn vị.');
    expect(step(1).hidden).toBe(false);
    expect(api.callsOf('PreviewMergeUnits')).toHaveLength(0);
  }, 60_000);
});

describe('RestructuringPage — chia tách và xem trước', () => {
  it('splits one unit into the new units listed, and shows a preview with nothing to carry over', async () => {
    const api = mockApi({
      PreviewSplitUnit: {
        data: {
          previewSplitUnit: {
            kind: 'SPLIT',
            effectiveDate: '2025-07-01',
            units: [
              { ...preview.units[0], action: 'ENDED' },
              {
                action: 'CREATED',
                unitId: null,
                code: 'VLG-X-PT1',
                nameBefore: null,
                nameAfter: 'Ủy ban nhân dân xã Phú Thuận A',
                parentBefore: null,
                parentAfter: province.name,
              },
              {
                action: 'CREATED',
                unitId: null,
                code: 'VLG-X-PT2',
                nameBefore: null,
                nameAfter: 'Ủy ban nhân dân xã Phú Thuận B',
                parentBefore: null,
                parentAfter: province.name,
              },
            ],
            carried: [],
            scopesCarried: [],
            openWork: [{ module: 'campaigns', label: 'Phong trào thi đua đang mở', count: 3 }],
            warnings: [],
          },
        },
      },
    });
    renderApp('/to-chuc/sap-xep?thao-tac=chia-tach&don-vi=u-phuthuan');
    await screen.findAllByText(phuThuan.name, {}, { timeout: 10_000 });

    // two new units to describe from the start; their kind follows the unit split
    await waitFor(() => expect(screen.getAllByText(commune.name).length).toBe(2), {
      timeout: 10_000,
    });
    const names = ['Ủy ban nhân dân xã Phú Thuận A', 'Ủy ban nhân dân xã Phú Thuận B'];
    names.forEach((name, index) => {
      fireEvent.change(screen.getByLabelText(`Tên đơn vị mới ${index + 1}`), {
        target: { value: name },
      });
      fireEvent.change(screen.getByLabelText(`Mã đơn vị mới ${index + 1}`), {
        target: { value: `VLG-X-PT${index + 1}` },
      });
    });
    fireEvent.click(getButton('Tiếp tục'));
    await waitFor(() => expect(step(2).hidden).toBe(false));
    await fillLegalBasis();
    fireEvent.click(getButton('Xem trước thay đổi'));

    const panel = await screen.findByTestId('restructuring-preview');
    expect(within(panel).getByText('Chia tách, có hiệu lực từ ngày 01/07/2025.')).toBeTruthy();
    expect(within(panel).getAllByText('Thành lập mới')).toHaveLength(2);
    expect(within(panel).getByText('Không có phân quyền nào cần chuyển.')).toBeTruthy();
    expect(within(panel).getByText('Phong trào thi đua đang mở')).toBeTruthy();
    expect(within(panel).queryByText('Lưu ý')).toBeNull();
    expect(api.callsOf('PreviewSplitUnit')[0]?.variables).toMatchObject({
      input: {
        sourceUnitId: 'u-phuthuan',
        newUnits: [
          { code: 'VLG-X-PT1', name: names[0], kindCode: 'COMMUNE' },
          { code: 'VLG-X-PT2', name: names[1], kindCode: 'COMMUNE' },
        ],
        effectiveDate: '2025-07-01',
      },
    });
  }, 60_000);
});
