import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Excel imports: background jobs with progress, import batches and their previewed rows. Generated. */

export class Imports1795334888008 implements MigrationInterface {
  name = 'Imports1795334888008';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "jobs" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "status" text NOT NULL DEFAULT 'QUEUED', "progress" integer NOT NULL DEFAULT '0', "total" integer NOT NULL DEFAULT '0', "message" text, "error" text, "started_at" TIMESTAMP(3) WITH TIME ZONE, "finished_at" TIMESTAMP(3) WITH TIME ZONE, "actor_type" text NOT NULL, "actor_id" uuid, CONSTRAINT "PK_cf0a6c42b72fcc7f7c237def345" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c2130d1d7e7f4408202a36e4f1" ON "jobs"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "import_batches" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "file_name" text NOT NULL, "status" text NOT NULL DEFAULT 'PREVIEW', "row_count" integer NOT NULL DEFAULT '0', "error_count" integer NOT NULL DEFAULT '0', "create_count" integer NOT NULL DEFAULT '0', "update_count" integer NOT NULL DEFAULT '0', "unchanged_count" integer NOT NULL DEFAULT '0', "ignored_headers" text array NOT NULL DEFAULT '{}', "job_id" uuid, "actor_type" text NOT NULL, "actor_id" uuid, CONSTRAINT "PK_6162597a2576c03e04bb2c1a2dd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_31708db2b1d7af2aa68d79a4db" ON "import_batches"  ("actor_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "import_rows" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "batch_id" uuid NOT NULL, "row_number" integer NOT NULL, "action" text NOT NULL, "cells" text array NOT NULL, "problems" text array NOT NULL DEFAULT '{}', "data" jsonb NOT NULL, CONSTRAINT "PK_45b442c5ced30d539ba20c3ec32" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_00ce9b08fdbc6c266350e00c75" ON "import_rows"  ("batch_id", "row_number") `,
    );
    await queryRunner.query(
      `ALTER TABLE "import_batches" ADD CONSTRAINT "FK_02ce056bdc6dc4eb6c274961e45" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_rows" ADD CONSTRAINT "FK_73fa592a1cb50af7896b58172e5" FOREIGN KEY ("batch_id") REFERENCES "import_batches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "import_rows" DROP CONSTRAINT "FK_73fa592a1cb50af7896b58172e5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_batches" DROP CONSTRAINT "FK_02ce056bdc6dc4eb6c274961e45"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_00ce9b08fdbc6c266350e00c75"`);
    await queryRunner.query(`DROP TABLE "import_rows"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_31708db2b1d7af2aa68d79a4db"`);
    await queryRunner.query(`DROP TABLE "import_batches"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c2130d1d7e7f4408202a36e4f1"`);
    await queryRunner.query(`DROP TABLE "jobs"`);
  }
}
