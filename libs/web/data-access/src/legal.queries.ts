import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { useConnectionQuery } from './connection';
import { graphql } from './gql';
import type {
  CreateLegalDocumentInput,
  LegalDocumentDetailQuery,
  LegalDocumentItemFragment,
  LegalDocumentKind,
  MarkLegalDocumentReplacedInput,
  UpdateLegalDocumentInput,
} from './gql/graphql';
import { legalKeys } from './query-keys';

export const LegalDocumentItemFragmentDoc = graphql(`
  fragment LegalDocumentItem on LegalDocument {
    id
    number
    kind
    name
    title
    issuingBody
    issuedOn
    effectiveFrom
    effectiveTo
    status
    national
    canManage
    version
    issuerUnit {
      id
      name
      canOpen
    }
    replacedBy {
      id
      name
    }
  }
`);

const LegalDocumentsDocument = graphql(`
  query LegalDocuments(
    $first: Int!
    $after: String
    $search: String
    $kind: LegalDocumentKind
    $effectiveOn: Date
    $includeReplaced: Boolean
  ) {
    legalDocuments(
      first: $first
      after: $after
      search: $search
      kind: $kind
      effectiveOn: $effectiveOn
      includeReplaced: $includeReplaced
    ) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...LegalDocumentItem
        }
      }
    }
  }
`);

const LegalDocumentDetailDocument = graphql(`
  query LegalDocumentDetail($id: ID!) {
    legalDocument(id: $id) {
      ...LegalDocumentItem
      note
      replaces {
        id
        name
        title
      }
    }
  }
`);

const CreateLegalDocumentDocument = graphql(`
  mutation CreateLegalDocument($input: CreateLegalDocumentInput!) {
    createLegalDocument(input: $input) {
      ...LegalDocumentItem
    }
  }
`);

const UpdateLegalDocumentDocument = graphql(`
  mutation UpdateLegalDocument($input: UpdateLegalDocumentInput!) {
    updateLegalDocument(input: $input) {
      ...LegalDocumentItem
    }
  }
`);

const MarkLegalDocumentReplacedDocument = graphql(`
  mutation MarkLegalDocumentReplaced($input: MarkLegalDocumentReplacedInput!) {
    markLegalDocumentReplaced(input: $input) {
      ...LegalDocumentItem
    }
  }
`);

export type LegalDocumentItem = LegalDocumentItemFragment;
export type LegalDocumentDetail = LegalDocumentDetailQuery['legalDocument'];

export interface LegalDocumentFilters {
  first: number;
  search?: string;
  kind?: LegalDocumentKind;
  /** "YYYY-MM-DD": only documents in force that day */
  effectiveOn?: string;
  includeReplaced?: boolean;
}

export function useLegalDocuments(filters: LegalDocumentFilters, enabled = true) {
  return useConnectionQuery({
    queryKey: legalKeys.list(filters),
    fetchPage: (after, signal) =>
      request(
        LegalDocumentsDocument,
        {
          first: filters.first,
          after,
          search: filters.search || null,
          kind: filters.kind ?? null,
          effectiveOn: filters.effectiveOn ?? null,
          includeReplaced: filters.includeReplaced ?? false,
        },
        { signal },
      ),
    pick: (result) => result.legalDocuments,
    enabled,
  });
}

export function useLegalDocument(id: string | undefined) {
  return useQuery({
    queryKey: legalKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      request(LegalDocumentDetailDocument, { id: id ?? '' }, { signal }).then(
        (r) => r.legalDocument,
      ),
    enabled: Boolean(id),
  });
}

function useInvalidateLegal() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: legalKeys.all });
}

export function useCreateLegalDocument() {
  const invalidate = useInvalidateLegal();
  return useMutation({
    mutationFn: (input: CreateLegalDocumentInput) =>
      request(CreateLegalDocumentDocument, { input }).then((r) => r.createLegalDocument),
    onSuccess: invalidate,
  });
}

export function useUpdateLegalDocument() {
  const invalidate = useInvalidateLegal();
  return useMutation({
    mutationFn: (input: UpdateLegalDocumentInput) =>
      request(UpdateLegalDocumentDocument, { input }).then((r) => r.updateLegalDocument),
    onSuccess: invalidate,
  });
}

export function useMarkLegalDocumentReplaced() {
  const invalidate = useInvalidateLegal();
  return useMutation({
    mutationFn: (input: MarkLegalDocumentReplacedInput) =>
      request(MarkLegalDocumentReplacedDocument, { input }).then(
        (r) => r.markLegalDocumentReplaced,
      ),
    onSuccess: invalidate,
  });
}
