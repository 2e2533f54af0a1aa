import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, batch eligibility checks and counters (ADR 0019 §14): `award_eligibility_checks`, the
 * report of a job that re-judged a dossier's list or a round's received dossiers (keyed by the job; a
 * draft deleted takes its reports with it), and the partial index the "chuyển cấp trên" counter
 * probes (a nomination escalated is one some other nomination names as its origin; most have none).
 */
export class AwardEligibilityChecks1796700000000 implements MigrationInterface {
  name = 'AwardEligibilityChecks1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "award_eligibility_checks" ("job_id" uuid NOT NULL, "round_id" uuid NOT NULL, "dossier_id" uuid, "side" text NOT NULL, "dossiers" integer NOT NULL DEFAULT '0', "checked" integer NOT NULL DEFAULT '0', "eligible" integer NOT NULL DEFAULT '0', "not_eligible" integer NOT NULL DEFAULT '0', "to_confirm" integer NOT NULL DEFAULT '0', "changed" integer NOT NULL DEFAULT '0', "stored" integer NOT NULL DEFAULT '0', "findings" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "award_eligibility_checks_side" CHECK (side IN ('SUBMITTER', 'RECEIVER')), CONSTRAINT "PK_cc50846d98b74a74bd592877cfb" PRIMARY KEY ("job_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7833f81919915d4a6d210322f9" ON "award_eligibility_checks"  ("round_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ec9c7e09742a64cea4a9fdc46d" ON "award_eligibility_checks"  ("dossier_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "award_eligibility_checks" ADD CONSTRAINT "FK_cc50846d98b74a74bd592877cfb" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_eligibility_checks" ADD CONSTRAINT "FK_7833f81919915d4a6d210322f9b" FOREIGN KEY ("round_id") REFERENCES "award_rounds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_eligibility_checks" ADD CONSTRAINT "FK_ec9c7e09742a64cea4a9fdc46d0" FOREIGN KEY ("dossier_id") REFERENCES "award_dossiers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "award_nominations_origin" ON "award_nominations" ("origin_nomination_id") WHERE origin_nomination_id IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."award_nominations_origin"`);
    await queryRunner.query(
      `ALTER TABLE "award_eligibility_checks" DROP CONSTRAINT "FK_ec9c7e09742a64cea4a9fdc46d0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_eligibility_checks" DROP CONSTRAINT "FK_7833f81919915d4a6d210322f9b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_eligibility_checks" DROP CONSTRAINT "FK_cc50846d98b74a74bd592877cfb"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_ec9c7e09742a64cea4a9fdc46d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7833f81919915d4a6d210322f9"`);
    await queryRunner.query(`DROP TABLE "award_eligibility_checks"`);
  }
}
