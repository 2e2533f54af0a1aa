import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Document number registers (issue 10): one row per issuing unit, year and series with the last
 * number given, and every number given with its record (NĐ 30/2020 Điều 15). Generated.
 */
export class NumberRegisters1796570000000 implements MigrationInterface {
  name = 'NumberRegisters1796570000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "number_registers" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "issuer_unit_id" uuid NOT NULL, "year" integer NOT NULL, "series" text NOT NULL, "last_number" integer NOT NULL DEFAULT '0', CONSTRAINT "number_registers_unit_year_series" UNIQUE ("issuer_unit_id", "year", "series"), CONSTRAINT "number_registers_last_number" CHECK (last_number >= 0), CONSTRAINT "PK_69b4ac5564bea181cdf7fbc8027" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "issued_numbers" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "register_id" uuid NOT NULL, "number" integer NOT NULL, "symbol" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "issued_on" date NOT NULL, CONSTRAINT "issued_numbers_register_number" UNIQUE ("register_id", "number"), CONSTRAINT "PK_2e17d05160a12695fbbbd80d03a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "issued_numbers_record" ON "issued_numbers"  ("entity_type", "entity_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "number_registers" ADD CONSTRAINT "FK_90182170ae6b788b9fac96d6416" FOREIGN KEY ("issuer_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "issued_numbers" ADD CONSTRAINT "FK_c13ba0e5ce4db4040706aefc1e2" FOREIGN KEY ("register_id") REFERENCES "number_registers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "issued_numbers" DROP CONSTRAINT "FK_c13ba0e5ce4db4040706aefc1e2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "number_registers" DROP CONSTRAINT "FK_90182170ae6b788b9fac96d6416"`,
    );
    await queryRunner.query(`DROP INDEX "public"."issued_numbers_record"`);
    await queryRunner.query(`DROP TABLE "issued_numbers"`);
    await queryRunner.query(`DROP TABLE "number_registers"`);
  }
}
