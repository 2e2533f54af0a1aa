import type { UnitEntity } from '../src/modules/org/unit.entity';
import { personIn } from './campaign-registration-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 12, "Councils and sessions": a council's composition over time (one Chủ tịch on any day),
 * sessions whose members are the council's on the day (re-taken while planned, frozen once begun),
 * attendance with absentees' written opinions and proxies where allowed, the quorum on the total
 * membership (2/3; 80% for an award session where the council says so), guests, and the agenda taken
 * from a round's appraised nominees with the vote their rule asks.
 */
const CREATE = graphql(`
  mutation CnCreate($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      id
      version
      name
      quorumShare
      awardPresenceShare
      proxiesAllowed
      active
      canManage
      unit {
        id
      }
      standingUnit {
        id
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation CnUpdate($input: UpdateCouncilInput!) {
    updateCouncil(input: $input) {
      id
      version
      proxiesAllowed
      awardPresenceShare
    }
  }
`);

const ADD_MEMBER = graphql(`
  mutation CnMemberAdd($input: AddCouncilMemberInput!) {
    addCouncilMember(input: $input) {
      id
      version
      role
      from
      to
      fullName
    }
  }
`);

const UPDATE_MEMBER = graphql(`
  mutation CnMemberUpdate($input: UpdateCouncilMemberInput!) {
    updateCouncilMember(input: $input) {
      id
      version
      to
    }
  }
`);

const REMOVE_MEMBER = graphql(`
  mutation CnMemberRemove($input: CouncilMemberRefInput!) {
    removeCouncilMember(input: $input)
  }
`);

const COUNCIL = graphql(`
  query CnCouncil($id: ID!, $on: Date) {
    council(id: $id) {
      id
      name
      members(on: $on) {
        id
        fullName
        role
        title
        from
        to
        person {
          id
          fullName
        }
      }
    }
  }
`);

const COUNCILS = graphql(`
  query CnCouncils($unitId: ID, $search: String) {
    councils(unitId: $unitId, search: $search, first: 100) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const CREATE_SESSION = graphql(`
  mutation CnSessionCreate($input: CreateCouncilSessionInput!) {
    createCouncilSession(input: $input) {
      id
      version
      status
      members {
        memberId
        fullName
        role
        position
      }
    }
  }
`);

const UPDATE_SESSION = graphql(`
  mutation CnSessionUpdate($input: UpdateCouncilSessionInput!) {
    updateCouncilSession(input: $input) {
      id
      version
      date
      members {
        memberId
      }
    }
  }
`);

const DELETE_SESSION = graphql(`
  mutation CnSessionDelete($input: CouncilSessionRefInput!) {
    deleteCouncilSession(input: $input)
  }
`);

const SESSION = graphql(`
  query CnSession($id: ID!) {
    councilSession(id: $id) {
      id
      version
      status
      startedAt
      chair {
        fullName
      }
      secretary {
        fullName
      }
      awardRound {
        id
      }
      members {
        memberId
        fullName
        role
        position
        attendance
        writtenOpinion
        proxyMemberId
      }
      guests {
        id
        name
        title
      }
      agenda {
        id
        position
        nominationId
        candidateName
        awardCode
        awardName
        subject
        proposingUnitName
        voteRequired
        threshold
        female
        womenShare
      }
      quorum {
        members
        present
        proxies
        attending
        writtenOpinions
        absent
        unrecorded
        required
        met
        awardShare
        explanation
      }
    }
  }
`);

const SESSIONS = graphql(`
  query CnSessions($councilId: ID, $status: CouncilSessionStatus) {
    councilSessions(councilId: $councilId, status: $status, first: 50) {
      edges {
        node {
          id
          date
        }
      }
    }
  }
`);

const ATTEND = graphql(`
  mutation CnAttend($input: SetCouncilAttendanceInput!) {
    setCouncilAttendance(input: $input) {
      id
      version
      quorum {
        attending
        required
        met
        explanation
      }
    }
  }
`);

const START = graphql(`
  mutation CnStart($input: CouncilSessionRefInput!) {
    startCouncilSession(input: $input) {
      id
      version
      status
    }
  }
`);

const ADD_GUEST = graphql(`
  mutation CnGuestAdd($input: AddCouncilGuestInput!) {
    addCouncilGuest(input: $input) {
      id
      version
      guests {
        id
        name
      }
    }
  }
`);

const REMOVE_GUEST = graphql(`
  mutation CnGuestRemove($input: RemoveCouncilGuestInput!) {
    removeCouncilGuest(input: $input) {
      id
      version
      guests {
        id
      }
    }
  }
`);

const AGENDA_FROM_ROUND = graphql(`
  mutation CnAgendaAdd($input: AddCouncilAgendaFromRoundInput!) {
    addCouncilAgendaFromRound(input: $input) {
      id
      version
      agenda {
        id
        position
        candidateName
      }
    }
  }
`);

const AGENDA_REMOVE = graphql(`
  mutation CnAgendaRemove($input: RemoveCouncilAgendaItemInput!) {
    removeCouncilAgendaItem(input: $input) {
      id
      version
      agenda {
        id
        position
        candidateName
      }
    }
  }
`);

const AGENDA_MOVE = graphql(`
  mutation CnAgendaMove($input: MoveCouncilAgendaItemInput!) {
    moveCouncilAgendaItem(input: $input) {
      id
      version
      agenda {
        id
        position
        candidateName
      }
    }
  }
`);

// the dossier steps that give an appraised nominee (as in award-appraisal.int-spec.ts)
const CREATE_ROUND = graphql(`
  mutation CnRoundCreate($input: CreateAwardRoundInput!) {
    createAwardRound(input: $input) {
      id
    }
  }
`);

const CREATE_DOSSIER = graphql(`
  mutation CnDossierCreate($input: CreateAwardDossierInput!) {
    createAwardDossier(input: $input) {
      id
      version
    }
  }
`);

const ADD_NOMINEE = graphql(`
  mutation CnNomineeAdd($input: AddNomineeInput!) {
    addAwardNominee(input: $input) {
      id
      version
      nominees {
        id
        name
      }
    }
  }
`);

const WRITE_DOCUMENT = graphql(`
  mutation CnDocumentWrite($input: WriteDossierDocumentInput!) {
    writeAwardDossierDocument(input: $input) {
      id
      version
    }
  }
`);

const SUBMIT = graphql(`
  mutation CnSubmit($input: AwardDossierRefInput!) {
    submitAwardDossier(input: $input) {
      id
      version
    }
  }
`);

const RECEIVE = graphql(`
  mutation CnReceive($input: AwardDossierRefInput!) {
    receiveAwardDossier(input: $input) {
      id
      version
    }
  }
`);

const APPRAISE = graphql(`
  mutation CnAppraise($input: AppraiseAwardDossierInput!) {
    appraiseAwardDossier(input: $input) {
      id
      version
      status
    }
  }
`);

const CREATE_EVALUATION = graphql(`
  mutation CnEval($input: CreateEvaluationInput!) {
    createEvaluation(input: $input) {
      id
    }
  }
`);

const CREATE_AWARD_RECORD = graphql(`
  mutation CnAwardRecord($input: CreateAwardRecordInput!) {
    createAwardRecord(input: $input) {
      id
    }
  }
`);

const COUNCIL_STATE = graphql(`
  query CnCouncilState($id: ID!) {
    council(id: $id) {
      id
      version
      active
      endedOn
      standingUnit {
        id
      }
    }
  }
`);

const MERGE = graphql(`
  mutation CnMerge($input: MergeUnitsInput!) {
    mergeUnits(input: $input) {
      results {
        id
      }
    }
  }
`);

const CREATE_CLUSTER = graphql(`
  mutation CnClusterCreate($input: CreateClusterInput!) {
    createCluster(input: $input) {
      id
      name
    }
  }
`);

const ADD_CLUSTER_MEMBER = graphql(`
  mutation CnClusterMember($input: AddClusterMemberInput!) {
    addClusterMember(input: $input) {
      id
    }
  }
`);

const SET_LEADERSHIP = graphql(`
  mutation CnClusterLead($input: SetClusterLeadershipInput!) {
    setClusterLeadership(input: $input) {
      id
    }
  }
`);

type Role = 'CHU_TICH' | 'PHO_CHU_TICH' | 'UY_VIEN' | 'UY_VIEN_THU_KY';

describe('councils and sessions (issue 12)', () => {
  let t: TestApp;
  let office: UnitEntity;
  let receiving: UnitEntity;
  let proposing: UnitEntity;
  let officer: GqlClient;
  let receiver: GqlClient;
  let proposer: GqlClient;

  async function newPerson(name: string, unit: UnitEntity = office): Promise<string> {
    return (await personIn(t, officer, unit, `${name} ${t.uid()}`)).id;
  }

  async function newCouncil(
    extra: { awardPresenceShare?: number; proxiesAllowed?: boolean; standingUnitId?: string } = {},
  ) {
    const unit = await t.unit(`Phòng Hội đồng ${t.uid()}`, office);
    const { createCouncil } = await officer.ok(CREATE, { input: { unitId: unit.id, ...extra } });
    return { ...createCouncil, unit };
  }

  /** A council of `n` members from 01/01/2024: a Chủ tịch, an Ủy viên thư ký, then Ủy viên. */
  async function councilOf(
    n: number,
    extra: { awardPresenceShare?: number; proxiesAllowed?: boolean } = {},
  ) {
    const council = await newCouncil(extra);
    const members: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const role: Role = i === 0 ? 'CHU_TICH' : i === 1 ? 'UY_VIEN_THU_KY' : 'UY_VIEN';
      const { addCouncilMember } = await officer.ok(ADD_MEMBER, {
        input: {
          councilId: council.id,
          personId: await newPerson(`Thành Viên ${i}`),
          role,
          title: i === 0 ? 'Giám đốc Sở' : 'Trưởng phòng',
          from: '2024-01-01',
        },
      });
      members.push(addCouncilMember.id);
    }
    return { council, members };
  }

  async function session(
    councilId: string,
    members: string[],
    input: { kind?: 'AWARD' | 'OTHER'; date?: string; awardRoundId?: string } = {},
  ) {
    const { createCouncilSession } = await officer.ok(CREATE_SESSION, {
      input: {
        councilId,
        title: `Phiên họp xét khen thưởng công trạng năm 2025 ${t.uid()}`,
        kind: input.kind ?? 'OTHER',
        date: input.date ?? '2025-12-10',
        startTime: '14:00',
        place: 'Phòng họp tầng 2',
        chairMemberId: members[0],
        secretaryMemberId: members[1],
        awardRoundId: input.awardRoundId,
      },
    });
    return createCouncilSession;
  }

  async function attend(
    sessionId: string,
    version: number,
    attendances: {
      memberId: string;
      attendance: 'PRESENT' | 'ABSENT_WRITTEN' | 'ABSENT' | 'PROXY';
      writtenOpinion?: string;
      proxyMemberId?: string;
    }[],
  ) {
    return (await officer.ok(ATTEND, { input: { sessionId, version, attendances } }))
      .setCouncilAttendance;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const province = await t.unit(`Tỉnh Hội Đồng ${t.uid()}`);
    office = await t.unit(`Sở Nội vụ ${t.uid()}`, province);
    receiving = await t.unit(`Phòng Thi đua - Khen thưởng ${t.uid()}`, office);
    proposing = await t.unit(`Phòng Tổ chức cán bộ ${t.uid()}`, office);
    officer = await t.loggedIn((await t.user({ unit: office, role: 'TDKT_OFFICER' })).username);
    receiver = await t.loggedIn((await t.user({ unit: receiving, role: 'TDKT_OFFICER' })).username);
    proposer = await t.loggedIn((await t.user({ unit: proposing, role: 'TDKT_OFFICER' })).username);
  });
  afterAll(() => t.close());

  it('founds one active council per unit, named after it, meeting at 2/3 by default', async () => {
    const unit = await t.unit(`Phòng Quản lý ${t.uid()}`, office);
    const { createCouncil: c } = await officer.ok(CREATE, {
      input: { unitId: unit.id, standingUnitId: receiving.id, decisionNumber: '12/QĐ-SNV' },
    });
    expect(c).toMatchObject({
      name: `Hội đồng Thi đua - Khen thưởng ${unit.name}`,
      awardPresenceShare: null,
      proxiesAllowed: false,
      active: true,
      canManage: true,
      unit: { id: unit.id },
      standingUnit: { id: receiving.id },
    });
    expect(c.quorumShare).toBeCloseTo(2 / 3, 10);
    const again = await officer.fails(CREATE, { input: { unitId: unit.id } });
    expect(again.extensions?.fields?.['unitId']?.[0]).toContain(
      'đã có Hội đồng Thi đua - Khen thưởng đang hoạt động',
    );
    const found = await officer.ok(COUNCILS, { unitId: office.id, search: unit.name });
    expect(found.councils.edges.map((e) => e.node.id)).toEqual([c.id]);
  });

  it('seats a cụm’s council at the unit that leads it, beside that unit’s own', async () => {
    const lead = await t.unit(`Phòng Cụm Trưởng ${t.uid()}`, office);
    const member = await t.unit(`Phòng Thành Viên Cụm ${t.uid()}`, office);
    const { createCluster: cluster } = await officer.ok(CREATE_CLUSTER, {
      input: {
        code: `CUM-${t.uid().toUpperCase()}`,
        name: `Cụm thi đua số 1 ${t.uid()}`,
        kind: 'CUM',
        organizerUnitId: office.id,
      },
    });
    for (const unit of [lead, member])
      await officer.ok(ADD_CLUSTER_MEMBER, {
        input: { clusterId: cluster.id, unitId: unit.id, joinedOn: '2025-01-01' },
      });
    await officer.ok(SET_LEADERSHIP, {
      input: { clusterId: cluster.id, year: 2025, leadUnitId: lead.id },
    });
    const notLead = await officer.fails(CREATE, {
      input: { unitId: member.id, clusterId: cluster.id },
    });
    expect(notLead.extensions?.fields?.['unitId']?.[0]).toContain(
      'chưa từng là cụm trưởng, khối trưởng',
    );
    const { createCouncil: ofCluster } = await officer.ok(CREATE, {
      input: { unitId: lead.id, clusterId: cluster.id },
    });
    expect(ofCluster.name).toBe(`Hội đồng Thi đua - Khen thưởng ${cluster.name}`);
    // the leading unit keeps its own council beside the cụm's; the cụm has one
    const { createCouncil: own } = await officer.ok(CREATE, { input: { unitId: lead.id } });
    expect(own.name).toBe(`Hội đồng Thi đua - Khen thưởng ${lead.name}`);
    const second = await officer.fails(CREATE, {
      input: { unitId: lead.id, clusterId: cluster.id },
    });
    expect(second.extensions?.fields?.['clusterId']?.[0]).toContain(
      'đã có Hội đồng đang hoạt động',
    );
  });

  it('keeps the composition over time with one Chủ tịch on any day', async () => {
    const c = await newCouncil();
    const first = await newPerson('Nguyễn Văn Chủ');
    const second = await newPerson('Trần Thị Chủ');
    const { addCouncilMember: chair } = await officer.ok(ADD_MEMBER, {
      input: {
        councilId: c.id,
        personId: first,
        role: 'CHU_TICH',
        title: 'Giám đốc Sở',
        from: '2024-01-01',
        to: '2025-06-30',
      },
    });
    const overlap = await officer.fails(ADD_MEMBER, {
      input: {
        councilId: c.id,
        personId: second,
        role: 'CHU_TICH',
        title: 'Giám đốc Sở',
        from: '2025-06-01',
      },
    });
    expect(overlap.extensions?.code).toBe('BAD_USER_INPUT');
    expect(overlap.extensions?.fields?.['role']?.[0]).toMatch(
      /^Hội đồng đã có Chủ tịch Nguyễn Văn Chủ .+ từ 01\/01\/2024 đến 30\/06\/2025: mỗi thời điểm chỉ có một Chủ tịch\./,
    );
    const { addCouncilMember: next } = await officer.ok(ADD_MEMBER, {
      input: {
        councilId: c.id,
        personId: second,
        role: 'CHU_TICH',
        title: 'Giám đốc Sở',
        from: '2025-07-01',
      },
    });
    // the same person twice at once, or the old Chủ tịch stretched over the new one's time: refused
    const twice = await officer.fails(ADD_MEMBER, {
      input: {
        councilId: c.id,
        personId: first,
        role: 'UY_VIEN',
        title: 'Ủy viên',
        from: '2025-01-01',
      },
    });
    expect(twice.extensions?.fields?.['personId']?.[0]).toContain('đã là thành viên Hội đồng');
    const stretched = await officer.fails(UPDATE_MEMBER, {
      input: {
        id: chair.id,
        version: chair.version,
        role: 'CHU_TICH',
        title: 'Giám đốc Sở',
        from: '2024-01-01',
        to: null,
      },
    });
    expect(stretched.extensions?.fields?.['role']?.[0]).toContain(
      'mỗi thời điểm chỉ có một Chủ tịch',
    );

    const on = async (day: string | null) =>
      ((await officer.ok(COUNCIL, { id: c.id, on: day })).council?.members ?? []).map(
        (m) => m.fullName,
      );
    expect(await on('2025-03-01')).toEqual([chair.fullName]);
    expect(await on('2025-08-01')).toEqual([next.fullName]);
    expect(await on(null)).toEqual([chair.fullName, next.fullName]);
    const read = await officer.ok(COUNCIL, { id: c.id, on: '2025-08-01' });
    expect(read.council?.members[0]).toMatchObject({
      role: 'CHU_TICH',
      from: '2025-07-01',
      to: null,
      person: { id: second },
    });
  });

  it('lists the members on the session day, again while planned, never after the start', async () => {
    const { council, members } = await councilOf(3);
    const s = await session(council.id, members, { date: '2025-12-10' });
    expect(s.members.map((m) => [m.position, m.role])).toEqual([
      [1, 'CHU_TICH'],
      [2, 'UY_VIEN'],
      [3, 'UY_VIEN_THU_KY'],
    ]);
    // a member joining before the day is added to the planned session, one joining after is not
    const { addCouncilMember: joined } = await officer.ok(ADD_MEMBER, {
      input: {
        councilId: council.id,
        personId: await newPerson('Phó Chủ Tịch'),
        role: 'PHO_CHU_TICH',
        title: 'Phó Giám đốc Sở',
        from: '2025-11-01',
      },
    });
    await officer.ok(ADD_MEMBER, {
      input: {
        councilId: council.id,
        personId: await newPerson('Đến Sau'),
        role: 'UY_VIEN',
        title: 'Chuyên viên',
        from: '2026-01-01',
      },
    });
    let read = (await officer.ok(SESSION, { id: s.id })).councilSession;
    expect(read?.version).toBeGreaterThan(s.version);
    expect(read?.members.map((m) => m.memberId)).toEqual([
      members[0],
      joined.id,
      members[2],
      members[1],
    ]);
    // moving the day re-takes the list: before the Phó Chủ tịch joined
    const moved = (
      await officer.ok(UPDATE_SESSION, {
        input: {
          id: s.id,
          version: read?.version ?? 0,
          title: 'Phiên họp đầu năm',
          kind: 'OTHER',
          date: '2025-10-15',
          chairMemberId: members[0],
          secretaryMemberId: members[1],
        },
      })
    ).updateCouncilSession;
    expect(moved.members.map((m) => m.memberId)).not.toContain(joined.id);
    // the chair cannot leave the council before a session he chairs
    const chairLeaves = await officer.fails(UPDATE_MEMBER, {
      input: {
        id: members[0] as string,
        version: 1,
        role: 'CHU_TICH',
        title: 'Giám đốc Sở',
        from: '2024-01-01',
        to: '2025-09-30',
      },
    });
    expect(chairLeaves.extensions?.fields?.['to']?.[0]).toContain(
      'hãy chọn người khác cho phiên họp',
    );

    // begun: the list is the minutes', whatever the composition becomes
    read = (await officer.ok(SESSION, { id: s.id })).councilSession;
    const all = members.map((memberId) => ({ memberId, attendance: 'PRESENT' as const }));
    const present = await attend(s.id, read?.version ?? 0, all);
    await officer.ok(START, { input: { id: s.id, version: present.version } });
    await officer.ok(ADD_MEMBER, {
      input: {
        councilId: council.id,
        personId: await newPerson('Bổ Sung'),
        role: 'UY_VIEN',
        title: 'Chuyên viên',
        from: '2025-01-01',
      },
    });
    read = (await officer.ok(SESSION, { id: s.id })).councilSession;
    expect(read?.status).toBe('IN_PROGRESS');
    expect(read?.members).toHaveLength(3);
    // a member listed in a session that began is not removed (end the membership instead)
    const removal = await officer.fails(REMOVE_MEMBER, {
      input: { id: members[2] as string, version: 1 },
    });
    expect(removal.message).toContain('không xóa được; hãy ghi ngày kết thúc');
    // nor is a session that began deleted
    const del = await officer.fails(DELETE_SESSION, {
      input: { id: s.id, version: read?.version ?? 0 },
    });
    expect(del.message).toBe('Phiên họp đang ở trạng thái "Đang họp": không xóa được.');
  });

  it('records the absentees’ written opinions and refuses a proxy the council does not allow', async () => {
    const { council, members } = await councilOf(4);
    const s = await session(council.id, members);
    const [chair, secretary, third, fourth] = members as [string, string, string, string];
    const noOpinion = await officer.fails(ATTEND, {
      input: {
        sessionId: s.id,
        version: s.version,
        attendances: [{ memberId: third, attendance: 'ABSENT_WRITTEN' }],
      },
    });
    expect(noOpinion.extensions?.fields).toEqual({
      'attendances.0.writtenOpinion': [
        'Hãy ghi ý kiến bằng văn bản của thành viên vắng mặt (được ghi vào biên bản).',
      ],
    });
    const proxy = await officer.fails(ATTEND, {
      input: {
        sessionId: s.id,
        version: s.version,
        attendances: [
          { memberId: chair, attendance: 'PRESENT' },
          { memberId: fourth, attendance: 'PROXY', proxyMemberId: chair },
        ],
      },
    });
    expect(proxy.extensions?.fields).toEqual({
      'attendances.1.attendance': [
        'Hội đồng không cho phép ủy quyền dự họp (theo quy chế của Hội đồng).',
      ],
    });
    // nothing was recorded by the refusals
    expect(
      (await officer.ok(SESSION, { id: s.id })).councilSession?.members.every(
        (m) => m.attendance === null,
      ),
    ).toBe(true);

    const opinion = 'Nhất trí đề nghị khen thưởng đối với tất cả các trường hợp.';
    const taken = await attend(s.id, s.version, [
      { memberId: chair, attendance: 'PRESENT', writtenOpinion: 'bỏ qua khi có mặt' },
      { memberId: secretary, attendance: 'PRESENT' },
      { memberId: third, attendance: 'ABSENT_WRITTEN', writtenOpinion: opinion },
      { memberId: fourth, attendance: 'ABSENT' },
    ]);
    expect(taken.quorum).toMatchObject({ attending: 2, required: 3, met: false });
    const read = (await officer.ok(SESSION, { id: s.id })).councilSession;
    expect(read?.members.map((m) => [m.memberId, m.attendance, m.writtenOpinion])).toEqual([
      [chair, 'PRESENT', null],
      [third, 'ABSENT_WRITTEN', opinion],
      [fourth, 'ABSENT', null],
      [secretary, 'PRESENT', null],
    ]);
    expect(read?.quorum).toMatchObject({ writtenOpinions: 1, absent: 1, unrecorded: 0 });

    // where the council's rules allow it, an absent member's proxy counts (held by one present)
    await officer.ok(UPDATE, {
      input: {
        id: council.id,
        version: council.version,
        name: council.name,
        proxiesAllowed: true,
      },
    });
    const toAbsent = await officer.fails(ATTEND, {
      input: {
        sessionId: s.id,
        version: taken.version,
        attendances: [{ memberId: fourth, attendance: 'PROXY', proxyMemberId: third }],
      },
    });
    expect(toAbsent.extensions?.fields?.['attendances.0.proxyMemberId']?.[0]).toContain(
      'người nhận ủy quyền phải có mặt tại phiên họp',
    );
    const withProxy = await attend(s.id, taken.version, [
      { memberId: fourth, attendance: 'PROXY', proxyMemberId: chair },
    ]);
    expect(withProxy.quorum).toMatchObject({ attending: 3, required: 3, met: true });
    expect(withProxy.quorum.explanation).toContain('ủy quyền');
  });

  it('starts a session at 2/3 of nine members, not below, and says the numbers', async () => {
    const { council, members } = await councilOf(9);
    const s = await session(council.id, members);
    const five = await attend(
      s.id,
      s.version,
      members.map((memberId, i) => ({
        memberId,
        attendance: i < 5 ? ('PRESENT' as const) : ('ABSENT' as const),
      })),
    );
    expect(five.quorum).toMatchObject({ attending: 5, required: 6, met: false });
    const refused = await officer.fails(START, { input: { id: s.id, version: five.version } });
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toBe(
      'Chưa bắt đầu được: Có 5/9 thành viên dự họp (55,6%); cần ít nhất 6 (2/3) để họp.',
    );
    expect((await officer.ok(SESSION, { id: s.id })).councilSession?.status).toBe('PLANNED');
    const six = await attend(s.id, five.version, [
      { memberId: members[5] as string, attendance: 'PRESENT' },
    ]);
    expect(six.quorum).toMatchObject({ attending: 6, required: 6, met: true });
    const { startCouncilSession } = await officer.ok(START, {
      input: { id: s.id, version: six.version },
    });
    expect(startCouncilSession.status).toBe('IN_PROGRESS');
    const read = (await officer.ok(SESSION, { id: s.id })).councilSession;
    expect(read?.startedAt).toBeTruthy();
    expect(read?.chair?.fullName).toContain('Thành Viên 0');
    expect(read?.secretary?.fullName).toContain('Thành Viên 1');
  });

  it('needs 80% of ten members for an award session where the council says so', async () => {
    const { council, members } = await councilOf(10, { awardPresenceShare: 0.8 });
    const s = await session(council.id, members, { kind: 'AWARD' });
    const seven = await attend(
      s.id,
      s.version,
      members.map((memberId, i) => ({
        memberId,
        attendance: i < 7 ? ('PRESENT' as const) : ('ABSENT' as const),
      })),
    );
    expect(seven.quorum).toMatchObject({ attending: 7, required: 8, met: false });
    const refused = await officer.fails(START, { input: { id: s.id, version: seven.version } });
    expect(refused.message).toBe(
      'Chưa bắt đầu được: Có 7/10 thành viên dự họp (70,0%); cần ít nhất 8 (80%) để họp xét khen thưởng.',
    );
    // the same seven make the ordinary 2/3 of a session of another kind
    const other = await session(council.id, members, { kind: 'OTHER' });
    const otherSeven = await attend(
      other.id,
      other.version,
      members.map((memberId, i) => ({
        memberId,
        attendance: i < 7 ? ('PRESENT' as const) : ('ABSENT' as const),
      })),
    );
    expect(otherSeven.quorum).toMatchObject({ required: 7, met: true });
    const eight = await attend(s.id, seven.version, [
      { memberId: members[7] as string, attendance: 'PRESENT' },
    ]);
    expect(eight.quorum).toMatchObject({ attending: 8, required: 8, met: true });
    expect(
      (await officer.ok(START, { input: { id: s.id, version: eight.version } })).startCouncilSession
        .status,
    ).toBe('IN_PROGRESS');
    const listed = await officer.ok(SESSIONS, { councilId: council.id, status: 'IN_PROGRESS' });
    expect(listed.councilSessions.edges.map((e) => e.node.id)).toEqual([s.id]);
  });

  it('invites guests, begins only with its chair present, and deletes a planned session', async () => {
    const { council, members } = await councilOf(2);
    const s = await session(council.id, members);
    const added = (
      await officer.ok(ADD_GUEST, {
        input: {
          sessionId: s.id,
          version: s.version,
          name: 'Lê Văn Khách',
          title: 'Phó Giám đốc Sở Tài chính',
        },
      })
    ).addCouncilGuest;
    expect(added.guests.map((g) => g.name)).toEqual(['Lê Văn Khách']);
    // not begun without its chair in the room
    const noChair = await officer.fails(START, { input: { id: s.id, version: added.version } });
    expect(noChair.extensions?.fields?.['chairMemberId']?.[0]).toMatch(
      /^Người chủ trì \(Thành Viên 0 .+\) chưa được điểm danh có mặt\.$/,
    );
    const stale = await officer.fails(ADD_GUEST, {
      input: { sessionId: s.id, version: s.version, name: 'Người Khác' },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    const removed = (
      await officer.ok(REMOVE_GUEST, {
        input: { sessionId: s.id, version: added.version, guestId: added.guests[0]?.id as string },
      })
    ).removeCouncilGuest;
    expect(removed.guests).toEqual([]);
    const { deleteCouncilSession } = await officer.ok(DELETE_SESSION, {
      input: { id: s.id, version: removed.version },
    });
    expect(deleteCouncilSession).toBe(s.id);
    expect((await officer.fails(SESSION, { id: s.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('ends a merged unit’s council and moves a standing body to the successor', async () => {
    const merged = await t.unit(`Phòng Sáp Nhập ${t.uid()}`, office);
    const target = await t.unit(`Phòng Tiếp Nhận ${t.uid()}`, office);
    const { createCouncil: ending } = await officer.ok(CREATE, { input: { unitId: merged.id } });
    const other = await newCouncil({ standingUnitId: merged.id });
    await officer.ok(MERGE, {
      input: {
        sourceUnitIds: [merged.id],
        targetUnitId: target.id,
        effectiveDate: '2025-07-01',
        legalBasis: { number: `${t.uid()}/QĐ-SNV`, date: '2025-06-16' },
      },
    });
    expect((await officer.ok(COUNCIL_STATE, { id: ending.id })).council).toMatchObject({
      active: false,
      endedOn: '2025-06-30',
      version: ending.version + 1,
    });
    expect((await officer.ok(COUNCIL_STATE, { id: other.id })).council).toMatchObject({
      active: true,
      standingUnit: { id: target.id },
    });
    // the successor founds its own
    const { createCouncil: founded } = await officer.ok(CREATE, { input: { unitId: target.id } });
    expect(founded.active).toBe(true);
    const [row] = await t.db.query(
      `SELECT operation, unit_id FROM audit_log WHERE operation = 'council.restructure' AND unit_id = $1`,
      [merged.id],
    );
    expect(row).toEqual({ operation: 'council.restructure', unit_id: merged.id });
  });

  it('takes the agenda from a round’s appraised nominees with the vote their rule asks', async () => {
    const { createAwardRound: round } = await receiver.ok(CREATE_ROUND, {
      input: {
        kind: 'ANNUAL',
        title: `Khen thưởng công trạng năm 2025 ${t.uid()}`,
        year: 2025,
        track: 'CONG_TRANG',
        receivingUnitId: receiving.id,
        decidingAuthority: 'Giám đốc Sở Nội vụ',
        deadline: '2025-12-15',
      },
    });
    // a Lao động tiên tiến (no vote), a Chiến sĩ thi đua cơ sở (ballot, 80%), one found "không đạt"
    const ldtt = await personIn(t, proposer, proposing, `Trần Thị Lao Động ${t.uid()}`);
    const cstd = await personIn(t, proposer, proposing, `Nguyễn Văn Chiến Sĩ ${t.uid()}`);
    const fail = await personIn(t, proposer, proposing, `Lê Văn Không Đạt ${t.uid()}`);
    for (const [p, grade] of [
      [ldtt, 'HTTNV'],
      [cstd, 'HTXSNV'],
      [fail, 'HTTNV'],
    ] as const)
      await proposer.ok(CREATE_EVALUATION, { input: { personId: p.id, year: 2025, grade } });
    // the fixture's people are women: one man, for the snapshot of the women's priority
    await t.db.query(`UPDATE people SET sex = 'MALE' WHERE id = $1`, [cstd.id]);
    await proposer.ok(CREATE_AWARD_RECORD, {
      input: { personId: cstd.id, awardCode: 'LAO_DONG_TIEN_TIEN', year: 2025 },
    });
    const { createAwardDossier: d } = await proposer.ok(CREATE_DOSSIER, {
      input: { roundId: round.id, unitId: proposing.id },
    });
    let version = d.version;
    const nominees: string[] = [];
    for (const [p, awardCode] of [
      [ldtt, 'LAO_DONG_TIEN_TIEN'],
      [cstd, 'CSTD_CO_SO'],
      [fail, 'LAO_DONG_TIEN_TIEN'],
    ] as const) {
      const added = (
        await proposer.ok(ADD_NOMINEE, {
          input: {
            dossierId: d.id,
            version,
            subject: 'INDIVIDUAL',
            personId: p.id,
            awardCode,
            achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2025.',
          },
        })
      ).addAwardNominee;
      version = added.version;
      nominees.push(added.nominees.at(-1)?.id as string);
    }
    const papers: [string, string | null][] = [
      ['TO_TRINH', null],
      ['BIEN_BAN', null],
      ...nominees.map((n): [string, string | null] => ['BAO_CAO_THANH_TICH', n]),
      ['SANG_KIEN', nominees[1] as string],
    ];
    for (const [kind, nominationId] of papers)
      version = (
        await proposer.ok(WRITE_DOCUMENT, {
          input: {
            dossierId: d.id,
            version,
            kind: kind as 'TO_TRINH',
            nominationId,
            text: `Nội dung ${kind}`,
          },
        })
      ).writeAwardDossierDocument.version;
    const sent = (await proposer.ok(SUBMIT, { input: { id: d.id, version } })).submitAwardDossier;
    const got = (await receiver.ok(RECEIVE, { input: { id: d.id, version: sent.version } }))
      .receiveAwardDossier;

    // the council of the Sở, its TĐKT office as the standing body that received the round
    const { council, members } = await councilOf(3);
    await officer.ok(UPDATE, {
      input: {
        id: council.id,
        version: council.version,
        name: council.name,
        standingUnitId: receiving.id,
      },
    });
    const s = await session(council.id, members, { kind: 'AWARD', awardRoundId: round.id });
    // not appraised yet: nothing to put on the agenda
    const early = await officer.fails(AGENDA_FROM_ROUND, {
      input: { sessionId: s.id, version: s.version },
    });
    expect(early.message).toContain('không còn đề nghị nào đã thẩm định "đạt"');

    await receiver.ok(APPRAISE, {
      input: {
        id: d.id,
        version: got.version,
        items: [
          { nominationId: nominees[0] as string, verdict: 'PASS' },
          { nominationId: nominees[1] as string, verdict: 'PASS' },
          { nominationId: nominees[2] as string, verdict: 'FAIL', remark: 'Thiếu xác nhận.' },
        ],
      },
    });
    const withAgenda = (
      await officer.ok(AGENDA_FROM_ROUND, { input: { sessionId: s.id, version: s.version } })
    ).addCouncilAgendaFromRound;
    expect(withAgenda.agenda.map((a) => [a.position, a.candidateName])).toEqual([
      [1, ldtt.fullName],
      [2, cstd.fullName],
    ]);
    const read = (await officer.ok(SESSION, { id: s.id })).councilSession;
    expect(read?.awardRound?.id).toBe(round.id);
    expect(read?.agenda).toEqual([
      expect.objectContaining({
        nominationId: nominees[0],
        subject: 'INDIVIDUAL',
        awardCode: 'LAO_DONG_TIEN_TIEN',
        awardName: 'Lao động tiên tiến',
        proposingUnitName: proposing.name,
        voteRequired: false,
        threshold: null,
        female: true,
        womenShare: null,
      }),
      expect.objectContaining({
        nominationId: nominees[1],
        awardCode: 'CSTD_CO_SO',
        voteRequired: true,
        threshold: 0.8,
        female: false,
      }),
    ]);
    // a second call finds nothing new
    const again = await officer.fails(AGENDA_FROM_ROUND, {
      input: { sessionId: s.id, version: withAgenda.version },
    });
    expect(again.extensions?.code).toBe('BAD_USER_INPUT');

    const first = withAgenda.agenda[0] as { id: string };
    const second = withAgenda.agenda[1] as { id: string };
    const moved = (
      await officer.ok(AGENDA_MOVE, {
        input: { sessionId: s.id, version: withAgenda.version, itemId: second.id, position: 1 },
      })
    ).moveCouncilAgendaItem;
    expect(moved.agenda.map((a) => [a.position, a.id])).toEqual([
      [1, second.id],
      [2, first.id],
    ]);
    const tooFar = await officer.fails(AGENDA_MOVE, {
      input: { sessionId: s.id, version: moved.version, itemId: first.id, position: 3 },
    });
    expect(tooFar.extensions?.fields?.['position']).toEqual(['Thứ tự phải từ 1 đến 2.']);
    const removed = (
      await officer.ok(AGENDA_REMOVE, {
        input: { sessionId: s.id, version: moved.version, itemId: second.id },
      })
    ).removeCouncilAgendaItem;
    expect(removed.agenda.map((a) => [a.position, a.id])).toEqual([[1, first.id]]);
    // removed from the agenda, the nominee can be put back from the round
    const back = (
      await officer.ok(AGENDA_FROM_ROUND, { input: { sessionId: s.id, version: removed.version } })
    ).addCouncilAgendaFromRound;
    expect(back.agenda.map((a) => [a.position, a.candidateName])).toEqual([
      [1, ldtt.fullName],
      [2, cstd.fullName],
    ]);
  });
});
