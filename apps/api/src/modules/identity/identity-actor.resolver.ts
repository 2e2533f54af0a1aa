import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActorType } from '../../core/audit/audit-log.entity';
import { Actor } from '../../core/auth/actor';
import {
  ActorResolver,
  type CredentialsAhead,
  type ResolvedCredentials,
} from '../../core/auth/actor-resolver';
import type { StatefulRequest } from '../../core/auth/request-state';
import { authConfig, type AuthConfig } from '../../core/config/auth.config';
import { ApiClientService } from './api-client.service';
import { API_KEY_PREFIX } from './crypto';
import { ApiClientEntity } from './entities/api-client.entity';
import type { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { RoleService } from './role.service';
import { SessionService, type ResolvedSession } from './session.service';

/** Turns the session cookie or `Authorization: Bearer …` into an Actor with its grants. */
@Injectable()
export class IdentityActorResolver extends ActorResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly clients: ApiClientService,
    private readonly roles: RoleService,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  /**
   * The user and session rows a request's credentials were resolved from, so `me` answers from
   * them instead of reading the user again (kept per request object, gone with it).
   */
  private readonly signedIn = new WeakMap<object, { user: UserEntity; session: SessionEntity }>();

  signedInOf(req: object): { user: UserEntity; session: SessionEntity } | null {
    return this.signedIn.get(req) ?? null;
  }

  private tokenOf(req: StatefulRequest): string | null {
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
    const cookies = (req as { cookies?: Record<string, string> }).cookies;
    return cookies?.[this.config.cookieName] ?? null;
  }

  async resolve(req: StatefulRequest): Promise<ResolvedCredentials> {
    this.signedIn.delete(req);
    const token = this.tokenOf(req);
    if (!token || token.length > 500) return { actor: null, sessionToken: null };

    if (token.startsWith(API_KEY_PREFIX)) {
      const client = await this.clients.authenticate(token);
      if (!client) return { actor: null, sessionToken: null };
      const grants = await this.roles.grantsOf({ apiClientId: client.id });
      return {
        actor: new Actor(
          'API_CLIENT',
          client.id,
          `Ứng dụng: ${client.name}`,
          client.unitId,
          grants,
        ),
        sessionToken: null,
      };
    }

    const found = await this.sessions.resolve(token);
    return found ? this.signedInAs(req, token, found) : { actor: null, sessionToken: null };
  }

  /** A session this process has already resolved, checked while the request runs (ADR 0027). */
  override resolveAhead(req: StatefulRequest): CredentialsAhead | null {
    const token = this.tokenOf(req);
    if (!token || token.length > 500 || token.startsWith(API_KEY_PREFIX)) return null;
    const ahead = this.sessions.checkLater(token);
    if (!ahead) return null;
    return { credentials: this.signedInAs(req, token, ahead.found), current: ahead.current };
  }

  private signedInAs(
    req: StatefulRequest,
    token: string,
    { user, session, grants, epoch }: ResolvedSession,
  ): ResolvedCredentials {
    this.signedIn.set(req, { user, session });
    return {
      actor: new Actor(
        'USER',
        user.id,
        `${user.fullName} (${user.username})`,
        user.unitId,
        grants,
        session.id,
        epoch,
      ),
      sessionToken: token,
      passwordChangeRequired: user.mustChangePassword,
    };
  }

  async actorOf(type: ActorType, id: string): Promise<Actor | null> {
    if (type === 'SYSTEM') return Actor.system();
    if (type === 'API_CLIENT') {
      const client = await this.dataSource
        .getRepository(ApiClientEntity)
        .findOneBy({ id, status: 'ACTIVE' });
      if (!client) return null;
      return new Actor(
        'API_CLIENT',
        client.id,
        `Ứng dụng: ${client.name}`,
        client.unitId,
        await this.roles.grantsOf({ apiClientId: id }),
      );
    }
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneBy({ id, status: 'ACTIVE' });
    if (!user) return null;
    return new Actor(
      'USER',
      user.id,
      `${user.fullName} (${user.username})`,
      user.unitId,
      await this.roles.grantsOf({ userId: id }),
    );
  }
}
