import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hồ sơ thành tích (issue 11, "The facts the checks need"): evaluations, award_records, initiatives
 * and holds, generated from the entities, plus what TypeORM cannot declare (the entities name these
 * indexes with `synchronize: false`):
 * - GiST indexes on the denormalised unit paths (scoped lists: a commune's rows among a province's);
 * - GIN indexes on the searched words (the name, with the award's name or the initiative's title;
 *   ADR 0009), the same expressions the lists' searches use;
 * - `sort_key`, set by one trigger function on every write of the subject, its name or its year (or
 *   the day its year comes from): the year counted down from 9999 so the newest comes first, then
 *   people in Vietnamese name order (thidua_name_sort_key, migration PeopleVietnameseOrder) and units
 *   by folded name, so lists page on (sort_key, id) from the index.
 */
export class Records1796660000000 implements MigrationInterface {
  name = 'Records1796660000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "award_records" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "subject" text NOT NULL, "person_id" uuid, "unit_id" uuid NOT NULL, "unit_path" ltree NOT NULL, "subject_name" text NOT NULL, "sort_key" text COLLATE "C", "note" text, "household_address" text, "award_code" text, "award_name" text NOT NULL, "track" text NOT NULL, "year" integer NOT NULL, "decision_number" text, "decided_on" date, "decided_by" text, CONSTRAINT "PK_a221ca9c3d342147800189b8775" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "award_records_sort" ON "award_records"  ("sort_key", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "award_records_unit_year" ON "award_records"  ("unit_id", "year")`,
    );
    await queryRunner.query(
      `CREATE INDEX "award_records_person_year" ON "award_records"  ("person_id", "year") WHERE person_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluations" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "subject" text NOT NULL, "person_id" uuid, "unit_id" uuid NOT NULL, "unit_path" ltree NOT NULL, "subject_name" text NOT NULL, "sort_key" text COLLATE "C", "note" text, "year" integer NOT NULL, "grade" text NOT NULL, "source" text, CONSTRAINT "PK_f683b433eba0e6dae7e19b29e29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "evaluations_sort" ON "evaluations"  ("sort_key", "id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "evaluations_unit_year_uq" ON "evaluations"  ("unit_id", "year") WHERE subject = 'COLLECTIVE'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "evaluations_person_year_uq" ON "evaluations"  ("person_id", "year") WHERE person_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "holds" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "subject" text NOT NULL, "person_id" uuid, "unit_id" uuid NOT NULL, "unit_path" ltree NOT NULL, "subject_name" text NOT NULL, "sort_key" text COLLATE "C", "note" text, "kind" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "source" text NOT NULL, "lifted_on" date, "lift_reason" text, CONSTRAINT "PK_a8a21700a256e0267fb43f4f7ae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "holds_sort" ON "holds"  ("sort_key", "id")`);
    await queryRunner.query(`CREATE INDEX "holds_unit" ON "holds"  ("unit_id", "starts_on")`);
    await queryRunner.query(
      `CREATE INDEX "holds_person" ON "holds"  ("person_id", "starts_on") WHERE person_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "initiatives" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "subject" text NOT NULL, "person_id" uuid, "unit_id" uuid NOT NULL, "unit_path" ltree NOT NULL, "subject_name" text NOT NULL, "sort_key" text COLLATE "C", "note" text, "kind" text NOT NULL, "title" text NOT NULL, "scope" text NOT NULL, "recognised_on" date NOT NULL, "recognised_by" text, "certificate_number" text, "used_for_award_name" text, "used_for_year" integer, "used_by_reference" text, "locked_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_6f2f191bc885b9c50400a8b10d8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "initiatives_sort" ON "initiatives"  ("sort_key", "id")`);
    await queryRunner.query(`CREATE INDEX "initiatives_unit" ON "initiatives"  ("unit_id")`);
    await queryRunner.query(
      `CREATE INDEX "initiatives_person" ON "initiatives"  ("person_id") WHERE person_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_records" ADD CONSTRAINT "FK_ee35ee5c091ea1e2117d2089465" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_records" ADD CONSTRAINT "FK_b222063c937cdb961c655429153" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluations" ADD CONSTRAINT "FK_64375f9220b60eb3a8b699b89e1" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluations" ADD CONSTRAINT "FK_6fb3be1adeac35c9b7d35995626" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "holds" ADD CONSTRAINT "FK_00b5f7862594b145f6c2fd7f36a" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "holds" ADD CONSTRAINT "FK_690157a4f8f88efe8059a34fa83" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiatives" ADD CONSTRAINT "FK_b3d29a658a6d195f28d21b3e002" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiatives" ADD CONSTRAINT "FK_7e9342907b49cd92223978d535e" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "evaluations_unit_path" ON "evaluations" USING gist ("unit_path")`,
    );
    await queryRunner.query(
      `CREATE INDEX "evaluations_search" ON "evaluations" USING gin (to_tsvector('simple', thidua_words("subject_name")))`,
    );
    await queryRunner.query(
      `CREATE INDEX "award_records_unit_path" ON "award_records" USING gist ("unit_path")`,
    );
    await queryRunner.query(
      `CREATE INDEX "award_records_search" ON "award_records" USING gin (to_tsvector('simple', thidua_words("subject_name" || ' ' || "award_name")))`,
    );
    await queryRunner.query(
      `CREATE INDEX "initiatives_unit_path" ON "initiatives" USING gist ("unit_path")`,
    );
    await queryRunner.query(
      `CREATE INDEX "initiatives_search" ON "initiatives" USING gin (to_tsvector('simple', thidua_words("subject_name" || ' ' || "title")))`,
    );
    await queryRunner.query(`CREATE INDEX "holds_unit_path" ON "holds" USING gist ("unit_path")`);
    await queryRunner.query(
      `CREATE INDEX "holds_search" ON "holds" USING gin (to_tsvector('simple', thidua_words("subject_name")))`,
    );
    await queryRunner.query(
      `CREATE FUNCTION thidua_record_sort_key() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          NEW.sort_key := lpad((9999 - left(to_jsonb(NEW) ->> TG_ARGV[0], 4)::int)::text, 4, '0')
            || CASE WHEN NEW.subject = 'INDIVIDUAL' THEN thidua_name_sort_key(NEW.subject_name)
                    ELSE thidua_fold(NEW.subject_name) END;
          RETURN NEW;
        END $fn$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "evaluations_sort_key" BEFORE INSERT OR UPDATE OF "subject", "subject_name", "year"
        ON "evaluations" FOR EACH ROW EXECUTE FUNCTION thidua_record_sort_key('year')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "award_records_sort_key" BEFORE INSERT OR UPDATE OF "subject", "subject_name", "year"
        ON "award_records" FOR EACH ROW EXECUTE FUNCTION thidua_record_sort_key('year')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "initiatives_sort_key" BEFORE INSERT OR UPDATE OF "subject", "subject_name", "recognised_on"
        ON "initiatives" FOR EACH ROW EXECUTE FUNCTION thidua_record_sort_key('recognised_on')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "holds_sort_key" BEFORE INSERT OR UPDATE OF "subject", "subject_name", "starts_on"
        ON "holds" FOR EACH ROW EXECUTE FUNCTION thidua_record_sort_key('starts_on')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "holds"`);
    await queryRunner.query(`DROP TABLE "initiatives"`);
    await queryRunner.query(`DROP TABLE "award_records"`);
    await queryRunner.query(`DROP TABLE "evaluations"`);
    await queryRunner.query(`DROP FUNCTION thidua_record_sort_key()`);
  }
}
