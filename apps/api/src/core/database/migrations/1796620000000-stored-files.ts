import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored files (architecture rule 12, ADR 0015): content-addressed bytes in the database, so one
 * pg_dump backs up data and files together. The checks hold what no code path may get wrong: the key
 * is the SHA-256 of the content, the size its length and within the 10 MB bound. Generated.
 */
export class StoredFiles1796620000000 implements MigrationInterface {
  name = 'StoredFiles1796620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stored_files" ("sha256" text NOT NULL, "media_type" text NOT NULL, "size" integer NOT NULL, "content" bytea NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stored_files_size" CHECK (size >= 1 AND size <= 10485760 AND size = octet_length(content)), CONSTRAINT "stored_files_content_hash" CHECK (sha256 = encode(sha256(content), 'hex')), CONSTRAINT "stored_files_sha256_hex" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "PK_9ef8411820266b4d0407075acd9" PRIMARY KEY ("sha256"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "stored_files"`);
  }
}
