import { useQuery } from '@tanstack/react-query';

import { request } from './client';
import { useConnectionQuery } from './connection';
import { graphql } from './gql';
import type { PublicAwardItemFragment } from './gql/graphql';
import { publicAwardKeys } from './query-keys';

/*
 * Khen thưởng đã có quyết định, read without signing in (module decisions, ADR 0022): the page a
 * certificate's QR code opens (`/xac-minh/<code>`, verifyPath in award-decision-files.service.ts) and
 * the public lookup by name. Two `@Public()` queries, only what the decision itself publishes.
 */

export const PublicAwardItemFragmentDoc = graphql(`
  fragment PublicAwardItem on PublicAward {
    name
    unitName
    awardName
    decisionNumber
    decidedOn
    issuerName
    goldBookNumber
    year
  }
`);

const VerifyAwardCertificateDocument = graphql(`
  query VerifyAwardCertificate($code: String!) {
    verifyAwardCertificate(code: $code) {
      ...PublicAwardItem
    }
  }
`);

const PublicAwardLookupDocument = graphql(`
  query PublicAwardLookup(
    $name: String!
    $unitName: String
    $year: Int
    $first: Int!
    $after: String
  ) {
    publicAwardLookup(name: $name, unitName: $unitName, year: $year, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PublicAwardItem
        }
      }
    }
  }
`);

export type PublicAwardItem = PublicAwardItemFragment;

export interface PublicAwardLookupFilters {
  first: number;
  /** họ tên or tên tập thể: the API needs it, so nothing is asked for without it */
  name: string;
  unitName?: string;
  year?: number;
}

/** The certificate printed with this code (NOT_FOUND: no issued, unrevoked certificate has it). */
export function useVerifyAwardCertificate(code: string | undefined) {
  return useQuery({
    queryKey: publicAwardKeys.verify(code ?? ''),
    queryFn: ({ signal }) =>
      request(VerifyAwardCertificateDocument, { code: code ?? '' }, { signal }).then(
        (r) => r.verifyAwardCertificate,
      ),
    enabled: Boolean(code?.trim()),
  });
}

export function usePublicAwardLookup(filters: PublicAwardLookupFilters | null) {
  return useConnectionQuery({
    queryKey: publicAwardKeys.lookup(filters),
    fetchPage: (after, signal) =>
      request(
        PublicAwardLookupDocument,
        {
          first: filters?.first ?? 20,
          after,
          name: filters?.name ?? '',
          unitName: filters?.unitName || null,
          year: filters?.year ?? null,
        },
        { signal },
      ),
    pick: (result) => result.publicAwardLookup,
    enabled: Boolean(filters?.name.trim()),
  });
}
