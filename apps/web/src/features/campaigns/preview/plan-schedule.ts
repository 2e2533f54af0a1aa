import { isIsoDate } from '@thidua/shared-domain';

import { t } from '../../../i18n';

/** What a plan's content says about dates: the parts the calendar reads. */
export interface ScheduleSource {
  id: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  answerDeadline?: string | null;
  content: {
    phases?: readonly { name: string; from: string; to: string }[] | null;
    milestones?: readonly { date: string; label: string; tentative?: boolean | null }[] | null;
    awards?: { deadline?: string | null; submitTo?: string | null } | null;
  };
}

export type ScheduleKind = 'period' | 'phase' | 'milestone' | 'answer' | 'awards';

export interface ScheduleEvent {
  date: string;
  kind: ScheduleKind;
  label: string;
  tentative: boolean;
  planId: string;
  planTitle: string;
}

/** Every dated step of a plan, by day: its period, phases, milestones and deadlines. */
export function planEvents(plan: ScheduleSource): ScheduleEvent[] {
  const c = t.campaigns;
  const base = { planId: plan.id, planTitle: plan.title, tentative: false };
  const events: ScheduleEvent[] = [
    { ...base, date: plan.periodFrom, kind: 'period', label: c.periodStart },
    { ...base, date: plan.periodTo, kind: 'period', label: c.periodEnd },
  ];
  for (const phase of plan.content.phases ?? []) {
    events.push({ ...base, date: phase.from, kind: 'phase', label: c.phaseStart(phase.name) });
    events.push({ ...base, date: phase.to, kind: 'phase', label: c.phaseEnd(phase.name) });
  }
  for (const m of plan.content.milestones ?? []) {
    events.push({
      ...base,
      date: m.date,
      kind: 'milestone',
      label: m.label,
      tentative: !!m.tentative,
    });
  }
  if (plan.answerDeadline) {
    events.push({
      ...base,
      date: plan.answerDeadline,
      kind: 'answer',
      label: c.scheduleKinds.answer,
    });
  }
  const awards = plan.content.awards;
  if (awards?.deadline) {
    events.push({
      ...base,
      date: awards.deadline,
      kind: 'awards',
      label: c.awardsDeadline(awards.submitTo ?? null),
    });
  }
  return sortEvents(events.filter((e) => isIsoDate(e.date)));
}

/** By day, then in the order a plan unfolds on one day (a phase starts before its milestone). */
export function sortEvents(events: ScheduleEvent[]): ScheduleEvent[] {
  const order: Record<ScheduleKind, number> = {
    period: 0,
    phase: 1,
    milestone: 2,
    answer: 3,
    awards: 4,
  };
  return [...events].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      order[a.kind] - order[b.kind] ||
      a.planTitle.localeCompare(b.planTitle, 'vi'),
  );
}

export interface ScheduleMonth {
  /** "2025-05" */
  key: string;
  year: number;
  month: number;
  events: ScheduleEvent[];
}

/** Events grouped by calendar month, in order; `year` keeps only the months of that year. */
export function byMonth(events: readonly ScheduleEvent[], year?: number): ScheduleMonth[] {
  const months = new Map<string, ScheduleMonth>();
  for (const event of sortEvents([...events])) {
    const key = event.date.slice(0, 7);
    const [y, m] = key.split('-').map(Number) as [number, number];
    if (year !== undefined && y !== year) continue;
    const month = months.get(key) ?? { key, year: y, month: m, events: [] };
    month.events.push(event);
    months.set(key, month);
  }
  return [...months.values()];
}
