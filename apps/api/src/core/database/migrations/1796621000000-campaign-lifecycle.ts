import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A plan's life after issue (issue 10): amendments (`amends_plan_id`, `amendment_note`,
 * `superseded_by_id` on campaign_plans), the frozen .docx and PDF of issued plans
 * (`campaign_plan_documents`, stored files by hash) and the items of PDF batches
 * (`campaign_document_batch_items`, one per plan of a `documents.campaign-pdf` job). Generated.
 */
export class CampaignLifecycle1796621000000 implements MigrationInterface {
  name = 'CampaignLifecycle1796621000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "campaign_document_batch_items" ("job_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "position" integer NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "sha256" text, "created" boolean NOT NULL DEFAULT false, "error" text, "duration_ms" integer, "finished_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "campaign_document_batch_items_status" CHECK (status IN ('PENDING', 'DONE', 'FAILED')), CONSTRAINT "PK_572fcb90a2420b90d5249b70629" PRIMARY KEY ("job_id", "plan_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_67774c49e4a730329894c2efa4" ON "campaign_document_batch_items"  ("plan_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9f4a03058335bff3fa0915c431" ON "campaign_document_batch_items"  ("sha256") `,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_plan_documents" ("plan_id" uuid NOT NULL, "format" text NOT NULL, "sha256" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "campaign_plan_documents_format" CHECK (format IN ('DOCX', 'PDF')), CONSTRAINT "PK_001101b112ad69fdd8488847afa" PRIMARY KEY ("plan_id", "format"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bafc16c452118965ba2b18c813" ON "campaign_plan_documents"  ("sha256") `,
    );
    await queryRunner.query(`ALTER TABLE "campaign_plans" ADD "amends_plan_id" uuid`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" ADD "amendment_note" text`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" ADD "superseded_by_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "IDX_0689f3ba81732c81662e71556a" ON "campaign_plans"  ("amends_plan_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plans" ADD CONSTRAINT "FK_0689f3ba81732c81662e71556a9" FOREIGN KEY ("amends_plan_id") REFERENCES "campaign_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plans" ADD CONSTRAINT "FK_ece07742e7dd5c7930b389c03c1" FOREIGN KEY ("superseded_by_id") REFERENCES "campaign_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_document_batch_items" ADD CONSTRAINT "FK_97c87ecf7e73e410da06ec0a184" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_document_batch_items" ADD CONSTRAINT "FK_67774c49e4a730329894c2efa44" FOREIGN KEY ("plan_id") REFERENCES "campaign_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_document_batch_items" ADD CONSTRAINT "FK_9f4a03058335bff3fa0915c4315" FOREIGN KEY ("sha256") REFERENCES "stored_files"("sha256") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plan_documents" ADD CONSTRAINT "FK_9ef117e1255683802324a543bd4" FOREIGN KEY ("plan_id") REFERENCES "campaign_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plan_documents" ADD CONSTRAINT "FK_bafc16c452118965ba2b18c813b" FOREIGN KEY ("sha256") REFERENCES "stored_files"("sha256") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "campaign_plan_documents" DROP CONSTRAINT "FK_bafc16c452118965ba2b18c813b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plan_documents" DROP CONSTRAINT "FK_9ef117e1255683802324a543bd4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_document_batch_items" DROP CONSTRAINT "FK_9f4a03058335bff3fa0915c4315"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_document_batch_items" DROP CONSTRAINT "FK_67774c49e4a730329894c2efa44"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_document_batch_items" DROP CONSTRAINT "FK_97c87ecf7e73e410da06ec0a184"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plans" DROP CONSTRAINT "FK_ece07742e7dd5c7930b389c03c1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plans" DROP CONSTRAINT "FK_0689f3ba81732c81662e71556a9"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_0689f3ba81732c81662e71556a"`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" DROP COLUMN "superseded_by_id"`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" DROP COLUMN "amendment_note"`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" DROP COLUMN "amends_plan_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bafc16c452118965ba2b18c813"`);
    await queryRunner.query(`DROP TABLE "campaign_plan_documents"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9f4a03058335bff3fa0915c431"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_67774c49e4a730329894c2efa4"`);
    await queryRunner.query(`DROP TABLE "campaign_document_batch_items"`);
  }
}
