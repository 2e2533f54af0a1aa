import type { CreateCampaignPlanInput, UpdateCampaignPlanInput } from './gql/graphql';
import type { GqlClient } from './setup/gql-client';

/** A draft shaped like the Bắc Kạn office's plan for the special emulation drive of 2025 (seed 001). */
export function bacKanDraft(
  issuerUnitId: string,
  uid: string,
  legalDocumentIds: string[],
): CreateCampaignPlanInput {
  return {
    issuerUnitId,
    kind: 'PERIODIC',
    scope: 'AGENCY',
    title: `Phát động Đợt thi đua đặc biệt lập thành tích chào mừng các ngày lễ lớn năm 2025 ${uid}`,
    periodFrom: '2024-10-01',
    periodTo: '2025-09-30',
    legalDocumentIds,
    content: {
      purpose: {
        aims: [
          'Thông qua Đợt thi đua nhằm phát huy sức mạnh của cả hệ thống chính trị.',
          'Nâng cao vai trò, trách nhiệm của Lãnh đạo Văn phòng trong tổ chức các phong trào thi đua.',
        ],
        requirements: ['Triển khai sâu rộng phong trào thi đua đến cán bộ, công chức.'],
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
          paragraphs: ['Tiếp tục tuyên truyền, quán triệt sâu sắc chủ trương, đường lối của Đảng.'],
          footnotes: ['Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.'],
          subsections: [{ title: 'Trong cơ quan', paragraphs: ['Tổ chức hội nghị quán triệt.'] }],
        },
        {
          title: 'Thi đua thực hiện nhiệm vụ chính trị',
          paragraphs: ['Thi đua vượt chỉ tiêu về tiến độ, đảm bảo chất lượng, hiệu quả.'],
        },
      ],
      targets: [
        {
          indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
          target: 'Trên 98',
          unit: '%',
          year: 2025,
          responsibleUnitName: 'Phòng Hành chính tổ chức - Quản trị tài vụ',
        },
      ],
      phases: [
        {
          name: 'Phát động',
          from: '2024-10-01',
          to: '2024-10-31',
          tasks: ['Ban hành và phổ biến kế hoạch.'],
        },
        {
          name: 'Tổ chức thực hiện',
          from: '2024-11-01',
          to: '2025-09-30',
          tasks: ['Các phòng, ban triển khai thực hiện.'],
        },
      ],
      milestones: [{ date: '2025-10-01', label: 'Hạn gửi hồ sơ khen thưởng', tentative: false }],
      awards: {
        forms: [
          { name: 'Giấy khen của Chánh Văn phòng' },
          { name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' },
        ],
        criteria: [
          { label: 'Đối với tập thể', text: 'Ban hành kế hoạch kịp thời và triển khai thực hiện.' },
          { label: 'Đối với cá nhân', text: 'Có hành động, việc làm thiết thực hiệu quả.' },
        ],
        quotas: [
          {
            form: 'Bằng khen của Chủ tịch UBND tỉnh',
            either: 1,
            note: 'có thành tích thật sự tiêu biểu xuất sắc',
          },
        ],
        dossier: ['Tờ trình đề nghị khen thưởng.', 'Biên bản cuộc họp xét khen thưởng.'],
        submitTo: 'Phòng Hành chính tổ chức - Quản trị tài vụ',
        deadline: '2025-10-01',
      },
      implementation: [
        {
          body: 'Các phòng, ban, đơn vị trực thuộc Văn phòng',
          tasks: ['tổ chức tuyên truyền, triển khai kế hoạch này.'],
        },
      ],
      reporting: {
        who: 'Các phòng, ban, đơn vị',
        frequency: 'hằng quý',
        to: 'Chánh Văn phòng',
        via: 'Phòng Hành chính tổ chức - Quản trị tài vụ',
      },
      recipients: {
        groups: [{ heading: 'Gửi bản điện tử:', names: ['LĐVP', 'Các phòng, ban, đơn vị'] }],
        archive: 'VT, HCQT',
      },
      signature: {
        on: [{ authority: 'KT', of: 'Chánh Văn phòng' }],
        title: 'Phó Chánh Văn phòng',
        name: 'Vũ Đức Chính',
      },
    },
  };
}

/** The same fields as an edit of the plan `id` at `version`. */
export function asUpdate(
  draft: CreateCampaignPlanInput,
  id: string,
  version: number,
): UpdateCampaignPlanInput {
  const { issuerUnitId: _issuer, ...fields } = draft;
  return { ...fields, id, version };
}

/**
 * Drafts `draft`, submits it (`officer`: CAMPAIGN_MANAGE at the issuer) and issues it (`leader`:
 * CAMPAIGN_ISSUE there; the issuer unit needs a short name for the ký hiệu). Returns the issued plan.
 */
export async function issueTestPlan(
  officer: GqlClient,
  leader: GqlClient,
  draft: CreateCampaignPlanInput,
  issuedOn = '2025-03-10',
): Promise<{ id: string; version: number; symbol: string }> {
  const { createCampaignPlan: plan } = await officer.ok<{
    createCampaignPlan: { id: string; version: number };
  }>(
    `mutation($input: CreateCampaignPlanInput!) { createCampaignPlan(input: $input) { id version } }`,
    {
      input: draft,
    },
  );
  const { submitCampaignPlan: submitted } = await officer.ok<{
    submitCampaignPlan: { version: number };
  }>(
    `mutation($input: SubmitCampaignPlanInput!) { submitCampaignPlan(input: $input) { version } }`,
    {
      input: { id: plan.id, version: plan.version },
    },
  );
  const { issueCampaignPlan: issued } = await leader.ok<{
    issueCampaignPlan: { id: string; version: number; symbol: string };
  }>(
    `mutation($input: IssueCampaignPlanInput!) { issueCampaignPlan(input: $input) { id version symbol } }`,
    {
      input: {
        id: plan.id,
        version: submitted.version,
        issuedOn,
        place: 'Thái Bình',
        signer: {
          on: [{ authority: 'TM', of: 'Ủy ban nhân dân' }],
          title: 'Chủ tịch',
          name: 'Người Ký',
        },
      },
    },
  );
  return issued;
}
