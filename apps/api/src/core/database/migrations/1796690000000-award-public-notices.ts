import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Công khai danh sách đề nghị khen thưởng (issue 11, "Public notice"; ADR 0021):
 * `award_public_notices` (a dossier's list as published, frozen, with its period in working days)
 * and `award_notice_comments` (góp ý, khiếu nại, tố cáo from the public page, their handling),
 * generated from the entities, plus what TypeORM cannot declare: at most one OPEN notice per dossier
 * (a partial unique index; a closed one stays as history when the list is published again).
 */
export class AwardPublicNotices1796690000000 implements MigrationInterface {
  name = 'AwardPublicNotices1796690000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "award_public_notices" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "dossier_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "unit_name" text NOT NULL, "title" text NOT NULL, "required" boolean NOT NULL, "working_days" integer NOT NULL, "articles" text array NOT NULL DEFAULT '{}', "starts_on" date NOT NULL, "ends_on" date NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "published_by_id" uuid, "published_by_name" text NOT NULL, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "closed_by_name" text, "nominees" jsonb NOT NULL, "nominee_names" text NOT NULL DEFAULT '', CONSTRAINT "PK_432e81ab08294ed6fb4d90b399a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bf457eee2401132cfa063a6c70" ON "award_public_notices"  ("status", "ends_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_53da8726770be7decbacef270f" ON "award_public_notices"  ("dossier_id", "published_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "award_notice_comments" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "notice_id" uuid NOT NULL, "nominee_position" integer, "nominee_label" text, "kind" text NOT NULL, "author_name" text, "contact" text, "text" text NOT NULL, "received_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ip_hash" text NOT NULL, "outcome" text, "handling" text, "handled_at" TIMESTAMP(3) WITH TIME ZONE, "handled_by_id" uuid, "handled_by_name" text, CONSTRAINT "PK_5311af0832807a423bd314074b5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3f68095cb6f666ed3103023a2d" ON "award_notice_comments"  ("notice_id", "ip_hash", "received_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_754d9394e569c547a5ad675eaf" ON "award_notice_comments"  ("notice_id", "received_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "award_public_notices" ADD CONSTRAINT "FK_0393fdda4338342f322ae56bbbe" FOREIGN KEY ("dossier_id") REFERENCES "award_dossiers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_public_notices" ADD CONSTRAINT "FK_ae0617716a870b192d81102cdec" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_notice_comments" ADD CONSTRAINT "FK_9776627f2622fdc0461a81b42e6" FOREIGN KEY ("notice_id") REFERENCES "award_public_notices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // hand-written: one running (or scheduled) notice per dossier; the dossier row lock already
    // serialises publications, this keeps it true for any other writer
    await queryRunner.query(
      `CREATE UNIQUE INDEX "award_public_notices_open_uq" ON "award_public_notices" ("dossier_id") WHERE status = 'OPEN'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "award_public_notices_open_uq"`);
    await queryRunner.query(
      `ALTER TABLE "award_notice_comments" DROP CONSTRAINT "FK_9776627f2622fdc0461a81b42e6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_public_notices" DROP CONSTRAINT "FK_ae0617716a870b192d81102cdec"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_public_notices" DROP CONSTRAINT "FK_0393fdda4338342f322ae56bbbe"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_754d9394e569c547a5ad675eaf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3f68095cb6f666ed3103023a2d"`);
    await queryRunner.query(`DROP TABLE "award_notice_comments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_53da8726770be7decbacef270f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bf457eee2401132cfa063a6c70"`);
    await queryRunner.query(`DROP TABLE "award_public_notices"`);
  }
}
