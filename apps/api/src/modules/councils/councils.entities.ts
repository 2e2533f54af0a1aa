import {
  CouncilAgendaItemEntity,
  CouncilSessionEntity,
  CouncilSessionGuestEntity,
  CouncilSessionMemberEntity,
} from './council-session.entity';
import {
  CouncilBallotEntity,
  CouncilPaperEntryEntity,
  CouncilRoundCandidateEntity,
  CouncilRoundEventEntity,
  CouncilSpentTokenEntity,
  CouncilTokenIssuanceEntity,
  CouncilVotingCodeEntity,
  CouncilVotingRoundEntity,
  CouncilWrittenOpinionEntity,
} from './council-voting.entity';
import { CouncilEntity, CouncilMemberEntity } from './council.entity';

export const COUNCIL_ENTITIES = [
  CouncilEntity,
  CouncilMemberEntity,
  CouncilSessionEntity,
  CouncilSessionMemberEntity,
  CouncilSessionGuestEntity,
  CouncilAgendaItemEntity,
  CouncilVotingRoundEntity,
  CouncilRoundCandidateEntity,
  CouncilBallotEntity,
  CouncilVotingCodeEntity,
  CouncilTokenIssuanceEntity,
  CouncilSpentTokenEntity,
  CouncilRoundEventEntity,
  CouncilWrittenOpinionEntity,
  CouncilPaperEntryEntity,
];
