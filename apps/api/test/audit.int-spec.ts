import { UserEntity } from '../src/modules/identity/entities/user.entity';
import { startTestApp, type TestApp } from './setup/test-app';

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username version } }`;
const AUDIT = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id operation actorType actorName entityType entityId actingUnit { id } changes { field before after } } }
  }
}`;

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('records every mutation with actor, unit, before and after, in the same transaction', async () => {
    const unit = await t.unit('Sở Nội vụ');
    const admin = await t.user({ unit, role: 'SYSTEM_ADMIN' });
    const client = await t.loggedIn(admin.username);
    const username = `moi.${t.uid()}`;
    const { createUser } = await client.ok(CREATE_USER, {
      input: { username, fullName: 'Nguyễn Văn Mới', unitId: unit.id, password: 'matkhau2025', email: 'moi@example.vn' },
    });
    await client.ok(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`, {
      input: { id: createUser.id, version: createUser.version, fullName: 'Nguyễn Văn Mới Sửa', unitId: unit.id, email: 'moi@example.vn' },
    });

    const { auditLog } = await client.ok(AUDIT, { filter: { entityType: 'User', entityId: createUser.id } });
    const ops = auditLog.edges.map((e: { node: { operation: string } }) => e.node.operation);
    expect(ops).toEqual(['user.update', 'user.create']);
    const [update, create] = auditLog.edges.map((e: { node: unknown }) => e.node);
    expect(update).toMatchObject({
      actorType: 'USER',
      actorName: expect.stringContaining(admin.username),
      actingUnit: { id: unit.id },
      changes: [{ field: 'fullName', before: '"Nguyễn Văn Mới"', after: '"Nguyễn Văn Mới Sửa"' }],
    });
    expect(create.changes).toEqual(
      expect.arrayContaining([{ field: 'username', before: null, after: JSON.stringify(username) }]),
    );
    // Secrets never reach the log.
    const raw = JSON.stringify(await t.db.query(`SELECT changes FROM audit_log WHERE entity_id = $1`, [createUser.id]));
    expect(raw).not.toMatch(/argon2|matkhau2025/);
  });

  it('a failed mutation leaves neither data nor an audit row', async () => {
    const unit = await t.unit('Sở Tài chính');
    const admin = await t.user({ unit, role: 'SYSTEM_ADMIN' });
    const client = await t.loggedIn(admin.username);
    const username = `loi.${t.uid()}`;
    const before = Number((await t.db.query(`SELECT count(*) FROM audit_log`))[0].count);
    // The second role grant is invalid (unknown role): the whole creation rolls back.
    const err = await client.fails(CREATE_USER, {
      input: {
        username,
        fullName: 'Không được tạo',
        unitId: unit.id,
        password: 'matkhau2025',
        roles: [{ roleId: '00000000-0000-4000-8000-000000000000', unitId: unit.id }],
      },
    });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.extensions?.fields).toEqual({ 'roles.0.roleId': ['Vai trò không tồn tại.'] });
    expect(await t.db.getRepository(UserEntity).countBy({ username })).toBe(0);
    const after = Number((await t.db.query(`SELECT count(*) FROM audit_log`))[0].count);
    expect(after).toBe(before);
  });

  it('cannot be updated, deleted or truncated, even with direct SQL', async () => {
    const [row] = await t.db.query(`SELECT id FROM audit_log LIMIT 1`);
    await expect(t.db.query(`UPDATE audit_log SET actor_name = 'giả mạo' WHERE id = $1`, [row.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query(`DELETE FROM audit_log WHERE id = $1`, [row.id])).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    const [still] = await t.db.query(`SELECT actor_name FROM audit_log WHERE id = $1`, [row.id]);
    expect(still.actor_name).not.toBe('giả mạo');
  });

  it('filters by actor, operation prefix and time, and pages with cursors', async () => {
    const unit = await t.unit('Sở Y tế');
    const admin = await t.user({ unit, role: 'SYSTEM_ADMIN' });
    const client = await t.loggedIn(admin.username);
    const start = new Date().toISOString();
    for (let i = 0; i < 5; i++) {
      await client.ok(CREATE_USER, {
        input: { username: `trang.${i}.${t.uid()}`, fullName: `Người ${i}`, unitId: unit.id, password: 'matkhau2025' },
      });
    }
    const filter = { actorId: admin.id, operation: 'user.', from: start };
    const page1 = (await client.ok(AUDIT, { filter, first: 3 })).auditLog;
    expect(page1.totalCount).toBe(5);
    expect(page1.edges).toHaveLength(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await client.ok(AUDIT, { filter, first: 3, after: page1.pageInfo.endCursor })).auditLog;
    expect(page2.edges).toHaveLength(2);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(ids).size).toBe(5);

    const future = (await client.ok(AUDIT, { filter: { ...filter, from: new Date(Date.now() + 3_600_000).toISOString() } })).auditLog;
    expect(future.totalCount).toBe(0);
    const backwards = await client.fails(AUDIT, { filter: { from: new Date().toISOString(), to: start } });
    expect(backwards.extensions?.fields).toHaveProperty(['filter.to']);
  });

  it('a scoped reader sees only what was done for units in its scope', async () => {
    const province = await t.unit('Tỉnh');
    const a = await t.unit('Xã A', province);
    const b = await t.unit('Xã B', province);
    const adminA = await t.user({ unit: a, role: 'SYSTEM_ADMIN' });
    const adminB = await t.user({ unit: b, role: 'SYSTEM_ADMIN' });
    const clientA = await t.loggedIn(adminA.username);
    const clientB = await t.loggedIn(adminB.username);
    const { createUser } = await clientB.ok(CREATE_USER, {
      input: { username: `xab.${t.uid()}`, fullName: 'Ở xã B', unitId: b.id, password: 'matkhau2025' },
    });
    const seenByA = (await clientA.ok(AUDIT, { filter: { entityId: createUser.id } })).auditLog;
    expect(seenByA.totalCount).toBe(0);
    const seenByB = (await clientB.ok(AUDIT, { filter: { entityId: createUser.id } })).auditLog;
    expect(seenByB.totalCount).toBe(1);
    const officer = await t.user({ unit: a });
    expect((await (await t.loggedIn(officer.username)).fails(AUDIT)).extensions?.code).toBe('FORBIDDEN');
  });
});
