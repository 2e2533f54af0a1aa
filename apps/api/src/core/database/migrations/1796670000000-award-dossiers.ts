import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Award rounds and dossiers (issue 11): `award_rounds`, `award_dossiers` (one per round and proposing
 * unit), `award_nominations`, `award_dossier_documents` and the append-only `award_dossier_events`,
 * generated from the entities, plus what TypeORM cannot declare (the entities name these indexes with
 * `synchronize: false`):
 * - GiST indexes on the dossiers' two denormalised paths: "my unit's dossiers" filter on `unit_path`,
 *   the receiving inbox on `receiving_path` (a province's sở, ban, xã send to one Sở Nội vụ);
 * - a GIN index on the nominees' name words for the lists' accent-folded search (ADR 0009).
 */
export class AwardDossiers1796670000000 implements MigrationInterface {
  name = 'AwardDossiers1796670000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "award_rounds" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "year" integer NOT NULL, "track" text NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "receiving_unit_id" uuid NOT NULL, "deciding_authority" text NOT NULL, "deadline" date, "campaign_plan_id" uuid, "award_forms" jsonb NOT NULL DEFAULT '[]', "quotas" jsonb NOT NULL DEFAULT '[]', "note" text, CONSTRAINT "PK_a2f1df312fbe12aee93c53ede50" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1cf973344216d4b428c40e61b1" ON "award_rounds"  ("year") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_28ebf2c9cd059fcca535572ca4" ON "award_rounds"  ("receiving_unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c737248cc183c154fc34a39c98" ON "award_rounds"  ("campaign_plan_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "award_dossiers" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "round_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "unit_path" ltree NOT NULL, "receiving_unit_id" uuid NOT NULL, "receiving_path" ltree NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "note" text, "first_submitted_at" TIMESTAMP(3) WITH TIME ZONE, "submitted_at" TIMESTAMP(3) WITH TIME ZONE, "late" boolean NOT NULL DEFAULT false, "received_at" TIMESTAMP(3) WITH TIME ZONE, "origin_dossier_id" uuid, CONSTRAINT "PK_80c868a21ab76820e6db18586d6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0549776f2c093036e20dfabd99" ON "award_dossiers"  ("round_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_da3c82b2d48c0300a7655694a1" ON "award_dossiers"  ("unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9110b8bc58dccb7e140e79ea26" ON "award_dossiers"  ("origin_dossier_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "award_dossiers_round_unit_uq" ON "award_dossiers"  ("round_id", "unit_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "award_nominations" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "dossier_id" uuid NOT NULL, "position" integer NOT NULL, "subject" text NOT NULL, "person_id" uuid, "subject_unit_id" uuid, "household_address" text, "name" text NOT NULL, "award_code" text, "award_name" text NOT NULL, "achievements" text NOT NULL DEFAULT '', "eligibility" jsonb, "appraisal_verdict" text, "appraisal_remark" text, "origin_nomination_id" uuid, CONSTRAINT "PK_3d551f7696eaab34a62ec89f249" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bfa4f2c4e652b4f2d62ccf1cbb" ON "award_nominations"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e960699bd8b36b4e19134e0fff" ON "award_nominations"  ("subject_unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a1dd9ce61ad4885d4bad518dd7" ON "award_nominations"  ("dossier_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "award_dossier_documents" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "dossier_id" uuid NOT NULL, "kind" text NOT NULL, "nomination_id" uuid, "file_sha256" text, "file_name" text, "media_type" text, "size" integer, "text" text, "note" text, "origin_document_id" uuid, CONSTRAINT "PK_99f030836faad948aa9a5a9afcd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1537b9990fea2600848ab7305e" ON "award_dossier_documents"  ("nomination_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8a7e5d5cc233d691d80fc04a89" ON "award_dossier_documents"  ("dossier_id", "kind") `,
    );
    await queryRunner.query(
      `CREATE TABLE "award_dossier_events" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "dossier_id" uuid NOT NULL, "action" text NOT NULL, "from_status" text, "to_status" text NOT NULL, "actor_id" uuid, "actor_name" text NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "reason" text, "remarks" jsonb NOT NULL DEFAULT '[]', "appraisal" jsonb, "changes" jsonb, "snapshot" jsonb, "quota" jsonb, "late" boolean NOT NULL DEFAULT false, "dossier_version" integer NOT NULL, CONSTRAINT "PK_d06b9affe9d028bb4c6a5be1bae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ba1b4aeb49d441b19df033ae6d" ON "award_dossier_events"  ("dossier_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "award_rounds" ADD CONSTRAINT "FK_28ebf2c9cd059fcca535572ca4d" FOREIGN KEY ("receiving_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_rounds" ADD CONSTRAINT "FK_c737248cc183c154fc34a39c980" FOREIGN KEY ("campaign_plan_id") REFERENCES "campaign_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_dossiers" ADD CONSTRAINT "FK_0549776f2c093036e20dfabd999" FOREIGN KEY ("round_id") REFERENCES "award_rounds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_dossiers" ADD CONSTRAINT "FK_da3c82b2d48c0300a7655694a11" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_dossiers" ADD CONSTRAINT "FK_08146e7bfee82886a29ef93fa24" FOREIGN KEY ("receiving_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_dossiers" ADD CONSTRAINT "FK_9110b8bc58dccb7e140e79ea26c" FOREIGN KEY ("origin_dossier_id") REFERENCES "award_dossiers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_nominations" ADD CONSTRAINT "FK_919fb9adbaaec4fb67aada21afc" FOREIGN KEY ("dossier_id") REFERENCES "award_dossiers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_nominations" ADD CONSTRAINT "FK_bfa4f2c4e652b4f2d62ccf1cbba" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_nominations" ADD CONSTRAINT "FK_e960699bd8b36b4e19134e0fff0" FOREIGN KEY ("subject_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_dossier_documents" ADD CONSTRAINT "FK_1d6768214c96fccc7b9fca60eec" FOREIGN KEY ("dossier_id") REFERENCES "award_dossiers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_dossier_documents" ADD CONSTRAINT "FK_1537b9990fea2600848ab7305e8" FOREIGN KEY ("nomination_id") REFERENCES "award_nominations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_dossier_events" ADD CONSTRAINT "FK_d306e22aa38e6c06b8ef3a92f26" FOREIGN KEY ("dossier_id") REFERENCES "award_dossiers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "award_dossiers_unit_path" ON "award_dossiers" USING gist ("unit_path")`,
    );
    await queryRunner.query(
      `CREATE INDEX "award_dossiers_receiving_path" ON "award_dossiers" USING gist ("receiving_path")`,
    );
    await queryRunner.query(
      `CREATE INDEX "award_nominations_search" ON "award_nominations" USING gin (to_tsvector('simple', thidua_words("name")))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."award_nominations_search"`);
    await queryRunner.query(`DROP INDEX "public"."award_dossiers_receiving_path"`);
    await queryRunner.query(`DROP INDEX "public"."award_dossiers_unit_path"`);
    await queryRunner.query(
      `ALTER TABLE "award_dossier_events" DROP CONSTRAINT "FK_d306e22aa38e6c06b8ef3a92f26"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_dossier_documents" DROP CONSTRAINT "FK_1537b9990fea2600848ab7305e8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_dossier_documents" DROP CONSTRAINT "FK_1d6768214c96fccc7b9fca60eec"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_nominations" DROP CONSTRAINT "FK_e960699bd8b36b4e19134e0fff0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_nominations" DROP CONSTRAINT "FK_bfa4f2c4e652b4f2d62ccf1cbba"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_nominations" DROP CONSTRAINT "FK_919fb9adbaaec4fb67aada21afc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_dossiers" DROP CONSTRAINT "FK_9110b8bc58dccb7e140e79ea26c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_dossiers" DROP CONSTRAINT "FK_08146e7bfee82886a29ef93fa24"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_dossiers" DROP CONSTRAINT "FK_da3c82b2d48c0300a7655694a11"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_dossiers" DROP CONSTRAINT "FK_0549776f2c093036e20dfabd999"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_rounds" DROP CONSTRAINT "FK_c737248cc183c154fc34a39c980"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_rounds" DROP CONSTRAINT "FK_28ebf2c9cd059fcca535572ca4d"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_ba1b4aeb49d441b19df033ae6d"`);
    await queryRunner.query(`DROP TABLE "award_dossier_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8a7e5d5cc233d691d80fc04a89"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1537b9990fea2600848ab7305e"`);
    await queryRunner.query(`DROP TABLE "award_dossier_documents"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a1dd9ce61ad4885d4bad518dd7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e960699bd8b36b4e19134e0fff"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bfa4f2c4e652b4f2d62ccf1cbb"`);
    await queryRunner.query(`DROP TABLE "award_nominations"`);
    await queryRunner.query(`DROP INDEX "public"."award_dossiers_round_unit_uq"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9110b8bc58dccb7e140e79ea26"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_da3c82b2d48c0300a7655694a1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0549776f2c093036e20dfabd99"`);
    await queryRunner.query(`DROP TABLE "award_dossiers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c737248cc183c154fc34a39c98"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_28ebf2c9cd059fcca535572ca4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1cf973344216d4b428c40e61b1"`);
    await queryRunner.query(`DROP TABLE "award_rounds"`);
  }
}
