import { beforeAll, describe, expect, it } from 'vitest';
import { bacKanCouncilMinutes } from '../fixtures/bac-kan-council';
import { DocumentDataError } from '../nd30/text';
import { docxParts, paragraphs, runWith, runs } from '../testing/docx-xml';
import type { CouncilMinutesDocument } from './council-documents';
import { buildCouncilMinutes, councilMinutesBody } from './minutes';

async function textOf(doc: CouncilMinutesDocument): Promise<{ xml: string; text: string[] }> {
  const xml = docxParts(await buildCouncilMinutes(doc))['word/document.xml'] ?? '';
  return { xml, text: paragraphs(xml) };
}

const HASH = '9c1f0e6b2a7d4c3e8f5a1b0c9d2e7f6a3b4c5d6e7f8091a2b3c4d5e6f708192a';

describe('buildCouncilMinutes: the Bắc Kạn office council, 06/10/2025', () => {
  let xml: string;
  let text: string[];

  beforeAll(async () => {
    ({ xml, text } = await textOf(bacKanCouncilMinutes));
  });

  it('heads it as the council’s biên bản: BB-HĐTĐKT number, the meeting’s date', () => {
    expect(text.slice(0, 4)).toEqual([
      'UBND TỈNH BẮC KẠN',
      'VĂN PHÒNG',
      'HỘI ĐỒNG THI ĐUA -',
      'KHEN THƯỞNG',
    ]);
    expect(runWith(xml, 'HỘI ĐỒNG THI ĐUA -').bold).toBe(true);
    expect(runWith(xml, 'VĂN PHÒNG').bold).toBe(false);
    expect(text).toContain('Số: 03/BB-HĐTĐKT');
    expect(runWith(xml, 'Bắc Kạn, ngày 06 tháng 10 năm 2025').italic).toBe(true);
  });

  it('titles it BIÊN BẢN / HỌP HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG / V/v …, in that order', () => {
    const i = text.indexOf('BIÊN BẢN');
    expect(text[i + 1]).toBe('HỌP HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG');
    expect(text[i + 2]).toMatch(/^V\/v xét, đề nghị khen thưởng Đợt thi đua đặc biệt .* của Đảng$/);
    expect(runWith(xml, 'HỌP HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG')).toMatchObject({
      bold: true,
      size: 14,
    });
    expect(runWith(xml, 'V/v xét').bold).toBe(true);
  });

  it('opens with time, place, the chair and the secretary, labels in bold', () => {
    const i = text.findIndex((t) => t.startsWith('Thời gian:'));
    expect(text.slice(i, i + 4)).toEqual([
      'Thời gian: bắt đầu hồi 08 giờ 00 phút, ngày 06 tháng 10 năm 2025.',
      'Địa điểm: Phòng họp tầng 2, trụ sở Văn phòng UBND tỉnh Bắc Kạn.',
      'Chủ trì: Đ/c Vũ Đức Chính, Chánh Văn phòng, Chủ tịch Hội đồng.',
      'Thư ký: Đ/c Lục Văn Dũng, Trưởng phòng Hành chính tổ chức - Quản trị tài vụ, Ủy viên kiêm Thư ký Hội đồng.',
    ]);
    expect(runWith(xml, 'Thời gian:').bold).toBe(true);
    expect(runWith(xml, ' bắt đầu hồi').bold).toBe(false);
  });

  it('lists the members present by number and role, each absent one with the written opinion, the guests', () => {
    const i = text.indexOf('I. THÀNH PHẦN THAM DỰ');
    expect(text[i + 1]).toBe(
      'Hội đồng Thi đua - Khen thưởng Văn phòng UBND tỉnh Bắc Kạn có 09 thành viên; có mặt 07 thành viên, vắng mặt 02 thành viên.',
    );
    expect(text[i + 2]).toBe('Thành viên Hội đồng có mặt:');
    const present = text.slice(i + 3, i + 10);
    expect(present.map((t) => t.slice(0, 3))).toEqual([
      '1. ',
      '2. ',
      '3. ',
      '4. ',
      '5. ',
      '6. ',
      '7. ',
    ]);
    expect(present[0]).toBe('1. Đ/c Vũ Đức Chính, Chánh Văn phòng, Chủ tịch Hội đồng;');
    expect(present[6]).toBe(
      '7. Đ/c Ma Thị Nguyệt, Giám đốc Trung tâm Thông tin - Công báo, Ủy viên.',
    );
    expect(text.slice(i + 10, i + 13)).toEqual([
      'Thành viên Hội đồng vắng mặt:',
      '- Đ/c Đàm Văn Toàn, Phó Chánh Văn phòng, Phó Chủ tịch Hội đồng: vắng mặt (đi công tác); có ý kiến bằng văn bản: đồng ý với danh sách đề nghị khen thưởng do Thường trực Hội đồng trình;',
      '- Đ/c Nông Văn Hải, Trưởng phòng Kinh tế, Ủy viên: vắng mặt (nghỉ ốm); có ý kiến bằng văn bản: đồng ý đề nghị khen thưởng các tập thể, cá nhân trong danh sách, không đồng ý đối với ông Ma Văn Hùng.',
    ]);
    expect(text.slice(i + 13, i + 15)).toEqual([
      'Khách mời (tham dự, phát biểu ý kiến, không biểu quyết):',
      '- Đ/c Lý Thị Hoa, Chuyên viên Ban Thi đua - Khen thưởng, Sở Nội vụ.',
    ]);
  });

  it('states the công khai result and how the comment was handled before the discussion', () => {
    const i = text.indexOf('II. NỘI DUNG CUỘC HỌP');
    expect(text[i + 1]).toBe(
      'Kết quả công khai, lấy ý kiến: danh sách đề nghị khen thưởng đã được công khai trên Trang thông tin điện tử của Văn phòng UBND tỉnh từ ngày 29 tháng 9 năm 2025 đến ngày 03 tháng 10 năm 2025; nhận được 01 ý kiến, phản ánh; kết quả xử lý: ý kiến đề nghị làm rõ số liệu thành tích của Phòng Khoa giáo - Văn xã; Thường trực Hội đồng đã kiểm tra, đơn vị bổ sung báo cáo ngày 03/10/2025, số liệu đúng.',
    );
    expect(text[i + 2]).toMatch(/^Đồng chí Chủ tịch Hội đồng quán triệt/);
  });

  it('gives the method and the table of votes, each share on the nine members, then the ranking note', () => {
    const i = text.indexOf('III. KẾT QUẢ BỎ PHIẾU');
    expect(text[i + 1]).toBe(
      'Hội đồng bỏ phiếu kín bằng phiếu giấy; Ban kiểm phiếu kiểm phiếu và lập biên bản kiểm phiếu kèm theo. Tỷ lệ phiếu đồng ý tính trên tổng số 09 thành viên Hội đồng (ý kiến bằng văn bản của 02 thành viên vắng mặt được tính vào kết quả). Kết quả như sau:',
    );
    expect(text.slice(i + 2, i + 8)).toEqual([
      'STT',
      'Tên cá nhân/tập thể',
      'Danh hiệu, hình thức',
      'Số phiếu đồng ý',
      'Tỷ lệ % (trên tổng số thành viên)',
      'Kết quả',
    ]);
    const rows = text.slice(i + 8, i + 8 + 7 * 6);
    const row = (n: number) => rows.slice(n * 6, n * 6 + 6);
    expect(row(0)).toEqual([
      '1',
      'Trung tâm Phục vụ hành chính công tỉnh, Văn phòng UBND tỉnh Bắc Kạn',
      'Bằng khen của Chủ tịch UBND tỉnh',
      '9',
      '100%',
      'Đạt',
    ]);
    expect(row(3)).toEqual([
      '4',
      'Ông Hoàng Văn Thắng, Phó Trưởng phòng Kinh tế, Văn phòng UBND tỉnh',
      'Giấy khen của Chánh Văn phòng',
      '8',
      '88,88%',
      'Đạt',
    ]);
    expect(row(5).slice(3)).toEqual(['7', '77,77%', 'Đạt tỷ lệ, ngoài số lượng']);
    expect(row(6).slice(3)).toEqual(['4', '44,44%', 'Không đạt']);
    const after = text.slice(i + 8 + 42).filter(Boolean);
    expect(after[0]).toBe(
      'Đối với "Giấy khen của Chánh Văn phòng", có 04 trường hợp đạt tỷ lệ phiếu đồng ý, nhiều hơn số lượng được đề nghị (03); Hội đồng xếp thứ tự theo số phiếu đồng ý từ cao xuống thấp và đề nghị 03 trường hợp có số phiếu cao nhất.',
    );
    expect(after[1]).toBe('IV. KẾT LUẬN');
    // the table's header row repeats on each page
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('closes with the hour and ./., then the secretary (left) and the chair (right)', () => {
    const end = text.indexOf('Cuộc họp kết thúc hồi 10 giờ 30 phút cùng ngày./.');
    expect(end).toBeGreaterThan(text.indexOf('IV. KẾT LUẬN'));
    expect(text.slice(end + 1).filter(Boolean)).toEqual([
      'THƯ KÝ',
      '(Ký, ghi rõ họ tên)',
      'CHỦ TỊCH HỘI ĐỒNG',
      '(Ký, ghi rõ họ tên)',
      'Lục Văn Dũng',
      'Vũ Đức Chính',
    ]);
    // no hash line on paper ballots without one
    expect(xml).not.toContain('Mã kiểm chứng');
  });

  it('sets every run in Times New Roman', () => {
    const all = runs(xml).filter((r) => r.text);
    expect(new Set(all.map((r) => r.font))).toEqual(new Set(['Times New Roman']));
  });
});

describe('buildCouncilMinutes: electronic ballots, a show of hands, the Party form', () => {
  it('prints the close hash of electronic ballots after the table and ranking', async () => {
    const { xml, text } = await textOf({
      ...bacKanCouncilMinutes,
      method: 'ELECTRONIC_BALLOT',
      closeHash: HASH,
    });
    expect(text).toContain(
      'Hội đồng bỏ phiếu kín bằng phiếu điện tử trên Hệ thống quản lý thi đua, khen thưởng; phiếu không gắn với thành viên đã bỏ phiếu. Tỷ lệ phiếu đồng ý tính trên tổng số 09 thành viên Hội đồng (ý kiến bằng văn bản của 02 thành viên vắng mặt được tính vào kết quả). Kết quả như sau:',
    );
    const line = `Mã kiểm chứng kết quả bỏ phiếu: ${HASH}`;
    expect(text.indexOf(line)).toBeGreaterThan(
      text.findIndex((t) => t.startsWith('Đối với "Giấy khen')),
    );
    expect(text.indexOf(line)).toBeLessThan(text.indexOf('IV. KẾT LUẬN'));
    expect(runWith(xml, 'Mã kiểm chứng').bold).toBe(true);
  });

  it('refuses electronic minutes without the hash', async () => {
    await expect(
      buildCouncilMinutes({ ...bacKanCouncilMinutes, method: 'ELECTRONIC_BALLOT', closeHash: ' ' }),
    ).rejects.toThrow('Biên bản bỏ phiếu điện tử phải ghi mã kiểm chứng kết quả bỏ phiếu');
  });

  it('heads the vote "Kết quả biểu quyết" for a show of hands, and records an absence without opinion', () => {
    const members = bacKanCouncilMinutes.members.map((m) =>
      m.name === 'Nông Văn Hải' ? { ...m, absence: { reason: null, writtenOpinion: null } } : m,
    );
    const body = councilMinutesBody({ ...bacKanCouncilMinutes, method: 'SHOW_OF_HANDS', members });
    const flat = JSON.stringify(body);
    expect(flat).toContain('"title":"Kết quả biểu quyết"');
    expect(flat).toContain('Hội đồng biểu quyết công khai (giơ tay) từng trường hợp.');
    expect(flat).toContain(
      '(ý kiến bằng văn bản của 01 thành viên vắng mặt được tính vào kết quả)',
    );
    expect(flat).toContain(
      'Đ/c Nông Văn Hải, Trưởng phòng Kinh tế, Ủy viên: vắng mặt; không có ý kiến bằng văn bản.',
    );
  });

  it('signs "CHỦ TRÌ CUỘC HỌP / PHÓ CHỦ TỊCH HỘI ĐỒNG" when a Phó Chủ tịch chaired', async () => {
    const { text } = await textOf({
      ...bacKanCouncilMinutes,
      chair: { name: 'Nguyễn Thị Hằng', title: 'Phó Chánh Văn phòng' },
    });
    expect(text).toContain(
      'Chủ trì: Đ/c Nguyễn Thị Hằng, Phó Chánh Văn phòng, Phó Chủ tịch Hội đồng.',
    );
    const i = text.indexOf('CHỦ TRÌ CUỘC HỌP');
    expect(text[i + 1]).toBe('PHÓ CHỦ TỊCH HỘI ĐỒNG');
    expect(text.at(-1)).toBe('Nguyễn Thị Hằng');
  });

  it('writes a Party council’s minutes with the HD 36 number and no ./.', async () => {
    const { text } = await textOf({
      ...bacKanCouncilMinutes,
      issuer: {
        tree: 'PARTY',
        parentBody: 'Đảng bộ tỉnh Bắc Kạn',
        body: 'Đảng ủy Văn phòng',
        code: 'ĐU',
      },
    });
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Số 03-BB/ĐU');
    expect(text).toContain('Cuộc họp kết thúc hồi 10 giờ 30 phút cùng ngày.');
    expect(text.join('\n')).not.toContain('./.');
  });
});

describe('buildCouncilMinutes: refuses minutes that cannot be true', () => {
  const refused = (doc: CouncilMinutesDocument) => {
    try {
      councilMinutesBody(doc);
    } catch (e) {
      expect(e).toBeInstanceOf(DocumentDataError);
      return (e as Error).message;
    }
    throw new Error('accepted');
  };

  it('a chair who is not a member present', () => {
    expect(refused({ ...bacKanCouncilMinutes, chair: { name: 'Đàm Văn Toàn', title: '' } })).toBe(
      'Người chủ trì (Đàm Văn Toàn) phải là Chủ tịch hoặc Phó Chủ tịch Hội đồng có mặt tại cuộc họp.',
    );
    expect(
      refused({ ...bacKanCouncilMinutes, chair: { name: 'Bế Văn Khánh', title: '' } }),
    ).toMatch(/^Người chủ trì \(Bế Văn Khánh\)/);
  });

  it('more votes than members, or a count that is not whole', () => {
    const results = bacKanCouncilMinutes.results.map((r, i) => (i === 0 ? { ...r, agree: 10 } : r));
    expect(refused({ ...bacKanCouncilMinutes, results })).toBe(
      'Trung tâm Phục vụ hành chính công tỉnh có 10 phiếu đồng ý, nhiều hơn số thành viên Hội đồng (9).',
    );
    const half = bacKanCouncilMinutes.results.map((r, i) => (i === 0 ? { ...r, agree: 8.5 } : r));
    expect(refused({ ...bacKanCouncilMinutes, results: half })).toMatch(
      /phải là số nguyên không âm \(đang là 8\.5\)\.$/,
    );
  });

  it('a ranking the note would misstate', () => {
    expect(refused({ ...bacKanCouncilMinutes, quotas: [] })).toBe(
      'Bà Đinh Thị Lan được ghi "ngoài số lượng" nhưng hình thức "Giấy khen của Chánh Văn phòng" chưa có số lượng được đề nghị.',
    );
    expect(
      refused({
        ...bacKanCouncilMinutes,
        quotas: [{ award: 'Giấy khen của Chánh Văn phòng', quota: 4 }],
      }),
    ).toBe(
      '"Giấy khen của Chánh Văn phòng": còn chỉ tiêu nhưng có trường hợp đạt tỷ lệ được ghi "ngoài số lượng".',
    );
    const swapped = bacKanCouncilMinutes.results.map((r) =>
      r.name === 'Bà Đinh Thị Lan'
        ? { ...r, agree: 9 }
        : r.name === 'Bà Lương Thị Thu'
          ? { ...r, agree: 7 }
          : r,
    );
    expect(refused({ ...bacKanCouncilMinutes, results: swapped })).toBe(
      '"Giấy khen của Chánh Văn phòng": trường hợp ngoài số lượng có nhiều phiếu hơn trường hợp được đề nghị; cần xếp theo số phiếu từ cao xuống thấp.',
    );
  });

  it('comments on the công khai without their handling, a member twice, no chair in the council', () => {
    expect(
      refused({
        ...bacKanCouncilMinutes,
        publicNotice: { ...bacKanCouncilMinutes.publicNotice!, handling: null },
      }),
    ).toBe('Có ý kiến, phản ánh khi công khai danh sách: biên bản phải ghi kết quả xử lý.');
    const [first, ...rest] = bacKanCouncilMinutes.members;
    expect(refused({ ...bacKanCouncilMinutes, members: [first!, first!, ...rest] })).toBe(
      'Thành viên "Vũ Đức Chính" được ghi hai lần trong Hội đồng.',
    );
    expect(
      refused({
        ...bacKanCouncilMinutes,
        members: bacKanCouncilMinutes.members.map((m) => ({ ...m, role: 'MEMBER' as const })),
      }),
    ).toBe('Danh sách thành viên Hội đồng chưa có Chủ tịch Hội đồng.');
  });
});
