import { Empty, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';

import { campaignPlanPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { formatIsoDate, today } from '../../../shared/dates';
import type { ScheduleKind, ScheduleMonth } from '../preview/plan-schedule';

const KIND_COLORS: Record<ScheduleKind, string> = {
  period: 'blue',
  phase: 'geekblue',
  milestone: 'green',
  answer: 'orange',
  awards: 'gold',
};

/**
 * Dates month by month, as a list rather than a calendar grid: a plan's dates are few and far apart
 * (the Bắc Kạn plan has 9 over a year), and a list reads the same with a screen reader and on a phone.
 * Past days are greyed.
 */
export function ScheduleList({
  months,
  showPlan = false,
  emptyText,
}: {
  months: readonly ScheduleMonth[];
  /** the calendar of many plans names the plan of each date */
  showPlan?: boolean;
  emptyText: string;
}) {
  const c = t.campaigns;
  const now = today();
  if (months.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  }
  return (
    <Flex vertical gap={16}>
      {months.map((month) => (
        <section key={month.key} aria-label={c.monthTitle(month.month, month.year)}>
          <Typography.Title level={5} style={{ marginBottom: 8 }}>
            {c.monthTitle(month.month, month.year)}
          </Typography.Title>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {month.events.map((event, i) => (
              <li
                key={`${event.planId}-${event.date}-${i}`}
                style={{
                  display: 'flex',
                  gap: 12,
                  padding: '6px 0',
                  borderBottom: '1px solid #f0f0f0',
                }}
              >
                {/* past days in the secondary text colour, not faded: opacity 0.6 left dates, labels
                    and tags at 4.4:1, under WCAG AA's 4.5:1 (axe, calendar page) */}
                <Typography.Text
                  strong
                  type={event.date < now ? 'secondary' : undefined}
                  style={{ minWidth: 92 }}
                >
                  {formatIsoDate(event.date)}
                </Typography.Text>
                <Flex vertical gap={2} style={{ flex: 1 }}>
                  <span>
                    <Tag color={KIND_COLORS[event.kind]}>{c.scheduleKinds[event.kind]}</Tag>
                    {event.label}
                    {event.tentative && (
                      <Typography.Text type="secondary"> {c.tentativeMark}</Typography.Text>
                    )}
                  </span>
                  {showPlan && (
                    <Link to={campaignPlanPath(event.planId)} style={{ fontSize: 12 }}>
                      {c.calendarFrom(event.planTitle)}
                    </Link>
                  )}
                </Flex>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Flex>
  );
}
