import type { SelectQueryBuilder } from 'typeorm';
import type { KeysetSort } from '../graphql/connection';

/** At most this many words of a query are matched (longer queries add nothing but cost). */
const MAX_WORDS = 8;

/**
 * Accent-insensitive match: every word of `search` must occur, in any order, in the folded
 * `textExpression` (served by a trigram index on the same `thidua_fold(...)` expression). Returns the
 * SQL condition and its parameters (`:w0`, `:w1`, …), for callers that combine it with other terms.
 */
export function foldedWords(
  textExpression: string,
  search: string,
): { sql: string; params: Record<string, string> } {
  const words = search.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const params: Record<string, string> = {};
  const terms = words.map((w, i) => {
    params[`w${i}`] = escapeLike(w);
    return `thidua_fold(${textExpression}) LIKE '%' || thidua_fold(:w${i}) || '%'`;
  });
  return { sql: terms.length ? `(${terms.join(' AND ')})` : 'TRUE', params };
}

/** Adds `foldedWords` to the query and sets `:search` (the whole query, for a similarity rank). */
export function addSearch<T extends object>(
  qb: SelectQueryBuilder<T>,
  search: string,
  textExpression: string,
): void {
  const { sql, params } = foldedWords(textExpression, search);
  qb.andWhere(sql, params).setParameter('search', search);
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Orders a search by `rank` (a similarity expression using `:search`), best first, with the keyset
 * cursor read from the selected rank: selects it and returns the sort for `paginate`.
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
  };
}
