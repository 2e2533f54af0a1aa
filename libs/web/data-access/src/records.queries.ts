import { useMutation, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { useConnectionQuery, type Connection } from './connection';
import { graphql } from './gql';
import type {
  AwardRecordItemFragment,
  AwardSubject,
  AwardTrack,
  CreateAwardRecordInput,
  CreateEvaluationInput,
  CreateHoldInput,
  CreateInitiativeInput,
  EvaluationGrade,
  EvaluationItemFragment,
  HoldItemFragment,
  HoldKind,
  InitiativeItemFragment,
  InitiativeKind,
  LiftHoldInput,
  LockInitiativeInput,
  RecordRefInput,
  TypedDocumentString,
  UpdateAwardRecordInput,
  UpdateEvaluationInput,
  UpdateHoldInput,
  UpdateInitiativeInput,
} from './gql/graphql';
import { recordsKeys } from './query-keys';

/*
 * Hồ sơ thành tích (issue 11): evaluations, award history, sáng kiến and holds. One list query and
 * its mutations per kind; every mutation invalidates the four lists (a lock shows on the sáng kiến
 * list, an award on a person's history).
 */

export const EvaluationItemFragmentDoc = graphql(`
  fragment EvaluationItem on Evaluation {
    id
    version
    subject
    personId
    subjectName
    year
    grade
    source
    note
    canEdit
    unit {
      id
      name
      canOpen
    }
  }
`);

export const AwardRecordItemFragmentDoc = graphql(`
  fragment AwardRecordItem on AwardRecord {
    id
    version
    subject
    personId
    subjectName
    householdAddress
    awardCode
    awardName
    track
    year
    decisionNumber
    decidedOn
    decidedBy
    note
    canEdit
    unit {
      id
      name
      canOpen
    }
  }
`);

export const InitiativeItemFragmentDoc = graphql(`
  fragment InitiativeItem on Initiative {
    id
    version
    subject
    personId
    subjectName
    kind
    title
    scope
    recognisedOn
    recognisedBy
    certificateNumber
    note
    canEdit
    usedFor {
      awardName
      year
      reference
    }
    unit {
      id
      name
      canOpen
    }
  }
`);

export const HoldItemFragmentDoc = graphql(`
  fragment HoldItem on Hold {
    id
    version
    subject
    personId
    subjectName
    kind
    startsOn
    endsOn
    source
    liftedOn
    liftReason
    note
    canEdit
    unit {
      id
      name
      canOpen
    }
  }
`);

const EvaluationsDocument = graphql(`
  query Evaluations($first: Int!, $after: String, $filter: EvaluationFilter) {
    evaluations(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...EvaluationItem
        }
      }
    }
  }
`);

const AwardRecordsDocument = graphql(`
  query AwardRecords($first: Int!, $after: String, $filter: AwardRecordFilter) {
    awardRecords(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AwardRecordItem
        }
      }
    }
  }
`);

const InitiativesDocument = graphql(`
  query Initiatives($first: Int!, $after: String, $filter: InitiativeFilter) {
    initiatives(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...InitiativeItem
        }
      }
    }
  }
`);

const HoldsDocument = graphql(`
  query Holds($first: Int!, $after: String, $filter: HoldFilter) {
    holds(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...HoldItem
        }
      }
    }
  }
`);

const CreateEvaluationDocument = graphql(`
  mutation CreateEvaluation($input: CreateEvaluationInput!) {
    createEvaluation(input: $input) {
      ...EvaluationItem
    }
  }
`);
const UpdateEvaluationDocument = graphql(`
  mutation UpdateEvaluation($input: UpdateEvaluationInput!) {
    updateEvaluation(input: $input) {
      ...EvaluationItem
    }
  }
`);
const DeleteEvaluationDocument = graphql(`
  mutation DeleteEvaluation($input: RecordRefInput!) {
    deleteEvaluation(input: $input)
  }
`);
const CreateAwardRecordDocument = graphql(`
  mutation CreateAwardRecord($input: CreateAwardRecordInput!) {
    createAwardRecord(input: $input) {
      ...AwardRecordItem
    }
  }
`);
const UpdateAwardRecordDocument = graphql(`
  mutation UpdateAwardRecord($input: UpdateAwardRecordInput!) {
    updateAwardRecord(input: $input) {
      ...AwardRecordItem
    }
  }
`);
const DeleteAwardRecordDocument = graphql(`
  mutation DeleteAwardRecord($input: RecordRefInput!) {
    deleteAwardRecord(input: $input)
  }
`);
const CreateInitiativeDocument = graphql(`
  mutation CreateInitiative($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      ...InitiativeItem
    }
  }
`);
const UpdateInitiativeDocument = graphql(`
  mutation UpdateInitiative($input: UpdateInitiativeInput!) {
    updateInitiative(input: $input) {
      ...InitiativeItem
    }
  }
`);
const DeleteInitiativeDocument = graphql(`
  mutation DeleteInitiative($input: RecordRefInput!) {
    deleteInitiative(input: $input)
  }
`);
const LockInitiativeDocument = graphql(`
  mutation LockInitiative($input: LockInitiativeInput!) {
    lockInitiative(input: $input) {
      ...InitiativeItem
    }
  }
`);
const ReleaseInitiativeDocument = graphql(`
  mutation ReleaseInitiative($input: RecordRefInput!) {
    releaseInitiative(input: $input) {
      ...InitiativeItem
    }
  }
`);
const CreateHoldDocument = graphql(`
  mutation CreateHold($input: CreateHoldInput!) {
    createHold(input: $input) {
      ...HoldItem
    }
  }
`);
const UpdateHoldDocument = graphql(`
  mutation UpdateHold($input: UpdateHoldInput!) {
    updateHold(input: $input) {
      ...HoldItem
    }
  }
`);
const LiftHoldDocument = graphql(`
  mutation LiftHold($input: LiftHoldInput!) {
    liftHold(input: $input) {
      ...HoldItem
    }
  }
`);
const DeleteHoldDocument = graphql(`
  mutation DeleteHold($input: RecordRefInput!) {
    deleteHold(input: $input)
  }
`);

export type EvaluationItem = EvaluationItemFragment;
export type AwardRecordItem = AwardRecordItemFragment;
export type InitiativeItem = InitiativeItemFragment;
export type HoldItem = HoldItemFragment;
export type {
  AwardSubject,
  AwardTrack,
  EvaluationGrade,
  HoldKind,
  InitiativeKind,
} from './gql/graphql';

/** The filters every records list takes (the page's, a person's or a unit's history). */
export interface RecordFilters {
  first: number;
  search?: string;
  personId?: string;
  unitId?: string;
  /** with unitId: false = the unit itself and its predecessors */
  includeDescendants?: boolean;
  subject?: AwardSubject;
  year?: number;
}

export interface EvaluationFilters extends RecordFilters {
  grade?: EvaluationGrade;
}
export interface AwardRecordFilters extends RecordFilters {
  track?: AwardTrack;
}
export interface InitiativeFilters extends RecordFilters {
  kind?: InitiativeKind;
  free?: boolean;
}
export interface HoldFilters extends RecordFilters {
  kind?: HoldKind;
  /** "YYYY-MM-DD" */
  inForceOn?: string;
}

function filterOf(f: RecordFilters) {
  const { first: _first, search, ...rest } = f;
  const filter: Record<string, unknown> = { search: search || null };
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) filter[key] = value;
  return filter;
}

/** The variables every records list query takes (each kind's filter is a subset of the page's). */
type RecordListVariables = {
  first: number;
  after?: string | null;
  filter?: Record<string, unknown>;
};

function useRecordList<TResult, TNode>(
  kind: 'evaluations' | 'awardRecords' | 'initiatives' | 'holds',
  document: TypedDocumentString<TResult, RecordListVariables>,
  pick: (result: TResult) => Connection<TNode>,
  filters: RecordFilters,
  enabled: boolean,
) {
  return useConnectionQuery({
    queryKey: recordsKeys.list(kind, filters),
    fetchPage: (after, signal) =>
      request(document, { first: filters.first, after, filter: filterOf(filters) }, { signal }),
    pick,
    enabled,
  });
}

export const useEvaluations = (filters: EvaluationFilters, enabled = true) =>
  useRecordList('evaluations', EvaluationsDocument, (r) => r.evaluations, filters, enabled);
export const useAwardRecords = (filters: AwardRecordFilters, enabled = true) =>
  useRecordList('awardRecords', AwardRecordsDocument, (r) => r.awardRecords, filters, enabled);
export const useInitiatives = (filters: InitiativeFilters, enabled = true) =>
  useRecordList('initiatives', InitiativesDocument, (r) => r.initiatives, filters, enabled);
export const useHolds = (filters: HoldFilters, enabled = true) =>
  useRecordList('holds', HoldsDocument, (r) => r.holds, filters, enabled);

function useRecordsMutation<V, R>(fn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordsKeys.all }),
  });
}

export const useCreateEvaluation = () =>
  useRecordsMutation((input: CreateEvaluationInput) =>
    request(CreateEvaluationDocument, { input }).then((r) => r.createEvaluation),
  );
export const useUpdateEvaluation = () =>
  useRecordsMutation((input: UpdateEvaluationInput) =>
    request(UpdateEvaluationDocument, { input }).then((r) => r.updateEvaluation),
  );
export const useDeleteEvaluation = () =>
  useRecordsMutation((input: RecordRefInput) =>
    request(DeleteEvaluationDocument, { input }).then((r) => r.deleteEvaluation),
  );
export const useCreateAwardRecord = () =>
  useRecordsMutation((input: CreateAwardRecordInput) =>
    request(CreateAwardRecordDocument, { input }).then((r) => r.createAwardRecord),
  );
export const useUpdateAwardRecord = () =>
  useRecordsMutation((input: UpdateAwardRecordInput) =>
    request(UpdateAwardRecordDocument, { input }).then((r) => r.updateAwardRecord),
  );
export const useDeleteAwardRecord = () =>
  useRecordsMutation((input: RecordRefInput) =>
    request(DeleteAwardRecordDocument, { input }).then((r) => r.deleteAwardRecord),
  );
export const useCreateInitiative = () =>
  useRecordsMutation((input: CreateInitiativeInput) =>
    request(CreateInitiativeDocument, { input }).then((r) => r.createInitiative),
  );
export const useUpdateInitiative = () =>
  useRecordsMutation((input: UpdateInitiativeInput) =>
    request(UpdateInitiativeDocument, { input }).then((r) => r.updateInitiative),
  );
export const useDeleteInitiative = () =>
  useRecordsMutation((input: RecordRefInput) =>
    request(DeleteInitiativeDocument, { input }).then((r) => r.deleteInitiative),
  );
export const useLockInitiative = () =>
  useRecordsMutation((input: LockInitiativeInput) =>
    request(LockInitiativeDocument, { input }).then((r) => r.lockInitiative),
  );
export const useReleaseInitiative = () =>
  useRecordsMutation((input: RecordRefInput) =>
    request(ReleaseInitiativeDocument, { input }).then((r) => r.releaseInitiative),
  );
export const useCreateHold = () =>
  useRecordsMutation((input: CreateHoldInput) =>
    request(CreateHoldDocument, { input }).then((r) => r.createHold),
  );
export const useUpdateHold = () =>
  useRecordsMutation((input: UpdateHoldInput) =>
    request(UpdateHoldDocument, { input }).then((r) => r.updateHold),
  );
export const useLiftHold = () =>
  useRecordsMutation((input: LiftHoldInput) =>
    request(LiftHoldDocument, { input }).then((r) => r.liftHold),
  );
export const useDeleteHold = () =>
  useRecordsMutation((input: RecordRefInput) =>
    request(DeleteHoldDocument, { input }).then((r) => r.deleteHold),
  );
