import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type {
  AppraisalVerdict,
  AwardSubject,
  DossierDocumentKind,
  DossierStatus,
} from '@thidua/shared-domain';
import { BaseEntity, VersionedEntity } from '../../core/database/base.entity';
import type { NominationEligibility } from './award-eligibility';
import { UnitEntity } from '../org/unit.entity';
import { PersonEntity } from '../people/person.entity';
import { AwardRoundEntity } from './award-round.entity';

/**
 * Hồ sơ đề nghị khen thưởng (issue 11, "Dossiers"): one per round and proposing unit. Its status moves
 * by the table in libs/shared/domain (awards/dossiers.ts); every move is a row of
 * `award_dossier_events`, never an overwritten field. Both units' paths are kept on the row (GiST
 * indexes): "my unit's dossiers" filter on `unit_path`, the receiving inbox on `receiving_path`, and
 * the restructuring participant keeps them current.
 *
 * The version guards the dossier as a whole: adding, editing or removing a nominee or a document
 * bumps it, so two officers editing the same dossier never lose an update (the second gets CONFLICT).
 */
@Entity('award_dossiers')
@Index('award_dossiers_round_unit_uq', ['roundId', 'unitId'], { unique: true })
@Index('award_dossiers_unit_path', { synchronize: false })
@Index('award_dossiers_receiving_path', { synchronize: false })
@Index('award_dossiers_nominee_words', { synchronize: false })
export class AwardDossierEntity extends VersionedEntity {
  /**
   * The words of its nominees' names (GIN): the lists' search. Kept by statement triggers on
   * `award_nominations` (migration AwardDossierNomineeWords); never read or written here.
   */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  nomineeWords!: string | null;

  @Index()
  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => AwardRoundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: AwardRoundEntity;

  /** The proposing unit. */
  @Index()
  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'ltree' })
  unitPath!: string;

  /** The round's receiving unit (copied so the inbox is one indexed filter). */
  @Column({ type: 'uuid' })
  receivingUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiving_unit_id' })
  receivingUnit?: UnitEntity;

  @Column({ type: 'ltree' })
  receivingPath!: string;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: DossierStatus;

  /** Nội dung tờ trình tóm tắt / ghi chú của đơn vị đề nghị. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The first send: from then on the receiving unit reads the dossier (and its history). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  firstSubmittedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt!: Date | null;

  /** The last send came after the round's deadline (accepted, flagged). */
  @Column({ type: 'boolean', default: false })
  late!: boolean;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  receivedAt!: Date | null;

  /** "Đề nghị cấp trên khen cao": the dossier of the lower round its first nominees came from. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  originDossierId!: string | null;

  @ManyToOne(() => AwardDossierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'origin_dossier_id' })
  originDossier?: AwardDossierEntity | null;
}

/**
 * A nominee of a dossier (đề nghị khen thưởng cho …): a person, a collective (a unit) or a household,
 * with the award proposed (a catalog code of AWARD_KINDS, or the award plan's form by name) and the
 * achievements summary. `eligibility` is the rules engine's explained verdict, stored as it was when
 * judged (module legal's RulesService.check over module records' facts; `NominationEligibility`,
 * ADR 0019): at each add or edit, and again at each send. `initiativeIds` are the sáng kiến, đề tài
 * the nomination cites (module records), locked for it when the dossier is sent.
 */
@Entity('award_nominations')
@Index('award_nominations_search', { synchronize: false })
// "chuyển cấp trên" counters ask whether a nominee was escalated (partial: most rows have no origin)
@Index('award_nominations_origin', { synchronize: false })
@Index(['dossierId', 'position'])
export class AwardNominationEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  dossierId!: string;

  @ManyToOne(() => AwardDossierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: AwardDossierEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  subject!: AwardSubject;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity | null;

  /** The collective proposed (a unit). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  subjectUnitId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subject_unit_id' })
  subjectUnit?: UnitEntity | null;

  /** A household's address (thôn, xã) under the proposing unit. */
  @Column({ type: 'text', nullable: true })
  householdAddress!: string | null;

  /** The person's full name, the unit's name or the household's ("Hộ ông Nguyễn Văn A"), when written. */
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  awardCode!: string | null;

  /** The award as proposed: the catalog name, or the award plan's form. */
  @Column({ type: 'text' })
  awardName!: string;

  @Column({ type: 'text', default: '' })
  achievements!: string;

  /** The rules engine's explained eligibility, as judged (null: judged before the engine was wired). */
  @Column({ type: 'jsonb', nullable: true })
  eligibility!: NominationEligibility | null;

  /** The sáng kiến, đề tài cited (records' initiatives, the nominee's own): the ones the check counts. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  initiativeIds!: string[];

  @Column({ type: 'text', nullable: true })
  appraisalVerdict!: AppraisalVerdict | null;

  @Column({ type: 'text', nullable: true })
  appraisalRemark!: string | null;

  /** The nominee of a lower dossier this one escalates (đề nghị cấp trên). */
  @Column({ type: 'uuid', nullable: true })
  originNominationId!: string | null;

  /**
   * The Hội đồng Thi đua - Khen thưởng's verdict, written by the councils module at its session's
   * close (AwardDossierRoutingService.recordCouncilOutcome): a dossier that went to the council is
   * decided only on PASS. Null: not voted on by a council.
   */
  @Column({ type: 'text', nullable: true })
  councilVerdict!: AppraisalVerdict | null;

  /** The council session that gave the verdict (module councils; no foreign key across modules' tables). */
  @Column({ type: 'uuid', nullable: true })
  councilSessionId!: string | null;
}

/**
 * A document of a dossier: its kind (slot), the nominee it belongs to for per-nominee kinds, and its
 * content: a stored file (files module, by SHA-256) or text written in (a biên bản). A document reused
 * from a lower dossier by an escalation keeps `originDocumentId` and points at the same stored file
 * (content-addressed: nothing is copied); no foreign key, since the origin may later be replaced
 * while this reference stays what was sent.
 */
@Entity('award_dossier_documents')
@Index(['dossierId', 'kind'])
export class AwardDossierDocumentEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  dossierId!: string;

  @ManyToOne(() => AwardDossierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: AwardDossierEntity;

  @Column({ type: 'text' })
  kind!: DossierDocumentKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  nominationId!: string | null;

  @ManyToOne(() => AwardNominationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nomination_id' })
  nomination?: AwardNominationEntity | null;

  @Column({ type: 'text', nullable: true })
  fileSha256!: string | null;

  @Column({ type: 'text', nullable: true })
  fileName!: string | null;

  @Column({ type: 'text', nullable: true })
  mediaType!: string | null;

  @Column({ type: 'int', nullable: true })
  size!: number | null;

  /** Written content (a biên bản typed in), when there is no file. */
  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  originDocumentId!: string | null;

  /**
   * Drafted by the system and frozen at a send (the tờ trình, a báo cáo thành tích: ADR 0020), not
   * uploaded: a resend renders it again from its draft, while an uploaded one stays as it is.
   */
  @Column({ type: 'boolean', default: false })
  generated!: boolean;
}
