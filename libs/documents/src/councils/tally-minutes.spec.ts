import { beforeAll, describe, expect, it } from 'vitest';
import { bacKanTallyMinutes } from '../fixtures/bac-kan-council';
import { DocumentDataError } from '../nd30/text';
import { docxParts, paragraphs, runWith, runs } from '../testing/docx-xml';
import type { TallyMinutesDocument } from './council-documents';
import { shareText } from './parts';
import { buildTallyMinutes, tallyMinutesBody } from './tally-minutes';

async function textOf(doc: TallyMinutesDocument): Promise<{ xml: string; text: string[] }> {
  const xml = docxParts(await buildTallyMinutes(doc))['word/document.xml'] ?? '';
  return { xml, text: paragraphs(xml) };
}

describe('buildTallyMinutes: the ban kiểm phiếu of the Bắc Kạn office council', () => {
  let xml: string;
  let text: string[];

  beforeAll(async () => {
    ({ xml, text } = await textOf(bacKanTallyMinutes));
  });

  it('heads it BIÊN BẢN / KIỂM PHIẾU / V/v …, the number left blank', () => {
    expect(text).toContain(`Số: ${'\u00a0'.repeat(6)}/BB-HĐTĐKT`);
    const i = text.indexOf('BIÊN BẢN');
    expect(text[i + 1]).toBe('KIỂM PHIẾU');
    expect(runWith(xml, 'KIỂM PHIẾU').bold).toBe(true);
    expect(text[i + 2]).toMatch(/^V\/v xét, đề nghị khen thưởng Đợt thi đua đặc biệt/);
  });

  it('names the ban kiểm phiếu, then the ballots: phát ra, thu về, hợp lệ, không hợp lệ, written opinions', () => {
    const i = text.findIndex((t) =>
      t.startsWith('Vào hồi 09 giờ 40 phút, ngày 06 tháng 10 năm 2025'),
    );
    expect(text[i]).toBe(
      'Vào hồi 09 giờ 40 phút, ngày 06 tháng 10 năm 2025, tại Phòng họp tầng 2, trụ sở Văn phòng UBND tỉnh Bắc Kạn, Ban kiểm phiếu của Hội đồng Thi đua - Khen thưởng Văn phòng UBND tỉnh Bắc Kạn gồm:',
    );
    expect(text.slice(i + 1, i + 4)).toEqual([
      '- Đ/c Triệu Thị Mai, Chủ tịch Công đoàn Văn phòng, Trưởng ban;',
      '- Đ/c Hoàng Minh Tuấn, Bí thư Chi đoàn Văn phòng, Ủy viên;',
      '- Đ/c Ma Thị Nguyệt, Giám đốc Trung tâm Thông tin - Công báo, Ủy viên',
    ]);
    expect(text[i + 4]).toMatch(
      /^đã tiến hành kiểm phiếu bỏ phiếu kín về việc xét, đề nghị khen thưởng .*\. Kết quả như sau:$/,
    );
    expect(text.slice(i + 5, i + 13)).toEqual([
      'I. SỐ PHIẾU',
      '- Tổng số thành viên Hội đồng: 09;',
      '- Số thành viên có mặt: 07;',
      '- Số phiếu phát ra: 07;',
      '- Số phiếu thu về: 07;',
      '- Số phiếu hợp lệ: 07;',
      '- Số phiếu không hợp lệ: 00;',
      '- Số ý kiến bằng văn bản của thành viên vắng mặt: 02.',
    ]);
  });

  it('gives each candidate’s đồng ý, không đồng ý and share of the whole membership', () => {
    const i = text.indexOf('II. KẾT QUẢ KIỂM PHIẾU');
    expect(text[i + 1]).toBe(
      'Tỷ lệ phiếu đồng ý tính trên tổng số 09 thành viên Hội đồng, ý kiến bằng văn bản của thành viên vắng mặt được tính vào kết quả:',
    );
    expect(text.slice(i + 2, i + 8)).toEqual([
      'STT',
      'Tên cá nhân/tập thể',
      'Danh hiệu, hình thức',
      'Đồng ý',
      'Không đồng ý',
      'Tỷ lệ đồng ý (trên tổng số thành viên)',
    ]);
    const rows = text.slice(i + 8, i + 8 + 7 * 6);
    expect(rows.slice(0, 6)).toEqual([
      '1',
      'Trung tâm Phục vụ hành chính công tỉnh, Văn phòng UBND tỉnh Bắc Kạn',
      'Bằng khen của Chủ tịch UBND tỉnh',
      '9',
      '0',
      '100%',
    ]);
    expect(rows.slice(36, 42)).toEqual([
      '7',
      'Ông Ma Văn Hùng, Nhân viên Phòng Hành chính tổ chức - Quản trị tài vụ',
      'Giấy khen của Chánh Văn phòng',
      '4',
      '5',
      '44,44%',
    ]);
  });

  it('closes with the hour and ./., then the members and the trưởng ban sign', () => {
    const end = text.indexOf(
      'Biên bản kiểm phiếu lập xong hồi 10 giờ 05 phút cùng ngày và được công bố trước Hội đồng./.',
    );
    expect(end).toBeGreaterThan(text.indexOf('II. KẾT QUẢ KIỂM PHIẾU'));
    expect(text.slice(end + 1).filter(Boolean)).toEqual([
      'CÁC ỦY VIÊN',
      '(Ký, ghi rõ họ tên)',
      'Hoàng Minh Tuấn',
      'Ma Thị Nguyệt',
      'TRƯỞNG BAN KIỂM PHIẾU',
      '(Ký, ghi rõ họ tên)',
      'Triệu Thị Mai',
    ]);
    expect(xml).not.toContain('Mã kiểm chứng');
    const all = runs(xml).filter((r) => r.text);
    expect(new Set(all.map((r) => r.font))).toEqual(new Set(['Times New Roman']));
  });
});

describe('buildTallyMinutes: hash, one member, and the paper invariants', () => {
  it('prints the close hash when the count was chained, and "ỦY VIÊN" for a single member', async () => {
    const { text } = await textOf({
      ...bacKanTallyMinutes,
      closeHash: 'ab12',
      board: { ...bacKanTallyMinutes.board, members: bacKanTallyMinutes.board.members.slice(0, 1) },
    });
    expect(text).toContain('Mã kiểm chứng kết quả bỏ phiếu: ab12');
    expect(text).toContain('ỦY VIÊN');
    expect(text).not.toContain('CÁC ỦY VIÊN');
  });

  it('leaves the written opinions out when there were none', () => {
    const body = JSON.stringify(
      tallyMinutesBody({
        ...bacKanTallyMinutes,
        writtenOpinions: 0,
        results: bacKanTallyMinutes.results.map((r) => ({
          ...r,
          agree: Math.min(r.agree, 7),
          disagree: 0,
        })),
      }),
    );
    expect(body).not.toContain('ý kiến bằng văn bản');
    expect(body).toContain('"Số phiếu không hợp lệ: 00."');
  });

  const refused = (doc: TallyMinutesDocument) => {
    try {
      tallyMinutesBody(doc);
    } catch (e) {
      expect(e).toBeInstanceOf(DocumentDataError);
      return (e as Error).message;
    }
    throw new Error('accepted');
  };
  const ballots = bacKanTallyMinutes.ballots;

  it('refuses figures that cannot be: thu về ≤ phát ra ≤ có mặt ≤ tổng số; hợp lệ + không hợp lệ = thu về', () => {
    expect(refused({ ...bacKanTallyMinutes, present: 10 })).toBe(
      'Số liệu kiểm phiếu không khớp: số thành viên có mặt nhiều hơn tổng số thành viên.',
    );
    expect(refused({ ...bacKanTallyMinutes, ballots: { ...ballots, issued: 8 } })).toBe(
      'Số liệu kiểm phiếu không khớp: số phiếu phát ra nhiều hơn số thành viên có mặt.',
    );
    expect(
      refused({
        ...bacKanTallyMinutes,
        ballots: { issued: 6, collected: 7, valid: 7, invalid: 0 },
      }),
    ).toBe('Số liệu kiểm phiếu không khớp: số phiếu thu về nhiều hơn số phiếu phát ra.');
    expect(refused({ ...bacKanTallyMinutes, ballots: { ...ballots, invalid: 1 } })).toBe(
      'Số liệu kiểm phiếu không khớp: số phiếu hợp lệ cộng không hợp lệ khác số phiếu thu về.',
    );
    expect(refused({ ...bacKanTallyMinutes, writtenOpinions: 3 })).toBe(
      'Số liệu kiểm phiếu không khớp: số ý kiến bằng văn bản nhiều hơn số thành viên vắng mặt.',
    );
  });

  it('refuses a candidate with more votes than were counted', () => {
    const results = bacKanTallyMinutes.results.map((r, i) => (i === 6 ? { ...r, disagree: 6 } : r));
    expect(refused({ ...bacKanTallyMinutes, results })).toBe(
      'Số liệu kiểm phiếu không khớp: Ông Ma Văn Hùng có 10 phiếu đồng ý và không đồng ý, nhiều hơn 9 phiếu được tính.',
    );
  });
});

describe('shareText', () => {
  it('cuts the share to the hundredth, never rounding up to a threshold', () => {
    expect(shareText(8, 9)).toBe('88,88%');
    expect(shareText(2, 3)).toBe('66,66%');
    expect(shareText(9, 9)).toBe('100%');
    expect(shareText(17, 20)).toBe('85%');
    expect(shareText(171, 200)).toBe('85,5%');
    expect(shareText(0, 7)).toBe('0%');
    // 79,996 % must not print as 80 %
    expect(shareText(19999, 25000)).toBe('79,99%');
  });
});
