import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, type EntityManager, type Repository } from 'typeorm';
import { isPermission } from '@thidua/shared-domain';
import type { Grant } from '../../core/auth/actor';
import { authConfig, type AuthConfig } from '../../core/config/auth.config';
import { randomToken, sha256 } from './crypto';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';

/** The last-seen write (and the idle expiry it slides) happens at most once a minute per session. */
const TOUCH_EVERY_MS = 60_000;

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
   * The live session, its active user and the user's grants for a raw token, in one statement;
   * slides the idle expiry at most once a minute. Every signed-in request starts here: it was four
   * statements (session, user, grants, last-seen) and `me` then read the user again, so an
   * authenticated `me` answered 31 req/s against 112 for an anonymous request (bench/http).
   */
  async resolve(
    token: string,
  ): Promise<{ session: SessionEntity; user: UserEntity; grants: Grant[] } | null> {
    const [row] = (await this.sessions.query(this.resolveSql(), [sha256(token)])) as Record<
      string,
      unknown
    >[];
    if (!row) return null;
    const session = this.hydrate(SessionEntity, row, 's_');
    const user = this.hydrate(UserEntity, row, 'u_');
    if (user.status !== 'ACTIVE') return null;
    session.user = user;
    const now = Date.now();
    if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      session.lastSeenAt = new Date(now);
      session.expiresAt = this.idleExpiry(now, session.maxExpiresAt);
      // Bookkeeping, not a change anyone made: no audit row.
      await this.sessions.update(session.id, {
        lastSeenAt: session.lastSeenAt,
        expiresAt: session.expiresAt,
      });
    }
    return { session, user, grants: toGrants(row['grants'] as GrantRow[] | null) };
  }

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
        ${GRANTS_JSON} AS grants
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
