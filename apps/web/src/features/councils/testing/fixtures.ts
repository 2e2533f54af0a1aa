import type {
  CouncilAgendaItemRow,
  CouncilDetail,
  CouncilItem,
  CouncilMemberItem,
  CouncilSessionDetail,
  CouncilSessionItem,
  CouncilSessionMemberItem,
  CouncilVotingRoundItem,
} from '@thidua/web-data-access';

/** The office's council (Bắc Kạn demo: Văn phòng UBND tỉnh), 2/3 quorum, proxies allowed. */
export function officeCouncil(overrides: Partial<CouncilItem> = {}): CouncilItem {
  return {
    id: 'council-1',
    name: 'Hội đồng Thi đua - Khen thưởng Văn phòng',
    unitId: 'u-vp',
    clusterId: null,
    standingUnitId: 'u-hctc',
    decisionNumber: '12/QĐ-VP',
    decisionDate: '2024-01-15',
    decisionText: null,
    quorumShare: 2 / 3,
    awardPresenceShare: null,
    proxiesAllowed: true,
    endedOn: null,
    active: true,
    canManage: true,
    version: 1,
    unit: { id: 'u-vp', name: 'Văn phòng', canOpen: true },
    standingUnit: { id: 'u-hctc', name: 'Phòng Hành chính tổ chức', canOpen: true },
    ...overrides,
  };
}

export function councilMember(overrides: Partial<CouncilMemberItem> = {}): CouncilMemberItem {
  return {
    id: 'm-1',
    councilId: 'council-1',
    personId: 'p-1',
    fullName: 'Nguyễn Văn An',
    role: 'CHU_TICH',
    title: 'Chánh Văn phòng',
    from: '2024-01-15',
    to: null,
    userId: null,
    version: 1,
    ...overrides,
  };
}

export function councilDetail(
  overrides: Partial<CouncilDetail> = {},
  members: CouncilMemberItem[] = [councilMember()],
): CouncilDetail {
  return { ...officeCouncil(), members, ...overrides } as CouncilDetail;
}

export function sessionItem(overrides: Partial<CouncilSessionItem> = {}): CouncilSessionItem {
  return {
    id: 'session-1',
    councilId: 'council-1',
    title: 'Phiên họp xét khen thưởng năm 2025',
    kind: 'AWARD',
    date: '2025-12-10',
    startTime: '14:00',
    place: 'Phòng họp số 1',
    chairMemberId: 'm-1',
    secretaryMemberId: 'm-3',
    awardRoundId: 'round-1',
    status: 'PLANNED',
    startedAt: null,
    note: null,
    version: 3,
    ...overrides,
  };
}

export function sessionMember(
  overrides: Partial<CouncilSessionMemberItem> = {},
): CouncilSessionMemberItem {
  return {
    id: 'sm-1',
    memberId: 'm-1',
    position: 1,
    fullName: 'Nguyễn Văn An',
    role: 'CHU_TICH',
    title: 'Chánh Văn phòng',
    attendance: null,
    writtenOpinion: null,
    proxyMemberId: null,
    ...overrides,
  };
}

export function agendaItem(overrides: Partial<CouncilAgendaItemRow> = {}): CouncilAgendaItemRow {
  return {
    id: 'a-1',
    position: 1,
    nominationId: 'n-1',
    subject: 'INDIVIDUAL',
    candidateName: 'Lê Thị Hoa',
    awardCode: 'CSTD_CS',
    awardName: 'Chiến sĩ thi đua cơ sở',
    proposingUnitId: 'u-hctc',
    proposingUnitName: 'Phòng Hành chính tổ chức',
    voteRequired: true,
    threshold: 0.9,
    outcome: null,
    outcomeAgree: null,
    outcomePercentHundredths: null,
    outcomeRoundId: null,
    ...overrides,
  };
}

/** Three members on the day (2/3 of 3 = 2 needed); attendance not taken yet: quorum not met. */
export function sessionDetail(overrides: Partial<CouncilSessionDetail> = {}): CouncilSessionDetail {
  return {
    ...sessionItem(),
    canManage: true,
    council: {
      id: 'council-1',
      name: 'Hội đồng Thi đua - Khen thưởng Văn phòng',
      proxiesAllowed: true,
      unit: { id: 'u-vp', name: 'Văn phòng', canOpen: true },
    },
    chair: { memberId: 'm-1', fullName: 'Nguyễn Văn An' },
    secretary: { memberId: 'm-3', fullName: 'Phạm Thị Cúc' },
    awardRound: { id: 'round-1', title: 'Khen thưởng công trạng năm 2025' },
    members: [
      sessionMember(),
      sessionMember({
        id: 'sm-2',
        memberId: 'm-2',
        position: 2,
        fullName: 'Trần Văn Bình',
        role: 'UY_VIEN',
        title: 'Trưởng phòng Tổng hợp',
      }),
      sessionMember({
        id: 'sm-3',
        memberId: 'm-3',
        position: 3,
        fullName: 'Phạm Thị Cúc',
        role: 'UY_VIEN_THU_KY',
        title: 'Trưởng phòng Hành chính tổ chức',
      }),
    ],
    guests: [],
    agenda: [],
    closedAt: null,
    minutes: null,
    signedAt: null,
    signedScanSha256: null,
    quorum: {
      members: 3,
      present: 0,
      proxies: 0,
      attending: 0,
      writtenOpinions: 0,
      absent: 0,
      unrecorded: 3,
      share: 2 / 3,
      awardShare: false,
      required: 2,
      met: false,
      explanation:
        'Có 0/3 thành viên dự họp, chưa đạt tối thiểu 2/3 tổng số thành viên (cần 2 thành viên).',
    },
    ...overrides,
  } as CouncilSessionDetail;
}

export const connection = (field: string, nodes: unknown[]) => ({
  data: {
    [field]: {
      totalCount: nodes.length,
      totalCountCapped: false,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ node })),
    },
  },
});

/** Round 1 of the session, ROOM, open on Lê Thị Hoa (90% of the membership): 3 members, all voting. */
export function votingRound(
  overrides: Partial<CouncilVotingRoundItem> = {},
): CouncilVotingRoundItem {
  return {
    id: 'round-v1',
    version: 1,
    sessionId: 'session-1',
    number: 1,
    previousRoundId: null,
    title: 'Phiên họp xét khen thưởng năm 2025 — bỏ phiếu vòng 1',
    mode: 'ROOM',
    status: 'OPEN',
    members: 3,
    voters: 3,
    inRoom: 3,
    threshold: 0.9,
    quota: null,
    openedAt: '2025-12-10T07:15:00.000Z',
    closedAt: null,
    talliedAt: null,
    closeHash: null,
    paperScanSha256: null,
    paperTallyConfirmed: null,
    paperEntries: [],
    tallyMinutes: null,
    castCount: 0,
    candidates: [
      {
        id: 'a-1',
        position: 1,
        candidateName: 'Lê Thị Hoa',
        awardName: 'Chiến sĩ thi đua cơ sở',
        subject: 'INDIVIDUAL',
        proposingUnitName: 'Phòng Hành chính tổ chức',
        voteRequired: true,
        threshold: 0.9,
      },
    ],
    results: null,
    ...overrides,
  };
}

/** The session started, everybody present (3/3), the agenda's one item to vote on. */
export function sessionInProgress(
  overrides: Partial<CouncilSessionDetail> = {},
): CouncilSessionDetail {
  const base = sessionDetail();
  return sessionDetail({
    status: 'IN_PROGRESS',
    startedAt: '2025-12-10T07:00:00.000Z',
    version: 6,
    members: base.members.map((x) => ({ ...x, attendance: 'PRESENT' })),
    agenda: [agendaItem()],
    quorum: {
      ...base.quorum,
      present: 3,
      attending: 3,
      unrecorded: 0,
      met: true,
      explanation:
        'Có 3/3 thành viên dự họp, đạt tối thiểu 2/3 tổng số thành viên (cần 2 thành viên).',
    },
    ...overrides,
  });
}
