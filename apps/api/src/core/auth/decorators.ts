import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Permission } from '@thidua/shared-domain';
import { AppError } from '../errors/app-error';
import type { RequestContext } from '../context/request-context';
import { requestOf, type RequestState } from './request-state';

export const PUBLIC_KEY = 'thidua:public';
export const PERMISSIONS_KEY = 'thidua:permissions';

/** Reachable without logging in (login itself, health checks). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * The caller must hold at least one of these permissions somewhere; services still filter every
 * row by the scope where the permission is held.
 */
export const RequirePermission = (...permissions: Permission[]) =>
  SetMetadata(PERMISSIONS_KEY, permissions);

function stateOf(context: ExecutionContext): RequestState {
  const state = requestOf(context).thidua;
  if (!state) throw new Error('AuthGuard did not run for this request');
  return state;
}

/** The authenticated caller's RequestContext (actor, request id, address). */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const state = stateOf(context);
  if (!state.actor) throw AppError.unauthenticated();
  return {
    actor: state.actor,
    requestId: state.requestId,
    ipAddress: state.ipAddress,
    userAgent: state.userAgent,
  };
});

/** The raw request state, for public operations that may run without an actor. */
export const ReqState = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestState => stateOf(context),
);
