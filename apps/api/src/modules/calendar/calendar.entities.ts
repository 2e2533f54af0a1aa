import { CalendarDayEntity } from './calendar-day.entity';
import { CalendarYearEntity } from './calendar-year.entity';

export const CALENDAR_ENTITIES = [CalendarYearEntity, CalendarDayEntity];
