import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { graphql } from './gql';
import type {
  CreateUnitKindInput,
  UnitKindCatalogItemFragment,
  UpdateUnitKindInput,
} from './gql/graphql';
import { unitKeys } from './query-keys';

export const UnitKindCatalogItemFragmentDoc = graphql(`
  fragment UnitKindCatalogItem on UnitKind {
    id
    code
    name
    tree
    allowedParentCodes
    canBeRoot
    legalPersonDefault
    sortOrder
    isSystem
    version
  }
`);

const UnitKindCatalogDocument = graphql(`
  query UnitKindCatalog {
    unitKinds {
      ...UnitKindCatalogItem
    }
  }
`);

const CreateUnitKindDocument = graphql(`
  mutation CreateUnitKind($input: CreateUnitKindInput!) {
    createUnitKind(input: $input) {
      ...UnitKindCatalogItem
    }
  }
`);

const UpdateUnitKindDocument = graphql(`
  mutation UpdateUnitKind($input: UpdateUnitKindInput!) {
    updateUnitKind(input: $input) {
      ...UnitKindCatalogItem
    }
  }
`);

export type UnitKindCatalogItem = UnitKindCatalogItemFragment;

/** The unit kind catalog for its administration screen (with `isSystem` and `version`), in order. */
export function useUnitKindCatalog() {
  return useQuery({
    queryKey: unitKeys.kindCatalog(),
    queryFn: ({ signal }) =>
      request(UnitKindCatalogDocument, {}, { signal }).then((r) =>
        [...r.unitKinds].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name)),
      ),
  });
}

function useInvalidateUnitKinds() {
  const queryClient = useQueryClient();
  // kind names and rules show up in unit forms, on unit rows and in the catalog itself
  return () => queryClient.invalidateQueries({ queryKey: unitKeys.all });
}

export function useCreateUnitKind() {
  const invalidate = useInvalidateUnitKinds();
  return useMutation({
    mutationFn: (input: CreateUnitKindInput) =>
      request(CreateUnitKindDocument, { input }).then((r) => r.createUnitKind),
    onSuccess: invalidate,
  });
}

export function useUpdateUnitKind() {
  const invalidate = useInvalidateUnitKinds();
  return useMutation({
    mutationFn: (input: UpdateUnitKindInput) =>
      request(UpdateUnitKindDocument, { input }).then((r) => r.updateUnitKind),
    onSuccess: invalidate,
  });
}
