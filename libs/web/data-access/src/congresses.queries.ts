import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { useConnectionQuery } from './connection';
import { toQueryString } from './files';
import { graphql } from './gql';
import type {
  CongressDelegateItemFragment,
  CongressDetailQuery,
  CongressItemFragment,
  CongressLevel,
  CongressStatus,
  CreateCongressInput,
  DeleteCongressInput,
  HoldCongressInput,
  MarkCongressDelegatesToUpperInput,
  SetCongressDelegatesInput,
  UpdateCongressInput,
} from './gql/graphql';
import { congressKeys } from './query-keys';

/**
 * Đại hội thi đua yêu nước and hội nghị tuyên dương of an issued plan (seed 003, Thái Bình): the list
 * on the plan's page, one congress with its delegates, the balance against its requirements and the
 * delegates the congresses below sent up.
 */
export const CongressItemFragmentDoc = graphql(`
  fragment CongressItem on Congress {
    id
    planId
    name
    level
    form
    status
    windowFrom
    windowTo
    windowLabel
    heldOn
    venue
    duration
    delegateTarget
    delegateCount
    agenda
    canManage
    version
    hostUnit {
      id
      name
    }
    upperCongressId
    upperCongress {
      id
      name
      canOpen
      windowLabel
    }
    requirements {
      criterion
      minShare
      minCount
      maxAge
      sectors
    }
  }
`);

export const CongressDelegateItemFragmentDoc = graphql(`
  fragment CongressDelegateItem on CongressDelegate {
    id
    personId
    fullName
    title
    sector
    toUpper
    directWorker
    position
    unit {
      id
      name
    }
    congress {
      id
      name
    }
  }
`);

const CongressesDocument = graphql(`
  query Congresses($planId: ID!, $first: Int!, $after: String, $filter: CongressFilterInput) {
    congresses(planId: $planId, first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CongressItem
        }
      }
    }
  }
`);

/**
 * One congress with its first 100 delegates and the 100 sent from below (a commune's hội nghị seats a
 * few dozen; the province's page shows how many more there are), and the balance report.
 */
const CongressDetailDocument = graphql(`
  query CongressDetail($id: ID!, $includeFromBelow: Boolean!) {
    congress(id: $id) {
      ...CongressItem
      delegates(first: 100) {
        totalCount
        edges {
          node {
            ...CongressDelegateItem
          }
        }
      }
      delegatesFromBelow(first: 100) {
        totalCount
        edges {
          node {
            ...CongressDelegateItem
          }
        }
      }
      balance(includeFromBelow: $includeFromBelow) {
        met
        total
        onDate
        summary
        lines {
          criterion
          label
          sector
          met
          actual
          requiredCount
          missing
          unknown
          explanation
        }
      }
    }
  }
`);

const CreateCongressDocument = graphql(`
  mutation CreateCongress($input: CreateCongressInput!) {
    createCongress(input: $input) {
      ...CongressItem
    }
  }
`);

const UpdateCongressDocument = graphql(`
  mutation UpdateCongress($input: UpdateCongressInput!) {
    updateCongress(input: $input) {
      ...CongressItem
    }
  }
`);

const DeleteCongressDocument = graphql(`
  mutation DeleteCongress($input: DeleteCongressInput!) {
    deleteCongress(input: $input)
  }
`);

const SetCongressDelegatesDocument = graphql(`
  mutation SetCongressDelegates($input: SetCongressDelegatesInput!) {
    setCongressDelegates(input: $input) {
      ...CongressItem
    }
  }
`);

const MarkCongressDelegatesToUpperDocument = graphql(`
  mutation MarkCongressDelegatesToUpper($input: MarkCongressDelegatesToUpperInput!) {
    markCongressDelegatesToUpper(input: $input) {
      ...CongressItem
    }
  }
`);

const HoldCongressDocument = graphql(`
  mutation HoldCongress($input: HoldCongressInput!) {
    holdCongress(input: $input) {
      ...CongressItem
    }
  }
`);

export type CongressItem = CongressItemFragment;
export type CongressDetail = CongressDetailQuery['congress'];
export type CongressDelegateItem = CongressDelegateItemFragment;
export type CongressBalanceLine = CongressDetail['balance']['lines'][number];

export interface CongressFilters {
  planId: string;
  first: number;
  search?: string;
  level?: CongressLevel;
  status?: CongressStatus;
}

export function useCongresses(filters: CongressFilters, enabled = true) {
  return useConnectionQuery({
    queryKey: congressKeys.list(filters),
    fetchPage: (after, signal) =>
      request(
        CongressesDocument,
        {
          planId: filters.planId,
          first: filters.first,
          after,
          filter: {
            search: filters.search || null,
            level: filters.level ?? null,
            status: filters.status ?? null,
          },
        },
        { signal },
      ),
    pick: (result) => result.congresses,
    enabled,
  });
}

export function useCongress(id: string | undefined, includeFromBelow = false) {
  return useQuery({
    queryKey: [...congressKeys.detail(id ?? ''), { includeFromBelow }] as const,
    queryFn: ({ signal }) =>
      request(CongressDetailDocument, { id: id ?? '', includeFromBelow }, { signal }).then(
        (r) => r.congress,
      ),
    enabled: Boolean(id),
  });
}

/**
 * Create, edit, delete a congress, change its delegates, mark who goes up, record that it was held;
 * the lists refetch.
 */
export function useCongressActions() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: congressKeys.all });
  return {
    create: useMutation({
      mutationFn: (input: CreateCongressInput) =>
        request(CreateCongressDocument, { input }).then((r) => r.createCongress),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: (input: UpdateCongressInput) =>
        request(UpdateCongressDocument, { input }).then((r) => r.updateCongress),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (input: DeleteCongressInput) =>
        request(DeleteCongressDocument, { input }).then((r) => r.deleteCongress),
      onSuccess,
    }),
    setDelegates: useMutation({
      mutationFn: (input: SetCongressDelegatesInput) =>
        request(SetCongressDelegatesDocument, { input }).then((r) => r.setCongressDelegates),
      onSuccess,
    }),
    markToUpper: useMutation({
      mutationFn: (input: MarkCongressDelegatesToUpperInput) =>
        request(MarkCongressDelegatesToUpperDocument, { input }).then(
          (r) => r.markCongressDelegatesToUpper,
        ),
      onSuccess,
    }),
    hold: useMutation({
      mutationFn: (input: HoldCongressInput) =>
        request(HoldCongressDocument, { input }).then((r) => r.holdCongress),
      onSuccess,
    }),
  };
}

/**
 * The delegates list as Excel (the API checks the same read as the congress); `fromBelow`: those the
 * congresses below sent up instead of those this one elected.
 */
export function congressDelegatesExportPath(congressId: string, fromBelow = false): string {
  return `/api/exports/congress-delegates.xlsx${toQueryString({
    congressId,
    fromBelow: fromBelow || null,
  })}`;
}
