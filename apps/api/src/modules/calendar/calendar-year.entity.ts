import { Check, Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../../core/database/base.entity';

/** Whose a year is: the release's (kept in step at boot) or the administrators' (never touched by it). */
export type CalendarYearSource = 'SHIPPED' | 'EDITED';

/**
 * A year the working-day calendar knows (ADR 0016). Its row says the year's days were entered: a
 * deadline that runs into a year without one is counted on the rules alone and said to be provisional.
 * A shipped year follows SHIPPED_CALENDAR until an administrator changes one of its days; from then on
 * (and for a year they generated) it is EDITED and the boot sync leaves it alone.
 */
@Entity('calendar_years')
@Check('calendar_years_source_check', `"source" IN ('SHIPPED', 'EDITED')`)
@Check('calendar_years_year_check', `"year" BETWEEN 2000 AND 2100`)
export class CalendarYearEntity extends VersionedEntity {
  @Index({ unique: true })
  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  source!: CalendarYearSource;

  /** Where the year's days come from and what is left to check against the year's announcement. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
