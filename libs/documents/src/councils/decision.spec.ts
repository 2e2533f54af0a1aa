import { beforeAll, describe, expect, it } from 'vitest';
import { bacKanBangKhenDecision, bacKanGiayKhenDecision } from '../fixtures/bac-kan-council';
import { DocumentDataError } from '../nd30/text';
import { docxParts, paragraphs, runWith, runs } from '../testing/docx-xml';
import type { AwardDecisionDocument, DecisionAwardee } from './council-documents';
import { awardDecisionBody, buildAwardDecision } from './decision';
import { REWARD_ROUNDING_STEP, rewardAmount } from '@thidua/shared-domain';

async function textOf(doc: AwardDecisionDocument): Promise<{ xml: string; text: string[] }> {
  const xml = docxParts(await buildAwardDecision(doc))['word/document.xml'] ?? '';
  return { xml, text: paragraphs(xml) };
}

/** The paragraph whose text starts with `start`, and its index. */
function find(text: string[], start: string): [number, string] {
  const i = text.findIndex((t) => t.startsWith(start));
  expect(i, `no paragraph starting "${start}"`).toBeGreaterThanOrEqual(0);
  return [i, text[i] as string];
}

describe('rewardAmount', () => {
  it('multiplies the lương cơ sở and rounds up to the ten thousand đồng (NĐ 91/2017 Điều 68 k.2)', () => {
    expect(REWARD_ROUNDING_STEP).toBe(10_000);
    // Giấy khen: a collective 0,6, a person 0,3 × 2.340.000
    expect(rewardAmount(0.6, 2_340_000)).toBe(1_410_000);
    expect(rewardAmount(0.3, 2_340_000)).toBe(710_000);
    // already a multiple: no change, and no float dust (0,3 × 2.340.000 is not 701.999,99)
    expect(rewardAmount(3.0, 2_340_000)).toBe(7_020_000);
    expect(rewardAmount(1.5, 2_340_000)).toBe(3_510_000);
    // the Ban TĐKT TW's own example under NĐ 91: 0,8 × 1.390.000 = 1.112.000 → 1.120.000
    expect(rewardAmount(0.8, 1_390_000)).toBe(1_120_000);
    // a household: 1,5 × a person's 0,3
    expect(rewardAmount(1.5 * 0.3, 2_340_000)).toBe(1_060_000);
    expect(rewardAmount(0.3, 2_340_000, 1)).toBe(702_000);
    expect(rewardAmount(0, 2_340_000)).toBe(0);
  });

  it('refuses a negative multiplier, a salary that is not whole, a step below 1', () => {
    expect(() => rewardAmount(-1, 2_340_000)).toThrow(RangeError);
    expect(() => rewardAmount(0.3, 2_340_000.5)).toThrow('Mức lương cơ sở không hợp lệ');
    expect(() => rewardAmount(0.3, 2_340_000, 0)).toThrow('Mức làm tròn tiền thưởng không hợp lệ');
  });
});

describe('buildAwardDecision: the Chánh Văn phòng’s Giấy khen (25/QĐ-VP)', () => {
  let xml: string;
  let text: string[];

  beforeAll(async () => {
    ({ xml, text } = await textOf(bacKanGiayKhenDecision));
  });

  it('heads it with the office, "Số: 25/QĐ-VP" and the date, then QUYẾT ĐỊNH / Về việc tặng …', () => {
    expect(text.slice(0, 2)).toEqual(['UBND TỈNH BẮC KẠN', 'VĂN PHÒNG']);
    expect(text).toContain('Số: 25/QĐ-VP');
    expect(runWith(xml, 'Bắc Kạn, ngày 10 tháng 10 năm 2025').italic).toBe(true);
    const i = text.indexOf('QUYẾT ĐỊNH');
    expect(text[i + 1]).toMatch(
      /^Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc/,
    );
    expect(runWith(xml, 'QUYẾT ĐỊNH')).toMatchObject({ bold: true, size: 14 });
  });

  it('puts the authority line, then the căn cứ in italics (";" each, "." the last), then QUYẾT ĐỊNH:', () => {
    const [a] = find(text, 'CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BẮC KẠN');
    expect(runWith(xml, 'CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BẮC KẠN').bold).toBe(true);
    const bases = text.slice(a + 1, a + 7);
    expect(bases).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      expect.stringMatching(/^Căn cứ Nghị định số 152\/2025\/NĐ-CP .*;$/),
      expect.stringMatching(/^Căn cứ Quyết định số 12\/2025\/QĐ-UBND .* Văn phòng UBND tỉnh;$/),
      expect.stringMatching(/^Căn cứ Kế hoạch số 645\/KH-UBND ngày 25\/9\/2024 .*;$/),
      'Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Văn phòng ngày 06/10/2025;',
      'Xét đề nghị của Trưởng phòng Hành chính tổ chức - Quản trị tài vụ tại Tờ trình số 15/TTr-HCTC ngày 08/10/2025.',
    ]);
    expect(runWith(xml, 'Căn cứ Luật Thi đua').italic).toBe(true);
    expect(runWith(xml, 'Xét đề nghị của').italic).toBe(true);
    expect(text[a + 7]).toBe('QUYẾT ĐỊNH:');
    expect(runWith(xml, 'QUYẾT ĐỊNH:').bold).toBe(true);
  });

  it('writes Điều 1 (counts, list, achievement), Điều 2 (money, total, funding), Điều 3 ending ./.', () => {
    const [i, first] = find(text, 'Điều 1. ');
    expect(first).toMatch(
      /^Điều 1\. Tặng Giấy khen cho 01 tập thể và 02 cá nhân \(có danh sách kèm theo\) đã có thành tích xuất sắc trong Đợt thi đua đặc biệt .* của Đảng\.$/,
    );
    expect(text[i + 1]).toBe(
      'Điều 2. Kèm theo Giấy khen là tiền thưởng 1.410.000 đồng đối với mỗi tập thể và 710.000 đồng đối với mỗi cá nhân (theo Nghị định số 152/2025/NĐ-CP, mức lương cơ sở 2.340.000 đồng/tháng). Tổng số tiền thưởng là 2.830.000 đồng, trích từ Quỹ thi đua, khen thưởng của Văn phòng UBND tỉnh năm 2025.',
    );
    expect(text[i + 2]).toBe(
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Hành chính tổ chức - Quản trị tài vụ, Thủ trưởng các phòng, ban, đơn vị thuộc Văn phòng và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    );
    expect(runWith(xml, 'Điều 1. ').bold).toBe(true);
    expect(runWith(xml, 'Tặng Giấy khen cho').bold).toBe(false);
  });

  it('signs beside nơi nhận, the Chánh Văn phòng in his own name', () => {
    const i = text.indexOf('Nơi nhận:');
    expect(text.slice(i, i + 7)).toEqual([
      'Nơi nhận:',
      '- Như Điều 3;',
      '- Lãnh đạo Văn phòng;',
      '- Hội đồng TĐKT Văn phòng;',
      '- Lưu: VT, HCTC.',
      'CHÁNH VĂN PHÒNG',
      'Vũ Đức Chính',
    ]);
  });

  it('attaches the list on a new page, grouped by subject with amounts, sums and the total', () => {
    const title = text.indexOf('DANH SÁCH');
    expect(title).toBeGreaterThan(text.indexOf('Vũ Đức Chính'));
    const titleXml = xml.lastIndexOf('<w:p>', xml.indexOf('>DANH SÁCH<'));
    expect(xml.slice(titleXml, xml.indexOf('>DANH SÁCH<'))).toContain('<w:pageBreakBefore/>');
    expect(text.slice(title + 1, title + 3)).toEqual([
      'ĐƯỢC TẶNG GIẤY KHEN',
      '(Kèm theo Quyết định số 25/QĐ-VP ngày 10/10/2025 của Chánh Văn phòng Ủy ban nhân dân tỉnh Bắc Kạn)',
    ]);
    expect(runWith(xml, '(Kèm theo Quyết định').italic).toBe(true);
    expect(text.slice(title + 3)).toEqual([
      'STT',
      'Họ và tên / Tên tập thể',
      'Chức vụ, đơn vị',
      'Số tiền (đồng)',
      'I',
      'TẬP THỂ (01)',
      '1',
      'Phòng Khoa giáo - Văn xã',
      'Văn phòng UBND tỉnh Bắc Kạn',
      '1.410.000',
      '',
      'Cộng',
      '',
      '1.410.000',
      'II',
      'CÁ NHÂN (02)',
      '1',
      'Ông Hoàng Văn Thắng',
      'Phó Trưởng phòng Kinh tế, Văn phòng UBND tỉnh',
      '710.000',
      '2',
      'Bà Lương Thị Thu',
      'Chuyên viên Ban Tiếp công dân tỉnh',
      '710.000',
      '',
      'Cộng',
      '',
      '1.420.000',
      '',
      'Tổng cộng',
      '',
      '2.830.000',
    ]);
    expect(runWith(xml, 'Tổng cộng').bold).toBe(true);
    expect(runWith(xml, '2.830.000').bold).toBe(true);
    // amounts sit right in their column
    const amountCell = xml.slice(
      xml.lastIndexOf('<w:p>', xml.lastIndexOf('>710.000<')),
      xml.lastIndexOf('>710.000<'),
    );
    expect(amountCell).toContain('<w:jc w:val="right"/>');
  });

  it('sets every run in Times New Roman', () => {
    const all = runs(xml).filter((r) => r.text);
    expect(new Set(all.map((r) => r.font))).toEqual(new Set(['Times New Roman']));
  });
});

describe('buildAwardDecision: signatures, titles, no money, the Party form, drafts', () => {
  it('signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" for the Chủ tịch’s Bằng khen, with its 7.020.000 and 3.510.000', async () => {
    const { text } = await textOf(bacKanBangKhenDecision);
    expect(text[0]).toBe('ỦY BAN NHÂN DÂN');
    expect(text).toContain('Số: 1875/QĐ-UBND');
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN');
    expect(find(text, 'Điều 2. ')[1]).toContain(
      'là tiền thưởng 7.020.000 đồng đối với mỗi tập thể và 3.510.000 đồng đối với mỗi cá nhân (theo Nghị định số 152/2025/NĐ-CP). Tổng số tiền thưởng là 10.530.000 đồng',
    );
    const i = text.indexOf('KT. CHỦ TỊCH');
    expect(text.slice(i, i + 3)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lâm Quang Vinh']);
    expect(text).toContain('ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH');
  });

  it('signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" when the collective decides', async () => {
    const { text } = await textOf({
      ...bacKanBangKhenDecision,
      signature: {
        on: [{ mode: 'TM', of: 'Ủy ban nhân dân' }],
        title: 'Chủ tịch',
        name: 'Lâm Quang Vinh',
      },
    });
    const i = text.indexOf('TM. ỦY BAN NHÂN DÂN');
    expect(text.slice(i, i + 3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lâm Quang Vinh']);
  });

  it('quotes a danh hiệu, and says "theo danh sách" when amounts differ within a subject', async () => {
    const people: DecisionAwardee[] = [
      { subject: 'INDIVIDUAL', name: 'Ông Hoàng Văn Thắng', detail: null, amount: 2_340_000 },
      { subject: 'INDIVIDUAL', name: 'Bà Lương Thị Thu', detail: null, amount: 2_340_000 },
      { subject: 'HOUSEHOLD', name: 'Hộ ông Ma Văn Sơn', detail: 'thôn Nà Pài', amount: 3_510_000 },
      { subject: 'HOUSEHOLD', name: 'Hộ bà Hà Thị Mến', detail: 'thôn Bản Cáu', amount: 1_060_000 },
    ];
    const { text } = await textOf({
      ...bacKanGiayKhenDecision,
      award: 'Chiến sĩ thi đua cơ sở',
      awardKind: 'TITLE',
      awardees: people,
    });
    expect(find(text, 'Điều 1. ')[1]).toMatch(
      /^Điều 1\. Tặng danh hiệu "Chiến sĩ thi đua cơ sở" cho 02 cá nhân và 02 hộ gia đình \(có danh sách kèm theo\)/,
    );
    expect(find(text, 'Điều 2. ')[1]).toContain(
      'là tiền thưởng 2.340.000 đồng đối với mỗi cá nhân và mức của từng hộ gia đình theo danh sách kèm theo',
    );
    expect(find(text, 'Điều 3. ')[1]).toContain('và các cá nhân, hộ gia đình có tên tại Điều 1');
    expect(text).toContain('ĐƯỢC TẶNG DANH HIỆU "CHIẾN SĨ THI ĐUA CƠ SỞ"');
    expect(text).toContain('Chức vụ, đơn vị / địa chỉ');
    expect(text).toContain('HỘ GIA ĐÌNH (02)');
    expect(text.slice(-4)).toEqual(['', 'Tổng cộng', '', '9.250.000']);
  });

  it('leaves out the money article and column when the award carries none', async () => {
    const { text } = await textOf({
      ...bacKanGiayKhenDecision,
      reward: null,
      awardees: bacKanGiayKhenDecision.awardees.map((a) => ({ ...a, amount: null })),
    });
    expect(find(text, 'Điều 2. ')[1]).toMatch(
      /^Điều 2\. Quyết định này có hiệu lực kể từ ngày ký\./,
    );
    expect(text.some((t) => t.startsWith('Điều 3.'))).toBe(false);
    expect(text).not.toContain('Số tiền (đồng)');
    expect(text).not.toContain('Tổng cộng');
  });

  it('writes a Party decision with the HD 36 number, T/M and no ./.', async () => {
    const { text } = await textOf({
      ...bacKanGiayKhenDecision,
      issuer: {
        tree: 'PARTY',
        parentBody: 'Đảng bộ tỉnh Bắc Kạn',
        body: 'Đảng ủy Văn phòng',
        code: 'ĐU',
      },
      authority: 'Ban Thường vụ Đảng ủy Văn phòng',
      signature: {
        on: [{ mode: 'TM', of: 'Ban Thường vụ' }],
        title: 'Bí thư',
        name: 'Vũ Đức Chính',
      },
    });
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Số 25-QĐ/ĐU');
    expect(text).toContain('T/M BAN THƯỜNG VỤ');
    expect(find(text, 'Điều 3. ')[1]).toMatch(/thi hành Quyết định này\.$/);
    expect(text.join('\n')).not.toContain('./.');
    expect(text).toContain(
      '(Kèm theo Quyết định số 25-QĐ/ĐU ngày 10/10/2025 của Ban Thường vụ Đảng ủy Văn phòng)',
    );
  });

  it('leaves the number and the day blank on a draft, in the header and the appendix', async () => {
    const { text } = await textOf({
      ...bacKanGiayKhenDecision,
      number: null,
      date: { year: 2025, month: 10 },
    });
    const blank = '\u00a0'.repeat(6);
    expect(text).toContain(`Số: ${blank}/QĐ-VP`);
    expect(text).toContain(
      `(Kèm theo Quyết định số ${blank}/QĐ-VP ngày ${blank} tháng 10 năm 2025 của Chánh Văn phòng Ủy ban nhân dân tỉnh Bắc Kạn)`,
    );
  });

  it('refuses a decision without awardees, an amount missing or unwanted, no funding', () => {
    const refused = (doc: AwardDecisionDocument) => {
      try {
        awardDecisionBody(doc);
      } catch (e) {
        expect(e).toBeInstanceOf(DocumentDataError);
        return (e as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refused({ ...bacKanGiayKhenDecision, awardees: [] })).toBe(
      'Quyết định chưa có tập thể, cá nhân nào được khen thưởng.',
    );
    const missing = bacKanGiayKhenDecision.awardees.map((a, i) =>
      i === 1 ? { ...a, amount: null } : a,
    );
    expect(refused({ ...bacKanGiayKhenDecision, awardees: missing })).toBe(
      'Ông Hoàng Văn Thắng chưa có số tiền thưởng (Điều 2).',
    );
    expect(refused({ ...bacKanGiayKhenDecision, reward: null })).toBe(
      'Phòng Khoa giáo - Văn xã có số tiền thưởng nhưng quyết định không có điều khoản về tiền thưởng.',
    );
    expect(refused({ ...bacKanGiayKhenDecision, reward: { funding: ' ' } })).toBe(
      'Quyết định chưa ghi nguồn kinh phí chi tiền thưởng (Điều 2).',
    );
  });
});

describe('buildAwardDecision: 1,000 recipients', () => {
  it('builds the decision with every recipient in the danh sách and the right total', async () => {
    const awardees: DecisionAwardee[] = Array.from({ length: 1000 }, (_, i) => ({
      subject: i < 100 ? 'COLLECTIVE' : 'INDIVIDUAL',
      name: i < 100 ? `Tổ công tác số ${i + 1}` : `Ông Nguyễn Văn Người ${i + 1}`,
      detail: 'Văn phòng UBND tỉnh Bắc Kạn',
      amount: i < 100 ? 1_410_000 : 710_000,
    }));
    const started = performance.now();
    const bytes = await buildAwardDecision({ ...bacKanGiayKhenDecision, awardees });
    // issue 12 asks ≤ 5 s; printed, not asserted (the 2-core machine is shared)
    // eslint-disable-next-line no-console -- the time is for the reader of the run, as the bench prints it
    console.log(
      `decision with 1,000 recipients: ${Math.round(performance.now() - started)} ms, ${bytes.length} bytes`,
    );
    const xml = docxParts(bytes)['word/document.xml'] ?? '';
    const appendix = xml.slice(xml.indexOf('>DANH SÁCH<'));
    // rows of the list: one per recipient, plus the header, two group rows, two sums and the total
    expect(appendix.match(/<w:tr>/g)?.length).toBe(1000 + 6);
    const text = paragraphs(appendix);
    expect(text).toContain('TẬP THỂ (100)');
    expect(text).toContain('CÁ NHÂN (900)');
    expect(text).toContain('Ông Nguyễn Văn Người 1000');
    expect(text.slice(-3)).toEqual(['Tổng cộng', '', '780.000.000']);
    expect(paragraphs(xml).find((t) => t.startsWith('Điều 1. '))).toContain(
      'cho 100 tập thể và 900 cá nhân',
    );
  }, 60_000);
});
