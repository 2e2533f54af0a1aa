import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { CalendarDayKind, IsoDate } from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';
import { CalendarYearEntity } from './calendar-year.entity';

/** Where a day comes from: the shipped data, the rules (an administrator's "create the year"), an edit. */
export type CalendarDaySource = 'SHIPPED' | 'RULES' | 'EDITED';

/**
 * One day that differs from the weekly pattern (ADR 0016): a weekday off (a holiday, its compensation,
 * a swapped day) or a Saturday/Sunday worked in a swap. Ordinary weekends are not stored: about 12 rows
 * a year instead of 104.
 */
@Entity('calendar_days')
@Check('calendar_days_kind_check', `"kind" IN ('DAY_OFF', 'WORKING_DAY')`)
@Check('calendar_days_source_check', `"source" IN ('SHIPPED', 'RULES', 'EDITED')`)
export class CalendarDayEntity extends VersionedEntity {
  @Index({ unique: true })
  @Column({ type: 'date' })
  date!: IsoDate;

  /** The year the date falls in (CalendarService keeps them agreeing). */
  @Index()
  @Column({ type: 'uuid' })
  yearId!: string;

  @ManyToOne(() => CalendarYearEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'year_id' })
  calendarYear?: CalendarYearEntity;

  @Column({ type: 'text' })
  kind!: CalendarDayKind;

  /** "Tết Nguyên đán Ất Tỵ", "Nghỉ bù Giỗ Tổ Hùng Vương", "Làm bù". */
  @Column({ type: 'text' })
  name!: string;

  /** The basis (căn cứ) of the day. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text' })
  source!: CalendarDaySource;

  /** Not yet checked against the year's official announcement. */
  @Column({ type: 'boolean', default: false })
  provisional!: boolean;
}
