import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Permission } from '@thidua/shared-domain';
import { AppError } from '../errors/app-error';
import type { RequestContext } from '../context/request-context';
import { requestOf, type RequestState } from './request-state';

export const PUBLIC_KEY = 'thidua:public';
export const PERMISSIONS_KEY = 'thidua:permissions';
export const AUTHENTICATED_KEY = 'thidua:authenticated';

/**
 * Every GraphQL query, mutation and REST route states one access decision: `@Public()`,
 * `@RequirePermission(...)` or `@Authenticated()`. The guard refuses a handler with none (deny by
 * default), so a forgotten decorator closes an operation instead of opening it to every signed-in
 * user. Field resolvers run under the decision of the root field that reached them.
 */

/** Reachable without logging in (login itself, health checks). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * The caller must hold at least one of these permissions somewhere; services still filter every
 * row by the scope where the permission is held.
 */
export const RequirePermission = (...permissions: Permission[]) =>
  SetMetadata(PERMISSIONS_KEY, permissions);

export interface AuthenticatedOptions {
  /**
   * Still reachable while the user must change a password an administrator set (`me`,
   * `changePassword`): everything else answers PASSWORD_CHANGE_REQUIRED until then.
   */
  duringPasswordChange?: boolean;
}

/** Any signed-in caller, whatever its permissions (its own profile, a job it started). */
export const Authenticated = (options: AuthenticatedOptions = {}) =>
  SetMetadata(AUTHENTICATED_KEY, { duringPasswordChange: options.duringPasswordChange ?? false });

function stateOf(context: ExecutionContext): RequestState {
  const state = requestOf(context).thidua;
  if (!state) throw new Error('AuthGuard did not run for this request');
  return state;
}

/** The authenticated caller's RequestContext from the request's state; unauthenticated without an actor. */
export function callerContext(state: RequestState | undefined): RequestContext {
  if (!state) throw new Error('AuthGuard did not run for this request');
  if (!state.actor) throw AppError.unauthenticated();
  return {
    actor: state.actor,
    requestId: state.requestId,
    ipAddress: state.ipAddress,
    userAgent: state.userAgent,
    ...(state.credentialsCheck ? { credentialsCheck: state.credentialsCheck } : {}),
  };
}

/** The authenticated caller's RequestContext (actor, request id, address). */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext =>
  callerContext(requestOf(context).thidua),
);

/** The raw request state, for public operations that may run without an actor. */
export const ReqState = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestState => stateOf(context),
);
