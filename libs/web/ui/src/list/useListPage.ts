import { useCallback, useMemo, useState } from 'react';

import { useDebouncedValue } from '../hooks/useDebouncedValue';
import type { DataTableProps } from '../table/DataTable';

/** the first of `DataTable`'s page sizes */
const DEFAULT_PAGE_SIZE = 20;

/** What the list is narrowed by: the search once typing pauses (absent when blank), then the filters. */
export type ListQuery<F> = F & { search?: string };

/** `ListQuery` with the page size: the variables of the list's connection query. */
export type ListVariables<F> = ListQuery<F> & { first: number };

export interface ListPage<F extends object> {
  /** the search box's text as typed */
  search: string;
  setSearch: (search: string) => void;
  filters: F;
  /** sets some filters, keeps the others */
  setFilters: (patch: Partial<F>) => void;
  /** back to the filters the page opened with, search cleared */
  reset: () => void;
  pageSize: number;
  setPageSize: (size: number) => void;
  /** for the export, which takes the list's filters but has no pages */
  query: ListQuery<F>;
  /**
   * Stable while nothing changes. The connection query is keyed by it, so a new search, filter or page
   * size starts the list over at its first page instead of loading more after the old cursor.
   */
  variables: ListVariables<F>;
  /** a search or a filter is set: an empty list then says "no match" rather than "no data" */
  isFiltered: boolean;
  /** The `DataTable` props that follow the list: its page size selector and empty text. */
  tableProps: (
    emptyFilteredText: string,
  ) => Pick<DataTableProps<object>, 'pageSize' | 'onPageSizeChange' | 'emptyText'>;
}

/**
 * The state every list page keeps: a search box, filters and a page size, turned into the variables of
 * its connection query. A filter counts as set unless it is undefined or null (so `false` of a yes/no
 * filter narrows the list too); options that never narrow it (e.g. "include former staff") belong
 * outside `filters`. Every filter is optional: `initialFilters` sets only those the page opens with.
 */
export function useListPage<F extends object = Record<never, never>>(
  initialFilters: F = {} as F,
): ListPage<F> {
  // the first render's: a filter read from the address once, not on every render
  const [initial] = useState(initialFilters);
  const [search, setSearch] = useState('');
  const [filters, setFilterState] = useState<F>(initial);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const debouncedSearch = useDebouncedValue(search.trim());

  const query = useMemo<ListQuery<F>>(
    () => (debouncedSearch ? { ...filters, search: debouncedSearch } : filters),
    [debouncedSearch, filters],
  );
  const variables = useMemo<ListVariables<F>>(
    () => ({ ...query, first: pageSize }),
    [query, pageSize],
  );
  const isFiltered =
    Boolean(debouncedSearch) ||
    Object.values(filters).some((value) => value !== undefined && value !== null);

  const setFilters = useCallback(
    (patch: Partial<F>) => setFilterState((current) => ({ ...current, ...patch })),
    [],
  );
  const reset = useCallback(() => {
    setSearch('');
    setFilterState(initial);
  }, [initial]);

  return {
    search,
    setSearch,
    filters,
    setFilters,
    reset,
    pageSize,
    setPageSize,
    query,
    variables,
    isFiltered,
    tableProps: (emptyFilteredText) => ({
      pageSize,
      onPageSizeChange: setPageSize,
      emptyText: isFiltered ? emptyFilteredText : undefined,
    }),
  };
}
