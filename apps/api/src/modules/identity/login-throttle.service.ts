import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { authConfig, type AuthConfig } from '../../core/config/auth.config';
import { AppError } from '../../core/errors/app-error';
import { LoginAttemptEntity } from './entities/login-attempt.entity';

/**
 * Rate limits logins per account (failures since the last success) and per address, over a sliding
 * window, from the login_attempts table so every API replica sees the same counts.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectRepository(LoginAttemptEntity) private readonly attempts: Repository<LoginAttemptEntity>,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
  ) {}

  async assertAllowed(username: string, ipAddress: string | null): Promise<void> {
    const windowMs = this.config.loginWindowMinutes * 60_000;
    const since = new Date(Date.now() - windowMs);
    const [account] = await this.attempts.query(
      `SELECT count(*)::int AS failures, min(a.created_at) AS oldest
         FROM login_attempts a
        WHERE a.username = $1 AND NOT a.succeeded AND a.created_at > $2
          AND a.created_at > coalesce(
            (SELECT max(s.created_at) FROM login_attempts s WHERE s.username = $1 AND s.succeeded),
            '-infinity')`,
      [username, since],
    );
    if (account.failures >= this.config.loginMaxFailures) {
      throw AppError.rateLimited(this.minutesLeft(account.oldest, windowMs));
    }
    if (ipAddress) {
      const [address] = await this.attempts.query(
        `SELECT count(*)::int AS failures, min(created_at) AS oldest
           FROM login_attempts WHERE ip_address = $1 AND NOT succeeded AND created_at > $2`,
        [ipAddress, since],
      );
      if (address.failures >= this.config.loginMaxAttemptsPerIp) {
        throw AppError.rateLimited(this.minutesLeft(address.oldest, windowMs));
      }
    }
  }

  /** Recorded outside the login transaction: a failed login must still count. */
  async record(username: string, ipAddress: string | null, succeeded: boolean): Promise<void> {
    await this.attempts.insert({ username, ipAddress, succeeded });
  }

  private minutesLeft(oldest: Date | string | null, windowMs: number): number {
    if (!oldest) return 1;
    const until = new Date(oldest).getTime() + windowMs;
    return Math.max(1, Math.ceil((until - Date.now()) / 60_000));
  }
}
