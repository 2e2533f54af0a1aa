import { isoToVn, type CalendarDayKind, type IsoDate } from '@thidua/shared-domain';
import type { AuditTarget } from '../../core/audit/audit.writer';

/**
 * What the calendar's audit rows are about (ADR 0010): the calendar is the whole installation's, so
 * its rows are global (read by global AUDIT_READ holders only), labelled by the day ("02/09/2026 –
 * Quốc khánh") or the year ("Năm 2026").
 */
export function calendarDayTarget(day: { id: string; date: IsoDate; name: string }): AuditTarget {
  return {
    entityType: 'CalendarDay',
    entityId: day.id,
    label: `${isoToVn(day.date)} – ${day.name}`,
    scopeUnitId: null,
  };
}

export function calendarYearTarget(year: { id: string; year: number }): AuditTarget {
  return {
    entityType: 'CalendarYear',
    entityId: year.id,
    label: `Năm ${year.year}`,
    scopeUnitId: null,
  };
}

export interface CalendarDayAuditView {
  date: IsoDate;
  kind: CalendarDayKind;
  name: string;
  note: string | null;
  provisional: boolean;
}

export const CALENDAR_DAY_AUDIT_FIELDS = [
  'date',
  'kind',
  'name',
  'note',
  'provisional',
] as const satisfies readonly (keyof CalendarDayAuditView)[];

export function calendarDayAuditView(day: CalendarDayAuditView): CalendarDayAuditView {
  return {
    date: day.date,
    kind: day.kind,
    name: day.name,
    note: day.note,
    provisional: day.provisional,
  };
}

/** A day as one line of a year's audit row: "01/01/2027 Tết Dương lịch (ngày nghỉ)". */
export function calendarDayLine(day: {
  date: IsoDate;
  kind: CalendarDayKind;
  name: string;
}): string {
  return `${isoToVn(day.date)} ${day.name} (${day.kind === 'DAY_OFF' ? 'ngày nghỉ' : 'ngày làm bù'})`;
}
