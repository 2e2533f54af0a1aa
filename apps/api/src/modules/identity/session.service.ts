import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, type EntityManager, type Repository } from 'typeorm';
import { authConfig, type AuthConfig } from '../../core/config/auth.config';
import { randomToken, sha256 } from './crypto';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';

const TOUCH_EVERY_MS = 60_000;

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

  /** The live session and its active user for a raw token; slides the idle expiry. */
  async resolve(token: string): Promise<{ session: SessionEntity; user: UserEntity } | null> {
    // one statement (findOne with a relation would first look the id up in a DISTINCT subquery)
    const session = await this.sessions
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'user')
      .where('s.token_hash = :tokenHash AND s.revoked_at IS NULL AND s.expires_at > :now', {
        tokenHash: sha256(token),
        now: new Date(),
      })
      .getOne();
    if (!session?.user || session.user.status !== 'ACTIVE') return null;
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
    return { session, user: session.user };
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
