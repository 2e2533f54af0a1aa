import { PageHeader } from '@thidua/web-ui';
import { useCampaignCalendar, useCampaignInbox } from '@thidua/web-data-access';
import { Alert, Card, Flex, Select, Spin } from 'antd';
import { useMemo, useState } from 'react';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { today } from '../../../shared/dates';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { ScheduleList } from '../components/ScheduleList';
import { byMonth, planEvents, type ScheduleEvent } from '../preview/plan-schedule';

/** Plans read for one year's calendar: a province's year holds a few dozen. */
const CALENDAR_PLANS = 100;

/**
 * Lịch thi đua: month by month, the dates of the plans in the viewer's scope (periods, phases,
 * milestones, deadlines) and the days the viewer's units must answer the plans addressed to them.
 */
export function CampaignCalendarPage() {
  useDocumentTitle(t.campaigns.calendarTitle);
  const c = t.campaigns;
  const thisYear = Number(today().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const plans = useCampaignCalendar(year, CALENDAR_PLANS);
  const inbox = useCampaignInbox({ first: 100, year });
  const months = useMemo(() => {
    const events: ScheduleEvent[] = (plans.data?.plans ?? []).flatMap(planEvents);
    for (const row of inbox.data?.nodes ?? []) {
      if (!row.deadline || row.answerPlan) continue;
      events.push({
        date: row.deadline,
        kind: 'answer',
        label: c.dutyAnswer(row.plan.title, row.unit.name),
        tentative: false,
        planId: row.plan.id,
        planTitle: row.plan.title,
      });
    }
    return byMonth(events, year);
  }, [plans.data, inbox.data, year, c]);

  return (
    <>
      <PageHeader
        title={c.calendarTitle}
        subtitle={c.calendarSubtitle}
        breadcrumb={[t.nav.emulation]}
        extra={
          <Select<number>
            id="campaign-calendar-year"
            aria-label={c.calendarYear}
            value={year}
            onChange={setYear}
            options={Array.from({ length: 7 }, (_, i) => thisYear + 1 - i).map((y) => ({
              value: y,
              label: String(y),
            }))}
            style={{ width: 120 }}
          />
        }
      />
      <Card>
        <Flex vertical gap={12}>
          {plans.isError && <QueryError error={plans.error} onRetry={() => void plans.refetch()} />}
          {plans.data?.more && (
            <Alert type="info" showIcon title={c.calendarMore(CALENDAR_PLANS)} />
          )}
          {plans.isPending ? (
            <Spin />
          ) : (
            <ScheduleList months={months} showPlan emptyText={c.calendarEmpty} />
          )}
        </Flex>
      </Card>
    </>
  );
}
