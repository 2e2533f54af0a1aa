import type { PeopleFilters, Sex, StaffCategory } from '@thidua/web-data-access';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

import { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';

/** Filters of the people list, turned into the query's variables (a unit may come from the address). */
export function usePeopleListState() {
  const [params] = useSearchParams();
  const [search, setSearch] = useState('');
  const [unitId, setUnitId] = useState<string | undefined>(params.get('don-vi') ?? undefined);
  const [includeDescendants, setIncludeDescendants] = useState(true);
  const [sex, setSex] = useState<Sex | undefined>();
  const [partyMember, setPartyMember] = useState<boolean | undefined>();
  const [staffCategory, setStaffCategory] = useState<StaffCategory | undefined>();
  const [includeFormer, setIncludeFormer] = useState(false);
  const [pageSize, setPageSize] = useState(20);
  const debouncedSearch = useDebouncedValue(search.trim(), 300);

  const filters = useMemo<PeopleFilters>(
    () => ({
      first: pageSize,
      search: debouncedSearch || undefined,
      unitId,
      includeDescendants: unitId ? includeDescendants : undefined,
      sex,
      partyMember,
      staffCategory,
      includeFormer,
    }),
    [
      pageSize,
      debouncedSearch,
      unitId,
      includeDescendants,
      sex,
      partyMember,
      staffCategory,
      includeFormer,
    ],
  );

  return {
    filters,
    isFiltered: Boolean(
      debouncedSearch || unitId || sex || partyMember !== undefined || staffCategory,
    ),
    search,
    setSearch,
    unitId,
    setUnitId,
    includeDescendants,
    setIncludeDescendants,
    sex,
    setSex,
    partyMember,
    setPartyMember,
    staffCategory,
    setStaffCategory,
    includeFormer,
    setIncludeFormer,
    pageSize,
    setPageSize,
  };
}
