import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CampaignPlans1796580000000 implements MigrationInterface {
  name = 'CampaignPlans1796580000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "campaign_plans" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "issuer_unit_id" uuid NOT NULL, "kind" text NOT NULL, "scope" text NOT NULL, "title" text NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "content" jsonb NOT NULL, CONSTRAINT "PK_59b2b913efcb1ba7e0f08366e2d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2e63094c4a0d7ddbd676a8ee55" ON "campaign_plans"  ("issuer_unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2c3e29b8da6ce5a3846090010a" ON "campaign_plans"  ("status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_plan_legal_bases" ("plan_id" uuid NOT NULL, "legal_document_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_c323519b6e2291d33b6849cb3d8" PRIMARY KEY ("plan_id", "legal_document_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e294ada7b95591b254cb9e45e7" ON "campaign_plan_legal_bases"  ("legal_document_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plans" ADD CONSTRAINT "FK_2e63094c4a0d7ddbd676a8ee552" FOREIGN KEY ("issuer_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plan_legal_bases" ADD CONSTRAINT "FK_4b9a06a6e3a570f2dd65a591bc6" FOREIGN KEY ("plan_id") REFERENCES "campaign_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plan_legal_bases" ADD CONSTRAINT "FK_e294ada7b95591b254cb9e45e75" FOREIGN KEY ("legal_document_id") REFERENCES "legal_documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "campaign_plan_legal_bases" DROP CONSTRAINT "FK_e294ada7b95591b254cb9e45e75"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plan_legal_bases" DROP CONSTRAINT "FK_4b9a06a6e3a570f2dd65a591bc6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plans" DROP CONSTRAINT "FK_2e63094c4a0d7ddbd676a8ee552"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_e294ada7b95591b254cb9e45e7"`);
    await queryRunner.query(`DROP TABLE "campaign_plan_legal_bases"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2c3e29b8da6ce5a3846090010a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2e63094c4a0d7ddbd676a8ee55"`);
    await queryRunner.query(`DROP TABLE "campaign_plans"`);
  }
}
