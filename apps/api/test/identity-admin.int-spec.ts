import { UserEntity } from '../src/modules/identity/entities/user.entity';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import type { GqlClient, GqlError } from './setup/gql-client';
import { PASSWORD, startTestApp, type TestApp } from './setup/test-app';

const USER = `query($id: ID!) { user(id: $id) { id version email status roleAssignments { id role { code } } } }`;
const RESET = `mutation($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id email } }`;
const STATUS = `mutation($input: SetUserStatusInput!) { setUserStatus(input: $input) { id status } }`;
const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`;
const REVOKE = `mutation($input: RevokeRoleInput!) { revokeRole(input: $input) }`;
const ROLES = `{ roles { id code } }`;
const CREATE_CLIENT = `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { client { id version } token } }`;
const ROTATE = `mutation($input: RotateApiClientSecretInput!) { rotateApiClientSecret(input: $input) { client { id } token } }`;
const REVOKE_CLIENT = `mutation($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { id status } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { id } } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const ME = `{ me { user { username mustChangePassword } } }`;
const UNITS = `{ units(first: 1) { totalCount } }`;

/**
 * Accounts and the guard (issue 9: A6, A8, A10): a scoped administrator cannot take over a wider
 * account; a forced password change is enforced by the server; a disabled account is no oracle;
 * REST files refuse cross-site requests.
 */
describe('administering accounts', () => {
  let t: TestApp;
  let province: UnitEntity;
  let commune: UnitEntity;
  let sibling: UnitEntity;
  let root: GqlClient;
  let quantriXa: GqlClient;
  let quantriXaId: string;
  let roleIds: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
    province = await t.unit(`Tỉnh A6 ${t.uid()}`);
    commune = await t.unit(`Xã Một ${t.uid()}`, province);
    sibling = await t.unit(`Xã Hai ${t.uid()}`, province);
    root = await t.loggedIn(
      (await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null })).username,
    );
    const admin = await t.user({ unit: commune, role: 'SYSTEM_ADMIN' });
    quantriXaId = admin.id;
    quantriXa = await t.loggedIn(admin.username);
    const { roles } = await root.ok(ROLES);
    roleIds = Object.fromEntries(roles.map((r: { id: string; code: string }) => [r.code, r.id]));
  });
  afterAll(() => t.close());

  /** No unit the caller may not open is named in a refusal. */
  function expectNoUnitNamed(message: string): void {
    for (const unit of [province, commune, sibling]) {
      expect(message).not.toContain(unit.name);
      expect(message).not.toContain(unit.code);
    }
  }

  describe('A6: a commune administrator and an account that reaches further', () => {
    it('cannot reset the password, change the e-mail or lock a user of the commune who leads the province', async () => {
      const leader = await t.user({ unit: commune, role: 'LEADER', scope: province });
      const leaderSession = await t.loggedIn(leader.username);
      const before = await t.db.getRepository(UserEntity).findOneByOrFail({ id: leader.id });
      // It may see the account (it lives in the commune) ...
      const { user } = await quantriXa.ok(USER, { id: leader.id });

      // ... but not change it: FORBIDDEN, naming no unit.
      const attempts = [
        await quantriXa.fails(RESET, { input: { id: leader.id, newPassword: 'chiemquyen2025' } }),
        await quantriXa.fails(UPDATE, {
          input: {
            id: leader.id,
            version: user.version,
            fullName: 'Bị chiếm',
            email: 'ke.gian@example.com',
            unitId: commune.id,
          },
        }),
        await quantriXa.fails(STATUS, {
          input: { id: leader.id, version: user.version, status: 'DISABLED' },
        }),
        await quantriXa.fails(GRANT, {
          input: { userId: leader.id, roleId: roleIds['REPORTER'], unitId: commune.id },
        }),
        await quantriXa.fails(REVOKE, { input: { assignmentId: user.roleAssignments[0].id } }),
      ];
      for (const err of attempts) {
        expect(err.extensions?.code).toBe('FORBIDDEN');
        expectNoUnitNamed(err.message);
      }
      expect(attempts[0]!.message).toMatch(/rộng hơn phạm vi bạn quản lý/);

      const after = await t.db.getRepository(UserEntity).findOneByOrFail({ id: leader.id });
      expect(after).toMatchObject({
        passwordHash: before.passwordHash,
        email: before.email,
        status: 'ACTIVE',
        version: before.version,
        mustChangePassword: false,
      });
      expect((await root.ok(USER, { id: leader.id })).user.roleAssignments).toHaveLength(1);
      await leaderSession.ok(ME);
      const audit = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE actor_id = $1 AND entity_id = $2`,
        [quantriXaId, leader.id],
      );
      expect(audit[0].n).toBe(0);
    });

    it('cannot change a commune user holding a role on every unit either', async () => {
      const global = await t.user({ unit: commune, role: 'REPORTER', scope: null });
      const err = await quantriXa.fails(RESET, {
        input: { id: global.id, newPassword: 'chiemquyen2025' },
      });
      expect(err.extensions?.code).toBe('FORBIDDEN');
    });

    it('still manages the accounts that lie wholly inside its commune', async () => {
      const staff = await t.user({ unit: commune, role: 'REPORTER' });
      await quantriXa.ok(RESET, { input: { id: staff.id, newPassword: 'datlai2025' } });
      await quantriXa.ok(GRANT, {
        input: { userId: staff.id, roleId: roleIds['COUNCIL_MEMBER'], unitId: commune.id },
      });
      const { user } = await quantriXa.ok(USER, { id: staff.id });
      await quantriXa.ok(STATUS, {
        input: { id: staff.id, version: user.version, status: 'DISABLED' },
      });
    });

    it('answers NOT_FOUND for an account outside its scope, naming nothing', async () => {
      const outsider = await t.user({ unit: sibling, role: 'REPORTER' });
      const err = await quantriXa.fails(RESET, {
        input: { id: outsider.id, newPassword: 'chiemquyen2025' },
      });
      expect(err.extensions?.code).toBe('NOT_FOUND');
      expectNoUnitNamed(err.message);
      const { user } = await root.ok(USER, { id: outsider.id });
      const revoke = await quantriXa.fails(REVOKE, {
        input: { assignmentId: user.roleAssignments[0].id },
      });
      expect(revoke.extensions?.code).toBe('NOT_FOUND');
      expect(revoke.message).not.toContain(outsider.id);
    });

    it('cannot grant a role it does not hold, or outside its scope', async () => {
      const staff = await t.user({ unit: commune });
      const wider = await quantriXa.fails(GRANT, {
        input: { userId: staff.id, roleId: roleIds['LEADER'], unitId: province.id },
      });
      expect(wider.extensions?.code).toBe('FORBIDDEN');
      const global = await quantriXa.fails(GRANT, {
        input: { userId: staff.id, roleId: roleIds['REPORTER'], unitId: null },
      });
      expect(global.extensions?.code).toBe('FORBIDDEN');
    });

    it('the same for API clients: a client of the commune that reads the province is out of its hands', async () => {
      const create = (unit: UnitEntity, scope: UnitEntity) =>
        root.ok(CREATE_CLIENT, {
          input: {
            name: `Ứng dụng ${t.uid()}`,
            unitId: unit.id,
            roles: [{ roleId: roleIds['INTEGRATION'], unitId: scope.id }],
          },
        });
      const wide = (await create(commune, province)).createApiClient;
      const narrow = (await create(commune, commune)).createApiClient;
      const elsewhere = (await create(sibling, sibling)).createApiClient;

      for (const err of [
        await quantriXa.fails(ROTATE, { input: { id: wide.client.id } }),
        await quantriXa.fails(REVOKE_CLIENT, {
          input: { id: wide.client.id, version: wide.client.version },
        }),
        await quantriXa.fails(GRANT, {
          input: { apiClientId: wide.client.id, roleId: roleIds['REPORTER'], unitId: commune.id },
        }),
      ]) {
        expect(err.extensions?.code).toBe('FORBIDDEN');
        expectNoUnitNamed(err.message);
      }
      // Its old key still works: nothing was rotated.
      expect(
        (await t.client().withBearer(wide.token).ok(`{ me { actorType } }`)).me.actorType,
      ).toBe('API_CLIENT');

      await quantriXa.ok(ROTATE, { input: { id: narrow.client.id } });
      // Outside its scope: not revealed (it used to say FORBIDDEN).
      expect(
        (await quantriXa.fails(ROTATE, { input: { id: elsewhere.client.id } })).extensions?.code,
      ).toBe('NOT_FOUND');
    });
  });

  describe('A8: a password set by an administrator must be changed before anything else', () => {
    it('allows only me, changePassword and logout until then, over GraphQL and REST', async () => {
      const staff = await t.user({ unit: commune, role: 'REPORTER' });
      await root.ok(RESET, { input: { id: staff.id, newPassword: 'tamthoi2025' } });
      const client = await t.loggedIn(staff.username, 'tamthoi2025');

      expect((await client.ok(ME)).me.user).toMatchObject({
        username: staff.username,
        mustChangePassword: true,
      });
      const refused = await client.fails(UNITS);
      expect(refused.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(refused.message).toBe('Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.');
      const profile = await client.fails(
        `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }`,
        {
          input: { fullName: 'Đổi tên', version: 1 },
        },
      );
      expect(profile.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
      const file = await rest(client, '/api/exports/units.xlsx');
      expect(file.status).toBe(403);
      expect(await file.json()).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });

      await client.ok(CHANGE, {
        input: { currentPassword: 'tamthoi2025', newPassword: 'riengtoi2025' },
      });
      expect((await client.ok(UNITS)).units.totalCount).toBeGreaterThan(0);
      expect((await rest(client, '/api/exports/units.xlsx')).status).toBe(200);
    });

    it('lets a user who must change the password log out', async () => {
      const staff = await t.user({ unit: commune });
      await root.ok(RESET, { input: { id: staff.id, newPassword: 'tamthoi2025' } });
      const client = await t.loggedIn(staff.username, 'tamthoi2025');
      expect((await client.ok(`mutation { logout }`)).logout).toBe(true);
    });
  });

  describe('A10: a disabled account is no oracle', () => {
    it('answers the same whether or not the password was right, and every attempt counts', async () => {
      const staff = await t.user({ unit: commune });
      const { user } = await root.ok(USER, { id: staff.id });
      await root.ok(STATUS, { input: { id: staff.id, version: user.version, status: 'DISABLED' } });

      const right = await loginFails(staff.username, PASSWORD);
      const wrong = await loginFails(staff.username, 'saimatkhau1');
      const unknown = await loginFails(`khongco.${t.uid()}`, PASSWORD);
      expect(right.extensions?.code).toBe('UNAUTHENTICATED');
      expect(right.message).toBe(wrong.message);
      expect(right.message).toBe(unknown.message);
      expect(right.extensions).toEqual(wrong.extensions);

      // LOGIN_MAX_FAILURES = 3: the right password counted as a failure like the wrong one.
      await loginFails(staff.username, PASSWORD);
      const blocked = await loginFails(staff.username, PASSWORD);
      expect(blocked.extensions?.code).toBe('RATE_LIMITED');
    });
  });

  describe('A10: REST files refuse cross-site requests', () => {
    it('refuses a cross-site or foreign-origin browser request with 403, allows the own origin and scripts', async () => {
      const exportPath = '/api/exports/units.xlsx';
      const refused: Record<string, string>[] = [
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site' },
        { origin: 'https://ke-gian.example' },
        { origin: 'null' },
      ];
      for (const headers of refused) {
        const res = await rest(root, exportPath, { headers });
        expect(res.status).toBe(403);
        const body = (await res.json()) as { code: string; message: string };
        expect(body).toMatchObject({ code: 'FORBIDDEN' });
        expect(body.message).toMatch(/trang web khác/);
        expect(res.headers.get('content-disposition')).toBeNull();
      }
      const template = await rest(root, '/api/templates/units.xlsx', {
        headers: { 'sec-fetch-site': 'cross-site' },
      });
      expect(template.status).toBe(403);

      const own = await rest(root, exportPath, {
        headers: { 'sec-fetch-site': 'same-origin', origin: t.baseUrl },
      });
      expect(own.status).toBe(200);
      expect((await rest(root, exportPath, { headers: { 'sec-fetch-site': 'none' } })).status).toBe(
        200,
      );

      const { createApiClient } = await root.ok(CREATE_CLIENT, {
        input: {
          name: `Kịch bản ${t.uid()}`,
          unitId: commune.id,
          roles: [{ roleId: roleIds['INTEGRATION'], unitId: commune.id }],
        },
      });
      const script = await fetch(`${t.baseUrl}${exportPath}`, {
        headers: { authorization: `Bearer ${createApiClient.token}` },
      });
      expect(script.status).toBe(200);
    });

    it('refuses a cross-site upload before reading it: nothing is stored', async () => {
      const name = `tan-cong-${t.uid()}.xlsx`;
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04])]), name);
      const res = await rest(root, '/api/imports/units', {
        method: 'POST',
        body: form,
        headers: { origin: 'https://ke-gian.example' },
      });
      expect(res.status).toBe(403);
      const stored = await t.db.query(
        `SELECT count(*)::int AS n FROM import_batches WHERE file_name = $1`,
        [name],
      );
      expect(stored[0].n).toBe(0);

      // The same request from the own origin reaches the upload (and fails there on the file itself).
      const again = new FormData();
      again.append('file', new Blob([new Uint8Array([1, 2, 3])]), 'khong-phai.txt');
      const own = await rest(root, '/api/imports/units', {
        method: 'POST',
        body: again,
        headers: { origin: t.baseUrl },
      });
      expect(own.status).toBe(400);
    });
  });

  /**
   * A failed login from an address of its own (10.201.x.y): GqlClient numbers its addresses from 10.0.0.0
   * in every test file, and these failures must not count against another file's clients.
   */
  async function loginFails(username: string, password: string) {
    const address = `10.201.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: LOGIN, variables: { input: { username, password } } }),
    });
    const body = (await res.json()) as { errors?: GqlError[] };
    if (!body.errors?.length) throw new Error(`login of ${username} should have failed`);
    return body.errors[0]!;
  }

  /** A REST call with the client's session cookie and address. */
  function rest(
    client: GqlClient,
    path: string,
    init: { method?: string; body?: FormData; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { 'x-forwarded-for': client.address, ...init.headers };
    if (client.sessionCookie) headers['cookie'] = client.sessionCookie;
    return fetch(`${t.baseUrl}${path}`, { method: init.method ?? 'GET', body: init.body, headers });
  }
});
