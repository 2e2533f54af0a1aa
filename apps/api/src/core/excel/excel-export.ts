import type { ConnectionShape } from '../graphql/connection';

/**
 * What an export definition (modules/<owner>/*-export.ts) uses to read its list: every page of the
 * module's own scoped list, the units or other records shown beside each row, and the query-string
 * rules of its filters. modules/imports writes the file.
 */

/** Rows read from the database per page while an export is written. */
export const EXPORT_PAGE = 500;
/** An export stops here (an .xlsx this large is no longer useful to anyone). */
export const MAX_EXPORT_ROWS = 200_000;

/** Every page of a keyset-paginated list, EXPORT_PAGE rows at a time, up to MAX_EXPORT_ROWS. */
export async function* pages<T>(
  load: (after: string | null) => Promise<ConnectionShape<T>>,
): AsyncGenerator<T[]> {
  let after: string | null = null;
  let seen = 0;
  for (;;) {
    const page: ConnectionShape<T> = await load(after);
    const nodes = page.edges.map((e) => e.node);
    const room = MAX_EXPORT_ROWS - seen;
    yield nodes.slice(0, room);
    seen += nodes.length;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || seen >= MAX_EXPORT_ROWS) return;
    after = page.pageInfo.endCursor;
  }
}

/**
 * Loads into `cache` the records of `ids` it does not hold yet, with one call of a loader's batch
 * function (`org.unitById.batch`): the parents, units and members named beside a page of rows.
 */
export async function cacheByIds<T extends { id: string }>(
  cache: Map<string, T>,
  ids: readonly string[],
  batch: (ids: readonly string[]) => PromiseLike<ArrayLike<T | Error | null>>,
): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => !cache.has(id));
  if (!missing.length) return;
  for (const found of Array.from(await batch(missing)))
    if (found && !(found instanceof Error)) cache.set(found.id, found);
}

/** Query strings: a blank value means "not given" (`@Transform(blankQuery)`). */
export const blankQuery = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** "true"/"false" (also 1/0) → boolean; anything else stays and fails validation (`@Transform(booleanQuery)`). */
export const booleanQuery = ({ value }: { value: unknown }) => {
  if (value === '' || value === undefined) return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
};

/** The message of `@IsBoolean` on a query parameter. */
export const booleanQueryMessage = (label: string) => ({
  message: `${label} phải là true hoặc false.`,
});
