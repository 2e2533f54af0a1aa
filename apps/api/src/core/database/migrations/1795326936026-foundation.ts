import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Foundation: extensions, units (minimal), identity, audit. Generated from the entities, then the
 * parts TypeORM cannot express were added by hand (marked with comments). */

export class Foundation1795326936026 implements MigrationInterface {
  name = 'Foundation1795326936026';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Extensions every later module relies on (hierarchy, accent-folded search, case-insensitive text, uuids).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "uuid-ossp"`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "ltree"`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "pg_trgm"`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "unaccent"`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "citext"`);
    // Vietnamese accent folding ("Nguyễn Văn Ánh" -> "nguyen van anh"), IMMUTABLE so it can be indexed.
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION thidua_fold(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, input)) $$`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "actor_type" text NOT NULL, "actor_id" uuid, "actor_name" text NOT NULL, "acting_unit_id" uuid, "operation" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text, "changes" jsonb NOT NULL, "request_id" text, "ip_address" text, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c36612d0fbfad5bd75c57a10f4" ON "audit_log"  ("created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e41e61d621f53f69aa15c5241d" ON "audit_log"  ("actor_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_43fef0ec7f613c19c612fffe62" ON "audit_log"  ("entity_type", "entity_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "units" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "code" citext NOT NULL, "name" text NOT NULL, "short_name" text, "parent_id" uuid, "path" ltree NOT NULL, "depth" integer NOT NULL, CONSTRAINT "UQ_47635c1ab22d02fc3ebae3608b8" UNIQUE ("code"), CONSTRAINT "PK_5a8f2f064919b587d93936cb223" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e0d04b0849a3cde857ececa8ad" ON "units"  ("parent_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "api_clients" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "name" text NOT NULL, "description" text, "unit_id" uuid NOT NULL, "key_prefix" text NOT NULL, "secret_hash" text NOT NULL, "status" text NOT NULL DEFAULT 'ACTIVE', "last_used_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, "created_by_id" uuid, CONSTRAINT "UQ_653446d7976d179a65116253bfe" UNIQUE ("key_prefix"), CONSTRAINT "PK_ef2d5ef0eb5e9a6ddc67cfa310e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8fa7e8ab68cb4e5af2486baa31" ON "api_clients"  ("unit_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "login_attempts" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "username" citext NOT NULL, "ip_address" text, "succeeded" boolean NOT NULL, CONSTRAINT "PK_070e613c8f768b1a70742705c5b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c31c455f4a8c274dbd46a498b4" ON "login_attempts"  ("ip_address", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_413defccd5b8833face9f17d65" ON "login_attempts"  ("username", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "roles" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "code" citext NOT NULL, "name" text NOT NULL, "description" text, "permissions" text array NOT NULL DEFAULT '{}', "is_system" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_f6d54f95c31b73fb1bdd8e91d0c" UNIQUE ("code"), CONSTRAINT "PK_c1433d71a4838793a49dcad46ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "username" citext NOT NULL, "full_name" text NOT NULL, "email" citext, "unit_id" uuid NOT NULL, "password_hash" text NOT NULL, "status" text NOT NULL DEFAULT 'ACTIVE', "must_change_password" boolean NOT NULL DEFAULT false, "last_login_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b94ecc6be926a5d23aa7791ec8" ON "users"  ("unit_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "role_assignments" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "role_id" uuid NOT NULL, "unit_id" uuid, "user_id" uuid, "api_client_id" uuid, CONSTRAINT "role_assignments_one_holder" CHECK (num_nonnulls(user_id, api_client_id) = 1), CONSTRAINT "PK_fc2df9835ac1d2a34839f113783" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a6cf1662cf8f40a90e5d6d9178" ON "role_assignments"  ("unit_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "role_assignments_client_global_uq" ON "role_assignments"  ("api_client_id", "role_id") WHERE api_client_id IS NOT NULL AND unit_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "role_assignments_client_unit_uq" ON "role_assignments"  ("api_client_id", "role_id", "unit_id") WHERE api_client_id IS NOT NULL AND unit_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "role_assignments_user_global_uq" ON "role_assignments"  ("user_id", "role_id") WHERE user_id IS NOT NULL AND unit_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "role_assignments_user_unit_uq" ON "role_assignments"  ("user_id", "role_id", "unit_id") WHERE user_id IS NOT NULL AND unit_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "max_expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, "ip_address" text, "user_agent" text, CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_085d540d9f418cfbdc7bd55bb1" ON "sessions"  ("user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "api_clients" ADD CONSTRAINT "FK_8fa7e8ab68cb4e5af2486baa31b" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_b94ecc6be926a5d23aa7791ec8a" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignments" ADD CONSTRAINT "FK_a0268fc16c3777758f7683a4401" FOREIGN KEY ("role_id") REFERENCES "roles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignments" ADD CONSTRAINT "FK_a6cf1662cf8f40a90e5d6d91788" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignments" ADD CONSTRAINT "FK_d91c8ac0c10fd8c6acdcc5ee946" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignments" ADD CONSTRAINT "FK_a500c220be16c3a97c2559618d1" FOREIGN KEY ("api_client_id") REFERENCES "api_clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The audit log is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION thidua_audit_log_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only (% rejected)', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION thidua_audit_log_immutable()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION thidua_audit_log_immutable()`,
    );
    // Indexes TypeORM cannot describe (declared with synchronize: false on the entities).
    await queryRunner.query(`CREATE INDEX "unit_path_gist" ON "units" USING gist ("path")`);
    await queryRunner.query(
      `CREATE INDEX "unit_search_trgm" ON "units" USING gin (thidua_fold("name" || ' ' || "code") gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "users_search_trgm" ON "users" USING gin (thidua_fold("full_name" || ' ' || "username" || ' ' || coalesce("email", '')) gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "users_search_trgm"`);
    await queryRunner.query(`DROP INDEX "unit_search_trgm"`);
    await queryRunner.query(`DROP INDEX "unit_path_gist"`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_update_delete ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION thidua_audit_log_immutable()`);
    await queryRunner.query(
      `ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignments" DROP CONSTRAINT "FK_a500c220be16c3a97c2559618d1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignments" DROP CONSTRAINT "FK_d91c8ac0c10fd8c6acdcc5ee946"`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignments" DROP CONSTRAINT "FK_a6cf1662cf8f40a90e5d6d91788"`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignments" DROP CONSTRAINT "FK_a0268fc16c3777758f7683a4401"`,
    );
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_b94ecc6be926a5d23aa7791ec8a"`);
    await queryRunner.query(
      `ALTER TABLE "api_clients" DROP CONSTRAINT "FK_8fa7e8ab68cb4e5af2486baa31b"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_085d540d9f418cfbdc7bd55bb1"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."role_assignments_user_unit_uq"`);
    await queryRunner.query(`DROP INDEX "public"."role_assignments_user_global_uq"`);
    await queryRunner.query(`DROP INDEX "public"."role_assignments_client_unit_uq"`);
    await queryRunner.query(`DROP INDEX "public"."role_assignments_client_global_uq"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a6cf1662cf8f40a90e5d6d9178"`);
    await queryRunner.query(`DROP TABLE "role_assignments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b94ecc6be926a5d23aa7791ec8"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "roles"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_413defccd5b8833face9f17d65"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c31c455f4a8c274dbd46a498b4"`);
    await queryRunner.query(`DROP TABLE "login_attempts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8fa7e8ab68cb4e5af2486baa31"`);
    await queryRunner.query(`DROP TABLE "api_clients"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e0d04b0849a3cde857ececa8ad"`);
    await queryRunner.query(`DROP TABLE "units"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_43fef0ec7f613c19c612fffe62"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e41e61d621f53f69aa15c5241d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c36612d0fbfad5bd75c57a10f4"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP FUNCTION thidua_fold(text)`);
  }
}
