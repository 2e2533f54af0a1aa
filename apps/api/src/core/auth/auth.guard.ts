import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Permission } from '@thidua/shared-domain';
import { AppError } from '../errors/app-error';
import { ActorResolver } from './actor-resolver';
import {
  AUTHENTICATED_KEY,
  PERMISSIONS_KEY,
  PUBLIC_KEY,
  type AuthenticatedOptions,
} from './decorators';
import { requestOf, requestStateOf, type StatefulRequest } from './request-state';
import { CROSS_SITE_MESSAGE, isCrossSiteRequest } from './same-origin';

/** The access decision a handler states (see decorators.ts); `null` when it states none. */
export interface AccessDecision {
  public: boolean;
  permissions: Permission[] | null;
  authenticated: Required<AuthenticatedOptions> | null;
}

export function accessDecisionOf(
  reflector: Reflector,
  targets: Parameters<Reflector['getAllAndOverride']>[1],
): AccessDecision | null {
  const isPublic = !!reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
  const permissions = reflector.getAllAndOverride<Permission[]>(PERMISSIONS_KEY, targets) ?? null;
  const authenticated =
    reflector.getAllAndOverride<Required<AuthenticatedOptions>>(AUTHENTICATED_KEY, targets) ?? null;
  if (!isPublic && !permissions?.length && !authenticated) return null;
  return { public: isPublic, permissions: permissions?.length ? permissions : null, authenticated };
}

/**
 * Global guard (APP_GUARD), deny by default: a handler is reachable only through the decision it
 * states: `@Public`, `@RequirePermission` (the permission on at least one scope) or `@Authenticated`
 * (any signed-in caller). A handler with none is refused and logged, so a forgotten decorator closes
 * an operation rather than opening it to everyone signed in. A user whose password an administrator
 * set reaches only the handlers marked `duringPasswordChange` until they change it. REST routes also
 * refuse cross-site browser requests. Credentials are resolved once per request and kept on it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('AuthGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly resolver: ActorResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    const decision = accessDecisionOf(this.reflector, [context.getHandler(), context.getClass()]);
    // Before the session is even looked up: a cross-site page must not learn whether it is signed in.
    if (context.getType() === 'http' && !decision?.public && isCrossSiteRequest(req)) {
      throw AppError.forbidden(CROSS_SITE_MESSAGE);
    }
    await this.attachState(req);
    if (decision?.public) return true;

    const actor = req.thidua?.actor;
    if (!actor) throw AppError.unauthenticated();
    if (!decision) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} states no access decision (@Public, @RequirePermission or @Authenticated): refused`,
      );
      throw AppError.forbidden();
    }
    if (req.thidua?.passwordChangeRequired && !decision.authenticated?.duringPasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    if (decision.permissions && !decision.permissions.some((p) => actor.can(p)))
      throw AppError.forbidden();
    return true;
  }

  /**
   * The credentials of a request in flight. Aliased root fields run their guards concurrently, so
   * checking `req.thidua` alone let each alias resolve the session again: `me` aliased 1,000 times
   * made 4,000 queries (session, grants, user, session) where one resolution does.
   */
  private readonly pending = new WeakMap<StatefulRequest, Promise<void>>();

  private attachState(req: StatefulRequest): Promise<void> {
    if (req.thidua) return Promise.resolve();
    let pending = this.pending.get(req);
    if (!pending) {
      pending = this.resolveState(req);
      this.pending.set(req, pending);
    }
    return pending;
  }

  private async resolveState(req: StatefulRequest): Promise<void> {
    req.thidua = requestStateOf(req, await this.resolver.resolve(req));
  }
}
