import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a cached session lookup depends on, as one number (ADR 0024). `auth_epoch` holds a single row
 * whose `epoch` every write that can change a session's answer bumps, in the writing transaction: a
 * reader sees the new value only once the write has committed, in every process, with no window.
 * `SessionService.resolve` keeps its answer per token with the epoch it was read at and uses it while
 * the epoch has not moved: a `me` spent a third of its time waiting on the two-join session statement
 * (planning 0.2 ms, execution 0.18 ms), against one row read by primary key.
 *
 * What bumps it: row triggers deferred to the commit, once per transaction (a transaction-local
 * setting remembers the bump). Deferred, the epoch row is locked only while the writer commits:
 * bumped in the statement, it stayed locked until the end of the writer's transaction, so a long
 * restructuring held up every sign-in, and a writer that took the epoch lock and then a user's row
 * could deadlock with a sign-in that did the opposite.
 * Row changes that bump it:
 * - role_assignments: any insert, update, delete (a grant given, moved or taken);
 * - roles: update, delete (a role's permissions or code);
 * - users: update, delete (status, the password-change flag, the unit, the name `me` shows; a sign-in
 *   writes last_login_at too, which bumps it: sign-ins are rare next to requests);
 * - sessions: `UPDATE OF revoked_at` and delete. Not the once-a-minute touch of last_seen_at and
 *   expires_at, which would empty every process's cache every minute per active session; the cache
 *   checks expires_at itself. A session is ended by setting revoked_at, never by moving expires_at.
 * - units: `UPDATE OF path` and delete (a grant's scope is its unit's path).
 * TRUNCATE of any of them bumps it at once (a constraint trigger cannot fire on TRUNCATE). Inserting a
 * session, a user or a role changes no cached answer.
 */
export class AuthEpoch1796780000000 implements MigrationInterface {
  name = 'AuthEpoch1796780000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "auth_epoch" ("id" boolean PRIMARY KEY DEFAULT true CHECK ("id"), "epoch" bigint NOT NULL)`,
    );
    await queryRunner.query(`INSERT INTO "auth_epoch" ("id", "epoch") VALUES (true, 0)`);
    await queryRunner.query(
      `CREATE FUNCTION thidua_bump_auth_epoch() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          IF current_setting('thidua.auth_epoch_bumped', true) IS DISTINCT FROM 'on' THEN
            UPDATE auth_epoch SET epoch = epoch + 1;
            PERFORM set_config('thidua.auth_epoch_bumped', 'on', true);
          END IF;
          RETURN NULL;
        END $fn$`,
    );
    for (const [table, events] of TRIGGERS) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER "${table}_auth_epoch" AFTER ${events} ON "${table}"
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION thidua_bump_auth_epoch()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_auth_epoch_truncate" AFTER TRUNCATE ON "${table}"
          FOR EACH STATEMENT EXECUTE FUNCTION thidua_bump_auth_epoch()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of [...TRIGGERS].reverse()) {
      await queryRunner.query(`DROP TRIGGER "${table}_auth_epoch_truncate" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_auth_epoch" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION thidua_bump_auth_epoch()`);
    await queryRunner.query(`DROP TABLE "auth_epoch"`);
  }
}

const TRIGGERS: [table: string, events: string][] = [
  ['role_assignments', 'INSERT OR UPDATE OR DELETE'],
  ['roles', 'UPDATE OR DELETE'],
  ['users', 'UPDATE OR DELETE'],
  ['sessions', 'UPDATE OF "revoked_at" OR DELETE'],
  ['units', 'UPDATE OF "path" OR DELETE'],
];
