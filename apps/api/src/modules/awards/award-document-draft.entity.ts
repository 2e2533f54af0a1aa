import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { IsoDate, SigningAuthority } from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { AwardDossierEntity, AwardNominationEntity } from './award-dossier.entity';

/** The editable parts of a báo cáo thành tích (the rest — who, which award, the header — is derived). */
export interface ReportDraftContent {
  /** "Đợt thi đua đặc biệt … (2025)", "năm 2025": printed under the title. */
  period: string;
  /** Part I as label–value lines: sơ lược lý lịch (person) or đặc điểm, tình hình (collective). */
  profile: { label: string; value: string }[];
  /** Part I, free text: chức năng, nhiệm vụ, tổ chức bộ máy… (a line per paragraph, "- " a bullet). */
  background: string;
  /** Part II: chỉ tiêu, nhiệm vụ được giao / đã đăng ký (registrations, giao ước). */
  commitments: string;
  /** Part II: the campaign's targets against what was reported. */
  targets: { name: string; planned: string; achieved: string | null }[];
  measures: string;
  /** Part II: kết quả đạt được (the nomination's achievements when drafted). */
  results: string;
  lessons: string;
  evaluations: { year: number; result: string }[];
  priorAwards: { year: number; award: string; decision: string | null }[];
  initiatives: { title: string; level: string; recognition: string | null }[];
  author: { title: string; name: string };
  confirmer: { title: string; name: string | null } | null;
}

/** The editable parts of a tờ trình (the awards and the list of nominees are read from the dossier). */
export interface ToTrinhDraftContent {
  /** Địa danh: "Bắc Kạn". */
  place: string;
  /** Trích yếu after "Về việc". */
  subject: string;
  addressees: string[];
  /** Căn cứ lines, each without "Căn cứ". */
  bases: string[];
  councilMinutes: { date: IsoDate | null; body: string } | null;
  summary: string;
  /** The deciding authority as the proposal sentence names it. */
  authority: string;
  recipients: string[];
  /** "VT, TCCB": the file copy. */
  archive: string;
  signer: {
    on: { authority: SigningAuthority; of: string }[];
    title: string;
    name: string;
  };
}

export type AwardDocumentDraftKind = 'TO_TRINH' | 'BAO_CAO_THANH_TICH';

/**
 * A document of a dossier the system drafts itself (issue 11, "The dossier"; ADR 0020), once it is
 * stored: the officer edited it, redrafted it or signed it off. One tờ trình per dossier
 * (`nomination_id` null) and one báo cáo thành tích per nominee; a draft never stored is composed
 * from the data on each read and has no row. `content` keeps the editable parts only (the nominee,
 * the award, the header and the tờ trình's list are read from the dossier when rendered), typed by
 * `ReportDraftContent` / `ToTrinhDraftContent` and bounded by AWARD_DRAFT_LIMITS.
 *
 * The version guards the draft on its own (two officers editing one report: the second gets CONFLICT);
 * every change also locks the dossier row, so no edit slips into a send. A report is signed off
 * before the send freezes it; a signed-off report is changed only after reopening it.
 *
 * At the send the draft is rendered (libs/documents) and stored as the dossier's document
 * (`document_id`, `generated`); `rendered_hash` is the hash of the data rendered, so a resend whose
 * draft did not change keeps the same file and "what changed" does not report it replaced. The tờ
 * trình takes its number from the proposing unit's register at the first send that generates it and
 * keeps it (`number`, `symbol`, `numbered_on`).
 */
@Entity('award_document_drafts')
@Index('award_document_drafts_to_trinh_uq', ['dossierId'], {
  unique: true,
  where: `nomination_id IS NULL`,
})
@Index('award_document_drafts_report_uq', ['nominationId'], {
  unique: true,
  where: `nomination_id IS NOT NULL`,
})
// a dossier's drafts are read together (the GraphQL loader, the send, the completeness check): at
// province scale every one of 50,000 nominees has a report row, and the partial index above holds
// the tờ trình rows only
@Index('award_document_drafts_dossier', ['dossierId'])
export class AwardDocumentDraftEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  dossierId!: string;

  @ManyToOne(() => AwardDossierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: AwardDossierEntity;

  /** The nominee whose report this is; null: the dossier's tờ trình. */
  @Column({ type: 'uuid', nullable: true })
  nominationId!: string | null;

  @ManyToOne(() => AwardNominationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nomination_id' })
  nomination?: AwardNominationEntity | null;

  @Column({ type: 'text' })
  kind!: AwardDocumentDraftKind;

  @Column({ type: 'jsonb' })
  content!: ReportDraftContent | ToTrinhDraftContent;

  /** When the content was last composed from the system's data (created, or redrafted). */
  @Column({ type: 'timestamptz', precision: 3 })
  draftedAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  signedOffAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  signedOffById!: string | null;

  @Column({ type: 'text', nullable: true })
  signedOffByName!: string | null;

  /** The tờ trình's number in the proposing unit's register, taken at the first send. */
  @Column({ type: 'int', nullable: true })
  number!: number | null;

  @Column({ type: 'text', nullable: true })
  symbol!: string | null;

  @Column({ type: 'date', nullable: true })
  numberedOn!: IsoDate | null;

  /** The dossier document the last send generated from this draft (no foreign key: it may be replaced). */
  @Column({ type: 'uuid', nullable: true })
  documentId!: string | null;

  /** A hash of the document data last rendered (what a resend compares). */
  @Column({ type: 'text', nullable: true })
  renderedHash!: string | null;
}

/**
 * The PDF of a .docx of a dossier (uploaded or generated), by the .docx's SHA-256: made after a send
 * by the job `awards.dossier-pdf` (or never, without LibreOffice) and read by the e-dossier package.
 * Both are content-addressed, so a row is true forever and is written once.
 */
@Entity('award_document_pdfs')
export class AwardDocumentPdfEntity {
  @PrimaryColumn({ type: 'text' })
  docxSha256!: string;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'docx_sha256' })
  docx?: StoredFileEntity;

  @Index()
  @Column({ type: 'text' })
  pdfSha256!: string;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pdf_sha256' })
  pdf?: StoredFileEntity;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}
