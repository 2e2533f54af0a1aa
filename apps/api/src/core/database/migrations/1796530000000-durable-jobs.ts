import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Jobs become a durable queue (ADR 0011): the payload and the attempts live in the row, workers claim
 * due rows with `FOR UPDATE SKIP LOCKED` through a partial index (only queued rows), and a heartbeat
 * tells a live worker from one that died. Existing rows have ended (the old runner failed unfinished
 * jobs at boot), so the defaults suit them.
 */
export class DurableJobs1796530000000 implements MigrationInterface {
  name = 'DurableJobs1796530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "jobs" ADD "payload" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "jobs" ADD "attempts" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "jobs" ADD "max_attempts" integer NOT NULL DEFAULT '3'`);
    await queryRunner.query(
      `ALTER TABLE "jobs" ADD "run_after" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`ALTER TABLE "jobs" ADD "locked_by" text`);
    await queryRunner.query(`ALTER TABLE "jobs" ADD "heartbeat_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "jobs" ADD "cancel_requested" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `CREATE INDEX "jobs_queued_due" ON "jobs"  ("run_after", "created_at") WHERE status = 'QUEUED'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."jobs_queued_due"`);
    for (const column of [
      'cancel_requested',
      'heartbeat_at',
      'locked_by',
      'run_after',
      'max_attempts',
      'attempts',
      'payload',
    ]) {
      await queryRunner.query(`ALTER TABLE "jobs" DROP COLUMN "${column}"`);
    }
  }
}
