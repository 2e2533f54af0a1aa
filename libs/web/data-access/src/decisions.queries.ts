import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';

import { request } from './client';
import { useConnectionQuery } from './connection';
import { toQueryString } from './files';
import { graphql } from './gql';
import type {
  AwardDecisionCandidatesQuery,
  AwardDecisionDetailFragment,
  AwardDecisionItemFragment,
  AwardDecisionRefInput,
  AwardDecisionSort,
  AwardDecisionStatus,
  DraftAwardDecisionInput,
  PublicAwardItemFragment,
  UpdateAwardDecisionInput,
} from './gql/graphql';
import { awardKeys, decisionKeys, jobKeys, publicAwardKeys, recordsKeys } from './query-keys';

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

/*
 * Quyết định khen thưởng of an issuing unit (module decisions, ADR 0022): drafted from a round's
 * nominees appraised "đạt", edited, signed (numbered from the register), printed as certificates by a
 * job. Every mutation answers with the whole decision: the page takes it as is and the lists refetch.
 */

export const AwardDecisionItemFragmentDoc = graphql(`
  fragment AwardDecisionItem on AwardDecision {
    id
    version
    status
    year
    track
    awardCode
    awardName
    awardKind
    subject
    number
    symbol
    decidedOn
    issuedAt
    createdAt
    canManage
    canIssue
    issuerUnit {
      id
      name
      canOpen
    }
    round {
      id
      title
      year
    }
  }
`);

export const AwardDecisionRecipientItemFragmentDoc = graphql(`
  fragment AwardDecisionRecipientItem on AwardDecisionRecipient {
    id
    position
    nominationId
    dossierId
    subject
    displayName
    name
    detail
    unitName
    achievement
    awardName
    multiplier
    baseSalary
    amount
    goldBookNumber
    certificateCode
    awardRecordId
  }
`);

export const AwardDecisionDetailFragmentDoc = graphql(`
  fragment AwardDecisionDetail on AwardDecision {
    ...AwardDecisionItem
    roundId
    issuerUnitId
    authority
    achievement
    bases
    councilMinutes {
      body
      date
    }
    proposal {
      by
      reference
    }
    rewardFunding
    rewardBasis
    executors
    receivers
    archive
    place
    signer {
      on {
        authority
        of
      }
      title
      name
    }
    issuedByName
    docxPath
    pdfPath
    rewardsExportPath
    certificates {
      docxPath
      pdfPath
      madeAt
    }
    totalAmount
    updatedAt
    recipients {
      ...AwardDecisionRecipientItem
    }
  }
`);

const AwardDecisionsDocument = graphql(`
  query AwardDecisions(
    $first: Int!
    $after: String
    $filter: AwardDecisionFilter
    $sort: AwardDecisionSort
  ) {
    awardDecisions(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AwardDecisionItem
        }
      }
    }
  }
`);

const AwardDecisionDocument = graphql(`
  query AwardDecision($id: ID!) {
    awardDecision(id: $id) {
      ...AwardDecisionDetail
    }
  }
`);

const AwardDecisionCandidatesDocument = graphql(`
  query AwardDecisionCandidates($roundId: ID!, $issuerUnitId: ID!) {
    awardDecisionCandidates(roundId: $roundId, issuerUnitId: $issuerUnitId) {
      nominationId
      dossierId
      dossierStatus
      proposingUnitId
      proposingUnitName
      subject
      name
      awardCode
      awardName
      toTrinhSymbol
      decisionId
    }
  }
`);

const DraftAwardDecisionDocument = graphql(`
  mutation DraftAwardDecision($input: DraftAwardDecisionInput!) {
    draftAwardDecision(input: $input) {
      ...AwardDecisionDetail
    }
  }
`);

const UpdateAwardDecisionDocument = graphql(`
  mutation UpdateAwardDecision($input: UpdateAwardDecisionInput!) {
    updateAwardDecision(input: $input) {
      ...AwardDecisionDetail
    }
  }
`);

const DeleteAwardDecisionDocument = graphql(`
  mutation DeleteAwardDecision($input: AwardDecisionRefInput!) {
    deleteAwardDecision(input: $input)
  }
`);

const IssueAwardDecisionDocument = graphql(`
  mutation IssueAwardDecision($input: AwardDecisionRefInput!) {
    issueAwardDecision(input: $input) {
      ...AwardDecisionDetail
    }
  }
`);

const PrintAwardCertificatesDocument = graphql(`
  mutation PrintAwardCertificates($decisionId: ID!) {
    printAwardCertificates(decisionId: $decisionId) {
      ...JobItem
    }
  }
`);

export type AwardDecisionItem = AwardDecisionItemFragment;
export type AwardDecisionDetail = AwardDecisionDetailFragment;
export type AwardDecisionRecipientItem = AwardDecisionDetail['recipients'][number];
export type AwardDecisionCandidate =
  AwardDecisionCandidatesQuery['awardDecisionCandidates'][number];
export type { AwardDecisionSort, AwardDecisionStatus, UpdateAwardDecisionInput };

/** The list's filters and order, as the export takes them too (no page size). */
export interface AwardDecisionQuery {
  /** hình thức, trích yếu or số, by word prefixes */
  search?: string;
  status?: AwardDecisionStatus;
  issuerUnitId?: string;
  roundId?: string;
  /** the round's year (năm xét khen thưởng), not the year of issue */
  year?: number;
  /** NEWEST (the API's default) when absent */
  sort?: AwardDecisionSort;
}

export interface AwardDecisionFilters extends AwardDecisionQuery {
  first: number;
}

/** GET /api/exports/award-decisions.xlsx with the list's filters and order ("Xuất Excel"). */
export function awardDecisionsExportPath(q: AwardDecisionQuery): string {
  return `/api/exports/award-decisions.xlsx${toQueryString({
    search: q.search,
    status: q.status,
    issuerUnitId: q.issuerUnitId,
    roundId: q.roundId,
    year: q.year,
    sort: q.sort,
  })}`;
}

/** The decisions of the issuing units the viewer reads (DECISION_READ), in `sort`'s order (newest first). */
export function useAwardDecisions(filters: AwardDecisionFilters) {
  return useConnectionQuery({
    queryKey: decisionKeys.list(filters),
    fetchPage: (after, signal) =>
      request(
        AwardDecisionsDocument,
        {
          first: filters.first,
          after,
          filter: {
            search: filters.search || null,
            status: filters.status ?? null,
            issuerUnitId: filters.issuerUnitId ?? null,
            roundId: filters.roundId ?? null,
            year: filters.year ?? null,
          },
          sort: filters.sort ?? null,
        },
        { signal },
      ),
    pick: (result) => result.awardDecisions,
  });
}

export function useAwardDecision(id: string | undefined) {
  return useQuery({
    queryKey: decisionKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      request(AwardDecisionDocument, { id: id ?? '' }, { signal }).then((r) => r.awardDecision),
    enabled: Boolean(id),
  });
}

/** The round's nominees appraised "đạt" that a decision of the issuer may take, each with its decision. */
export function useAwardDecisionCandidates(
  roundId: string | undefined,
  issuerUnitId: string | undefined,
) {
  return useQuery({
    queryKey: decisionKeys.candidates(roundId ?? '', issuerUnitId ?? ''),
    queryFn: ({ signal }) =>
      request(
        AwardDecisionCandidatesDocument,
        { roundId: roundId ?? '', issuerUnitId: issuerUnitId ?? '' },
        { signal },
      ).then((r) => r.awardDecisionCandidates),
    enabled: Boolean(roundId && issuerUnitId),
  });
}

/**
 * A decision changed: its page shows the answer; the lists and the candidates (which say which
 * decision holds each nominee) refetch, and whatever else the change reaches (`alsoStale`).
 */
function useDecisionMutation<V>(
  fn: (variables: V) => Promise<AwardDecisionDetail>,
  alsoStale: readonly QueryKey[] = [],
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (decision) => {
      queryClient.setQueryData(decisionKeys.detail(decision.id), decision);
      return Promise.all(
        [decisionKeys.lists(), decisionKeys.candidateLists(), ...alsoStale].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
}

export const useDraftAwardDecision = () =>
  useDecisionMutation((input: DraftAwardDecisionInput) =>
    request(DraftAwardDecisionDocument, { input }).then((r) => r.draftAwardDecision),
  );

export const useUpdateAwardDecision = () =>
  useDecisionMutation((input: UpdateAwardDecisionInput) =>
    request(UpdateAwardDecisionDocument, { input }).then((r) => r.updateAwardDecision),
  );

/**
 * Signing numbers the decision, writes each recipient's award record and moves fully decided dossiers
 * to "Đã có quyết định": the dossiers, counters and records read before are stale.
 */
export const useIssueAwardDecision = () =>
  useDecisionMutation(
    (input: AwardDecisionRefInput) =>
      request(IssueAwardDecisionDocument, { input }).then((r) => r.issueAwardDecision),
    [awardKeys.all, recordsKeys.all],
  );

export function useDeleteAwardDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AwardDecisionRefInput) =>
      request(DeleteAwardDecisionDocument, { input }).then((r) => r.deleteAwardDecision),
    onSuccess: (id) => {
      queryClient.removeQueries({ queryKey: decisionKeys.detail(id) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: decisionKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: decisionKeys.candidateLists() }),
      ]);
    },
  });
}

/** Queues the certificates of an issued decision; the answer is the job to follow (`useJob`). */
export function usePrintAwardCertificates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decisionId: string) =>
      request(PrintAwardCertificatesDocument, { decisionId }).then((r) => r.printAwardCertificates),
    onSuccess: (job) => queryClient.setQueryData(jobKeys.detail(job.id), job),
  });
}
