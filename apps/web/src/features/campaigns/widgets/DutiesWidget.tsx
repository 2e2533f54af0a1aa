import { ItemList } from '@thidua/web-ui';
import { useCampaignCalendar, useCampaignInbox, useCampaignPlans } from '@thidua/web-data-access';
import { Card, Empty, Spin, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';

import { campaignPlanPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate, today } from '../../../shared/dates';
import { useViewer } from '../../auth/hooks/useViewer';
import { answerPath } from '../answer-link';
import { planEvents } from '../preview/plan-schedule';

/** Dates ahead worth a reminder on the home page: a month, the usual notice for a sơ kết report. */
const AHEAD_DAYS = 30;
const SHOWN = 8;

interface Duty {
  key: string;
  text: string;
  to: string;
  date: string | null;
  overdue: boolean;
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Việc phải làm và hạn: the plans the viewer's units must answer (overdue first), plans waiting for
 * the viewer's signature or sent back to be fixed, and the plans' dates in the month ahead.
 */
export function DutiesWidget() {
  const c = t.campaigns;
  const { can } = useViewer();
  const now = today();
  const overdue = useCampaignInbox({ first: 5, status: 'OVERDUE' });
  const pending = useCampaignInbox({ first: 5, status: 'PENDING' });
  const toSign = useCampaignPlans({ first: 5, status: 'SUBMITTED' }, can('CAMPAIGN_ISSUE'));
  const drafts = useCampaignPlans({ first: 20, status: 'DRAFT' }, can('CAMPAIGN_MANAGE'));
  const calendar = useCampaignCalendar(Number(now.slice(0, 4)));
  const queries = [overdue, pending, calendar];
  const failed = queries.find((q) => q.isError);

  const duties = useMemo(() => {
    const list: Duty[] = [];
    for (const row of [...(overdue.data?.nodes ?? []), ...(pending.data?.nodes ?? [])]) {
      list.push({
        key: `answer-${row.id}`,
        text: c.dutyAnswer(row.plan.title, row.unit.name),
        // writing the answering plan needs CAMPAIGN_MANAGE; a reader opens the plan itself
        to: can('CAMPAIGN_MANAGE') ? answerPath(row) : campaignPlanPath(row.plan.id),
        date: row.deadline,
        overdue: row.status === 'OVERDUE',
      });
    }
    for (const plan of toSign.data?.nodes ?? []) {
      list.push({
        key: `sign-${plan.id}`,
        text: c.dutySubmitted(plan.title),
        to: campaignPlanPath(plan.id),
        date: null,
        overdue: false,
      });
    }
    for (const plan of drafts.data?.nodes ?? []) {
      if (!plan.returnReason) continue;
      list.push({
        key: `fix-${plan.id}`,
        text: c.dutyReturned(plan.title),
        to: campaignPlanPath(plan.id),
        date: null,
        overdue: false,
      });
    }
    const until = addDays(now, AHEAD_DAYS);
    for (const event of (calendar.data?.plans ?? []).flatMap(planEvents)) {
      if (event.date < now || event.date > until || event.kind === 'period') continue;
      list.push({
        key: `event-${event.planId}-${event.kind}-${event.date}-${event.label}`,
        text: `${event.label} — ${event.planTitle}`,
        to: campaignPlanPath(event.planId),
        date: event.date,
        overdue: false,
      });
    }
    // overdue first, then by date; undated (waiting for a signature, to fix) after the dated ones
    return list
      .sort(
        (a, b) =>
          Number(b.overdue) - Number(a.overdue) ||
          (a.date ?? '9999').localeCompare(b.date ?? '9999'),
      )
      .slice(0, SHOWN);
  }, [overdue.data, pending.data, toSign.data, drafts.data, calendar.data, now, c, can]);

  return (
    <Card title={c.dutiesTitle} style={{ height: '100%' }}>
      {failed ? (
        <QueryError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : queries.some((q) => q.isPending) ? (
        <Spin />
      ) : duties.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={c.dutiesEmpty} />
      ) : (
        <ItemList
          items={duties.map((duty) => ({
            key: duty.key,
            content: <Link to={duty.to}>{duty.text}</Link>,
            actions: duty.date ? (
              duty.overdue ? (
                <Tag color="error">{c.overdueOn(formatIsoDate(duty.date))}</Tag>
              ) : (
                <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                  {c.dueOn(formatIsoDate(duty.date))}
                </Typography.Text>
              )
            ) : undefined,
          }))}
        />
      )}
    </Card>
  );
}
