import { PASSWORD, startTestApp, type TestApp } from './setup/test-app';

const ME = `{ me { actorType permissions user { username unit { code } } sessionExpiresAt } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { username } expiresAt } }`;

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_MAX_ATTEMPTS_PER_IP: '6' });
  });
  afterAll(() => t.close());

  it('logs in with an httpOnly, SameSite session cookie and knows who is calling', async () => {
    const unit = await t.unit('Sở Nội vụ');
    const { username } = await t.user({ unit, role: 'TDKT_OFFICER' });
    const client = t.client();
    const res = await client.request(LOGIN, { input: { username, password: PASSWORD } });
    expect(res.errors).toBeUndefined();
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('thidua_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await client.ok(ME);
    expect(me.me).toMatchObject({
      actorType: 'USER',
      user: { username, unit: { code: unit.code } },
    });
    expect(me.me.permissions).toEqual(expect.arrayContaining(['UNIT_READ', 'USER_READ']));
    expect(new Date(me.me.sessionExpiresAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('tells the previous sign-in, not the current one', async () => {
    const unit = await t.unit('Sở Khoa học');
    const { username } = await t.user({ unit });
    const PREVIOUS = `{ me { previousLoginAt user { lastLoginAt } } }`;
    const first = await t.loggedIn(username);
    const once = (await first.ok(PREVIOUS)).me;
    expect(once.previousLoginAt).toBeNull(); // the first sign-in has none before it
    const second = await t.loggedIn(username);
    const twice = (await second.ok(PREVIOUS)).me;
    // before: the home page showed users.lastLoginAt, which the sign-in itself had just set
    // the previous session's start, a few ms before that sign-in recorded lastLoginAt
    const previous = new Date(twice.previousLoginAt).getTime();
    expect(new Date(once.user.lastLoginAt).getTime() - previous).toBeGreaterThanOrEqual(0);
    expect(new Date(once.user.lastLoginAt).getTime() - previous).toBeLessThan(5_000);
    expect(new Date(twice.user.lastLoginAt).getTime()).toBeGreaterThan(
      new Date(twice.previousLoginAt).getTime(),
    );
    // the first session still sees its own previous sign-in (none), not the later one
    expect((await first.ok(PREVIOUS)).me.previousLoginAt).toBeNull();
  });

  it('accepts the session token as a bearer token too (for scripts)', async () => {
    const unit = await t.unit('Văn phòng');
    const { username } = await t.user({ unit });
    const client = await t.loggedIn(username);
    const token = client.sessionCookie!.split('=')[1]!;
    const bearer = t.client().withBearer(token);
    expect((await bearer.ok(ME)).me.user.username).toBe(username);
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unit = await t.unit('Sở Tài chính');
    const { username } = await t.user({ unit });
    const wrongPassword = await t
      .client()
      .fails(LOGIN, { input: { username, password: 'sai-mat-khau1' } });
    const unknownUser = await t
      .client()
      .fails(LOGIN, { input: { username: `khongco.${t.uid()}`, password: 'x1234567' } });
    expect(wrongPassword.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownUser.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrongPassword.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(unknownUser.message).toBe(wrongPassword.message);
  });

  it('refuses unauthenticated calls with UNAUTHENTICATED', async () => {
    const err = await t.client().fails(ME);
    expect(err.extensions?.code).toBe('UNAUTHENTICATED');
    expect(err.message).toMatch(/chưa đăng nhập/);
  });

  it('rate-limits an account after repeated failures, even with the right password', async () => {
    const unit = await t.unit('Sở Xây dựng');
    const { username } = await t.user({ unit });
    const client = t.client();
    for (let i = 0; i < 3; i++) {
      expect(
        (await client.fails(LOGIN, { input: { username, password: `sai${i}xxxxx` } })).extensions
          ?.code,
      ).toBe('UNAUTHENTICATED');
    }
    // From another address too: the limit is per account.
    const blocked = await t.client().fails(LOGIN, { input: { username, password: PASSWORD } });
    expect(blocked.extensions?.code).toBe('RATE_LIMITED');
    expect(blocked.message).toMatch(/thử lại sau \d+ phút/);
  });

  it('rate-limits an address that tries many accounts', async () => {
    const client = t.client();
    for (let i = 0; i < 6; i++) {
      await client.fails(LOGIN, { input: { username: `doan.${t.uid()}`, password: 'abc12345' } });
    }
    const unit = await t.unit('Sở Y tế');
    const { username } = await t.user({ unit });
    expect(
      (await client.fails(LOGIN, { input: { username, password: PASSWORD } })).extensions?.code,
    ).toBe('RATE_LIMITED');
    // Another address is not affected.
    await t.loggedIn(username);
  });

  it('refuses a disabled user at once, including sessions already open', async () => {
    const unit = await t.unit('Sở Công Thương');
    const admin = await t.user({ unit, role: 'SYSTEM_ADMIN' });
    const victim = await t.user({ unit });
    const adminClient = await t.loggedIn(admin.username);
    const victimClient = await t.loggedIn(victim.username);
    await victimClient.ok(ME);

    const { user } = await adminClient.ok(`query($id: ID!) { user(id: $id) { version } }`, {
      id: victim.id,
    });
    await adminClient.ok(
      `mutation($input: SetUserStatusInput!) { setUserStatus(input: $input) { status } }`,
      {
        input: { id: victim.id, version: user.version, status: 'DISABLED' },
      },
    );

    expect((await victimClient.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    const again = await t
      .client()
      .fails(LOGIN, { input: { username: victim.username, password: PASSWORD } });
    // The same answer as a wrong password: a distinct one would confirm the password (issue 9, A10).
    expect(again.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('logs out: the cookie is cleared and the session no longer works', async () => {
    const unit = await t.unit('Sở Tư pháp');
    const { username } = await t.user({ unit });
    const client = await t.loggedIn(username);
    const token = client.sessionCookie!;
    expect((await client.ok(`mutation { logout }`)).logout).toBe(true);
    expect(client.sessionCookie).toBeNull();
    const reused = t.client().withBearer(token.split('=')[1]!);
    expect((await reused.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    // Logging out again (an expired tab) still answers, and says there was no session.
    expect((await reused.ok(`mutation { logout }`)).logout).toBe(false);
  });

  it('changes the own password: checks the current one and the policy, ends other sessions', async () => {
    const unit = await t.unit('Sở Khoa học');
    const { username } = await t.user({ unit });
    const first = await t.loggedIn(username);
    const second = await t.loggedIn(username);
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;

    const wrong = await first.fails(CHANGE, {
      input: { currentPassword: 'khongdung1', newPassword: 'moi2025abc' },
    });
    expect(wrong.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { currentPassword: ['Mật khẩu hiện tại không đúng.'] },
    });
    const weak = await first.fails(CHANGE, {
      input: { currentPassword: PASSWORD, newPassword: 'ngan' },
    });
    expect(weak.extensions?.fields?.['newPassword']?.[0]).toMatch(/ít nhất 8/);

    await first.ok(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'moi2025abc' } });
    await first.ok(ME);
    expect((await second.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    await t.loggedIn(username, 'moi2025abc');
  });
});
