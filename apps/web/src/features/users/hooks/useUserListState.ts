import type {
  SortDirection,
  UserListFilters,
  UserSortField,
  UserStatus,
} from '@thidua/web-data-access';
import { useMemo, useState } from 'react';

import { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';

export interface UserSort {
  field: UserSortField;
  direction: SortDirection;
}

/** Filters, sort and page size of the user list, turned into the query's variables. */
export function useUserListState() {
  const [search, setSearch] = useState('');
  const [unitId, setUnitId] = useState<string | undefined>();
  const [status, setStatus] = useState<UserStatus | undefined>();
  const [sort, setSort] = useState<UserSort | undefined>();
  const [pageSize, setPageSize] = useState(20);
  const debouncedSearch = useDebouncedValue(search.trim(), 300);

  const filters = useMemo<UserListFilters>(
    () => ({
      first: pageSize,
      search: debouncedSearch || undefined,
      unitId,
      status,
      orderBy: sort,
    }),
    [pageSize, debouncedSearch, unitId, status, sort],
  );

  return {
    filters,
    isFiltered: Boolean(debouncedSearch || unitId || status),
    search,
    setSearch,
    unitId,
    setUnitId,
    status,
    setStatus,
    sort,
    setSort,
    pageSize,
    setPageSize,
  };
}
