import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rules as dated data (module `legal`, second part; ADR 0017): the award catalog, rule versions and
 * rule parameters. Generated from the entities, plus three indexes written by hand (declared
 * `synchronize: false` on the entities):
 *
 * - `award_kinds_code_uq`: one code per scope — a national code once, a province's own code once in
 *   that province (the empty uuid stands for "national": NULLs are distinct in a unique index).
 * - `award_rule_versions_seed_key_uq`, `rule_parameters_seed_key_uq`: one row per shipped national
 *   version, so two processes booting at once cannot both insert it (the second meets the index).
 */
export class AwardRules1796650000000 implements MigrationInterface {
  name = 'AwardRules1796650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "award_kinds" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "category" text NOT NULL, "subjects" text array NOT NULL, "level" text NOT NULL, "tracks" text array NOT NULL, "lower_step" text, "province_unit_id" uuid, "sort_order" integer NOT NULL, CONSTRAINT "PK_53e18677affd9c346ac38dbd198" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e1d9990053db474ba9fae0b628" ON "award_kinds"  ("province_unit_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "award_rule_versions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "award_code" text NOT NULL, "track" text NOT NULL, "province_unit_id" uuid, "legal_document_id" uuid NOT NULL, "effective_from" date NOT NULL, "effective_to" date, "content" jsonb NOT NULL, "edited" boolean NOT NULL DEFAULT false, "seed_key" text, CONSTRAINT "PK_349a8dcbc848d3516db562b3892" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_327958db0df41aee94e1cfcf95" ON "award_rule_versions"  ("province_unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cdb11feb8a312572c2420034f6" ON "award_rule_versions"  ("legal_document_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_49d3aa1c20e53baa67811263ad" ON "award_rule_versions"  ("award_code", "track") `,
    );
    await queryRunner.query(
      `CREATE TABLE "rule_parameters" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "key" text NOT NULL, "value" double precision NOT NULL, "effective_from" date NOT NULL, "effective_to" date, "province_unit_id" uuid, "legal_document_id" uuid, "article" text, "confidence" text NOT NULL, "note" text, "edited" boolean NOT NULL DEFAULT false, "seed_key" text, CONSTRAINT "PK_3ed9f3340e351ce7071d882b0c0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5d28cd327bd238717c91036bdd" ON "rule_parameters"  ("province_unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ccbc869a079b0556063419cb0e" ON "rule_parameters"  ("legal_document_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7fffca063a244c832fe88d62c3" ON "rule_parameters"  ("key", "effective_from") `,
    );
    await queryRunner.query(
      `ALTER TABLE "award_kinds" ADD CONSTRAINT "FK_e1d9990053db474ba9fae0b6282" FOREIGN KEY ("province_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_rule_versions" ADD CONSTRAINT "FK_327958db0df41aee94e1cfcf957" FOREIGN KEY ("province_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_rule_versions" ADD CONSTRAINT "FK_cdb11feb8a312572c2420034f67" FOREIGN KEY ("legal_document_id") REFERENCES "legal_documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rule_parameters" ADD CONSTRAINT "FK_5d28cd327bd238717c91036bdd3" FOREIGN KEY ("province_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rule_parameters" ADD CONSTRAINT "FK_ccbc869a079b0556063419cb0e6" FOREIGN KEY ("legal_document_id") REFERENCES "legal_documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // by hand (see above)
    await queryRunner.query(
      `CREATE UNIQUE INDEX "award_kinds_code_uq" ON "award_kinds" ("code", (COALESCE("province_unit_id", '00000000-0000-0000-0000-000000000000'::uuid)))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "award_rule_versions_seed_key_uq" ON "award_rule_versions" ("seed_key") WHERE "seed_key" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "rule_parameters_seed_key_uq" ON "rule_parameters" ("seed_key") WHERE "seed_key" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."rule_parameters_seed_key_uq"`);
    await queryRunner.query(`DROP INDEX "public"."award_rule_versions_seed_key_uq"`);
    await queryRunner.query(`DROP INDEX "public"."award_kinds_code_uq"`);
    await queryRunner.query(
      `ALTER TABLE "rule_parameters" DROP CONSTRAINT "FK_ccbc869a079b0556063419cb0e6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "rule_parameters" DROP CONSTRAINT "FK_5d28cd327bd238717c91036bdd3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_rule_versions" DROP CONSTRAINT "FK_cdb11feb8a312572c2420034f67"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_rule_versions" DROP CONSTRAINT "FK_327958db0df41aee94e1cfcf957"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_kinds" DROP CONSTRAINT "FK_e1d9990053db474ba9fae0b6282"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_7fffca063a244c832fe88d62c3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ccbc869a079b0556063419cb0e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5d28cd327bd238717c91036bdd"`);
    await queryRunner.query(`DROP TABLE "rule_parameters"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_49d3aa1c20e53baa67811263ad"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cdb11feb8a312572c2420034f6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_327958db0df41aee94e1cfcf95"`);
    await queryRunner.query(`DROP TABLE "award_rule_versions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e1d9990053db474ba9fae0b628"`);
    await queryRunner.query(`DROP TABLE "award_kinds"`);
  }
}
