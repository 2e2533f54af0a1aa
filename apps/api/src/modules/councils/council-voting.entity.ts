import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type {
  BallotChoice,
  BlindRsaPublicJwk,
  Ed25519Jwk,
  VotingMode,
} from '@thidua/shared-domain';
import { BaseEntity, VersionedEntity } from '../../core/database/base.entity';
import { UserEntity } from '../identity/entities/user.entity';
import { CouncilMemberEntity } from './council.entity';
import { CouncilAgendaItemEntity, CouncilSessionEntity } from './council-session.entity';

/**
 * Secret, verifiable ballots (issue 12, "Voting"; ADR 0023; architecture decision 13). What is stored
 * where is the whole design: the round row (public facts and its keys), ballots with a random id and
 * nothing else that could point at a voter (no member, no time, no sequence: plain entities, not
 * BaseEntity, whose created_at would order them), and the "has voted" facts apart (a used code hash,
 * a token issuance per member, a spent token id) that share no key with the ballots.
 */
export type VotingRoundStatus = 'OPEN' | 'CLOSED' | 'TALLIED';

/** One candidate's stored result (of the total membership; written opinions included). */
export interface StoredRoundResult {
  agendaItemId: string;
  agree: number;
  disagree: number;
  percentHundredths: number;
  passed: boolean;
  /** over-quota ranking: 1 = most votes; null without a quota */
  rank: number | null;
  /** null: no quota, or tied at the last place waiting for the Chủ tịch */
  withinQuota: boolean | null;
  explanation: string;
}

/** The ban kiểm phiếu's figures (paper-tally.ts PaperTally, candidates by agenda item id). */
export interface StoredPaperTally {
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  candidates: { id: string; agree: number; disagree: number }[];
}

@Entity('council_voting_rounds')
@Index(['sessionId', 'number'])
@Check('council_voting_rounds_mode', `mode IN ('PAPER', 'ROOM', 'REMOTE')`)
@Check('council_voting_rounds_status', `status IN ('OPEN', 'CLOSED', 'TALLIED')`)
export class CouncilVotingRoundEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => CouncilSessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session?: CouncilSessionEntity;

  /** 1, or 2 for a second round (MAX_VOTING_ROUNDS) */
  @Column({ type: 'int' })
  number!: number;

  /** a second round: the round whose tied or re-voted candidates it takes */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  previousRoundId!: string | null;

  @ManyToOne(() => CouncilVotingRoundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'previous_round_id' })
  previousRound?: CouncilVotingRoundEntity | null;

  /** "Xét tặng danh hiệu Chiến sĩ thi đua cơ sở (vòng 1)", as the OPEN event names it */
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  mode!: VotingMode;

  @Column({ type: 'text', default: 'OPEN' })
  status!: VotingRoundStatus;

  /** the session's total membership on the day (its snapshot) */
  @Column({ type: 'int' })
  members!: number;

  /** present + counted proxies + absentees' written opinions (the OPEN event's voters) */
  @Column({ type: 'int' })
  voters!: number;

  /** present + counted proxies: the ballots that can be cast (codes printed, tokens issued) */
  @Column({ type: 'int' })
  inRoom!: number;

  /** the share to reach as an exact fraction; null: majority of the voters */
  @Column({ type: 'int', nullable: true })
  thresholdNumerator!: number | null;

  @Column({ type: 'int', nullable: true })
  thresholdDenominator!: number | null;

  /** Ed25519 public key of the round (JWK), in every bundle */
  @Column({ type: 'jsonb' })
  signingPublicKey!: Ed25519Jwk;

  /** PKCS#8 PEM; erased at the tally, so no later checkpoint can be forged with it */
  @Column({ type: 'text', nullable: true })
  signingPrivateKey!: string | null;

  /** REMOTE: the blind-signing public key the members' devices blind with */
  @Column({ type: 'jsonb', nullable: true })
  blindPublicJwk!: BlindRsaPublicJwk | null;

  /** REMOTE: PKCS#8 PEM, erased at the close (no token can be issued afterwards) */
  @Column({ type: 'text', nullable: true })
  blindPrivatePem!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  openedAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  talliedAt!: Date | null;

  /** the CLOSE event's hash, printed in the biên bản */
  @Column({ type: 'text', nullable: true })
  closeHash!: string | null;

  /** quota of the award round for these candidates; null: none */
  @Column({ type: 'int', nullable: true })
  quota!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  chairPick!: string[] | null;

  @Column({ type: 'jsonb', nullable: true })
  results!: StoredRoundResult[] | null;

  /** PAPER: the agreed figures of the ban kiểm phiếu */
  @Column({ type: 'jsonb', nullable: true })
  paperTally!: StoredPaperTally | null;

  /** PAPER: the scanned biên bản kiểm phiếu (files module, by hash) */
  @Column({ type: 'text', nullable: true })
  paperScanSha256!: string | null;

  /** The biên bản kiểm phiếu rendered at the session's close (.docx, files module by hash). */
  @Column({ type: 'text', nullable: true })
  tallyMinutesSha256!: string | null;
}

/** The candidates of a round (agenda items), in the order of the ballot paper. */
@Entity('council_round_candidates')
export class CouncilRoundCandidateEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => CouncilVotingRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: CouncilVotingRoundEntity;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  agendaItemId!: string;

  @ManyToOne(() => CouncilAgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: CouncilAgendaItemEntity;

  @Column({ type: 'int' })
  position!: number;
}

/**
 * One ballot on one candidate: a random id (crypto.randomUUID), the round, the candidate, the choice.
 * Nothing else, on purpose (see the file's comment). `written`: an absent member's written opinion,
 * entered at the close from the attendance (NĐ 98/2023 Điều 30 k.7): public in the minutes anyway.
 */
@Entity('council_ballots')
@Index(['roundId', 'agendaItemId'])
@Check('council_ballots_choice', `choice IN ('AGREE', 'DISAGREE')`)
export class CouncilBallotEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => CouncilVotingRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: CouncilVotingRoundEntity;

  @Column({ type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => CouncilAgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: CouncilAgendaItemEntity;

  @Column({ type: 'text' })
  choice!: BallotChoice;

  @Column({ type: 'boolean', default: false })
  written!: boolean;
}

/** ROOM: SHA-256 (hex) of a printed one-time code; the code itself is never stored. */
@Entity('council_voting_codes')
export class CouncilVotingCodeEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => CouncilVotingRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: CouncilVotingRoundEntity;

  @PrimaryColumn({ type: 'text' })
  codeHash!: string;

  @Column({ type: 'boolean', default: false })
  used!: boolean;
}

/** REMOTE: the member received a blind signature in this round (the "has voted" fact the law allows). */
@Entity('council_token_issuances')
export class CouncilTokenIssuanceEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => CouncilVotingRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: CouncilVotingRoundEntity;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  memberId!: string;

  @ManyToOne(() => CouncilMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: CouncilMemberEntity;
}

/** REMOTE: a token cast once (blindTokenId of its prepared message). */
@Entity('council_spent_tokens')
export class CouncilSpentTokenEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => CouncilVotingRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: CouncilVotingRoundEntity;

  @PrimaryColumn({ type: 'text' })
  tokenId!: string;
}

/** The round's chain, append-only: OPEN at open, the ballots and CLOSE at close, TALLY at tally. */
@Entity('council_round_events')
@Check('council_round_events_kind', `kind IN ('OPEN', 'BALLOT', 'CLOSE', 'TALLY')`)
export class CouncilRoundEventEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => CouncilVotingRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: CouncilVotingRoundEntity;

  @PrimaryColumn({ type: 'int' })
  seq!: number;

  @Column({ type: 'text' })
  kind!: 'OPEN' | 'BALLOT' | 'CLOSE' | 'TALLY';

  /**
   * The event; for a BALLOT only `{ kind, ballotId }`: its candidate and choice are read from
   * council_ballots when the bundle is exported, so a changed ballot row shows in the bundle.
   */
  @Column({ type: 'jsonb' })
  payload!: object;

  @Column({ type: 'text' })
  prev!: string;

  @Column({ type: 'text' })
  hash!: string;

  /** checkpoints (OPEN, CLOSE, TALLY): Ed25519 signature of checkpointBytes, base64 */
  @Column({ type: 'text', nullable: true })
  signature!: string | null;
}

/** An absent member's written opinion on one agenda item (NĐ 98/2023 Điều 30 k.7), named in the minutes. */
@Entity('council_written_opinions')
@Index(['sessionId', 'memberId', 'agendaItemId'], { unique: true })
@Check('council_written_opinions_choice', `choice IN ('AGREE', 'DISAGREE')`)
export class CouncilWrittenOpinionEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => CouncilSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: CouncilSessionEntity;

  @Index()
  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => CouncilMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: CouncilMemberEntity;

  @Index()
  @Column({ type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => CouncilAgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: CouncilAgendaItemEntity;

  @Column({ type: 'text' })
  choice!: BallotChoice;
}

/** PAPER: one of the two entries of the ban kiểm phiếu, by two different officers. */
@Entity('council_paper_entries')
@Check('council_paper_entries_entry', `entry IN (1, 2)`)
export class CouncilPaperEntryEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => CouncilVotingRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: CouncilVotingRoundEntity;

  @PrimaryColumn({ type: 'int' })
  entry!: number;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  userName!: string;

  @Column({ type: 'jsonb' })
  tally!: StoredPaperTally;
}
