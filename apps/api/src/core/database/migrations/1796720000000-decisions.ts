import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quyết định khen thưởng (issue 12, module decisions; ADR 0022): `award_decisions` (a decision of an
 * issuing unit for a round, DRAFT → ISSUED, its number, date and frozen .docx, its certificates),
 * `award_decision_recipients` (who it awards, as printed, with the money, the số sổ vàng, the
 * certificate code and the award record written at the issue) and `award_gold_books` (the last số sổ
 * vàng per issuing unit and year), generated from the entities, plus what TypeORM cannot declare: a
 * nomination in at most one decision not revoked (partial unique index), and the public lookup's word
 * search on the recipients' names (GIN, as award_nominations_search).
 */
export class Decisions1796720000000 implements MigrationInterface {
  name = 'Decisions1796720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "award_decisions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "round_id" uuid NOT NULL, "issuer_unit_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "year" integer NOT NULL, "track" text NOT NULL, "award_code" text, "award_name" text NOT NULL, "award_kind" text NOT NULL DEFAULT 'FORM', "subject" text NOT NULL, "authority" text NOT NULL, "achievement" text NOT NULL, "bases" jsonb NOT NULL DEFAULT '[]', "council_minutes" jsonb, "proposal" jsonb, "reward_funding" text, "reward_basis" text, "executors" jsonb NOT NULL DEFAULT '[]', "receivers" jsonb NOT NULL DEFAULT '[]', "archive" text NOT NULL DEFAULT 'VT', "place" text NOT NULL, "signer" jsonb NOT NULL, "number" integer, "symbol" text, "decided_on" date, "issued_at" TIMESTAMP(3) WITH TIME ZONE, "issued_by_id" uuid, "issued_by_name" text, "docx_sha256" text, "certificates_docx_sha256" text, "certificates_pdf_sha256" text, "certificates_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_bfcb02cc0356a66683b9547894b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_63673c5d3e65543d81ba5c2d33" ON "award_decisions"  ("issuer_unit_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ae2863109cff84c8ebca8d7503" ON "award_decisions"  ("round_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "award_decision_recipients" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "decision_id" uuid NOT NULL, "position" integer NOT NULL, "nomination_id" uuid, "dossier_id" uuid, "revoked" boolean NOT NULL DEFAULT false, "subject" text NOT NULL, "person_id" uuid, "subject_unit_id" uuid, "household_address" text, "honorific" text, "name" text NOT NULL, "detail" text, "unit_name" text, "achievement" text NOT NULL DEFAULT '', "award_code" text, "award_name" text NOT NULL, "multiplier" numeric(6,3), "base_salary" integer, "amount" integer, "gold_book_number" integer, "certificate_code" text, "award_record_id" uuid, CONSTRAINT "award_decision_recipients_certificate_code" UNIQUE ("certificate_code"), CONSTRAINT "award_decision_recipients_amount" CHECK (amount IS NULL OR amount >= 0), CONSTRAINT "PK_65f2c9f78ce1ed9223682cf44b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_dd2d0606a9090c573c0ca3d95a" ON "award_decision_recipients"  ("dossier_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e37b406c278650d1bf5c3d7fe9" ON "award_decision_recipients"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_72d21f57ae939c5fbcffe5c8d8" ON "award_decision_recipients"  ("decision_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "award_gold_books" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "issuer_unit_id" uuid NOT NULL, "year" integer NOT NULL, "last_number" integer NOT NULL DEFAULT '0', CONSTRAINT "award_gold_books_unit_year" UNIQUE ("issuer_unit_id", "year"), CONSTRAINT "award_gold_books_last_number" CHECK (last_number >= 0), CONSTRAINT "PK_f0eff9ef3965448ec3bb3d06d87" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decisions" ADD CONSTRAINT "FK_fa3f1f0a5a59243c83e060f1792" FOREIGN KEY ("round_id") REFERENCES "award_rounds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decisions" ADD CONSTRAINT "FK_3df1a2a8e2ac5bdf4be254f68d0" FOREIGN KEY ("issuer_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decisions" ADD CONSTRAINT "FK_323e69a54049ffc03f23d83abfd" FOREIGN KEY ("docx_sha256") REFERENCES "stored_files"("sha256") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decisions" ADD CONSTRAINT "FK_733cb931948234992f6f6452262" FOREIGN KEY ("certificates_docx_sha256") REFERENCES "stored_files"("sha256") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decisions" ADD CONSTRAINT "FK_e98f10f920241b7d5ae5fdc3bdc" FOREIGN KEY ("certificates_pdf_sha256") REFERENCES "stored_files"("sha256") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decision_recipients" ADD CONSTRAINT "FK_1c16a5c481448fece091aa47c0c" FOREIGN KEY ("decision_id") REFERENCES "award_decisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decision_recipients" ADD CONSTRAINT "FK_e5418864b31aba9a985f62fcbfe" FOREIGN KEY ("nomination_id") REFERENCES "award_nominations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decision_recipients" ADD CONSTRAINT "FK_dd2d0606a9090c573c0ca3d95a2" FOREIGN KEY ("dossier_id") REFERENCES "award_dossiers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decision_recipients" ADD CONSTRAINT "FK_e37b406c278650d1bf5c3d7fe90" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decision_recipients" ADD CONSTRAINT "FK_22f6a2e467281add89fd04030aa" FOREIGN KEY ("subject_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decision_recipients" ADD CONSTRAINT "FK_1d03b9881db9f3ead1a40889597" FOREIGN KEY ("award_record_id") REFERENCES "award_records"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_gold_books" ADD CONSTRAINT "FK_91a721a0a97c214666f2b3822c6" FOREIGN KEY ("issuer_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // hand-written: a nomination is decided once (a revoked decision frees it); two drafts racing
    // for the same nominee meet here
    await queryRunner.query(
      `CREATE UNIQUE INDEX "award_decision_recipients_nomination_uq" ON "award_decision_recipients" ("nomination_id") WHERE NOT revoked AND nomination_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "award_decision_recipients_search" ON "award_decision_recipients" USING gin (to_tsvector('simple', thidua_words("name")))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."award_decision_recipients_search"`);
    await queryRunner.query(`DROP INDEX "public"."award_decision_recipients_nomination_uq"`);
    await queryRunner.query(
      `ALTER TABLE "award_gold_books" DROP CONSTRAINT "FK_91a721a0a97c214666f2b3822c6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decision_recipients" DROP CONSTRAINT "FK_1d03b9881db9f3ead1a40889597"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decision_recipients" DROP CONSTRAINT "FK_22f6a2e467281add89fd04030aa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decision_recipients" DROP CONSTRAINT "FK_e37b406c278650d1bf5c3d7fe90"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decision_recipients" DROP CONSTRAINT "FK_dd2d0606a9090c573c0ca3d95a2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decision_recipients" DROP CONSTRAINT "FK_e5418864b31aba9a985f62fcbfe"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decision_recipients" DROP CONSTRAINT "FK_1c16a5c481448fece091aa47c0c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decisions" DROP CONSTRAINT "FK_e98f10f920241b7d5ae5fdc3bdc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decisions" DROP CONSTRAINT "FK_733cb931948234992f6f6452262"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decisions" DROP CONSTRAINT "FK_323e69a54049ffc03f23d83abfd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decisions" DROP CONSTRAINT "FK_3df1a2a8e2ac5bdf4be254f68d0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decisions" DROP CONSTRAINT "FK_fa3f1f0a5a59243c83e060f1792"`,
    );
    await queryRunner.query(`DROP TABLE "award_gold_books"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_72d21f57ae939c5fbcffe5c8d8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e37b406c278650d1bf5c3d7fe9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dd2d0606a9090c573c0ca3d95a"`);
    await queryRunner.query(`DROP TABLE "award_decision_recipients"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ae2863109cff84c8ebca8d7503"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_63673c5d3e65543d81ba5c2d33"`);
    await queryRunner.query(`DROP TABLE "award_decisions"`);
  }
}
