import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { graphql } from './gql';
import type {
  AchievementReportContentInput,
  AchievementReportItemFragment,
  AwardDossierDraftsQuery,
  ToTrinhContentInput,
  ToTrinhDraftItemFragment,
} from './gql/graphql';
import { awardKeys } from './query-keys';

/*
 * The documents a dossier drafts itself (ADR 0020): the tờ trình and each nominee's báo cáo thành
 * tích, composed by the API from its data until an officer saves, redrafts or signs one off. They are
 * read apart from the dossier: composing every nominee's report is the costliest read of the module,
 * and the dossier is read again after every nominee or document change.
 */

export const AchievementReportItemFragmentDoc = graphql(`
  fragment AchievementReportItem on AchievementReport {
    nominationId
    dossierId
    kind
    form
    name
    award
    drafted
    draftedAt
    version
    signedOffAt
    signedOffByName
    uploaded
    documentId
    downloadPath
    content {
      period
      profile {
        label
        value
      }
      background
      commitments
      targets {
        name
        planned
        achieved
      }
      measures
      results
      lessons
      evaluations {
        year
        result
      }
      priorAwards {
        year
        award
        decision
      }
      initiatives {
        title
        level
        recognition
      }
      author {
        title
        name
      }
      confirmer {
        title
        name
      }
    }
  }
`);

export const ToTrinhDraftItemFragmentDoc = graphql(`
  fragment ToTrinhDraftItem on ToTrinhDraft {
    dossierId
    form
    number
    symbol
    numberedOn
    drafted
    draftedAt
    version
    uploaded
    documentId
    downloadPath
    awards {
      award
      collectives
      individuals
      households
    }
    content {
      place
      subject
      addressees
      bases
      councilMinutes {
        date
        body
      }
      summary
      authority
      recipients
      archive
      signer {
        on {
          authority
          of
        }
        title
        name
      }
    }
  }
`);

const AwardDossierDraftsDocument = graphql(`
  query AwardDossierDrafts($id: ID!) {
    awardDossier(id: $id) {
      id
      toTrinh {
        ...ToTrinhDraftItem
      }
      nominees {
        id
        report {
          ...AchievementReportItem
        }
      }
    }
  }
`);

const RedraftAchievementReportDocument = graphql(`
  mutation RedraftAchievementReport($input: RedraftAchievementReportInput!) {
    redraftAchievementReport(input: $input) {
      ...AchievementReportItem
    }
  }
`);

const UpdateAchievementReportDocument = graphql(`
  mutation UpdateAchievementReport($input: UpdateAchievementReportInput!) {
    updateAchievementReport(input: $input) {
      ...AchievementReportItem
    }
  }
`);

const SignOffAchievementReportDocument = graphql(`
  mutation SignOffAchievementReport($input: AchievementReportRefInput!) {
    signOffAchievementReport(input: $input) {
      ...AchievementReportItem
    }
  }
`);

const ReopenAchievementReportDocument = graphql(`
  mutation ReopenAchievementReport($input: AchievementReportRefInput!) {
    reopenAchievementReport(input: $input) {
      ...AchievementReportItem
    }
  }
`);

const RedraftToTrinhDocument = graphql(`
  mutation RedraftToTrinh($input: RedraftToTrinhInput!) {
    redraftToTrinh(input: $input) {
      ...ToTrinhDraftItem
    }
  }
`);

const UpdateToTrinhDocument = graphql(`
  mutation UpdateToTrinh($input: UpdateToTrinhInput!) {
    updateToTrinh(input: $input) {
      ...ToTrinhDraftItem
    }
  }
`);

export type AchievementReportItem = AchievementReportItemFragment;
export type ToTrinhDraftItem = ToTrinhDraftItemFragment;
export type AwardDossierDrafts = AwardDossierDraftsQuery['awardDossier'];
export type { AchievementReportContentInput, ToTrinhContentInput } from './gql/graphql';

/** The e-dossier package (.zip, REST with the session): every document as Word and PDF, listed. */
export function awardDossierPackagePath(dossierId: string): string {
  return `/api/award-dossiers/${encodeURIComponent(dossierId)}/package.zip`;
}

/**
 * The tờ trình and the reports of a dossier. Keyed by the dossier's version too: a nominee added or
 * edited, a document uploaded or a send changes the version and so reads the drafts again (a draft
 * nobody saved follows the data), while the drafts' own changes leave it as it is. The previous
 * version's answer stays on screen while the next one loads.
 */
export function useAwardDossierDrafts(dossierId: string, dossierVersion: number) {
  return useQuery({
    queryKey: awardKeys.drafts(dossierId, dossierVersion),
    queryFn: ({ signal }) =>
      request(AwardDossierDraftsDocument, { id: dossierId }, { signal }).then(
        (r) => r.awardDossier,
      ),
    placeholderData: (previous) => (previous?.id === dossierId ? previous : undefined),
  });
}

/** A draft changed: every cached read of the dossier's drafts shows the answer. */
function usePatchDrafts() {
  const queryClient = useQueryClient();
  return (dossierId: string, patch: (drafts: AwardDossierDrafts) => AwardDossierDrafts) =>
    queryClient.setQueriesData<AwardDossierDrafts>(
      { queryKey: awardKeys.draftsOf(dossierId) },
      (drafts) => (drafts ? patch(drafts) : drafts),
    );
}

/**
 * A report changed. Signing off and reopening also change what the send still misses, so the
 * dossier is read again for those (its version does not move: a draft has its own).
 */
function useReportMutation<V>(
  fn: (variables: V) => Promise<AchievementReportItem>,
  dossierChanges: boolean,
) {
  const queryClient = useQueryClient();
  const patch = usePatchDrafts();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (report) => {
      patch(report.dossierId, (drafts) => ({
        ...drafts,
        nominees: drafts.nominees.map((n) => (n.id === report.nominationId ? { ...n, report } : n)),
      }));
      if (dossierChanges)
        await queryClient.invalidateQueries({ queryKey: awardKeys.dossier(report.dossierId) });
    },
  });
}

export const useRedraftAchievementReport = () =>
  useReportMutation(
    (input: { nominationId: string; version: number }) =>
      request(RedraftAchievementReportDocument, { input }).then((r) => r.redraftAchievementReport),
    false,
  );
export const useUpdateAchievementReport = () =>
  useReportMutation(
    (input: { nominationId: string; version: number; content: AchievementReportContentInput }) =>
      request(UpdateAchievementReportDocument, { input }).then((r) => r.updateAchievementReport),
    false,
  );
export const useSignOffAchievementReport = () =>
  useReportMutation(
    (input: { nominationId: string; version: number }) =>
      request(SignOffAchievementReportDocument, { input }).then((r) => r.signOffAchievementReport),
    true,
  );
export const useReopenAchievementReport = () =>
  useReportMutation(
    (input: { nominationId: string; version: number }) =>
      request(ReopenAchievementReportDocument, { input }).then((r) => r.reopenAchievementReport),
    true,
  );

function useToTrinhMutation<V>(fn: (variables: V) => Promise<ToTrinhDraftItem>) {
  const patch = usePatchDrafts();
  return useMutation({
    mutationFn: fn,
    onSuccess: (toTrinh) => {
      patch(toTrinh.dossierId, (drafts) => ({ ...drafts, toTrinh }));
    },
  });
}

export const useRedraftToTrinh = () =>
  useToTrinhMutation((input: { dossierId: string; version: number }) =>
    request(RedraftToTrinhDocument, { input }).then((r) => r.redraftToTrinh),
  );
export const useUpdateToTrinh = () =>
  useToTrinhMutation(
    (input: { dossierId: string; version: number; content: ToTrinhContentInput }) =>
      request(UpdateToTrinhDocument, { input }).then((r) => r.updateToTrinh),
  );
