import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, eligibility wired into the dossiers: a nomination names the sáng kiến, đề tài it cites
 * (`initiative_ids`, module records' initiatives), the ones its check counts and its send locks
 * (CV 5007/BNV-TĐKT: one use each). No foreign key: a Postgres array cannot hold one, and the lock in
 * `initiatives` (used_by_reference) is what guards the one use.
 */
export class AwardNominationInitiatives1796671000000 implements MigrationInterface {
  name = 'AwardNominationInitiatives1796671000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "award_nominations" ADD "initiative_ids" uuid array NOT NULL DEFAULT '{}'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "award_nominations" DROP COLUMN "initiative_ids"`);
  }
}
