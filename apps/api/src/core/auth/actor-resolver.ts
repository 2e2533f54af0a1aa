import type { ActorType } from '../audit/audit-log.entity';
import type { Actor } from './actor';
import type { StatefulRequest } from './request-state';

export interface ResolvedCredentials {
  actor: Actor | null;
  sessionToken: string | null;
  /** A user whose password was set by an administrator (or at creation) and not yet changed. */
  passwordChangeRequired?: boolean;
}

export interface CredentialsAhead {
  credentials: ResolvedCredentials;
  current: Promise<boolean>;
}

/**
 * The seam between the generic guard (core) and identity storage (modules/identity), which provides
 * the implementation: it turns a session cookie or bearer token into an Actor.
 */
export abstract class ActorResolver {
  abstract resolve(req: StatefulRequest): Promise<ResolvedCredentials>;

  /**
   * Credentials answered from memory before they are checked, with the check started (ADR 0027):
   * `current` settles true when they are exactly what `resolve` would answer now. Null when this
   * resolver keeps no such answer for the request; the caller then awaits `resolve`.
   */
  resolveAhead(_req: StatefulRequest): CredentialsAhead | null {
    return null;
  }

  /**
   * The actor as it is now, for work that runs later on someone's behalf (a background job): its
   * current grants, or null when the account or client is no longer active.
   */
  abstract actorOf(type: ActorType, id: string): Promise<Actor | null>;
}
