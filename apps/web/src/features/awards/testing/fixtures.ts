import type {
  AwardDossierDetail,
  AwardDossierItem,
  AwardNominationItem,
  AwardRoundItem,
} from '@thidua/web-data-access';

/** The office's round for its special drive (seed 001's plan: Bắc Kạn, Phòng Hành chính tổ chức). */
export function bacKanRound(overrides: Partial<AwardRoundItem> = {}): AwardRoundItem {
  return {
    id: 'round-1',
    title: 'Khen thưởng Đợt thi đua đặc biệt năm 2025',
    kind: 'CAMPAIGN',
    track: 'PHONG_TRAO',
    year: 2025,
    status: 'OPEN',
    deadline: '2025-08-15',
    decidingAuthority: 'Chánh Văn phòng',
    note: null,
    awardForms: ['Giấy khen của Chánh Văn phòng', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'],
    quotas: [
      {
        form: 'Bằng khen của Chủ tịch UBND tỉnh',
        collectives: null,
        individuals: null,
        either: 1,
        per: null,
        note: null,
      },
    ],
    campaignPlanId: 'plan-1',
    canManage: false,
    version: 1,
    createdAt: '2025-06-01T02:00:00.000Z',
    updatedAt: '2025-06-01T02:00:00.000Z',
    receivingUnit: { id: 'u-hctc', name: 'Phòng Hành chính tổ chức', canOpen: true },
    ...overrides,
  };
}

const hoa = {
  id: 'n-hoa',
  position: 1,
  subject: 'INDIVIDUAL' as const,
  name: 'Nguyễn Thị Hoa',
  personId: 'p-hoa',
  subjectUnitId: null,
  householdAddress: null,
  awardCode: null,
  awardName: 'Giấy khen của Chánh Văn phòng',
  achievements: 'Hoàn thành xuất sắc nhiệm vụ tổ chức Đại hội.',
  eligibilityChecked: true,
  // a plan's form with no catalog code: the engine cannot judge it, the officer does (ADR 0019)
  eligibility: {
    verdict: 'TO_CONFIRM' as const,
    on: '2025-08-15',
    stage: 'NOMINEE' as const,
    basis: null,
    ruleVersionId: null,
    manualReason:
      '“Giấy khen của Chánh Văn phòng” là hình thức khen thưởng của kế hoạch, không có mã trong danh mục: cán bộ đối chiếu điều kiện, tiêu chuẩn theo văn bản.',
    uncertain: false,
    checks: [],
  } as AwardNominationItem['eligibility'],
  initiativeIds: [] as string[],
  appraisalVerdict: null,
  appraisalRemark: null,
  appraisalChecklist: [
    {
      key: 'c:manual',
      source: 'CONDITION' as const,
      requirement: 'Tiêu chuẩn của Giấy khen của Chánh Văn phòng',
      finding:
        '“Giấy khen của Chánh Văn phòng” là hình thức khen thưởng của kế hoạch, không có mã trong danh mục.',
      met: null,
      basis: null,
    },
  ],
  originNominationId: null,
};

const phongTh = {
  ...hoa,
  id: 'n-pth',
  position: 2,
  subject: 'COLLECTIVE' as const,
  name: 'Phòng Tổng hợp',
  personId: null,
  subjectUnitId: 'u-pth',
  achievements: 'Tham mưu tổ chức thành công các ngày lễ lớn.',
  awardCode: 'TT_LAO_DONG_TIEN_TIEN',
  appraisalChecklist: [
    {
      key: 'p:HOLD',
      source: 'PRINCIPLE' as const,
      requirement: 'Không thuộc trường hợp chưa xét khen thưởng',
      finding: 'Phòng Tổng hợp không có trường hợp tạm hoãn xét khen thưởng vào ngày 15/8/2025.',
      met: true,
      basis: 'Điều 4 khoản 4 Nghị định số 152/2025/NĐ-CP',
    },
    {
      key: 'c:1',
      source: 'CONDITION' as const,
      requirement: 'Có từ 50% cá nhân đạt “Lao động tiên tiến”',
      finding:
        'Phòng Tổng hợp có 2/10 thành viên đạt “Lao động tiên tiến” (20%); yêu cầu từ 50% trở lên.',
      met: false,
      basis: 'Điều 27 Luật Thi đua, khen thưởng 2022',
    },
    {
      key: 'd:0',
      source: 'DOCUMENT' as const,
      requirement: 'Báo cáo thành tích của tập thể (Mẫu số 04)',
      finding: 'Có trong hồ sơ: bao-cao-phong-tong-hop.pdf.',
      met: true,
      basis: null,
    },
  ],
  eligibility: {
    verdict: 'NOT_ELIGIBLE' as const,
    on: '2025-08-15',
    stage: 'NOMINEE' as const,
    basis: 'Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ',
    ruleVersionId: 'rule-ttldtt',
    manualReason: null,
    uncertain: true,
    checks: [
      {
        key: 'HOLD',
        code: 'HOLD',
        principle: true,
        met: true,
        requirement: 'Không thuộc trường hợp chưa xét khen thưởng',
        label: 'Phòng Tổng hợp không có trường hợp tạm hoãn xét khen thưởng vào ngày 15/8/2025.',
        basis: 'Điều 4 khoản 4 Nghị định số 152/2025/NĐ-CP',
        uncertain: false,
      },
      {
        key: '1',
        code: 'MEMBERS_TITLE_SHARE',
        principle: false,
        met: false,
        requirement: 'Có từ 50% cá nhân đạt “Lao động tiên tiến”',
        label:
          'Phòng Tổng hợp có 2/10 thành viên đạt “Lao động tiên tiến” (20%); yêu cầu từ 50% trở lên.',
        basis: 'Điều 27 Luật Thi đua, khen thưởng 2022',
        uncertain: true,
      },
    ],
  } as AwardNominationItem['eligibility'],
};

const toTrinh = {
  id: 'doc-tt',
  kind: 'TO_TRINH' as const,
  nominationId: null,
  fileName: 'To trinh 15-TTr.pdf',
  mediaType: 'application/pdf',
  size: 120_000,
  text: null,
  note: null,
  downloadPath: '/api/award-dossiers/dossier-1/documents/doc-tt/file',
  originDocumentId: null,
  generated: false,
  createdAt: '2025-07-01T02:00:00.000Z',
};

const bienBan = {
  ...toTrinh,
  id: 'doc-bb',
  kind: 'BIEN_BAN' as const,
  fileName: null,
  mediaType: null,
  size: null,
  text: 'Hội đồng thống nhất đề nghị 02 trường hợp.',
  downloadPath: null,
};

const baoCao = (nominationId: string, id: string) => ({
  ...toTrinh,
  id,
  kind: 'BAO_CAO_THANH_TICH' as const,
  nominationId,
  fileName: `Bao cao ${id}.docx`,
  downloadPath: `/api/award-dossiers/dossier-1/documents/${id}/file`,
});

/** A complete dossier of Văn phòng's Phòng Tổng hợp's parent unit: two nominees, every document. */
export function dossier(overrides: Partial<AwardDossierDetail> = {}): AwardDossierDetail {
  return {
    id: 'dossier-1',
    status: 'DRAFT',
    late: false,
    note: null,
    submittedAt: null,
    firstSubmittedAt: null,
    receivedAt: null,
    originDossierId: null,
    clock: null,
    dueOn: null,
    deadlineStatus: null,
    version: 7,
    createdAt: '2025-07-01T02:00:00.000Z',
    updatedAt: '2025-07-02T02:00:00.000Z',
    canEdit: true,
    availableActions: ['SUBMIT', 'WITHDRAW'],
    missingDocuments: [],
    round: bacKanRound(),
    unit: { id: 'u-vp', name: 'Văn phòng', canOpen: true },
    receivingUnit: { id: 'u-hctc', name: 'Phòng Hành chính tổ chức', canOpen: true },
    nominees: [hoa, phongTh],
    documents: [toTrinh, bienBan, baoCao('n-hoa', 'doc-bc1'), baoCao('n-pth', 'doc-bc2')],
    quotaFindings: [],
    events: [
      {
        id: 'e-1',
        action: 'CREATE',
        fromStatus: null,
        toStatus: 'DRAFT',
        actorName: 'Trần Văn Nam',
        at: '2025-07-01T02:00:00.000Z',
        reason: null,
        late: false,
        dossierVersion: 1,
        remarks: [],
        appraisal: null,
        quota: null,
        changes: null,
        notice: null,
      },
    ],
    ...overrides,
  };
}

/** The dossier as the receiving unit reads it once sent. */
export function sentDossier(overrides: Partial<AwardDossierDetail> = {}): AwardDossierDetail {
  return dossier({
    status: 'SUBMITTED',
    canEdit: false,
    availableActions: ['RECEIVE', 'RETURN'],
    submittedAt: '2025-07-05T02:00:00.000Z',
    firstSubmittedAt: '2025-07-05T02:00:00.000Z',
    clock: 'RECEPTION',
    dueOn: '2025-07-11',
    deadlineStatus: 'OVERDUE',
    ...overrides,
  });
}

export function dossierItem(overrides: Partial<AwardDossierItem> = {}): AwardDossierItem {
  const d = sentDossier();
  return {
    id: d.id,
    status: d.status,
    late: false,
    clock: d.clock,
    dueOn: d.dueOn,
    deadlineStatus: d.deadlineStatus,
    submittedAt: d.submittedAt,
    firstSubmittedAt: d.firstSubmittedAt,
    receivedAt: null,
    version: d.version,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    round: {
      id: d.round.id,
      title: d.round.title,
      kind: d.round.kind,
      year: d.round.year,
      deadline: d.round.deadline,
    },
    unit: d.unit,
    receivingUnit: d.receivingUnit,
    nomineeCount: d.nominees.length,
    ...overrides,
  };
}
