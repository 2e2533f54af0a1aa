import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, searching the dossier lists by a nominee's name: the words of every nominee's name kept on
 * the dossier (`nominee_words`, GIN), written by statement triggers on `award_nominations` (each write
 * path, the services' and a bulk load's, keeps it current; one UPDATE per statement for the dossiers it
 * touched). Matching the nominations first and joining their dossiers read the nominations' wide rows
 * (their stored explanations) for every match: "Nguyễn" in an inbox of 9,947 dossiers found 15,251
 * nominees on 2,809 heap pages, 36–74 ms for the page and its count (bench/awards).
 */
export class AwardDossierNomineeWords1796706000000 implements MigrationInterface {
  name = 'AwardDossierNomineeWords1796706000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "award_dossiers" ADD "nominee_words" tsvector`);
    await queryRunner.query(
      `CREATE FUNCTION thidua_award_dossier_words(ids uuid[]) RETURNS void LANGUAGE sql AS $$
         UPDATE award_dossiers d
            SET nominee_words = (SELECT to_tsvector('simple', thidua_words(string_agg(n.name, ' ')))
                                   FROM award_nominations n WHERE n.dossier_id = d.id)
          WHERE d.id = ANY(ids) $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION thidua_award_nominations_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM thidua_award_dossier_words(ARRAY(SELECT DISTINCT dossier_id FROM changed));
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION thidua_award_nominations_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         -- verdicts and edits of other fields leave the words alone: only a changed name counts
         PERFORM thidua_award_dossier_words(ARRAY(
           SELECT DISTINCT n.dossier_id FROM changed n JOIN previous o ON o.id = n.id
            WHERE n.name IS DISTINCT FROM o.name OR n.dossier_id IS DISTINCT FROM o.dossier_id
           UNION SELECT o.dossier_id FROM changed n JOIN previous o ON o.id = n.id
            WHERE n.dossier_id IS DISTINCT FROM o.dossier_id));
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER award_nominations_words_insert AFTER INSERT ON award_nominations
         REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
         EXECUTE FUNCTION thidua_award_nominations_inserted()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER award_nominations_words_delete AFTER DELETE ON award_nominations
         REFERENCING OLD TABLE AS changed FOR EACH STATEMENT
         EXECUTE FUNCTION thidua_award_nominations_inserted()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER award_nominations_words_update AFTER UPDATE ON award_nominations
         REFERENCING NEW TABLE AS changed OLD TABLE AS previous FOR EACH STATEMENT
         EXECUTE FUNCTION thidua_award_nominations_renamed()`,
    );
    await queryRunner.query(
      `UPDATE award_dossiers d
          SET nominee_words = (SELECT to_tsvector('simple', thidua_words(string_agg(n.name, ' ')))
                                 FROM award_nominations n WHERE n.dossier_id = d.id)`,
    );
    await queryRunner.query(
      `CREATE INDEX "award_dossiers_nominee_words" ON "award_dossiers" USING gin ("nominee_words")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."award_dossiers_nominee_words"`);
    await queryRunner.query(`DROP TRIGGER award_nominations_words_update ON award_nominations`);
    await queryRunner.query(`DROP TRIGGER award_nominations_words_delete ON award_nominations`);
    await queryRunner.query(`DROP TRIGGER award_nominations_words_insert ON award_nominations`);
    await queryRunner.query(`DROP FUNCTION thidua_award_nominations_renamed()`);
    await queryRunner.query(`DROP FUNCTION thidua_award_nominations_inserted()`);
    await queryRunner.query(`DROP FUNCTION thidua_award_dossier_words(uuid[])`);
    await queryRunner.query(`ALTER TABLE "award_dossiers" DROP COLUMN "nominee_words"`);
  }
}
