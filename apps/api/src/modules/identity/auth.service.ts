import { Injectable } from '@nestjs/common';
import { Actor } from '../../core/auth/actor';
import type { RequestState } from '../../core/auth/request-state';
import { TransactionRunner } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import type { LoginInput } from './dto/identity.inputs';
import type { SessionEntity } from './entities/session.entity';
import type { UserEntity } from './entities/user.entity';
import { holderTarget, userTarget } from './audit-targets';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { RoleService } from './role.service';
import { SessionService } from './session.service';
import { UserService } from './user.service';

/** The same answer for an unknown user name and a wrong password. */
const BAD_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng.';

export interface LoginResult {
  user: UserEntity;
  session: SessionEntity;
  token: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserService,
    private readonly roles: RoleService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly tx: TransactionRunner,
  ) {}

  async login(input: LoginInput, state: RequestState): Promise<LoginResult> {
    const username = input.username.trim();
    await this.throttle.assertAllowed(username, state.ipAddress);

    const user = await this.users.findByUsername(username);
    const ok = await this.passwords.verify(user?.passwordHash ?? null, input.password);
    // A disabled account answers exactly like a wrong password, whether or not the password was right,
    // and counts as a failure: a distinct "locked" answer told a guesser the password was right (and
    // kept it worth trying until the account is enabled again).
    if (!user || !ok || user.status !== 'ACTIVE') {
      await this.throttle.record(username, state.ipAddress, false);
      throw AppError.unauthenticated(BAD_CREDENTIALS);
    }

    const grants = await this.roles.grantsOf({ userId: user.id });
    const actor = new Actor(
      'USER',
      user.id,
      `${user.fullName} (${user.username})`,
      user.unitId,
      grants,
    );
    const result = await this.tx.run(
      { actor, requestId: state.requestId, ipAddress: state.ipAddress, userAgent: state.userAgent },
      async (tx) => {
        const { token, session } = await this.sessions.create(tx.em, user.id, state);
        const lastLoginAt = new Date();
        // Bookkeeping, not an edit of the user: the version (optimistic lock) is untouched.
        await tx.em.query('UPDATE users SET last_login_at = $1 WHERE id = $2', [
          lastLoginAt,
          user.id,
        ]);
        await tx.audit.event('auth.login', userTarget(user), [
          {
            field: 'lastLoginAt',
            before: user.lastLoginAt?.toISOString() ?? null,
            after: lastLoginAt.toISOString(),
          },
        ]);
        return { token, session, user: { ...user, lastLoginAt } };
      },
    );
    await this.throttle.record(username, state.ipAddress, true);
    return result;
  }

  /** Ends the caller's session (cookie or bearer session token). */
  async logout(state: RequestState): Promise<boolean> {
    const { actor, sessionToken } = state;
    if (!actor || !sessionToken) return false;
    const ctx = {
      actor,
      requestId: state.requestId,
      ipAddress: state.ipAddress,
      userAgent: state.userAgent,
    };
    return this.tx.run(ctx, async (tx) => {
      const session = await this.sessions.revokeToken(tx.em, sessionToken);
      if (!session) {
        tx.skipAudit();
        return false;
      }
      await tx.audit.event('auth.logout', await holderTarget(tx.em, { userId: session.userId }));
      return true;
    });
  }
}
