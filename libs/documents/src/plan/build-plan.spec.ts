import { beforeAll, describe, expect, it } from 'vitest';
import { bacKanOfficePlan } from '../fixtures/bac-kan-office-plan';
import { benTrePartyPlan } from '../fixtures/ben-tre-party-plan';
import { DocumentDataError } from '../nd30/text';
import { docxParts, paragraphs, runWith, runs } from '../testing/docx-xml';
import { buildPlanDocx, planBody, quotaText } from './build-plan';
import type { PlanDocument } from './plan-document';

/** The Bắc Kạn plan as issued: number 12, dated 05/8 (the fixture itself is the unnumbered draft). */
const issued: PlanDocument = { ...bacKanOfficePlan, number: 12, date: '2024-08-05' };

describe('buildPlanDocx: the Bắc Kạn office plan (NĐ 30/2020)', () => {
  let parts: Record<string, string>;
  let doc: string;
  let text: string[];

  beforeAll(async () => {
    parts = docxParts(await buildPlanDocx(issued));
    doc = parts['word/document.xml'] ?? '';
    text = paragraphs(doc);
  });

  it('is an A4 page with the Phụ lục I margins', () => {
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const margin = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(
      doc,
    );
    const [top, right, bottom, left] = (margin?.slice(1) ?? []).map(
      (v) => Number(v) / (1440 / 25.4),
    );
    expect(top).toBeGreaterThanOrEqual(19.9);
    expect(top).toBeLessThanOrEqual(25.1);
    expect(bottom).toBeGreaterThanOrEqual(19.9);
    expect(bottom).toBeLessThanOrEqual(25.1);
    expect(left).toBeGreaterThanOrEqual(29.9);
    expect(left).toBeLessThanOrEqual(35.1);
    expect(right).toBeGreaterThanOrEqual(14.9);
    expect(right).toBeLessThanOrEqual(20.1);
  });

  it('sets every run in Times New Roman, 11 to 16 pt, and names no other font', () => {
    const all = runs(doc).filter((r) => r.text);
    expect(all.length).toBeGreaterThan(50);
    expect(new Set(all.map((r) => r.font))).toEqual(new Set(['Times New Roman']));
    for (const r of all) {
      expect(r.size).toBeGreaterThanOrEqual(11);
      expect(r.size).toBeLessThanOrEqual(16);
    }
    expect(runWith(doc, 'Thông qua Đợt thi đua').size).toBe(14);
    expect(parts['word/styles.xml']).toContain('w:ascii="Times New Roman"');
  });

  it('writes the header: the bodies, the Quốc hiệu and Tiêu ngữ, the number and the italic place and date', () => {
    expect(runWith(doc, 'UBND TỈNH BẮC KẠN')).toMatchObject({ bold: false, size: 13 });
    expect(runWith(doc, 'VĂN PHÒNG')).toMatchObject({ bold: true, size: 13 });
    expect(runWith(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ bold: true });
    expect(runWith(doc, 'Độc lập - Tự do - Hạnh phúc')).toMatchObject({ bold: true, size: 14 });
    expect(text).toContain('Số: 12/KH-VP');
    expect(runWith(doc, 'Bắc Kạn, ngày 05 tháng 8 năm 2024')).toMatchObject({
      italic: true,
      bold: false,
    });
    // the Tiêu ngữ and the issuer are ruled underneath (paragraph borders)
    expect(doc.match(/<w:pBdr><w:top w:val="single"/g)?.length).toBe(3);
  });

  it('titles the plan KẾ HOẠCH with its trích yếu, both bold and centred', () => {
    const i = text.indexOf('KẾ HOẠCH');
    expect(i).toBeGreaterThan(0);
    expect(text[i + 1]).toBe(issued.title);
    expect(runWith(doc, 'KẾ HOẠCH')).toMatchObject({ bold: true, size: 14 });
    expect(runWith(doc, 'Phát động Đợt thi đua đặc biệt')).toMatchObject({ bold: true });
  });

  it('numbers the parts I., 1., a) and closes the text with ./.', () => {
    const headings = text.filter((t) => /^(?:[IVX]+|\d+)\. /.test(t) && t.length < 60);
    expect(headings).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG THI ĐUA',
      '1. Chủ đề thi đua',
      '2. Thời gian thi đua',
      '3. Đối tượng thi đua',
      '4. Nội dung thi đua',
      'III. TIÊU CHUẨN VÀ HÌNH THỨC KHEN THƯỞNG',
      '1. Tiêu chuẩn khen thưởng',
      '2. Hình thức khen thưởng',
      '3. Số lượng khen thưởng',
      '4. Thành phần hồ sơ đề nghị khen thưởng',
      '5. Thời hạn gửi hồ sơ',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(text).toContain('Từ ngày 01/10/2024 đến hết ngày 30/09/2025.');
    expect(text).toContain(
      '- Đối với Bằng khen của Chủ tịch UBND tỉnh: Lựa chọn không quá 01 tập thể hoặc cá nhân có thành tích thật sự tiêu biểu xuất sắc.',
    );
    expect(text).toContain(
      'Hồ sơ đề nghị khen thưởng gửi về Phòng Hành chính tổ chức - Quản trị tài vụ trước ngày 01/10/2025 để tổng hợp và trình Hội đồng Thi đua - Khen thưởng Văn phòng.',
    );
    expect(text.find((t) => t.startsWith('Trên đây là Kế hoạch'))).toMatch(/Bắc Kạn\.\/\.$/);
    expect(runWith(doc, 'trong đó có phân tích làm rõ thành tích').italic).toBe(true);
  });

  it('keeps the Vietnamese text intact, stacked diacritics included', () => {
    const all = text.join('\n');
    for (const word of [
      'Chánh Văn phòng',
      'Hạnh phúc',
      'xuất sắc',
      'nhuần nhuyễn',
      'Ủy ban',
      'Đại hội',
      'thủy lợi',
    ]) {
      expect(all).toContain(word);
    }
    // precomposed (NFC) as typed, not letters followed by combining marks
    expect(all).toBe(all.normalize('NFC'));
    expect(all).not.toMatch(/\p{M}/u);
  });

  it('ends with Nơi nhận beside the signature', () => {
    const label = runWith(doc, 'Nơi nhận:');
    expect(label).toMatchObject({ bold: true, italic: true, size: 12 });
    const i = text.indexOf('Nơi nhận:');
    expect(text.slice(i, i + 5)).toEqual([
      'Nơi nhận:',
      'Gửi bản điện tử:',
      '- LĐVP;',
      '- Các phòng, ban, đơn vị trực thuộc;',
      '- Lưu: VT, HCQT.',
    ]);
    expect(runWith(doc, '- LĐVP;').size).toBe(11);
    expect(text.slice(i + 5)).toEqual(['CHÁNH VĂN PHÒNG', 'Vũ Đức Chính']);
    expect(runWith(doc, 'CHÁNH VĂN PHÒNG').bold).toBe(true);
    expect(runWith(doc, 'Vũ Đức Chính').bold).toBe(true);
  });

  it('numbers the pages from the second, centred at the top', () => {
    expect(doc).toContain('<w:titlePg/>');
    const rels = parts['word/_rels/document.xml.rels'] ?? '';
    const header = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"/>`).exec(doc)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      return parts[`word/${target}`] ?? '';
    };
    expect(header('default')).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(header('default')).toContain('<w:jc w:val="center"/>');
    expect(header('first')).not.toContain('PAGE');
  });
});

describe('buildPlanDocx: a draft and the Party variant', () => {
  it('leaves the number and the day blank on a draft', async () => {
    const doc = docxParts(await buildPlanDocx(bacKanOfficePlan))['word/document.xml'] ?? '';
    const text = paragraphs(doc);
    expect(text).toContain(`Số: ${'\u00a0'.repeat(6)}/KH-VP`);
    expect(text).toContain(`Bắc Kạn, ngày ${'\u00a0'.repeat(6)} tháng 9 năm 2024`);
  });

  it('writes the HD 36 header, numbering, nơi nhận and signature for a Party issuer', async () => {
    const plan: PlanDocument = { ...benTrePartyPlan, number: 125, date: '2024-01-25' };
    const doc = docxParts(await buildPlanDocx(plan))['word/document.xml'] ?? '';
    const text = paragraphs(doc);
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(runWith(doc, 'ĐẢNG CỘNG SẢN VIỆT NAM')).toMatchObject({ bold: true, size: 15 });
    expect(runWith(doc, 'TỈNH ỦY BẾN TRE')).toMatchObject({ bold: true, size: 14 });
    const i = text.indexOf('TỈNH ỦY BẾN TRE');
    expect(text[i + 1]).toBe('*');
    expect(text).toContain('Số 125-KH/TU');
    expect(runWith(doc, 'Bến Tre, ngày 25 tháng 01 năm 2024').italic).toBe(true);
    expect(text).toContain('-----');
    expect(text).toContain(
      '3.1. Thi đua xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh',
    );
    expect(text).toContain('3.1.1. Về xây dựng Đảng');
    expect(runWith(doc, 'Nơi nhận:')).toMatchObject({ underline: true, bold: false, size: 14 });
    expect(text).toContain('- Các đồng chí UV BCH Đảng bộ tỉnh,');
    expect(text).toContain('- Lưu Văn phòng Tỉnh ủy.');
    expect(text).toContain('T/M BAN THƯỜNG VỤ');
    expect(text).toContain('PHÓ BÍ THƯ THƯỜNG TRỰC');
    // Party documents end with a full stop, not "./."
    const last = text.find((t) => t.includes('Chế độ báo cáo'));
    expect(last).toBe(
      '4. Chế độ báo cáo: Các cấp ủy, đơn vị, địa phương báo cáo kết quả thực hiện hằng quý về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy).',
    );
    expect(text.join('\n')).not.toContain('./.');
  });

  it('writes the chỉ tiêu table, the milestones and the footnotes', async () => {
    const parts = docxParts(await buildPlanDocx(benTrePartyPlan));
    const doc = parts['word/document.xml'] ?? '';
    const text = paragraphs(doc);
    for (const cell of [
      'TT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Mức phấn đấu',
      'Ghi chú',
      'Từ 35.000',
      'tỷ đồng',
    ]) {
      expect(text).toContain(cell);
    }
    expect(text).toContain(
      '- Dự kiến ngày 15/02/2024: Hội nghị trực tuyến toàn tỉnh phát động và ký kết thi đua.',
    );
    expect(doc.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(3);
    expect(parts['word/footnotes.xml']).toContain('Kết nạp 1.200 đảng viên trở lên');
  });

  it('refuses what a Party document cannot say, with a Vietnamese message', async () => {
    const plan: PlanDocument = {
      ...benTrePartyPlan,
      signature: {
        on: [{ mode: 'TUQ', of: 'Ban Thường vụ' }],
        title: 'Chánh Văn phòng',
        name: 'A',
      },
    };
    await expect(buildPlanDocx(plan)).rejects.toThrow(DocumentDataError);
    await expect(buildPlanDocx(plan)).rejects.toThrow(/không ký theo hình thức "TUQ"/);
  });
});

describe('planBody', () => {
  it('adds the phases, the measures and the reporting duty in their places, numbering them in order', () => {
    const plan: PlanDocument = {
      ...bacKanOfficePlan,
      phases: [
        {
          name: 'Giai đoạn 1',
          range: { from: '2024-10-01', to: '2024-12-31' },
          tasks: ['Phát động, đăng ký thi đua.'],
        },
      ],
      milestones: [{ date: '2025-09-30', event: 'Tổng kết đợt thi đua' }],
      measures: ['Gắn thi đua với nhiệm vụ chuyên môn.'],
      reporting: { who: 'Các phòng', frequency: 'hằng quý', to: 'Chánh Văn phòng' },
    };
    const titles = planBody(plan).flatMap((b) =>
      typeof b === 'object' && b.kind === 'section' ? [b.title] : [],
    );
    expect(titles).toEqual([
      'Mục đích, yêu cầu',
      'Nội dung thi đua',
      'Thời gian và các giai đoạn thực hiện',
      'Giải pháp thực hiện',
      'Tiêu chuẩn và hình thức khen thưởng',
      'Tổ chức thực hiện',
    ]);
    const schedule = planBody(plan)[3];
    expect(schedule).toMatchObject({
      blocks: [
        { title: 'Giai đoạn 1 (từ ngày 01/10/2024 đến hết ngày 31/12/2024)' },
        { title: 'Các mốc thời gian' },
      ],
    });
  });

  it('splits mục đích and yêu cầu when both are given', () => {
    const plan: PlanDocument = {
      ...bacKanOfficePlan,
      purpose: { aims: ['Động viên.'], requirements: ['Thiết thực.'] },
    };
    expect(planBody(plan)[1]).toMatchObject({
      title: 'Mục đích, yêu cầu',
      blocks: [{ title: 'Mục đích' }, { title: 'Yêu cầu' }],
    });
  });

  it('opens an amendment with the plan it amends and replaces, and what changes, before part I', async () => {
    const amendment: PlanDocument = {
      ...issued,
      number: 15,
      amends: {
        document:
          'Kế hoạch số 12/KH-VP ngày 05/8/2024 của Văn phòng UBND tỉnh về Đợt thi đua đặc biệt',
        changes: 'lùi thời hạn gửi hồ sơ khen thưởng đến ngày 15/10/2025.',
      },
    };
    const body = planBody(amendment);
    const first = body.findIndex((b) => typeof b === 'object' && b.kind === 'section');
    expect(body.slice(first - 2, first)).toEqual([
      'Kế hoạch này sửa đổi, bổ sung và thay thế Kế hoạch số 12/KH-VP ngày 05/8/2024 của Văn phòng UBND tỉnh về Đợt thi đua đặc biệt.',
      {
        kind: 'paragraph',
        text: 'Nội dung sửa đổi, bổ sung: lùi thời hạn gửi hồ sơ khen thưởng đến ngày 15/10/2025.',
      },
    ]);
    // the căn cứ still come first
    expect(
      body.indexOf(body.find((b) => typeof b === 'string' && b.startsWith('Thực hiện'))!),
    ).toBe(0);
    const text = paragraphs(docxParts(await buildPlanDocx(amendment))['word/document.xml'] ?? '');
    expect(text).toContain('Số: 15/KH-VP');
    expect(
      text.some((p) =>
        p.startsWith('Kế hoạch này sửa đổi, bổ sung và thay thế Kế hoạch số 12/KH-VP'),
      ),
    ).toBe(true);
    // a plan without it says nothing of the kind
    expect(
      planBody(issued).some((b) => typeof b === 'string' && b.includes('sửa đổi, bổ sung')),
    ).toBe(false);
    expect(() => planBody({ ...amendment, amends: { document: ' ', changes: 'x' } })).toThrow(
      'Kế hoạch sửa đổi phải nêu kế hoạch được sửa đổi, bổ sung.',
    );
  });

  it('refuses a period that ends before it starts', () => {
    expect(() =>
      planBody({ ...bacKanOfficePlan, period: { from: '2025-01-02', to: '2025-01-01' } }),
    ).toThrow('Khoảng thời gian không hợp lệ: 02/01/2025 sau 01/01/2025.');
  });
});

describe('quotaText', () => {
  it('writes the counts with two digits', () => {
    expect(
      quotaText({ form: 'Giấy khen', collectives: 1, individuals: 3, per: 'mỗi xã, phường' }),
    ).toBe('Đối với Giấy khen: Mỗi xã, phường lựa chọn không quá 01 tập thể và 03 cá nhân.');
    expect(quotaText({ form: 'Bằng khen', individuals: 12 })).toBe(
      'Đối với Bằng khen: Lựa chọn không quá 12 cá nhân.',
    );
  });

  it('refuses a quota with no count, or "either" beside other counts', () => {
    expect(() => quotaText({ form: 'Bằng khen' })).toThrow(DocumentDataError);
    expect(() => quotaText({ form: 'Bằng khen', either: 1, individuals: 2 })).toThrow(
      DocumentDataError,
    );
    expect(() => quotaText({ form: 'Bằng khen', individuals: 0 })).toThrow(/số nguyên dương/);
  });
});

describe('rich text in the plan’s running text', () => {
  it('closes a rich closing sentence with the end mark and capitalises an emphasised task', async () => {
    const plan: PlanDocument = {
      ...bacKanOfficePlan,
      implementation: [
        {
          body: 'Các phòng',
          tasks: [[{ text: 'thí điểm ngay', italic: true }, ' kế hoạch.'], 'báo cáo.'],
        },
      ],
      closing: ['Trên đây là Kế hoạch của ', { text: 'Văn phòng', italic: true }],
    };
    expect(planBody(plan).at(-1)).toEqual({
      kind: 'paragraph',
      text: ['Trên đây là Kế hoạch của ', { text: 'Văn phòng./.', italic: true }],
    });
    const doc = docxParts(await buildPlanDocx(plan))['word/document.xml'] ?? '';
    expect(runWith(doc, 'Văn phòng./.').italic).toBe(true);
    expect(runWith(doc, 'Thí điểm ngay').italic).toBe(true);
    expect(paragraphs(doc)).toContain('- Thí điểm ngay kế hoạch.');
  });
});

describe('numbering: the style of the lower levels and numbered mục đích items', () => {
  const aims = ['Động viên cán bộ thi đua.', 'Biểu dương kịp thời.', 'Thiết thực, hiệu quả.'];
  /** A government plan with a level-3 heading under II. 4 (Nội dung thi đua) and one level below. */
  const nested: PlanDocument = {
    ...bacKanOfficePlan,
    purpose: { aims, numbered: true },
    content: [
      {
        kind: 'section',
        title: 'Thi đua xây dựng Đảng và hệ thống chính trị',
        blocks: [
          {
            kind: 'section',
            title: 'Về xây dựng Đảng',
            blocks: ['- Năm 2024: kết nạp đảng viên.'],
          },
        ],
      },
    ],
  };
  const bodyText = async (plan: PlanDocument) => {
    const doc = docxParts(await buildPlanDocx(plan))['word/document.xml'] ?? '';
    return { doc, text: paragraphs(doc) };
  };

  it('numbers the mục đích items 1. 2. 3. in body type, as seeds 000, 002 and 003 do', async () => {
    const { doc, text } = await bodyText(nested);
    const i = text.indexOf('I. MỤC ĐÍCH, YÊU CẦU');
    expect(text.slice(i, i + 5)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Động viên cán bộ thi đua.',
      '2. Biểu dương kịp thời.',
      '3. Thiết thực, hiệu quả.',
      'II. NỘI DUNG THI ĐUA',
    ]);
    expect(runWith(doc, '1. Động viên cán bộ thi đua.')).toMatchObject({
      bold: false,
      italic: false,
    });
  });

  it('prints "1.1." (bold italic) and "1.1.1." (italic) in the decimal style, in a government plan too', async () => {
    const { doc, text } = await bodyText({ ...nested, numbering: 'decimal' });
    expect(text).toContain('4.1. Thi đua xây dựng Đảng và hệ thống chính trị');
    expect(text).toContain('4.1.1. Về xây dựng Đảng');
    expect(runWith(doc, '4.1. Thi đua xây dựng Đảng')).toMatchObject({ bold: true, italic: true });
    expect(runWith(doc, '4.1.1. Về xây dựng Đảng')).toMatchObject({ bold: false, italic: true });
    expect(text.join('\n')).not.toMatch(/^[a-zđ]\) /m);
  });

  it('prints what it printed before when the style is not given: "a)" and an unnumbered title', async () => {
    const { text } = await bodyText(nested);
    expect(text).toContain('a) Thi đua xây dựng Đảng và hệ thống chính trị');
    expect(text).toContain('Về xây dựng Đảng');
    expect(text.join('\n')).not.toContain('4.1.');
    const explicit = await bodyText({ ...nested, numbering: 'letters' });
    expect(explicit.text).toEqual(text);
  });

  it('numbers mục đích and yêu cầu items a level down when both are given', async () => {
    const purpose = { aims: ['Động viên.', 'Biểu dương.'], requirements: ['Thiết thực.'] };
    const decimal = await bodyText({
      ...bacKanOfficePlan,
      numbering: 'decimal',
      purpose: { ...purpose, numbered: true },
    });
    const i = decimal.text.indexOf('I. MỤC ĐÍCH, YÊU CẦU');
    expect(decimal.text.slice(i, i + 6)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '1.1. Động viên.',
      '1.2. Biểu dương.',
      '2. Yêu cầu',
      '2.1. Thiết thực.',
    ]);
    const letters = await bodyText({
      ...bacKanOfficePlan,
      purpose: { ...purpose, numbered: true },
    });
    expect(letters.text).toContain('a) Động viên.');
    expect(letters.text).toContain('b) Biểu dương.');
    const plain = await bodyText({ ...bacKanOfficePlan, purpose });
    expect(plain.text).toContain('Động viên.');
    expect(plain.text).not.toContain('a) Động viên.');
  });
});

describe('layout: headings, the order of part II, the phases’ place, responsibilities as typed', () => {
  const phases = [
    {
      name: 'Giai đoạn 1',
      range: { from: '2024-10-01', to: '2024-12-31' },
      tasks: ['Phát động, đăng ký thi đua.'],
    },
    {
      name: 'Giai đoạn 2',
      range: { from: '2025-01-01', to: '2025-09-30' },
      tasks: ['Sơ kết, tổng kết.'],
    },
  ];
  /** The numbered lines of the body: part headings and the items below them, as printed. */
  const numbered = async (plan: PlanDocument) => {
    const doc = docxParts(await buildPlanDocx(plan))['word/document.xml'] ?? '';
    return paragraphs(doc).filter((l) => /^([IVX]+|\d+(\.\d+)*)\. /.test(l));
  };

  it('prints the headings the plan words its own way, in capitals at the first level', async () => {
    const lines = await numbered({
      ...bacKanOfficePlan,
      headings: {
        purpose: 'Mục đích và yêu cầu',
        contest: 'Chủ đề, nội dung, thời gian',
        theme: 'Chủ đề',
        period: 'Thời gian phát động',
        implementation: '   ',
      },
    });
    expect(lines).toContain('I. MỤC ĐÍCH VÀ YÊU CẦU');
    expect(lines).toContain('II. CHỦ ĐỀ, NỘI DUNG, THỜI GIAN');
    expect(lines).toContain('1. Chủ đề');
    expect(lines).toContain('2. Thời gian phát động');
    // a blank heading is the default one
    expect(lines).toContain('IV. TỔ CHỨC THỰC HIỆN');
  });

  it('prints part II’s items in the plan’s order and leaves out those not listed, never the content', async () => {
    const plan: PlanDocument = { ...bacKanOfficePlan, headings: { participants: 'Đối tượng' } };
    const reordered = await numbered({
      ...plan,
      contestOrder: ['participants', 'content', 'theme'],
    });
    const ii = reordered.indexOf('II. NỘI DUNG THI ĐUA');
    expect(reordered.slice(ii + 1, ii + 4)).toEqual([
      '1. Đối tượng',
      '2. Nội dung thi đua',
      '3. Chủ đề thi đua',
    ]);
    expect(reordered.join('\n')).not.toContain('Thời gian thi đua');
    // the content alone (no chỉ tiêu to print) stands right under part II: its bullets, no "1."
    const alone = await numbered({ ...plan, contestOrder: ['targets'] });
    const at = alone.indexOf('II. NỘI DUNG THI ĐUA');
    expect(alone[at + 1]).toBe('III. TIÊU CHUẨN VÀ HÌNH THỨC KHEN THƯỞNG');
    // no order: what it printed before
    expect(await numbered({ ...plan, contestOrder: [] })).toEqual(await numbered(plan));
  });

  it('puts the phases under "Thời gian thi đua" (seed 002), in their own part, or nowhere', async () => {
    const plan: PlanDocument = {
      ...bacKanOfficePlan,
      numbering: 'decimal',
      phases,
      contestOrder: ['theme', 'content', 'period'],
    };
    const inside = await numbered({ ...plan, schedule: 'period' });
    const ii = inside.indexOf('3. Thời gian thi đua');
    expect(inside.slice(ii, ii + 3)).toEqual([
      '3. Thời gian thi đua',
      '3.1. Giai đoạn 1 (từ ngày 01/10/2024 đến hết ngày 31/12/2024)',
      '3.2. Giai đoạn 2 (từ ngày 01/01/2025 đến hết ngày 30/09/2025)',
    ]);
    expect(inside.join('\n')).not.toContain('THỜI GIAN VÀ CÁC GIAI ĐOẠN');
    expect(await numbered({ ...plan, schedule: 'part' })).toContain(
      'III. THỜI GIAN VÀ CÁC GIAI ĐOẠN THỰC HIỆN',
    );
    expect(await numbered(plan)).toEqual(await numbered({ ...plan, schedule: 'part' }));
    const none = await numbered({ ...plan, schedule: 'none' });
    expect(none.join('\n')).not.toContain('Giai đoạn 1');
    // under the period item, but the period is not printed: the phases keep a part of their own
    const noPeriod = await numbered({ ...plan, schedule: 'period', contestOrder: ['content'] });
    expect(noPeriod).toContain('III. THỜI GIAN VÀ CÁC GIAI ĐOẠN THỰC HIỆN');
  });

  it('prints a responsibility typed as a whole sentence as typed, without the body’s name in front', async () => {
    const doc = docxParts(
      await buildPlanDocx({
        ...bacKanOfficePlan,
        implementation: [
          { body: 'Các phòng', tasks: ['tổ chức tuyên truyền.'] },
          {
            body: 'Phòng Hành chính tổ chức - Quản trị tài vụ',
            tasks: [
              'Giao Phòng Hành chính tổ chức - Quản trị tài vụ tổng hợp kết quả.',
              'Báo cáo.',
            ],
            asTyped: true,
          },
        ],
      }),
    )['word/document.xml'];
    const text = paragraphs(doc ?? '');
    const i = text.indexOf('1. Các phòng tổ chức tuyên truyền.');
    expect(text.slice(i, i + 3)).toEqual([
      '1. Các phòng tổ chức tuyên truyền.',
      '2. Giao Phòng Hành chính tổ chức - Quản trị tài vụ tổng hợp kết quả.',
      'Báo cáo.',
    ]);
  });
});
