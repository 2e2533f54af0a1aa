import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleListIndex1795339798242 implements MigrationInterface {
  name = 'PeopleListIndex1795339798242';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "people_full_name_id" ON "people"  ("full_name", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."people_full_name_id"`);
  }
}
