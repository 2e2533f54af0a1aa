import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working-day calendar (module `calendar`, ADR 0016): `calendar_years`, one row per year that has
 * a calendar, and `calendar_days`, one row per day that differs from the Monday-to-Friday week (a
 * weekday off, a weekend day worked), about 12 a year. Generated from the entities; the named checks
 * keep the codes and the year range of CALENDAR_YEAR_MIN/MAX (libs/shared/domain) in the database too.
 * The rows themselves are written at boot (CalendarService.syncShippedCalendar), not here, so a newer
 * release can still correct a year nobody has edited.
 */
export class WorkingCalendar1796640000000 implements MigrationInterface {
  name = 'WorkingCalendar1796640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_years" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "year" integer NOT NULL, "source" text NOT NULL, "note" text, CONSTRAINT "calendar_years_source_check" CHECK ("source" IN ('SHIPPED', 'EDITED')), CONSTRAINT "calendar_years_year_check" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "PK_99f922ecc456e70c60cda5fece6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1fed249d26e56ff06bb6dffd8d" ON "calendar_years"  ("year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_days" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "date" date NOT NULL, "year_id" uuid NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "note" text, "source" text NOT NULL, "provisional" boolean NOT NULL DEFAULT false, CONSTRAINT "calendar_days_kind_check" CHECK ("kind" IN ('DAY_OFF', 'WORKING_DAY')), CONSTRAINT "calendar_days_source_check" CHECK ("source" IN ('SHIPPED', 'RULES', 'EDITED')), CONSTRAINT "PK_4e038bb33a6b17e98fee1f30ad9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1c04d56e8833eb6827f104f17e" ON "calendar_days"  ("date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_61a511181c2d08f1d3231684c5" ON "calendar_days"  ("year_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_days" ADD CONSTRAINT "FK_61a511181c2d08f1d3231684c5f" FOREIGN KEY ("year_id") REFERENCES "calendar_years"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "calendar_days" DROP CONSTRAINT "FK_61a511181c2d08f1d3231684c5f"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_61a511181c2d08f1d3231684c5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1c04d56e8833eb6827f104f17e"`);
    await queryRunner.query(`DROP TABLE "calendar_days"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1fed249d26e56ff06bb6dffd8d"`);
    await queryRunner.query(`DROP TABLE "calendar_years"`);
  }
}
