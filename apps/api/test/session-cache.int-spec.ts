import { Client } from 'pg';
import { SYSTEM_ROLES } from '@thidua/shared-domain';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { GqlClient } from './setup/gql-client';
import { workerDatabaseUrl } from './setup/test-databases';
import { startTestApp, type TestApp } from './setup/test-app';

const ME = `{ me { permissions user { id } } }`;
const USER = `query($id: ID!) { user(id: $id) { id version roleAssignments { id } } }`;
const ROLES = `{ roles { id code } }`;
const STATUS = `mutation($input: SetUserStatusInput!) { setUserStatus(input: $input) { id status } }`;
const RESET = `mutation($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { id } }`;
const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`;
const REVOKE = `mutation($input: RevokeRoleInput!) { revokeRole(input: $input) }`;
const EPOCH = 'SELECT epoch FROM auth_epoch';

/**
 * The session cache (ADR 0024): each process keeps a resolved session with the `auth_epoch` it was
 * read at, and uses it while the epoch has not moved. Two applications on one database stand for two
 * API instances: whatever ends or narrows a session on A is refused on B by B's very next request,
 * with no wait, though B had the session cached.
 */
describe('session cache across instances (ADR 0024)', () => {
  let a: TestApp;
  let b: TestApp;
  let unit: UnitEntity;
  let admin: GqlClient;
  let roleIds: Record<string, string>;
  let statements: string[] | null = null;

  beforeAll(async () => {
    // no job worker polling on either: the embedded database serves both from one session (ADR 0001)
    a = await startTestApp({ JOBS_WORKER: 'false' });
    b = await startTestApp({ JOBS_WORKER: 'false' });
    unit = await a.unit(`Tỉnh Bộ Nhớ ${a.uid()}`);
    admin = await a.loggedIn(
      (await a.user({ unit, role: 'SYSTEM_ADMIN', scope: null, username: `qt.${a.uid()}` }))
        .username,
    );
    const { roles } = await admin.ok<{ roles: { id: string; code: string }[] }>(ROLES);
    roleIds = Object.fromEntries(roles.map((r) => [r.code, r.id]));
    // B's statements, as TypeORM sends them
    const logger = b.db.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (...args: Parameters<typeof logQuery>) => {
      statements?.push(args[0]);
      return logQuery(...args);
    };
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  async function epoch(): Promise<string> {
    const [row] = (await a.db.query(EPOCH)) as { epoch: string }[];
    return String(row?.epoch);
  }

  /** A user signed in on A, and the same session used on B (its token as a bearer). */
  async function signedInOnBoth(role?: 'REPORTER'): Promise<{
    id: string;
    onA: GqlClient;
    onB: GqlClient;
  }> {
    const { id, username } = await a.user({ unit, role });
    const onA = await a.loggedIn(username);
    const token = onA.sessionCookie?.split('=')[1];
    expect(token).toBeTruthy();
    return { id, onA, onB: new GqlClient(b.baseUrl, token as string) };
  }

  /** `me` on B answered from B's cache: its only statement is the epoch read. */
  async function cachedOnB(onB: GqlClient): Promise<{ permissions: string[] }> {
    await onB.ok(ME); // read and cached, if it was not
    statements = [];
    const { me } = await onB.ok<{ me: { permissions: string[] } }>(ME);
    const sent = statements;
    statements = null;
    expect(sent).toEqual([EPOCH]);
    return me;
  }

  async function refusedOnB(onB: GqlClient): Promise<void> {
    const err = await onB.fails(ME);
    expect(err.extensions?.code).toBe('UNAUTHENTICATED');
  }

  async function versionOf(id: string): Promise<number> {
    return (await admin.ok<{ user: { version: number } }>(USER, { id })).user.version;
  }

  it('refuses on B a session logged out on A', async () => {
    const { onA, onB } = await signedInOnBoth('REPORTER');
    await cachedOnB(onB);
    expect((await onA.ok<{ logout: boolean }>('mutation { logout }')).logout).toBe(true);
    await refusedOnB(onB);
  });

  it('refuses on B a user disabled on A', async () => {
    const { id, onB } = await signedInOnBoth('REPORTER');
    await cachedOnB(onB);
    await admin.ok(STATUS, { input: { id, version: await versionOf(id), status: 'DISABLED' } });
    await refusedOnB(onB);
  });

  it('takes away on B a permission whose grant was removed on A', async () => {
    const { id, onB } = await signedInOnBoth('REPORTER');
    expect((await cachedOnB(onB)).permissions).toEqual(
      [...SYSTEM_ROLES.REPORTER.permissions].sort(),
    );
    const { user } = await admin.ok<{ user: { roleAssignments: { id: string }[] } }>(USER, {
      id,
    });
    expect(user.roleAssignments).toHaveLength(1);
    await admin.ok(REVOKE, { input: { assignmentId: user.roleAssignments[0]?.id } });
    const { me } = await onB.ok<{ me: { permissions: string[] } }>(ME);
    expect(me.permissions).toEqual([]);
    const err = await onB.fails(`{ units(first: 1) { totalCount } }`);
    expect(err.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses on B the other sessions of a user whose password was reset on A', async () => {
    const { id, onB } = await signedInOnBoth('REPORTER');
    await cachedOnB(onB);
    await admin.ok(RESET, { input: { id, newPassword: `Moi#${a.uid()}2025` } });
    await refusedOnB(onB);
  });

  it('shows on B at once a grant added on A', async () => {
    const { id, onB } = await signedInOnBoth();
    expect((await cachedOnB(onB)).permissions).toEqual([]);
    await admin.ok(GRANT, { input: { userId: id, roleId: roleIds['REPORTER'], unitId: unit.id } });
    const { me } = await onB.ok<{ me: { permissions: string[] } }>(ME);
    expect(me.permissions).toEqual([...SYSTEM_ROLES.REPORTER.permissions].sort());
  });

  it('does not move the epoch with the once-a-minute last-seen write', async () => {
    const { id, onB } = await signedInOnBoth('REPORTER');
    // seen two minutes ago, so B's first request writes the last-seen time again
    await a.db.query(
      `UPDATE sessions SET last_seen_at = now() - interval '2 minutes' WHERE user_id = $1`,
      [id],
    );
    const before = await epoch();
    await onB.ok(ME);
    const [session] = (await a.db.query(
      `SELECT last_seen_at > now() - interval '1 minute' AS touched FROM sessions WHERE user_id = $1`,
      [id],
    )) as { touched: boolean }[];
    expect(session?.touched).toBe(true);
    expect(await epoch()).toBe(before);
    // and B goes on answering from its cache
    await cachedOnB(onB);
  });

  it('moves the epoch when a session is revoked, not when it is touched', async () => {
    const { id } = await signedInOnBoth();
    const before = BigInt(await epoch());
    await a.db.query(
      `UPDATE sessions SET last_seen_at = now(), expires_at = expires_at WHERE user_id = $1`,
      [id],
    );
    expect(BigInt(await epoch())).toBe(before);
    await a.db.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1`, [id]);
    expect(BigInt(await epoch())).toBeGreaterThan(before);
  });

  it('bumps the epoch once, at the commit: an open writer holds no lock on it', async () => {
    const first = await a.user({ unit, role: 'REPORTER' });
    const second = await a.user({ unit });
    const before = BigInt(await epoch());
    const writer = new Client({ connectionString: workerDatabaseUrl() });
    await writer.connect();
    try {
      await writer.query('BEGIN');
      await writer.query(`UPDATE users SET full_name = full_name || ' ' WHERE id = ANY($1)`, [
        [first.id, second.id],
      ]);
      await writer.query(`UPDATE role_assignments SET unit_id = unit_id WHERE user_id = $1`, [
        first.id,
      ]);
      // bumped in the statement, the epoch row would now be locked until this transaction ends
      const { rows } = await writer.query<{ locks: number }>(
        `SELECT count(*)::int AS locks FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
          WHERE c.relname = 'auth_epoch' AND l.pid = pg_backend_pid() AND l.mode = 'RowExclusiveLock'`,
      );
      expect(rows[0]?.locks).toBe(0);
      const { rows: seen } = await writer.query<{ epoch: string }>(EPOCH);
      expect(BigInt(seen[0]!.epoch)).toBe(before);
      await writer.query('COMMIT');
    } finally {
      await writer.end();
    }
    // three changed rows in two tables: one bump
    expect(BigInt(await epoch())).toBe(before + 1n);
  });
});
