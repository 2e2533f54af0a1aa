import { useMutation, useQuery } from '@tanstack/react-query';

import { request, type RequestOptions } from './client';
import { graphql } from './gql';
import type {
  CastCouncilBallotInput,
  CouncilBallotPaperQuery,
  IssueCouncilVotingTokenInput,
  MemberVotingRoundQuery,
} from './gql/graphql';
import { councilKeys } from './query-keys';

/*
 * The member's side of a secret ballot (issue 12, "Voting"; ADR 0023): the ballot paper a room code
 * opens, the round a signed-in member reads for its blind key, the blind signature, and the cast.
 * The paper and the cast go out WITHOUT the session cookie (credentials 'omit'): the API ignores the
 * caller on both, and a request that carried no cookie cannot be linked to a session afterwards by
 * anyone holding the server's logs (ADR 0023, "A hostile live server").
 */

/** No cookie, and no unauthenticated redirect: the voter is nobody to the API. */
const ANONYMOUS: RequestOptions = { credentials: 'omit' };

const CouncilBallotPaperDocument = graphql(`
  query CouncilBallotPaper($roundId: ID!, $code: String!) {
    councilBallotPaper(roundId: $roundId, code: $code) {
      roundId
      sessionTitle
      number
      threshold
      members
      candidates {
        agendaItemId
        candidateName
        awardName
      }
    }
  }
`);

const MemberVotingRoundDocument = graphql(`
  query MemberVotingRound($id: ID!) {
    councilVotingRound(id: $id) {
      id
      sessionId
      number
      title
      mode
      status
      threshold
      members
      blindKey {
        kty
        n
        e
      }
      candidates {
        id
        candidateName
        awardName
      }
    }
  }
`);

const IssueCouncilVotingTokenDocument = graphql(`
  mutation IssueCouncilVotingToken($input: IssueCouncilVotingTokenInput!) {
    issueCouncilVotingToken(input: $input) {
      blindSignature
    }
  }
`);

const CastCouncilBallotDocument = graphql(`
  mutation CastCouncilBallot($input: CastCouncilBallotInput!) {
    castCouncilBallot(input: $input) {
      choices
    }
  }
`);

export type CouncilBallotPaper = CouncilBallotPaperQuery['councilBallotPaper'];
export type MemberVotingRound = MemberVotingRoundQuery['councilVotingRound'];
export type { CastCouncilBallotInput } from './gql/graphql';

/**
 * Opens the ballot paper of a room code (anonymous). A mutation hook although the API's field is a
 * query: it runs when the member submits the code, and the code stays out of the query cache.
 */
export const useOpenCouncilBallotPaper = () =>
  useMutation({
    mutationFn: (variables: { roundId: string; code: string }) =>
      request(CouncilBallotPaperDocument, variables, ANONYMOUS).then((r) => r.councilBallotPaper),
  });

/** A round of a session the signed-in caller is a member of (the API answers NOT_FOUND otherwise). */
export function useMemberVotingRound(roundId: string) {
  return useQuery({
    queryKey: councilKeys.memberRound(roundId),
    queryFn: ({ signal }) =>
      request(MemberVotingRoundDocument, { id: roundId }, { signal }).then(
        (r) => r.councilVotingRound,
      ),
    enabled: !!roundId,
  });
}

/** Signed in: the member's one blind signature for the round (the API records that they received it). */
export const useIssueCouncilVotingToken = () =>
  useMutation({
    mutationFn: (input: IssueCouncilVotingTokenInput) =>
      request(IssueCouncilVotingTokenDocument, { input }).then(
        (r) => r.issueCouncilVotingToken.blindSignature,
      ),
  });

/** The cast, anonymous whatever the device is signed in as: no cookie goes with it. */
export const useCastCouncilBallot = () =>
  useMutation({
    mutationFn: (input: CastCouncilBallotInput) =>
      request(CastCouncilBallotDocument, { input }, ANONYMOUS).then((r) => r.castCouncilBallot),
  });
