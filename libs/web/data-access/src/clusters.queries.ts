import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { useConnectionQuery } from './connection';
import { graphql } from './gql';
import type {
  AddClusterMemberInput,
  ClusterDetailQuery,
  ClusterItemFragment,
  ClusterKind,
  CreateClusterInput,
  EndClusterMembershipInput,
  SetClusterLeadershipInput,
  UpdateClusterInput,
} from './gql/graphql';
import { clusterKeys } from './query-keys';

export const ClusterItemFragmentDoc = graphql(`
  fragment ClusterItem on Cluster {
    id
    code
    name
    kind
    description
    memberCount
    version
    organizer {
      id
      name
      canOpen
    }
  }
`);

const ClustersDocument = graphql(`
  query Clusters($first: Int!, $after: String, $search: String, $kind: ClusterKind) {
    clusters(first: $first, after: $after, search: $search, kind: $kind) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ClusterItem
        }
      }
    }
  }
`);

const ClusterDetailDocument = graphql(`
  query ClusterDetail($id: ID!, $asOf: Date) {
    cluster(id: $id) {
      ...ClusterItem
      members(asOf: $asOf) {
        id
        joinedOn
        leftOn
        unit {
          id
          code
          name
          canOpen
          status
          validTo
        }
      }
      leaderships {
        id
        year
        lead {
          id
          name
          canOpen
        }
        deputy {
          id
          name
          canOpen
        }
      }
    }
  }
`);

const CreateClusterDocument = graphql(`
  mutation CreateCluster($input: CreateClusterInput!) {
    createCluster(input: $input) {
      ...ClusterItem
    }
  }
`);

const UpdateClusterDocument = graphql(`
  mutation UpdateCluster($input: UpdateClusterInput!) {
    updateCluster(input: $input) {
      ...ClusterItem
    }
  }
`);

const AddClusterMemberDocument = graphql(`
  mutation AddClusterMember($input: AddClusterMemberInput!) {
    addClusterMember(input: $input) {
      id
    }
  }
`);

const EndClusterMembershipDocument = graphql(`
  mutation EndClusterMembership($input: EndClusterMembershipInput!) {
    endClusterMembership(input: $input) {
      id
      leftOn
    }
  }
`);

const SetClusterLeadershipDocument = graphql(`
  mutation SetClusterLeadership($input: SetClusterLeadershipInput!) {
    setClusterLeadership(input: $input) {
      id
    }
  }
`);

export type ClusterItem = ClusterItemFragment;
export type ClusterDetail = ClusterDetailQuery['cluster'];
export type ClusterMembershipItem = ClusterDetail['members'][number];
export type ClusterLeadershipItem = ClusterDetail['leaderships'][number];

export interface ClusterListFilters {
  first: number;
  search?: string;
  kind?: ClusterKind;
}

export function useClusters(filters: ClusterListFilters) {
  return useConnectionQuery({
    queryKey: clusterKeys.list(filters),
    fetchPage: (after, signal) =>
      request(
        ClustersDocument,
        {
          first: filters.first,
          after,
          search: filters.search || null,
          kind: filters.kind ?? null,
        },
        { signal },
      ),
    pick: (result) => result.clusters,
  });
}

/** A cluster with its members on `asOf` (ISO date; today when omitted) and its yearly leadership. */
export function useCluster(id: string | undefined, asOf?: string) {
  return useQuery({
    queryKey: clusterKeys.detail(id ?? '', asOf),
    queryFn: ({ signal }) =>
      request(ClusterDetailDocument, { id: id ?? '', asOf: asOf ?? null }, { signal }).then(
        (r) => r.cluster,
      ),
    enabled: Boolean(id),
    placeholderData: (previous) => previous,
  });
}

function useInvalidateClusters() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: clusterKeys.all });
}

export function useCreateCluster() {
  const invalidate = useInvalidateClusters();
  return useMutation({
    mutationFn: (input: CreateClusterInput) =>
      request(CreateClusterDocument, { input }).then((r) => r.createCluster),
    onSuccess: invalidate,
  });
}

export function useUpdateCluster() {
  const invalidate = useInvalidateClusters();
  return useMutation({
    mutationFn: (input: UpdateClusterInput) =>
      request(UpdateClusterDocument, { input }).then((r) => r.updateCluster),
    onSuccess: invalidate,
  });
}

export function useAddClusterMember() {
  const invalidate = useInvalidateClusters();
  return useMutation({
    mutationFn: (input: AddClusterMemberInput) =>
      request(AddClusterMemberDocument, { input }).then((r) => r.addClusterMember),
    onSuccess: invalidate,
  });
}

export function useEndClusterMembership() {
  const invalidate = useInvalidateClusters();
  return useMutation({
    mutationFn: (input: EndClusterMembershipInput) =>
      request(EndClusterMembershipDocument, { input }).then((r) => r.endClusterMembership),
    onSuccess: invalidate,
  });
}

export function useSetClusterLeadership() {
  const invalidate = useInvalidateClusters();
  return useMutation({
    mutationFn: (input: SetClusterLeadershipInput) =>
      request(SetClusterLeadershipDocument, { input }).then((r) => r.setClusterLeadership),
    onSuccess: invalidate,
  });
}
