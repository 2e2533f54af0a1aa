import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, the collective facts of a large unit (records-facts.ts `collectiveFacts`): a Sở or a
 * merged xã of ~4,000 people is judged by probing each member's post, grade of the year and sex by
 * key. Covering indexes make those probes index-only (bench/awards, a Sở of 3,990 people: the counts
 * statement 47 → 24 ms warm; each probe read the heap page of a 1.0M-row evaluations table or a
 * 200,000-row people table otherwise). `evaluations_person_year_uq` keeps its key and gains the grade.
 */
export class CollectiveFactsIndexes1796705000000 implements MigrationInterface {
  name = 'CollectiveFactsIndexes1796705000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "positions_unit_members" ON "positions" ("unit_id") INCLUDE ("person_id", "started_on", "ended_on")`,
    );
    await queryRunner.query(`DROP INDEX "public"."evaluations_person_year_uq"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "evaluations_person_year_uq" ON "evaluations" ("person_id", "year") INCLUDE ("grade") WHERE person_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "people_id_sex" ON "people" ("id") INCLUDE ("sex")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."people_id_sex"`);
    await queryRunner.query(`DROP INDEX "public"."evaluations_person_year_uq"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "evaluations_person_year_uq" ON "evaluations" ("person_id", "year") WHERE person_id IS NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX "public"."positions_unit_members"`);
  }
}
