import { Logger, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Permission } from '@thidua/shared-domain';
import { AppError } from '../errors/app-error';
import { Actor } from './actor';
import { ActorResolver, type ResolvedCredentials } from './actor-resolver';
import { AuthGuard } from './auth.guard';
import { Authenticated, Public, RequirePermission } from './decorators';
import type { StatefulRequest } from './request-state';

class Handlers {
  undecided(): string {
    return 'undecided';
  }

  @Public()
  open(): string {
    return 'open';
  }

  @Authenticated()
  anyone(): string {
    return 'anyone';
  }

  @Authenticated({ duringPasswordChange: true })
  me(): string {
    return 'me';
  }

  @RequirePermission('USER_MANAGE')
  manage(): string {
    return 'manage';
  }
}

class FixedResolver extends ActorResolver {
  constructor(private readonly credentials: ResolvedCredentials) {
    super();
  }
  async resolve(): Promise<ResolvedCredentials> {
    return this.credentials;
  }
  async actorOf(): Promise<Actor | null> {
    return null;
  }
}

const user = (...permissions: Permission[]) =>
  new Actor('USER', 'u1', 'Người thử', null, [
    { roleCode: 'R', unitId: null, unitPath: null, permissions: new Set(permissions) },
  ]);

function contextFor(
  handler: keyof Handlers,
  headers: Record<string, string> = {},
): ExecutionContext {
  const req = {
    headers,
    protocol: 'http',
    host: 'thidua.local',
    ip: '10.0.0.1',
  } as unknown as StatefulRequest;
  return {
    getType: () => 'http',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

async function outcome(
  handler: keyof Handlers,
  credentials: ResolvedCredentials,
  headers?: Record<string, string>,
): Promise<string> {
  const guard = new AuthGuard(new Reflector(), new FixedResolver(credentials));
  try {
    return (await guard.canActivate(contextFor(handler, headers))) ? 'allowed' : 'refused';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('AuthGuard', () => {
  const signedIn = (actor: Actor, passwordChangeRequired = false): ResolvedCredentials => ({
    actor,
    sessionToken: 't',
    passwordChangeRequired,
  });
  const anonymous: ResolvedCredentials = { actor: null, sessionToken: null };

  it('refuses a handler that states no access decision, even to a global administrator, and logs its name', async () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    expect(await outcome('undecided', signedIn(user('USER_MANAGE', 'ROLE_MANAGE')))).toBe(
      'FORBIDDEN',
    );
    expect(log).toHaveBeenCalledWith(expect.stringContaining('Handlers.undecided'));
    expect(await outcome('undecided', anonymous)).toBe('UNAUTHENTICATED');
    log.mockRestore();
  });

  it('applies each stated decision', async () => {
    expect(await outcome('open', anonymous)).toBe('allowed');
    expect(await outcome('anyone', anonymous)).toBe('UNAUTHENTICATED');
    expect(await outcome('anyone', signedIn(user()))).toBe('allowed');
    expect(await outcome('manage', signedIn(user('USER_READ')))).toBe('FORBIDDEN');
    expect(await outcome('manage', signedIn(user('USER_MANAGE')))).toBe('allowed');
  });

  it('lets a user who must change the password reach only the handlers marked for it', async () => {
    const pending = signedIn(user('USER_MANAGE'), true);
    expect(await outcome('me', pending)).toBe('allowed');
    expect(await outcome('open', pending)).toBe('allowed');
    expect(await outcome('anyone', pending)).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(await outcome('manage', pending)).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('refuses cross-site REST requests before looking at the session, public routes excepted', async () => {
    const admin = signedIn(user('USER_MANAGE'));
    expect(await outcome('manage', admin, { 'sec-fetch-site': 'cross-site' })).toBe('FORBIDDEN');
    expect(await outcome('manage', admin, { 'sec-fetch-site': 'same-site' })).toBe('FORBIDDEN');
    expect(await outcome('manage', admin, { origin: 'https://evil.example' })).toBe('FORBIDDEN');
    expect(await outcome('manage', admin, { origin: 'null' })).toBe('FORBIDDEN');
    expect(await outcome('manage', anonymous, { 'sec-fetch-site': 'cross-site' })).toBe(
      'FORBIDDEN',
    );
    expect(
      await outcome('manage', admin, {
        'sec-fetch-site': 'same-origin',
        origin: 'http://thidua.local',
      }),
    ).toBe('allowed');
    expect(await outcome('manage', admin, { 'sec-fetch-site': 'none' })).toBe('allowed');
    // Behind a TLS proxy without TRUST_PROXY the server sees http: the host decides, not the scheme.
    expect(await outcome('manage', admin, { origin: 'https://thidua.local' })).toBe('allowed');
    expect(await outcome('manage', admin, { origin: 'https://thidua.local.evil.example' })).toBe(
      'FORBIDDEN',
    );
    expect(await outcome('manage', admin, { origin: 'https://thidua.local:8443' })).toBe(
      'FORBIDDEN',
    );
    expect(await outcome('manage', admin)).toBe('allowed');
    expect(await outcome('open', anonymous, { 'sec-fetch-site': 'cross-site' })).toBe('allowed');
  });
});
