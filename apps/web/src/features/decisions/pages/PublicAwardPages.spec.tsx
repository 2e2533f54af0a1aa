import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { explainOf, getButton } from '../../../test/antd';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

/** A decided award as the public queries return it: what the decision prints, nothing more (ADR 0022). */
const award = (overrides: Record<string, unknown> = {}) => ({
  name: 'Nguyễn Thị Hoa',
  unitName: 'Phòng Tổng hợp, Văn phòng UBND tỉnh',
  awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
  decisionNumber: '125/QĐ-UBND',
  decidedOn: '2026-11-20',
  issuerName: 'Ủy ban nhân dân tỉnh',
  goldBookNumber: 'SV-2026-0042',
  year: 2026,
  ...overrides,
});

const lookupAnswer = (
  nodes: ReturnType<typeof award>[],
  page: { hasNextPage: boolean; endCursor: string | null; totalCount?: number },
) => ({
  data: {
    publicAwardLookup: {
      totalCount: page.totalCount ?? nodes.length,
      totalCountCapped: false,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      edges: nodes.map((node) => ({ node })),
    },
  },
});

describe('VerifyCertificatePage — xác minh bằng khen, giấy khen (no sign-in)', () => {
  it('shows what the decision says of the certificate whose code the QR code carries', async () => {
    const api = mockGraphql({
      VerifyAwardCertificate: { data: { verifyAwardCertificate: award() } },
    });
    const { router } = renderApp('/xac-minh/7K3M9QX2TD');

    expect(
      await screen.findByText(
        'Bằng, giấy khen có trong quyết định khen thưởng đã ban hành',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(screen.getByText('Mã xác minh: 7K3M9QX2TD')).toBeTruthy();
    expect(screen.getByText('Nguyễn Thị Hoa')).toBeTruthy();
    expect(screen.getByText('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh')).toBeTruthy();
    expect(screen.getByText('125/QĐ-UBND')).toBeTruthy();
    expect(screen.getByText('20/11/2026')).toBeTruthy();
    expect(screen.getByText('Ủy ban nhân dân tỉnh')).toBeTruthy();
    expect(screen.getByText('SV-2026-0042')).toBeTruthy();
    expect(api.callsOf('VerifyAwardCertificate')[0]?.variables).toEqual({ code: '7K3M9QX2TD' });
    // no session was asked for, and the page stayed where it was
    expect(api.callsOf('Me')).toHaveLength(0);
    expect(router.state.location.pathname).toBe('/xac-minh/7K3M9QX2TD');
    expect(screen.getByRole('link', { name: 'Tra cứu khen thưởng theo họ tên' })).toBeTruthy();
  }, 30_000);

  it('says plainly when no certificate has the code, and opens the page of a code typed again', async () => {
    const api = mockGraphql({
      VerifyAwardCertificate: (variables) =>
        variables.code === '7K3M9QX2TD'
          ? { data: { verifyAwardCertificate: award({ goldBookNumber: null }) } }
          : gqlError('NOT_FOUND', 'Không tìm thấy giấy khen, bằng khen.'),
    });
    const { router } = renderApp('/xac-minh/7K3M9QX2T0');

    expect(
      await screen.findByText(
        'Không tìm thấy bằng, giấy khen có mã 7K3M9QX2T0. Hãy kiểm tra lại mã in dưới mã QR.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();

    // an empty code is refused before anything is asked
    const input = screen.getByLabelText('Mã in dưới mã QR');
    fireEvent.change(input, { target: { value: '  ' } });
    fireEvent.click(getButton('Xác minh'));
    expect(await screen.findByText('Vui lòng nhập mã in dưới mã QR.')).toBeTruthy();
    expect(explainOf('Mã in dưới mã QR')).toContain('Vui lòng nhập mã in dưới mã QR.');

    fireEvent.change(input, { target: { value: ' 7K3M9QX2TD ' } });
    fireEvent.click(getButton('Xác minh'));
    expect(await screen.findByText('Mã xác minh: 7K3M9QX2TD')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/xac-minh/7K3M9QX2TD');
    // no số sổ vàng printed: said, not left blank
    expect(screen.getByText('Không có')).toBeTruthy();
    expect(api.callsOf('VerifyAwardCertificate').map((c) => c.variables)).toEqual([
      { code: '7K3M9QX2T0' },
      { code: '7K3M9QX2TD' },
    ]);
  }, 30_000);
});

describe('PublicAwardLookupPage — tra cứu khen thưởng (no sign-in)', () => {
  it('asks for a name first, then lists the decided awards and loads more on "Xem thêm"', async () => {
    const api = mockGraphql({
      PublicAwardLookup: (variables) =>
        variables.after
          ? lookupAnswer(
              [award({ name: 'Nguyễn Thị Hoa', year: 2024, decisionNumber: '88/QĐ-UBND' })],
              {
                hasNextPage: false,
                endCursor: null,
                totalCount: 2,
              },
            )
          : lookupAnswer([award()], { hasNextPage: true, endCursor: 'c1', totalCount: 2 }),
    });
    renderApp('/tra-cuu-khen-thuong');

    fireEvent.click(await screen.findByRole('button', { name: 'Tra cứu' }, { timeout: 10_000 }));
    expect(await screen.findByText('Vui lòng nhập họ tên hoặc tên tập thể.')).toBeTruthy();
    expect(api.callsOf('PublicAwardLookup')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Họ tên hoặc tên tập thể'), {
      target: { value: ' nguyen thi hoa ' },
    });
    fireEvent.change(screen.getByLabelText('Đơn vị (không bắt buộc)'), {
      target: { value: 'Phòng Tổng hợp' },
    });
    fireEvent.click(getButton('Tra cứu'));

    expect(await screen.findByText('Tìm thấy 02 khen thưởng')).toBeTruthy();
    expect(
      screen.getByText(/Quyết định số 125\/QĐ-UBND ngày 20\/11\/2026 · Ủy ban nhân dân tỉnh/),
    ).toBeTruthy();
    expect(api.callsOf('PublicAwardLookup')[0]?.variables).toEqual({
      first: 20,
      after: null,
      name: 'nguyen thi hoa',
      unitName: 'Phòng Tổng hợp',
      year: null,
    });
    expect(api.callsOf('Me')).toHaveLength(0);

    fireEvent.click(getButton('Xem thêm'));
    expect(await screen.findByText(/Quyết định số 88\/QĐ-UBND/)).toBeTruthy();
    expect(api.callsOf('PublicAwardLookup')[1]?.variables).toMatchObject({ after: 'c1' });
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).toBeNull();
  }, 30_000);

  it('says so when nothing matches, and refuses a year the API would', async () => {
    const api = mockGraphql({
      PublicAwardLookup: lookupAnswer([], { hasNextPage: false, endCursor: null }),
    });
    renderApp('/tra-cuu-khen-thuong');

    fireEvent.change(
      await screen.findByLabelText('Họ tên hoặc tên tập thể', {}, { timeout: 10_000 }),
      { target: { value: 'Trần Văn Không' } },
    );
    fireEvent.change(screen.getByLabelText('Năm (không bắt buộc)'), { target: { value: '1990' } });
    fireEvent.click(getButton('Tra cứu'));
    expect(await screen.findByText('Năm phải từ 2000 đến 2100.')).toBeTruthy();
    expect(api.callsOf('PublicAwardLookup')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Năm (không bắt buộc)'), { target: { value: '2025' } });
    fireEvent.click(getButton('Tra cứu'));
    expect(
      await screen.findByText(
        'Không tìm thấy khen thưởng nào khớp với thông tin đã nhập. Hãy thử bỏ bớt đơn vị, năm hoặc chỉ nhập tên.',
      ),
    ).toBeTruthy();
    expect(api.callsOf('PublicAwardLookup')[0]?.variables).toEqual({
      first: 20,
      after: null,
      name: 'Trần Văn Không',
      unitName: null,
      year: 2025,
    });
  }, 30_000);
});
