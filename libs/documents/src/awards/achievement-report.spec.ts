import { describe, expect, it } from 'vitest';
import {
  bacKanCollectiveCampaignReport,
  bacKanIndividualCampaignReport,
  bacKanMeritReport,
} from '../fixtures/bac-kan-dossier';
import type { Block } from '../nd30/body';
import { DocumentDataError } from '../nd30/text';
import { docxParts, paragraphs, runWith, runs } from '../testing/docx-xml';
import {
  achievementReportBody,
  achievementReportParts,
  buildAchievementReport,
} from './achievement-report';
import type { AchievementReportDocument } from './award-documents';

async function textOf(doc: AchievementReportDocument): Promise<{ xml: string; text: string[] }> {
  const xml = docxParts(await buildAchievementReport(doc))['word/document.xml'] ?? '';
  return { xml, text: paragraphs(xml) };
}

/** The numbered headings as printed: "I. …", "1. …". */
function headings(text: string[]): string[] {
  return text.filter((t) => /^(?:[IVX]+|\d+)\. /.test(t) && t.length < 70);
}

/** Section titles of the outline, indented by depth: what the body renderer will number. */
function outline(blocks: readonly Block[], depth = 0): string[] {
  return blocks.flatMap((b) =>
    typeof b === 'object' && b.kind === 'section'
      ? [`${'  '.repeat(depth)}${String(b.title)}`, ...outline(b.blocks, depth + 1)]
      : [],
  );
}

describe('buildAchievementReport: a person’s chuyên đề report', () => {
  it('has the form number, the office header without a number line, the title and the period', async () => {
    const { xml, text } = await textOf(bacKanIndividualCampaignReport);
    expect(text[0]).toBe('Mẫu số 08');
    expect(text).toContain('UBND TỈNH BẮC KẠN');
    expect(text).toContain('VĂN PHÒNG');
    expect(text.some((t) => t.startsWith('Số:'))).toBe(false);
    expect(runWith(xml, 'Bắc Kạn, ngày 24 tháng 9 năm 2025').italic).toBe(true);
    const i = text.indexOf('BÁO CÁO THÀNH TÍCH');
    expect(text.slice(i, i + 4)).toEqual([
      'BÁO CÁO THÀNH TÍCH',
      'ĐỀ NGHỊ BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH',
      '(Thành tích trong Đợt thi đua đặc biệt lập thành tích chào mừng các ngày lễ lớn, sự kiện lịch sử quan trọng trong năm 2025, chào mừng Đại hội Đảng bộ các cấp, hướng tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng)',
      'Họ và tên: Nông Thị Hà',
    ]);
    expect(runWith(xml, 'BÁO CÁO THÀNH TÍCH')).toMatchObject({ bold: true, size: 14 });
    expect(runWith(xml, '(Thành tích trong').italic).toBe(true);
  });

  it('numbers parts I–III and the chuyên đề items, leaving out the lessons it has none of', async () => {
    const { text } = await textOf(bacKanIndividualCampaignReport);
    expect(headings(text)).toEqual([
      'I. SƠ LƯỢC LÝ LỊCH',
      'II. THÀNH TÍCH ĐẠT ĐƯỢC',
      '1. Nội dung, chỉ tiêu đã đăng ký',
      '2. Biện pháp, giải pháp đã thực hiện',
      '3. Kết quả đạt được',
      'III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN',
    ]);
    const i = text.indexOf('I. SƠ LƯỢC LÝ LỊCH');
    expect(text.slice(i + 1, i + 4)).toEqual([
      '- Họ và tên: Nông Thị Hà',
      '- Sinh ngày, tháng, năm: 14/02/1988',
      '- Giới tính: Nữ',
    ]);
    // a chuyên đề report carries no yearly grades, whatever the data holds (NĐ 152 Điều 4 k.3)
    const graded: AchievementReportDocument = {
      ...bacKanIndividualCampaignReport,
      achievements: {
        ...bacKanIndividualCampaignReport.achievements,
        evaluations: [{ year: 2024, result: 'Hoàn thành xuất sắc nhiệm vụ' }],
      },
    };
    expect((await textOf(graded)).text.join('\n')).not.toContain('Năm 2024: Hoàn thành');
  });

  it('lists the prior awards as a table (Năm | Hình thức | Số, ngày quyết định)', async () => {
    const { text } = await textOf(bacKanIndividualCampaignReport);
    const i = text.indexOf('III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN');
    expect(text.slice(i + 1, i + 7)).toEqual([
      'Năm',
      'Hình thức khen thưởng',
      'Số, ngày quyết định',
      '2024',
      'Giấy khen của Chánh Văn phòng',
      'Quyết định số 18/QĐ-VP ngày 16/01/2025 của Chánh Văn phòng UBND tỉnh',
    ]);
  });

  it('is signed by the person on the right and confirmed by the head on the left', async () => {
    const { xml, text } = await textOf(bacKanIndividualCampaignReport);
    const i = text.indexOf('THỦ TRƯỞNG ĐƠN VỊ');
    // row 1: left captions, right captions; row 2: the names, level
    expect(text.slice(i)).toEqual([
      'THỦ TRƯỞNG ĐƠN VỊ',
      'XÁC NHẬN, ĐỀ NGHỊ',
      '(Ký, đóng dấu)',
      'CHÁNH VĂN PHÒNG',
      'NGƯỜI BÁO CÁO THÀNH TÍCH',
      '(Ký, ghi rõ họ và tên)',
      'Vũ Đức Chính',
      'Nông Thị Hà',
    ]);
    expect(runWith(xml, 'NGƯỜI BÁO CÁO THÀNH TÍCH').bold).toBe(true);
    expect(runWith(xml, '(Ký, ghi rõ họ và tên)').italic).toBe(true);
  });
});

describe('buildAchievementReport: a unit’s chuyên đề report with targets', () => {
  it('carries a blank number line and the unit’s captions', async () => {
    const { text } = await textOf(bacKanCollectiveCampaignReport);
    expect(text).toContain(`Số: ${'\u00a0'.repeat(6)}/BC-TTPVHCC`);
    expect(text).toContain('Tên tập thể: Trung tâm Phục vụ hành chính công tỉnh Bắc Kạn');
    const i = text.indexOf('XÁC NHẬN CỦA CẤP TRÌNH');
    expect(text.slice(i)).toEqual([
      'XÁC NHẬN CỦA CẤP TRÌNH',
      'KHEN THƯỞNG',
      '(Ký, đóng dấu)',
      'CHÁNH VĂN PHÒNG',
      'THỦ TRƯỞNG ĐƠN VỊ',
      '(Ký, đóng dấu)',
      'GIÁM ĐỐC',
      'Vũ Đức Chính',
      'Hà Văn Quân',
    ]);
  });

  it('prints the targets against the results, "Chưa báo cáo" where nothing was reported', async () => {
    const { xml, text } = await textOf(bacKanCollectiveCampaignReport);
    expect(headings(text)).toEqual([
      'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH',
      'II. THÀNH TÍCH ĐẠT ĐƯỢC',
      '1. Nội dung, chỉ tiêu đã đăng ký',
      '2. Biện pháp, giải pháp đã thực hiện',
      '3. Kết quả đạt được',
      '4. Bài học kinh nghiệm',
      'III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN',
    ]);
    const i = text.indexOf('Kết quả thực hiện các chỉ tiêu thi đua:');
    expect(i).toBeGreaterThan(text.indexOf('3. Kết quả đạt được'));
    expect(text.slice(i + 1, i + 13)).toEqual([
      'TT',
      'Chỉ tiêu',
      'Kế hoạch',
      'Kết quả',
      '1',
      'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn',
      '≥ 98%',
      '99,2%',
      '2',
      'Tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến toàn trình',
      '≥ 50%',
      '63,5%',
    ]);
    expect(text.slice(i + 17, i + 21)).toEqual([
      '4',
      'Mức độ hài lòng của người dân, doanh nghiệp',
      '≥ 95%',
      'Chưa báo cáo',
    ]);
    // the header row repeats on a new page
    expect(xml).toContain('<w:tblHeader/>');
    // no prior awards: one sentence instead of an empty table
    const iii = text.indexOf('III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN');
    expect(text[iii + 1]).toBe('Chưa có hình thức khen thưởng nào.');
  });

  it('closes the numbering up when sub-parts are empty', async () => {
    const { text } = await textOf({
      ...bacKanCollectiveCampaignReport,
      profile: [],
      background: [],
      achievements: {
        results: bacKanCollectiveCampaignReport.achievements.results,
        commitments: [],
        lessons: ['Bám sát số liệu của hệ thống.'],
      },
    });
    expect(headings(text)).toEqual([
      'I. THÀNH TÍCH ĐẠT ĐƯỢC',
      '1. Kết quả đạt được',
      '2. Bài học kinh nghiệm',
      'II. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN',
    ]);
    expect(text).not.toContain('Kết quả thực hiện các chỉ tiêu thi đua:');
  });
});

describe('buildAchievementReport: a công trạng report (Chiến sĩ thi đua cơ sở)', () => {
  it('writes the duties, the results with the sáng kiến, and the grades by year', async () => {
    const { text } = await textOf(bacKanMeritReport);
    expect(text[0]).toBe('Mẫu số 05');
    expect(text).toContain('ĐỀ NGHỊ CHIẾN SĨ THI ĐUA CƠ SỞ');
    expect(text).toContain('(Thành tích năm 2025)');
    expect(text).toContain(`Bắc Kạn, ngày ${'\u00a0'.repeat(6)} tháng 12 năm 2025`);
    expect(headings(text)).toEqual([
      'I. SƠ LƯỢC LÝ LỊCH',
      'II. THÀNH TÍCH ĐẠT ĐƯỢC',
      '1. Nhiệm vụ được giao',
      '2. Kết quả thực hiện nhiệm vụ',
      '3. Kết quả đánh giá, xếp loại',
      'III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN',
    ]);
    const s = text.indexOf('Sáng kiến, đề tài đã được công nhận:');
    expect(s).toBeGreaterThan(text.indexOf('2. Kết quả thực hiện nhiệm vụ'));
    expect(text.slice(s + 1, s + 9)).toEqual([
      'TT',
      'Tên sáng kiến, đề tài',
      'Cấp công nhận',
      'Quyết định công nhận',
      '1',
      'Giải pháp theo dõi tiến độ giải ngân vốn đầu tư công trên bảng tính dùng chung',
      'Cấp cơ sở',
      'Quyết định số 112/QĐ-VP ngày 20/11/2025 của Chánh Văn phòng UBND tỉnh',
    ]);
    const g = text.indexOf('3. Kết quả đánh giá, xếp loại');
    expect(text.slice(g + 1, g + 4)).toEqual([
      '- Năm 2023: Hoàn thành tốt nhiệm vụ;',
      '- Năm 2024: Hoàn thành xuất sắc nhiệm vụ;',
      '- Năm 2025: Hoàn thành xuất sắc nhiệm vụ.',
    ]);
    expect(text).toContain('Lao động tiên tiến');
    expect(text).toContain('NGƯỜI BÁO CÁO THÀNH TÍCH');
  });

  it('sets every run in Times New Roman, 13 or 14 pt', async () => {
    const { xml } = await textOf(bacKanMeritReport);
    const all = runs(xml).filter((r) => r.text);
    expect(new Set(all.map((r) => r.font))).toEqual(new Set(['Times New Roman']));
    expect(new Set(all.map((r) => r.size))).toEqual(new Set([13, 14]));
  });
});

describe('achievementReportBody: part II by kind', () => {
  const base = bacKanIndividualCampaignReport;

  it('đột xuất: the achievement, the circumstances, the effect', () => {
    const body = achievementReportBody({
      ...base,
      kind: 'DOT_XUAT',
      track: 'DOT_XUAT',
      achievements: {
        results: ['Cứu 02 người bị nước cuốn trôi tại ngầm tràn Nà Pài.'],
        circumstances: ['Đêm 08/9/2025, nước lũ dâng nhanh.'],
        effects: ['Được Nhân dân địa phương biểu dương.'],
        commitments: ['not printed in this form'],
      },
    });
    expect(outline(body)).toEqual([
      'Sơ lược lý lịch',
      'Thành tích đạt được',
      '  Thành tích đột xuất đạt được',
      '  Hoàn cảnh, điều kiện lập thành tích',
      '  Tác dụng, ảnh hưởng',
      'Các hình thức khen thưởng đã được ghi nhận',
    ]);
  });

  it('quá trình cống hiến: the career as a table, then the merits', async () => {
    const doc: AchievementReportDocument = {
      ...base,
      kind: 'CONG_HIEN',
      track: 'CONG_HIEN',
      achievements: {
        results: ['Hơn 30 năm công tác liên tục trong ngành.'],
        career: [
          { period: '01/1995 - 12/2009', post: 'Chuyên viên Phòng Tổng hợp' },
          { period: '01/2010 - nay', post: 'Phó Chánh Văn phòng UBND tỉnh' },
        ],
      },
    };
    expect(outline(achievementReportBody(doc))).toEqual([
      'Sơ lược lý lịch',
      'Thành tích đạt được',
      '  Quá trình công tác',
      '  Thành tích, công trạng đạt được',
      'Các hình thức khen thưởng đã được ghi nhận',
    ]);
    const { text } = await textOf(doc);
    const i = text.indexOf('1. Quá trình công tác');
    expect(text.slice(i + 1, i + 5)).toEqual([
      'Thời gian',
      'Chức vụ, đơn vị công tác',
      '01/1995 - 12/2009',
      'Chuyên viên Phòng Tổng hợp',
    ]);
  });

  it('a household reports as a person does, confirmed by the level that proposes it', async () => {
    const { text } = await textOf({
      ...base,
      subject: 'HOUSEHOLD',
      name: 'Hộ ông Ma Văn Sơn',
      signatures: { author: { title: 'Chủ hộ', name: 'Ma Văn Sơn' }, confirmer: null },
    });
    expect(text).toContain('Tên hộ gia đình: Hộ ông Ma Văn Sơn');
    expect(text).toContain('I. SƠ LƯỢC ĐẶC ĐIỂM HỘ GIA ĐÌNH');
    expect(text.some((t) => t.startsWith('Số:'))).toBe(false);
    const i = text.indexOf('XÁC NHẬN CỦA CẤP TRÌNH');
    expect(text.slice(i)).toEqual([
      'XÁC NHẬN CỦA CẤP TRÌNH',
      'KHEN THƯỞNG',
      '(Ký, đóng dấu)',
      'ĐẠI DIỆN HỘ GIA ĐÌNH',
      '(Ký, ghi rõ họ và tên)',
      '',
      'Ma Văn Sơn',
    ]);
  });
});

describe('buildAchievementReport: refuses a report it cannot lay out', () => {
  const message = (doc: AchievementReportDocument) => {
    try {
      achievementReportBody(doc);
    } catch (e) {
      expect(e).toBeInstanceOf(DocumentDataError);
      return (e as Error).message;
    }
    throw new Error('accepted');
  };

  it('a form for the wrong subject', async () => {
    await expect(
      buildAchievementReport({ ...bacKanMeritReport, subject: 'COLLECTIVE' }),
    ).rejects.toThrow(
      'Mẫu báo cáo công trạng của cá nhân không dùng cho tập thể (Hoàng Văn Thắng).',
    );
  });

  it('nothing achieved, no name, no period', () => {
    expect(message({ ...bacKanMeritReport, achievements: { results: [] }, initiatives: [] })).toBe(
      'Báo cáo thành tích của Hoàng Văn Thắng chưa có nội dung thành tích (phần II).',
    );
    expect(message({ ...bacKanMeritReport, name: ' ' })).toBe(
      'Báo cáo thành tích chưa ghi tên tập thể hoặc họ tên cá nhân.',
    );
  });

  it('no period is refused when the document is built', async () => {
    await expect(buildAchievementReport({ ...bacKanMeritReport, period: '' })).rejects.toThrow(
      'Báo cáo thành tích chưa ghi thời gian, đợt thi đua.',
    );
  });

  it('laid out without packing (a sign-off), it refuses what the build refuses', async () => {
    const broken: AchievementReportDocument[] = [
      { ...bacKanMeritReport, subject: 'COLLECTIVE' },
      { ...bacKanMeritReport, period: '' },
      { ...bacKanMeritReport, achievements: { results: [] }, initiatives: [] },
      {
        ...bacKanMeritReport,
        signatures: { ...bacKanMeritReport.signatures, author: { title: '', name: ' ' } },
      },
    ];
    for (const doc of broken) {
      const built = await buildAchievementReport(doc).then(
        () => 'accepted',
        (e: Error) => e.message,
      );
      expect(built).not.toBe('accepted');
      expect(() => achievementReportParts(doc)).toThrow(new DocumentDataError(built));
    }
    expect(achievementReportParts(bacKanMeritReport).children.length).toBeGreaterThan(10);
  });
});
