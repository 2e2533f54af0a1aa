import { describe, expect, it } from 'vitest';

import { bacKanPlan, kh645, luat06 } from '../testing/fixtures';
import {
  BLANK,
  citation,
  closeText,
  numberBlocks,
  planOutline,
  quotaText,
  roman,
  withEndMark,
  type OutlineBlock,
  type OutlineLine,
} from './plan-outline';
import { outlineFromPlan, outlineFromValues } from './plan-preview-input';
import { planValues } from './plan-values';

/** The headings of the body as "label + text", the way an officer reads the outline. */
const headings = (lines: OutlineLine[]) =>
  lines.flatMap((l) =>
    l.kind === 'heading'
      ? [`${l.label}${l.text}`]
      : l.kind === 'item'
        ? [`${l.label}${l.text}`]
        : [],
  );

describe('planOutline — the Bắc Kạn office plan (seed 001), as the .docx lays it out', () => {
  const outline = planOutline(outlineFromPlan(bacKanPlan()));

  it('writes the State header of a draft: issuer names, Quốc hiệu, a blank number and day', () => {
    expect(outline.header.parentBody).toEqual(['UBND TỈNH BẮC KẠN']);
    expect(outline.header.body).toEqual(['VĂN PHÒNG']);
    expect(outline.header.underIssuer).toBe('rule');
    expect(outline.header.motto.map((m) => m.text)).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
    expect(outline.header.numberLine).toBe(`Số: ${BLANK}/KH-VP`);
    // a draft: the place is given at issue, the day left blank, the year of the period's start
    expect(outline.header.place).toBeNull();
    expect(outline.header.dateLine).toBe(`ngày ${BLANK} tháng ${BLANK} năm 2024`);
    expect(outline.kindTitle).toBe('KẾ HOẠCH');
    expect(outline.underTitle).toBe('rule');
  });

  it('opens with the căn cứ, then numbers the parts I., 1., a) in the builder order', () => {
    const [first] = outline.lines;
    expect(first).toEqual({
      kind: 'paragraph',
      text: 'Căn cứ Kế hoạch số 645/KH-UBND ngày 25/9/2024 của UBND tỉnh về việc phát động Đợt thi đua đặc biệt, Văn phòng xây dựng kế hoạch, như sau:',
    });
    expect(headings(outline.lines)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '2. Yêu cầu',
      'II. NỘI DUNG THI ĐUA',
      '1. Chủ đề thi đua',
      '2. Phương châm thi đua',
      '3. Thời gian thi đua',
      '4. Đối tượng thi đua',
      '5. Nội dung thi đua',
      'a) Tuyên truyền, quán triệt',
      'Trong cơ quan',
      'b) Thi đua thực hiện nhiệm vụ chính trị',
      '6. Chỉ tiêu thi đua',
      'III. THỜI GIAN VÀ CÁC GIAI ĐOẠN THỰC HIỆN',
      '1. Phát động (từ ngày 01/10/2024 đến hết ngày 31/10/2024)',
      '2. Các mốc thời gian',
      'IV. TIÊU CHUẨN VÀ HÌNH THỨC KHEN THƯỞNG',
      '1. Tiêu chuẩn khen thưởng',
      '2. Hình thức khen thưởng',
      '3. Số lượng khen thưởng',
      '4. Thành phần hồ sơ đề nghị khen thưởng',
      '5. Thời hạn gửi hồ sơ',
      'V. TỔ CHỨC THỰC HIỆN',
      '1. Các phòng, ban, đơn vị trực thuộc Văn phòng tổ chức tuyên truyền, triển khai kế hoạch này.',
      '2. Chế độ báo cáo: Các phòng, ban, đơn vị báo cáo kết quả thực hiện hằng quý về Chánh Văn phòng (qua Phòng Hành chính tổ chức - Quản trị tài vụ).',
    ]);
  });

  it('writes the contest part as the builder words it', () => {
    const texts = outline.lines.map((l) => ('text' in l ? l.text : ''));
    expect(texts).toContain(
      '“Đảng bộ, Chính quyền và Nhân dân các dân tộc tỉnh Bắc Kạn ra sức thi đua”.',
    );
    // phương châm then phương thức, under one heading
    expect(texts).toContain('Đoàn kết, sáng tạo, thi đua lập thành tích');
    expect(texts).toContain('Thi đua theo đợt, gắn với nhiệm vụ chính trị của cơ quan');
    expect(texts).toContain('Từ ngày 01/10/2024 đến hết ngày 30/09/2025.');
    expect(texts).toContain('Tập thể: Các phòng, ban, đơn vị trực thuộc Văn phòng.');
    expect(texts).toContain('Dự kiến ngày 01/10/2025: Hạn gửi hồ sơ khen thưởng.');
    expect(texts).toContain(
      'Đối với Bằng khen của Chủ tịch UBND tỉnh: Lựa chọn không quá 01 tập thể hoặc cá nhân có thành tích thật sự tiêu biểu xuất sắc.',
    );
    expect(texts).toContain(
      'Hồ sơ đề nghị khen thưởng gửi về Phòng Hành chính tổ chức - Quản trị tài vụ trước ngày 01/10/2025 để tổng hợp, trình Hội đồng Thi đua - Khen thưởng Văn phòng.',
    );
  });

  it('puts the targets in a table, the year in the name and the responsible unit in the note', () => {
    const table = outline.lines.find((l) => l.kind === 'table');
    expect(table).toEqual({
      kind: 'table',
      columns: [
        { header: 'TT', weight: 8, align: 'center' },
        { header: 'Chỉ tiêu', weight: 42 },
        { header: 'Đơn vị tính', weight: 14, align: 'center' },
        { header: 'Mức phấn đấu', weight: 22, align: 'center' },
        { header: 'Ghi chú', weight: 14 },
      ],
      rows: [
        [
          '1',
          'Tỷ lệ hồ sơ giải quyết đúng hạn (năm 2025)',
          '%',
          'Trên 98',
          'Phòng Hành chính tổ chức - Quản trị tài vụ',
        ],
      ],
    });
  });

  it('numbers footnotes in order and attaches them to their heading', () => {
    expect(outline.footnotes).toEqual(['Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.']);
    const heading = outline.lines.find(
      (l) => l.kind === 'heading' && l.text === 'Tuyên truyền, quán triệt',
    );
    expect(heading).toMatchObject({ label: 'a) ', notes: [1], bold: false, italic: true });
  });

  it('closes the body with "./." and writes nơi nhận and the KT. signature', () => {
    expect(outline.lines.at(-1)).toEqual({
      kind: 'paragraph',
      text: 'Trên đây là Kế hoạch phát động Đợt thi đua đặc biệt của Văn phòng./.',
    });
    expect(outline.recipients.lines).toEqual([
      'Gửi bản điện tử:',
      '- LĐVP;',
      '- Các phòng, ban, đơn vị;',
      '- Lưu: VT, HCQT.',
    ]);
    expect(outline.signature).toEqual({
      lines: ['KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'],
      name: 'Vũ Đức Chính',
    });
    expect(outline.problems).toEqual([]);
  });

  it('prints an issued plan with its number, place, day and the signer recorded at issue', () => {
    const issued = planOutline(
      outlineFromPlan(
        bacKanPlan({
          status: 'ISSUED',
          number: 12,
          symbol: '12/KH-VP',
          issuedOn: '2024-02-05',
          issuePlace: 'Bắc Kạn',
          signer: { on: null, title: 'Chánh Văn phòng', name: 'Nguyễn Văn A' },
        }),
      ),
    );
    expect(issued.header.numberLine).toBe('Số: 12/KH-VP');
    expect(issued.header.place).toBe('Bắc Kạn');
    expect(issued.header.dateLine).toBe('ngày 05 tháng 02 năm 2024');
    expect(issued.signature).toEqual({ lines: ['CHÁNH VĂN PHÒNG'], name: 'Nguyễn Văn A' });
  });
});

describe('planOutline — an amending plan', () => {
  it('says which plan it replaces and what it changes, right after the căn cứ', () => {
    const outline = planOutline(
      outlineFromPlan(
        bacKanPlan({
          amends: {
            id: 'plan-0',
            title: 'Phát động Đợt thi đua đặc biệt năm 2025',
            symbol: '05/KH-VP',
            issuedOn: '2024-09-30',
          },
          amendmentNote: 'lùi thời hạn gửi hồ sơ đến 15/10/2025.',
        }),
      ),
    );
    expect(outline.lines.slice(1, 3)).toEqual([
      {
        kind: 'paragraph',
        text: 'Kế hoạch này sửa đổi, bổ sung và thay thế Kế hoạch số 05/KH-VP ngày 30/9/2024 của Văn phòng về phát động Đợt thi đua đặc biệt năm 2025.',
      },
      {
        kind: 'paragraph',
        text: 'Nội dung sửa đổi, bổ sung: lùi thời hạn gửi hồ sơ đến 15/10/2025.',
      },
    ]);
    expect(outline.lines[3]).toMatchObject({ kind: 'heading', text: 'MỤC ĐÍCH, YÊU CẦU' });
  });
});

describe('planOutline — a Party issuer (HD 36-HD/VPTW)', () => {
  const plan = bacKanPlan({
    issuerUnit: {
      id: 'u-du',
      name: 'Đảng ủy Sở Nội vụ',
      shortName: 'ĐU',
      tree: 'PARTY',
      canOpen: true,
      parent: { id: 'u-tu', name: 'Đảng bộ tỉnh Hải Dương' },
    },
  });
  const outline = planOutline(outlineFromPlan(plan));

  it('uses the Party header, number form, dashes, recipients and end mark', () => {
    expect(outline.header.motto.map((m) => m.text)).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(outline.header.underIssuer).toBe('star');
    expect(outline.header.numberLine).toBe(`Số ${BLANK}-KH/ĐU`);
    expect(outline.underTitle).toBe('dashes');
    expect(outline.recipients.underline).toBe(true);
    expect(outline.recipients.lines).toEqual([
      'Gửi bản điện tử:',
      '- LĐVP,',
      '- Các phòng, ban, đơn vị,',
      '- Lưu VT, HCQT.',
    ]);
    expect(outline.signature.lines[0]).toBe('K/T CHÁNH VĂN PHÒNG');
    expect(outline.lines.at(-1)).toMatchObject({
      text: 'Trên đây là Kế hoạch phát động Đợt thi đua đặc biệt của Văn phòng.',
    });
  });

  it('says a TUQ. signature is not a Party form, as the builder refuses it', () => {
    const content = {
      ...plan.content,
      signature: {
        on: [{ authority: 'TUQ' as const, of: 'Bí thư' }],
        title: 'Chánh VP',
        name: 'A',
      },
    };
    const refused = planOutline(outlineFromPlan({ ...plan, content }));
    expect(refused.problems).toEqual([
      'Văn bản của Đảng không ký theo hình thức "TUQ" (chỉ dùng T/M, K/T, T/L).',
    ]);
  });
});

describe('planOutline — parts left out close up the numbering', () => {
  it('puts the content straight under II. when nothing stands beside it', () => {
    const outline = planOutline({
      issuer: null,
      number: null,
      place: null,
      date: null,
      title: '',
      legalBases: [],
      period: null,
      content: {
        purpose: { aims: ['Mục đích một.'] },
        sections: [{ title: 'Thi đua A', paragraphs: ['Nội dung A.'] }],
      },
    });
    expect(headings(outline.lines)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG THI ĐUA',
      '1. Thi đua A',
      'III. TỔ CHỨC THỰC HIỆN',
    ]);
    // with no issuer yet the header has no names, and the section with nothing in it ends the body
    expect(outline.header.body).toEqual([]);
    expect(outline.lines.at(-1)).toMatchObject({ kind: 'heading', text: 'TỔ CHỨC THỰC HIỆN' });
  });

  it('lists several căn cứ on their own lines before the resolution', () => {
    const outline = planOutline({
      ...outlineFromPlan(bacKanPlan()),
      legalBases: [luat06, kh645],
    });
    expect(outline.lines.slice(0, 3)).toEqual([
      {
        kind: 'paragraph',
        // a law is cited by its name (shared-domain legalCitation)
        text: 'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;',
      },
      {
        kind: 'paragraph',
        text: 'Căn cứ Kế hoạch số 645/KH-UBND ngày 25/9/2024 của UBND tỉnh về việc phát động Đợt thi đua đặc biệt;',
      },
      { kind: 'paragraph', text: 'Văn phòng xây dựng kế hoạch, như sau:' },
    ]);
  });
});

describe('the builder rules the outline copies', () => {
  it('writes quotas with two-digit counts, and names a quota without a count as a problem', () => {
    expect(
      quotaText({ form: 'Giấy khen', collectives: 2, individuals: 10, per: 'mỗi xã, phường' }),
    ).toBe('Đối với Giấy khen: Mỗi xã, phường lựa chọn không quá 02 tập thể và 10 cá nhân.');
    const problems: string[] = [];
    quotaText({ form: 'Bằng khen' }, problems);
    quotaText({ form: 'Cờ thi đua', either: 1, collectives: 1 }, problems);
    quotaText({ form: 'Giấy khen', collectives: 0 }, problems);
    expect(problems).toEqual([
      'Số lượng khen thưởng "Bằng khen": ghi số tập thể và/hoặc số cá nhân, hoặc chỉ số "tập thể hoặc cá nhân".',
      'Số lượng khen thưởng "Cờ thi đua": ghi số tập thể và/hoặc số cá nhân, hoặc chỉ số "tập thể hoặc cá nhân".',
      'Số lượng khen thưởng "Giấy khen" phải là số nguyên dương.',
    ]);
  });

  it('closes text with the end mark without doubling punctuation, after a table on its own line', () => {
    expect(closeText('như sau.', './.')).toBe('như sau./.');
    expect(closeText('đã có./.', './.')).toBe('đã có./.');
    expect(closeText('kết thúc;  ', '.')).toBe('kết thúc.');
    const table = { kind: 'table' as const, columns: [], rows: [] };
    expect(withEndMark([table], './.')).toEqual([table, './.']);
    expect(withEndMark([{ kind: 'list', items: ['a', 'b;'] }], './.')).toEqual([
      { kind: 'list', items: ['a', 'b./.'] },
    ]);
  });

  it('numbers in Roman, decimal and Vietnamese letters, and refuses a fifth level', () => {
    expect([1, 4, 9, 14].map(roman)).toEqual(['I', 'IV', 'IX', 'XIV']);
    const deep: OutlineBlock = { kind: 'section', title: 't', blocks: [] };
    const nest = (depth: number): OutlineBlock =>
      depth === 0 ? deep : { kind: 'section', title: 't', blocks: [nest(depth - 1)] };
    const problems: string[] = [];
    numberBlocks([nest(4)], problems);
    expect(problems).toEqual(['Văn bản chỉ có tối đa 4 cấp đề mục.']);
    const letters = numberBlocks([
      {
        kind: 'section',
        title: 'A',
        blocks: [{ kind: 'section', title: 'B', blocks: Array.from({ length: 6 }, () => deep) }],
      },
    ]).lines.map((l) => ('label' in l ? l.label : ''));
    expect(letters).toEqual(['I. ', '1. ', 'a) ', 'b) ', 'c) ', 'd) ', 'đ) ', 'e) ']);
  });

  it('cites a document as the API does: a law by its name, the rest by kind, number and issuer', () => {
    expect(citation(luat06)).toBe('Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022');
    expect(citation({ ...luat06, title: null })).toBe(
      'Luật số 06/2022/QH15 ngày 15/6/2022 của Quốc hội',
    );
    expect(citation({ ...kh645, issuedOn: '2014-04-07' })).toBe(
      'Kế hoạch số 645/KH-UBND ngày 07/4/2014 của UBND tỉnh về việc phát động Đợt thi đua đặc biệt',
    );
  });

  it('opens with "Thực hiện …" and the plan’s own resolution when the content says so', () => {
    const plan = bacKanPlan();
    const outline = planOutline(
      outlineFromPlan({
        ...plan,
        legalBases: [kh645, luat06],
        content: {
          ...plan.content,
          opening: {
            verb: 'THUC_HIEN',
            resolution: 'Văn phòng UBND tỉnh xây dựng kế hoạch, như sau:',
          },
        },
      }),
    );
    expect(outline.lines[0]).toEqual({
      kind: 'paragraph',
      text: 'Thực hiện Kế hoạch số 645/KH-UBND ngày 25/9/2024 của UBND tỉnh về việc phát động Đợt thi đua đặc biệt; Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022, Văn phòng UBND tỉnh xây dựng kế hoạch, như sau:',
    });
  });

  it('shows a reversed period as the builder would refuse it', () => {
    const outline = planOutline({
      ...outlineFromPlan(bacKanPlan()),
      period: { from: '2025-09-30', to: '2024-10-01' },
    });
    expect(outline.problems).toEqual(['Khoảng thời gian không hợp lệ: 30/09/2025 sau 01/10/2024.']);
  });
});

describe('outlineFromValues — the editor previews what a save would send', () => {
  it('matches the saved plan once the editor holds its values', () => {
    const plan = bacKanPlan();
    const known = new Map([[kh645.id, kh645]]);
    const fromEditor = planOutline(outlineFromValues(planValues(plan), plan.issuerUnit, known));
    expect(fromEditor).toEqual(planOutline(outlineFromPlan(plan)));
  });

  it('drops blank paragraphs and unknown căn cứ, and leaves empty parts out', () => {
    const outline = planOutline(
      outlineFromValues(
        {
          title: '  Trích yếu  ',
          periodFrom: '2025-01-01',
          legalDocumentIds: ['chưa-tải', undefined],
          content: {
            purpose: { aims: ['  ', 'Mục đích.', undefined] },
            sections: [],
            awards: { forms: [], criteria: [], dossier: [' '] },
            reporting: { who: '', frequency: ' ', to: '' },
          },
        },
        null,
        new Map(),
      ),
    );
    expect(outline.title).toBe('Trích yếu');
    expect(outline.header.dateLine).toBe(`ngày ${BLANK} tháng ${BLANK} năm 2025`);
    expect(headings(outline.lines)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG THI ĐUA',
      'III. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(outline.lines[1]).toEqual({ kind: 'paragraph', text: 'Mục đích.' });
  });
});
