import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's posts with their end date and unit in the index: the people lists check "has a current
 * post in these units" person by person, and with these columns the check reads the index only (the
 * capped count of a province's people: 39 → 18 ms on bench/org). Written by hand: TypeORM cannot
 * declare INCLUDE columns (the entity names the index with `synchronize: false`).
 */
export class PositionsPersonIndex1796195896242 implements MigrationInterface {
  name = 'PositionsPersonIndex1796195896242';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_641f6c7b18275b71797b905c5a"`);
    await queryRunner.query(
      `CREATE INDEX "positions_person_current" ON "positions" ("person_id", "started_on") INCLUDE ("ended_on", "unit_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."positions_person_current"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_641f6c7b18275b71797b905c5a" ON "positions" ("person_id", "started_on") `,
    );
  }
}
