import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { findButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const condition = (sentence: string, uncertain = false, extra: object = {}) => ({
  type: 'MANUAL',
  sentence,
  confidence: uncertain ? 'L' : 'H',
  uncertain,
  article: null,
  subjects: null,
  floor: null,
  years: null,
  award: null,
  count: null,
  scope: null,
  min: null,
  minParameter: null,
  text: sentence,
  conditions: null,
  ...extra,
});

const sourced = (uncertain = false) => ({
  article: null,
  confidence: uncertain ? 'L' : 'H',
  uncertain,
});

const version = (id: string, basis: string, from: string, to: string | null, decider: string) => ({
  id,
  awardCode: 'CSTD_CO_SO',
  track: 'CONG_TRANG',
  effectiveFrom: from,
  effectiveTo: to,
  national: true,
  shipped: true,
  edited: false,
  uncertain: to === null,
  canManage: false,
  version: 1,
  note: null,
  legalDocument: { id: `doc-${id}`, name: basis, number: basis },
  provinceUnit: null,
  decidedBy: { text: decider, level: 'UNIT', ...sourced() },
  vote: { required: true, thresholdOfMembership: 0.8, ...sourced(to === null) },
  publicNotice: { required: false, workingDays: null, ...sourced(true) },
  dossier: [
    {
      document: 'Tờ trình đề nghị xét tặng danh hiệu thi đua',
      form: to === null ? 'Mẫu số 01' : null,
      confidence: 'M',
      uncertain: false,
    },
  ],
  rewards: [{ subject: 'INDIVIDUAL', multiplier: 1, ...sourced() }],
  conditions: [
    condition('Đạt một trong các điều kiện: …', false, {
      type: 'ANY_OF',
      text: null,
      conditions: [condition('Đạt danh hiệu “Lao động tiên tiến” trong năm xét.')],
    }),
  ],
});

const cstdcs = {
  id: 'k1',
  code: 'CSTD_CO_SO',
  name: 'Chiến sĩ thi đua cơ sở',
  category: 'EMULATION_TITLE',
  subjects: ['INDIVIDUAL'],
  level: 'UNIT',
  tracks: ['CONG_TRANG'],
  national: true,
  canManage: false,
  provinceUnit: null,
  ruleVersions: [
    version(
      'v98',
      'Nghị định số 98/2023/NĐ-CP',
      '2024-01-01',
      '2025-06-30',
      'Chủ tịch UBND cấp huyện',
    ),
    version('v152', 'Nghị định số 152/2025/NĐ-CP', '2025-07-01', null, 'Chủ tịch UBND cấp xã'),
  ],
};

const param = (over: object) => ({
  id: 'p1',
  key: 'TTLDTT_LDTT_SHARE',
  label: 'Tỷ lệ tối thiểu cá nhân đạt “Lao động tiên tiến”',
  unit: 'SHARE',
  value: 0.5,
  effectiveFrom: '2024-01-01',
  effectiveTo: null,
  article: 'Điều 28',
  confidence: 'L',
  uncertain: true,
  note: null,
  national: true,
  shipped: true,
  edited: false,
  canManage: false,
  version: 1,
  legalDocument: { id: 'luat', name: 'Luật số 06/2022/QH15' },
  provinceUnit: null,
  ...over,
});

describe('AwardRulesPage — quy định khen thưởng', () => {
  it('shows every signed-in user the versions on a timeline, as sentences, [L] facts flagged', async () => {
    mockGraphql({
      Me: { data: { me: makeViewer([]) } },
      AwardKindsWithRules: { data: { awardKinds: [cstdcs] } },
      RuleParameters: {
        data: {
          ruleParameters: [
            param({}),
            param({
              id: 'p2',
              value: 0.7,
              effectiveFrom: '2025-01-01',
              confidence: 'H',
              uncertain: false,
              national: false,
              shipped: false,
              provinceUnit: { id: 'bn', name: 'Tỉnh Bắc Ninh' },
            }),
          ],
        },
      },
    });
    renderApp('/thi-dua/quy-dinh-khen-thuong');
    const row = (
      await screen.findByText('Chiến sĩ thi đua cơ sở', {}, { timeout: 10_000 })
    ).closest('tr')!;
    expect(within(row as HTMLElement).getByText('2 phiên bản')).toBeTruthy();
    // the version in force has [L] parts: the row says so
    expect(within(row as HTMLElement).getByText('Cần đối chiếu văn bản')).toBeTruthy();
    expect(screen.queryByText('Thêm phiên bản')).toBeNull();

    fireEvent.click(within(row as HTMLElement).getByRole('button'));
    const nd98 = (await screen.findByText('01/01/2024 – 30/06/2025')).closest('.ant-card')!;
    expect(nd98.textContent).toContain('Nghị định số 98/2023/NĐ-CP');
    expect(nd98.textContent).toContain('Chủ tịch UBND cấp huyện');
    expect(nd98.textContent).toContain('Đạt danh hiệu “Lao động tiên tiến” trong năm xét.');
    expect(nd98.textContent).toContain(
      'Tờ trình đề nghị xét tặng danh hiệu thi đua — không có mẫu',
    );
    const nd152 = screen.getByText('Từ 01/07/2025').closest('.ant-card')!;
    expect(nd152.textContent).toContain('Chủ tịch UBND cấp xã');
    expect(nd152.textContent).toContain(
      'Bắt buộc; tỷ lệ đồng ý từ 80% tổng số thành viên Hội đồng trở lên',
    );
    expect(nd152.textContent).toContain('Mẫu số 01');
    expect(nd152.textContent).toContain('Cá nhân: 1 lần');
    expect(within(nd152 as HTMLElement).getAllByText('Cần đối chiếu văn bản').length).toBe(2);
    expect(screen.queryByText('Sửa')).toBeNull();

    fireEvent.click(screen.getByRole('tab', { name: 'Tham số' }));
    const national = (await screen.findByText('50%')).closest('tr')!;
    expect(national.textContent).toContain('Chung toàn quốc');
    expect(national.textContent).toContain('Cần đối chiếu văn bản');
    const override = screen.getByText('70%').closest('tr')!;
    expect(override.textContent).toContain('Riêng của Tỉnh Bắc Ninh');
    expect(override.textContent).toContain('Từ 01/01/2025');
  }, 60_000);

  it('lets a rules manager correct a share, typed as a percent', async () => {
    const api = mockGraphql({
      Me: { data: { me: makeViewer(['RULES_MANAGE']) } },
      AwardKindsWithRules: { data: { awardKinds: [] } },
      RuleParameters: { data: { ruleParameters: [param({ canManage: true })] } },
      UpdateRuleParameter: { data: { updateRuleParameter: { id: 'p1' } } },
    });
    renderApp('/thi-dua/quy-dinh-khen-thuong');
    fireEvent.click(await screen.findByRole('tab', { name: 'Tham số' }, { timeout: 10_000 }));
    fireEvent.click(await findButton('Sửa'));
    const drawer = (await screen.findByText('Sửa giá trị tham số')).closest('.ant-drawer')!;
    const value = within(drawer as HTMLElement).getByLabelText('Giá trị');
    expect((value as HTMLInputElement).value).toBe('50');
    fireEvent.change(value, { target: { value: '70' } });
    fireEvent.click(within(drawer as HTMLElement).getByText('Lưu thay đổi'));
    await waitFor(() =>
      expect(api.callsOf('UpdateRuleParameter')[0]?.variables).toEqual({
        input: {
          id: 'p1',
          version: 1,
          value: 0.7,
          legalDocumentId: 'luat',
          article: 'Điều 28',
          effectiveFrom: '2024-01-01',
          effectiveTo: null,
          confidence: 'L',
          note: null,
        },
      }),
    );
  }, 60_000);
});
