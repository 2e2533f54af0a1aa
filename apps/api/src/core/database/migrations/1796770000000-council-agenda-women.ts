import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The women's priority in a council's ranking (NĐ 152/2025 Điều 4 k.6): each agenda item keeps, as of
 * the day it was put on the agenda, the individual's sex and the collective's share of women, which
 * the ranking over the quota reads. Items already on an agenda stay null (no priority claimed).
 */
export class CouncilAgendaWomen1796770000000 implements MigrationInterface {
  name = 'CouncilAgendaWomen1796770000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "council_agenda_items" ADD "female" boolean`);
    await queryRunner.query(
      `ALTER TABLE "council_agenda_items" ADD "women_share" double precision`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "council_agenda_items" DROP COLUMN "women_share"`);
    await queryRunner.query(`ALTER TABLE "council_agenda_items" DROP COLUMN "female"`);
  }
}
