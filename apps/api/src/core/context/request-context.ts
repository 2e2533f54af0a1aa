import type { Actor } from '../auth/actor';

/** What every service call knows about the request it serves. */
export interface RequestContext {
  actor: Actor;
  requestId: string | null;
  ipAddress: string | null;
  userAgent: string | null;
  /**
   * The pending check of credentials answered from memory, while a read runs ahead of it (ADR 0027):
   * `TransactionRunner` begins no transaction before it settles true.
   */
  credentialsCheck?: Promise<boolean>;
}

export function systemContext(actor: Actor, requestId: string | null = null): RequestContext {
  return { actor, requestId, ipAddress: null, userAgent: null };
}
