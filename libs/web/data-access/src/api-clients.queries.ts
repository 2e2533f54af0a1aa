import { useMutation, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { useConnectionQuery } from './connection';
import { graphql } from './gql';
import type {
  ApiClientItemFragment,
  CreateApiClientInput,
  RevokeApiClientInput,
} from './gql/graphql';
import { apiClientKeys } from './query-keys';

const ApiClientsDocument = graphql(`
  query ApiClients($first: Int!, $after: String, $search: String) {
    apiClients(first: $first, after: $after, search: $search) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ApiClientItem
        }
      }
    }
  }
`);

const CreateApiClientDocument = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      token
      client {
        ...ApiClientItem
      }
    }
  }
`);

const RotateApiClientSecretDocument = graphql(`
  mutation RotateApiClientSecret($input: RotateApiClientSecretInput!) {
    rotateApiClientSecret(input: $input) {
      token
      client {
        ...ApiClientItem
      }
    }
  }
`);

const RevokeApiClientDocument = graphql(`
  mutation RevokeApiClient($input: RevokeApiClientInput!) {
    revokeApiClient(input: $input) {
      ...ApiClientItem
    }
  }
`);

export type ApiClientItem = ApiClientItemFragment;

/** A client with its bearer token, which the API returns only once (on create and on rotate). */
export interface ApiClientWithToken {
  client: ApiClientItem;
  token: string;
}

export interface ApiClientListFilters {
  first: number;
  search?: string;
}

export function useApiClients(filters: ApiClientListFilters) {
  return useConnectionQuery({
    queryKey: apiClientKeys.list(filters),
    fetchPage: (after, signal) =>
      request(
        ApiClientsDocument,
        { first: filters.first, after, search: filters.search || null },
        { signal },
      ),
    pick: (result) => result.apiClients,
  });
}

function useInvalidateApiClients() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: apiClientKeys.all });
}

export function useCreateApiClient() {
  const invalidate = useInvalidateApiClients();
  return useMutation({
    mutationFn: (input: CreateApiClientInput): Promise<ApiClientWithToken> =>
      request(CreateApiClientDocument, { input }).then((r) => r.createApiClient),
    onSuccess: invalidate,
  });
}

export function useRotateApiClientSecret() {
  const invalidate = useInvalidateApiClients();
  return useMutation({
    mutationFn: (id: string): Promise<ApiClientWithToken> =>
      request(RotateApiClientSecretDocument, { input: { id } }).then(
        (r) => r.rotateApiClientSecret,
      ),
    onSuccess: invalidate,
  });
}

export function useRevokeApiClient() {
  const invalidate = useInvalidateApiClients();
  return useMutation({
    mutationFn: (input: RevokeApiClientInput) =>
      request(RevokeApiClientDocument, { input }).then((r) => r.revokeApiClient),
    onSuccess: invalidate,
  });
}
