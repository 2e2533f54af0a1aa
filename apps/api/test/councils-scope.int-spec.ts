import { randomUUID } from 'node:crypto';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { personIn } from './campaign-registration-fixtures';
import { graphql } from './gql';
import type { GqlClient, GqlError } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Councils in the denial matrix (ADR 0013, issue 12): the officers of the council's unit read and
 * change it, its members and sessions; a sibling unit's officer gets NOT_FOUND on every query and
 * mutation (nothing says they exist); a global reader reads every unit's and changes none.
 */
const CREATE = graphql(`
  mutation CnScopeCreate($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      id
      version
      name
    }
  }
`);
const UPDATE = graphql(`
  mutation CnScopeUpdate($input: UpdateCouncilInput!) {
    updateCouncil(input: $input) {
      id
      version
    }
  }
`);
const ADD_MEMBER = graphql(`
  mutation CnScopeMemberAdd($input: AddCouncilMemberInput!) {
    addCouncilMember(input: $input) {
      id
      version
    }
  }
`);
const UPDATE_MEMBER = graphql(`
  mutation CnScopeMemberUpdate($input: UpdateCouncilMemberInput!) {
    updateCouncilMember(input: $input) {
      id
    }
  }
`);
const REMOVE_MEMBER = graphql(`
  mutation CnScopeMemberRemove($input: CouncilMemberRefInput!) {
    removeCouncilMember(input: $input)
  }
`);
const COUNCIL = graphql(`
  query CnScopeCouncil($id: ID!) {
    council(id: $id) {
      id
      canManage
      members {
        id
        fullName
      }
    }
  }
`);
const COUNCILS = graphql(`
  query CnScopeCouncils($unitId: ID) {
    councils(unitId: $unitId, first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const CREATE_SESSION = graphql(`
  mutation CnScopeSessionCreate($input: CreateCouncilSessionInput!) {
    createCouncilSession(input: $input) {
      id
      version
    }
  }
`);
const UPDATE_SESSION = graphql(`
  mutation CnScopeSessionUpdate($input: UpdateCouncilSessionInput!) {
    updateCouncilSession(input: $input) {
      id
    }
  }
`);
const DELETE_SESSION = graphql(`
  mutation CnScopeSessionDelete($input: CouncilSessionRefInput!) {
    deleteCouncilSession(input: $input)
  }
`);
const START = graphql(`
  mutation CnScopeStart($input: CouncilSessionRefInput!) {
    startCouncilSession(input: $input) {
      id
    }
  }
`);
const ATTEND = graphql(`
  mutation CnScopeAttend($input: SetCouncilAttendanceInput!) {
    setCouncilAttendance(input: $input) {
      id
      version
    }
  }
`);
const ADD_GUEST = graphql(`
  mutation CnScopeGuestAdd($input: AddCouncilGuestInput!) {
    addCouncilGuest(input: $input) {
      id
      version
      guests {
        id
      }
    }
  }
`);
const REMOVE_GUEST = graphql(`
  mutation CnScopeGuestRemove($input: RemoveCouncilGuestInput!) {
    removeCouncilGuest(input: $input) {
      id
    }
  }
`);
const AGENDA_FROM_ROUND = graphql(`
  mutation CnScopeAgendaAdd($input: AddCouncilAgendaFromRoundInput!) {
    addCouncilAgendaFromRound(input: $input) {
      id
    }
  }
`);
const AGENDA_REMOVE = graphql(`
  mutation CnScopeAgendaRemove($input: RemoveCouncilAgendaItemInput!) {
    removeCouncilAgendaItem(input: $input) {
      id
    }
  }
`);
const AGENDA_MOVE = graphql(`
  mutation CnScopeAgendaMove($input: MoveCouncilAgendaItemInput!) {
    moveCouncilAgendaItem(input: $input) {
      id
    }
  }
`);
const SESSION = graphql(`
  query CnScopeSession($id: ID!) {
    councilSession(id: $id) {
      id
      canManage
      council {
        id
      }
    }
  }
`);
const SESSIONS = graphql(`
  query CnScopeSessions($councilId: ID) {
    councilSessions(councilId: $councilId, first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

describe('councils scope', () => {
  let t: TestApp;
  let province: UnitEntity;
  let mine: UnitEntity;
  let sibling: UnitEntity;
  let officer: GqlClient;
  let siblingOfficer: GqlClient;
  let globalReader: GqlClient;

  /** A council of `unit` with a Chủ tịch and an Ủy viên thư ký, and a planned session with a guest. */
  async function councilAt(unit: UnitEntity, client: GqlClient) {
    const { createCouncil: council } = await client.ok(CREATE, { input: { unitId: unit.id } });
    const members: { id: string; version: number }[] = [];
    for (const role of ['CHU_TICH', 'UY_VIEN_THU_KY'] as const) {
      const p = await personIn(t, client, unit, `Thành Viên ${role} ${t.uid()}`);
      const { addCouncilMember } = await client.ok(ADD_MEMBER, {
        input: {
          councilId: council.id,
          personId: p.id,
          role,
          title: 'Ủy viên',
          from: '2024-01-01',
        },
      });
      members.push(addCouncilMember);
    }
    const { createCouncilSession: s } = await client.ok(CREATE_SESSION, {
      input: {
        councilId: council.id,
        title: `Phiên họp ${t.uid()}`,
        kind: 'OTHER',
        date: '2025-12-10',
        chairMemberId: members[0]?.id,
        secretaryMemberId: members[1]?.id,
      },
    });
    const { addCouncilGuest } = await client.ok(ADD_GUEST, {
      input: { sessionId: s.id, version: s.version, name: 'Khách Mời' },
    });
    return {
      council,
      members,
      session: { id: s.id, version: addCouncilGuest.version },
      guestId: addCouncilGuest.guests[0]?.id as string,
    };
  }

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh Phạm Vi Hội Đồng ${t.uid()}`);
    mine = await t.unit(`Sở Của Tôi ${t.uid()}`, province);
    sibling = await t.unit(`Sở Bên Cạnh ${t.uid()}`, province);
    officer = await t.loggedIn((await t.user({ unit: mine, role: 'TDKT_OFFICER' })).username);
    siblingOfficer = await t.loggedIn(
      (await t.user({ unit: sibling, role: 'TDKT_OFFICER' })).username,
    );
    globalReader = await t.loggedIn(
      (await t.user({ unit: province, role: 'LEADER', scope: null })).username,
    );
  });
  afterAll(() => t.close());

  it('an officer reads and changes its unit’s council; a sibling gets NOT_FOUND everywhere; a global reader reads all', async () => {
    const own = await councilAt(mine, officer);
    const theirs = await councilAt(sibling, siblingOfficer);
    const [chair, secretary] = own.members as [
      { id: string; version: number },
      { id: string; version: number },
    ];

    // in scope: reads and manages
    expect((await officer.ok(COUNCIL, { id: own.council.id })).council).toMatchObject({
      canManage: true,
    });
    expect((await officer.ok(SESSION, { id: own.session.id })).councilSession).toMatchObject({
      canManage: true,
      council: { id: own.council.id },
    });
    const listed = await officer.ok(COUNCILS, { unitId: province.id });
    expect(listed.councils.edges.map((e) => e.node.id)).toContain(own.council.id);
    expect(listed.councils.edges.map((e) => e.node.id)).not.toContain(theirs.council.id);
    const sessions = await officer.ok(SESSIONS, {});
    expect(sessions.councilSessions.edges.map((e) => e.node.id)).toContain(own.session.id);
    expect(sessions.councilSessions.edges.map((e) => e.node.id)).not.toContain(theirs.session.id);

    // a sibling: NOT_FOUND on every query and mutation, naming nothing
    const s = own.session;
    const notFound = (e: GqlError) => {
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect(e.message).not.toContain(mine.name);
      expect(e.message).not.toContain(own.council.name);
    };
    notFound(await siblingOfficer.fails(COUNCIL, { id: own.council.id }));
    notFound(await siblingOfficer.fails(SESSION, { id: s.id }));
    expect(
      (await siblingOfficer.ok(SESSIONS, { councilId: own.council.id })).councilSessions.edges,
    ).toEqual([]);
    expect(
      (await siblingOfficer.ok(COUNCILS, { unitId: province.id })).councils.edges.map(
        (e) => e.node.id,
      ),
    ).not.toContain(own.council.id);
    notFound(
      await siblingOfficer.fails(UPDATE, {
        input: { id: own.council.id, version: own.council.version, name: 'Đổi tên' },
      }),
    );
    const person = await personIn(t, siblingOfficer, sibling, `Người Ngoài ${t.uid()}`);
    notFound(
      await siblingOfficer.fails(ADD_MEMBER, {
        input: {
          councilId: own.council.id,
          personId: person.id,
          role: 'UY_VIEN',
          title: 'Ủy viên',
          from: '2024-01-01',
        },
      }),
    );
    notFound(
      await siblingOfficer.fails(UPDATE_MEMBER, {
        input: {
          id: chair.id,
          version: chair.version,
          role: 'CHU_TICH',
          title: 'Ủy viên',
          from: '2024-01-01',
          to: '2024-12-31',
        },
      }),
    );
    notFound(
      await siblingOfficer.fails(REMOVE_MEMBER, {
        input: { id: secretary.id, version: secretary.version },
      }),
    );
    notFound(
      await siblingOfficer.fails(CREATE_SESSION, {
        input: {
          councilId: own.council.id,
          title: 'Phiên họp lạ',
          kind: 'OTHER',
          date: '2025-12-01',
        },
      }),
    );
    notFound(
      await siblingOfficer.fails(UPDATE_SESSION, {
        input: { id: s.id, version: s.version, title: 'Đổi', kind: 'OTHER', date: '2025-12-01' },
      }),
    );
    notFound(
      await siblingOfficer.fails(DELETE_SESSION, { input: { id: s.id, version: s.version } }),
    );
    notFound(await siblingOfficer.fails(START, { input: { id: s.id, version: s.version } }));
    notFound(
      await siblingOfficer.fails(ATTEND, {
        input: {
          sessionId: s.id,
          version: s.version,
          attendances: [{ memberId: chair.id, attendance: 'PRESENT' }],
        },
      }),
    );
    notFound(
      await siblingOfficer.fails(ADD_GUEST, {
        input: { sessionId: s.id, version: s.version, name: 'Khách Lạ' },
      }),
    );
    notFound(
      await siblingOfficer.fails(REMOVE_GUEST, {
        input: { sessionId: s.id, version: s.version, guestId: own.guestId },
      }),
    );
    notFound(
      await siblingOfficer.fails(AGENDA_FROM_ROUND, {
        input: { sessionId: s.id, version: s.version },
      }),
    );
    notFound(
      await siblingOfficer.fails(AGENDA_REMOVE, {
        input: { sessionId: s.id, version: s.version, itemId: randomUUID() },
      }),
    );
    notFound(
      await siblingOfficer.fails(AGENDA_MOVE, {
        input: { sessionId: s.id, version: s.version, itemId: randomUUID(), position: 1 },
      }),
    );
    // founding a council at a unit outside the scope: the unit does not exist for the caller
    const elsewhere = await siblingOfficer.fails(CREATE, { input: { unitId: mine.id } });
    expect(elsewhere.extensions?.code).toBe('BAD_USER_INPUT');
    expect(elsewhere.message).toBe('Đơn vị không tồn tại.');
    // and nothing of the refusals changed the session
    expect(
      (
        await officer.ok(ATTEND, {
          input: {
            sessionId: s.id,
            version: s.version,
            attendances: [{ memberId: chair.id, attendance: 'PRESENT' }],
          },
        })
      ).setCouncilAttendance.version,
    ).toBe(s.version + 1);

    // a global reader reads every unit's council and session, and changes none
    const all = await globalReader.ok(COUNCILS, { unitId: province.id });
    expect(all.councils.edges.map((e) => e.node.id)).toEqual(
      expect.arrayContaining([own.council.id, theirs.council.id]),
    );
    const read = (await globalReader.ok(COUNCIL, { id: theirs.council.id })).council;
    expect(read?.canManage).toBe(false);
    expect(read?.members).toHaveLength(2);
    expect((await globalReader.ok(SESSION, { id: theirs.session.id })).councilSession?.id).toBe(
      theirs.session.id,
    );
    const readerChange = await globalReader.fails(UPDATE, {
      input: { id: theirs.council.id, version: theirs.council.version, name: 'Đổi tên' },
    });
    expect(readerChange.extensions?.code).toBe('FORBIDDEN');
  });
});
