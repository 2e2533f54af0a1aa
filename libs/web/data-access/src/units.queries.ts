import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { useConnectionQuery } from './connection';
import { graphql } from './gql';
import type {
  CreateUnitInput,
  LinkUnitsInput,
  UnitCounterpartsQuery,
  UnitDetailFragment,
  UnitHistoryQuery,
  UnitKindItemFragment,
  UnitLineageQuery,
  UnitNodeFragment,
  UnitOptionFragment,
  UnitTree,
  UpdateUnitInput,
} from './gql/graphql';
import { authKeys, unitKeys, userKeys } from './query-keys';

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

/** A unit as a tree node or a search result: enough to show its name, kind, state and validity. */
export const UnitNodeFragmentDoc = graphql(`
  fragment UnitNode on Unit {
    id
    code
    name
    shortName
    tree
    depth
    parentId
    validFrom
    validTo
    status
    readOnly
    childCount
    kind {
      id
      code
      name
    }
  }
`);

export const UnitDetailFragmentDoc = graphql(`
  fragment UnitDetail on Unit {
    ...UnitNode
    legalPerson
    address
    phone
    email
    peopleCount
    version
    parent {
      id
      name
      canOpen
    }
    ancestors {
      id
      name
      canOpen
    }
  }
`);

export const UnitKindItemFragmentDoc = graphql(`
  fragment UnitKindItem on UnitKind {
    id
    code
    name
    tree
    allowedParentCodes
    canBeRoot
    legalPersonDefault
    sortOrder
  }
`);

export const RestructuringItemFragmentDoc = graphql(`
  fragment RestructuringItem on Restructuring {
    id
    kind
    effectiveDate
    legalBasisNumber
    legalBasisDate
    legalBasisTitle
    note
    createdAt
    actorName
    sources {
      id
      code
      name
    }
    results {
      id
      code
      name
    }
  }
`);

const UnitsDocument = graphql(`
  query Units(
    $first: Int!
    $search: String
    $parentId: ID
    $tree: UnitTree
    $kindCode: String
    $includeEnded: Boolean
  ) {
    units(
      first: $first
      search: $search
      parentId: $parentId
      tree: $tree
      kindCode: $kindCode
      includeEnded: $includeEnded
    ) {
      totalCount
      totalCountCapped
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

const UnitSearchDocument = graphql(`
  query UnitSearch(
    $first: Int!
    $after: String
    $search: String
    $tree: UnitTree
    $asOf: Date
    $includeEnded: Boolean
  ) {
    units(
      first: $first
      after: $after
      search: $search
      tree: $tree
      asOf: $asOf
      includeEnded: $includeEnded
    ) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...UnitNode
          parent {
            id
            name
          }
        }
      }
    }
  }
`);

const UnitChildrenDocument = graphql(`
  query UnitChildren($tree: UnitTree!, $parentId: ID, $asOf: Date, $includeEnded: Boolean) {
    unitChildren(tree: $tree, parentId: $parentId, asOf: $asOf, includeEnded: $includeEnded) {
      ...UnitNode
    }
  }
`);

const UnitDetailDocument = graphql(`
  query UnitDetail($id: ID!) {
    unit(id: $id) {
      ...UnitDetail
    }
  }
`);

const UnitHistoryDocument = graphql(`
  query UnitHistory($id: ID!) {
    unit(id: $id) {
      id
      history {
        validFrom
        validTo
        code
        name
        shortName
        parent {
          id
          name
        }
        restructuring {
          ...RestructuringItem
        }
        endedBy {
          ...RestructuringItem
        }
      }
    }
  }
`);

const UnitEndedMatchesDocument = graphql(`
  query UnitEndedMatches($search: String!, $tree: UnitTree) {
    units(first: 1, search: $search, tree: $tree) {
      endedMatchCount
    }
  }
`);

const UnitLineageDocument = graphql(`
  query UnitLineage($id: ID!) {
    unit(id: $id) {
      id
      predecessors {
        unit {
          ...UnitNode
        }
        restructuring {
          ...RestructuringItem
        }
      }
      successors {
        unit {
          ...UnitNode
        }
        restructuring {
          ...RestructuringItem
        }
      }
    }
  }
`);

const UnitCounterpartsDocument = graphql(`
  query UnitCounterparts($id: ID!) {
    unit(id: $id) {
      id
      counterparts {
        id
        note
        counterpart {
          ...UnitNode
        }
      }
    }
  }
`);

const UnitKindsDocument = graphql(`
  query UnitKinds {
    unitKinds {
      ...UnitKindItem
    }
  }
`);

const CreateUnitDocument = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      ...UnitDetail
    }
  }
`);

const UpdateUnitDocument = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      ...UnitDetail
    }
  }
`);

const LinkUnitsDocument = graphql(`
  mutation LinkUnits($input: LinkUnitsInput!) {
    linkUnits(input: $input) {
      id
    }
  }
`);

const UnlinkUnitsDocument = graphql(`
  mutation UnlinkUnits($input: UnlinkUnitsInput!) {
    unlinkUnits(input: $input)
  }
`);

export type UnitOption = UnitOptionFragment;
export type UnitNode = UnitNodeFragment;
export type UnitDetail = UnitDetailFragment;
export type UnitKindItem = UnitKindItemFragment;
export type UnitSearchResult = UnitNode & { parent?: { id: string; name: string } | null };
export type UnitVersionItem = UnitHistoryQuery['unit']['history'][number];
export type UnitLineage = UnitLineageQuery['unit'];
export type LineageLinkItem = UnitLineage['predecessors'][number];
export type UnitLinkItem = UnitCounterpartsQuery['unit']['counterparts'][number];

export interface UnitListFilters {
  search?: string;
  parentId?: string;
  tree?: UnitTree;
  kindCode?: string;
  /** pickers offer only active units unless asked */
  includeEnded?: boolean;
  first?: number;
}

/** Units for a picker: the first matches of an accent-insensitive search (server-side). */
export function useUnits({
  search,
  parentId,
  tree,
  kindCode,
  includeEnded,
  first = 20,
}: UnitListFilters) {
  return useQuery({
    queryKey: unitKeys.list({
      search: search || undefined,
      parentId,
      tree,
      kindCode,
      includeEnded,
      first,
    }),
    queryFn: ({ signal }) =>
      request(
        UnitsDocument,
        {
          first,
          search: search || null,
          parentId: parentId ?? null,
          tree: tree ?? null,
          kindCode: kindCode ?? null,
          // Boolean! with a default on the API: never null
          includeEnded: includeEnded ?? false,
        },
        { signal },
      ).then((r) => ({
        nodes: r.units.edges.map((e) => e.node),
        totalCount: r.units.totalCount,
        totalCountCapped: r.units.totalCountCapped,
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

export interface UnitSearchFilters {
  first: number;
  search: string;
  tree?: UnitTree;
  /** ISO date "YYYY-MM-DD": the organisation as it stood that day */
  asOf?: string;
  includeEnded?: boolean;
}

/** Ranked, accent-insensitive search over units ("xa phu thuan" finds "xã Phú Thuận"). */
export function useUnitSearch(filters: UnitSearchFilters, enabled = true) {
  return useConnectionQuery({
    queryKey: unitKeys.search(filters),
    enabled: enabled && filters.search.length > 0,
    fetchPage: (after, signal) =>
      request(
        UnitSearchDocument,
        {
          first: filters.first,
          after,
          search: filters.search,
          tree: filters.tree ?? null,
          asOf: filters.asOf ?? null,
          includeEnded: filters.includeEnded ?? false,
        },
        { signal },
      ),
    pick: (result) => result.units,
  });
}

export interface UnitChildrenFilters {
  tree: UnitTree;
  /** null = the roots of the tree */
  parentId: string | null;
  asOf?: string;
  includeEnded?: boolean;
}

function fetchUnitChildren(filters: UnitChildrenFilters, signal?: AbortSignal) {
  return request(
    UnitChildrenDocument,
    {
      tree: filters.tree,
      parentId: filters.parentId,
      asOf: filters.asOf ?? null,
      includeEnded: filters.includeEnded ?? false,
    },
    { signal },
  ).then((r) => r.unitChildren);
}

export function unitChildrenQuery(filters: UnitChildrenFilters) {
  return {
    queryKey: unitKeys.children(filters),
    queryFn: ({ signal }: { signal?: AbortSignal }) => fetchUnitChildren(filters, signal),
    staleTime: 60_000,
  };
}

/** One level of a unit tree (the roots when `parentId` is null). */
export function useUnitChildren(filters: UnitChildrenFilters, enabled = true) {
  return useQuery({ ...unitChildrenQuery(filters), enabled });
}

/**
 * For a lazy tree: the children of a node, from the cache or the API. The tree calls it when a node
 * is expanded for the first time.
 */
export function useLoadUnitChildren() {
  const queryClient = useQueryClient();
  return (filters: UnitChildrenFilters) => queryClient.ensureQueryData(unitChildrenQuery(filters));
}

export function useUnitDetail(id: string | undefined) {
  return useQuery({
    queryKey: unitKeys.full(id ?? ''),
    queryFn: ({ signal }) =>
      request(UnitDetailDocument, { id: id ?? '' }, { signal }).then((r) => r.unit),
    enabled: Boolean(id),
  });
}

export function useUnitHistory(id: string) {
  return useQuery({
    queryKey: unitKeys.history(id),
    queryFn: ({ signal }) =>
      request(UnitHistoryDocument, { id }, { signal }).then((r) => r.unit.history),
  });
}

/**
 * How many ended units also match a search of current units ("3 đơn vị đã kết thúc cũng khớp"):
 * asked only while the list leaves them out.
 */
export function useUnitEndedMatches(filters: { search: string; tree?: UnitTree }, enabled = true) {
  return useQuery({
    queryKey: [...unitKeys.all, 'ended-matches', filters] as const,
    enabled: enabled && filters.search.length > 0,
    queryFn: ({ signal }) =>
      request(
        UnitEndedMatchesDocument,
        { search: filters.search, tree: filters.tree ?? null },
        { signal },
      ).then((r) => r.units.endedMatchCount ?? 0),
  });
}

export function useUnitLineage(id: string) {
  return useQuery({
    queryKey: unitKeys.lineage(id),
    queryFn: ({ signal }) => request(UnitLineageDocument, { id }, { signal }).then((r) => r.unit),
  });
}

export function useUnitCounterparts(id: string) {
  return useQuery({
    queryKey: unitKeys.counterparts(id),
    queryFn: ({ signal }) =>
      request(UnitCounterpartsDocument, { id }, { signal }).then((r) => r.unit.counterparts),
  });
}

/** The unit kinds (system and custom), for forms that create units. Rarely changes. */
export function useUnitKinds() {
  return useQuery({
    queryKey: unitKeys.kinds(),
    queryFn: ({ signal }) =>
      request(UnitKindsDocument, {}, { signal }).then((r) =>
        [...r.unitKinds].sort((a, b) => a.sortOrder - b.sortOrder),
      ),
    staleTime: 10 * 60_000,
  });
}

function useInvalidateUnits() {
  const queryClient = useQueryClient();
  // unit names show up on users, role scopes and the viewer's own header
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: unitKeys.all }),
      queryClient.invalidateQueries({ queryKey: userKeys.all }),
      queryClient.invalidateQueries({ queryKey: authKeys.me() }),
    ]);
}

export function useCreateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (input: CreateUnitInput) =>
      request(CreateUnitDocument, { input }).then((r) => r.createUnit),
    onSuccess: invalidate,
  });
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (input: UpdateUnitInput) =>
      request(UpdateUnitDocument, { input }).then((r) => r.updateUnit),
    onSuccess: (unit) => {
      queryClient.setQueryData(unitKeys.full(unit.id), unit);
      return invalidate();
    },
  });
}

export function useLinkUnits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LinkUnitsInput) =>
      request(LinkUnitsDocument, { input }).then((r) => r.linkUnits),
    onSuccess: (_link, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: unitKeys.counterparts(String(input.unitId)) }),
        queryClient.invalidateQueries({
          queryKey: unitKeys.counterparts(String(input.counterpartId)),
        }),
      ]),
  });
}

export function useUnlinkUnits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) =>
      request(UnlinkUnitsDocument, { input: { linkId } }).then((r) => r.unlinkUnits),
    // both ends of the link show it
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: (query) =>
          query.queryKey[0] === unitKeys.all[0] && query.queryKey[3] === 'counterparts',
      }),
  });
}
