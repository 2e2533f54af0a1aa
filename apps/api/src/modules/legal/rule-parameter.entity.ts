import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Confidence, IsoDate, RuleParameterKey } from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';
import { UnitEntity } from '../org/unit.entity';
import { LegalDocumentEntity } from './legal-document.entity';

/**
 * A dated value of a named rule parameter (RULE_PARAMETERS): lương cơ sở, the LĐTT share of a
 * collective title. National (provinceUnitId null) or a province's override, which beats the national
 * value on the days it is in force (`ruleParametersOn`). Values of one key and scope never overlap.
 * `seedKey` and `edited` as on rule versions.
 */
@Entity('rule_parameters')
@Index('rule_parameters_seed_key_uq', { synchronize: false })
@Index(['key', 'effectiveFrom'])
export class RuleParameterEntity extends VersionedEntity {
  @Column({ type: 'text' })
  key!: RuleParameterKey;

  /** a share in (0, 1] or an amount in đồng: 2.340.000 is exact in a double */
  @Column({ type: 'double precision' })
  value!: number;

  @Column({ type: 'date' })
  effectiveFrom!: IsoDate;

  @Column({ type: 'date', nullable: true })
  effectiveTo!: IsoDate | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  provinceUnitId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_unit_id' })
  provinceUnit?: UnitEntity;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  legalDocumentId!: string | null;

  @ManyToOne(() => LegalDocumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'legal_document_id' })
  legalDocument?: LegalDocumentEntity;

  /** "Điều 3" */
  @Column({ type: 'text', nullable: true })
  article!: string | null;

  @Column({ type: 'text' })
  confidence!: Confidence;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'boolean', default: false })
  edited!: boolean;

  @Column({ type: 'text', nullable: true })
  seedKey!: string | null;
}
