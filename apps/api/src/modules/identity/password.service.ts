import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { argon2Verify, argon2id } from 'hash-wasm';
import { checkPassword } from '@thidua/shared-domain';
import { AppError } from '../../core/errors/app-error';

/**
 * argon2id with the OWASP parameters (19 MiB, 2 passes, 1 lane), computed by hash-wasm: WebAssembly,
 * so no native binary, no install script and nothing to compile (ADR 0002). Hashes are PHC strings
 * (`$argon2id$v=19$m=19456,t=2,p=1$…`), readable by any argon2 library should we switch.
 */
/**
 * Verified against when the user does not exist, so that both paths cost one verification: a hash,
 * with `hash`'s parameters (a unit test compares them), of a random password nobody kept. Hashed at
 * construction instead, it cost ~120 ms of CPU at every start of the API and of every integration
 * test file.
 */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$ZuemA68ltHHdg9/vuS9K0g$NG3KVp4Y23YVyyzrp7cUSAuZ+6jT6a/ahmuEpG08XZY';

@Injectable()
export class PasswordService {
  hash(password: string): Promise<string> {
    return argon2id({
      password,
      salt: randomBytes(16),
      parallelism: 1,
      iterations: 2,
      memorySize: 19456,
      hashLength: 32,
      outputType: 'encoded',
    });
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    const hash = passwordHash ?? DUMMY_HASH;
    const ok = await argon2Verify({ password, hash }).catch(() => false);
    return ok && passwordHash !== null;
  }

  /** Throws BAD_USER_INPUT on `field` when the password breaks the policy. */
  assertAcceptable(password: string, field: string): void {
    const problem = checkPassword(password);
    if (problem) throw AppError.field(field, problem);
  }
}
