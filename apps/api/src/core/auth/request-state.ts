import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Actor } from './actor';
import type { ResolvedCredentials } from './actor-resolver';

/** What the auth guard attaches to every HTTP request. */
export interface RequestState {
  actor: Actor | null;
  requestId: string | null;
  ipAddress: string | null;
  userAgent: string | null;
  /** Raw session token of a cookie/bearer session (for logout). */
  sessionToken: string | null;
  /** The user must change a password an administrator set before doing anything else. */
  passwordChangeRequired?: boolean;
  /**
   * Set while a read runs on credentials answered from memory: their check, true when they are
   * still current (ADR 0027). No transaction begins before it settles true.
   */
  credentialsCheck?: Promise<boolean>;
}

export type StatefulRequest = Request & { thidua?: RequestState; id?: string | number };

export function requestOf(context: ExecutionContext): StatefulRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: StatefulRequest }>().req;
  }
  return context.switchToHttp().getRequest<StatefulRequest>();
}

function firstHeader(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** What a request carries once its credentials are resolved (by the guard, or ahead of it). */
export function requestStateOf(
  req: StatefulRequest,
  { actor, sessionToken, passwordChangeRequired }: ResolvedCredentials,
  credentialsCheck?: Promise<boolean>,
): RequestState {
  return {
    actor,
    sessionToken,
    passwordChangeRequired: passwordChangeRequired ?? false,
    requestId: req.id !== undefined ? String(req.id) : null,
    ipAddress: req.ip ?? null,
    userAgent: firstHeader(req.headers['user-agent'])?.slice(0, 300) ?? null,
    ...(credentialsCheck ? { credentialsCheck } : {}),
  };
}
