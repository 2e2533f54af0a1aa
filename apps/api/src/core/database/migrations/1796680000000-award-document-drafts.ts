import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The documents a dossier drafts itself (issue 11, "The dossier"; ADR 0020):
 * - `award_document_drafts`: the stored drafts (a tờ trình per dossier, a báo cáo thành tích per
 *   nominee; partial unique indexes say "one each", a plain one reads a dossier's), their editable
 *   content, sign-off, the tờ trình's number once taken and what the last send rendered;
 * - `award_document_pdfs`: the PDF of a dossier's .docx, by the .docx's hash (written once);
 * - `award_dossier_documents.generated`: a document the system rendered at a send (not uploaded).
 */
export class AwardDocumentDrafts1796680000000 implements MigrationInterface {
  name = 'AwardDocumentDrafts1796680000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "award_document_drafts" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "dossier_id" uuid NOT NULL, "nomination_id" uuid, "kind" text NOT NULL, "content" jsonb NOT NULL, "drafted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "signed_off_at" TIMESTAMP(3) WITH TIME ZONE, "signed_off_by_id" uuid, "signed_off_by_name" text, "number" integer, "symbol" text, "numbered_on" date, "document_id" uuid, "rendered_hash" text, CONSTRAINT "PK_ba2f8a31ac516737dc4e9feb415" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "award_document_drafts_report_uq" ON "award_document_drafts"  ("nomination_id") WHERE nomination_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "award_document_drafts_to_trinh_uq" ON "award_document_drafts"  ("dossier_id") WHERE nomination_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "award_document_drafts_dossier" ON "award_document_drafts"  ("dossier_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "award_document_pdfs" ("docx_sha256" text NOT NULL, "pdf_sha256" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_821aac74d3ceee4a9f349ecdc17" PRIMARY KEY ("docx_sha256"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a97e25b6977e30c4ee2efaccdc" ON "award_document_pdfs"  ("pdf_sha256") `,
    );
    await queryRunner.query(
      `ALTER TABLE "award_dossier_documents" ADD "generated" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_document_drafts" ADD CONSTRAINT "FK_c0db5ee7ff43f213eba51095b1a" FOREIGN KEY ("dossier_id") REFERENCES "award_dossiers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_document_drafts" ADD CONSTRAINT "FK_33c4de8184c6f2f584d45641978" FOREIGN KEY ("nomination_id") REFERENCES "award_nominations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_document_pdfs" ADD CONSTRAINT "FK_821aac74d3ceee4a9f349ecdc17" FOREIGN KEY ("docx_sha256") REFERENCES "stored_files"("sha256") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_document_pdfs" ADD CONSTRAINT "FK_a97e25b6977e30c4ee2efaccdcc" FOREIGN KEY ("pdf_sha256") REFERENCES "stored_files"("sha256") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "award_document_pdfs" DROP CONSTRAINT "FK_a97e25b6977e30c4ee2efaccdcc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_document_pdfs" DROP CONSTRAINT "FK_821aac74d3ceee4a9f349ecdc17"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_document_drafts" DROP CONSTRAINT "FK_33c4de8184c6f2f584d45641978"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_document_drafts" DROP CONSTRAINT "FK_c0db5ee7ff43f213eba51095b1a"`,
    );
    await queryRunner.query(`ALTER TABLE "award_dossier_documents" DROP COLUMN "generated"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a97e25b6977e30c4ee2efaccdc"`);
    await queryRunner.query(`DROP TABLE "award_document_pdfs"`);
    await queryRunner.query(`DROP INDEX "public"."award_document_drafts_dossier"`);
    await queryRunner.query(`DROP INDEX "public"."award_document_drafts_to_trinh_uq"`);
    await queryRunner.query(`DROP INDEX "public"."award_document_drafts_report_uq"`);
    await queryRunner.query(`DROP TABLE "award_document_drafts"`);
  }
}
