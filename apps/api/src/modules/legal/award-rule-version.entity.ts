import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { AwardRuleContent, AwardTrack, IsoDate } from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';
import { UnitEntity } from '../org/unit.entity';
import { LegalDocumentEntity } from './legal-document.entity';

/**
 * A rule version (issue 11): what one legal basis says of an award under a track for a period — who
 * decides, the conditions, the vote, the public notice, the dossier, the reward — as typed jsonb
 * (`AwardRuleContent`, validated on input by class-validator and `awardRuleContentProblems`). Dates
 * inclusive like legal documents (ADR 0014). Versions of one award, track and scope never overlap
 * (RulesService refuses it; a new version closes the open one the day before it starts).
 *
 * `seedKey` names a shipped national version (NATIONAL_AWARD_RULES: award/track/basis); the boot
 * sync keeps an unedited one in step with the code, and never touches one an administrator changed
 * (`edited`).
 */
@Entity('award_rule_versions')
@Index('award_rule_versions_seed_key_uq', { synchronize: false })
@Index(['awardCode', 'track'])
export class AwardRuleVersionEntity extends VersionedEntity {
  @Column({ type: 'text' })
  awardCode!: string;

  @Column({ type: 'text' })
  track!: AwardTrack;

  /** null: national; a province's own statement of the rule otherwise */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  provinceUnitId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_unit_id' })
  provinceUnit?: UnitEntity;

  /** the legal basis (a registry document: NĐ 152/2025, a province's quyết định) */
  @Index()
  @Column({ type: 'uuid' })
  legalDocumentId!: string;

  @ManyToOne(() => LegalDocumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'legal_document_id' })
  legalDocument?: LegalDocumentEntity;

  @Column({ type: 'date' })
  effectiveFrom!: IsoDate;

  /** last day in force, inclusive; null: open */
  @Column({ type: 'date', nullable: true })
  effectiveTo!: IsoDate | null;

  @Column({ type: 'jsonb' })
  content!: AwardRuleContent;

  /** changed by an administrator: the boot sync leaves it alone */
  @Column({ type: 'boolean', default: false })
  edited!: boolean;

  @Column({ type: 'text', nullable: true })
  seedKey!: string | null;
}
