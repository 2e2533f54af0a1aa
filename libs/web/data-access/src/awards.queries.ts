import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { request } from './client';
import { useConnectionQuery } from './connection';
import { uploadFile } from './files';
import { graphql } from './gql';
import type {
  AddNomineeInput,
  AppraiseAwardDossierInput,
  AwardCountersQuery,
  AwardDossierDetailFragment,
  AwardDossierItemFragment,
  AwardRoundItemFragment,
  AwardRoundKind,
  AwardRoundRefInput,
  AwardRoundStatus,
  AwardEligibilityCheckQuery,
  CreateAwardDossierInput,
  CreateAwardRoundInput,
  DossierAction,
  DossierDocumentKind,
  DossierStatus,
  JobItemFragment,
  RemoveDossierDocumentInput,
  RemoveNomineeInput,
  ReturnAwardDossierInput,
  UpdateAwardRoundInput,
  UpdateNomineeInput,
  WithdrawAwardDossierInput,
  WriteDossierDocumentInput,
} from './gql/graphql';
import { awardKeys, jobKeys } from './query-keys';

/*
 * Đợt xét khen thưởng and hồ sơ đề nghị khen thưởng (module awards, ADR 0019). Every dossier mutation
 * answers with the whole dossier: the page takes it as is (no second request) and the lists refetch,
 * since status, late flag and order may have changed.
 */

export const AwardRoundItemFragmentDoc = graphql(`
  fragment AwardRoundItem on AwardRound {
    id
    title
    kind
    track
    year
    status
    deadline
    decidingAuthority
    note
    awardForms
    quotas {
      form
      collectives
      individuals
      either
      per
      note
    }
    campaignPlanId
    canManage
    version
    createdAt
    updatedAt
    receivingUnit {
      id
      name
      canOpen
    }
  }
`);

export const AwardDossierItemFragmentDoc = graphql(`
  fragment AwardDossierItem on AwardDossier {
    id
    status
    late
    clock
    dueOn
    deadlineStatus
    submittedAt
    firstSubmittedAt
    receivedAt
    version
    createdAt
    updatedAt
    round {
      id
      title
      kind
      year
      deadline
    }
    unit {
      id
      name
      canOpen
    }
    receivingUnit {
      id
      name
      canOpen
    }
    nomineeCount
  }
`);

/** A dossier as its page reads it: header, nominees, documents, routing, the history. */
export const AwardDossierDetailFragmentDoc = graphql(`
  fragment AwardDossierDetail on AwardDossier {
    id
    status
    late
    clock
    dueOn
    deadlineStatus
    note
    submittedAt
    firstSubmittedAt
    receivedAt
    originDossierId
    version
    createdAt
    updatedAt
    canEdit
    availableActions
    missingDocuments
    round {
      ...AwardRoundItem
    }
    unit {
      id
      name
      canOpen
    }
    receivingUnit {
      id
      name
      canOpen
    }
    nominees {
      id
      position
      subject
      name
      personId
      subjectUnitId
      householdAddress
      awardCode
      awardName
      achievements
      eligibilityChecked
      eligibility {
        verdict
        on
        stage
        basis
        ruleVersionId
        manualReason
        uncertain
        checks {
          key
          code
          principle
          met
          requirement
          label
          basis
          uncertain
        }
      }
      initiativeIds
      appraisalVerdict
      appraisalRemark
      appraisalChecklist {
        key
        source
        requirement
        finding
        met
        basis
      }
      originNominationId
    }
    documents {
      id
      kind
      nominationId
      fileName
      mediaType
      size
      text
      note
      downloadPath
      originDocumentId
      generated
      createdAt
    }
    quotaFindings {
      form
      limit
      used
      over
      explanation
    }
    events {
      id
      action
      fromStatus
      toStatus
      actorName
      at
      reason
      late
      dossierVersion
      remarks {
        nominationId
        documentId
        label
        remark
      }
      appraisal {
        nominationId
        name
        verdict
        remark
        checklist {
          key
          requirement
          ok
          remark
          settledBy
        }
      }
      quota {
        form
        limit
        used
        over
        explanation
      }
      changes {
        nomineesAdded
        nomineesRemoved
        nomineesEdited
        documentsAdded
        documentsRemoved
        documentsReplaced
      }
      notice {
        noticeId
        title
        required
        articles
        startsOn
        endsOn
        workingDays
        nominees
        publishedAt
        closedAt
        counts {
          kind
          count
        }
        comments {
          kind
          nominee
          excerpt
          receivedAt
          outcome
          handling
          handledAt
          handledBy
        }
      }
    }
  }
`);

const AwardRoundsDocument = graphql(`
  query AwardRounds($first: Int!, $after: String, $filter: AwardRoundFilter) {
    awardRounds(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AwardRoundItem
        }
      }
    }
  }
`);

const CreateAwardRoundDocument = graphql(`
  mutation CreateAwardRound($input: CreateAwardRoundInput!) {
    createAwardRound(input: $input) {
      ...AwardRoundItem
    }
  }
`);

const UpdateAwardRoundDocument = graphql(`
  mutation UpdateAwardRound($input: UpdateAwardRoundInput!) {
    updateAwardRound(input: $input) {
      ...AwardRoundItem
    }
  }
`);

const CloseAwardRoundDocument = graphql(`
  mutation CloseAwardRound($input: AwardRoundRefInput!) {
    closeAwardRound(input: $input) {
      ...AwardRoundItem
    }
  }
`);

const ReopenAwardRoundDocument = graphql(`
  mutation ReopenAwardRound($input: AwardRoundRefInput!) {
    reopenAwardRound(input: $input) {
      ...AwardRoundItem
    }
  }
`);

const AwardDossiersDocument = graphql(`
  query AwardDossiers($first: Int!, $after: String, $filter: AwardDossierFilter) {
    awardDossiers(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AwardDossierItem
        }
      }
    }
  }
`);

const AwardDossierInboxDocument = graphql(`
  query AwardDossierInbox($first: Int!, $after: String, $filter: AwardDossierFilter) {
    awardDossierInbox(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AwardDossierItem
        }
      }
    }
  }
`);

const AwardDossierDocument = graphql(`
  query AwardDossier($id: ID!) {
    awardDossier(id: $id) {
      ...AwardDossierDetail
    }
  }
`);

const CreateAwardDossierDocument = graphql(`
  mutation CreateAwardDossier($input: CreateAwardDossierInput!) {
    createAwardDossier(input: $input) {
      ...AwardDossierDetail
    }
  }
`);

const DeleteAwardDossierDocument = graphql(`
  mutation DeleteAwardDossier($input: AwardDossierRefInput!) {
    deleteAwardDossier(input: $input)
  }
`);

const AddAwardNomineeDocument = graphql(`
  mutation AddAwardNominee($input: AddNomineeInput!) {
    addAwardNominee(input: $input) {
      ...AwardDossierDetail
    }
  }
`);

const UpdateAwardNomineeDocument = graphql(`
  mutation UpdateAwardNominee($input: UpdateNomineeInput!) {
    updateAwardNominee(input: $input) {
      ...AwardDossierDetail
    }
  }
`);

const RemoveAwardNomineeDocument = graphql(`
  mutation RemoveAwardNominee($input: RemoveNomineeInput!) {
    removeAwardNominee(input: $input) {
      ...AwardDossierDetail
    }
  }
`);

const WriteAwardDossierDocumentDocument = graphql(`
  mutation WriteAwardDossierDocument($input: WriteDossierDocumentInput!) {
    writeAwardDossierDocument(input: $input) {
      ...AwardDossierDetail
    }
  }
`);

const RemoveAwardDossierDocumentDocument = graphql(`
  mutation RemoveAwardDossierDocument($input: RemoveDossierDocumentInput!) {
    removeAwardDossierDocument(input: $input) {
      ...AwardDossierDetail
    }
  }
`);

const SubmitAwardDossierDocument = graphql(`
  mutation SubmitAwardDossier($input: AwardDossierRefInput!) {
    submitAwardDossier(input: $input) {
      ...AwardDossierDetail
    }
  }
`);

const RecallAwardDossierDocument = graphql(`
  mutation RecallAwardDossier($input: AwardDossierRefInput!) {
    recallAwardDossier(input: $input) {
      ...AwardDossierDetail
    }
  }
`);

const WithdrawAwardDossierDocument = graphql(`
  mutation WithdrawAwardDossier($input: WithdrawAwardDossierInput!) {
    withdrawAwardDossier(input: $input) {
      ...AwardDossierDetail
    }
  }
`);

const ReceiveAwardDossierDocument = graphql(`
  mutation ReceiveAwardDossier($input: AwardDossierRefInput!) {
    receiveAwardDossier(input: $input) {
      ...AwardDossierDetail
    }
  }
`);

const ReturnAwardDossierDocument = graphql(`
  mutation ReturnAwardDossier($input: ReturnAwardDossierInput!) {
    returnAwardDossier(input: $input) {
      ...AwardDossierDetail
    }
  }
`);

const AppraiseAwardDossierDocument = graphql(`
  mutation AppraiseAwardDossier($input: AppraiseAwardDossierInput!) {
    appraiseAwardDossier(input: $input) {
      ...AwardDossierDetail
    }
  }
`);

const ForwardAwardDossierToCouncilDocument = graphql(`
  mutation ForwardAwardDossierToCouncil($input: AwardDossierRefInput!) {
    forwardAwardDossierToCouncil(input: $input) {
      ...AwardDossierDetail
    }
  }
`);

export type AwardRoundItem = AwardRoundItemFragment;
export type AwardDossierItem = AwardDossierItemFragment;
export type AwardDossierDetail = AwardDossierDetailFragment;
export type AwardNominationItem = AwardDossierDetail['nominees'][number];
export type AwardDossierDocumentItem = AwardDossierDetail['documents'][number];
export type AwardDossierEventItem = AwardDossierDetail['events'][number];
export type {
  AddNomineeInput,
  AppraisalVerdict,
  AwardRoundKind,
  AwardRoundStatus,
  CreateAwardRoundInput,
  DeadlineStatus,
  DossierAction,
  DossierDocumentKind,
  DossierEventAction,
  DossierStatus,
  EligibilityVerdict,
  UpdateAwardRoundInput,
  UpdateNomineeInput,
} from './gql/graphql';

export interface AwardRoundFilters {
  first: number;
  search?: string;
  kind?: AwardRoundKind;
  year?: number;
  status?: AwardRoundStatus;
  receivingUnitId?: string;
}

export interface AwardDossierFilters {
  first: number;
  search?: string;
  roundId?: string;
  unitId?: string;
  status?: DossierStatus;
  /** true: only dossiers sent after the round's deadline */
  late?: boolean;
  /** true: only dossiers past the due day of their running clock (inbox "Quá hạn") */
  overdue?: boolean;
}

export function useAwardRounds(filters: AwardRoundFilters, enabled = true) {
  return useConnectionQuery({
    queryKey: awardKeys.rounds(filters),
    fetchPage: (after, signal) =>
      request(
        AwardRoundsDocument,
        {
          first: filters.first,
          after,
          filter: {
            search: filters.search || null,
            kind: filters.kind ?? null,
            year: filters.year ?? null,
            status: filters.status ?? null,
            receivingUnitId: filters.receivingUnitId ?? null,
          },
        },
        { signal },
      ),
    pick: (result) => result.awardRounds,
    enabled,
  });
}

function dossierFilter(filters: AwardDossierFilters) {
  return {
    search: filters.search || null,
    roundId: filters.roundId ?? null,
    unitId: filters.unitId ?? null,
    status: filters.status ?? null,
    late: filters.late ?? null,
    overdue: filters.overdue ?? null,
  };
}

/** The dossiers of the proposing units in the viewer's scope ("Hồ sơ đề nghị khen thưởng"). */
export function useAwardDossiers(filters: AwardDossierFilters, enabled = true) {
  return useConnectionQuery({
    queryKey: awardKeys.dossiers(filters),
    fetchPage: (after, signal) =>
      request(
        AwardDossiersDocument,
        { first: filters.first, after, filter: dossierFilter(filters) },
        { signal },
      ),
    pick: (result) => result.awardDossiers,
    enabled,
  });
}

/** The dossiers sent to the receiving units in the viewer's scope ("Hồ sơ gửi đến"). */
export function useAwardDossierInbox(filters: AwardDossierFilters, enabled = true) {
  return useConnectionQuery({
    queryKey: awardKeys.inbox(filters),
    fetchPage: (after, signal) =>
      request(
        AwardDossierInboxDocument,
        { first: filters.first, after, filter: dossierFilter(filters) },
        { signal },
      ),
    pick: (result) => result.awardDossierInbox,
    enabled,
  });
}

export function useAwardDossier(id: string | undefined) {
  return useQuery({
    queryKey: awardKeys.dossier(id ?? ''),
    queryFn: ({ signal }) =>
      request(AwardDossierDocument, { id: id ?? '' }, { signal }).then((r) => r.awardDossier),
    enabled: Boolean(id),
  });
}

/** A round changed: every list of rounds refetches (the screens read rounds from their lists). */
function useRoundMutation<V>(fn: (variables: V) => Promise<AwardRoundItem>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: awardKeys.roundLists() }),
  });
}

export const useCreateAwardRound = () =>
  useRoundMutation((input: CreateAwardRoundInput) =>
    request(CreateAwardRoundDocument, { input }).then((r) => r.createAwardRound),
  );
export const useUpdateAwardRound = () =>
  useRoundMutation((input: UpdateAwardRoundInput) =>
    request(UpdateAwardRoundDocument, { input }).then((r) => r.updateAwardRound),
  );
export const useCloseAwardRound = () =>
  useRoundMutation((input: AwardRoundRefInput) =>
    request(CloseAwardRoundDocument, { input }).then((r) => r.closeAwardRound),
  );
export const useReopenAwardRound = () =>
  useRoundMutation((input: AwardRoundRefInput) =>
    request(ReopenAwardRoundDocument, { input }).then((r) => r.reopenAwardRound),
  );

/**
 * What a dossier change makes stale beside the dossier itself: both lists (own and inbox), and the
 * counters (a nominee added, a send, an appraisal change what they count; without this the rounds
 * page and the plan's "Khen thưởng" tab showed the old figures for the 30 s the reads stay fresh).
 */
function invalidateDossierReads(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: awardKeys.dossierLists() }),
    queryClient.invalidateQueries({ queryKey: awardKeys.counterLists() }),
  ]);
}

/** A dossier changed: its page shows the answer, the lists and counters refetch. */
function useDossierMutation<V>(fn: (variables: V) => Promise<AwardDossierDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (dossier) => {
      queryClient.setQueryData(awardKeys.dossier(dossier.id), dossier);
      return invalidateDossierReads(queryClient);
    },
  });
}

export const useCreateAwardDossier = () =>
  useDossierMutation((input: CreateAwardDossierInput) =>
    request(CreateAwardDossierDocument, { input }).then((r) => r.createAwardDossier),
  );

export function useDeleteAwardDossier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; version: number }) =>
      request(DeleteAwardDossierDocument, { input }).then((r) => r.deleteAwardDossier),
    onSuccess: (id) => {
      queryClient.removeQueries({ queryKey: awardKeys.dossier(id) });
      return invalidateDossierReads(queryClient);
    },
  });
}

export const useAddAwardNominee = () =>
  useDossierMutation((input: AddNomineeInput) =>
    request(AddAwardNomineeDocument, { input }).then((r) => r.addAwardNominee),
  );
export const useUpdateAwardNominee = () =>
  useDossierMutation((input: UpdateNomineeInput) =>
    request(UpdateAwardNomineeDocument, { input }).then((r) => r.updateAwardNominee),
  );
export const useRemoveAwardNominee = () =>
  useDossierMutation((input: RemoveNomineeInput) =>
    request(RemoveAwardNomineeDocument, { input }).then((r) => r.removeAwardNominee),
  );
export const useWriteAwardDossierDocument = () =>
  useDossierMutation((input: WriteDossierDocumentInput) =>
    request(WriteAwardDossierDocumentDocument, { input }).then((r) => r.writeAwardDossierDocument),
  );
export const useRemoveAwardDossierDocument = () =>
  useDossierMutation((input: RemoveDossierDocumentInput) =>
    request(RemoveAwardDossierDocumentDocument, { input }).then(
      (r) => r.removeAwardDossierDocument,
    ),
  );

/**
 * One routing move (ADR 0019): the dossier's `availableActions` name the ones the API accepts from
 * this viewer now. DECIDE is recorded by the councils module and has no mutation here.
 */
export type AwardDossierMove =
  | { action: 'SUBMIT' | 'RECALL' | 'RECEIVE' | 'FORWARD_TO_COUNCIL'; id: string; version: number }
  | ({ action: 'WITHDRAW' } & WithdrawAwardDossierInput)
  | ({ action: 'RETURN' } & ReturnAwardDossierInput)
  | ({ action: 'APPRAISE' } & AppraiseAwardDossierInput);

export type RoutableDossierAction = Exclude<DossierAction, 'DECIDE'>;

export function useMoveAwardDossier() {
  return useDossierMutation((move: AwardDossierMove): Promise<AwardDossierDetail> => {
    switch (move.action) {
      case 'SUBMIT':
        return request(SubmitAwardDossierDocument, {
          input: { id: move.id, version: move.version },
        }).then((r) => r.submitAwardDossier);
      case 'RECALL':
        return request(RecallAwardDossierDocument, {
          input: { id: move.id, version: move.version },
        }).then((r) => r.recallAwardDossier);
      case 'RECEIVE':
        return request(ReceiveAwardDossierDocument, {
          input: { id: move.id, version: move.version },
        }).then((r) => r.receiveAwardDossier);
      case 'FORWARD_TO_COUNCIL':
        return request(ForwardAwardDossierToCouncilDocument, {
          input: { id: move.id, version: move.version },
        }).then((r) => r.forwardAwardDossierToCouncil);
      case 'WITHDRAW':
        return request(WithdrawAwardDossierDocument, {
          input: { id: move.id, version: move.version, reason: move.reason },
        }).then((r) => r.withdrawAwardDossier);
      case 'RETURN':
        return request(ReturnAwardDossierDocument, {
          input: { id: move.id, version: move.version, reason: move.reason, remarks: move.remarks },
        }).then((r) => r.returnAwardDossier);
      case 'APPRAISE':
        return request(AppraiseAwardDossierDocument, {
          input: { id: move.id, version: move.version, items: move.items },
        }).then((r) => r.appraiseAwardDossier);
    }
  });
}

/** The REST route that takes a dossier's file (multipart "file", "kind", "nominationId", "version"). */
export function awardDossierUploadPath(dossierId: string): string {
  return `/api/award-dossiers/${encodeURIComponent(dossierId)}/documents`;
}

/**
 * Uploads a document into a slot of a dossier being prepared (POST /api/award-dossiers/:id/documents
 * with the dossier's version read); the dossier refetches, since the answer carries only its new
 * version.
 */
export function useUploadAwardDossierDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      dossierId,
      version,
      kind,
      nominationId,
      note,
      file,
    }: {
      dossierId: string;
      version: number;
      kind: DossierDocumentKind;
      nominationId?: string | null;
      note?: string | null;
      file: File;
    }) => {
      const fields: Record<string, string> = { kind, version: String(version) };
      if (nominationId) fields['nominationId'] = nominationId;
      if (note) fields['note'] = note;
      return uploadFile<{ id: string; version: number }>(
        awardDossierUploadPath(dossierId),
        file,
        fields,
      );
    },
    onSuccess: (_answer, { dossierId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: awardKeys.dossier(dossierId) }),
        invalidateDossierReads(queryClient),
      ]),
  });
}

// ---------------------------------------------------------------------------------------------------
// batch eligibility checks and counters (issue 11, ADR 0019 §14)

export const AwardCountsItemFragmentDoc = graphql(`
  fragment AwardCountsItem on AwardCounts {
    proposed
    eligible
    notEligible
    toConfirm
    unchecked
    appraisedPass
    appraisedFail
    escalated
    dossiers
    late
    overdue
    byStatus {
      status
      count
    }
  }
`);

const AwardCountersDocument = graphql(`
  query AwardCounters($roundId: ID, $campaignPlanId: ID) {
    awardCounters(roundId: $roundId, campaignPlanId: $campaignPlanId) {
      rounds {
        roundId
        round {
          id
          title
          year
          status
          deadline
          canCheckEligibility
        }
        counts {
          ...AwardCountsItem
        }
      }
      total {
        ...AwardCountsItem
      }
    }
  }
`);

const CheckAwardEligibilityDocument = graphql(`
  mutation CheckAwardEligibility($dossierId: ID!) {
    checkAwardEligibility(dossierId: $dossierId) {
      ...JobItem
    }
  }
`);

const CheckRoundEligibilityDocument = graphql(`
  mutation CheckRoundEligibility($roundId: ID!) {
    checkRoundEligibility(roundId: $roundId) {
      ...JobItem
    }
  }
`);

const AwardEligibilityCheckDocument = graphql(`
  query AwardEligibilityCheck($jobId: ID!) {
    awardEligibilityCheck(jobId: $jobId) {
      side
      finished
      roundId
      dossierId
      dossiers
      checked
      eligible
      notEligible
      toConfirm
      changed
      stored
      findings {
        nominationId
        dossierId
        unitName
        name
        awardName
        storedVerdict
        verdict
        reasons
      }
      job {
        ...JobItem
      }
    }
  }
`);

export type AwardCounters = AwardCountersQuery['awardCounters'];
export type AwardCountsItem = AwardCounters['total'];
export type AwardEligibilityCheckReport = AwardEligibilityCheckQuery['awardEligibilityCheck'];
export type AwardEligibilityFinding = AwardEligibilityCheckReport['findings'][number];

/**
 * Counters of a round, of a campaign plan's rounds, or (neither) of every round where the viewer
 * reads a dossier: only the dossiers of the viewer's units and those sent to them are counted.
 */
export function useAwardCounters(
  filter: { roundId?: string; campaignPlanId?: string },
  enabled = true,
) {
  return useQuery({
    queryKey: awardKeys.counters(filter),
    queryFn: ({ signal }) =>
      request(
        AwardCountersDocument,
        { roundId: filter.roundId ?? null, campaignPlanId: filter.campaignPlanId ?? null },
        { signal },
      ).then((r) => r.awardCounters),
    enabled,
  });
}

/** Queues a dossier's whole-list check; the answer is the job to follow (`useJob`). */
export function useCheckAwardEligibility() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dossierId: string): Promise<JobItemFragment> =>
      request(CheckAwardEligibilityDocument, { dossierId }).then((r) => r.checkAwardEligibility),
    onSuccess: (job) => queryClient.setQueryData(jobKeys.detail(job.id), job),
  });
}

/** Queues the receiving unit's check of every dossier of a round it received. */
export function useCheckRoundEligibility() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (roundId: string): Promise<JobItemFragment> =>
      request(CheckRoundEligibilityDocument, { roundId }).then((r) => r.checkRoundEligibility),
    onSuccess: (job) => queryClient.setQueryData(jobKeys.detail(job.id), job),
  });
}

/** The report of a check (its starter's); read once the job has ended. */
export function useAwardEligibilityCheck(jobId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: awardKeys.eligibilityCheck(jobId ?? ''),
    queryFn: ({ signal }) =>
      request(AwardEligibilityCheckDocument, { jobId: jobId ?? '' }, { signal }).then(
        (r) => r.awardEligibilityCheck,
      ),
    enabled: Boolean(jobId) && enabled,
  });
}
