import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { uploadFile } from './files';
import { graphql } from './gql';
import type {
  CouncilRoundRefInput,
  CouncilVotingRoundItemFragment,
  DecideCouncilTieInput,
  EnterPaperTallyInput,
  OpenCouncilSecondRoundInput,
  OpenCouncilVotingRoundInput,
  RecordWrittenOpinionsInput,
} from './gql/graphql';
import { councilKeys } from './query-keys';

/*
 * The secretary's side of a council session's secret ballots (issue 12, "Voting"; ADR 0023): the
 * session's rounds, their live count, open / close / tally, the paper double entry, the Chủ tịch's
 * pick on a tie, the second round and absentees' written opinions. Every round change answers with
 * the round; the session's list of rounds refetches (a second round appears, a status moves).
 */

export const CouncilVotingRoundItemFragmentDoc = graphql(`
  fragment CouncilVotingRoundItem on CouncilVotingRound {
    id
    version
    sessionId
    number
    previousRoundId
    title
    mode
    status
    members
    voters
    inRoom
    threshold
    quota
    openedAt
    closedAt
    talliedAt
    closeHash
    paperScanSha256
    paperTallyConfirmed
    paperEntries {
      entry
      userName
    }
    tallyMinutes {
      sha256
      docxPath
      pdfPath
    }
    castCount
    candidates {
      id
      position
      candidateName
      awardName
      subject
      proposingUnitName
      voteRequired
      threshold
    }
    results {
      agendaItemId
      agree
      disagree
      percentHundredths
      passed
      rank
      withinQuota
      explanation
    }
  }
`);

const CouncilSessionVotingRoundsDocument = graphql(`
  query CouncilSessionVotingRounds($id: ID!) {
    councilSession(id: $id) {
      id
      votingRounds {
        ...CouncilVotingRoundItem
      }
    }
  }
`);

/** What the room sees while a round is open: how many have voted, never for whom. */
const CouncilVotingRoundLiveCountDocument = graphql(`
  query CouncilVotingRoundLiveCount($id: ID!) {
    councilVotingRound(id: $id) {
      id
      status
      castCount
      voters
    }
  }
`);

const OpenCouncilVotingRoundDocument = graphql(`
  mutation OpenCouncilVotingRound($input: OpenCouncilVotingRoundInput!) {
    openCouncilVotingRound(input: $input) {
      ...CouncilVotingRoundItem
    }
  }
`);

const OpenCouncilSecondRoundDocument = graphql(`
  mutation OpenCouncilSecondRound($input: OpenCouncilSecondRoundInput!) {
    openCouncilSecondRound(input: $input) {
      ...CouncilVotingRoundItem
    }
  }
`);

const GenerateCouncilVotingCodesDocument = graphql(`
  mutation GenerateCouncilVotingCodes($input: CouncilRoundRefInput!) {
    generateCouncilVotingCodes(input: $input) {
      roundId
      codes
    }
  }
`);

const CloseCouncilVotingRoundDocument = graphql(`
  mutation CloseCouncilVotingRound($input: CouncilRoundRefInput!) {
    closeCouncilVotingRound(input: $input) {
      ...CouncilVotingRoundItem
    }
  }
`);

const TallyCouncilVotingRoundDocument = graphql(`
  mutation TallyCouncilVotingRound($input: CouncilRoundRefInput!) {
    tallyCouncilVotingRound(input: $input) {
      ...CouncilVotingRoundItem
    }
  }
`);

const EnterPaperTallyDocument = graphql(`
  mutation EnterPaperTally($input: EnterPaperTallyInput!) {
    enterPaperTally(input: $input) {
      id
      status
    }
  }
`);

const ConfirmPaperTallyDocument = graphql(`
  mutation ConfirmPaperTally($input: CouncilRoundRefInput!) {
    confirmPaperTally(input: $input) {
      ...CouncilVotingRoundItem
    }
  }
`);

const DecideCouncilTieDocument = graphql(`
  mutation DecideCouncilTie($input: DecideCouncilTieInput!) {
    decideCouncilTie(input: $input) {
      ...CouncilVotingRoundItem
    }
  }
`);

const RecordWrittenOpinionsDocument = graphql(`
  mutation RecordWrittenOpinions($input: RecordWrittenOpinionsInput!) {
    recordWrittenOpinions(input: $input) {
      id
    }
  }
`);

export type CouncilVotingRoundItem = CouncilVotingRoundItemFragment;
export type CouncilRoundCandidate = CouncilVotingRoundItem['candidates'][number];
export type CouncilRoundResultRow = NonNullable<CouncilVotingRoundItem['results']>[number];
export type {
  CouncilBallotChoice,
  CouncilVotingMode,
  CouncilVotingRoundStatus,
  EnterPaperTallyInput,
} from './gql/graphql';

/** A session's voting rounds, oldest first. */
export function useCouncilVotingRounds(sessionId: string, enabled = true) {
  return useQuery({
    queryKey: councilKeys.rounds(sessionId),
    queryFn: ({ signal }) =>
      request(CouncilSessionVotingRoundsDocument, { id: sessionId }, { signal }).then(
        (r) => r.councilSession.votingRounds,
      ),
    enabled,
  });
}

/**
 * An open round's count of ballots cast, read again every `intervalMs` (2 s in the room: a member who
 * has just voted sees the count move) while `enabled`.
 */
export function useCouncilVotingRoundLiveCount(
  roundId: string,
  enabled: boolean,
  intervalMs = 2000,
) {
  return useQuery({
    queryKey: councilKeys.roundCount(roundId),
    queryFn: ({ signal }) =>
      request(CouncilVotingRoundLiveCountDocument, { id: roundId }, { signal }).then(
        (r) => r.councilVotingRound,
      ),
    enabled,
    refetchInterval: enabled ? intervalMs : false,
    refetchIntervalInBackground: true,
  });
}

/** A round changed: the session's rounds refetch (statuses, a new round, results). */
function useRoundMutation<V, R>(sessionId: string, fn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: councilKeys.rounds(sessionId) }),
  });
}

export const useOpenCouncilVotingRound = (sessionId: string) =>
  useRoundMutation(sessionId, (input: OpenCouncilVotingRoundInput) =>
    request(OpenCouncilVotingRoundDocument, { input }).then((r) => r.openCouncilVotingRound),
  );
export const useOpenCouncilSecondRound = (sessionId: string) =>
  useRoundMutation(sessionId, (input: OpenCouncilSecondRoundInput) =>
    request(OpenCouncilSecondRoundDocument, { input }).then((r) => r.openCouncilSecondRound),
  );
/** The codes come back once and are never stored: the caller prints them, nothing caches them. */
export const useGenerateCouncilVotingCodes = () =>
  useMutation({
    mutationFn: (input: CouncilRoundRefInput) =>
      request(GenerateCouncilVotingCodesDocument, { input }).then(
        (r) => r.generateCouncilVotingCodes,
      ),
  });
export const useCloseCouncilVotingRound = (sessionId: string) =>
  useRoundMutation(sessionId, (input: CouncilRoundRefInput) =>
    request(CloseCouncilVotingRoundDocument, { input }).then((r) => r.closeCouncilVotingRound),
  );
export const useTallyCouncilVotingRound = (sessionId: string) =>
  useRoundMutation(sessionId, (input: CouncilRoundRefInput) =>
    request(TallyCouncilVotingRoundDocument, { input }).then((r) => r.tallyCouncilVotingRound),
  );
export const useEnterPaperTally = (sessionId: string) =>
  useRoundMutation(sessionId, (input: EnterPaperTallyInput) =>
    request(EnterPaperTallyDocument, { input }).then((r) => r.enterPaperTally),
  );
export const useConfirmPaperTally = (sessionId: string) =>
  useRoundMutation(sessionId, (input: CouncilRoundRefInput) =>
    request(ConfirmPaperTallyDocument, { input }).then((r) => r.confirmPaperTally),
  );
export const useDecideCouncilTie = (sessionId: string) =>
  useRoundMutation(sessionId, (input: DecideCouncilTieInput) =>
    request(DecideCouncilTieDocument, { input }).then((r) => r.decideCouncilTie),
  );
export const useRecordWrittenOpinions = (sessionId: string) =>
  useRoundMutation(sessionId, (input: RecordWrittenOpinionsInput) =>
    request(RecordWrittenOpinionsDocument, { input }).then((r) => r.recordWrittenOpinions),
  );

/** The verification bundle of a closed round (ADR 0023), checked with tools/verify-ballots.mjs. */
export function councilRoundBundlePath(roundId: string): string {
  return `/api/council-rounds/${encodeURIComponent(roundId)}/bundle.json`;
}

/**
 * Where the scanned biên bản kiểm phiếu of a closed paper round is uploaded (multipart "file"): the
 * route stores and attaches it in one request and answers `{ id, version, sha256 }`.
 */
export function councilRoundScanPath(roundId: string): string {
  return `/api/council-rounds/${encodeURIComponent(roundId)}/paper-scan`;
}

/** Uploads the scan, which the route attaches to the paper round; the rounds are read again. */
export const useAttachPaperTallyScan = (sessionId: string) =>
  useRoundMutation(sessionId, ({ roundId, file }: { roundId: string; file: File }) =>
    uploadFile<{ id: string; version: number; sha256: string }>(
      councilRoundScanPath(roundId),
      file,
    ),
  );
