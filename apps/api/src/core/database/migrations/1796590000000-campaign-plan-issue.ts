import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CampaignPlanIssue1796590000000 implements MigrationInterface {
  name = 'CampaignPlanIssue1796590000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign_plans" ADD "return_reason" text`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" ADD "number" integer`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" ADD "symbol" text`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" ADD "issued_on" date`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" ADD "issue_place" text`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" ADD "signer" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign_plans" DROP COLUMN "signer"`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" DROP COLUMN "issue_place"`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" DROP COLUMN "issued_on"`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" DROP COLUMN "symbol"`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" DROP COLUMN "number"`);
    await queryRunner.query(`ALTER TABLE "campaign_plans" DROP COLUMN "return_reason"`);
  }
}
