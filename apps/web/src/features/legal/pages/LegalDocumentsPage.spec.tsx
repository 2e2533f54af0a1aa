import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { chooseOption, explainOf, findButton, getButton, typeDate } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const nd152 = {
  id: 'nd-152',
  number: '152/2025/NĐ-CP',
  kind: 'NGHI_DINH',
  name: 'Nghị định số 152/2025/NĐ-CP',
  title: 'Quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng',
  issuingBody: 'Chính phủ',
  issuedOn: '2025-06-14',
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
  status: 'IN_FORCE',
  national: true,
  canManage: false,
  version: 1,
  issuerUnit: null,
  replacedBy: null,
};

const nd98 = {
  ...nd152,
  id: 'nd-98',
  number: '98/2023/NĐ-CP',
  name: 'Nghị định số 98/2023/NĐ-CP',
  title: null,
  issuedOn: '2023-12-31',
  effectiveFrom: null,
  effectiveTo: '2025-06-30',
  status: 'REPLACED',
  replacedBy: { id: 'nd-152', name: 'Nghị định số 152/2025/NĐ-CP' },
};

const detail = (doc: typeof nd152 | typeof nd98, replaces: unknown[] = []) => ({
  data: { legalDocument: { ...doc, note: null, replaces } },
});

const page = (nodes: unknown[]) => ({
  data: {
    legalDocuments: {
      totalCount: nodes.length,
      totalCountCapped: false,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ node })),
    },
  },
});

describe('LegalDocumentsPage — văn bản căn cứ', () => {
  it('lets any signed-in user read the registry, filter it and follow a replacement', async () => {
    const api = mockGraphql({
      // no permission at all: the registry is public
      Me: { data: { me: makeViewer([]) } },
      LegalDocuments: (v) => page(v['includeReplaced'] ? [nd152, nd98] : [nd152]),
      LegalDocumentDetail: (v) =>
        v['id'] === 'nd-98'
          ? detail(nd98)
          : detail(nd152, [{ id: 'nd-98', name: nd98.name, title: null }]),
    });
    const { router } = renderApp('/thi-dua/van-ban-can-cu');

    const row = (
      await screen.findByText('Nghị định số 152/2025/NĐ-CP', {}, { timeout: 10_000 })
    ).closest('tr')!;
    expect(within(row).getByText('Chính phủ')).toBeTruthy();
    expect(within(row).getByText('14/06/2025')).toBeTruthy();
    expect(within(row).getByText('01/07/2025 – nay')).toBeTruthy();
    expect(within(row).getByText('Còn hiệu lực')).toBeTruthy();
    expect(screen.queryByText('Thêm văn bản')).toBeNull();
    expect(api.callsOf('LegalDocuments')[0]?.variables).toMatchObject({
      first: 20,
      search: null,
      kind: null,
      effectiveOn: null,
      includeReplaced: false,
    });

    await chooseOption(screen.getByLabelText('Lọc theo loại văn bản'), 'Nghị định');
    typeDate(screen.getByLabelText('Có hiệu lực vào ngày'), '30/06/2025');
    fireEvent.click(screen.getByLabelText('Gồm văn bản đã được thay thế'));
    fireEvent.change(screen.getByLabelText('Tìm kiếm văn bản căn cứ'), {
      target: { value: ' nghi dinh ' },
    });
    await waitFor(() =>
      expect(api.callsOf('LegalDocuments').at(-1)?.variables).toMatchObject({
        search: 'nghi dinh',
        kind: 'NGHI_DINH',
        effectiveOn: '2025-06-30',
        includeReplaced: true,
        after: null,
      }),
    );
    const replaced = (await screen.findByText('Nghị định số 98/2023/NĐ-CP')).closest('tr')!;
    expect(within(replaced).getByText('Đã được thay thế')).toBeTruthy();
    expect(within(replaced).getByText('… – 30/06/2025')).toBeTruthy();

    // details: what replaced it, a link that opens that document (and the address says which)
    fireEvent.click(within(replaced).getByText('Nghị định số 98/2023/NĐ-CP'));
    const drawer = (await screen.findByText('Được thay thế bởi')).closest('.ant-drawer')!;
    expect(drawer.textContent).toContain('Chưa có trích yếu (cần đối chiếu văn bản gốc)');
    expect(drawer.textContent).toContain('Văn bản trung ương');
    expect(router.state.location.search).toBe('?van-ban=nd-98');
    fireEvent.click(within(drawer as HTMLElement).getByText('Nghị định số 152/2025/NĐ-CP'));
    await waitFor(() => expect(router.state.location.search).toBe('?van-ban=nd-152'));
    expect(await screen.findByText(nd152.title, { selector: '.ant-descriptions *' })).toBeTruthy();
    // a reader without the right to change it gets no buttons to do so
    expect(screen.queryByText('Đánh dấu bị thay thế')).toBeNull();
  }, 60_000);

  it('adds a local document: the dates are checked in the form, in the API’s words', async () => {
    const created = {
      ...nd152,
      id: 'kh-1',
      number: '0125/KH-UBND',
      kind: 'KE_HOACH',
      name: 'Kế hoạch số 0125/KH-UBND',
      title: 'Phát động thi đua',
      issuingBody: 'Ủy ban nhân dân tỉnh Vĩnh Long',
      national: false,
      canManage: true,
    };
    const api = mockGraphql({
      Me: { data: { me: makeViewer(['UNIT_READ', 'LEGAL_MANAGE']) } },
      LegalDocuments: page([]),
      CreateLegalDocument: { data: { createLegalDocument: created } },
      LegalDocumentDetail: detail(created),
    });
    renderApp('/thi-dua/van-ban-can-cu');
    expect(await screen.findByText('Chưa có dữ liệu', {}, { timeout: 10_000 })).toBeTruthy();
    fireEvent.click(await findButton('Thêm văn bản'));

    const form = (await screen.findByText('Thêm văn bản căn cứ')).closest('.ant-drawer')!;
    const field = (label: string) => within(form as HTMLElement).getByLabelText(label);
    // in a drawer: no Escape, which would close the drawer
    await chooseOption(field('Loại văn bản'), 'Kế hoạch', 'ke hoach', false);
    fireEvent.change(field('Số, ký hiệu'), { target: { value: ' 0125/KH-UBND ' } });
    fireEvent.change(field('Trích yếu'), { target: { value: 'Phát động thi đua' } });
    fireEvent.change(field('Cơ quan ban hành'), {
      target: { value: 'Ủy ban nhân dân tỉnh Vĩnh Long' },
    });
    typeDate(field('Ngày ban hành'), '18/11/2025');
    typeDate(field('Ngày có hiệu lực'), '18/11/2025');
    typeDate(field('Ngày hết hiệu lực'), '01/11/2025');
    fireEvent.click(getButton('Thêm văn bản', form as HTMLElement));
    await waitFor(() =>
      expect(explainOf('Ngày hết hiệu lực')).toBe(
        'Ngày hết hiệu lực không được trước ngày có hiệu lực.',
      ),
    );
    expect(api.callsOf('CreateLegalDocument')).toHaveLength(0);

    typeDate(field('Ngày hết hiệu lực'), '30/04/2026');
    fireEvent.click(getButton('Thêm văn bản', form as HTMLElement));
    await waitFor(() => expect(api.callsOf('CreateLegalDocument')).toHaveLength(1));
    expect(api.callsOf('CreateLegalDocument')[0]?.variables).toEqual({
      input: {
        kind: 'KE_HOACH',
        number: '0125/KH-UBND',
        issuingBody: 'Ủy ban nhân dân tỉnh Vĩnh Long',
        issuerUnitId: null,
        issuedOn: '2025-11-18',
        title: 'Phát động thi đua',
        effectiveFrom: '2025-11-18',
        effectiveTo: '2026-04-30',
        note: null,
      },
    });
    // the new document opens in the details
    expect(await screen.findByText('Đã thêm Kế hoạch số 0125/KH-UBND.')).toBeTruthy();
  }, 60_000);
});
