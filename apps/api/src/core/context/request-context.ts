import type { Actor } from '../auth/actor';

/** What every service call knows about the request it serves. */
export interface RequestContext {
  actor: Actor;
  requestId: string | null;
  ipAddress: string | null;
  userAgent: string | null;
}

export function systemContext(actor: Actor, requestId: string | null = null): RequestContext {
  return { actor, requestId, ipAddress: null, userAgent: null };
}
