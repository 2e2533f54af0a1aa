import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registrations, giao ước and reviews of issued plans (issue 10, "Registrations and pledges",
 * "Reviews"): generated from the entities, plus what TypeORM cannot declare (the entities name these
 * indexes with `synchronize: false`):
 * - `campaign_registrations.sort_key`, set by a trigger on every write of the name: a unit's collective
 *   row first ('0' and the folded name), then people in Vietnamese name order ('1' and
 *   thidua_name_sort_key, migration PeopleVietnameseOrder), so lists page on (plan_id, sort_key, id);
 * - GiST indexes on the denormalised unit paths (scoped lists of a commune's rows);
 * - `campaign_registration_counts`, the registrations per plan, unit, kind and status, kept by three
 *   statement triggers (transition tables: an import's 1,000-row statement or a unit's whole
 *   registration changing status is one upsert per unit, not one per row). The roll-up by child unit
 *   reads these ~2 rows per unit instead of a plan's 200,000 registrations (PostgreSQL 15, 209,300
 *   registrations over 9,100 units: 480 ms grouping the registrations, 13–20 ms the counts);
 * - a GIN index on the registrant's name words for the list's search (ADR 0009).
 */
export class CampaignRegistrations1796610000000 implements MigrationInterface {
  name = 'CampaignRegistrations1796610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "campaign_covenants" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "plan_id" uuid NOT NULL, "cluster_id" uuid NOT NULL, "signed_on" date NOT NULL, "place" text NOT NULL, "content" text NOT NULL, CONSTRAINT "PK_a3473e6872340ba590971deeea3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4031b54862c2994d385d5359ea" ON "campaign_covenants"  ("cluster_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5ee25a7d4742a1c87e5533f194" ON "campaign_covenants"  ("plan_id", "cluster_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_covenant_members" ("covenant_id" uuid NOT NULL, "unit_id" uuid NOT NULL, CONSTRAINT "PK_11dbc4827b2626dfc25d0102619" PRIMARY KEY ("covenant_id", "unit_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_61b39ca98e9cb5f15891bf3a3a" ON "campaign_covenant_members"  ("unit_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_registrations" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "plan_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "unit_path" ltree NOT NULL, "kind" text NOT NULL, "person_id" uuid, "registrant_name" text NOT NULL, "sort_key" text COLLATE "C", "titles" jsonb NOT NULL DEFAULT '[]', "commitments" text, "status" text NOT NULL DEFAULT 'DRAFT', "return_reason" text, "submitted_at" TIMESTAMP(3) WITH TIME ZONE, "reviewed_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_01cc6ffefa3a7a13e627b376289" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2acc4caaff8f91df28b9f8abb5" ON "campaign_registrations"  ("person_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_registrations_plan_sort" ON "campaign_registrations"  ("plan_id", "sort_key", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_registrations_plan_unit" ON "campaign_registrations"  ("plan_id", "unit_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "campaign_registrations_plan_person_uq" ON "campaign_registrations"  ("plan_id", "person_id") WHERE person_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "campaign_registrations_plan_unit_uq" ON "campaign_registrations"  ("plan_id", "unit_id") WHERE kind = 'UNIT'`,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_reviews" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "plan_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "unit_path" ltree NOT NULL, "kind" text NOT NULL, "report" text NOT NULL DEFAULT '', "figures" jsonb NOT NULL DEFAULT '[]', "attachments" jsonb NOT NULL DEFAULT '[]', "status" text NOT NULL DEFAULT 'DRAFT', "return_reason" text, "submitted_at" TIMESTAMP(3) WITH TIME ZONE, "deadline" date, "late" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_8303d28178b4cda6e124b8423d0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ade32cfb60d1f0868d6739980d" ON "campaign_reviews"  ("unit_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cf006e336616d69d73b95f2b1a" ON "campaign_reviews"  ("plan_id", "kind", "created_at")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_2240460e87c3716ea4eca8c983" ON "campaign_reviews"  ("plan_id", "unit_id", "kind")`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_covenants" ADD CONSTRAINT "FK_32b9d4ee28e35ce2a2e977f4ac8" FOREIGN KEY ("plan_id") REFERENCES "campaign_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_covenants" ADD CONSTRAINT "FK_4031b54862c2994d385d5359ea5" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_covenant_members" ADD CONSTRAINT "FK_7369c1c04646a8cb3c0e62cf046" FOREIGN KEY ("covenant_id") REFERENCES "campaign_covenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_covenant_members" ADD CONSTRAINT "FK_61b39ca98e9cb5f15891bf3a3ac" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_registrations" ADD CONSTRAINT "FK_5addf7b19c9d55c1e0abcf2d445" FOREIGN KEY ("plan_id") REFERENCES "campaign_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_registrations" ADD CONSTRAINT "FK_012b4d6d349e5be4d7756fb3bf7" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_registrations" ADD CONSTRAINT "FK_2acc4caaff8f91df28b9f8abb5c" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_reviews" ADD CONSTRAINT "FK_d54aba9d844d81fe49f6724ceb1" FOREIGN KEY ("plan_id") REFERENCES "campaign_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_reviews" ADD CONSTRAINT "FK_ade32cfb60d1f0868d6739980d2" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_registrations_unit_path" ON "campaign_registrations" USING gist ("unit_path")`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_registrations_search" ON "campaign_registrations" USING gin (to_tsvector('simple', thidua_words("registrant_name")))`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_reviews_unit_path" ON "campaign_reviews" USING gist ("unit_path")`,
    );
    await queryRunner.query(
      `CREATE FUNCTION thidua_campaign_registration_sort_key() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          NEW.sort_key := CASE WHEN NEW.kind = 'UNIT' THEN '0' || thidua_fold(NEW.registrant_name)
                               ELSE '1' || thidua_name_sort_key(NEW.registrant_name) END;
          RETURN NEW;
        END $fn$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "campaign_registrations_sort_key" BEFORE INSERT OR UPDATE OF "registrant_name", "kind"
        ON "campaign_registrations" FOR EACH ROW EXECUTE FUNCTION thidua_campaign_registration_sort_key()`,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_registration_counts" ("plan_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "unit_path" ltree NOT NULL, "n" integer NOT NULL, CONSTRAINT "PK_29e8253f89a0a7ed761efe55bca" PRIMARY KEY ("plan_id", "unit_id", "kind", "status"))`,
    );
    // One function for the three triggers (a trigger with transition tables has one event). A
    // unit's rows share its path, so a key's rows carry one path, except while a restructuring
    // refreshes it: the new rows' path wins (ORDER BY d DESC), and a key whose count did not change
    // is still written when its path did.
    await queryRunner.query(
      `CREATE FUNCTION thidua_campaign_registration_counts() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            INSERT INTO campaign_registration_counts AS c (plan_id, unit_id, kind, status, unit_path, n)
            SELECT plan_id, unit_id, kind, status, (array_agg(unit_path))[1], count(*)
              FROM new_rows GROUP BY plan_id, unit_id, kind, status
            ON CONFLICT (plan_id, unit_id, kind, status)
              DO UPDATE SET n = c.n + EXCLUDED.n, unit_path = EXCLUDED.unit_path;
          ELSIF TG_OP = 'DELETE' THEN
            UPDATE campaign_registration_counts c SET n = c.n - d.n
              FROM (SELECT plan_id, unit_id, kind, status, count(*)::int AS n
                      FROM old_rows GROUP BY plan_id, unit_id, kind, status) d
             WHERE c.plan_id = d.plan_id AND c.unit_id = d.unit_id AND c.kind = d.kind
               AND c.status = d.status;
          ELSE
            INSERT INTO campaign_registration_counts AS c (plan_id, unit_id, kind, status, unit_path, n)
            SELECT plan_id, unit_id, kind, status, (array_agg(unit_path ORDER BY d DESC))[1], sum(d)
              FROM (SELECT plan_id, unit_id, kind, status, unit_path, 1 AS d FROM new_rows
                    UNION ALL
                    SELECT plan_id, unit_id, kind, status, unit_path, -1 AS d FROM old_rows) x
             GROUP BY plan_id, unit_id, kind, status
            HAVING sum(d) <> 0 OR count(DISTINCT unit_path) > 1
            ON CONFLICT (plan_id, unit_id, kind, status)
              DO UPDATE SET n = c.n + EXCLUDED.n, unit_path = EXCLUDED.unit_path;
          END IF;
          RETURN NULL;
        END $fn$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "campaign_registrations_counts_insert" AFTER INSERT ON "campaign_registrations"
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION thidua_campaign_registration_counts()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "campaign_registrations_counts_update" AFTER UPDATE ON "campaign_registrations"
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION thidua_campaign_registration_counts()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "campaign_registrations_counts_delete" AFTER DELETE ON "campaign_registrations"
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION thidua_campaign_registration_counts()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER "campaign_registrations_counts_delete" ON "campaign_registrations"`,
    );
    await queryRunner.query(
      `DROP TRIGGER "campaign_registrations_counts_update" ON "campaign_registrations"`,
    );
    await queryRunner.query(
      `DROP TRIGGER "campaign_registrations_counts_insert" ON "campaign_registrations"`,
    );
    await queryRunner.query(`DROP FUNCTION thidua_campaign_registration_counts()`);
    await queryRunner.query(`DROP TABLE "campaign_registration_counts"`);
    await queryRunner.query(
      `DROP TRIGGER "campaign_registrations_sort_key" ON "campaign_registrations"`,
    );
    await queryRunner.query(`DROP FUNCTION thidua_campaign_registration_sort_key()`);
    await queryRunner.query(`DROP INDEX "public"."campaign_reviews_unit_path"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_registrations_search"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_registrations_unit_path"`);
    await queryRunner.query(
      `ALTER TABLE "campaign_reviews" DROP CONSTRAINT "FK_ade32cfb60d1f0868d6739980d2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_reviews" DROP CONSTRAINT "FK_d54aba9d844d81fe49f6724ceb1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_registrations" DROP CONSTRAINT "FK_2acc4caaff8f91df28b9f8abb5c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_registrations" DROP CONSTRAINT "FK_012b4d6d349e5be4d7756fb3bf7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_registrations" DROP CONSTRAINT "FK_5addf7b19c9d55c1e0abcf2d445"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_covenant_members" DROP CONSTRAINT "FK_61b39ca98e9cb5f15891bf3a3ac"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_covenant_members" DROP CONSTRAINT "FK_7369c1c04646a8cb3c0e62cf046"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_covenants" DROP CONSTRAINT "FK_4031b54862c2994d385d5359ea5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_covenants" DROP CONSTRAINT "FK_32b9d4ee28e35ce2a2e977f4ac8"`,
    );
    await queryRunner.query(`DROP TABLE "campaign_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_registrations_plan_unit_uq"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_registrations_plan_person_uq"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_registrations_plan_unit"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_registrations_plan_sort"`);
    await queryRunner.query(`DROP TABLE "campaign_registrations"`);
    await queryRunner.query(`DROP TABLE "campaign_covenant_members"`);
    await queryRunner.query(`DROP TABLE "campaign_covenants"`);
  }
}
