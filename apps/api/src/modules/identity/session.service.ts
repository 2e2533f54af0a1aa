import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, type EntityManager, type Repository } from 'typeorm';
import { isPermission } from '@thidua/shared-domain';
import type { Grant } from '../../core/auth/actor';
import { authConfig, type AuthConfig } from '../../core/config/auth.config';
import { turnSharedRead } from '../../core/database/shared-read';
import { randomToken, sha256 } from './crypto';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';

/** The last-seen write (and the idle expiry it slides) happens at most once a minute per session. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Sessions kept per process, least recently used evicted first. An entry (session and user entities,
 * one grant's permission set, the key) measured 3.1 KB of heap (5,000 entries: 14.9 MB), so the bound
 * is ~31 MB; a province's officers signed in at once are a few thousand.
 */
const CACHE_ENTRIES = 10_000;

const EPOCH_SQL = 'SELECT epoch FROM auth_epoch';

/** A resolved session as this process keeps it: frozen, shared by the session's requests. */
export interface ResolvedSession {
  readonly session: SessionEntity;
  readonly user: UserEntity;
  readonly grants: readonly Grant[];
  /** The `auth_epoch` the session, user and grants were read at (one statement, one snapshot). */
  readonly epoch: string;
}

interface GrantRow {
  roleCode: string;
  unitId: string | null;
  unitPath: string | null;
  permissions: string[];
}

/** The session's user's role assignments as `GrantRow`s (the same rows as `RoleService.grantsOf`). */
const GRANTS_JSON = `(SELECT json_agg(json_build_object('roleCode', r.code, 'unitId', a.unit_id,
    'unitPath', gu.path::text, 'permissions', r.permissions))
  FROM role_assignments a JOIN roles r ON r.id = a.role_id LEFT JOIN units gu ON gu.id = a.unit_id
  WHERE a.user_id = s.user_id)`;

function toGrants(rows: GrantRow[] | null): Grant[] {
  return (rows ?? []).flatMap((r): Grant[] =>
    // a grant on a unit that is gone grants nothing (as in grantsOf)
    r.unitId && r.unitPath === null
      ? []
      : [
          {
            roleCode: r.roleCode,
            unitId: r.unitId,
            unitPath: r.unitPath,
            permissions: new Set(r.permissions.filter(isPermission)),
          },
        ],
  );
}

/**
 * What the database would answer now, for an entry read at `entry.epoch`: the epoch has not moved,
 * and the expiry is still ahead. Checked in Node as well as in SQL: the touch slides the expiry
 * without bumping the epoch, so a cached expiry can only be earlier than the stored one.
 */
function isCurrent(entry: ResolvedSession, epoch: string): boolean {
  return entry.epoch === epoch && entry.session.expiresAt.getTime() > Date.now();
}

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
  ) {}

  /** Creates a session inside the caller's transaction; returns the raw token (never stored). */
  async create(
    em: EntityManager,
    userId: string,
    meta: { ipAddress: string | null; userAgent: string | null },
  ): Promise<{ token: string; session: SessionEntity }> {
    const token = randomToken();
    const now = Date.now();
    const maxExpiresAt = new Date(now + this.config.sessionMaxHours * 3_600_000);
    const session = em.create(SessionEntity, {
      userId,
      tokenHash: sha256(token),
      lastSeenAt: new Date(now),
      expiresAt: this.idleExpiry(now, maxExpiresAt),
      maxExpiresAt,
      revokedAt: null,
      ipAddress: meta.ipAddress,
      userAgent: meta.userAgent,
    });
    await em.insert(SessionEntity, session);
    return { token, session };
  }

  /**
   * The live session, its active user and the user's grants for a raw token; slides the idle expiry
   * at most once a minute. Every signed-in request starts here: it was four statements (session, user,
   * grants, last-seen) and `me` then read the user again, so an authenticated `me` answered 31 req/s
   * against 112 for an anonymous request (bench/http). Then one statement of two joins and the
   * grants' json_agg, on which a `me` still waited a third of its time (planning 0.2 ms, execution
   * 0.18 ms); now, for a token this process has seen, one read of `auth_epoch` (ADR 0024).
   */
  async resolve(token: string): Promise<ResolvedSession | null> {
    const hash = sha256(token);
    if (this.cache.has(hash)) {
      const epoch = await this.currentEpoch();
      this.sawEpoch(epoch);
      // looked up again after the read: a concurrent request may have touched or dropped it
      const cached = this.cache.get(hash);
      if (cached && isCurrent(cached, epoch)) {
        this.keep(hash, cached);
        return this.touched(hash, cached);
      }
    }
    return this.load(hash);
  }

  /**
   * The cached answer for a token, handed out before it is checked, with its check started: the
   * check reads `auth_epoch` and is true only if it has not moved since the entry was read (the test
   * `resolve` makes). A read-only GraphQL operation runs on the answer while the check runs, and
   * nothing is answered or written before the check says yes (ADR 0027).
   * Null, and the caller resolves the usual way, when there is no unexpired entry; when this process
   * has already read a later epoch than the entry's (the check could only say no, and the work run
   * ahead of it would be thrown away); and when the once-a-minute touch is due, so that `resolve`
   * writes it and the request sees the idle expiry it slid.
   */
  checkLater(token: string): { found: ResolvedSession; current: Promise<boolean> } | null {
    const hash = sha256(token);
    const cached = this.cache.get(hash);
    const now = Date.now();
    if (!cached || cached.epoch !== this.latestEpoch) return null;
    if (cached.session.expiresAt.getTime() <= now) return null;
    if (now - cached.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) return null;
    const current = this.currentEpoch().then((epoch) => {
      this.sawEpoch(epoch);
      if (!isCurrent(cached, epoch)) return false;
      if (this.cache.get(hash) === cached) this.keep(hash, cached);
      return true;
    });
    return { found: cached, current };
  }

  /**
   * The highest epoch this process has read (epochs only grow). An entry read at an earlier one is
   * stale for certain; the first request after a change anywhere finds that out, and the others of
   * this process are not run ahead of a check that would fail.
   */
  private latestEpoch: string | null = null;

  private sawEpoch(epoch: string): void {
    if (this.latestEpoch === null || BigInt(epoch) > BigInt(this.latestEpoch))
      this.latestEpoch = epoch;
  }

  /**
   * Reads the session, user and grants with the epoch in the same statement, so from one snapshot:
   * a write committed after it bumps the epoch past the one cached with it, and the next request
   * reads again. A row that is gone (revoked, expired, deleted) or a user no longer active drops the
   * entry.
   */
  private async load(hash: string): Promise<ResolvedSession | null> {
    const [row] = (await this.sessions.query(this.resolveSql(), [hash])) as Record<
      string,
      unknown
    >[];
    if (!row) {
      this.cache.delete(hash);
      return null;
    }
    const session = this.hydrate(SessionEntity, row, 's_');
    const user = this.hydrate(UserEntity, row, 'u_');
    if (user.status !== 'ACTIVE') {
      this.cache.delete(hash);
      return null;
    }
    session.user = Object.freeze(user);
    this.sawEpoch(String(row['epoch']));
    const entry: ResolvedSession = Object.freeze({
      epoch: String(row['epoch']),
      session: Object.freeze(session),
      user,
      grants: Object.freeze(
        toGrants(row['grants'] as GrantRow[] | null).map((g) => Object.freeze(g)),
      ),
    });
    this.keep(hash, entry);
    return this.touched(hash, entry);
  }

  /** Stores the entry as the most recently used (a Map iterates in insertion order) and evicts the least. */
  private keep(hash: string, entry: ResolvedSession): void {
    this.cache.delete(hash);
    this.cache.set(hash, entry);
    if (this.cache.size > CACHE_ENTRIES)
      this.cache.delete(this.cache.keys().next().value as string);
  }

  /**
   * The once-a-minute last-seen write, on a copy: cached objects are shared by every request of the
   * session and never change. The copy replaces the entry before the write is awaited, so the other
   * requests of that minute do not write again. It does not bump the epoch (the trigger is on
   * `revoked_at` only), or every active session would empty every process's cache once a minute.
   */
  private async touched(hash: string, entry: ResolvedSession): Promise<ResolvedSession> {
    const now = Date.now();
    if (now - entry.session.lastSeenAt.getTime() <= TOUCH_EVERY_MS) return entry;
    const session = Object.assign(Object.create(SessionEntity.prototype) as SessionEntity, {
      ...entry.session,
      lastSeenAt: new Date(now),
      expiresAt: this.idleExpiry(now, entry.session.maxExpiresAt),
    });
    const next: ResolvedSession = Object.freeze({ ...entry, session: Object.freeze(session) });
    if (this.cache.get(hash) === entry) this.cache.set(hash, next);
    // Bookkeeping, not a change anyone made: no audit row.
    await this.sessions.update(session.id, {
      lastSeenAt: session.lastSeenAt,
      expiresAt: session.expiresAt,
    });
    return next;
  }

  /**
   * `auth_epoch`'s one row, through TypeORM like every other statement (its logger sees it: the
   * request-overhead test counts it there). `pg`'s pool directly was measured at 11.4 µs of CPU per
   * read against 13.3–15.6 µs (8 concurrent, 20,000 reads, PostgreSQL 15): 2–4 µs of a `me` that
   * takes ~700 µs, within the bench's noise. No parameters, so `pg` sends it with the simple
   * protocol: one message, no named statement (the embedded PGlite shares one session, ADR 0001).
   */
  private async readEpoch(): Promise<string> {
    const [row] = (await this.sessions.query(EPOCH_SQL)) as { epoch: string }[];
    return String(row?.epoch);
  }

  /**
   * `auth_epoch` as of a moment after the call, one statement for the requests of one turn of the
   * event loop (`turnSharedRead`: each caller's statement is sent after it asked, so "refused at the
   * next request" holds as with a statement each). bench/http, 8 connections: 0.27 reads a
   * signed-in request, `me` 2,364 → 3,343 req/s (ADR 0024 note).
   */
  private readonly currentEpoch = turnSharedRead(() => this.readEpoch());

  /** Sessions this process has resolved, by sha256 of the token, least recently used first. */
  private readonly cache = new Map<string, ResolvedSession>();

  /**
   * The statement behind `resolve`, written once from the entities' metadata: building it with a
   * query builder and hydrating through it cost more CPU than the statement itself (a profile of
   * bench/http: 2 % of the process for the builder alone). A findOne with the relation would also
   * first look the id up in a DISTINCT subquery.
   */
  private resolveSql(): string {
    if (this.resolveStatement) return this.resolveStatement;
    const columns = (entity: typeof SessionEntity | typeof UserEntity, alias: string) =>
      this.sessions.manager.connection
        .getMetadata(entity)
        .columns.map((c) => `${alias}."${c.databaseName}" AS "${alias}_${c.databaseName}"`);
    this.resolveStatement = `SELECT ${[...columns(SessionEntity, 's'), ...columns(UserEntity, 'u')].join(', ')},
        ${GRANTS_JSON} AS grants, (SELECT epoch FROM auth_epoch) AS epoch
      FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`;
    return this.resolveStatement;
  }

  private resolveStatement: string | null = null;

  /** An entity from the `prefix`ed columns of a raw row, converted as TypeORM itself would. */
  private hydrate<T extends object>(
    entity: new () => T,
    row: Record<string, unknown>,
    prefix: string,
  ): T {
    const connection = this.sessions.manager.connection;
    const metadata = connection.getMetadata(entity);
    const target = metadata.create() as T;
    for (const column of metadata.columns) {
      const value = row[`${prefix}${column.databaseName}`];
      column.setEntityValue(target, connection.driver.prepareHydratedValue(value, column));
    }
    return target;
  }

  async revokeToken(em: EntityManager, token: string): Promise<SessionEntity | null> {
    const session = await em.findOneBy(SessionEntity, {
      tokenHash: sha256(token),
      revokedAt: IsNull(),
    });
    if (!session) return null;
    await em.update(SessionEntity, session.id, { revokedAt: new Date() });
    return session;
  }

  /** Ends every session of a user (password change, disabling), optionally keeping one. */
  async revokeAllForUser(
    em: EntityManager,
    userId: string,
    keepSessionId?: string | null,
  ): Promise<number> {
    const result = await em.update(
      SessionEntity,
      { userId, revokedAt: IsNull(), ...(keepSessionId ? { id: Not(keepSessionId) } : {}) },
      { revokedAt: new Date() },
    );
    return result.affected ?? 0;
  }

  private idleExpiry(now: number, max: Date): Date {
    return new Date(Math.min(now + this.config.sessionIdleMinutes * 60_000, max.getTime()));
  }
}
