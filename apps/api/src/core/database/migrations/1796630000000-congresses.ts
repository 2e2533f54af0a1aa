import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Congresses1796630000000 implements MigrationInterface {
  name = 'Congresses1796630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "congresses" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "plan_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "unit_path" ltree NOT NULL, "level" text NOT NULL, "name" text NOT NULL, "form" text NOT NULL, "window_from" date NOT NULL, "window_to" date NOT NULL, "held_on" date, "duration" text, "venue" text, "delegate_target" integer, "requirements" jsonb NOT NULL DEFAULT '[]', "agenda" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'PLANNED', "upper_congress_id" uuid, CONSTRAINT "PK_b6e7836d69d8ab292ac45c7bbbb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3acc5a08048916633a517c3589" ON "congresses"  ("unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_633ad486e4e335d0b55b35f697" ON "congresses"  ("status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_690201fa02955efe89b6eb290f" ON "congresses"  ("upper_congress_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6d2caa069ac6f69351ce133550" ON "congresses"  ("plan_id", "window_from", "id") `,
    );
    // the host's subtree decides who reads a congress (whereInScope: `unit_path <@ ANY(…)`)
    await queryRunner.query(
      `CREATE INDEX "congresses_unit_path" ON "congresses" USING GIST ("unit_path")`,
    );
    await queryRunner.query(
      `CREATE TABLE "congress_delegates" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "congress_id" uuid NOT NULL, "person_id" uuid NOT NULL, "sector" text, "direct_worker" boolean NOT NULL DEFAULT false, "to_upper" boolean NOT NULL DEFAULT false, "position" integer NOT NULL, CONSTRAINT "PK_db1900db4302b3d347df826d190" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a58a3ec2806b8ecb259839eda6" ON "congress_delegates"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_626f78019b2bac27ad3ea009ef" ON "congress_delegates"  ("congress_id", "person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4ae54a20c7b5e1f9c2d8c19343" ON "congress_delegates"  ("congress_id", "position") `,
    );
    await queryRunner.query(
      `ALTER TABLE "congresses" ADD CONSTRAINT "FK_b21583b359b1f915af22061e33c" FOREIGN KEY ("plan_id") REFERENCES "campaign_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "congresses" ADD CONSTRAINT "FK_3acc5a08048916633a517c3589d" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "congresses" ADD CONSTRAINT "FK_690201fa02955efe89b6eb290f2" FOREIGN KEY ("upper_congress_id") REFERENCES "congresses"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "congress_delegates" ADD CONSTRAINT "FK_855f51a2c446e93429d1c64044f" FOREIGN KEY ("congress_id") REFERENCES "congresses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "congress_delegates" ADD CONSTRAINT "FK_a58a3ec2806b8ecb259839eda60" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "congress_delegates" DROP CONSTRAINT "FK_a58a3ec2806b8ecb259839eda60"`,
    );
    await queryRunner.query(
      `ALTER TABLE "congress_delegates" DROP CONSTRAINT "FK_855f51a2c446e93429d1c64044f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "congresses" DROP CONSTRAINT "FK_690201fa02955efe89b6eb290f2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "congresses" DROP CONSTRAINT "FK_3acc5a08048916633a517c3589d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "congresses" DROP CONSTRAINT "FK_b21583b359b1f915af22061e33c"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_4ae54a20c7b5e1f9c2d8c19343"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_626f78019b2bac27ad3ea009ef"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a58a3ec2806b8ecb259839eda6"`);
    await queryRunner.query(`DROP TABLE "congress_delegates"`);
    await queryRunner.query(`DROP INDEX "public"."congresses_unit_path"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6d2caa069ac6f69351ce133550"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_690201fa02955efe89b6eb290f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_633ad486e4e335d0b55b35f697"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3acc5a08048916633a517c3589"`);
    await queryRunner.query(`DROP TABLE "congresses"`);
  }
}
