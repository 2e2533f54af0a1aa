import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `auth_epoch` (ADR 0024) also moves with `unit_lineage`: a unit scope's former units (ADR 0013, the
 * ended units that became part of a granted subtree) are now kept per process while the epoch stands,
 * as a session is. They are read from `unit_lineage` and the units' paths; the paths already bump it
 * (`UPDATE OF path`), a restructuring's new lineage edges did not. Restructurings are a few a year
 * against the lineage walk every scoped list paid per request (6–7 ms for a province's officer on a
 * 2 vCPU EPYC, bench/org, 7 December 2026).
 */
export class AuthEpochLineage1796790000000 implements MigrationInterface {
  name = 'AuthEpochLineage1796790000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "unit_lineage_auth_epoch" AFTER INSERT OR UPDATE OR DELETE ON "unit_lineage"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION thidua_bump_auth_epoch()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "unit_lineage_auth_epoch_truncate" AFTER TRUNCATE ON "unit_lineage"
        FOR EACH STATEMENT EXECUTE FUNCTION thidua_bump_auth_epoch()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "unit_lineage_auth_epoch_truncate" ON "unit_lineage"`);
    await queryRunner.query(`DROP TRIGGER "unit_lineage_auth_epoch" ON "unit_lineage"`);
  }
}
