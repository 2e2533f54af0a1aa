import { buildPlanDocx, planBody, type PlanDocument } from '@thidua/documents';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { strFromU8, unzipSync } from 'fflate';
import { canonical } from './campaign-audit';
import {
  CampaignPlanContent as CampaignPlanContentInput,
  planDocumentParts,
  plainContent,
  richText,
  type CampaignPlanContent,
} from './campaign-plan-content';

/** The Bắc Kạn office as issuer: what campaign-document.ts adds to the content's parts. */
function plan(parts: ReturnType<typeof planDocumentParts>): PlanDocument {
  return {
    ...parts,
    issuer: { tree: 'GOVERNMENT', parentBody: 'UBND tỉnh Bắc Kạn', body: 'Văn phòng', code: 'VP' },
    number: null,
    place: 'Bắc Kạn',
    date: { year: 2024, month: 9 },
    title: 'Phát động Đợt thi đua đặc biệt',
    period: { from: '2024-10-01', to: '2025-09-30' },
  };
}

/** A .docx part as text. */
async function docxPart(doc: PlanDocument, path: string): Promise<string> {
  const file = unzipSync(await buildPlanDocx(doc))[path];
  if (!file) throw new Error(`no ${path}`);
  return strFromU8(file);
}

const unescapeXml = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');

/**
 * The body paragraph holding `words`, as its runs in order: text ("/i" after italic text, "/b" after
 * bold) or "[^n]" for a footnote reference to footnote n.
 */
function runsOf(xml: string, words: string): string[] {
  const paragraph = [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)]
    .map((m) => m[1] ?? m[2] ?? '')
    .find((p) => unescapeXml(p).includes(words));
  if (!paragraph) throw new Error(`no paragraph with "${words}"`);
  return [...paragraph.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map(([, run = '']) => {
    const ref = /<w:footnoteReference w:id="(\d+)"\/>/.exec(run);
    if (ref) return `[^${ref[1]}]`;
    const text = unescapeXml(
      [...run.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/gs)].map((m) => m[1]).join(''),
    );
    return text + (/<w:i\/>/.test(run) ? '/i' : '') + (/<w:b\/>/.test(run) ? '/b' : '');
  });
}

/** The text of footnote `id` in word/footnotes.xml. */
function footnote(xml: string, id: string): string {
  const note = new RegExp(`<w:footnote [^>]*w:id="${id}"[^>]*>(.*?)</w:footnote>`, 's').exec(
    xml,
  )?.[1];
  return unescapeXml(
    [...(note ?? '').matchAll(/<w:t[^>]*>(.*?)<\/w:t>/gs)].map((m) => m[1]).join(''),
  );
}

const content = {
  purpose: { aims: ['  Phát huy sức mạnh của cả hệ thống chính trị.  '], requirements: null },
  theme: 'Thi đua lập thành tích chào mừng Đại hội',
  motto: ['Đoàn kết, sáng tạo'],
  methods: ['Thi đua theo đợt'],
  sections: [
    {
      title: 'Tuyên truyền',
      paragraphs: ['Quán triệt Chỉ thị số 34-CT/TW.'],
      footnotes: ['Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.'],
      subsections: [{ title: 'Trong cơ quan', paragraphs: ['Tổ chức hội nghị.'] }],
    },
  ],
  targets: [{ indicator: 'Hồ sơ đúng hạn', target: 'Trên 98', unit: '%', year: 2025 }],
  phases: [{ name: 'Phát động', from: '2024-10-01', to: '2024-10-31', tasks: ['Ban hành.'] }],
  milestones: [{ date: '2025-10-01', label: 'Hạn gửi hồ sơ' }],
  awards: {
    forms: [{ name: 'Giấy khen của Chánh Văn phòng' }],
    criteria: [{ label: 'Đối với tập thể', text: 'Hoàn thành xuất sắc nhiệm vụ.' }],
    quotas: [{ form: 'Giấy khen của Chánh Văn phòng', either: 1 }],
    dossier: ['Tờ trình.'],
    submitTo: 'Phòng Hành chính',
    deadline: '2025-10-01',
  },
  implementation: [{ body: 'Các phòng, ban', tasks: ['triển khai kế hoạch.'] }],
  reporting: { who: 'Các phòng, ban', frequency: 'hằng quý', to: 'Chánh Văn phòng' },
  recipients: { groups: [{ names: ['LĐVP'] }], archive: 'VT, HCQT' },
  signature: {
    on: [{ authority: 'KT', of: 'Chánh Văn phòng' }],
    title: 'Phó Chánh Văn phòng',
    name: 'Vũ Đức Chính',
  },
} as unknown as CampaignPlanContent;

describe('campaign plan content', () => {
  it('is stored trimmed, without nulls, and compares equal whatever the key order', () => {
    const plain = plainContent(content);
    expect(plain.purpose).toEqual({ aims: ['Phát huy sức mạnh của cả hệ thống chính trị.'] });
    // jsonb hands keys back in its own order
    const reordered = Object.fromEntries(Object.entries(plain).reverse());
    expect(Object.keys(reordered)).not.toEqual(Object.keys(plain));
    expect(JSON.stringify(canonical(reordered))).toBe(JSON.stringify(canonical(plain)));
  });

  it('maps onto libs/documents’ PlanDocument and builds a .docx', async () => {
    const parts = planDocumentParts(plainContent(content));
    expect(parts.content[0]).toEqual({
      kind: 'section',
      title: ['Tuyên truyền', { note: 'Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.' }],
      blocks: [
        'Quán triệt Chỉ thị số 34-CT/TW.',
        { kind: 'section', title: 'Trong cơ quan', blocks: ['Tổ chức hội nghị.'] },
      ],
    });
    expect(parts.signature).toEqual({
      on: [{ mode: 'KT', of: 'Chánh Văn phòng' }],
      title: 'Phó Chánh Văn phòng',
      name: 'Vũ Đức Chính',
    });
    expect(parts.awards?.deadline).toEqual({ date: '2025-10-01', submitTo: 'Phòng Hành chính' });
    const doc = plan(parts);
    expect(planBody(doc).length).toBeGreaterThan(3);
    expect((await buildPlanDocx(doc)).byteLength).toBeGreaterThan(1000);
  });
});

describe('inline markup in the printed plan', () => {
  it('maps text without markup to the same plain strings as before, markup to rich text', () => {
    expect(richText('Quán triệt Chỉ thị số 34-CT/TW (*) ngày 07/4/2014.')).toBe(
      'Quán triệt Chỉ thị số 34-CT/TW (*) ngày 07/4/2014.',
    );
    expect(richText('a \\* b')).toBe('a * b');
    expect(richText('*Bước 1.* Xây dựng[^Theo Hướng dẫn 6980.] **điển hình**')).toEqual([
      { text: 'Bước 1.', italic: true },
      ' Xây dựng',
      { note: 'Theo Hướng dẫn 6980.' },
      ' ',
      { text: 'điển hình', bold: true },
    ]);
    // a malformed mark is accepted and prints as typed
    expect(richText('*Hoàn thành: chưa đóng')).toBe('*Hoàn thành: chưa đóng');
  });

  const marked = {
    ...content,
    purpose: { aims: ['Phát huy *sức mạnh* của cả hệ thống chính trị.'] },
    sections: [
      {
        title: 'Phát triển kinh tế - xã hội',
        footnotes: ['Chú thích gắn sau tên nội dung.'],
        paragraphs: [
          '+ *Hoàn thành*: nghiệm thu các công trình thủy lợi[^CSHT ven biển Ba Tri.], giao thông [^Tuyến tránh Phước Mỹ Trung.]; hoàn thiện hạ tầng.',
        ],
      },
    ],
    awards: {
      ...content.awards,
      dossier: ['Báo cáo thành tích (*Mẫu số 08 ban hành kèm theo Nghị định số 152/2025/NĐ-CP*).'],
    },
    implementation: [{ body: 'Các phòng, ban', tasks: ['*triển khai* kế hoạch.', 'báo cáo.'] }],
  } as unknown as CampaignPlanContent;

  it('prints italic runs and Word footnotes at the point of reference, after the title’s', async () => {
    const doc = plan(planDocumentParts(plainContent(marked)));
    const xml = await docxPart(doc, 'word/document.xml');
    const notes = await docxPart(doc, 'word/footnotes.xml');
    const title = runsOf(xml, 'Phát triển kinh tế - xã hội');
    const body = runsOf(xml, 'nghiệm thu các công trình');
    expect(body).toEqual([
      '+ ',
      'Hoàn thành/i',
      ': nghiệm thu các công trình thủy lợi',
      expect.stringMatching(/^\[\^\d+\]$/),
      ', giao thông',
      expect.stringMatching(/^\[\^\d+\]$/),
      '; hoàn thiện hạ tầng.',
    ]);
    // Word numbers footnotes in the order they stand: the title's, then the paragraph's two
    const ids = [title.at(-1), body[3], body[5]].map((r) => /\d+/.exec(r ?? '')?.[0] ?? '');
    expect(new Set(ids).size).toBe(3);
    expect(ids.map(Number)).toEqual([...ids.map(Number)].sort((a, b) => a - b));
    expect(ids.map((id) => footnote(notes, id))).toEqual([
      'Chú thích gắn sau tên nội dung.',
      'CSHT ven biển Ba Tri.',
      'Tuyến tránh Phước Mỹ Trung.',
    ]);
    expect(runsOf(xml, 'Mẫu số 08')).toEqual([
      '- ',
      'Báo cáo thành tích (',
      'Mẫu số 08 ban hành kèm theo Nghị định số 152/2025/NĐ-CP/i',
      ').',
    ]);
    expect(runsOf(xml, 'sức mạnh')).toEqual([
      'Phát huy ',
      'sức mạnh/i',
      ' của cả hệ thống chính trị.',
    ]);
    // a task listed under its body is capitalised, emphasis kept
    expect(runsOf(xml, 'iển khai')).toEqual(['- ', 'Triển khai/i', ' kế hoạch.']);
  });
});

describe('numbering of the printed plan', () => {
  const numbered = {
    ...content,
    purpose: { aims: ['Phát huy sức mạnh.', 'Biểu dương kịp thời.'], numbered: true },
    numbering: 'DECIMAL',
  } as unknown as CampaignPlanContent;

  it('maps DECIMAL and LETTERS onto the builder’s styles, and numbered mục đích items', () => {
    const parts = planDocumentParts(plainContent(numbered));
    expect(parts.numbering).toBe('decimal');
    expect(parts.purpose).toEqual({
      aims: ['Phát huy sức mạnh.', 'Biểu dương kịp thời.'],
      numbered: true,
    });
    const letters = { ...numbered, numbering: 'LETTERS' } as CampaignPlanContent;
    expect(planDocumentParts(letters).numbering).toBe('letters');
  });

  it('leaves both out of content saved before they existed, so it prints as it did', async () => {
    const parts = planDocumentParts(plainContent(content));
    expect(parts).not.toHaveProperty('numbering');
    expect(parts.purpose).not.toHaveProperty('numbered');
    // null (what the API hands back for an absent field) and false print the same
    const cleared = {
      ...content,
      numbering: null,
      purpose: { ...content.purpose, numbered: false },
    };
    const again = planDocumentParts(cleared as unknown as CampaignPlanContent);
    expect(again).not.toHaveProperty('numbering');
    expect(again.purpose).not.toHaveProperty('numbered');
    const xml = await docxPart(plan(parts), 'word/document.xml');
    // under "4. Nội dung thi đua": a section is "a)", its sub-section an unnumbered italic title
    expect(runsOf(xml, 'Tuyên truyền').slice(0, 2)).toEqual(['a) /i', 'Tuyên truyền/i']);
    expect(runsOf(xml, 'Trong cơ quan')).toEqual(['Trong cơ quan/i']);
    expect(runsOf(xml, 'Phát huy sức mạnh')).toEqual([
      'Phát huy sức mạnh của cả hệ thống chính trị.',
    ]);
  });

  it('prints "4.1." and the mục đích items "1.", "2." in the decimal style', async () => {
    const xml = await docxPart(
      plan(planDocumentParts(plainContent(numbered))),
      'word/document.xml',
    );
    expect(runsOf(xml, 'Tuyên truyền').slice(0, 2)).toEqual(['4.1. /i/b', 'Tuyên truyền/i/b']);
    expect(runsOf(xml, 'Trong cơ quan')).toEqual(['4.1.1. Trong cơ quan/i']);
    expect(runsOf(xml, 'Phát huy sức mạnh')).toEqual(['1. Phát huy sức mạnh.']);
    expect(runsOf(xml, 'Biểu dương kịp thời')).toEqual(['2. Biểu dương kịp thời.']);
  });

  it('refuses an unknown style and a numbered flag that is not a boolean, in Vietnamese', async () => {
    const input = plainToInstance(CampaignPlanContentInput, {
      ...numbered,
      purpose: { aims: ['Phát huy.'], numbered: 'có' },
      numbering: 'ROMAN',
    });
    const errors = await validate(input);
    const messages = (e: (typeof errors)[number]): string[] => [
      ...Object.values(e.constraints ?? {}),
      ...(e.children ?? []).flatMap(messages),
    ];
    expect(errors.flatMap(messages)).toEqual(
      expect.arrayContaining([
        'Cách đánh số đề mục không nằm trong danh sách cho phép.',
        'Đánh số mục đích, yêu cầu phải là có/không.',
      ]),
    );
  });
});

describe('layout of the printed plan: headings, part II’s order, phases, untitled sections', () => {
  const errorsOf = async (value: object): Promise<Record<string, string[]>> => {
    const errors = await validate(plainToInstance(CampaignPlanContentInput, value));
    const out: Record<string, string[]> = {};
    const walk = (e: (typeof errors)[number], path: string) => {
      const here = path ? `${path}.${e.property}` : e.property;
      if (e.constraints) out[here] = Object.values(e.constraints);
      for (const child of e.children ?? []) walk(child, here);
    };
    for (const e of errors) walk(e, '');
    return out;
  };
  /** Seed 002's part II: chủ đề, nội dung "(1) …" without headings, thời gian with its phases. */
  const haiDuong = {
    ...content,
    numbering: 'DECIMAL',
    headings: { contest: 'Chủ đề, nội dung, thời gian', theme: 'Chủ đề ', motto: '  ' },
    contestOrder: ['THEME', 'CONTENT', 'PERIOD'],
    schedulePlacement: 'PERIOD',
    sections: [
      { title: null, paragraphs: ['(1) Tập trung lãnh đạo, chỉ đạo.'] },
      { title: '  ', paragraphs: ['(2) Chuẩn bị tốt các điều kiện.'] },
    ],
    implementation: [
      { body: 'Các chi bộ', tasks: ['căn cứ kế hoạch này tổ chức thực hiện.'] },
      {
        body: 'Văn phòng Đảng ủy',
        tasks: ['Giao Văn phòng Đảng ủy giúp Đảng ủy theo dõi; định kỳ báo cáo Đảng ủy.'],
        asTyped: true,
      },
    ],
    reporting: { ...content.reporting, inText: true },
  } as unknown as CampaignPlanContent;

  it('maps each choice onto the builder’s, headings trimmed and blanks left out', () => {
    const parts = planDocumentParts(plainContent(haiDuong));
    expect(parts.headings).toEqual({ contest: 'Chủ đề, nội dung, thời gian', theme: 'Chủ đề' });
    expect(parts.contestOrder).toEqual(['theme', 'content', 'period']);
    expect(parts.schedule).toBe('period');
    // untitled sections are their paragraphs, in their place
    expect(parts.content).toEqual([
      '(1) Tập trung lãnh đạo, chỉ đạo.',
      '(2) Chuẩn bị tốt các điều kiện.',
    ]);
    expect(parts.implementation[1]).toMatchObject({ asTyped: true });
    expect(parts.implementation[0]).not.toHaveProperty('asTyped');
    // written into a task: not printed again
    expect(parts.reporting).toBeUndefined();
  });

  it('leaves every choice out of content saved before they existed', () => {
    const parts = planDocumentParts(plainContent(content));
    for (const key of ['headings', 'contestOrder', 'schedule']) {
      expect(parts).not.toHaveProperty(key);
    }
    expect(parts.reporting).toEqual({
      who: 'Các phòng, ban',
      frequency: 'hằng quý',
      to: 'Chánh Văn phòng',
      via: undefined,
    });
    expect(parts.implementation[0]).toEqual({
      body: 'Các phòng, ban',
      tasks: ['triển khai kế hoạch.'],
    });
  });

  it('prints seed 002’s part II and its Tổ chức thực hiện as the seed numbers them', async () => {
    const xml = await docxPart(
      plan(planDocumentParts(plainContent(haiDuong))),
      'word/document.xml',
    );
    const text = [...xml.matchAll(/<w:p(?: [^>]*)?>(.*?)<\/w:p>/gs)].map(([, p = '']) =>
      unescapeXml([...p.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/gs)].map((m) => m[1]).join('')),
    );
    const at = text.indexOf('II. CHỦ ĐỀ, NỘI DUNG, THỜI GIAN');
    expect(text.slice(at, at + 9)).toEqual([
      'II. CHỦ ĐỀ, NỘI DUNG, THỜI GIAN',
      '1. Chủ đề',
      '“Thi đua lập thành tích chào mừng Đại hội”.',
      '2. Nội dung thi đua',
      '(1) Tập trung lãnh đạo, chỉ đạo.',
      '(2) Chuẩn bị tốt các điều kiện.',
      '3. Thời gian thi đua',
      'Từ ngày 01/10/2024 đến hết ngày 30/09/2025.',
      '3.1. Phát động (từ ngày 01/10/2024 đến hết ngày 31/10/2024)',
    ]);
    // the last words of the body: the end mark closes them
    expect(text).toContain(
      '2. Giao Văn phòng Đảng ủy giúp Đảng ủy theo dõi; định kỳ báo cáo Đảng ủy./.',
    );
    expect(text.join('\n')).not.toContain('Chế độ báo cáo');
    expect(text.join('\n')).not.toContain('THỜI GIAN VÀ CÁC GIAI ĐOẠN');
  });

  it('accepts what it maps, and refuses a bad order, an empty untitled section and its footnotes', async () => {
    expect(await errorsOf(haiDuong)).toEqual({});
    const refused = await errorsOf({
      ...haiDuong,
      headings: { purpose: 'Mục đích\nyêu cầu' },
      contestOrder: ['THEME', 'THEME', 'PERIOD', 'SIDEBAR'],
      schedulePlacement: 'APPENDIX',
      sections: [
        { title: null, paragraphs: [] },
        { title: '', paragraphs: ['Đoạn.'], footnotes: ['Chú thích.'] },
      ],
    });
    expect(refused).toEqual({
      'headings.purpose': ['Tên phần Mục đích, yêu cầu: viết trên một dòng.'],
      contestOrder: expect.arrayContaining([
        'Mục của phần nội dung không nằm trong danh sách cho phép.',
        'Thứ tự các mục: mỗi mục một lần.',
        'Thứ tự các mục: phải có mục "Nội dung thi đua".',
      ]),
      schedulePlacement: ['Nơi in các giai đoạn không nằm trong danh sách cho phép.'],
      'sections.0.title': [
        'Tên nội dung: chỉ bỏ trống khi nội dung có đoạn văn (in ngay, không có đề mục).',
      ],
      'sections.1.footnotes': [
        'Chú thích gắn sau tên nội dung: nội dung không có tên thì gõ chú thích trong đoạn văn ([^…]).',
      ],
    });
  });
});
