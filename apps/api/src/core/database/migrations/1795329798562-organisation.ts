import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisation: unit kinds, validity and history, restructuring lineage, links, clusters, people.
 * Generated from the entities; the backfill of existing units and the search index were added by hand. */

export class Organisation1795329798562 implements MigrationInterface {
  name = 'Organisation1795329798562';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "unit_kinds" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "code" citext NOT NULL, "name" text NOT NULL, "tree" text NOT NULL, "allowed_parent_codes" text array NOT NULL DEFAULT '{}', "can_be_root" boolean NOT NULL DEFAULT false, "legal_person_default" boolean NOT NULL DEFAULT true, "sort_order" integer NOT NULL DEFAULT '0', "is_system" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_1e79f7cbe9b5955936074002895" UNIQUE ("code"), CONSTRAINT "PK_e2d3737c6639d3bf047fc02d801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "clusters" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "code" citext NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "organizer_unit_id" uuid NOT NULL, "description" text, CONSTRAINT "UQ_0841485616533b54c4bf13a73e4" UNIQUE ("code"), CONSTRAINT "PK_56c8e201f375e1e961dcdd6831c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d94934bfeb61b631d93b10d299" ON "clusters"  ("organizer_unit_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cluster_memberships" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "cluster_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "joined_on" date NOT NULL, "left_on" date, CONSTRAINT "PK_5b2bcc48dd45bd20fe29b2f150e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_61e0044af2b2205739249cc2dc" ON "cluster_memberships"  ("unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ffdf1ca4ab46b1a93efced11fe" ON "cluster_memberships"  ("cluster_id", "joined_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cluster_leaderships" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "cluster_id" uuid NOT NULL, "year" integer NOT NULL, "lead_unit_id" uuid NOT NULL, "deputy_unit_id" uuid, CONSTRAINT "PK_ed7dc590e58ec8ba50a9cd83e67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c5c541cfcf9c9a118d0630fbc9" ON "cluster_leaderships"  ("cluster_id", "year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "restructurings" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "effective_date" date NOT NULL, "legal_basis_number" text NOT NULL, "legal_basis_date" date NOT NULL, "legal_basis_title" text, "note" text, "actor_name" text NOT NULL, "source_unit_ids" uuid array NOT NULL DEFAULT '{}', "result_unit_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "PK_2366cf088b181ff197a612bcf69" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c63228c5469c75c6f61218501c" ON "restructurings"  ("effective_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "unit_lineage" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "predecessor_id" uuid NOT NULL, "successor_id" uuid NOT NULL, "restructuring_id" uuid NOT NULL, CONSTRAINT "PK_b38b578c4b8a511d58097547a56" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e3d77e0d38f0087ca9db21d282" ON "unit_lineage"  ("predecessor_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_71e1b4588da36a22ca3af9719e" ON "unit_lineage"  ("successor_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "unit_links" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "unit_id" uuid NOT NULL, "counterpart_id" uuid NOT NULL, "note" text, CONSTRAINT "PK_54494f20efeaf76d0d13852ac9b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_60cd95d03c5d626f6215e59bcb" ON "unit_links"  ("counterpart_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_9f779051fc811617f2fa351be4" ON "unit_links"  ("unit_id", "counterpart_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "unit_versions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "unit_id" uuid NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "code" citext NOT NULL, "name" text NOT NULL, "short_name" text, "parent_id" uuid, "restructuring_id" uuid, CONSTRAINT "PK_55686ce233321081a4e0f41da91" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cc5e6fa4a928efd46a107bd972" ON "unit_versions"  ("parent_id", "valid_from") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ed7863f127429824669c7496db" ON "unit_versions"  ("unit_id", "valid_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "people" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "code" citext, "full_name" text NOT NULL, "sex" text NOT NULL, "date_of_birth" date, "ethnicity" text, "religion" text, "hometown" text, "party_member" boolean NOT NULL DEFAULT false, "party_joined_on" date, "note" text, CONSTRAINT "PK_aa866e71353ee94c6cc51059c5b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "positions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "person_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "title" text NOT NULL, "started_on" date NOT NULL, "ended_on" date, "is_leader" boolean NOT NULL DEFAULT false, "staff_category" text NOT NULL, CONSTRAINT "PK_17e4e62ccd5749b289ae3fae6f3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4d7bfdb176679e8b15f36b52d3" ON "positions"  ("unit_id", "ended_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_641f6c7b18275b71797b905c5a" ON "positions"  ("person_id", "started_on") `,
    );
    await queryRunner.query(`ALTER TABLE "units" ADD "kind_id" uuid`);
    await queryRunner.query(`ALTER TABLE "units" ADD "tree" text`);
    await queryRunner.query(
      `ALTER TABLE "units" ADD "legal_person" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "units" ADD "address" text`);
    await queryRunner.query(`ALTER TABLE "units" ADD "phone" text`);
    await queryRunner.query(`ALTER TABLE "units" ADD "email" text`);
    await queryRunner.query(`ALTER TABLE "units" ADD "valid_from" date`);
    await queryRunner.query(`ALTER TABLE "units" ADD "valid_to" date`);
    await queryRunner.query(`ALTER TABLE "units" ADD "status" text NOT NULL DEFAULT 'ACTIVE'`);
    // Units created before kinds existed (the foundation's demo): roots become provinces, the rest sở.
    // The full kind catalog is kept in step with the code at every boot (OrgCatalogService).
    await queryRunner.query(
      `INSERT INTO "unit_kinds" ("code", "name", "tree", "allowed_parent_codes", "can_be_root", "legal_person_default", "sort_order", "is_system", "version") VALUES ('PROVINCE', 'Tỉnh, thành phố trực thuộc trung ương', 'GOVERNMENT', '{}', true, true, 0, true, 1), ('DEPARTMENT', 'Sở, ban, ngành và tương đương', 'GOVERNMENT', '{PROVINCE}', false, true, 1, true, 1)`,
    );
    await queryRunner.query(
      `UPDATE "units" u SET "kind_id" = k."id", "tree" = 'GOVERNMENT', "legal_person" = true, "valid_from" = u."created_at"::date FROM "unit_kinds" k WHERE k."code" = CASE WHEN u."parent_id" IS NULL THEN 'PROVINCE' ELSE 'DEPARTMENT' END`,
    );
    await queryRunner.query(`ALTER TABLE "units" ALTER COLUMN "kind_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "units" ALTER COLUMN "tree" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "units" ALTER COLUMN "valid_from" SET NOT NULL`);
    await queryRunner.query(
      `INSERT INTO "unit_versions" ("unit_id", "valid_from", "code", "name", "short_name", "parent_id") SELECT "id", "valid_from", "code", "name", "short_name", "parent_id" FROM "units"`,
    );
    // Accent-insensitive, ranked search over people (declared synchronize: false on the entity).
    await queryRunner.query(
      `CREATE UNIQUE INDEX "people_code_uq" ON "people"  ("code") WHERE code IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "people_search_trgm" ON "people" USING gin (thidua_fold("full_name") gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_31f0a487d9aa956117f82d1ab6" ON "units"  ("tree") `);
    await queryRunner.query(
      `ALTER TABLE "units" ADD CONSTRAINT "FK_53f36236d993855e7a04acf1f03" FOREIGN KEY ("kind_id") REFERENCES "unit_kinds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clusters" ADD CONSTRAINT "FK_d94934bfeb61b631d93b10d299d" FOREIGN KEY ("organizer_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_memberships" ADD CONSTRAINT "FK_22dc85b9693e0444fe7d36d0678" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_memberships" ADD CONSTRAINT "FK_61e0044af2b2205739249cc2dc5" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_leaderships" ADD CONSTRAINT "FK_d151c5ee72d68a44d48a26a657e" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_leaderships" ADD CONSTRAINT "FK_a222864699ff5d53a5400a90767" FOREIGN KEY ("lead_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_leaderships" ADD CONSTRAINT "FK_cbefa7c91b90e4847fa1525689a" FOREIGN KEY ("deputy_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_lineage" ADD CONSTRAINT "FK_e3d77e0d38f0087ca9db21d2826" FOREIGN KEY ("predecessor_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_lineage" ADD CONSTRAINT "FK_71e1b4588da36a22ca3af9719ea" FOREIGN KEY ("successor_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_lineage" ADD CONSTRAINT "FK_97c15cdb12808e8b9187f97fdc1" FOREIGN KEY ("restructuring_id") REFERENCES "restructurings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_links" ADD CONSTRAINT "FK_1e792f1619700a29724619afa07" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_links" ADD CONSTRAINT "FK_60cd95d03c5d626f6215e59bcb6" FOREIGN KEY ("counterpart_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_versions" ADD CONSTRAINT "FK_89c8a5a39617c04883757b1777a" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_versions" ADD CONSTRAINT "FK_67bb2f92878b09f7e8bed508fbe" FOREIGN KEY ("parent_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "positions" ADD CONSTRAINT "FK_6981195597853149b41bdaa5dd4" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "positions" ADD CONSTRAINT "FK_b9d6de5429943d29147024bfe2f" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "people_search_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."people_code_uq"`);
    await queryRunner.query(
      `ALTER TABLE "positions" DROP CONSTRAINT "FK_b9d6de5429943d29147024bfe2f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "positions" DROP CONSTRAINT "FK_6981195597853149b41bdaa5dd4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_versions" DROP CONSTRAINT "FK_67bb2f92878b09f7e8bed508fbe"`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_versions" DROP CONSTRAINT "FK_89c8a5a39617c04883757b1777a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_links" DROP CONSTRAINT "FK_60cd95d03c5d626f6215e59bcb6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_links" DROP CONSTRAINT "FK_1e792f1619700a29724619afa07"`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_lineage" DROP CONSTRAINT "FK_97c15cdb12808e8b9187f97fdc1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_lineage" DROP CONSTRAINT "FK_71e1b4588da36a22ca3af9719ea"`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_lineage" DROP CONSTRAINT "FK_e3d77e0d38f0087ca9db21d2826"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_leaderships" DROP CONSTRAINT "FK_cbefa7c91b90e4847fa1525689a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_leaderships" DROP CONSTRAINT "FK_a222864699ff5d53a5400a90767"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_leaderships" DROP CONSTRAINT "FK_d151c5ee72d68a44d48a26a657e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_memberships" DROP CONSTRAINT "FK_61e0044af2b2205739249cc2dc5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_memberships" DROP CONSTRAINT "FK_22dc85b9693e0444fe7d36d0678"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clusters" DROP CONSTRAINT "FK_d94934bfeb61b631d93b10d299d"`,
    );
    await queryRunner.query(`ALTER TABLE "units" DROP CONSTRAINT "FK_53f36236d993855e7a04acf1f03"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_31f0a487d9aa956117f82d1ab6"`);
    await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "valid_to"`);
    await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "valid_from"`);
    await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "email"`);
    await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "phone"`);
    await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "address"`);
    await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "legal_person"`);
    await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "tree"`);
    await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "kind_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_641f6c7b18275b71797b905c5a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d7bfdb176679e8b15f36b52d3"`);
    await queryRunner.query(`DROP TABLE "positions"`);
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ed7863f127429824669c7496db"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cc5e6fa4a928efd46a107bd972"`);
    await queryRunner.query(`DROP TABLE "unit_versions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9f779051fc811617f2fa351be4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_60cd95d03c5d626f6215e59bcb"`);
    await queryRunner.query(`DROP TABLE "unit_links"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_71e1b4588da36a22ca3af9719e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e3d77e0d38f0087ca9db21d282"`);
    await queryRunner.query(`DROP TABLE "unit_lineage"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c63228c5469c75c6f61218501c"`);
    await queryRunner.query(`DROP TABLE "restructurings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c5c541cfcf9c9a118d0630fbc9"`);
    await queryRunner.query(`DROP TABLE "cluster_leaderships"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ffdf1ca4ab46b1a93efced11fe"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_61e0044af2b2205739249cc2dc"`);
    await queryRunner.query(`DROP TABLE "cluster_memberships"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d94934bfeb61b631d93b10d299"`);
    await queryRunner.query(`DROP TABLE "clusters"`);
    await queryRunner.query(`DROP TABLE "unit_kinds"`);
  }
}
