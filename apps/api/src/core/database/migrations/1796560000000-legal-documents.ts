import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registry of legal and guiding documents (module `legal`). Generated from the entity, plus two
 * indexes written by hand (declared `synchronize: false` on the entity: TypeORM cannot express them):
 *
 * - `legal_documents_number_uq`: one số/ký hiệu per issuer per year. Numbering restarts every 1 January
 *   (NĐ 30/2020 Điều 15) and with every Party term (Kết luận 01-KL/TW of 2016 and of 2021), and every
 *   province's committee signs "…/KH-UBND": the issuer is the unit, or for a national document the
 *   issuing body's name. Accent-folded, so "ND-CP" and "NĐ-CP" are one number. A document without an
 *   issue date escapes the index (NULL year); LegalService checks it against every year.
 * - `legal_documents_search_words`: the GIN index of word-prefix search (ADR 0009), as `unit_search_words`.
 */
export class LegalDocuments1796560000000 implements MigrationInterface {
  name = 'LegalDocuments1796560000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "legal_documents" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "number" text NOT NULL, "kind" text NOT NULL, "issuing_body" text NOT NULL, "issuer_unit_id" uuid, "issued_on" date, "title" text, "effective_from" date, "effective_to" date, "replaced_by_id" uuid, "note" text, "search_text" text NOT NULL, CONSTRAINT "PK_846b11262368906ded5d26ac271" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a8727c40bd62187c07874a2c9f" ON "legal_documents"  ("issuer_unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3694dd544384bdc83858438367" ON "legal_documents"  ("replaced_by_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "legal_documents" ADD CONSTRAINT "FK_a8727c40bd62187c07874a2c9fd" FOREIGN KEY ("issuer_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "legal_documents" ADD CONSTRAINT "FK_3694dd544384bdc83858438367a" FOREIGN KEY ("replaced_by_id") REFERENCES "legal_documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // by hand (see above)
    await queryRunner.query(
      `CREATE UNIQUE INDEX "legal_documents_number_uq" ON "legal_documents" (thidua_fold("number"), (COALESCE("issuer_unit_id"::text, thidua_fold("issuing_body"))), (EXTRACT(YEAR FROM "issued_on")))`,
    );
    await queryRunner.query(
      `CREATE INDEX "legal_documents_search_words" ON "legal_documents" USING gin (to_tsvector('simple', thidua_words("search_text")))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."legal_documents_search_words"`);
    await queryRunner.query(`DROP INDEX "public"."legal_documents_number_uq"`);
    await queryRunner.query(
      `ALTER TABLE "legal_documents" DROP CONSTRAINT "FK_3694dd544384bdc83858438367a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "legal_documents" DROP CONSTRAINT "FK_a8727c40bd62187c07874a2c9fd"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_3694dd544384bdc83858438367"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a8727c40bd62187c07874a2c9f"`);
    await queryRunner.query(`DROP TABLE "legal_documents"`);
  }
}
