import { useQuery } from '@tanstack/react-query';

import { request } from './client';
import { graphql } from './gql';
import type { UnitOptionFragment } from './gql/graphql';
import { unitKeys } from './query-keys';

export const UnitOptionFragmentDoc = graphql(`
  fragment UnitOption on Unit {
    id
    code
    name
    shortName
    depth
    parent {
      id
      name
    }
  }
`);

const UnitsDocument = graphql(`
  query Units($first: Int!, $search: String, $parentId: ID) {
    units(first: $first, search: $search, parentId: $parentId) {
      totalCount
      edges {
        node {
          ...UnitOption
        }
      }
    }
  }
`);

const UnitDocument = graphql(`
  query Unit($id: ID!) {
    unit(id: $id) {
      ...UnitOption
    }
  }
`);

export type UnitOption = UnitOptionFragment;

export interface UnitListFilters {
  search?: string;
  parentId?: string;
  first?: number;
}

/** Units for a picker: the first matches of an accent-insensitive search (server-side). */
export function useUnits({ search, parentId, first = 20 }: UnitListFilters) {
  return useQuery({
    queryKey: unitKeys.list({ search: search || undefined, parentId, first }),
    queryFn: ({ signal }) =>
      request(
        UnitsDocument,
        { first, search: search || null, parentId: parentId ?? null },
        { signal },
      ).then((r) => ({
        nodes: r.units.edges.map((e) => e.node),
        totalCount: r.units.totalCount,
      })),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}

export function useUnit(id: string | undefined) {
  return useQuery({
    queryKey: unitKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      request(UnitDocument, { id: id ?? '' }, { signal }).then((r) => r.unit),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}
