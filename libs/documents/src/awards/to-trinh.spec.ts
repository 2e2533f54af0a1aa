import { beforeAll, describe, expect, it } from 'vitest';
import { bacKanToTrinh } from '../fixtures/bac-kan-dossier';
import { DocumentDataError } from '../nd30/text';
import { docxParts, paragraphs, runWith, runs } from '../testing/docx-xml';
import type { ToTrinhDocument } from './award-documents';
import { buildToTrinh, toTrinhBody } from './to-trinh';

/** The tờ trình as issued: number 15, dated 08/10/2025 (the fixture itself is the unnumbered draft). */
const issued: ToTrinhDocument = { ...bacKanToTrinh, number: 15, date: '2025-10-08' };

async function textOf(doc: ToTrinhDocument): Promise<{ xml: string; text: string[] }> {
  const xml = docxParts(await buildToTrinh(doc))['word/document.xml'] ?? '';
  return { xml, text: paragraphs(xml) };
}

/** The paragraphs between two given ones (the first found after `from`). */
function between(text: string[], from: string, to: string): string[] {
  const i = text.indexOf(from);
  const j = text.indexOf(to, i + 1);
  expect(i).toBeGreaterThanOrEqual(0);
  expect(j).toBeGreaterThan(i);
  return text.slice(i + 1, j);
}

describe('buildToTrinh: the Bắc Kạn tờ trình (Mẫu số 01)', () => {
  let xml: string;
  let text: string[];

  beforeAll(async () => {
    ({ xml, text } = await textOf(issued));
  });

  it('opens with the form number, then the NĐ 30 header with the TTr number', () => {
    expect(text[0]).toBe('Mẫu số 01');
    expect(runWith(xml, 'Mẫu số 01')).toMatchObject({ bold: true, size: 13 });
    expect(xml.indexOf('Mẫu số 01')).toBeLessThan(xml.indexOf('<w:tbl>'));
    expect(xml.slice(0, xml.indexOf('Mẫu số 01'))).toContain('<w:jc w:val="right"/>');
    expect(text).toContain('VĂN PHÒNG UBND TỈNH');
    expect(runWith(xml, 'PHÒNG HÀNH CHÍNH')).toMatchObject({ bold: true, size: 13 });
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Số: 15/TTr-HCTC');
    expect(runWith(xml, 'Bắc Kạn, ngày 08 tháng 10 năm 2025').italic).toBe(true);
  });

  it('titles it TỜ TRÌNH with the trích yếu "Về việc …"', () => {
    const i = text.indexOf('TỜ TRÌNH');
    expect(i).toBeGreaterThan(0);
    expect(runWith(xml, 'TỜ TRÌNH')).toMatchObject({ bold: true, size: 14 });
    expect(text[i + 1]).toBe(`Về việc ${bacKanToTrinh.subject}`);
    expect(runWith(xml, 'Về việc đề nghị khen thưởng').bold).toBe(true);
  });

  it('writes one addressee inline, the căn cứ with the council minutes last', () => {
    const i = text.indexOf('Kính gửi: Chánh Văn phòng UBND tỉnh Bắc Kạn.');
    expect(i).toBeGreaterThan(text.indexOf('TỜ TRÌNH'));
    expect(text.slice(i + 1, i + 5)).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      expect.stringMatching(/^Căn cứ Nghị định số 152\/2025\/NĐ-CP .* khen thưởng;$/),
      expect.stringMatching(/^Căn cứ Kế hoạch số 645\/KH-UBND ngày 25\/9\/2024 .* của Đảng;$/),
      'Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Văn phòng ngày 06/10/2025;',
    ]);
    expect(text[i + 5]).toMatch(/^Thực hiện Kế hoạch phát động Đợt thi đua đặc biệt/);
  });

  it('proposes the counts in one sentence, then one line per award, and closes with ./.', () => {
    const i = text.indexOf(
      'Phòng Hành chính tổ chức - Quản trị tài vụ kính đề nghị Chánh Văn phòng xem xét, khen thưởng cho 02 tập thể và 03 cá nhân (có danh sách kèm theo), cụ thể:',
    );
    expect(i).toBeGreaterThan(0);
    expect(text.slice(i + 1, i + 4)).toEqual([
      '- Bằng khen của Chủ tịch UBND tỉnh: 01 tập thể và 01 cá nhân;',
      '- Giấy khen của Chánh Văn phòng: 01 tập thể và 02 cá nhân.',
      'Kính trình Chánh Văn phòng xem xét, quyết định./.',
    ]);
  });

  it('ends the letter with nơi nhận beside the signature', () => {
    const i = text.indexOf('Nơi nhận:');
    expect(text.slice(i, i + 7)).toEqual([
      'Nơi nhận:',
      '- Như trên;',
      '- Lãnh đạo Văn phòng;',
      '- Hội đồng TĐKT Văn phòng;',
      '- Lưu: VT, HCTC.',
      'TRƯỞNG PHÒNG',
      'Lục Văn Dũng',
    ]);
  });

  it('attaches the list on a new page, grouped by award and subject', () => {
    const title = text.indexOf('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(title).toBeGreaterThan(text.indexOf('Lục Văn Dũng'));
    // the title paragraph starts a page
    const titleXml = xml.lastIndexOf('<w:p>', xml.indexOf('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'));
    expect(xml.slice(titleXml, xml.indexOf('DANH SÁCH ĐỀ NGHỊ'))).toContain('<w:pageBreakBefore/>');
    expect(text[title + 1]).toBe(
      '(Kèm theo Tờ trình số 15/TTr-HCTC ngày 08/10/2025 của Phòng Hành chính tổ chức - Quản trị tài vụ)',
    );
    expect(runWith(xml, '(Kèm theo Tờ trình').italic).toBe(true);
    const table = text.slice(title + 2);
    expect(table.slice(0, 4)).toEqual([
      'STT',
      'Họ và tên / Tên tập thể',
      'Chức vụ, đơn vị công tác',
      'Thành tích tóm tắt',
    ]);
    const rows = table.slice(4);
    expect(rows.slice(0, 8)).toEqual([
      'I',
      'BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH',
      '',
      'Tập thể (01)',
      '1',
      'Trung tâm Phục vụ hành chính công tỉnh',
      'Văn phòng UBND tỉnh Bắc Kạn',
      expect.stringMatching(/^Giải quyết đúng hạn 99,2%/),
    ]);
    expect(between(rows, 'II', 'Cá nhân (02)')).toEqual([
      'GIẤY KHEN CỦA CHÁNH VĂN PHÒNG',
      '',
      'Tập thể (01)',
      '1',
      'Phòng Khoa giáo - Văn xã',
      'Văn phòng UBND tỉnh Bắc Kạn',
      expect.stringContaining('Chung tay xóa nhà tạm'),
      '',
    ]);
    const individuals = rows.slice(rows.indexOf('Cá nhân (02)') + 1);
    expect(individuals.filter((_, k) => k % 4 < 2)).toEqual([
      '1',
      'Ông Hoàng Văn Thắng',
      '2',
      'Bà Lương Thị Thu',
    ]);
    // group rows span the three columns after STT
    expect(xml.match(/<w:gridSpan w:val="3"\/>/g)?.length).toBe(6);
    expect(runWith(xml, 'BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH')).toMatchObject({
      bold: true,
      size: 13,
    });
  });

  it('sets every run in Times New Roman', () => {
    const all = runs(xml).filter((r) => r.text);
    expect(new Set(all.map((r) => r.font))).toEqual(new Set(['Times New Roman']));
  });
});

describe('buildToTrinh: drafts, addressees, households and the Party form', () => {
  it('leaves the number and the day blank on a draft, in the header and the appendix', async () => {
    const { text } = await textOf(bacKanToTrinh);
    const blank = '\u00a0'.repeat(6);
    expect(text).toContain(`Số: ${blank}/TTr-HCTC`);
    expect(text).toContain(
      `(Kèm theo Tờ trình số ${blank}/TTr-HCTC ngày ${blank} tháng 10 năm 2025 của Phòng Hành chính tổ chức - Quản trị tài vụ)`,
    );
  });

  it('lists several addressees under "Kính gửi:", the last closed with a full stop', async () => {
    const { xml, text } = await textOf({
      ...issued,
      addressees: ['Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn;', 'Sở Nội vụ'],
    });
    const i = text.indexOf('Kính gửi: - Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn;');
    expect(i).toBeGreaterThan(0);
    expect(text[i + 1]).toBe('- Sở Nội vụ.');
    // aligned on a tab stop, under the first addressee
    expect(xml).toMatch(/<w:tabs><w:tab w:val="left" w:pos="\d+"\/><\/w:tabs>/);
  });

  it('counts households and names them in the list and its headings', async () => {
    const doc: ToTrinhDocument = {
      ...issued,
      awards: [
        ...issued.awards.slice(0, 1),
        { ...(issued.awards[1] as ToTrinhDocument['awards'][number]), households: 1 },
      ],
      nominees: [
        ...issued.nominees,
        {
          subject: 'HOUSEHOLD',
          name: 'Hộ ông Ma Văn Sơn',
          detail: 'thôn Nà Pài, xã Thanh Mai',
          award: 'Giấy khen của Chánh Văn phòng',
          achievement: null,
        },
      ],
    };
    const { text } = await textOf(doc);
    expect(text.some((t) => t.includes('cho 02 tập thể, 03 cá nhân và 01 hộ gia đình ('))).toBe(
      true,
    );
    expect(text).toContain(
      '- Giấy khen của Chánh Văn phòng: 01 tập thể, 02 cá nhân và 01 hộ gia đình.',
    );
    expect(text).toContain('Chức vụ, đơn vị / địa chỉ');
    expect(text).toContain('Hộ gia đình (01)');
    expect(text).toContain('Hộ ông Ma Văn Sơn');
  });

  it('writes a Party tờ trình with the HD 36 number and no ./.', async () => {
    const { text } = await textOf({
      ...issued,
      issuer: {
        tree: 'PARTY',
        parentBody: 'Đảng bộ tỉnh Bắc Kạn',
        body: 'Đảng ủy Văn phòng',
        code: 'ĐU',
      },
    });
    expect(text).toContain('Số 15-TTr/ĐU');
    expect(text).toContain('Kính trình Chánh Văn phòng xem xét, quyết định.');
    expect(text.join('\n')).not.toContain('./.');
  });

  it('takes the proposing unit from the issuer when the document does not name it', () => {
    const { proposer: _, ...rest } = issued;
    const body = toTrinhBody(rest);
    expect(body).toContain(
      'Phòng Hành chính tổ chức - Quản trị tài vụ kính đề nghị Chánh Văn phòng xem xét, khen thưởng cho 02 tập thể và 03 cá nhân (có danh sách kèm theo), cụ thể:',
    );
  });
});

describe('buildToTrinh: refuses a tờ trình that does not match its list', () => {
  const refused = (doc: ToTrinhDocument) => {
    try {
      toTrinhBody(doc);
    } catch (e) {
      expect(e).toBeInstanceOf(DocumentDataError);
      return (e as Error).message;
    }
    throw new Error('accepted');
  };

  it('with nobody proposed', async () => {
    await expect(buildToTrinh({ ...issued, nominees: [] })).rejects.toThrow(
      'Tờ trình chưa có tập thể, cá nhân nào được đề nghị khen thưởng (danh sách kèm theo trống).',
    );
  });

  it('when an award’s counts differ from the list', () => {
    const awards = issued.awards.map((a, i) => (i === 1 ? { ...a, individuals: 3 } : a));
    expect(refused({ ...issued, awards })).toBe(
      'Số lượng đề nghị "Giấy khen của Chánh Văn phòng" (01 tập thể và 03 cá nhân) không khớp với danh sách kèm theo (01 tập thể và 02 cá nhân).',
    );
  });

  it('when a nominee’s award is not in the proposal', () => {
    const nominees = issued.nominees.map((n, i) =>
      i === 4 ? { ...n, award: 'Bằng khen của Bộ trưởng' } : n,
    );
    const awards = issued.awards.map((a, i) => (i === 1 ? { ...a, individuals: 1 } : a));
    expect(refused({ ...issued, nominees, awards })).toBe(
      'Bà Lương Thị Thu được đề nghị "Bằng khen của Bộ trưởng", hình thức này chưa có trong nội dung tờ trình.',
    );
  });

  it('when an award proposes nobody, twice, or a count is not a whole number', () => {
    const first = issued.awards[0] as ToTrinhDocument['awards'][number];
    expect(
      refused({
        ...issued,
        awards: [
          ...issued.awards,
          { award: 'Bằng khen của Bộ trưởng', collectives: 0, individuals: 0, households: 0 },
        ],
      }),
    ).toBe('Hình thức "Bằng khen của Bộ trưởng" chưa có tập thể, cá nhân nào được đề nghị.');
    expect(refused({ ...issued, awards: [...issued.awards, first] })).toBe(
      'Hình thức "Bằng khen của Chủ tịch UBND tỉnh" được ghi hai lần trong tờ trình.',
    );
    expect(
      refused({ ...issued, awards: [{ ...first, individuals: 1.5 }, ...issued.awards.slice(1)] }),
    ).toBe(
      'Số cá nhân đề nghị "Bằng khen của Chủ tịch UBND tỉnh" phải là số nguyên không âm (đang là 1.5).',
    );
  });

  it('without an addressee or an authority', () => {
    expect(refused({ ...issued, addressees: [' '] })).toBe('Tờ trình chưa có nơi kính gửi.');
    expect(refused({ ...issued, authority: '' })).toBe(
      'Tờ trình chưa nêu cấp có thẩm quyền khen thưởng.',
    );
  });
});
