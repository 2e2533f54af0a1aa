import { FormOutlined } from '@ant-design/icons';
import {
  CalendarDateText,
  DataTable,
  FilterBar,
  PageHeader,
  SearchInput,
  useListPage,
} from '@thidua/web-ui';
import {
  connectionTable,
  useCampaignInbox,
  type CampaignAddresseeStatus,
  type CampaignInboxItem,
} from '@thidua/web-data-access';
import { Button, Card, Flex, Select, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';

import { campaignPlanPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { today } from '../../../shared/dates';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { answerPath } from '../answer-link';
import { AddresseeStatusTag } from '../components/AddresseeStatusTag';

const STATUSES: CampaignAddresseeStatus[] = ['OVERDUE', 'PENDING', 'ANSWERED_LATE', 'ANSWERED'];

/**
 * Kế hoạch gửi đến đơn vị: the issued plans addressed to the units in the viewer's scope, each with the
 * day the unit must issue its own plan by, where it stands, and the way to write that plan.
 */
export function CampaignInboxPage() {
  useDocumentTitle(t.campaigns.inboxTitle);
  const c = t.campaigns;
  const { can } = useViewer();
  const navigate = useNavigate();
  const list = useListPage<{ status?: CampaignAddresseeStatus; year?: number }>();
  const rows = useCampaignInbox(list.variables);
  const canAnswer = can('CAMPAIGN_MANAGE');
  const thisYear = Number(today().slice(0, 4));

  return (
    <>
      <PageHeader title={c.inboxTitle} subtitle={c.inboxSubtitle} breadcrumb={[t.nav.emulation]} />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <SearchInput
            label={c.inboxSearch}
            placeholder={c.inboxSearchPlaceholder}
            value={list.search}
            onChange={list.setSearch}
            style={{ flex: '3 1 300px' }}
          />
        </Flex>
        <FilterBar
          activeCount={
            [list.filters.status, list.filters.year].filter((v) => v !== undefined).length
          }
        >
          <Select<CampaignAddresseeStatus>
            id="campaign-inbox-status"
            allowClear
            aria-label={c.addresseeStatusFilter}
            placeholder={c.anyAddresseeStatus}
            value={list.filters.status}
            onChange={(status) => list.setFilters({ status })}
            options={STATUSES.map((s) => ({ value: s, label: c.addresseeStatuses[s] }))}
            style={{ flex: '1 1 200px' }}
          />
          <Select<number>
            id="campaign-inbox-year"
            allowClear
            aria-label={c.yearFilter}
            placeholder={c.anyYear}
            value={list.filters.year}
            onChange={(year) => list.setFilters({ year })}
            options={Array.from({ length: 6 }, (_, i) => thisYear + 1 - i).map((y) => ({
              value: y,
              label: String(y),
            }))}
            style={{ flex: '1 1 120px' }}
          />
        </FilterBar>
        {rows.isError && <QueryError error={rows.error} onRetry={() => void rows.refetch()} />}
        <DataTable<CampaignInboxItem>
          rowKey="id"
          {...connectionTable(rows)}
          {...list.tableProps(c.addresseeEmptyFiltered)}
          emptyText={list.isFiltered ? c.addresseeEmptyFiltered : c.inboxEmpty}
          columns={[
            {
              key: 'plan',
              title: c.inboxPlan,
              render: (_, row) => (
                <>
                  <Link to={campaignPlanPath(row.plan.id)} style={{ fontWeight: 500 }}>
                    {row.plan.symbol ? `${row.plan.symbol} — ${row.plan.title}` : row.plan.title}
                  </Link>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {row.plan.issuerUnit.name}
                  </Typography.Text>
                </>
              ),
            },
            { key: 'unit', title: c.inboxUnit, width: 220, render: (_, row) => row.unit.name },
            {
              key: 'deadline',
              title: c.deadlineColumn,
              width: 120,
              render: (_, row) => <CalendarDateText value={row.deadline} />,
            },
            {
              key: 'status',
              title: c.status,
              width: 190,
              render: (_, row) => <AddresseeStatusTag status={row.status} />,
            },
            {
              key: 'answer',
              title: c.answerColumn,
              width: 240,
              render: (_, row) =>
                row.answerPlan ? (
                  <Link to={campaignPlanPath(row.answerPlan.id)}>
                    {row.answerPlan.symbol ?? row.answerPlan.title}
                  </Link>
                ) : (
                  canAnswer && (
                    <Button
                      size="small"
                      icon={<FormOutlined />}
                      onClick={() => navigate(answerPath(row))}
                    >
                      {c.answer}
                    </Button>
                  )
                ),
            },
            {
              key: 'reminders',
              title: c.remindersColumn,
              width: 90,
              render: (_, row) => (row.reminderCount ? c.remindedTimes(row.reminderCount) : null),
            },
          ]}
        />
      </Card>
    </>
  );
}
