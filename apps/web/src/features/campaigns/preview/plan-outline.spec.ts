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

describe('planOutline — inline markup, as planDocumentParts prints it', () => {
  const plan = bacKanPlan();
  const [first, second] = plan.content.sections ?? [];
  const marked = {
    ...plan,
    content: {
      ...plan.content,
      purpose: {
        aims: ['Phát huy *sức mạnh* của cả hệ thống chính trị.'],
        requirements: null,
        numbered: null,
      },
      participants: { collectives: 'Các phòng (*trực thuộc*).', individuals: null },
      sections: [
        {
          ...first!,
          paragraphs: [
            '+ *Hoàn thành*: công trình thủy lợi[^CSHT ven biển.], giao thông [^Tuyến tránh.];',
          ],
        },
        {
          ...second!,
          paragraphs: ['Thi đua **vượt chỉ tiêu**[^Theo nghị quyết.]'],
        },
      ],
      closing: 'Trên đây là Kế hoạch của *Văn phòng*',
    },
  };
  const outline = planOutline(outlineFromPlan(marked));
  const line = (words: string) => {
    const found = outline.lines.find((l) => 'text' in l && l.text.includes(words));
    if (!found) throw new Error(`no line with "${words}"`);
    return found;
  };

  it('reads emphasis into runs and numbers footnotes after the title’s, in document order', () => {
    expect(line('Hoàn thành')).toEqual({
      kind: 'paragraph',
      text: '+ Hoàn thành: công trình thủy lợi, giao thông;',
      runs: [
        { text: '+ ' },
        { text: 'Hoàn thành', italic: true },
        { text: ': công trình thủy lợi' },
        { note: 2 },
        { text: ', giao thông' },
        { note: 3 },
        { text: ';' },
      ],
    });
    // footnote 1 hangs on the section's title, 4 is in the next section's paragraph
    expect(outline.footnotes).toEqual([
      'Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.',
      'CSHT ven biển.',
      'Tuyến tránh.',
      'Theo nghị quyết.',
    ]);
    expect(line('vượt chỉ tiêu')).toMatchObject({
      runs: [{ text: 'Thi đua ' }, { text: 'vượt chỉ tiêu', bold: true }, { note: 4 }],
    });
  });

  it('keeps plain text plain and carries emphasis through prefixes and the end mark', () => {
    expect(line('sức mạnh')).toEqual({
      kind: 'paragraph',
      text: 'Phát huy sức mạnh của cả hệ thống chính trị.',
      runs: [
        { text: 'Phát huy ' },
        { text: 'sức mạnh', italic: true },
        { text: ' của cả hệ thống chính trị.' },
      ],
    });
    expect(line('Các phòng (')).toMatchObject({
      kind: 'bullet',
      runs: [
        { text: 'Tập thể: ' },
        { text: 'Các phòng (' },
        { text: 'trực thuộc', italic: true },
        { text: ').' },
      ],
    });
    // nd30/text.ts closeText: the mark joins the last words, italic ones included
    expect(outline.lines.at(-1)).toMatchObject({
      kind: 'paragraph',
      runs: [{ text: 'Trên đây là Kế hoạch của ' }, { text: 'Văn phòng./.', italic: true }],
    });
    expect(line('Tổ chức hội nghị quán triệt.')).toEqual({
      kind: 'paragraph',
      text: 'Tổ chức hội nghị quán triệt.',
    });
  });

  it('prints malformed markup as typed', () => {
    const typo = planOutline(
      outlineFromPlan({
        ...plan,
        content: { ...plan.content, closing: 'Trên đây là *Kế hoạch [^chưa đóng' },
      }),
    );
    expect(typo.lines.at(-1)).toEqual({
      kind: 'paragraph',
      text: 'Trên đây là *Kế hoạch [^chưa đóng./.',
    });
  });

  it('closes rich text with the mark, after a footnote when it ends the text', () => {
    expect(closeText(['a ', { text: 'b.', italic: true }], './.')).toEqual([
      'a ',
      { text: 'b./.', italic: true },
    ]);
    expect(closeText(['a', { note: 'n' }], '.')).toEqual(['a', { note: 'n' }, '.']);
    expect(
      withEndMark([{ kind: 'paragraph', text: ['x', { text: 'y;', bold: true }] }], '.'),
    ).toEqual([{ kind: 'paragraph', text: ['x', { text: 'y.', bold: true }] }]);
  });
});

describe('planOutline — numbering, as planDocumentParts and renderBlocks print it', () => {
  /** The Bắc Kạn plan with its numbering changed as an officer would in the editor. */
  const numbered = (numbering: 'LETTERS' | 'DECIMAL' | null, purposeNumbered: boolean) => {
    const plan = bacKanPlan();
    return planOutline(
      outlineFromPlan({
        ...plan,
        content: {
          ...plan.content,
          numbering,
          purpose: { ...plan.content.purpose, numbered: purposeNumbered },
        },
      }),
    );
  };

  it('numbers the third and fourth levels 1.1. (bold italic) and 1.1.1. (italic) in the decimal style', () => {
    const lines = numbered('DECIMAL', false).lines;
    const content = headings(lines).slice(8, 12);
    expect(content).toEqual([
      '5. Nội dung thi đua',
      '5.1. Tuyên truyền, quán triệt',
      '5.1.1. Trong cơ quan',
      '5.2. Thi đua thực hiện nhiệm vụ chính trị',
    ]);
    const style = (label: string) =>
      lines.find((l) => l.kind === 'heading' && l.label === label) as
        Extract<OutlineLine, { kind: 'heading' }> | undefined;
    expect(style('5.1. ')).toMatchObject({ depth: 3, bold: true, italic: true });
    expect(style('5.1.1. ')).toMatchObject({ depth: 4, bold: false, italic: true });
  });

  it('prints content saved without a style exactly as the letters style', () => {
    const before = planOutline(outlineFromPlan(bacKanPlan()));
    expect(numbered(null, false)).toEqual(before);
    expect(numbered('LETTERS', false)).toEqual(before);
    expect(headings(before.lines)).toContain('a) Tuyên truyền, quán triệt');
  });

  it('numbers the mục đích and yêu cầu items a level below their headings when asked', () => {
    expect(headings(numbered('DECIMAL', true).lines).slice(0, 5)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '1.1. Thông qua Đợt thi đua nhằm phát huy sức mạnh của cả hệ thống chính trị.',
      '2. Yêu cầu',
      '2.1. Triển khai sâu rộng phong trào thi đua đến cán bộ, công chức.',
    ]);
    const letters = numbered('LETTERS', true).lines;
    // after the căn cứ, part I and "1. Mục đích"
    expect(letters[3]).toEqual({
      kind: 'item',
      label: 'a) ',
      text: 'Thông qua Đợt thi đua nhằm phát huy sức mạnh của cả hệ thống chính trị.',
    });
  });

  it('numbers mục đích items 1., 2. straight under part I when there is no yêu cầu', () => {
    const outline = planOutline(
      outlineFromValues(
        {
          title: 'Trích yếu',
          periodFrom: '2025-01-01',
          content: {
            numbering: 'DECIMAL',
            purpose: { aims: ['Động viên.', '*Biểu dương* kịp thời.'], numbered: true },
            sections: [],
          },
        },
        null,
        new Map(),
      ),
    );
    expect(outline.lines.slice(0, 3)).toEqual([
      {
        kind: 'heading',
        depth: 1,
        label: 'I. ',
        text: 'MỤC ĐÍCH, YÊU CẦU',
        bold: true,
        italic: false,
        notes: [],
      },
      { kind: 'item', label: '1. ', text: 'Động viên.' },
      {
        kind: 'item',
        label: '2. ',
        text: 'Biểu dương kịp thời.',
        runs: [{ text: 'Biểu dương', italic: true }, { text: ' kịp thời.' }],
      },
    ]);
  });

  it('numberBlocks labels each level of the decimal style from the path', () => {
    const leaf: OutlineBlock = { kind: 'section', title: 't', blocks: [] };
    const tree: OutlineBlock = {
      kind: 'section',
      title: 'A',
      blocks: [
        leaf,
        {
          kind: 'section',
          title: 'B',
          blocks: [leaf, { kind: 'section', title: 'C', blocks: [leaf, leaf] }],
        },
      ],
    };
    const labels = numberBlocks([tree], [], 'decimal').lines.map((l) =>
      'label' in l ? l.label : '',
    );
    expect(labels).toEqual(['I. ', '1. ', '2. ', '2.1. ', '2.2. ', '2.2.1. ', '2.2.2. ']);
  });
});

describe('planOutline — layout, as build-plan.ts lays it out (headings, order, phases, as typed)', () => {
  type Content = ReturnType<typeof bacKanPlan>['content'];
  const laidOut = (change: Partial<Content>) => {
    const plan = bacKanPlan();
    return planOutline(outlineFromPlan({ ...plan, content: { ...plan.content, ...change } }));
  };
  /** Part headings and the items right under them ("I. …", "1. …"), as printed. */
  const firstLevels = (change: Partial<Content>) =>
    headings(laidOut(change).lines).filter((l) => /^([IVX]+|\d+)\. /.test(l));

  it('prints the plan’s own headings, blank ones as the default', () => {
    const lines = firstLevels({
      headings: {
        purpose: 'Mục đích và yêu cầu',
        contest: 'Chủ đề, nội dung, thời gian',
        theme: 'Chủ đề',
        period: 'Thời gian phát động',
        implementation: '  ',
      } as Content['headings'],
    });
    expect(lines).toContain('I. MỤC ĐÍCH VÀ YÊU CẦU');
    expect(lines).toContain('II. CHỦ ĐỀ, NỘI DUNG, THỜI GIAN');
    expect(lines).toContain('1. Chủ đề');
    expect(lines).toContain('3. Thời gian phát động');
    expect(lines).toContain('V. TỔ CHỨC THỰC HIỆN');
  });

  it('orders part II as the plan lists it and puts the phases under the period (seed 002)', () => {
    const lines = headings(
      laidOut({
        numbering: 'DECIMAL',
        contestOrder: ['THEME', 'CONTENT', 'PERIOD'],
        schedulePlacement: 'PERIOD',
      }).lines,
    );
    const at = lines.indexOf('II. NỘI DUNG THI ĐUA');
    expect(lines.slice(at, at + 9)).toEqual([
      'II. NỘI DUNG THI ĐUA',
      '1. Chủ đề thi đua',
      '2. Nội dung thi đua',
      '2.1. Tuyên truyền, quán triệt',
      '2.1.1. Trong cơ quan',
      '2.2. Thi đua thực hiện nhiệm vụ chính trị',
      '3. Thời gian thi đua',
      '3.1. Phát động (từ ngày 01/10/2024 đến hết ngày 31/10/2024)',
      '3.2. Các mốc thời gian',
    ]);
    // the participants and the targets are kept, not printed; no part of their own for the phases
    expect(lines.join('\n')).not.toMatch(/Đối tượng thi đua|Chỉ tiêu thi đua|GIAI ĐOẠN THỰC HIỆN/);
  });

  it('hides the phases, or keeps them a part when the period is not printed', () => {
    expect(firstLevels({ schedulePlacement: 'NONE' }).join('\n')).not.toContain('GIAI ĐOẠN');
    expect(firstLevels({ schedulePlacement: 'PERIOD', contestOrder: ['CONTENT'] })).toContain(
      'III. THỜI GIAN VÀ CÁC GIAI ĐOẠN THỰC HIỆN',
    );
    // the content alone stands right under part II (seed 003)
    const alone = firstLevels({ contestOrder: ['CONTENT'], schedulePlacement: 'NONE' });
    const at = alone.indexOf('II. NỘI DUNG THI ĐUA');
    expect(alone.slice(at + 1, at + 3)).toEqual([
      '1. Tuyên truyền, quán triệt',
      '2. Thi đua thực hiện nhiệm vụ chính trị',
    ]);
  });

  it('prints untitled sections as their paragraphs, a responsibility as typed, no reporting item', () => {
    const plan = bacKanPlan();
    const outline = laidOut({
      sections: [
        {
          title: null,
          paragraphs: ['(1) Tập trung lãnh đạo.'],
          footnotes: null,
          subsections: null,
        },
        { title: '  ', paragraphs: ['(2) Chuẩn bị tốt.'], footnotes: null, subsections: null },
      ],
      implementation: [
        ...(plan.content.implementation ?? []),
        {
          body: 'Phòng Hành chính',
          tasks: ['Giao Phòng Hành chính tổng hợp kết quả.', 'Báo cáo Chánh Văn phòng.'],
          asTyped: true,
        },
      ],
      reporting: { ...plan.content.reporting!, inText: true },
    });
    const texts = outline.lines.map((l) =>
      l.kind === 'heading' || l.kind === 'item' ? `${l.label}${l.text}` : 'text' in l ? l.text : '',
    );
    const at = texts.indexOf('5. Nội dung thi đua');
    expect(texts.slice(at, at + 3)).toEqual([
      '5. Nội dung thi đua',
      '(1) Tập trung lãnh đạo.',
      '(2) Chuẩn bị tốt.',
    ]);
    expect(texts).toContain('2. Giao Phòng Hành chính tổng hợp kết quả.');
    expect(texts).toContain('Báo cáo Chánh Văn phòng.');
    expect(texts.join('\n')).not.toContain('Chế độ báo cáo');
  });

  it('prints a plan saved before the layout choices as it did', () => {
    const before = planOutline(outlineFromPlan(bacKanPlan()));
    expect(laidOut({ headings: null, contestOrder: null, schedulePlacement: null }).lines).toEqual(
      before.lines,
    );
    expect(laidOut({ contestOrder: [], schedulePlacement: 'PART' }).lines).toEqual(before.lines);
  });
});
