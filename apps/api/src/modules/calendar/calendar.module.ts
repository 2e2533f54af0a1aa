import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CALENDAR_ENTITIES } from './calendar.entities';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';

/**
 * The working-day calendar (reference decision 14, ADR 0016): days off and make-up days per year,
 * shipped and kept at boot, edited by administrators; CalendarService counts deadlines in working
 * days for the modules that have them (award dossiers: 05 days to complete a file, 20 to appraise).
 * No unit scope: the calendar is the whole installation's.
 */
@Module({
  imports: [TypeOrmModule.forFeature(CALENDAR_ENTITIES)],
  providers: [CalendarService, CalendarResolver],
  exports: [CalendarService],
})
export class CalendarModule {}
