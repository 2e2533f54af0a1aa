import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Actor } from './actor';

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
}

export type StatefulRequest = Request & { thidua?: RequestState; id?: string | number };

export function requestOf(context: ExecutionContext): StatefulRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: StatefulRequest }>().req;
  }
  return context.switchToHttp().getRequest<StatefulRequest>();
}
