import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { UserEntity } from '../src/modules/identity/entities/user.entity';
import { startTestApp, type TestApp } from './setup/test-app';

const SCHEMA_FILE = 'apps/api/schema.gql';

describe('GraphQL contract: validation, conflicts, limits, errors', () => {
  let t: TestApp;
  let admin: { id: string; username: string };
  let unitId: string;
  beforeAll(async () => {
    t = await startTestApp({
      GRAPHQL_MAX_DEPTH: '6',
      GRAPHQL_MAX_COMPLEXITY: '500',
      // the one boot of the suite that prints the schema: CI's drift stage compares it with the commit
      GRAPHQL_SCHEMA_FILE: SCHEMA_FILE,
    });
    const unit = await t.unit('Sở Nội vụ');
    unitId = unit.id;
    admin = await t.user({ unit, role: 'SYSTEM_ADMIN' });
  });
  afterAll(() => t.close());

  it('prints the live schema to apps/api/schema.gql, the contract CI holds the commit to', () => {
    const printed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(printed).toContain(printSchema(t.app.get(GraphQLSchemaHost).schema));
  });

  it('reports every invalid field in Vietnamese and creates nothing', async () => {
    const client = await t.loggedIn(admin.username);
    const err = await client.fails(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          username: 'có dấu cách',
          fullName: '   ',
          email: 'khong-phai-email',
          unitId: 'abc',
          password: 'x',
        },
      },
    );
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = err.extensions?.fields ?? {};
    expect(Object.keys(fields).sort()).toEqual(['email', 'fullName', 'unitId', 'username']);
    expect(fields['fullName']).toEqual(['Họ và tên không được để trống.']);
    expect(fields['email']).toEqual(['Thư điện tử không đúng định dạng thư điện tử.']);
    expect(await t.db.getRepository(UserEntity).countBy({ fullName: '   ' })).toBe(0);

    const weak = await client.fails(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          username: `yeu.${t.uid()}`,
          fullName: 'Mật khẩu yếu',
          unitId,
          password: 'abcdefgh',
        },
      },
    );
    expect(weak.extensions?.fields).toEqual({
      password: ['Mật khẩu phải có cả chữ cái và chữ số.'],
    });
  });

  it('rejects a duplicate user name on its field', async () => {
    const client = await t.loggedIn(admin.username);
    const err = await client.fails(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          username: admin.username.toUpperCase(),
          fullName: 'Trùng',
          unitId,
          password: 'matkhau2025',
        },
      },
    );
    expect(err.extensions?.fields?.['username']?.[0]).toMatch(/đã được sử dụng/);
  });

  it('never loses an update: a stale version fails with CONFLICT naming the record', async () => {
    const target = await t.user({ unit: { id: unitId } as never });
    const alice = await t.loggedIn(admin.username);
    const bob = await t.loggedIn(admin.username);
    const { user } = await alice.ok(`query($id: ID!) { user(id: $id) { version } }`, {
      id: target.id,
    });
    const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { fullName version } }`;
    const first = await alice.ok(UPDATE, {
      input: { id: target.id, version: user.version, fullName: 'Sửa lần 1', unitId },
    });
    expect(first.updateUser.version).toBe(user.version + 1);
    const stale = await bob.fails(UPDATE, {
      input: { id: target.id, version: user.version, fullName: 'Sửa lần 2', unitId },
    });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', entityType: 'User', id: target.id });
    expect(stale.message).toContain(target.username);
    const saved = await t.db.getRepository(UserEntity).findOneByOrFail({ id: target.id });
    expect(saved.fullName).toBe('Sửa lần 1');
  });

  it('concurrent edits with the same version: exactly one wins', async () => {
    const target = await t.user({ unit: { id: unitId } as never });
    const client = await t.loggedIn(admin.username);
    const { user } = await client.ok(`query($id: ID!) { user(id: $id) { version } }`, {
      id: target.id,
    });
    const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { fullName } }`;
    const results = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        client.request(UPDATE, {
          input: { id: target.id, version: user.version, fullName: `Đồng thời ${i}`, unitId },
        }),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
  });

  it('rejects too deep queries with QUERY_TOO_DEEP', async () => {
    const client = await t.loggedIn(admin.username);
    const res = await client.request(
      `{ me { user { unit { parent { parent { parent { parent { name } } } } } } } }`,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', maxDepth: 6 });
    expect(res.errors?.[0]?.message).toMatch(/quá sâu/);
    expect(res.data).toBeNull();
  });

  it('rejects too complex queries with QUERY_TOO_COMPLEX', async () => {
    const client = await t.loggedIn(admin.username);
    const res = await client.request(
      `{ users(first: 100) { edges { node { username unit { name } roleAssignments { role { name } unit { name } } } } } }`,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      maxComplexity: 500,
    });
    // The same query with a small page is fine.
    await client.ok(
      `{ users(first: 5) { edges { node { username unit { name } roleAssignments { role { name } unit { name } } } } } }`,
    );
  });

  it('reports malformed and invalid queries with stable codes and no internals', async () => {
    const client = await t.loggedIn(admin.username);
    const parse = await client.request(`{ me { `);
    expect(parse.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const invalid = await client.request(`{ me { khongCoTruongNay } }`);
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(invalid.errors?.[0]?.message).toMatch(/không hợp lệ/);
    const badId = await client.request(`{ user(id: "khong-phai-uuid") { id } }`);
    expect(badId.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { id: ['Mã định danh không hợp lệ.'] },
    });
    const badCursor = await client.request(`{ users(after: "rac") { totalCount } }`);
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await client.request(`{ users(first: 101) { totalCount } }`);
    expect(tooMany.errors?.[0]?.extensions?.fields).toEqual({
      first: ['Mỗi trang lấy tối đa 100 phần tử.'],
    });
    for (const r of [parse, invalid, badId, badCursor, tooMany]) {
      const text = JSON.stringify(r.errors);
      expect(text).not.toMatch(/stacktrace|at Object\.|SELECT |QueryFailedError/);
    }
  });

  it('keeps the database and the migrations in step (no pending schema change)', async () => {
    const sql = await t.db.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });
});
