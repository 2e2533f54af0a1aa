import { buildPlanDocx, planBody, type PlanDocument } from '@thidua/documents';
import { canonical } from './campaign-audit';
import { planDocumentParts, plainContent, type CampaignPlanContent } from './campaign-plan-content';

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
    const plan: PlanDocument = {
      ...parts,
      issuer: {
        tree: 'GOVERNMENT',
        parentBody: 'UBND tỉnh Bắc Kạn',
        body: 'Văn phòng',
        code: 'VP',
      },
      number: null,
      place: 'Bắc Kạn',
      date: { year: 2024, month: 9 },
      title: 'Phát động Đợt thi đua đặc biệt',
      period: { from: '2024-10-01', to: '2025-09-30' },
    };
    expect(planBody(plan).length).toBeGreaterThan(3);
    expect((await buildPlanDocx(plan)).byteLength).toBeGreaterThan(1000);
  });
});
