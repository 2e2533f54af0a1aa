import type { ObjectLiteral, SelectQueryBuilder, WhereExpressionBuilder } from 'typeorm';
import type { Scope } from './actor';

let counter = 0;

/**
 * Filters rows by scope in SQL: `pathExpression` (an ltree column) must lie under one of the scope's
 * unit paths. A `none` scope matches nothing; `all` adds no condition.
 */
export function applyScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T> | WhereExpressionBuilder,
  scope: Scope,
  pathExpression: string,
): void {
  if (scope.kind === 'all') return;
  if (scope.kind === 'none') {
    qb.andWhere('1 = 0');
    return;
  }
  counter = (counter + 1) % 1_000_000;
  const param = `scopePaths${counter}`;
  // `<@ ANY(…)`, not `<@ ltree[]`: only the former can use the GiST index on the path
  qb.andWhere(`${pathExpression} <@ ANY(ARRAY[:...${param}]::ltree[])`, { [param]: scope.paths });
}
