import type { UnitEntity } from '../src/modules/org/unit.entity';
import { personIn } from './campaign-registration-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * The councils' mutations are audited in their transaction (ADR 0004, 0010): a success writes its
 * rows, scoped to the council's unit; a mutation that fails after writing leaves neither its data
 * nor an audit row; a save that changed nothing records nothing.
 */
const CREATE = graphql(`
  mutation CnAuditCreate($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      id
      version
      name
    }
  }
`);
const UPDATE = graphql(`
  mutation CnAuditUpdate($input: UpdateCouncilInput!) {
    updateCouncil(input: $input) {
      id
      version
    }
  }
`);
const ADD_MEMBER = graphql(`
  mutation CnAuditMemberAdd($input: AddCouncilMemberInput!) {
    addCouncilMember(input: $input) {
      id
      version
    }
  }
`);
const UPDATE_MEMBER = graphql(`
  mutation CnAuditMemberUpdate($input: UpdateCouncilMemberInput!) {
    updateCouncilMember(input: $input) {
      id
      version
    }
  }
`);
const CREATE_SESSION = graphql(`
  mutation CnAuditSessionCreate($input: CreateCouncilSessionInput!) {
    createCouncilSession(input: $input) {
      id
      version
    }
  }
`);

describe('councils audit', () => {
  let t: TestApp;
  let unit: UnitEntity;
  let officer: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    const province = await t.unit(`Tỉnh Nhật Ký Hội Đồng ${t.uid()}`);
    unit = await t.unit(`Sở Nhật Ký Hội Đồng ${t.uid()}`, province);
    officer = await t.loggedIn((await t.user({ unit, role: 'TDKT_OFFICER' })).username);
  });
  afterAll(() => t.close());

  const auditRows = async (entityId: string) =>
    (await t.db.query(
      `SELECT operation, entity_type, unit_id, changes FROM audit_log WHERE entity_id = $1 ORDER BY created_at, id`,
      [entityId],
    )) as {
      operation: string;
      entity_type: string;
      unit_id: string;
      changes: { field: string; before?: unknown; after?: unknown }[];
    }[];

  /** A council of its own unit with a Chủ tịch and an Ủy viên thư ký from 01/01/2024. */
  async function council() {
    const own = await t.unit(`Phòng Nhật Ký ${t.uid()}`, unit);
    const { createCouncil } = await officer.ok(CREATE, { input: { unitId: own.id } });
    const members: { id: string; version: number }[] = [];
    for (const role of ['CHU_TICH', 'UY_VIEN_THU_KY'] as const) {
      const p = await personIn(t, officer, own, `Thành Viên Nhật Ký ${t.uid()}`);
      members.push(
        (
          await officer.ok(ADD_MEMBER, {
            input: {
              councilId: createCouncil.id,
              personId: p.id,
              role,
              title: 'Ủy viên',
              from: '2024-01-01',
            },
          })
        ).addCouncilMember,
      );
    }
    return { ...createCouncil, unit: own, members };
  }

  it('writes a row per change, scoped to the council’s unit, and none for a save that changed nothing', async () => {
    const c = await council();
    const { updateCouncil } = await officer.ok(UPDATE, {
      input: { id: c.id, version: c.version, name: c.name, proxiesAllowed: true },
    });
    await officer.ok(UPDATE, {
      input: { id: c.id, version: updateCouncil.version, name: c.name, proxiesAllowed: true },
    });
    const rows = await auditRows(c.id);
    expect(rows.map((r) => [r.operation, r.entity_type, r.unit_id])).toEqual([
      ['council.create', 'Council', c.unit.id],
      ['council.update', 'Council', c.unit.id],
    ]);
    expect(rows[1]?.changes).toEqual([{ field: 'proxiesAllowed', before: false, after: true }]);
    const member = await auditRows(c.members[0]?.id as string);
    expect(member.map((r) => [r.operation, r.entity_type, r.unit_id])).toEqual([
      ['councilMember.add', 'CouncilMember', c.unit.id],
    ]);
  });

  it('leaves neither data nor audit when a mutation fails after writing', async () => {
    const c = await council();
    const [chair, secretary] = c.members as [
      { id: string; version: number },
      { id: string; version: number },
    ];
    // the session is written and its list taken, then its chair is found not a member on the day
    const title = `Phiên họp nhật ký ${t.uid()}`;
    const failed = await officer.fails(CREATE_SESSION, {
      input: {
        councilId: c.id,
        title,
        kind: 'OTHER',
        date: '2023-06-01',
        chairMemberId: chair.id,
        secretaryMemberId: secretary.id,
      },
    });
    expect(failed.extensions?.fields?.['chairMemberId']?.[0]).toBe(
      'Người chủ trì phải là thành viên Hội đồng vào ngày họp (01/06/2023).',
    );
    expect(
      await t.db.query(`SELECT 1 FROM council_sessions WHERE title = $1`, [title]),
    ).toHaveLength(0);
    expect(
      await t.db.query(`SELECT 1 FROM audit_log WHERE entity_label LIKE $1`, [`${title}%`]),
    ).toHaveLength(0);

    // the member's end is written and audited, then a planned session he chairs refuses it
    const { createCouncilSession: s } = await officer.ok(CREATE_SESSION, {
      input: {
        councilId: c.id,
        title,
        kind: 'OTHER',
        date: '2025-12-10',
        chairMemberId: chair.id,
        secretaryMemberId: secretary.id,
      },
    });
    const ended = await officer.fails(UPDATE_MEMBER, {
      input: {
        id: chair.id,
        version: chair.version,
        role: 'CHU_TICH',
        title: 'Ủy viên',
        from: '2024-01-01',
        to: '2025-06-30',
      },
    });
    expect(ended.extensions?.code).toBe('BAD_USER_INPUT');
    const [row] = (await t.db.query(`SELECT to_date, version FROM council_members WHERE id = $1`, [
      chair.id,
    ])) as { to_date: string | null; version: number }[];
    expect(row).toEqual({ to_date: null, version: chair.version });
    expect((await auditRows(chair.id)).map((r) => r.operation)).toEqual(['councilMember.add']);
    expect((await auditRows(s.id)).map((r) => r.operation)).toEqual(['councilSession.create']);
  });
});
