import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12, councils part 1: `councils` (one active per unit, one per cụm/khối at its leading unit:
 * partial unique indexes on the active rows), `council_members` (composition over time, inclusive
 * dates), `council_sessions` with their members on the day (`council_session_members`, attendance
 * kept on the row), guests and agenda items (a snapshot of each appraised nominee; the nomination
 * link is set to null if the nominee is later removed from its dossier, the snapshot stays).
 */

export class Councils1796710000000 implements MigrationInterface {
  name = 'Councils1796710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "councils" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "unit_id" uuid NOT NULL, "cluster_id" uuid, "name" text NOT NULL, "standing_unit_id" uuid, "decision_number" text, "decision_date" date, "decision_text" text, "quorum_share" double precision NOT NULL DEFAULT '0.6666666666666666', "award_presence_share" double precision, "proxies_allowed" boolean NOT NULL DEFAULT false, "ended_on" date, CONSTRAINT "councils_award_presence_share" CHECK (award_presence_share IS NULL OR (award_presence_share > 0 AND award_presence_share <= 1)), CONSTRAINT "councils_quorum_share" CHECK (quorum_share > 0 AND quorum_share <= 1), CONSTRAINT "PK_4966fa6c4948bab2ea3e31e054d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_edebcbb20e1343917f7566e3c8" ON "councils"  ("unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5a368831aa86392baf2b003829" ON "councils"  ("cluster_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5f034498ce6f427ef3f4a8488f" ON "councils"  ("standing_unit_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "councils_cluster_active_uq" ON "councils"  ("cluster_id") WHERE cluster_id IS NOT NULL AND ended_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "councils_unit_active_uq" ON "councils"  ("unit_id") WHERE cluster_id IS NULL AND ended_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "council_members" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "council_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" text NOT NULL, "title" text NOT NULL, "from_date" date NOT NULL, "to_date" date, "user_id" uuid, CONSTRAINT "council_members_dates" CHECK (to_date IS NULL OR to_date >= from_date), CONSTRAINT "council_members_role" CHECK (role IN ('CHU_TICH', 'PHO_CHU_TICH', 'UY_VIEN', 'UY_VIEN_THU_KY')), CONSTRAINT "PK_0e8d377df62ee2d6b264be4cf2d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b423c6aa9223cf3b6337942521" ON "council_members"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_943e36e70f3cb4dafa4be4b833" ON "council_members"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_93693b4ce1bd3f5d27c08a48b2" ON "council_members"  ("council_id", "from_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_sessions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "council_id" uuid NOT NULL, "title" text NOT NULL, "kind" text NOT NULL, "date" date NOT NULL, "start_time" text, "place" text, "chair_member_id" uuid, "secretary_member_id" uuid, "award_round_id" uuid, "status" text NOT NULL DEFAULT 'PLANNED', "started_at" TIMESTAMP(3) WITH TIME ZONE, "note" text, CONSTRAINT "council_sessions_status" CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'CLOSED', 'SIGNED')), CONSTRAINT "council_sessions_kind" CHECK (kind IN ('AWARD', 'OTHER')), CONSTRAINT "PK_b5e0a4b375f8df6790be056f341" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f82de01b47724d17a212186f40" ON "council_sessions"  ("chair_member_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ce027d1c47d6994cedde8b2cee" ON "council_sessions"  ("secretary_member_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5010d8a5e17a4fff26e49eed2e" ON "council_sessions"  ("award_round_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9977f04e694b0c3ffb933aa7a2" ON "council_sessions"  ("council_id", "date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_session_members" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "session_id" uuid NOT NULL, "member_id" uuid NOT NULL, "position" integer NOT NULL, "person_name" text NOT NULL, "role" text NOT NULL, "title" text NOT NULL, "attendance" text, "written_opinion" text, "proxy_member_id" uuid, CONSTRAINT "council_session_members_attendance" CHECK (attendance IS NULL OR attendance IN ('PRESENT', 'ABSENT_WRITTEN', 'ABSENT', 'PROXY')), CONSTRAINT "PK_551233fe0c79af1e26aea70a208" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2f03479f69f32befc1cb76c768" ON "council_session_members"  ("member_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_77c6f77a4e1b378c5d0e88bc9f" ON "council_session_members"  ("session_id", "member_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_session_guests" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "session_id" uuid NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "title" text, CONSTRAINT "PK_d6d9727a91bfc57c4d3c51837a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f2bb4538a1f831f38a251918f4" ON "council_session_guests"  ("session_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_agenda_items" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "session_id" uuid NOT NULL, "position" integer NOT NULL, "nomination_id" uuid, "subject" text NOT NULL, "candidate_name" text NOT NULL, "award_code" text, "award_name" text NOT NULL, "proposing_unit_id" uuid NOT NULL, "proposing_unit_name" text NOT NULL, "rule_version_id" uuid, "vote_required" boolean NOT NULL DEFAULT false, "threshold" double precision, CONSTRAINT "council_agenda_items_threshold" CHECK (threshold IS NULL OR (threshold > 0 AND threshold <= 1)), CONSTRAINT "PK_0a44a520048329645c1cea1d210" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3e3ba6fe4c0c5a6faae24841de" ON "council_agenda_items"  ("nomination_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "council_agenda_items_nomination_uq" ON "council_agenda_items"  ("session_id", "nomination_id") WHERE nomination_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_116caf395e3f15b6d84aeb13bf" ON "council_agenda_items"  ("session_id", "position") `,
    );
    await queryRunner.query(
      `ALTER TABLE "councils" ADD CONSTRAINT "FK_edebcbb20e1343917f7566e3c8e" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "councils" ADD CONSTRAINT "FK_5a368831aa86392baf2b003829e" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "councils" ADD CONSTRAINT "FK_5f034498ce6f427ef3f4a8488f0" FOREIGN KEY ("standing_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_members" ADD CONSTRAINT "FK_413d05dc3c381a6de7f1e672122" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_members" ADD CONSTRAINT "FK_b423c6aa9223cf3b63379425218" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_members" ADD CONSTRAINT "FK_943e36e70f3cb4dafa4be4b833d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_sessions" ADD CONSTRAINT "FK_6000b0884c68e61ec80da6335c3" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_sessions" ADD CONSTRAINT "FK_f82de01b47724d17a212186f406" FOREIGN KEY ("chair_member_id") REFERENCES "council_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_sessions" ADD CONSTRAINT "FK_ce027d1c47d6994cedde8b2ceeb" FOREIGN KEY ("secretary_member_id") REFERENCES "council_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_sessions" ADD CONSTRAINT "FK_5010d8a5e17a4fff26e49eed2e1" FOREIGN KEY ("award_round_id") REFERENCES "award_rounds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_session_members" ADD CONSTRAINT "FK_30cacd59e33527bffc09cd64960" FOREIGN KEY ("session_id") REFERENCES "council_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_session_members" ADD CONSTRAINT "FK_2f03479f69f32befc1cb76c7684" FOREIGN KEY ("member_id") REFERENCES "council_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_session_members" ADD CONSTRAINT "FK_4ff449daf40748bafe1b59ff1c2" FOREIGN KEY ("proxy_member_id") REFERENCES "council_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_session_guests" ADD CONSTRAINT "FK_22a33da7adcae734216a65f946f" FOREIGN KEY ("session_id") REFERENCES "council_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_agenda_items" ADD CONSTRAINT "FK_5d1f7bbef77f5b4bfee6bf69276" FOREIGN KEY ("session_id") REFERENCES "council_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_agenda_items" ADD CONSTRAINT "FK_3e3ba6fe4c0c5a6faae24841de4" FOREIGN KEY ("nomination_id") REFERENCES "award_nominations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_agenda_items" ADD CONSTRAINT "FK_bd8bb3b0d198a7ab7ea337dab03" FOREIGN KEY ("proposing_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "council_agenda_items" DROP CONSTRAINT "FK_bd8bb3b0d198a7ab7ea337dab03"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_agenda_items" DROP CONSTRAINT "FK_3e3ba6fe4c0c5a6faae24841de4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_agenda_items" DROP CONSTRAINT "FK_5d1f7bbef77f5b4bfee6bf69276"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_session_guests" DROP CONSTRAINT "FK_22a33da7adcae734216a65f946f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_session_members" DROP CONSTRAINT "FK_4ff449daf40748bafe1b59ff1c2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_session_members" DROP CONSTRAINT "FK_2f03479f69f32befc1cb76c7684"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_session_members" DROP CONSTRAINT "FK_30cacd59e33527bffc09cd64960"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_sessions" DROP CONSTRAINT "FK_5010d8a5e17a4fff26e49eed2e1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_sessions" DROP CONSTRAINT "FK_ce027d1c47d6994cedde8b2ceeb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_sessions" DROP CONSTRAINT "FK_f82de01b47724d17a212186f406"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_sessions" DROP CONSTRAINT "FK_6000b0884c68e61ec80da6335c3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_members" DROP CONSTRAINT "FK_943e36e70f3cb4dafa4be4b833d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_members" DROP CONSTRAINT "FK_b423c6aa9223cf3b63379425218"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_members" DROP CONSTRAINT "FK_413d05dc3c381a6de7f1e672122"`,
    );
    await queryRunner.query(
      `ALTER TABLE "councils" DROP CONSTRAINT "FK_5f034498ce6f427ef3f4a8488f0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "councils" DROP CONSTRAINT "FK_5a368831aa86392baf2b003829e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "councils" DROP CONSTRAINT "FK_edebcbb20e1343917f7566e3c8e"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_116caf395e3f15b6d84aeb13bf"`);
    await queryRunner.query(`DROP INDEX "public"."council_agenda_items_nomination_uq"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3e3ba6fe4c0c5a6faae24841de"`);
    await queryRunner.query(`DROP TABLE "council_agenda_items"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f2bb4538a1f831f38a251918f4"`);
    await queryRunner.query(`DROP TABLE "council_session_guests"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_77c6f77a4e1b378c5d0e88bc9f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2f03479f69f32befc1cb76c768"`);
    await queryRunner.query(`DROP TABLE "council_session_members"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9977f04e694b0c3ffb933aa7a2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5010d8a5e17a4fff26e49eed2e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ce027d1c47d6994cedde8b2cee"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f82de01b47724d17a212186f40"`);
    await queryRunner.query(`DROP TABLE "council_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_93693b4ce1bd3f5d27c08a48b2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_943e36e70f3cb4dafa4be4b833"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b423c6aa9223cf3b6337942521"`);
    await queryRunner.query(`DROP TABLE "council_members"`);
    await queryRunner.query(`DROP INDEX "public"."councils_unit_active_uq"`);
    await queryRunner.query(`DROP INDEX "public"."councils_cluster_active_uq"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5f034498ce6f427ef3f4a8488f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5a368831aa86392baf2b003829"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_edebcbb20e1343917f7566e3c8"`);
    await queryRunner.query(`DROP TABLE "councils"`);
  }
}
