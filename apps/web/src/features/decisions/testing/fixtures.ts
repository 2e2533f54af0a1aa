import type {
  AwardDecisionCandidate,
  AwardDecisionDetail,
  AwardDecisionItem,
  AwardDecisionRecipientItem,
} from '@thidua/web-data-access';

/** A connection answer of `field` holding `nodes`, one page. */
export function connection(field: string, nodes: unknown[]) {
  return {
    data: {
      [field]: {
        totalCount: nodes.length,
        totalCountCapped: false,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ node })),
      },
    },
  };
}

/** The province's draft Bằng khen decision for the office's round (Bắc Kạn demo). */
export function decisionItem(overrides: Partial<AwardDecisionItem> = {}): AwardDecisionItem {
  return {
    id: 'dec-1',
    version: 3,
    status: 'DRAFT',
    year: 2025,
    track: 'PHONG_TRAO',
    awardCode: 'BK_CT_UBND_TINH',
    awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    awardKind: 'FORM',
    subject:
      'tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các cá nhân có thành tích trong Đợt thi đua đặc biệt năm 2025',
    number: null,
    symbol: null,
    decidedOn: null,
    issuedAt: null,
    createdAt: '2025-09-01T02:00:00.000Z',
    canManage: true,
    canIssue: true,
    issuerUnit: { id: 'u-ubnd', name: 'Ủy ban nhân dân tỉnh Bắc Kạn', canOpen: true },
    round: { id: 'round-1', title: 'Khen thưởng Đợt thi đua đặc biệt năm 2025', year: 2025 },
    ...overrides,
  };
}

export function recipient(
  overrides: Partial<AwardDecisionRecipientItem> = {},
): AwardDecisionRecipientItem {
  return {
    id: 'r-1',
    position: 1,
    nominationId: 'n-hoa',
    dossierId: 'dossier-1',
    subject: 'INDIVIDUAL',
    displayName: 'Bà Nguyễn Thị Hoa',
    name: 'Nguyễn Thị Hoa',
    detail: 'Chuyên viên Phòng Hành chính tổ chức',
    unitName: 'Phòng Hành chính tổ chức',
    achievement: 'Đã có thành tích xuất sắc trong Đợt thi đua đặc biệt năm 2025',
    awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    // NĐ 152/2025: Bằng khen of the Chủ tịch UBND tỉnh, an individual: 1,0 × 2.340.000
    multiplier: 1,
    baseSalary: 2_340_000,
    amount: 2_340_000,
    goldBookNumber: null,
    certificateCode: null,
    awardRecordId: null,
    ...overrides,
  };
}

const lan = recipient({
  id: 'r-2',
  position: 2,
  nominationId: 'n-lan',
  displayName: 'Ông Hoàng Văn Lân',
  name: 'Hoàng Văn Lân',
  detail: 'Trưởng phòng Phòng Tổng hợp',
  // a rule without a multiplier leaves it to the officer
  multiplier: null,
  amount: null,
});

export function decisionDetail(
  overrides: Partial<AwardDecisionDetail> = {},
  recipients: AwardDecisionRecipientItem[] = [recipient(), lan],
): AwardDecisionDetail {
  const d = decisionItem();
  return {
    ...d,
    roundId: d.round.id,
    issuerUnitId: d.issuerUnit.id,
    authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
    achievement: 'đã có thành tích xuất sắc trong Đợt thi đua đặc biệt năm 2025',
    bases: ['Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022'],
    councilMinutes: null,
    proposal: { by: 'Giám đốc Sở Nội vụ', reference: 'Tờ trình số 12/TTr-SNV ngày 02/10/2025' },
    rewardFunding: 'Quỹ thi đua, khen thưởng của tỉnh năm 2025',
    rewardBasis: null,
    executors: ['Thủ trưởng các cơ quan, đơn vị có liên quan'],
    receivers: ['Như Điều 3'],
    archive: 'VT',
    place: 'Bắc Kạn',
    signer: {
      on: [{ authority: 'KT', of: 'Chủ tịch' }],
      title: 'Phó Chủ tịch',
      name: 'Đinh Quang Tuyên',
    },
    issuedByName: null,
    docxPath: '/api/award-decisions/dec-1/decision.docx',
    pdfPath: '/api/award-decisions/dec-1/decision.pdf',
    rewardsExportPath: '/api/exports/award-decision-rewards.xlsx?decisionId=dec-1',
    certificates: null,
    totalAmount: recipients.reduce((sum, r) => sum + (r.amount ?? 0), 0),
    updatedAt: '2025-09-02T02:00:00.000Z',
    recipients,
    ...overrides,
  };
}

/** Issued as 25/QĐ-UBND on 10/10/2025: numbered, gold book and codes given. */
export function issuedDetail(overrides: Partial<AwardDecisionDetail> = {}): AwardDecisionDetail {
  return decisionDetail(
    {
      status: 'ISSUED',
      version: 4,
      number: 25,
      symbol: '25/QĐ-UBND',
      decidedOn: '2025-10-10',
      issuedAt: '2025-10-10T03:00:00.000Z',
      issuedByName: 'Đinh Quang Tuyên',
      ...overrides,
    },
    [
      recipient({ goldBookNumber: 7, certificateCode: '7K3M9QX2TD' }),
      recipient({
        id: 'r-2',
        position: 2,
        nominationId: 'n-lan',
        displayName: 'Ông Hoàng Văn Lân',
        name: 'Hoàng Văn Lân',
        goldBookNumber: 8,
        certificateCode: 'A4B8C2D6E0',
      }),
    ],
  );
}

export function candidate(overrides: Partial<AwardDecisionCandidate> = {}): AwardDecisionCandidate {
  return {
    nominationId: 'n-hoa',
    dossierId: 'dossier-1',
    dossierStatus: 'APPRAISED',
    proposingUnitId: 'u-hctc',
    proposingUnitName: 'Phòng Hành chính tổ chức',
    subject: 'INDIVIDUAL',
    name: 'Nguyễn Thị Hoa',
    awardCode: 'BK_CT_UBND_TINH',
    awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    toTrinhSymbol: '12/TTr-HCTC',
    decisionId: null,
    ...overrides,
  };
}
