import { Column, Entity, Index } from 'typeorm';
import type { EvaluationGrade } from '@thidua/shared-domain';
import { SubjectRecordEntity } from './subject-record.entity';

/**
 * Kết quả đánh giá, xếp loại hằng năm (issue 11): one per person and year, one per unit and year
 * (the unit's own, as a collective); imported from the year's Excel sheet or entered.
 */
@Entity('evaluations')
// UNIQUE (person_id, year) INCLUDE (grade) WHERE person_id IS NOT NULL: a collective's members'
// grades read from the index only (migration CollectiveFactsIndexes)
@Index('evaluations_person_year_uq', { synchronize: false })
@Index('evaluations_unit_year_uq', ['unitId', 'year'], {
  unique: true,
  where: `subject = 'COLLECTIVE'`,
})
@Index('evaluations_sort', ['sortKey', 'id'])
@Index('evaluations_unit_path', { synchronize: false })
@Index('evaluations_search', { synchronize: false })
export class EvaluationEntity extends SubjectRecordEntity {
  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  grade!: EvaluationGrade;

  /** What an officer reads as the evidence: "Quyết định số 12/QĐ-SNV", "Nhập từ tệp Excel". */
  @Column({ type: 'text', nullable: true })
  source!: string | null;
}
