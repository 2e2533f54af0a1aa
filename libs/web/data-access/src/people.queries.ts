import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { useConnectionQuery } from './connection';
import { graphql } from './gql';
import type {
  AddPositionInput,
  CreatePersonInput,
  EndPositionInput,
  PersonDetailFragment,
  PersonItemFragment,
  PositionItemFragment,
  Sex,
  StaffCategory,
  TransferPersonInput,
  UpdatePersonInput,
  UnitPastStaffQuery,
} from './gql/graphql';
import { personKeys, unitKeys } from './query-keys';

export const PositionItemFragmentDoc = graphql(`
  fragment PositionItem on Position {
    id
    title
    startedOn
    endedOn
    isLeader
    staffCategory
    unit {
      id
      code
      name
      status
    }
  }
`);

export const PersonItemFragmentDoc = graphql(`
  fragment PersonItem on Person {
    id
    code
    fullName
    sex
    dateOfBirth
    partyMember
    version
    currentPositions {
      ...PositionItem
    }
  }
`);

export const PersonDetailFragmentDoc = graphql(`
  fragment PersonDetail on Person {
    ...PersonItem
    ethnicity
    religion
    hometown
    partyJoinedOn
    note
    positions {
      ...PositionItem
    }
  }
`);

const PeopleDocument = graphql(`
  query People(
    $first: Int!
    $after: String
    $search: String
    $unitId: ID
    $includeDescendants: Boolean
    $sex: Sex
    $partyMember: Boolean
    $staffCategory: StaffCategory
    $includeFormer: Boolean
  ) {
    people(
      first: $first
      after: $after
      search: $search
      unitId: $unitId
      includeDescendants: $includeDescendants
      sex: $sex
      partyMember: $partyMember
      staffCategory: $staffCategory
      includeFormer: $includeFormer
    ) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PersonItem
        }
      }
    }
  }
`);

const PersonDocument = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonDetail
    }
  }
`);

const CreatePersonDocument = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      ...PersonDetail
    }
  }
`);

const UpdatePersonDocument = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      ...PersonDetail
    }
  }
`);

const AddPositionDocument = graphql(`
  mutation AddPosition($input: AddPositionInput!) {
    addPosition(input: $input) {
      ...PositionItem
    }
  }
`);

const EndPositionDocument = graphql(`
  mutation EndPosition($input: EndPositionInput!) {
    endPosition(input: $input) {
      ...PositionItem
    }
  }
`);

const TransferPersonDocument = graphql(`
  mutation TransferPerson($input: TransferPersonInput!) {
    transferPerson(input: $input) {
      ...PersonDetail
    }
  }
`);

export type PersonItem = PersonItemFragment;
export type PersonDetail = PersonDetailFragment;
export type PositionItem = PositionItemFragment;

export interface PeopleFilters {
  first: number;
  search?: string;
  unitId?: string;
  /** with `unitId`: also people of the units below it (default true on the API) */
  includeDescendants?: boolean;
  sex?: Sex;
  partyMember?: boolean;
  staffCategory?: StaffCategory;
  /** people with no current position */
  includeFormer?: boolean;
}

export function usePeople(filters: PeopleFilters, enabled = true) {
  return useConnectionQuery({
    queryKey: personKeys.list(filters),
    enabled,
    fetchPage: (after, signal) =>
      request(
        PeopleDocument,
        {
          first: filters.first,
          after,
          search: filters.search || null,
          unitId: filters.unitId ?? null,
          // Boolean! with a default on the API: leave out rather than send null
          includeDescendants: filters.includeDescendants,
          sex: filters.sex ?? null,
          partyMember: filters.partyMember ?? null,
          staffCategory: filters.staffCategory ?? null,
          includeFormer: filters.includeFormer,
        },
        { signal },
      ),
    pick: (result) => result.people,
  });
}

const UnitPastStaffDocument = graphql(`
  query UnitPastStaff($unitId: ID!, $first: Int!, $after: String) {
    people(
      unitId: $unitId
      includeDescendants: false
      includeFormer: true
      first: $first
      after: $after
    ) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fullName
          positions {
            ...PositionItem
          }
        }
      }
    }
  }
`);

export type UnitPastStaffPerson = UnitPastStaffQuery['people']['edges'][number]['node'];

/**
 * Everyone who held a post at this very unit, now or before, with their posts: an ended unit's page
 * keeps its past staff (the posts a merge ended stay on the old unit).
 */
export function useUnitPastStaff(unitId: string, first = 20) {
  return useConnectionQuery({
    queryKey: [...personKeys.all, 'past-staff', unitId, first] as const,
    fetchPage: (after, signal) =>
      request(UnitPastStaffDocument, { unitId, first, after }, { signal }),
    pick: (result) => result.people,
  });
}

export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: personKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      request(PersonDocument, { id: id ?? '' }, { signal }).then((r) => r.person),
    enabled: Boolean(id),
  });
}

function useInvalidatePeople() {
  const queryClient = useQueryClient();
  // a unit's staff count changes with positions
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: personKeys.all }),
      queryClient.invalidateQueries({ queryKey: unitKeys.details() }),
    ]);
}

export function useCreatePerson() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (input: CreatePersonInput) =>
      request(CreatePersonDocument, { input }).then((r) => r.createPerson),
    onSuccess: invalidate,
  });
}

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (input: UpdatePersonInput) =>
      request(UpdatePersonDocument, { input }).then((r) => r.updatePerson),
    onSuccess: (person) => {
      queryClient.setQueryData(personKeys.detail(person.id), person);
      return invalidate();
    },
  });
}

export function useAddPosition() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (input: AddPositionInput) =>
      request(AddPositionDocument, { input }).then((r) => r.addPosition),
    onSuccess: invalidate,
  });
}

export function useEndPosition() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (input: EndPositionInput) =>
      request(EndPositionDocument, { input }).then((r) => r.endPosition),
    onSuccess: invalidate,
  });
}

export function useTransferPerson() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (input: TransferPersonInput) =>
      request(TransferPersonDocument, { input }).then((r) => r.transferPerson),
    onSuccess: invalidate,
  });
}
