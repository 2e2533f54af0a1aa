import { Client } from 'pg';
import { SYSTEM_ROLES } from '@thidua/shared-domain';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { SessionService } from '../src/modules/identity/session.service';
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

  /** What B sends while `work` runs: the epoch read, the session statement, the query's own. */
  async function sentBy<T>(work: () => Promise<T>): Promise<{ value: T; sent: string[] }> {
    statements = [];
    try {
      const value = await work();
      return { value, sent: statements.map(kindOf) };
    } finally {
      statements = null;
    }
  }

  function kindOf(sql: string): string {
    if (sql === EPOCH) return 'epoch';
    if (sql.startsWith('WITH RECURSIVE up(id)')) return 'lineage';
    if (sql.includes('FROM sessions s JOIN users u')) return 'session';
    if (sql === 'START TRANSACTION') return 'begin';
    if (sql.startsWith('UPDATE "sessions" SET "last_seen_at"')) return 'touch';
    return 'query';
  }

  it('reads the epoch once for the requests of one turn of the event loop', async () => {
    const sessions = b.app.get(SessionService) as unknown as {
      currentEpoch(): Promise<string>;
    };
    const { value, sent } = await sentBy(() =>
      Promise.all([sessions.currentEpoch(), sessions.currentEpoch(), sessions.currentEpoch()]),
    );
    // (only the epoch reads are counted: B's job worker may poll meanwhile)
    expect(sent.filter((k) => k === 'epoch')).toEqual(['epoch']);
    expect(new Set(value)).toEqual(new Set([await epoch()]));
  });

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

  it('keeps a scope’s former units while the epoch stands, and sees on B a merge made on A', async () => {
    const home = await a.unit(`Xã Tiếp Nhận ${a.uid()}`, unit, 'COMMUNE');
    const absorbed = await a.unit(`Xã Sáp Nhập ${a.uid()}`, unit, 'COMMUNE');
    const onA = await a.loggedIn((await a.user({ unit: home, role: 'TDKT_OFFICER' })).username);
    const onB = new GqlClient(b.baseUrl, onA.sessionCookie?.split('=')[1] as string);
    const withEnded = async () =>
      (
        await onB.ok<{ units: { edges: { node: { id: string } }[] } }>(
          `{ units(includeEnded: true, first: 50) { edges { node { id } } } }`,
        )
      ).units.edges.map((e) => e.node.id);
    expect(await withEnded()).toEqual([home.id]);
    // read once at this epoch: the next request does not walk the lineage again
    const again = await sentBy(withEnded);
    expect(again.value).toEqual([home.id]);
    expect(again.sent).not.toContain('lineage');
    // nor does a filter "under the commune" (its roll-up: the same walk, ADR 0013 note)
    const under = await sentBy(() =>
      onB.ok<{ people: { totalCount: number } }>(
        `query($unitId: ID!) { people(unitId: $unitId, first: 1) { totalCount } }`,
        { unitId: home.id },
      ),
    );
    expect(under.value.people.totalCount).toBe(0);
    expect(under.sent).not.toContain('lineage');

    await a.mergeInto([absorbed], home);
    // a merge writes lineage (no path moves, no account): the epoch moved with it, and B walks again
    const after = await sentBy(withEnded);
    expect(new Set(after.value)).toEqual(new Set([home.id, absorbed.id]));
    expect(after.sent).toContain('lineage');
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

  describe('a query runs while its session is checked (ADR 0027)', () => {
    const NAMED_LIST = `{ me { user { fullName } } units(first: 1) { totalCount } }`;
    const PREVIEW = `query($input: RenameUnitInput!) { previewRenameUnit(input: $input) { kind peopleMoved } }`;

    it('sends the query before the epoch read has answered, and answers after it', async () => {
      const { onB } = await signedInOnBoth('REPORTER');
      await cachedOnB(onB);
      const sessions = b.app.get(SessionService) as unknown as {
        currentEpoch(): Promise<string>;
      };
      const read = sessions.currentEpoch.bind(sessions);
      // B's epoch read is held until B has sent the query's first statement
      let release: () => void = () => undefined;
      const querySent = new Promise<void>((resolve) => (release = resolve));
      const held = jest.spyOn(sessions, 'currentEpoch').mockImplementationOnce(async () => {
        await querySent;
        return read();
      });
      statements = [];
      const logger = b.db.logger;
      const logQuery = logger.logQuery.bind(logger);
      const spy = jest.spyOn(logger, 'logQuery').mockImplementation((...args) => {
        if (kindOf(args[0]) === 'query') release();
        return logQuery(...args);
      });
      try {
        const answer = onB.ok<{ units: { totalCount: number } }>(
          `{ units(first: 1) { totalCount } }`,
        );
        // Sent ahead, the statement comes within a few turns of the event loop; awaited first, never.
        // The bound only turns a failure into a failed expectation instead of a hung test.
        for (let turn = 0; turn < 200_000 && !statements.some((q) => kindOf(q) === 'query'); turn++)
          await new Promise((resolve) => setImmediate(resolve));
        const sentAhead = statements.some((q) => kindOf(q) === 'query');
        release();
        expect(sentAhead).toBe(true);
        expect((await answer).units.totalCount).toBeGreaterThan(0);
        expect(held).toHaveBeenCalled();
      } finally {
        statements = null;
        spy.mockRestore();
        held.mockRestore();
      }
    });

    it('runs the query again with the session read anew when the epoch moved, and answers that run', async () => {
      const { id, onB } = await signedInOnBoth('REPORTER');
      await cachedOnB(onB);
      const renamed = `Người Đổi Tên ${a.uid()}`;
      await a.db.query(`UPDATE users SET full_name = $1 WHERE id = $2`, [renamed, id]);
      const { value, sent } = await sentBy(() =>
        onB.ok<{ me: { user: { fullName: string } } }>(NAMED_LIST),
      );
      // ran ahead on the cached session (its statements and the epoch read in any order: the read
      // leaves at the end of the event loop's turn, turnSharedRead), refused by the check, ran again
      // after the session statement
      const session = sent.indexOf('session');
      expect(sent.slice(0, session)).toEqual(expect.arrayContaining(['epoch', 'query']));
      expect(sent.filter((k) => k === 'session')).toHaveLength(1);
      expect(sent.slice(session + 1)).toContain('query');
      // the first run's answer (the name cached on B) is never sent
      expect(value.me.user.fullName).toBe(renamed);
    });

    it('does not run ahead once B has read a later epoch than the session was cached at', async () => {
      const first = await signedInOnBoth('REPORTER');
      const second = await signedInOnBoth('REPORTER');
      await cachedOnB(first.onB);
      await cachedOnB(second.onB);
      await a.db.query(`UPDATE users SET full_name = full_name || ' ' WHERE id = $1`, [first.id]);
      await first.onB.ok(NAMED_LIST); // B reads the later epoch here
      const { sent } = await sentBy(() => second.onB.ok(NAMED_LIST));
      expect(sent.slice(0, 3)).toEqual(['epoch', 'session', 'query']);
      expect(sent.filter((k) => k === 'session')).toHaveLength(1);
    });

    it('does not run ahead when the once-a-minute touch is due: the usual path writes it', async () => {
      const { onB } = await signedInOnBoth('REPORTER');
      await cachedOnB(onB);
      const later = Date.now() + 61_000;
      const clock = jest.spyOn(Date, 'now').mockReturnValue(later);
      try {
        const { sent } = await sentBy(() => onB.ok(`{ units(first: 1) { totalCount } }`));
        // the usual path: the epoch read, the touch it awaits, then the query
        expect(sent.slice(0, 3)).toEqual(['epoch', 'touch', 'query']);
      } finally {
        clock.mockRestore();
      }
    });

    it('begins no transaction before the check: a preview on a revoked session opens none', async () => {
      const { username } = await a.user({ unit, role: 'SYSTEM_ADMIN', scope: null });
      const onA = await a.loggedIn(username);
      const onB = new GqlClient(b.baseUrl, onA.sessionCookie?.split('=')[1] as string);
      const input = {
        unitId: unit.id,
        newName: `Tỉnh Đổi Tên ${a.uid()}`,
        effectiveDate: '2025-07-01',
        legalBasis: { number: `${a.uid()}/QĐ-UBND`, date: '2025-06-20' },
      };
      await cachedOnB(onB);
      // confirmed, the preview runs its transaction (and rolls it back)
      const allowed = await sentBy(() => onB.ok(PREVIEW, { input }));
      expect(allowed.sent).toContain('begin');
      expect(await onA.ok<{ logout: boolean }>('mutation { logout }')).toEqual({ logout: true });
      const refused = await sentBy(() => onB.fails(PREVIEW, { input }));
      expect(refused.value.extensions?.code).toBe('UNAUTHENTICATED');
      expect(refused.sent).not.toContain('begin');
      expect(refused.sent).toContain('session');
    });
  });
});
