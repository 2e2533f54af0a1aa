import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CampaignCascade1796600000000 implements MigrationInterface {
  name = 'CampaignCascade1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign_plans" ADD "addressing" jsonb`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" ADD "answer_deadline" date`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" ADD "responds_to_plan_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "IDX_f63ec7004408e6e787fca3c074" ON "campaign_plans"  ("responds_to_plan_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plans" ADD CONSTRAINT "FK_f63ec7004408e6e787fca3c074a" FOREIGN KEY ("responds_to_plan_id") REFERENCES "campaign_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_plan_addressees" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "plan_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "unit_path" ltree NOT NULL, "rule" text NOT NULL, "rule_source_id" uuid, "deadline" date, "answer_plan_id" uuid, "answered_on" date, "reminder_count" integer NOT NULL DEFAULT '0', "last_reminded_at" TIMESTAMP(3) WITH TIME ZONE, "inherited_from_unit_id" uuid, CONSTRAINT "PK_dd2ccdbfdf43788eb24405441f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0360b6766ac32f726f8ad67801" ON "campaign_plan_addressees"  ("unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_aacd1cc998519307d25563efb6" ON "campaign_plan_addressees"  ("answer_plan_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_caf340b00811159b70a6ea2edd" ON "campaign_plan_addressees"  ("plan_id", "unit_path") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_be4e04b49a21e65118d4cd69e5" ON "campaign_plan_addressees"  ("plan_id", "unit_id") `,
    );
    // scope filters (`unit_path <@ ANY(…)`: the inbox, a reader of addressed units) and the roll-up
    // of rows outside the issuer's subtree (`@>`) need the GiST index; TypeORM cannot declare it
    await queryRunner.query(
      `CREATE INDEX "campaign_plan_addressees_unit_path" ON "campaign_plan_addressees" USING GIST ("unit_path")`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plan_addressees" ADD CONSTRAINT "FK_3452d1e51aed4ee3b2eda66a21d" FOREIGN KEY ("plan_id") REFERENCES "campaign_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plan_addressees" ADD CONSTRAINT "FK_0360b6766ac32f726f8ad67801a" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plan_addressees" ADD CONSTRAINT "FK_aacd1cc998519307d25563efb64" FOREIGN KEY ("answer_plan_id") REFERENCES "campaign_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plan_addressees" ADD CONSTRAINT "FK_51f06ee7324d40ceb22e11d5a1a" FOREIGN KEY ("inherited_from_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "campaign_plan_addressees" DROP CONSTRAINT "FK_51f06ee7324d40ceb22e11d5a1a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plan_addressees" DROP CONSTRAINT "FK_aacd1cc998519307d25563efb64"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plan_addressees" DROP CONSTRAINT "FK_0360b6766ac32f726f8ad67801a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_plan_addressees" DROP CONSTRAINT "FK_3452d1e51aed4ee3b2eda66a21d"`,
    );
    await queryRunner.query(`DROP INDEX "public"."campaign_plan_addressees_unit_path"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be4e04b49a21e65118d4cd69e5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_caf340b00811159b70a6ea2edd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aacd1cc998519307d25563efb6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0360b6766ac32f726f8ad67801"`);
    await queryRunner.query(`DROP TABLE "campaign_plan_addressees"`);
    await queryRunner.query(
      `ALTER TABLE "campaign_plans" DROP CONSTRAINT "FK_f63ec7004408e6e787fca3c074a"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_f63ec7004408e6e787fca3c074"`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" DROP COLUMN "responds_to_plan_id"`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" DROP COLUMN "answer_deadline"`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" DROP COLUMN "addressing"`);
  }
}
