import { Column, Entity, Index } from 'typeorm';
import type { AwardTrack, IsoDate } from '@thidua/shared-domain';
import { SubjectRecordEntity } from './subject-record.entity';

/**
 * An award a person, unit or household already has (issue 11): entered, imported from the history a
 * province kept in Excel, and later written by the decisions module when a decision is signed.
 * `award_code` is a code of AWARD_KINDS when the award is in the national catalog, else null (a
 * province's own form, a legacy name): `award_name` is always what the decision says.
 */
@Entity('award_records')
@Index('award_records_person_year', ['personId', 'year'], { where: `person_id IS NOT NULL` })
@Index('award_records_unit_year', ['unitId', 'year'])
@Index('award_records_sort', ['sortKey', 'id'])
@Index('award_records_unit_path', { synchronize: false })
@Index('award_records_search', { synchronize: false })
export class AwardRecordEntity extends SubjectRecordEntity {
  /** HOUSEHOLD: the household's address (its name is `subject_name`). */
  @Column({ type: 'text', nullable: true })
  householdAddress!: string | null;

  @Column({ type: 'text', nullable: true })
  awardCode!: string | null;

  @Column({ type: 'text' })
  awardName!: string;

  @Column({ type: 'text' })
  track!: AwardTrack;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text', nullable: true })
  decisionNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  decidedOn!: IsoDate | null;

  /** "Chủ tịch UBND tỉnh", "Thủ tướng Chính phủ". */
  @Column({ type: 'text', nullable: true })
  decidedBy!: string | null;
}
