import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { useConnectionQuery } from './connection';
import { uploadFile } from './files';
import { graphql } from './gql';
import type {
  AmendCampaignPlanInput,
  CampaignAddresseeItemFragment,
  CampaignAddresseeStatus,
  CampaignCalendarQuery,
  CampaignCascadeSummaryQuery,
  CampaignInboxQuery,
  CampaignKind,
  CampaignPlanDetailFragment,
  CampaignPlanItemFragment,
  CampaignPlanReviewStage,
  CampaignPlanStatus,
  CampaignRegistrantKind,
  CampaignRegistrationItemFragment,
  CampaignRegistrationStatus,
  CampaignRegistrationSummaryQuery,
  CampaignReviewItemFragment,
  CampaignReviewKind,
  CampaignReviewStatus,
  CampaignReviewSummaryQuery,
  CreateCampaignPlanInput,
  CreateCampaignRegistrationInput,
  CreateCampaignReviewInput,
  DeleteCampaignPlanDraftInput,
  IssueCampaignPlanInput,
  RemindCampaignAddresseesInput,
  ReturnCampaignPlanInput,
  ReturnCampaignReviewInput,
  SubmitCampaignPlanInput,
  UpdateCampaignPlanInput,
} from './gql/graphql';
import { campaignKeys } from './query-keys';

/** A plan as a row of the list: enough for the status, period, issuer and number. */
export const CampaignPlanItemFragmentDoc = graphql(`
  fragment CampaignPlanItem on CampaignPlan {
    id
    title
    kind
    scope
    status
    periodFrom
    periodTo
    number
    symbol
    issuedOn
    returnReason
    version
    createdAt
    updatedAt
    issuerUnit {
      id
      name
      shortName
      canOpen
    }
  }
`);

/** Every part of a plan's content, as the editor and the preview read it. */
export const CampaignPlanContentFieldsFragmentDoc = graphql(`
  fragment CampaignPlanContentFields on CampaignPlanContent {
    opening {
      verb
      resolution
    }
    purpose {
      aims
      requirements
      numbered
    }
    numbering
    headings {
      purpose
      contest
      theme
      motto
      period
      participants
      content
      targets
      schedule
      measures
      awards
      implementation
    }
    contestOrder
    schedulePlacement
    theme
    motto
    methods
    participants {
      collectives
      individuals
    }
    sections {
      title
      paragraphs
      footnotes
      subsections {
        title
        paragraphs
        footnotes
      }
    }
    targets {
      indicator
      target
      unit
      year
      responsibleUnitName
      note
    }
    phases {
      name
      from
      to
      tasks
    }
    milestones {
      date
      label
      tentative
    }
    measures
    awards {
      forms {
        name
        text
      }
      criteria {
        label
        text
      }
      quotas {
        form
        collectives
        individuals
        either
        per
        note
      }
      dossier
      submitTo
      deadline
      deadlineNote
    }
    implementation {
      body
      tasks
      asTyped
    }
    reporting {
      who
      frequency
      to
      via
      inText
    }
    closing
    recipients {
      groups {
        heading
        names
      }
      archive
    }
    signature {
      on {
        authority
        of
      }
      title
      name
    }
  }
`);

/**
 * A plan with everything the detail page, the editor and the preview need: the issuer's tree, short
 * name and parent (the document's header), the căn cứ as the registry has them, the signer once issued,
 * and the viewer's rights on this plan (`canManage`, `canIssue`, `canAnswer`).
 */
export const CampaignPlanDetailFragmentDoc = graphql(`
  fragment CampaignPlanDetail on CampaignPlan {
    ...CampaignPlanItem
    issuePlace
    documentUrl
    # what the viewer may do on this plan (the issuer unit's rights, or an addressed unit's)
    canManage
    canIssue
    canAnswer
    issuerUnit {
      id
      name
      shortName
      tree
      canOpen
      parent {
        id
        name
      }
    }
    legalBases {
      id
      kind
      number
      name
      title
      issuingBody
      issuedOn
      status
    }
    signer {
      on {
        authority
        of
      }
      title
      name
    }
    content {
      ...CampaignPlanContentFields
    }
    addressing {
      unitIds
      subtreeUnitIds
      unitKindCodes
      unitKindsWithinUnitIds
      clusterIds
      units {
        id
        name
      }
      subtreeUnits {
        id
        name
      }
      unitKindsWithinUnits {
        id
        name
      }
    }
    answerDeadline
    respondsToPlanId
    respondsToPlan {
      id
      title
      symbol
      issuedOn
      issuerUnit {
        id
        name
      }
    }
    amendmentNote
    amends {
      id
      title
      symbol
      issuedOn
    }
    supersededBy {
      id
      title
      symbol
      issuedOn
    }
    pdfUrl
    pdfAvailable
    pdfStatus
  }
`);

const CampaignPlansDocument = graphql(`
  query CampaignPlans(
    $first: Int!
    $after: String
    $search: String
    $status: CampaignPlanStatus
    $kind: CampaignKind
    $year: Int
    $issuerUnitId: ID
  ) {
    campaignPlans(
      first: $first
      after: $after
      search: $search
      status: $status
      kind: $kind
      year: $year
      issuerUnitId: $issuerUnitId
    ) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CampaignPlanItem
        }
      }
    }
  }
`);

const CampaignPlanDocument = graphql(`
  query CampaignPlan($id: ID!) {
    campaignPlan(id: $id) {
      ...CampaignPlanDetail
    }
  }
`);

const CreateCampaignPlanDocument = graphql(`
  mutation CreateCampaignPlan($input: CreateCampaignPlanInput!) {
    createCampaignPlan(input: $input) {
      ...CampaignPlanDetail
    }
  }
`);

const UpdateCampaignPlanDocument = graphql(`
  mutation UpdateCampaignPlan($input: UpdateCampaignPlanInput!) {
    updateCampaignPlan(input: $input) {
      ...CampaignPlanDetail
    }
  }
`);

const DeleteCampaignPlanDraftDocument = graphql(`
  mutation DeleteCampaignPlanDraft($input: DeleteCampaignPlanDraftInput!) {
    deleteCampaignPlanDraft(input: $input)
  }
`);

const SubmitCampaignPlanDocument = graphql(`
  mutation SubmitCampaignPlan($input: SubmitCampaignPlanInput!) {
    submitCampaignPlan(input: $input) {
      ...CampaignPlanDetail
    }
  }
`);

const ReturnCampaignPlanDocument = graphql(`
  mutation ReturnCampaignPlan($input: ReturnCampaignPlanInput!) {
    returnCampaignPlan(input: $input) {
      ...CampaignPlanDetail
    }
  }
`);

const IssueCampaignPlanDocument = graphql(`
  mutation IssueCampaignPlan($input: IssueCampaignPlanInput!) {
    issueCampaignPlan(input: $input) {
      ...CampaignPlanDetail
    }
  }
`);

export type CampaignPlanItem = CampaignPlanItemFragment;
export type CampaignPlanDetail = CampaignPlanDetailFragment;
export type CampaignPlanContentData = CampaignPlanDetail['content'];
export type CampaignLegalBasis = CampaignPlanDetail['legalBases'][number];

export interface CampaignPlanFilters {
  first: number;
  search?: string;
  status?: CampaignPlanStatus;
  kind?: CampaignKind;
  /** plans whose period touches this year */
  year?: number;
  issuerUnitId?: string;
}

export function useCampaignPlans(filters: CampaignPlanFilters, enabled = true) {
  return useConnectionQuery({
    queryKey: campaignKeys.list(filters),
    fetchPage: (after, signal) =>
      request(
        CampaignPlansDocument,
        {
          first: filters.first,
          after,
          search: filters.search || null,
          status: filters.status ?? null,
          kind: filters.kind ?? null,
          year: filters.year ?? null,
          issuerUnitId: filters.issuerUnitId ?? null,
        },
        { signal },
      ),
    pick: (result) => result.campaignPlans,
    enabled,
  });
}

export function useCampaignPlan(id: string | undefined) {
  return useQuery({
    queryKey: campaignKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      request(CampaignPlanDocument, { id: id ?? '' }, { signal }).then((r) => r.campaignPlan),
    enabled: Boolean(id),
  });
}

/**
 * After a change: the plan's own entry takes the answer (the page shows it without a second request),
 * every list is refetched (status, number and order may have changed).
 */
function useSettlePlan() {
  const queryClient = useQueryClient();
  return (plan: CampaignPlanDetail) => {
    queryClient.setQueryData(campaignKeys.detail(plan.id), plan);
    return queryClient.invalidateQueries({ queryKey: campaignKeys.lists() });
  };
}

export function useCreateCampaignPlan() {
  const settle = useSettlePlan();
  return useMutation({
    mutationFn: (input: CreateCampaignPlanInput) =>
      request(CreateCampaignPlanDocument, { input }).then((r) => r.createCampaignPlan),
    onSuccess: settle,
  });
}

export function useUpdateCampaignPlan() {
  const settle = useSettlePlan();
  return useMutation({
    mutationFn: (input: UpdateCampaignPlanInput) =>
      request(UpdateCampaignPlanDocument, { input }).then((r) => r.updateCampaignPlan),
    onSuccess: settle,
  });
}

export function useDeleteCampaignPlanDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DeleteCampaignPlanDraftInput) =>
      request(DeleteCampaignPlanDraftDocument, { input }).then((r) => r.deleteCampaignPlanDraft),
    onSuccess: (id) => {
      queryClient.removeQueries({ queryKey: campaignKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: campaignKeys.lists() });
    },
  });
}

export function useSubmitCampaignPlan() {
  const settle = useSettlePlan();
  return useMutation({
    mutationFn: (input: SubmitCampaignPlanInput) =>
      request(SubmitCampaignPlanDocument, { input }).then((r) => r.submitCampaignPlan),
    onSuccess: settle,
  });
}

export function useReturnCampaignPlan() {
  const settle = useSettlePlan();
  return useMutation({
    mutationFn: (input: ReturnCampaignPlanInput) =>
      request(ReturnCampaignPlanDocument, { input }).then((r) => r.returnCampaignPlan),
    onSuccess: settle,
  });
}

export function useIssueCampaignPlan() {
  const settle = useSettlePlan();
  return useMutation({
    mutationFn: (input: IssueCampaignPlanInput) =>
      request(IssueCampaignPlanDocument, { input }).then((r) => r.issueCampaignPlan),
    onSuccess: settle,
  });
}

// ---------------------------------------------------------------------------------------------------
// After issue: lifecycle, amendment, the cascade to the addressed units, registrations and reviews

const StartCampaignPlanDocument = graphql(`
  mutation StartCampaignPlan($input: CampaignPlanStepInput!) {
    startCampaignPlan(input: $input) {
      ...CampaignPlanDetail
    }
  }
`);

const OpenCampaignPlanReviewDocument = graphql(`
  mutation OpenCampaignPlanReview($input: OpenCampaignPlanReviewInput!) {
    openCampaignPlanReview(input: $input) {
      ...CampaignPlanDetail
    }
  }
`);

const ResumeCampaignPlanDocument = graphql(`
  mutation ResumeCampaignPlan($input: CampaignPlanStepInput!) {
    resumeCampaignPlan(input: $input) {
      ...CampaignPlanDetail
    }
  }
`);

const CloseCampaignPlanDocument = graphql(`
  mutation CloseCampaignPlan($input: CampaignPlanStepInput!) {
    closeCampaignPlan(input: $input) {
      ...CampaignPlanDetail
    }
  }
`);

const AmendCampaignPlanDocument = graphql(`
  mutation AmendCampaignPlan($input: AmendCampaignPlanInput!) {
    amendCampaignPlan(input: $input) {
      ...CampaignPlanDetail
    }
  }
`);

/** One lifecycle step: the plan's status moves on (start, review, resume, close). */
export type CampaignPlanStep =
  | { step: 'start' | 'resume' | 'close'; id: string; version: number }
  | { step: 'review'; kind: CampaignPlanReviewStage; id: string; version: number };

export function useCampaignPlanStep() {
  const settle = useSettlePlan();
  return useMutation({
    mutationFn: (input: CampaignPlanStep): Promise<CampaignPlanDetail> => {
      const ref = { id: input.id, version: input.version };
      switch (input.step) {
        case 'start':
          return request(StartCampaignPlanDocument, { input: ref }).then(
            (r) => r.startCampaignPlan,
          );
        case 'resume':
          return request(ResumeCampaignPlanDocument, { input: ref }).then(
            (r) => r.resumeCampaignPlan,
          );
        case 'close':
          return request(CloseCampaignPlanDocument, { input: ref }).then(
            (r) => r.closeCampaignPlan,
          );
        case 'review':
          return request(OpenCampaignPlanReviewDocument, {
            input: { ...ref, kind: input.kind },
          }).then((r) => r.openCampaignPlanReview);
      }
    },
    onSuccess: settle,
  });
}

export function useAmendCampaignPlan() {
  const settle = useSettlePlan();
  return useMutation({
    mutationFn: (input: AmendCampaignPlanInput) =>
      request(AmendCampaignPlanDocument, { input }).then((r) => r.amendCampaignPlan),
    onSuccess: settle,
  });
}

export const CampaignAddresseeItemFragmentDoc = graphql(`
  fragment CampaignAddresseeItem on CampaignAddressee {
    id
    rule
    deadline
    status
    answeredOn
    reminderCount
    lastRemindedAt
    createdAt
    unit {
      id
      name
      code
      canOpen
    }
    inheritedFromUnit {
      id
      name
    }
    answerPlan {
      id
      symbol
      title
      issuedOn
    }
  }
`);

const CampaignPlanAddresseesDocument = graphql(`
  query CampaignPlanAddressees(
    $planId: ID!
    $first: Int!
    $after: String
    $status: CampaignAddresseeStatus
    $underUnitId: ID
    $search: String
  ) {
    campaignPlanAddressees(
      planId: $planId
      first: $first
      after: $after
      status: $status
      underUnitId: $underUnitId
      search: $search
    ) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CampaignAddresseeItem
        }
      }
    }
  }
`);

const CampaignCascadeSummaryDocument = graphql(`
  query CampaignCascadeSummary($planId: ID!, $underUnitId: ID) {
    campaignCascadeSummary(planId: $planId, underUnitId: $underUnitId) {
      planId
      underUnit {
        id
        name
      }
      counts {
        total
        answered
        answeredLate
        pending
        overdue
      }
      groups {
        addressed
        unit {
          id
          name
          childCount
        }
        counts {
          total
          answered
          answeredLate
          pending
          overdue
        }
      }
    }
  }
`);

const CampaignInboxDocument = graphql(`
  query CampaignInbox(
    $first: Int!
    $after: String
    $status: CampaignAddresseeStatus
    $year: Int
    $search: String
  ) {
    campaignInbox(first: $first, after: $after, status: $status, year: $year, search: $search) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CampaignAddresseeItem
          plan {
            id
            title
            symbol
            issuedOn
            status
            periodFrom
            periodTo
            issuerUnit {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const RemindCampaignAddresseesDocument = graphql(`
  mutation RemindCampaignAddressees($input: RemindCampaignAddresseesInput!) {
    remindCampaignAddressees(input: $input) {
      reminded
      remindedAt
    }
  }
`);

export type CampaignAddresseeItem = CampaignAddresseeItemFragment;
export type CampaignInboxItem = CampaignInboxQuery['campaignInbox']['edges'][number]['node'];
export type CampaignCascadeSummary = CampaignCascadeSummaryQuery['campaignCascadeSummary'];

export interface CampaignAddresseeFilters {
  planId: string;
  first: number;
  status?: CampaignAddresseeStatus;
  underUnitId?: string;
  search?: string;
}

export function useCampaignPlanAddressees(filters: CampaignAddresseeFilters, enabled = true) {
  return useConnectionQuery({
    queryKey: campaignKeys.addressees(filters),
    fetchPage: (after, signal) =>
      request(
        CampaignPlanAddresseesDocument,
        {
          planId: filters.planId,
          first: filters.first,
          after,
          status: filters.status ?? null,
          underUnitId: filters.underUnitId ?? null,
          search: filters.search || null,
        },
        { signal },
      ),
    pick: (result) => result.campaignPlanAddressees,
    enabled,
  });
}

export function useCampaignCascadeSummary(planId: string, underUnitId?: string, enabled = true) {
  return useQuery({
    queryKey: campaignKeys.cascade(planId, underUnitId),
    queryFn: ({ signal }) =>
      request(
        CampaignCascadeSummaryDocument,
        { planId, underUnitId: underUnitId ?? null },
        { signal },
      ).then((r) => r.campaignCascadeSummary),
    enabled,
  });
}

export interface CampaignInboxFilters {
  first: number;
  status?: CampaignAddresseeStatus;
  year?: number;
  search?: string;
}

export function useCampaignInbox(filters: CampaignInboxFilters, enabled = true) {
  return useConnectionQuery({
    queryKey: campaignKeys.inbox(filters),
    fetchPage: (after, signal) =>
      request(
        CampaignInboxDocument,
        {
          first: filters.first,
          after,
          status: filters.status ?? null,
          year: filters.year ?? null,
          search: filters.search || null,
        },
        { signal },
      ),
    pick: (result) => result.campaignInbox,
    enabled,
  });
}

export function useRemindCampaignAddressees() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RemindCampaignAddresseesInput) =>
      request(RemindCampaignAddresseesDocument, { input }).then((r) => r.remindCampaignAddressees),
    onSuccess: (_result, input) =>
      queryClient.invalidateQueries({ queryKey: campaignKeys.followUp(String(input.planId)) }),
  });
}

export const CampaignRegistrationItemFragmentDoc = graphql(`
  fragment CampaignRegistrationItem on CampaignRegistration {
    id
    kind
    status
    registrantName
    commitments
    returnReason
    submittedAt
    reviewedAt
    canDecide
    canEdit
    version
    titles {
      code
      name
    }
    unit {
      id
      name
    }
  }
`);

const CampaignRegistrationsDocument = graphql(`
  query CampaignRegistrations(
    $planId: ID!
    $first: Int!
    $after: String
    $filter: CampaignRegistrationFilter
  ) {
    campaignRegistrations(planId: $planId, first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CampaignRegistrationItem
        }
      }
    }
  }
`);

const CampaignRegistrationSummaryDocument = graphql(`
  query CampaignRegistrationSummary($planId: ID!) {
    campaignRegistrationSummary(planId: $planId) {
      total {
        units {
          total
          draft
          submitted
          returned
          approved
        }
        people {
          total
          draft
          submitted
          returned
          approved
        }
      }
    }
  }
`);

const ApproveCampaignRegistrationDocument = graphql(`
  mutation ApproveCampaignRegistration($input: CampaignRegistrationRefInput!) {
    approveCampaignRegistration(input: $input) {
      ...CampaignRegistrationItem
    }
  }
`);

const ReturnCampaignRegistrationDocument = graphql(`
  mutation ReturnCampaignRegistration($input: ReturnCampaignRegistrationInput!) {
    returnCampaignRegistration(input: $input) {
      ...CampaignRegistrationItem
    }
  }
`);

export type CampaignRegistrationItem = CampaignRegistrationItemFragment;
export type CampaignRegistrationTotals =
  CampaignRegistrationSummaryQuery['campaignRegistrationSummary']['total'];

export interface CampaignRegistrationFilters {
  planId: string;
  first: number;
  status?: CampaignRegistrationStatus;
  kind?: CampaignRegistrantKind;
  search?: string;
}

export function useCampaignRegistrations(filters: CampaignRegistrationFilters, enabled = true) {
  return useConnectionQuery({
    queryKey: campaignKeys.registrations(filters),
    fetchPage: (after, signal) =>
      request(
        CampaignRegistrationsDocument,
        {
          planId: filters.planId,
          first: filters.first,
          after,
          filter: {
            status: filters.status ?? null,
            kind: filters.kind ?? null,
            search: filters.search || null,
          },
        },
        { signal },
      ),
    pick: (result) => result.campaignRegistrations,
    enabled,
  });
}

export function useCampaignRegistrationSummary(planId: string, enabled = true) {
  return useQuery({
    queryKey: [...campaignKeys.followUp(planId), 'registration-summary'] as const,
    queryFn: ({ signal }) =>
      request(CampaignRegistrationSummaryDocument, { planId }, { signal }).then(
        (r) => r.campaignRegistrationSummary.total,
      ),
    enabled,
  });
}

/** Approve or return a registration; the plan's follow-up lists refetch. */
export function useDecideCampaignRegistration(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      input: { id: string; version: number } & ({ approve: true } | { reason: string }),
    ) =>
      'approve' in input
        ? request(ApproveCampaignRegistrationDocument, {
            input: { id: input.id, version: input.version },
          }).then((r) => r.approveCampaignRegistration)
        : request(ReturnCampaignRegistrationDocument, {
            input: { id: input.id, version: input.version, reason: input.reason },
          }).then((r) => r.returnCampaignRegistration),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.followUp(planId) }),
  });
}

export const CampaignReviewItemFragmentDoc = graphql(`
  fragment CampaignReviewItem on CampaignReview {
    id
    kind
    status
    report
    deadline
    late
    submittedAt
    returnReason
    canReturn
    canEdit
    version
    unit {
      id
      name
    }
    figures {
      targetIndex
      achieved
      note
      target {
        indicator
        target
        unit
      }
    }
    attachments {
      name
      url
    }
  }
`);

const CampaignReviewsDocument = graphql(`
  query CampaignReviews(
    $planId: ID!
    $kind: CampaignReviewKind!
    $first: Int!
    $after: String
    $filter: CampaignReviewFilter
  ) {
    campaignReviews(planId: $planId, kind: $kind, first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CampaignReviewItem
        }
      }
    }
  }
`);

const CampaignReviewSummaryDocument = graphql(`
  query CampaignReviewSummary($planId: ID!, $kind: CampaignReviewKind!) {
    campaignReviewSummary(planId: $planId, kind: $kind) {
      kind
      deadline
      overdue
      addressed
      submitted
      onTime
      late
      missing
      drafts
      returned
    }
  }
`);

const ReturnCampaignReviewDocument = graphql(`
  mutation ReturnCampaignReview($input: ReturnCampaignReviewInput!) {
    returnCampaignReview(input: $input) {
      ...CampaignReviewItem
    }
  }
`);

export type CampaignReviewItem = CampaignReviewItemFragment;
export type CampaignReviewSummary = CampaignReviewSummaryQuery['campaignReviewSummary'];

export interface CampaignReviewFilters {
  planId: string;
  kind: CampaignReviewKind;
  first: number;
  status?: CampaignReviewStatus;
}

export function useCampaignReviews(filters: CampaignReviewFilters, enabled = true) {
  return useConnectionQuery({
    queryKey: campaignKeys.reviews(filters),
    fetchPage: (after, signal) =>
      request(
        CampaignReviewsDocument,
        {
          planId: filters.planId,
          kind: filters.kind,
          first: filters.first,
          after,
          filter: { status: filters.status ?? null },
        },
        { signal },
      ),
    pick: (result) => result.campaignReviews,
    enabled,
  });
}

export function useCampaignReviewSummary(planId: string, kind: CampaignReviewKind, enabled = true) {
  return useQuery({
    queryKey: [...campaignKeys.followUp(planId), 'review-summary', kind] as const,
    queryFn: ({ signal }) =>
      request(CampaignReviewSummaryDocument, { planId, kind }, { signal }).then(
        (r) => r.campaignReviewSummary,
      ),
    enabled,
  });
}

export function useReturnCampaignReview(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReturnCampaignReviewInput) =>
      request(ReturnCampaignReviewDocument, { input }).then((r) => r.returnCampaignReview),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.followUp(planId) }),
  });
}

/** The answer of an upload: the report's new version and its attachments. */
export interface CampaignReviewAttachments {
  id: string;
  version: number;
  attachments: CampaignReviewItem['attachments'];
}

/**
 * Attaches a file to a report not yet sent (POST /api/campaign-reviews/:id/attachments, with the
 * version read); the plan's reviews refetch.
 */
export function useAttachCampaignReviewFile(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, file }: { id: string; version: number; file: File }) =>
      uploadFile<CampaignReviewAttachments>(
        `/api/campaign-reviews/${encodeURIComponent(id)}/attachments`,
        file,
        { version: String(version) },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.followUp(planId) }),
  });
}

const CampaignCalendarDocument = graphql(`
  query CampaignCalendar($first: Int!, $year: Int) {
    campaignPlans(first: $first, year: $year) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          periodFrom
          periodTo
          answerDeadline
          content {
            phases {
              name
              from
              to
            }
            milestones {
              date
              label
              tentative
            }
            awards {
              deadline
              submitTo
            }
          }
        }
      }
    }
  }
`);

export type CampaignCalendarPlan = CampaignCalendarQuery['campaignPlans']['edges'][number]['node'];

/**
 * The dated parts of the plans whose period touches `year` (at most `first`: a calendar of one
 * province's year holds a few dozen plans).
 */
export function useCampaignCalendar(year: number, first = 100, enabled = true) {
  return useQuery({
    queryKey: [...campaignKeys.lists(), 'calendar', year, first] as const,
    queryFn: ({ signal }) =>
      request(CampaignCalendarDocument, { first, year }, { signal }).then((r) => ({
        plans: r.campaignPlans.edges.map((e) => e.node),
        more: r.campaignPlans.pageInfo.hasNextPage,
      })),
    enabled,
  });
}

const CreateCampaignRegistrationDocument = graphql(`
  mutation CreateCampaignRegistration($input: CreateCampaignRegistrationInput!) {
    createCampaignRegistration(input: $input) {
      ...CampaignRegistrationItem
    }
  }
`);

const SubmitCampaignRegistrationDocument = graphql(`
  mutation SubmitCampaignRegistration($input: CampaignRegistrationRefInput!) {
    submitCampaignRegistration(input: $input) {
      ...CampaignRegistrationItem
    }
  }
`);

const DeleteCampaignRegistrationDocument = graphql(`
  mutation DeleteCampaignRegistration($input: CampaignRegistrationRefInput!) {
    deleteCampaignRegistration(input: $input)
  }
`);

const CreateCampaignReviewDocument = graphql(`
  mutation CreateCampaignReview($input: CreateCampaignReviewInput!) {
    createCampaignReview(input: $input) {
      ...CampaignReviewItem
    }
  }
`);

const SubmitCampaignReviewDocument = graphql(`
  mutation SubmitCampaignReview($input: CampaignReviewRefInput!) {
    submitCampaignReview(input: $input) {
      ...CampaignReviewItem
    }
  }
`);

/** What an addressed unit does with a plan's registrations: create, send, withdraw a draft. */
export function useCampaignRegistrationActions(planId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    queryClient.invalidateQueries({ queryKey: campaignKeys.followUp(planId) });
  return {
    create: useMutation({
      mutationFn: (input: CreateCampaignRegistrationInput) =>
        request(CreateCampaignRegistrationDocument, { input }).then(
          (r) => r.createCampaignRegistration,
        ),
      onSuccess,
    }),
    submit: useMutation({
      mutationFn: (input: { id: string; version: number }) =>
        request(SubmitCampaignRegistrationDocument, { input }).then(
          (r) => r.submitCampaignRegistration,
        ),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (input: { id: string; version: number }) =>
        request(DeleteCampaignRegistrationDocument, { input }).then(
          (r) => r.deleteCampaignRegistration,
        ),
      onSuccess,
    }),
  };
}

/** What an addressed unit does with its sơ kết / tổng kết report: write it, send it. */
export function useCampaignReviewActions(planId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    queryClient.invalidateQueries({ queryKey: campaignKeys.followUp(planId) });
  return {
    create: useMutation({
      mutationFn: (input: CreateCampaignReviewInput) =>
        request(CreateCampaignReviewDocument, { input }).then((r) => r.createCampaignReview),
      onSuccess,
    }),
    submit: useMutation({
      mutationFn: (input: { id: string; version: number }) =>
        request(SubmitCampaignReviewDocument, { input }).then((r) => r.submitCampaignReview),
      onSuccess,
    }),
  };
}
