import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { AwardCategory, AwardLevel, AwardSubject, AwardTrack } from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';
import { UnitEntity } from '../org/unit.entity';

/**
 * A danh hiệu thi đua or hình thức khen thưởng officers propose: the national catalog (AWARD_KINDS,
 * synced at boot, provinceUnitId null) and a province's own forms (Kỷ niệm chương, a province's own
 * title), tied to the province unit and managed there with RULES_MANAGE.
 *
 * One code per scope (migration AwardRules, `award_kinds_code_uq`): a national code once, a province's
 * code once in that province; RulesService also refuses a province code equal to a national one, so a
 * rule's `award_code` names one kind for every reader of the province.
 */
@Entity('award_kinds')
@Index('award_kinds_code_uq', { synchronize: false })
export class AwardKindEntity extends VersionedEntity {
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  category!: AwardCategory;

  @Column({ type: 'text', array: true })
  subjects!: AwardSubject[];

  @Column({ type: 'text' })
  level!: AwardLevel;

  @Column({ type: 'text', array: true })
  tracks!: AwardTrack[];

  /** the lower step of a ranked series (CSTĐCS for CSTĐ tỉnh) */
  @Column({ type: 'text', nullable: true })
  lowerStep!: string | null;

  /** null: national (AWARD_KINDS) */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  provinceUnitId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_unit_id' })
  provinceUnit?: UnitEntity;

  /** the catalog's order (national ones as AWARD_KINDS lists them, a province's after) */
  @Column({ type: 'integer' })
  sortOrder!: number;
}
