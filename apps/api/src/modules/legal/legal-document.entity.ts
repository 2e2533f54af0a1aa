import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { IsoDate, LegalDocumentKind } from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';
import { UnitEntity } from '../org/unit.entity';

/**
 * A legal or guiding document that campaigns, dossiers, decisions and restructurings cite as căn cứ:
 * a law, a decree, a Party directive, a province's plan. National documents have no issuer unit; a
 * local one names the unit of our tree that issued it, and is managed by that unit's officers.
 *
 * One number per issuer per year (migration LegalDocuments, `legal_documents_number_uq`): the number
 * alone repeats, because numbering starts again from 01 every 1 January (NĐ 30/2020 Điều 15: "số +
 * ký hiệu unique per organisation per year") and with every Party term (Kết luận 01-KL/TW exists in
 * 2016 and 2021), and every province's people's committee signs "…/KH-UBND". The issuer is the unit
 * when there is one, else the issuing body's name ("Bộ Chính trị"), compared without accents.
 */
@Entity('legal_documents')
@Index('legal_documents_number_uq', { synchronize: false })
@Index('legal_documents_search_words', { synchronize: false })
export class LegalDocumentEntity extends VersionedEntity {
  /** Số, ký hiệu: "152/2025/NĐ-CP", "34-CT/TW", "0125/KH-UBND" (normalizeLegalNumber). */
  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'text' })
  kind!: LegalDocumentKind;

  /** Cơ quan ban hành as the document names it: "Chính phủ", "Bộ Chính trị", "UBND tỉnh Bắc Kạn". */
  @Column({ type: 'text' })
  issuingBody!: string;

  /** The unit of our tree that issued it (a province's plan); null for a national document. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  issuerUnitId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_unit_id' })
  issuerUnit?: UnitEntity;

  @Column({ type: 'date', nullable: true })
  issuedOn!: IsoDate | null;

  /** Trích yếu. Null only for a shipped document whose sources give none (NATIONAL_LEGAL_DOCUMENTS). */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'date', nullable: true })
  effectiveFrom!: IsoDate | null;

  /** The last day in force (inclusive); null while in force or unknown. */
  @Column({ type: 'date', nullable: true })
  effectiveTo!: IsoDate | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  replacedById!: string | null;

  @ManyToOne(() => LegalDocumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replaced_by_id' })
  replacedBy?: LegalDocumentEntity;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /**
   * What search matches (ADR 0009): the kind's label, the number, the trích yếu and the issuing body
   * ("nghi dinh 152" finds Nghị định 152/2025/NĐ-CP, whose title does not say "Nghị định"). Written by
   * LegalService on every save; a GIN index on its words serves the search.
   */
  @Column({ type: 'text', select: false })
  searchText!: string;
}
