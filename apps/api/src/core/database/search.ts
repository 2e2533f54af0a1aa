import type { SelectQueryBuilder } from 'typeorm';
import type { KeysetSort } from '../graphql/connection';

/**
 * Accent-insensitive search by word prefixes (ADR 0009): every word of `:search` must begin a word of
 * `textExpression`, in any order ("nguyen van a" finds "Nguyễn Văn Ánh", "ben tre" finds "Bến Tre").
 * Both sides are split into words by PostgreSQL (`thidua_words`, `thidua_prefix_query`, migration
 * SearchWords); a query with no letter or digit matches nothing. Served by a GIN index on the same
 * `to_tsvector('simple', thidua_words(textExpression))` where the table is large (units, people).
 */
export function wordsMatch(textExpression: string): string {
  return `to_tsvector('simple', thidua_words(${textExpression})) @@ thidua_prefix_query(:search)`;
}

/**
 * How well `textExpression` matches `:search`, higher first: the best match of the query against a
 * run of words (so the exact name ranks first however long the text), then against the whole text
 * (so, of two names containing the query, the shorter ranks first). Between 0 and 2.
 */
export function searchRank(textExpression: string): string {
  const text = `thidua_fold(${textExpression})`;
  return `(word_similarity(thidua_fold(:search), ${text}) + similarity(thidua_fold(:search), ${text}))`;
}

/** Adds `wordsMatch` to the query and sets `:search`. */
export function addSearch<T extends object>(
  qb: SelectQueryBuilder<T>,
  search: string,
  textExpression: string,
): void {
  qb.andWhere(wordsMatch(textExpression), { search });
}

/**
 * Orders a search by `rank` (an expression using `:search`, e.g. `searchRank`), best first, with the
 * keyset cursor read from the selected rank: selects it and returns the sort for `paginate`.
 */
export function rankedBy<T extends { id: string }>(
  qb: SelectQueryBuilder<T>,
  rank: string,
  idExpression: string,
): KeysetSort<T> {
  qb.addSelect(rank, 'rank');
  return {
    expression: rank,
    direction: 'DESC',
    rawValueAlias: 'rank',
    value: () => 0,
    idExpression,
    id: (row) => row.id,
    readsAll: true,
  };
}
