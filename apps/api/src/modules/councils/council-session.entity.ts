import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { AwardSubject, IsoDate } from '@thidua/shared-domain';
import { BaseEntity, VersionedEntity } from '../../core/database/base.entity';
import { AwardNominationEntity } from '../awards/award-dossier.entity';
import { AwardRoundEntity } from '../awards/award-round.entity';
import { UnitEntity } from '../org/unit.entity';
import { CouncilEntity, CouncilMemberEntity } from './council.entity';
import type {
  CouncilAttendance,
  CouncilMemberRole,
  CouncilSessionKind,
  CouncilSessionStatus,
} from './council-vocabulary';

/**
 * Phiên họp of a council (issue 12): its day, start time and place, chair and secretary (members on
 * that day), the award round whose appraised nominees form the agenda, and its status. The version
 * guards the session as a whole: attendance, guests and agenda edits bump it, as does a change of the
 * council's members that re-snapshots a planned session, so two secretaries never lose an update.
 * The voting part adds its rounds and ballots on the session and its agenda items.
 */
@Entity('council_sessions')
@Index(['councilId', 'date'])
@Check('council_sessions_kind', `kind IN ('AWARD', 'OTHER')`)
@Check('council_sessions_status', `status IN ('PLANNED', 'IN_PROGRESS', 'CLOSED', 'SIGNED')`)
export class CouncilSessionEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  /** "Phiên họp xét khen thưởng công trạng năm 2025" */
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  kind!: CouncilSessionKind;

  @Column({ type: 'date' })
  date!: IsoDate;

  /** "14:00" */
  @Column({ type: 'text', nullable: true })
  startTime!: string | null;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  /** Chủ trì cuộc họp: a council member on the day (the Chủ tịch, or a Phó Chủ tịch he names). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  chairMemberId!: string | null;

  @ManyToOne(() => CouncilMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chair_member_id' })
  chairMember?: CouncilMemberEntity | null;

  /** Thư ký cuộc họp: a council member on the day (usually the Ủy viên thư ký). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  secretaryMemberId!: string | null;

  @ManyToOne(() => CouncilMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'secretary_member_id' })
  secretaryMember?: CouncilMemberEntity | null;

  /** The round whose appraised nominees form the agenda. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  awardRoundId!: string | null;

  @ManyToOne(() => AwardRoundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'award_round_id' })
  awardRound?: AwardRoundEntity | null;

  @Column({ type: 'text', default: 'PLANNED' })
  status!: CouncilSessionStatus;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Kết thúc phiên họp (closeCouncilSession): the agenda's outcomes and the minutes are frozen. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  /** The biên bản họp rendered at the close (.docx, files module by hash), never rendered again. */
  @Column({ type: 'text', nullable: true })
  minutesSha256!: string | null;

  /** The minutes signed on paper (signCouncilSession). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  signedAt!: Date | null;

  /** The signed minutes' scan, optional (files module, by hash, uploaded beforehand). */
  @Column({ type: 'text', nullable: true })
  signedScanSha256!: string | null;
}

/**
 * The session's total membership: the council's members on its day, snapshot at creation and again
 * while the session is planned whenever the members or the day change (from then on the minutes read
 * this, not the council as it later becomes). It is the denominator of every threshold (domain §2.7:
 * votes are counted on the total membership). Attendance is kept on the row; a PROXY names the
 * present member who holds it.
 */
@Entity('council_session_members')
@Index(['sessionId', 'memberId'], { unique: true })
@Check(
  'council_session_members_attendance',
  `attendance IS NULL OR attendance IN ('PRESENT', 'ABSENT_WRITTEN', 'ABSENT', 'PROXY')`,
)
export class CouncilSessionMemberEntity extends BaseEntity {
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

  @Column({ type: 'int' })
  position!: number;

  /** The person's full name on the day of the snapshot. */
  @Column({ type: 'text' })
  personName!: string;

  @Column({ type: 'text' })
  role!: CouncilMemberRole;

  @Column({ type: 'text' })
  title!: string;

  /** null: not recorded yet (counts as not attending). */
  @Column({ type: 'text', nullable: true })
  attendance!: CouncilAttendance | null;

  /** An absent member's written opinion, recorded in the minutes (NĐ 98 Điều 30 k.7). */
  @Column({ type: 'text', nullable: true })
  writtenOpinion!: string | null;

  /** PROXY: the council member (present at the session) who holds the written proxy. */
  @Column({ type: 'uuid', nullable: true })
  proxyMemberId!: string | null;

  @ManyToOne(() => CouncilMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proxy_member_id' })
  proxyMember?: CouncilMemberEntity | null;
}

/** Khách mời: they speak and never vote (TT 25/2025/TT-BKHCN Điều 23). */
@Entity('council_session_guests')
@Index(['sessionId', 'position'])
export class CouncilSessionGuestEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => CouncilSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: CouncilSessionEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  name!: string;

  /** Chức vụ, đơn vị: "Phó Giám đốc Sở Tài chính". */
  @Column({ type: 'text', nullable: true })
  title!: string | null;
}

/**
 * An item of the agenda: a nominee (candidate × title or form) of an appraised dossier, as it stood
 * when put on the agenda — name, subject, award, proposing unit, and the vote its rule version asks
 * (bỏ phiếu, and the share of the total membership that passes it). The snapshot is what the minutes
 * print; the nomination is kept for the decision to come. A nomination removed later from its dossier
 * (after a return) leaves the item with its snapshot (`nomination_id` set to null), not a hole.
 */
@Entity('council_agenda_items')
@Index(['sessionId', 'position'])
@Index('council_agenda_items_nomination_uq', ['sessionId', 'nominationId'], {
  unique: true,
  where: `nomination_id IS NOT NULL`,
})
@Check('council_agenda_items_threshold', `threshold IS NULL OR (threshold > 0 AND threshold <= 1)`)
@Check(
  'council_agenda_items_outcome',
  `outcome IS NULL OR outcome IN ('PASSED', 'FAILED', 'OVER_QUOTA')`,
)
export class CouncilAgendaItemEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => CouncilSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: CouncilSessionEntity;

  @Column({ type: 'int' })
  position!: number;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  nominationId!: string | null;

  @ManyToOne(() => AwardNominationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'nomination_id' })
  nomination?: AwardNominationEntity | null;

  @Column({ type: 'text' })
  subject!: AwardSubject;

  /** Họ tên cá nhân, tên tập thể, hộ gia đình. */
  @Column({ type: 'text' })
  candidateName!: string;

  @Column({ type: 'text', nullable: true })
  awardCode!: string | null;

  @Column({ type: 'text' })
  awardName!: string;

  @Column({ type: 'uuid' })
  proposingUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposing_unit_id' })
  proposingUnit?: UnitEntity;

  @Column({ type: 'text' })
  proposingUnitName!: string;

  /** The rule version the nominee was judged under (null: judged by hand). */
  @Column({ type: 'uuid', nullable: true })
  ruleVersionId!: string | null;

  @Column({ type: 'boolean', default: false })
  voteRequired!: boolean;

  /** The share of agreeing votes of the total membership that passes (0.9, 0.8); null: no vote. */
  @Column({ type: 'double precision', nullable: true })
  threshold!: number | null;

  /**
   * For the women's priority when more pass than the quota (NĐ 152/2025 Điều 4 k.6), as of the day
   * the item was put on the agenda: an individual's sex (null: not recorded) and a collective's share
   * of women among its members (null: not a collective, or none recorded).
   */
  @Column({ type: 'boolean', nullable: true })
  female!: boolean | null;

  @Column({ type: 'double precision', nullable: true })
  womenShare!: number | null;

  /**
   * The council's outcome, written at the session's close from the round that decided the item (its
   * last tallied round): PASSED, FAILED (below the share), OVER_QUOTA (reached the share, ranked
   * below the quota). Null until the close.
   */
  @Column({ type: 'text', nullable: true })
  outcome!: AgendaOutcome | null;

  /** Agreeing votes in the deciding round, written opinions included. */
  @Column({ type: 'int', nullable: true })
  outcomeAgree!: number | null;

  /** Their share of the total membership in hundredths of a percent (8889 = 88,89 %). */
  @Column({ type: 'int', nullable: true })
  outcomePercentHundredths!: number | null;

  /**
   * The round that decided it (of this session; rounds are never deleted, RESTRICT on the session).
   * No foreign key: council_voting_rounds is declared after this entity and references it.
   */
  @Column({ type: 'uuid', nullable: true })
  outcomeRoundId!: string | null;
}

export type AgendaOutcome = 'PASSED' | 'FAILED' | 'OVER_QUOTA';
