import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Council minutes (issue 12, "Minutes and decisions"): a session's close (closed_at) and the biên bản
 * họp frozen then (minutes_sha256), its paper signature (signed_at, the scan's hash); each voting
 * round's biên bản kiểm phiếu (tally_minutes_sha256); each agenda item's outcome and the round that
 * decided it; and, on the awards side, each nomination's council verdict and session, which the
 * decisions read. Generated from the entities, then checked by hand.
 */
export class CouncilMinutes1796740000000 implements MigrationInterface {
  name = 'CouncilMinutes1796740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "council_sessions" ADD "closed_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "council_sessions" ADD "minutes_sha256" text`);
    await queryRunner.query(
      `ALTER TABLE "council_sessions" ADD "signed_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "council_sessions" ADD "signed_scan_sha256" text`);
    await queryRunner.query(`ALTER TABLE "council_agenda_items" ADD "outcome" text`);
    await queryRunner.query(`ALTER TABLE "council_agenda_items" ADD "outcome_agree" integer`);
    await queryRunner.query(
      `ALTER TABLE "council_agenda_items" ADD "outcome_percent_hundredths" integer`,
    );
    await queryRunner.query(`ALTER TABLE "council_agenda_items" ADD "outcome_round_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "council_agenda_items" ADD CONSTRAINT "council_agenda_items_outcome" CHECK (outcome IS NULL OR outcome IN ('PASSED', 'FAILED', 'OVER_QUOTA'))`,
    );
    await queryRunner.query(`ALTER TABLE "council_voting_rounds" ADD "tally_minutes_sha256" text`);
    await queryRunner.query(`ALTER TABLE "award_nominations" ADD "council_verdict" text`);
    await queryRunner.query(`ALTER TABLE "award_nominations" ADD "council_session_id" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "award_nominations" DROP COLUMN "council_session_id"`);
    await queryRunner.query(`ALTER TABLE "award_nominations" DROP COLUMN "council_verdict"`);
    await queryRunner.query(
      `ALTER TABLE "council_voting_rounds" DROP COLUMN "tally_minutes_sha256"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_agenda_items" DROP CONSTRAINT "council_agenda_items_outcome"`,
    );
    await queryRunner.query(`ALTER TABLE "council_agenda_items" DROP COLUMN "outcome_round_id"`);
    await queryRunner.query(
      `ALTER TABLE "council_agenda_items" DROP COLUMN "outcome_percent_hundredths"`,
    );
    await queryRunner.query(`ALTER TABLE "council_agenda_items" DROP COLUMN "outcome_agree"`);
    await queryRunner.query(`ALTER TABLE "council_agenda_items" DROP COLUMN "outcome"`);
    await queryRunner.query(`ALTER TABLE "council_sessions" DROP COLUMN "signed_scan_sha256"`);
    await queryRunner.query(`ALTER TABLE "council_sessions" DROP COLUMN "signed_at"`);
    await queryRunner.query(`ALTER TABLE "council_sessions" DROP COLUMN "minutes_sha256"`);
    await queryRunner.query(`ALTER TABLE "council_sessions" DROP COLUMN "closed_at"`);
  }
}
