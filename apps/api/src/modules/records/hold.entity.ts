import { Column, Entity, Index } from 'typeorm';
import type { HoldKind, IsoDate } from '@thidua/shared-domain';
import { SubjectRecordEntity } from './subject-record.entity';

/**
 * A reason a person or unit may not be proposed for now (NĐ 152/2025 Điều 4 k.4; issue 11): kỷ luật,
 * điều tra, thanh tra, khiếu nại tố cáo, báo chí; from a day, until a day or open, from a source (BN86
 * Điều 10: Công an, Thanh tra, Thuế, BHXH… report them before 10/12). Lifting it (`lifted_on`) ends
 * it early and keeps the row: a nomination judged before that day was right to be blocked.
 */
@Entity('holds')
@Index('holds_person', ['personId', 'startsOn'], { where: `person_id IS NOT NULL` })
@Index('holds_unit', ['unitId', 'startsOn'])
@Index('holds_sort', ['sortKey', 'id'])
@Index('holds_unit_path', { synchronize: false })
@Index('holds_search', { synchronize: false })
export class HoldEntity extends SubjectRecordEntity {
  @Column({ type: 'text' })
  kind!: HoldKind;

  @Column({ type: 'date' })
  startsOn!: IsoDate;

  /** Null: until lifted. */
  @Column({ type: 'date', nullable: true })
  endsOn!: IsoDate | null;

  /** "Thanh tra tỉnh, Công văn số 45/TTr-NV ngày 02/12/2025". */
  @Column({ type: 'text' })
  source!: string;

  /** The day it stopped blocking (the first day a nomination is no longer held). */
  @Column({ type: 'date', nullable: true })
  liftedOn!: IsoDate | null;

  @Column({ type: 'text', nullable: true })
  liftReason!: string | null;
}
