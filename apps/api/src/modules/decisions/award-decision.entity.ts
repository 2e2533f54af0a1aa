import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import type { AwardSubject, AwardTrack, IsoDate, SigningAuthority } from '@thidua/shared-domain';
import { BaseEntity, VersionedEntity } from '../../core/database/base.entity';
import { AwardDossierEntity, AwardNominationEntity } from '../awards/award-dossier.entity';
import { AwardRoundEntity } from '../awards/award-round.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { UnitEntity } from '../org/unit.entity';
import { PersonEntity } from '../people/person.entity';
import { AwardRecordEntity } from '../records/award-record.entity';

/** DRAFT → ISSUED (→ REVOKED, a later step: the recipients' `revoked` then frees their nominations). */
export type AwardDecisionStatus = 'DRAFT' | 'ISSUED' | 'REVOKED';

/** A danh hiệu thi đua is given "danh hiệu …" (TẶNG DANH HIỆU on the certificate), a hình thức plainly. */
export type AwardDecisionKind = 'FORM' | 'TITLE';

/** Who signs: "TM. Ủy ban nhân dân / KT. Chủ tịch" over "Phó Chủ tịch", the name (NĐ 30 Điều 13). */
export interface DecisionSigner {
  on: { authority: SigningAuthority; of: string }[];
  title: string;
  name: string;
}

/** "Xét đề nghị của {by} tại {reference}": the tờ trình that asked for the awards. */
export interface DecisionProposal {
  by: string;
  reference: string;
}

/** The council's biên bản cited after the căn cứ. */
export interface DecisionCouncilMinutes {
  body: string;
  date: IsoDate | null;
}

/**
 * Quyết định khen thưởng (issue 12, "Minutes and decisions"; ADR 0022): drafted by the officers of the
 * issuing unit (the deciding authority's unit: UBND tỉnh, a Sở, a xã) from a round's nominations
 * appraised "đạt", issued by its leader. One award per decision (the builder's Điều 1 gives one form),
 * several decisions per round. The editable parts are plain columns; at issue the number and date are
 * taken, the .docx is rendered and frozen (`docx_sha256`), and nothing but the certificates changes
 * after. Read with DECISION_READ at the issuer (its path through `units`: decisions are a few dozen a
 * unit a year, so no denormalised path).
 */
@Entity('award_decisions')
@Index(['roundId', 'status'])
@Index(['issuerUnitId', 'createdAt'])
export class AwardDecisionEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => AwardRoundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: AwardRoundEntity;

  @Column({ type: 'uuid' })
  issuerUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_unit_id' })
  issuerUnit?: UnitEntity;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: AwardDecisionStatus;

  /** The round's year and track: the award records' year and track. */
  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  track!: AwardTrack;

  /** A code of AWARD_KINDS, or null for a province's own form named by `award_name`. */
  @Column({ type: 'text', nullable: true })
  awardCode!: string | null;

  /** "Giấy khen của Giám đốc Sở Nội vụ", "Chiến sĩ thi đua cơ sở". */
  @Column({ type: 'text' })
  awardName!: string;

  @Column({ type: 'text', default: 'FORM' })
  awardKind!: AwardDecisionKind;

  /** Trích yếu after "Về việc": "tặng Giấy khen cho các tập thể, cá nhân …". */
  @Column({ type: 'text' })
  subject!: string;

  /** Who decides, above the căn cứ: "Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn". */
  @Column({ type: 'text' })
  authority!: string;

  /** Điều 1, what for: "đã có thành tích xuất sắc trong …". */
  @Column({ type: 'text' })
  achievement!: string;

  /** Căn cứ, each without its "Căn cứ". */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  bases!: string[];

  @Column({ type: 'jsonb', nullable: true })
  councilMinutes!: DecisionCouncilMinutes | null;

  @Column({ type: 'jsonb', nullable: true })
  proposal!: DecisionProposal | null;

  /** Điều 2's "trích từ …"; null: the decision gives no money (no Điều 2 on money, no amounts). */
  @Column({ type: 'text', nullable: true })
  rewardFunding!: string | null;

  /** Printed in brackets after the amounts: "theo Nghị định số 152/2025/NĐ-CP". */
  @Column({ type: 'text', nullable: true })
  rewardBasis!: string | null;

  /** Điều 3: who carries it out, before "và các tập thể, cá nhân có tên tại Điều 1". */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  executors!: string[];

  /** Nơi nhận (one group), then "- Lưu: {archive}.". */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  receivers!: string[];

  @Column({ type: 'text', default: 'VT' })
  archive!: string;

  /** Địa danh: "Bắc Kạn". */
  @Column({ type: 'text' })
  place!: string;

  @Column({ type: 'jsonb' })
  signer!: DecisionSigner;

  /** From the issuer's QĐ register at the issue (NĐ 30 Điều 15). */
  @Column({ type: 'int', nullable: true })
  number!: number | null;

  /** "25/QĐ-UBND". */
  @Column({ type: 'text', nullable: true })
  symbol!: string | null;

  /** The decision's date: the day; the amounts are reckoned on it. */
  @Column({ type: 'date', nullable: true })
  decidedOn!: IsoDate | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  issuedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  issuedById!: string | null;

  @Column({ type: 'text', nullable: true })
  issuedByName!: string | null;

  /** The .docx rendered and stored at the issue: what was signed, served as is ever after. */
  @Column({ type: 'text', nullable: true })
  docxSha256!: string | null;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'docx_sha256' })
  docx?: StoredFileEntity | null;

  /** The certificates of the last print job (.docx, and its PDF when LibreOffice is installed). */
  @Column({ type: 'text', nullable: true })
  certificatesDocxSha256!: string | null;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certificates_docx_sha256' })
  certificatesDocx?: StoredFileEntity | null;

  @Column({ type: 'text', nullable: true })
  certificatesPdfSha256!: string | null;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certificates_pdf_sha256' })
  certificatesPdf?: StoredFileEntity | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  certificatesAt!: Date | null;
}

/** numeric(6,3) comes back from PostgreSQL as text: read it as a number. */
const multiplierColumn = {
  to: (value: number | null) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

/**
 * One recipient of a decision: the nomination it decides (null once the dossier removed it: the row
 * stays as the decision printed it) and a snapshot of who and what, as the danh sách and the
 * certificate print them. A nomination is in at most one decision not revoked (partial unique index
 * `award_decision_recipients_nomination_uq`). The money: `multiplier` from the rule in force for the
 * award and subject (or entered), × `base_salary` (LUONG_CO_SO on the decision's date), rounded as
 * libs/documents `rewardAmount` does. At the issue: `gold_book_number` (per issuer and year),
 * `certificate_code` (the public verification's key) and the award record written in module records.
 */
@Entity('award_decision_recipients')
@Index(['decisionId', 'position'])
@Index('award_decision_recipients_nomination_uq', { synchronize: false })
@Index('award_decision_recipients_search', { synchronize: false })
@Unique('award_decision_recipients_certificate_code', ['certificateCode'])
@Check('award_decision_recipients_amount', 'amount IS NULL OR amount >= 0')
export class AwardDecisionRecipientEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  decisionId!: string;

  @ManyToOne(() => AwardDecisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id' })
  decision?: AwardDecisionEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'uuid', nullable: true })
  nominationId!: string | null;

  @ManyToOne(() => AwardNominationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'nomination_id' })
  nomination?: AwardNominationEntity | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  dossierId!: string | null;

  @ManyToOne(() => AwardDossierEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: AwardDossierEntity | null;

  /** Set when the decision is revoked (a later step): the nomination may then be decided again. */
  @Column({ type: 'boolean', default: false })
  revoked!: boolean;

  @Column({ type: 'text' })
  subject!: AwardSubject;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity | null;

  /** The collective (a unit), or the commune keeping a household's record. */
  @Column({ type: 'uuid', nullable: true })
  subjectUnitId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subject_unit_id' })
  subjectUnit?: UnitEntity | null;

  @Column({ type: 'text', nullable: true })
  householdAddress!: string | null;

  /** "Ông", "Bà" before a person's name in the danh sách and on the certificate. */
  @Column({ type: 'text', nullable: true })
  honorific!: string | null;

  @Column({ type: 'text' })
  name!: string;

  /** Chức vụ, đơn vị (a person), the parent (a collective), the address (a household). */
  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  /** The unit the public lookup names: a person's, a collective's parent, a household's commune. */
  @Column({ type: 'text', nullable: true })
  unitName!: string | null;

  /** The certificate's achievement line. */
  @Column({ type: 'text', default: '' })
  achievement!: string;

  @Column({ type: 'text', nullable: true })
  awardCode!: string | null;

  @Column({ type: 'text' })
  awardName!: string;

  @Column({
    type: 'numeric',
    precision: 6,
    scale: 3,
    nullable: true,
    transformer: multiplierColumn,
  })
  multiplier!: number | null;

  /** LUONG_CO_SO (đồng/tháng) the amount was reckoned on. */
  @Column({ type: 'int', nullable: true })
  baseSalary!: number | null;

  /** Tiền thưởng in đồng; null: no money (no multiplier, or the decision gives none). */
  @Column({ type: 'int', nullable: true })
  amount!: number | null;

  /** Số sổ vàng: a sequence per issuing unit and year, taken at the issue. */
  @Column({ type: 'int', nullable: true })
  goldBookNumber!: number | null;

  /** Short random code printed under the certificate's QR code (public verification). */
  @Column({ type: 'text', nullable: true })
  certificateCode!: string | null;

  /** The award record written in module records at the issue. */
  @Column({ type: 'uuid', nullable: true })
  awardRecordId!: string | null;

  @ManyToOne(() => AwardRecordEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'award_record_id' })
  awardRecord?: AwardRecordEntity | null;
}

/**
 * Sổ vàng: the last số sổ vàng an issuing unit gave in a year. Taken in the transaction by one
 * upsert (as the number registers of module documents): concurrent issues of one unit wait on the
 * row, so numbers never repeat, and a rolled-back issue gives its numbers back.
 */
@Entity('award_gold_books')
@Unique('award_gold_books_unit_year', ['issuerUnitId', 'year'])
@Check('award_gold_books_last_number', 'last_number >= 0')
export class AwardGoldBookEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  issuerUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_unit_id' })
  issuerUnit?: UnitEntity;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int', default: 0 })
  lastNumber!: number;
}
