import { beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { bacKanGiayKhenCertificates } from '../fixtures/bac-kan-council';
import { docxParts, paragraphs, runWith, runs } from '../testing/docx-xml';
import type { CertificatesDocument } from './council-documents';
import { CERTIFICATE_LIMITS, CERTIFICATE_RED, buildCertificates, qrCodePng } from './certificate';

/** The `<w:r>` holding exactly `text`, as XML (the colour is not among `runs()`' fields). */
function runXml(xml: string, text: string): string {
  const found = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].find((m) =>
    (m[1] ?? '').includes(`>${text}</w:t>`),
  );
  if (!found) throw new Error(`no run with "${text}"`);
  return found[0];
}

const RED = `<w:color w:val="${CERTIFICATE_RED}"/>`;

async function build(doc: CertificatesDocument) {
  const bytes = await buildCertificates(doc);
  const parts = docxParts(bytes);
  const xml = parts['word/document.xml'] ?? '';
  return { bytes, xml, text: paragraphs(xml) };
}

describe('buildCertificates: the three Giấy khen of Quyết định số 25/QĐ-VP', () => {
  let bytes: Uint8Array;
  let xml: string;
  let text: string[];

  beforeAll(async () => {
    ({ bytes, xml, text } = await build(bacKanGiayKhenCertificates));
  });

  it('lays the pages out A4 landscape (297 × 210 mm), framed by a border', () => {
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toMatch(/<w:pgBorders w:display="allPages" w:offsetFrom="page">/);
    for (const side of ['top', 'left', 'bottom', 'right']) {
      expect(xml).toMatch(new RegExp(`<w:${side} w:val="double" w:color="${CERTIFICATE_RED}"`));
    }
  });

  it('starts each certificate after the first on a new page', () => {
    expect(xml.match(/<w:pageBreakBefore\/>/g)?.length).toBe(2);
    const pages = text.join('\n').split('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').slice(1);
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => p.includes('Phòng Khoa giáo - Văn xã'))).toEqual([true, false, false]);
    expect(pages[1]).toContain('Ông Hoàng Văn Thắng');
    expect(pages[2]).toContain('Bà Lương Thị Thu');
  });

  it('prints the lines of §1.6 in order, the decider and the award in red capitals', () => {
    const i = text.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text.slice(i, i + 10)).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
      'CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BẮC KẠN',
      'TẶNG',
      'GIẤY KHEN',
      'Phòng Khoa giáo - Văn xã',
      'Văn phòng UBND tỉnh Bắc Kạn',
      expect.stringMatching(/^Đã có thành tích xuất sắc trong Đợt thi đua đặc biệt .* của Đảng$/),
      'Số quyết định: 25/QĐ-VP, ngày 10 tháng 10 năm 2025',
    ]);
    expect(runXml(xml, 'CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BẮC KẠN')).toContain(RED);
    expect(runXml(xml, 'GIẤY KHEN')).toContain(RED);
    expect(runWith(xml, 'GIẤY KHEN')).toMatchObject({ bold: true, size: 32 });
    for (const black of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TẶNG',
      'Phòng Khoa giáo - Văn xã',
    ]) {
      expect(runXml(xml, black)).not.toContain('<w:color');
    }
    expect(runWith(xml, 'TẶNG').bold).toBe(true);
    expect(runWith(xml, 'Phòng Khoa giáo - Văn xã')).toMatchObject({ bold: true, size: 22 });
  });

  it('puts the decision, the số sổ vàng (italic bold) and the QR code bottom left, the signature right', () => {
    const i = text.indexOf('Số quyết định: 25/QĐ-VP, ngày 10 tháng 10 năm 2025');
    expect(text.slice(i + 1, i + 8)).toEqual([
      'Số sổ vàng: 0125',
      '',
      'Mã xác thực: VP25-K7M3',
      'Bắc Kạn, ngày 10 tháng 10 năm 2025',
      'CHÁNH VĂN PHÒNG',
      'Vũ Đức Chính',
      '',
    ]);
    expect(runWith(xml, 'Số quyết định:')).toMatchObject({ bold: true, italic: true });
    expect(runWith(xml, 'Số sổ vàng: 0125')).toMatchObject({ bold: true, italic: true });
    expect(runWith(xml, 'Bắc Kạn, ngày 10 tháng 10 năm 2025').italic).toBe(true);
  });

  it('embeds each certificate’s QR code as the PNG of its verification URL', async () => {
    const media = Object.entries(unzipSync(bytes))
      .filter(([path]) => path.startsWith('word/media/'))
      .map(([, data]) => data);
    expect(media).toHaveLength(3);
    for (const c of bacKanGiayKhenCertificates.certificates) {
      const png = await qrCodePng(c.verifyUrl);
      expect(media.some((m) => m.length === png.length && m.every((b, k) => b === png[k]))).toBe(
        true,
      );
    }
    expect(xml).toContain('descr="https://thidua.example.vn/xac-thuc/VP25-Q2X8"');
    // 22 mm square, in EMU (914400 to the inch; docx converts 83 px at 96 dpi)
    expect(xml).toContain('<wp:extent cx="790575" cy="790575"/>');
    expect(strFromU8(unzipSync(bytes)['[Content_Types].xml'] ?? new Uint8Array())).toContain('png');
  });

  it('leaves room for the Quốc huy above the Quốc hiệu (no image of it is shipped)', () => {
    const first = xml.slice(xml.indexOf('<w:body>'), xml.indexOf('CỘNG HÒA XÃ HỘI'));
    expect(first).toMatch(
      /<w:spacing w:after="0" w:before="0" w:line="1247" w:lineRule="exact"\/>/,
    );
  });

  it('sets every run in Times New Roman', () => {
    const all = runs(xml).filter((r) => r.text);
    expect(new Set(all.map((r) => r.font))).toEqual(new Set(['Times New Roman']));
  });
});

describe('buildCertificates: a Party issuer, a danh hiệu, and what does not fit', () => {
  it('prints ĐẢNG CỘNG SẢN VIỆT NAM instead of the Quốc hiệu, "TẶNG DANH HIỆU", T/M and the Party number', async () => {
    const { xml, text } = await build({
      ...bacKanGiayKhenCertificates,
      tree: 'PARTY',
      decider: 'Ban Thường vụ Đảng ủy Văn phòng',
      awardKind: 'TITLE',
      award: 'Chiến sĩ thi đua cơ sở',
      decision: { issuerCode: 'ĐU', number: 7, date: '2025-10-10' },
      signature: {
        on: [{ mode: 'TM', of: 'Ban Thường vụ' }],
        title: 'Bí thư',
        name: 'Vũ Đức Chính',
      },
    });
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const i = text.indexOf('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text.slice(i + 2, i + 5)).toEqual([
      'BAN THƯỜNG VỤ ĐẢNG ỦY VĂN PHÒNG',
      'TẶNG DANH HIỆU',
      'CHIẾN SĨ THI ĐUA CƠ SỞ',
    ]);
    expect(runXml(xml, 'CHIẾN SĨ THI ĐUA CƠ SỞ')).toContain(RED);
    expect(text).toContain('Số quyết định: 07-QĐ/ĐU, ngày 10 tháng 10 năm 2025');
    expect(text).toContain('T/M BAN THƯỜNG VỤ');
  });

  it('leaves the số sổ vàng blank when it is not entered yet', async () => {
    const certificates = bacKanGiayKhenCertificates.certificates.map((c) => ({
      ...c,
      goldenBook: null,
    }));
    const { text } = await build({ ...bacKanGiayKhenCertificates, certificates });
    expect(text).toContain(`Số sổ vàng: ${'\u00a0'.repeat(12)}`);
  });

  it('refuses texts too long for one page, a bad URL, a code twice, an empty set', async () => {
    const [first, second] = bacKanGiayKhenCertificates.certificates;
    const withOne = (c: Partial<NonNullable<typeof first>>) =>
      buildCertificates({ ...bacKanGiayKhenCertificates, certificates: [{ ...first!, ...c }] });
    await expect(
      withOne({ achievement: 'x'.repeat(CERTIFICATE_LIMITS.achievement + 1) }),
    ).rejects.toThrow(
      `Thành tích của Phòng Khoa giáo - Văn xã dài quá ${CERTIFICATE_LIMITS.achievement} ký tự, không vừa một trang bằng khen; hãy rút gọn.`,
    );
    await expect(withOne({ verifyUrl: 'thidua/xac-thuc/1' })).rejects.toThrow(
      'Địa chỉ xác thực của bằng, giấy khen của Phòng Khoa giáo - Văn xã không hợp lệ.',
    );
    await expect(
      buildCertificates({
        ...bacKanGiayKhenCertificates,
        certificates: [first!, { ...second!, code: first!.code }],
      }),
    ).rejects.toThrow('Mã xác thực "VP25-K7M3" bị trùng.');
    await expect(
      buildCertificates({ ...bacKanGiayKhenCertificates, certificates: [] }),
    ).rejects.toThrow('Chưa có bằng, giấy khen nào để in.');
  });
});
