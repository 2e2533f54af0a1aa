import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Permission } from '@thidua/shared-domain';
import { AppError } from '../errors/app-error';
import { ActorResolver } from './actor-resolver';
import { PERMISSIONS_KEY, PUBLIC_KEY } from './decorators';
import { requestOf, type StatefulRequest } from './request-state';

function firstHeader(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * Global guard (APP_GUARD): everything needs a logged-in actor unless marked @Public; operations with
 * @RequirePermission need the permission on at least one scope. Credentials are resolved once per
 * request and kept on it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly resolver: ActorResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    await this.attachState(req);
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const actor = req.thidua?.actor;
    if (!actor) throw AppError.unauthenticated();
    const required = this.reflector.getAllAndOverride<Permission[]>(PERMISSIONS_KEY, targets);
    if (required?.length && !required.some((p) => actor.can(p))) throw AppError.forbidden();
    return true;
  }

  private async attachState(req: StatefulRequest): Promise<void> {
    if (req.thidua) return;
    const { actor, sessionToken } = await this.resolver.resolve(req);
    req.thidua = {
      actor,
      sessionToken,
      requestId: req.id !== undefined ? String(req.id) : null,
      ipAddress: req.ip ?? null,
      userAgent: firstHeader(req.headers['user-agent'])?.slice(0, 300) ?? null,
    };
  }
}
