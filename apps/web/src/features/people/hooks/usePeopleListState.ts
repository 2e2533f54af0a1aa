import type { PeopleFilters, Sex, StaffCategory } from '@thidua/web-data-access';
import { useListPage } from '@thidua/web-ui';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

type PeopleFilterValues = {
  unitId?: string;
  sex?: Sex;
  partyMember?: boolean;
  staffCategory?: StaffCategory;
};

/**
 * The people list's search, filters and page size (useListPage; a unit may come from the address),
 * with two options kept apart because they widen the list rather than narrow it: an empty list with
 * them set still means "no data", not "no match".
 */
export function usePeopleListState() {
  const [params] = useSearchParams();
  const list = useListPage<PeopleFilterValues>({ unitId: params.get('don-vi') ?? undefined });
  const [includeDescendants, setIncludeDescendants] = useState(true);
  const [includeFormer, setIncludeFormer] = useState(false);
  const { unitId } = list.filters;

  const query = useMemo(
    () => ({
      ...list.query,
      includeDescendants: unitId ? includeDescendants : undefined,
      includeFormer,
    }),
    [list.query, unitId, includeDescendants, includeFormer],
  );
  const variables = useMemo<PeopleFilters>(
    () => ({ ...query, first: list.pageSize }),
    [query, list.pageSize],
  );

  return {
    ...list,
    query,
    variables,
    includeDescendants,
    setIncludeDescendants,
    includeFormer,
    setIncludeFormer,
  };
}
