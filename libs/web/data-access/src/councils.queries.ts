import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { useConnectionQuery } from './connection';
import { uploadFile } from './files';
import { graphql } from './gql';
import type {
  MyCouncilSessionsQuery,
  AddCouncilAgendaFromRoundInput,
  AddCouncilGuestInput,
  AddCouncilMemberInput,
  CouncilDetailFragment,
  CouncilItemFragment,
  CouncilMemberItemFragment,
  CouncilMemberRefInput,
  CouncilSessionDetailFragment,
  CouncilSessionItemFragment,
  CouncilSessionRefInput,
  CouncilSessionStatus,
  CreateCouncilInput,
  CreateCouncilSessionInput,
  MoveCouncilAgendaItemInput,
  RemoveCouncilAgendaItemInput,
  RemoveCouncilGuestInput,
  SetCouncilAttendanceInput,
  SignCouncilSessionInput,
  UpdateCouncilInput,
  UpdateCouncilMemberInput,
  UpdateCouncilSessionInput,
} from './gql/graphql';
import { councilKeys } from './query-keys';

/*
 * Hội đồng Thi đua - Khen thưởng, its composition over time and its sessions (module councils, issue
 * 12). Every session mutation answers with the session: the page takes the whole detail from a refetch
 * (the answer's fields are the session's own, without members, agenda and quorum).
 */

export const CouncilItemFragmentDoc = graphql(`
  fragment CouncilItem on Council {
    id
    name
    unitId
    clusterId
    standingUnitId
    decisionNumber
    decisionDate
    decisionText
    quorumShare
    awardPresenceShare
    proxiesAllowed
    endedOn
    active
    canManage
    version
    unit {
      id
      name
      canOpen
    }
    standingUnit {
      id
      name
      canOpen
    }
  }
`);

export const CouncilMemberItemFragmentDoc = graphql(`
  fragment CouncilMemberItem on CouncilMember {
    id
    councilId
    personId
    fullName
    role
    title
    from
    to
    userId
    version
  }
`);

/** A council's page: the council and its members on the chosen day. */
export const CouncilDetailFragmentDoc = graphql(`
  fragment CouncilDetail on Council {
    ...CouncilItem
    members(on: $on) {
      ...CouncilMemberItem
    }
  }
`);

export const CouncilSessionItemFragmentDoc = graphql(`
  fragment CouncilSessionItem on CouncilSession {
    id
    councilId
    title
    kind
    date
    startTime
    place
    chairMemberId
    secretaryMemberId
    awardRoundId
    status
    startedAt
    note
    version
  }
`);

/** A session as the secretary's page reads it: header, attendance, guests, agenda, quorum. */
export const CouncilSessionDetailFragmentDoc = graphql(`
  fragment CouncilSessionDetail on CouncilSession {
    ...CouncilSessionItem
    canManage
    council {
      id
      name
      proxiesAllowed
      unit {
        id
        name
        canOpen
      }
    }
    chair {
      memberId
      fullName
    }
    secretary {
      memberId
      fullName
    }
    awardRound {
      id
      title
    }
    members {
      id
      memberId
      position
      fullName
      role
      title
      attendance
      writtenOpinion
      proxyMemberId
    }
    guests {
      id
      position
      name
      title
    }
    agenda {
      id
      position
      nominationId
      subject
      candidateName
      awardCode
      awardName
      proposingUnitId
      proposingUnitName
      voteRequired
      threshold
      outcome
      outcomeAgree
      outcomePercentHundredths
      outcomeRoundId
    }
    closedAt
    minutes {
      sha256
      docxPath
      pdfPath
    }
    signedAt
    signedScanSha256
    quorum {
      members
      present
      proxies
      attending
      writtenOpinions
      absent
      unrecorded
      share
      awardShare
      required
      met
      explanation
    }
  }
`);

const CouncilsDocument = graphql(`
  query Councils($first: Int!, $after: String, $unitId: ID, $search: String) {
    councils(first: $first, after: $after, unitId: $unitId, search: $search) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CouncilItem
        }
      }
    }
  }
`);

const CouncilDocument = graphql(`
  query Council($id: ID!, $on: Date) {
    council(id: $id) {
      ...CouncilDetail
    }
  }
`);

const CouncilMembersOnDocument = graphql(`
  query CouncilMembersOn($id: ID!, $on: Date!) {
    council(id: $id) {
      id
      members(on: $on) {
        ...CouncilMemberItem
      }
    }
  }
`);

const CreateCouncilDocument = graphql(`
  mutation CreateCouncil($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      ...CouncilItem
    }
  }
`);

const UpdateCouncilDocument = graphql(`
  mutation UpdateCouncil($input: UpdateCouncilInput!) {
    updateCouncil(input: $input) {
      ...CouncilItem
    }
  }
`);

const AddCouncilMemberDocument = graphql(`
  mutation AddCouncilMember($input: AddCouncilMemberInput!) {
    addCouncilMember(input: $input) {
      ...CouncilMemberItem
    }
  }
`);

const UpdateCouncilMemberDocument = graphql(`
  mutation UpdateCouncilMember($input: UpdateCouncilMemberInput!) {
    updateCouncilMember(input: $input) {
      ...CouncilMemberItem
    }
  }
`);

const RemoveCouncilMemberDocument = graphql(`
  mutation RemoveCouncilMember($input: CouncilMemberRefInput!) {
    removeCouncilMember(input: $input)
  }
`);

const CouncilSessionsDocument = graphql(`
  query CouncilSessions(
    $first: Int!
    $after: String
    $councilId: ID
    $status: CouncilSessionStatus
  ) {
    councilSessions(first: $first, after: $after, councilId: $councilId, status: $status) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CouncilSessionItem
        }
      }
    }
  }
`);

const MyCouncilSessionsDocument = graphql(`
  query MyCouncilSessions($first: Int!) {
    myCouncilSessions(first: $first) {
      totalCount
      totalCountCapped
      edges {
        node {
          id
          councilName
          title
          date
          startTime
          place
          status
          role
          attendance
          remoteRounds {
            id
            number
            awards
            tokenTaken
          }
        }
      }
    }
  }
`);

const CouncilSessionDocument = graphql(`
  query CouncilSession($id: ID!) {
    councilSession(id: $id) {
      ...CouncilSessionDetail
    }
  }
`);

const CreateCouncilSessionDocument = graphql(`
  mutation CreateCouncilSession($input: CreateCouncilSessionInput!) {
    createCouncilSession(input: $input) {
      ...CouncilSessionItem
    }
  }
`);

const UpdateCouncilSessionDocument = graphql(`
  mutation UpdateCouncilSession($input: UpdateCouncilSessionInput!) {
    updateCouncilSession(input: $input) {
      ...CouncilSessionItem
    }
  }
`);

const DeleteCouncilSessionDocument = graphql(`
  mutation DeleteCouncilSession($input: CouncilSessionRefInput!) {
    deleteCouncilSession(input: $input)
  }
`);

const SetCouncilAttendanceDocument = graphql(`
  mutation SetCouncilAttendance($input: SetCouncilAttendanceInput!) {
    setCouncilAttendance(input: $input) {
      ...CouncilSessionDetail
    }
  }
`);

const AddCouncilGuestDocument = graphql(`
  mutation AddCouncilGuest($input: AddCouncilGuestInput!) {
    addCouncilGuest(input: $input) {
      ...CouncilSessionDetail
    }
  }
`);

const RemoveCouncilGuestDocument = graphql(`
  mutation RemoveCouncilGuest($input: RemoveCouncilGuestInput!) {
    removeCouncilGuest(input: $input) {
      ...CouncilSessionDetail
    }
  }
`);

const AddCouncilAgendaFromRoundDocument = graphql(`
  mutation AddCouncilAgendaFromRound($input: AddCouncilAgendaFromRoundInput!) {
    addCouncilAgendaFromRound(input: $input) {
      ...CouncilSessionDetail
    }
  }
`);

const RemoveCouncilAgendaItemDocument = graphql(`
  mutation RemoveCouncilAgendaItem($input: RemoveCouncilAgendaItemInput!) {
    removeCouncilAgendaItem(input: $input) {
      ...CouncilSessionDetail
    }
  }
`);

const MoveCouncilAgendaItemDocument = graphql(`
  mutation MoveCouncilAgendaItem($input: MoveCouncilAgendaItemInput!) {
    moveCouncilAgendaItem(input: $input) {
      ...CouncilSessionDetail
    }
  }
`);

const CloseCouncilSessionDocument = graphql(`
  mutation CloseCouncilSession($input: CouncilSessionRefInput!) {
    closeCouncilSession(input: $input) {
      ...CouncilSessionDetail
    }
  }
`);

const SignCouncilSessionDocument = graphql(`
  mutation SignCouncilSession($input: SignCouncilSessionInput!) {
    signCouncilSession(input: $input) {
      ...CouncilSessionDetail
    }
  }
`);

const StartCouncilSessionDocument = graphql(`
  mutation StartCouncilSession($input: CouncilSessionRefInput!) {
    startCouncilSession(input: $input) {
      ...CouncilSessionDetail
    }
  }
`);

export type CouncilItem = CouncilItemFragment;
export type CouncilDetail = CouncilDetailFragment;
export type CouncilMemberItem = CouncilMemberItemFragment;
export type CouncilSessionItem = CouncilSessionItemFragment;
export type CouncilSessionDetail = CouncilSessionDetailFragment;
export type CouncilSessionMemberItem = CouncilSessionDetail['members'][number];
export type CouncilAgendaItemRow = CouncilSessionDetail['agenda'][number];
export type CouncilGuestItem = CouncilSessionDetail['guests'][number];
export type {
  AddCouncilMemberInput,
  CouncilAttendance,
  CouncilAttendanceItemInput,
  CouncilMemberRole,
  CouncilSessionKind,
  CouncilSessionStatus,
  CreateCouncilInput,
  CreateCouncilSessionInput,
  UpdateCouncilInput,
  UpdateCouncilMemberInput,
  UpdateCouncilSessionInput,
} from './gql/graphql';

export interface CouncilFilters {
  first: number;
  search?: string;
  unitId?: string;
}

export interface CouncilSessionFilters {
  first: number;
  councilId?: string;
  status?: CouncilSessionStatus;
}

export function useCouncils(filters: CouncilFilters, enabled = true) {
  return useConnectionQuery({
    queryKey: councilKeys.list(filters),
    fetchPage: (after, signal) =>
      request(
        CouncilsDocument,
        {
          first: filters.first,
          after,
          unitId: filters.unitId ?? null,
          search: filters.search || null,
        },
        { signal },
      ),
    pick: (result) => result.councils,
    enabled,
  });
}

/** A council with its members on `on` (a calendar day; all members, past and present, when absent). */
export function useCouncil(id: string | undefined, on: string | null) {
  return useQuery({
    queryKey: councilKeys.detail(id ?? '', on),
    queryFn: ({ signal }) =>
      request(CouncilDocument, { id: id ?? '', on }, { signal }).then((r) => r.council),
    enabled: Boolean(id),
  });
}

/** The members of a council on a day: who may chair or keep the minutes of a session that day. */
export function useCouncilMembersOn(id: string | undefined, on: string | undefined) {
  return useQuery({
    queryKey: councilKeys.membersOn(id ?? '', on ?? ''),
    queryFn: ({ signal }) =>
      request(CouncilMembersOnDocument, { id: id ?? '', on: on ?? '' }, { signal }).then(
        (r) => r.council.members,
      ),
    enabled: Boolean(id && on),
  });
}

/** A council or its composition changed: the lists and every council page refetch. */
function useCouncilMutation<V, R>(fn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: councilKeys.all }),
  });
}

export const useCreateCouncil = () =>
  useCouncilMutation((input: CreateCouncilInput) =>
    request(CreateCouncilDocument, { input }).then((r) => r.createCouncil),
  );
export const useUpdateCouncil = () =>
  useCouncilMutation((input: UpdateCouncilInput) =>
    request(UpdateCouncilDocument, { input }).then((r) => r.updateCouncil),
  );
export const useAddCouncilMember = () =>
  useCouncilMutation((input: AddCouncilMemberInput) =>
    request(AddCouncilMemberDocument, { input }).then((r) => r.addCouncilMember),
  );
export const useUpdateCouncilMember = () =>
  useCouncilMutation((input: UpdateCouncilMemberInput) =>
    request(UpdateCouncilMemberDocument, { input }).then((r) => r.updateCouncilMember),
  );
export const useRemoveCouncilMember = () =>
  useCouncilMutation((input: CouncilMemberRefInput) =>
    request(RemoveCouncilMemberDocument, { input }).then((r) => r.removeCouncilMember),
  );

export function useCouncilSessions(filters: CouncilSessionFilters, enabled = true) {
  return useConnectionQuery({
    queryKey: councilKeys.sessions(filters),
    fetchPage: (after, signal) =>
      request(
        CouncilSessionsDocument,
        {
          first: filters.first,
          after,
          councilId: filters.councilId ?? null,
          status: filters.status ?? null,
        },
        { signal },
      ),
    pick: (result) => result.councilSessions,
    enabled,
  });
}

export type MyCouncilSessionItem =
  MyCouncilSessionsQuery['myCouncilSessions']['edges'][number]['node'];

/**
 * The sessions the viewer sits in as a council member (its account linked to a member), newest
 * first, with the remote rounds open to it: needs no COUNCIL_READ. Asked again every 30 s while the
 * viewer sits in any, so a round the secretary opens shows on the member's home page without a
 * reload; someone on no council (most users, whose home page shows no card) is asked once.
 */
export function useMyCouncilSessions(first = 5) {
  return useQuery({
    queryKey: councilKeys.mine(first),
    queryFn: ({ signal }) =>
      request(MyCouncilSessionsDocument, { first }, { signal }).then((r) => r.myCouncilSessions),
    staleTime: 30_000,
    refetchInterval: (query) => (query.state.data?.edges.length ? 30_000 : false),
  });
}

export function useCouncilSession(id: string | undefined) {
  return useQuery({
    queryKey: councilKeys.session(id ?? ''),
    queryFn: ({ signal }) =>
      request(CouncilSessionDocument, { id: id ?? '' }, { signal }).then((r) => r.councilSession),
    enabled: Boolean(id),
  });
}

/** A session's header changed: its lists and its page refetch. */
function useSessionItemMutation<V>(fn: (variables: V) => Promise<CouncilSessionItem>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (session) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: councilKeys.sessionLists() }),
        queryClient.invalidateQueries({ queryKey: councilKeys.session(session.id) }),
      ]),
  });
}

export const useCreateCouncilSession = () =>
  useSessionItemMutation((input: CreateCouncilSessionInput) =>
    request(CreateCouncilSessionDocument, { input }).then((r) => r.createCouncilSession),
  );
export const useUpdateCouncilSession = () =>
  useSessionItemMutation((input: UpdateCouncilSessionInput) =>
    request(UpdateCouncilSessionDocument, { input }).then((r) => r.updateCouncilSession),
  );

export function useDeleteCouncilSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CouncilSessionRefInput) =>
      request(DeleteCouncilSessionDocument, { input }).then((r) => r.deleteCouncilSession),
    onSuccess: (id) => {
      queryClient.removeQueries({ queryKey: councilKeys.session(id) });
      return queryClient.invalidateQueries({ queryKey: councilKeys.sessionLists() });
    },
  });
}

/** A change on the session's page: the answer is the whole page; the lists refetch (status, date). */
function useSessionMutation<V>(fn: (variables: V) => Promise<CouncilSessionDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (session) => {
      queryClient.setQueryData(councilKeys.session(session.id), session);
      return queryClient.invalidateQueries({ queryKey: councilKeys.sessionLists() });
    },
  });
}

export const useSetCouncilAttendance = () =>
  useSessionMutation((input: SetCouncilAttendanceInput) =>
    request(SetCouncilAttendanceDocument, { input }).then((r) => r.setCouncilAttendance),
  );
export const useAddCouncilGuest = () =>
  useSessionMutation((input: AddCouncilGuestInput) =>
    request(AddCouncilGuestDocument, { input }).then((r) => r.addCouncilGuest),
  );
export const useRemoveCouncilGuest = () =>
  useSessionMutation((input: RemoveCouncilGuestInput) =>
    request(RemoveCouncilGuestDocument, { input }).then((r) => r.removeCouncilGuest),
  );
export const useAddCouncilAgendaFromRound = () =>
  useSessionMutation((input: AddCouncilAgendaFromRoundInput) =>
    request(AddCouncilAgendaFromRoundDocument, { input }).then((r) => r.addCouncilAgendaFromRound),
  );
export const useRemoveCouncilAgendaItem = () =>
  useSessionMutation((input: RemoveCouncilAgendaItemInput) =>
    request(RemoveCouncilAgendaItemDocument, { input }).then((r) => r.removeCouncilAgendaItem),
  );
export const useMoveCouncilAgendaItem = () =>
  useSessionMutation((input: MoveCouncilAgendaItemInput) =>
    request(MoveCouncilAgendaItemDocument, { input }).then((r) => r.moveCouncilAgendaItem),
  );
export const useStartCouncilSession = () =>
  useSessionMutation((input: CouncilSessionRefInput) =>
    request(StartCouncilSessionDocument, { input }).then((r) => r.startCouncilSession),
  );

/**
 * Kết thúc phiên họp (ADR 0023): the minutes are frozen and every round gets its biên bản kiểm phiếu,
 * so the session's rounds are read again too.
 */
export function useCloseCouncilSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CouncilSessionRefInput) =>
      request(CloseCouncilSessionDocument, { input }).then((r) => r.closeCouncilSession),
    onSuccess: (session) => {
      queryClient.setQueryData(councilKeys.session(session.id), session);
      void queryClient.invalidateQueries({ queryKey: councilKeys.rounds(session.id) });
      return queryClient.invalidateQueries({ queryKey: councilKeys.sessionLists() });
    },
  });
}

/**
 * "Ký biên bản": without a scan, signCouncilSession; with one, the upload route signs and stores it
 * in one request (POST /api/council-sessions/:id/signed-minutes, multipart "file" and "version"),
 * after which the session is read again. Also adds the scan to a session signed without it.
 */
export function useSignCouncilSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      version,
      scan,
    }: {
      id: string;
      version: number;
      scan?: File | null;
    }) => {
      if (!scan) {
        const input: SignCouncilSessionInput = { id, version };
        return request(SignCouncilSessionDocument, { input }).then((r) => r.signCouncilSession.id);
      }
      await uploadFile<{ id: string; version: number; sha256: string }>(
        councilSignedMinutesPath(id),
        scan,
        { version: String(version) },
      );
      return id;
    },
    onSuccess: (id) => {
      void queryClient.invalidateQueries({ queryKey: councilKeys.session(id) });
      return queryClient.invalidateQueries({ queryKey: councilKeys.sessionLists() });
    },
  });
}

/** Where the signed minutes' scan is uploaded (with the session's "version"). */
export function councilSignedMinutesPath(sessionId: string): string {
  return `/api/council-sessions/${encodeURIComponent(sessionId)}/signed-minutes`;
}
