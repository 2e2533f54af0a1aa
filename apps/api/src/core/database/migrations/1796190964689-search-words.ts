import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search by word prefixes (ADR 0009): "nguyen van a" finds every name with words starting with
 * "nguyen", "van" and "a" (Nguyễn Văn An, Nguyễn Văn Ánh…), accents ignored. Full-text GIN indexes
 * on the folded words replace the trigram indexes of units and people (the `LIKE '%…%'` they served
 * matched any substring, so a one-letter word matched nearly every row). Written by hand: TypeORM
 * cannot express expression indexes (declared `synchronize: false` on the entities).
 */
export class SearchWords1796190964689 implements MigrationInterface {
  name = 'SearchWords1796190964689';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The words of a text, accent-folded and lower-case, everything but letters and digits a space:
    // PostgreSQL's parser then sees plain words on both sides (no e-mail, host or path tokens).
    await queryRunner.query(
      `CREATE FUNCTION thidua_words(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT regexp_replace(public.thidua_fold(input), '[^a-z0-9]+', ' ', 'g') $$`,
    );
    // What a user typed as a query: every word (at most 8) as a prefix, all required; NULL (matches
    // nothing) when it has no letter or digit. IMMUTABLE, so the planner folds it to a constant and
    // estimates the match from the index statistics.
    await queryRunner.query(
      `CREATE FUNCTION thidua_prefix_query(input text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT string_agg(quote_literal(w.lexeme) || ':*', ' & ')::tsquery
          FROM (SELECT lexeme FROM unnest(to_tsvector('simple', public.thidua_words(input))) LIMIT 8) w $$`,
    );
    await queryRunner.query(`DROP INDEX "public"."unit_search_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."people_search_trgm"`);
    await queryRunner.query(
      `CREATE INDEX "unit_search_words" ON "units" USING gin (to_tsvector('simple', thidua_words("name" || ' ' || "code")))`,
    );
    await queryRunner.query(
      `CREATE INDEX "people_search_words" ON "people" USING gin (to_tsvector('simple', thidua_words("full_name")))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."people_search_words"`);
    await queryRunner.query(`DROP INDEX "public"."unit_search_words"`);
    await queryRunner.query(
      `CREATE INDEX "people_search_trgm" ON "people" USING gin (thidua_fold("full_name") gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "unit_search_trgm" ON "units" USING gin (thidua_fold("name" || ' ' || "code") gin_trgm_ops)`,
    );
    await queryRunner.query(`DROP FUNCTION thidua_prefix_query(text)`);
    await queryRunner.query(`DROP FUNCTION thidua_words(text)`);
  }
}
