import type { CampaignPlanDetail, CampaignPlanItem } from '@thidua/web-data-access';

/** Văn phòng UBND tỉnh Bắc Kạn, under the province's People's Committee (seed 001's issuer). */
export const vanPhong = {
  id: 'u-vp',
  name: 'Văn phòng',
  shortName: 'VP',
  tree: 'GOVERNMENT' as const,
  canOpen: true,
  parent: { id: 'u-ubnd', name: 'UBND tỉnh Bắc Kạn' },
};

export const luat06 = {
  id: 'ld-luat',
  kind: 'LUAT' as const,
  number: '06/2022/QH15',
  name: 'Luật số 06/2022/QH15',
  title: 'Luật Thi đua, khen thưởng',
  issuingBody: 'Quốc hội',
  issuedOn: '2022-06-15',
  status: 'IN_FORCE' as const,
};

export const kh645 = {
  id: 'ld-645',
  kind: 'KE_HOACH' as const,
  number: '645/KH-UBND',
  name: 'Kế hoạch số 645/KH-UBND',
  title: 'về việc phát động Đợt thi đua đặc biệt',
  issuingBody: 'UBND tỉnh',
  issuedOn: '2024-09-25',
  status: 'IN_FORCE' as const,
};

/** A draft shaped like the Bắc Kạn office's plan for the special drive of 2025 (seed 001). */
export function bacKanPlan(overrides: Partial<CampaignPlanDetail> = {}): CampaignPlanDetail {
  return {
    id: 'plan-1',
    title: 'Phát động Đợt thi đua đặc biệt lập thành tích chào mừng các ngày lễ lớn năm 2025',
    kind: 'PERIODIC',
    scope: 'AGENCY',
    status: 'DRAFT',
    periodFrom: '2024-10-01',
    periodTo: '2025-09-30',
    number: null,
    symbol: null,
    issuedOn: null,
    issuePlace: null,
    returnReason: null,
    version: 3,
    createdAt: '2024-09-26T02:00:00.000Z',
    updatedAt: '2024-09-27T02:00:00.000Z',
    documentUrl: '/api/campaign-plans/plan-1/document.docx',
    // the office's officer: manages its own plan, neither signs nor answers it
    canManage: true,
    canIssue: false,
    canAnswer: false,
    issuerUnit: vanPhong,
    legalBases: [kh645],
    signer: null,
    addressing: null,
    answerDeadline: null,
    respondsToPlanId: null,
    respondsToPlan: null,
    amendmentNote: null,
    amends: null,
    supersededBy: null,
    pdfUrl: '/api/campaign-plans/plan-1/document.pdf',
    pdfAvailable: false,
    pdfStatus: 'UNAVAILABLE',
    content: {
      opening: null,
      // saved before the numbering and the layout could be chosen: the API hands back null, printed
      // "a)", the default headings, order and part of the phases
      numbering: null,
      headings: null,
      contestOrder: null,
      schedulePlacement: null,
      purpose: {
        aims: ['Thông qua Đợt thi đua nhằm phát huy sức mạnh của cả hệ thống chính trị.'],
        requirements: ['Triển khai sâu rộng phong trào thi đua đến cán bộ, công chức.'],
        numbered: null,
      },
      theme: 'Đảng bộ, Chính quyền và Nhân dân các dân tộc tỉnh Bắc Kạn ra sức thi đua',
      motto: ['Đoàn kết, sáng tạo, thi đua lập thành tích'],
      methods: ['Thi đua theo đợt, gắn với nhiệm vụ chính trị của cơ quan'],
      participants: {
        collectives: 'Các phòng, ban, đơn vị trực thuộc Văn phòng.',
        individuals: 'Toàn thể cán bộ, công chức, viên chức, người lao động trong Văn phòng.',
      },
      sections: [
        {
          title: 'Tuyên truyền, quán triệt',
          paragraphs: ['Tiếp tục tuyên truyền, quán triệt sâu sắc chủ trương của Đảng.'],
          footnotes: ['Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.'],
          subsections: [
            {
              title: 'Trong cơ quan',
              paragraphs: ['Tổ chức hội nghị quán triệt.'],
              footnotes: null,
            },
          ],
        },
        {
          title: 'Thi đua thực hiện nhiệm vụ chính trị',
          paragraphs: ['Thi đua vượt chỉ tiêu về tiến độ, đảm bảo chất lượng, hiệu quả.'],
          footnotes: null,
          subsections: null,
        },
      ],
      targets: [
        {
          indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
          target: 'Trên 98',
          unit: '%',
          year: 2025,
          responsibleUnitName: 'Phòng Hành chính tổ chức - Quản trị tài vụ',
          note: null,
        },
      ],
      phases: [
        {
          name: 'Phát động',
          from: '2024-10-01',
          to: '2024-10-31',
          tasks: ['Ban hành và phổ biến kế hoạch.'],
        },
      ],
      milestones: [{ date: '2025-10-01', label: 'Hạn gửi hồ sơ khen thưởng', tentative: true }],
      measures: null,
      awards: {
        forms: [{ name: 'Giấy khen của Chánh Văn phòng', text: null }],
        criteria: [
          { label: 'Đối với tập thể', text: 'Ban hành kế hoạch kịp thời và triển khai thực hiện.' },
        ],
        quotas: [
          {
            form: 'Bằng khen của Chủ tịch UBND tỉnh',
            either: 1,
            collectives: null,
            individuals: null,
            per: null,
            note: 'có thành tích thật sự tiêu biểu xuất sắc',
          },
        ],
        dossier: ['Tờ trình đề nghị khen thưởng.', 'Biên bản cuộc họp xét khen thưởng.'],
        submitTo: 'Phòng Hành chính tổ chức - Quản trị tài vụ',
        deadline: '2025-10-01',
        deadlineNote: 'để tổng hợp, trình Hội đồng Thi đua - Khen thưởng Văn phòng',
      },
      implementation: [
        {
          body: 'Các phòng, ban, đơn vị trực thuộc Văn phòng',
          tasks: ['tổ chức tuyên truyền, triển khai kế hoạch này.'],
          asTyped: null,
        },
      ],
      reporting: {
        who: 'Các phòng, ban, đơn vị',
        frequency: 'hằng quý',
        to: 'Chánh Văn phòng',
        via: 'Phòng Hành chính tổ chức - Quản trị tài vụ',
        inText: null,
      },
      closing: 'Trên đây là Kế hoạch phát động Đợt thi đua đặc biệt của Văn phòng.',
      recipients: {
        groups: [{ heading: 'Gửi bản điện tử:', names: ['LĐVP;', 'Các phòng, ban, đơn vị'] }],
        archive: 'VT, HCQT',
      },
      signature: {
        on: [{ authority: 'KT', of: 'Chánh Văn phòng' }],
        title: 'Phó Chánh Văn phòng',
        name: 'Vũ Đức Chính',
      },
    },
    ...overrides,
  };
}

/** The list's shape of a plan. */
export function planItem(overrides: Partial<CampaignPlanItem> = {}): CampaignPlanItem {
  const {
    content: _content,
    legalBases: _bases,
    signer: _signer,
    documentUrl: _url,
    canManage: _canManage,
    canIssue: _canIssue,
    canAnswer: _canAnswer,
    issuePlace: _place,
    addressing: _addressing,
    answerDeadline: _deadline,
    respondsToPlanId: _respondsToId,
    respondsToPlan: _respondsTo,
    amendmentNote: _note,
    amends: _amends,
    supersededBy: _superseded,
    pdfUrl: _pdf,
    pdfAvailable: _pdfAvailable,
    pdfStatus: _pdfStatus,
    ...item
  } = bacKanPlan();
  return { ...item, issuerUnit: { ...vanPhong }, ...overrides };
}
