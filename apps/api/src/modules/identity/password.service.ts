import { Injectable } from '@nestjs/common';
import { hash, verify } from 'argon2';
import { checkPassword } from '@thidua/shared-domain';
import { AppError } from '../../core/errors/app-error';

/** argon2id (the argon2 package ships prebuilt binaries inside its npm tarball: no download). */
@Injectable()
export class PasswordService {
  /** Hash of a random string, verified against when the user does not exist, so both paths cost the same. */
  private readonly dummy = hash('thidua-dummy-password-for-timing');

  hash(password: string): Promise<string> {
    return hash(password, { type: 2 /* argon2id */ });
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      await verify(await this.dummy, password).catch(() => false);
      return false;
    }
    return verify(passwordHash, password).catch(() => false);
  }

  /** Throws BAD_USER_INPUT on `field` when the password breaks the policy. */
  assertAcceptable(password: string, field: string): void {
    const problem = checkPassword(password);
    if (problem) throw AppError.field(field, problem);
  }
}
