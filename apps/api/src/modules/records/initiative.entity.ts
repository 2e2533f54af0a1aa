import { Column, Entity, Index } from 'typeorm';
import type { InitiativeKind, InitiativeScope, IsoDate } from '@thidua/shared-domain';
import { SubjectRecordEntity } from './subject-record.entity';

/**
 * A sáng kiến or đề tài khoa học (issue 11) and its author (a person, or a unit), with the level that
 * recognised it. "Một sáng kiến chỉ dùng một lần" (CV 5007/BNV-TĐKT): once a nomination cites it, the
 * use is written here (`used_for_*`, `locked_at`) by `RecordsService.lockInitiative`, whose
 * conditional UPDATE lets only one of two concurrent nominations take it.
 */
@Entity('initiatives')
@Index('initiatives_person', ['personId'], { where: `person_id IS NOT NULL` })
@Index('initiatives_unit', ['unitId'])
@Index('initiatives_sort', ['sortKey', 'id'])
@Index('initiatives_unit_path', { synchronize: false })
@Index('initiatives_search', { synchronize: false })
export class InitiativeEntity extends SubjectRecordEntity {
  @Column({ type: 'text' })
  kind!: InitiativeKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  scope!: InitiativeScope;

  @Column({ type: 'date' })
  recognisedOn!: IsoDate;

  /** "Hội đồng sáng kiến Sở Nội vụ", "Sở Khoa học và Công nghệ". */
  @Column({ type: 'text', nullable: true })
  recognisedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  certificateNumber!: string | null;

  /** The award it served ("Chiến sĩ thi đua cơ sở"); null while free. */
  @Column({ type: 'text', nullable: true })
  usedForAwardName!: string | null;

  @Column({ type: 'int', nullable: true })
  usedForYear!: number | null;

  /** What used it: the nomination's reference, or a legacy decision typed by an officer. */
  @Column({ type: 'text', nullable: true })
  usedByReference!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lockedAt!: Date | null;
}
