import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { hasErrorCode, request } from './client';
import { useConnectionQuery } from './connection';
import { graphql } from './gql';
import type {
  AwardNoticeDetailFragment,
  CloseAwardNoticeInput,
  ExtendAwardNoticeInput,
  HandleNoticeCommentInput,
  NoticeCommentItemFragment,
  PublicAwardNoticeItemFragment,
  PublishAwardNoticeInput,
  SubmitNoticeCommentInput,
} from './gql/graphql';
import { awardKeys, noticeKeys } from './query-keys';

/*
 * Công khai danh sách đề nghị khen thưởng (module awards, ADR 0021): the dossier page's notice panel
 * (officers, through the dossier) and the public page (no sign-in: three operations, public fields
 * only). A change to a notice refetches the dossier too, whose send depends on it.
 */

export const PublicAwardNoticeItemFragmentDoc = graphql(`
  fragment PublicAwardNoticeItem on PublicAwardNotice {
    id
    title
    unitName
    startsOn
    endsOn
    workingDays
    articles
    publishedAt
    acceptingComments
    nominees {
      position
      subject
      name
      detail
      awardName
    }
  }
`);

export const NoticeCommentItemFragmentDoc = graphql(`
  fragment NoticeCommentItem on NoticeComment {
    id
    version
    kind
    nomineePosition
    nomineeLabel
    text
    receivedAt
    authorName
    contact
    outcome
    handling
    handledAt
    handledByName
  }
`);

export const AwardNoticeDetailFragmentDoc = graphql(`
  fragment AwardNoticeDetail on AwardNotice {
    id
    version
    dossierId
    title
    unitName
    required
    workingDays
    articles
    startsOn
    endsOn
    status
    phase
    publishedAt
    publishedByName
    closedAt
    closedByName
    publicPath
    canManage
    unhandledCount
    counts {
      kind
      count
    }
    nominees {
      position
      nominationId
      name
      detail
      awardName
      required
    }
  }
`);

const AwardNoticePanelDocument = graphql(`
  query AwardNoticePanel($dossierId: ID!) {
    awardDossier(id: $dossierId) {
      id
      noticeRequirement {
        required
        workingDays
        articles
        nominees
      }
    }
    awardNotice(dossierId: $dossierId) {
      ...AwardNoticeDetail
    }
  }
`);

const AwardNoticeCommentsDocument = graphql(`
  query AwardNoticeComments($dossierId: ID!, $first: Int!, $after: String) {
    awardNotice(dossierId: $dossierId) {
      id
      comments(first: $first, after: $after) {
        totalCount
        totalCountCapped
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...NoticeCommentItem
          }
        }
      }
    }
  }
`);

const PublishAwardNoticeDocument = graphql(`
  mutation PublishAwardNotice($input: PublishAwardNoticeInput!) {
    publishAwardNotice(input: $input) {
      ...AwardNoticeDetail
    }
  }
`);

const ExtendAwardNoticeDocument = graphql(`
  mutation ExtendAwardNotice($input: ExtendAwardNoticeInput!) {
    extendAwardNotice(input: $input) {
      ...AwardNoticeDetail
    }
  }
`);

const CloseAwardNoticeDocument = graphql(`
  mutation CloseAwardNotice($input: CloseAwardNoticeInput!) {
    closeAwardNotice(input: $input) {
      ...AwardNoticeDetail
    }
  }
`);

const HandleNoticeCommentDocument = graphql(`
  mutation HandleNoticeComment($input: HandleNoticeCommentInput!) {
    handleNoticeComment(input: $input) {
      ...NoticeCommentItem
    }
  }
`);

const PublicAwardNoticesDocument = graphql(`
  query PublicAwardNotices($first: Int!, $after: String, $search: String) {
    publicAwardNotices(first: $first, after: $after, search: $search) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PublicAwardNoticeItem
        }
      }
    }
  }
`);

const PublicAwardNoticeDocument = graphql(`
  query PublicAwardNotice($id: ID!) {
    publicAwardNotice(id: $id) {
      ...PublicAwardNoticeItem
    }
  }
`);

const NoticeEndDateDocument = graphql(`
  query NoticeEndDate($start: Date!, $days: Int!) {
    addWorkingDays(start: $start, days: $days) {
      date
      missingYears
    }
  }
`);

const SubmitNoticeCommentDocument = graphql(`
  mutation SubmitNoticeComment($input: SubmitNoticeCommentInput!) {
    submitNoticeComment(input: $input) {
      kind
      nomineeLabel
      receivedAt
    }
  }
`);

export type PublicAwardNoticeItem = PublicAwardNoticeItemFragment;
export type AwardNoticeDetail = AwardNoticeDetailFragment;
export type NoticeCommentItem = NoticeCommentItemFragment;
export type {
  NoticeCommentKind,
  NoticeOutcome,
  NoticePhase,
  NoticeStatus,
  SubmitNoticeCommentInput,
} from './gql/graphql';

export interface PublicNoticeFilters {
  first: number;
  search?: string;
}

// -----------------------------------------------------------------------------------------------------
// officers (the dossier page)

/**
 * The dossier's latest notice and what the rules of its nominees ask now. Keyed by the dossier's
 * version too: a nominee added, removed or proposed for another award changes what the rules ask, and
 * the panel stayed mounted on the old answer (a notice's own changes refetch it through `dossier`).
 * The previous version's answer stays on screen while the next one loads.
 */
export function useAwardNoticePanel(dossierId: string, dossierVersion: number) {
  return useQuery({
    queryKey: noticeKeys.panel(dossierId, dossierVersion),
    queryFn: ({ signal }) =>
      request(AwardNoticePanelDocument, { dossierId }, { signal }).then((r) => ({
        dossierId,
        requirement: r.awardDossier.noticeRequirement,
        notice: r.awardNotice ?? null,
      })),
    placeholderData: (previous) => (previous?.dossierId === dossierId ? previous : undefined),
  });
}

export function useAwardNoticeComments(dossierId: string, first: number, enabled = true) {
  return useConnectionQuery({
    queryKey: noticeKeys.comments(dossierId, first),
    fetchPage: async (after, signal) => {
      const r = await request(AwardNoticeCommentsDocument, { dossierId, first, after }, { signal });
      return (
        r.awardNotice?.comments ?? {
          totalCount: 0,
          totalCountCapped: false,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: [],
        }
      );
    },
    pick: (result) => result,
    enabled,
  });
}

/**
 * The last day of a notice starting on `start` for `days` working days (the start day not counted),
 * on the API's working-day calendar: what the publish dialog shows before the officer confirms.
 */
export function useNoticeEndDate(start: string | null, days: number) {
  return useQuery({
    queryKey: noticeKeys.endDate(start ?? '', days),
    queryFn: ({ signal }) =>
      request(NoticeEndDateDocument, { start: start ?? '', days }, { signal }).then(
        (r) => r.addWorkingDays,
      ),
    enabled: Boolean(start) && days > 0,
  });
}

/**
 * A notice changed: its panel and comments refetch, and the dossier (its send depends on it). A
 * CONFLICT refetches the panel and comments too: the dialogs close on one, and the version they hold
 * would otherwise be refused again until the page is reloaded.
 */
function useNoticeMutation<V, R>(dossierId: string, fn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: noticeKeys.dossier(dossierId) }),
        queryClient.invalidateQueries({ queryKey: awardKeys.dossier(dossierId) }),
      ]),
    onError: (error) =>
      hasErrorCode(error, 'CONFLICT')
        ? queryClient.invalidateQueries({ queryKey: noticeKeys.dossier(dossierId) })
        : undefined,
  });
}

export const usePublishAwardNotice = (dossierId: string) =>
  useNoticeMutation(dossierId, (input: PublishAwardNoticeInput) =>
    request(PublishAwardNoticeDocument, { input }).then((r) => r.publishAwardNotice),
  );
export const useExtendAwardNotice = (dossierId: string) =>
  useNoticeMutation(dossierId, (input: ExtendAwardNoticeInput) =>
    request(ExtendAwardNoticeDocument, { input }).then((r) => r.extendAwardNotice),
  );
export const useCloseAwardNotice = (dossierId: string) =>
  useNoticeMutation(dossierId, (input: CloseAwardNoticeInput) =>
    request(CloseAwardNoticeDocument, { input }).then((r) => r.closeAwardNotice),
  );
export const useHandleNoticeComment = (dossierId: string) =>
  useNoticeMutation(dossierId, (input: HandleNoticeCommentInput) =>
    request(HandleNoticeCommentDocument, { input }).then((r) => r.handleNoticeComment),
  );

// -----------------------------------------------------------------------------------------------------
// public (no sign-in)

export function usePublicAwardNotices(filters: PublicNoticeFilters) {
  return useConnectionQuery({
    queryKey: noticeKeys.publicList(filters),
    fetchPage: (after, signal) =>
      request(
        PublicAwardNoticesDocument,
        { first: filters.first, after, search: filters.search || null },
        { signal },
      ),
    pick: (result) => result.publicAwardNotices,
  });
}

export function usePublicAwardNotice(id: string | undefined) {
  return useQuery({
    queryKey: noticeKeys.publicOne(id ?? ''),
    queryFn: ({ signal }) =>
      request(PublicAwardNoticeDocument, { id: id ?? '' }, { signal }).then(
        (r) => r.publicAwardNotice,
      ),
    enabled: Boolean(id),
  });
}

export function useSubmitNoticeComment() {
  return useMutation({
    mutationFn: (input: SubmitNoticeCommentInput) =>
      request(SubmitNoticeCommentDocument, { input }).then((r) => r.submitNoticeComment),
  });
}
