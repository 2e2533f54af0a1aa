import type {
  SortDirection,
  UserListFilters,
  UserSortField,
  UserStatus,
} from '@thidua/web-data-access';
import { useListPage } from '@thidua/web-ui';
import { useMemo, useState } from 'react';

export interface UserSort {
  field: UserSortField;
  direction: SortDirection;
}

type UserFilterValues = { unitId?: string; status?: UserStatus };

/** The user list's search, filters and page size (useListPage), with the column sort only it has. */
export function useUserListState() {
  const list = useListPage<UserFilterValues>();
  const [sort, setSort] = useState<UserSort | undefined>();
  const variables = useMemo<UserListFilters>(
    () => ({ ...list.variables, orderBy: sort }),
    [list.variables, sort],
  );
  return { ...list, variables, sort, setSort };
}
