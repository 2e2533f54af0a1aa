import { BellOutlined } from '@ant-design/icons';
import { CalendarDateText, DataTable, SearchInput, useConfirm, useListPage } from '@thidua/web-ui';
import {
  connectionTable,
  exportPath,
  useCampaignCascadeSummary,
  useCampaignPlanAddressees,
  useRemindCampaignAddressees,
  type CampaignAddresseeItem,
  type CampaignAddresseeStatus,
  type CampaignCascadeSummary,
} from '@thidua/web-data-access';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Flex,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';

import { campaignPlanPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { ExportButton } from '../../../shared/components/ExportButton';
import { QueryError } from '../../../shared/components/QueryError';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { AddresseeStatusTag } from './AddresseeStatusTag';

const STATUSES: CampaignAddresseeStatus[] = ['ANSWERED', 'ANSWERED_LATE', 'PENDING', 'OVERDUE'];

type Counts = CampaignCascadeSummary['counts'];

function CountsRow({ counts }: { counts: Counts }) {
  const c = t.campaigns;
  return (
    <Row gutter={[16, 16]}>
      {(
        [
          [c.countTotal, counts.total, undefined],
          [c.countAnswered, counts.answered, '#389e0d'],
          [c.countLate, counts.answeredLate, '#d48806'],
          [c.countPending, counts.pending, undefined],
          [c.countOverdue, counts.overdue, '#cf1322'],
        ] as const
      ).map(([title, value, color]) => (
        <Col key={title} xs={12} md={4}>
          <Statistic title={title} value={value} styles={{ content: { color } }} />
        </Col>
      ))}
    </Row>
  );
}

/**
 * Who has acted on an issued plan: every addressed unit (issued its own plan on time, late, not yet,
 * overdue), with the counts rolled up under each unit below the one looked at, reminders for those
 * who have not answered, and the table as Excel.
 */
export function CascadePanel({ planId, canManage }: { planId: string; canManage: boolean }) {
  const c = t.campaigns;
  const [under, setUnder] = useState<{ id: string; name: string }[]>([]);
  const underUnitId = under.at(-1)?.id;
  const list = useListPage<{ status?: CampaignAddresseeStatus }>();
  const variables = useMemo(
    () => ({ ...list.variables, planId, underUnitId }),
    [list.variables, planId, underUnitId],
  );
  const summary = useCampaignCascadeSummary(planId, underUnitId);
  const rows = useCampaignPlanAddressees(variables);
  const remind = useRemindCampaignAddressees();
  const confirm = useConfirm();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const [selected, setSelected] = useState<string[]>([]);

  const sendReminders = async (unitIds: string[] | null) => {
    const ok = await confirm({
      title: c.remindConfirm(unitIds ? unitIds.length : null),
      content: c.remindText,
      okText: c.remindOk,
      danger: false,
    });
    if (!ok) return;
    remind.mutate(
      { planId, unitIds },
      {
        onSuccess: (result) => {
          setSelected([]);
          void message.success(c.reminded(result.reminded));
        },
        onError: (error) => onError(error),
      },
    );
  };

  if (summary.isError) {
    return <QueryError error={summary.error} onRetry={() => void summary.refetch()} />;
  }
  const counts = summary.data?.counts;
  return (
    <Flex vertical gap={16}>
      {under.length > 0 && (
        <Breadcrumb
          items={[
            {
              title: (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0 }}
                  onClick={() => setUnder([])}
                >
                  {c.cascadeAll}
                </Button>
              ),
            },
            ...under.map((unit, i) => ({
              title:
                i === under.length - 1 ? (
                  unit.name
                ) : (
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0 }}
                    onClick={() => setUnder(under.slice(0, i + 1))}
                  >
                    {unit.name}
                  </Button>
                ),
            })),
          ]}
        />
      )}
      {counts && <CountsRow counts={counts} />}
      {counts?.total === 0 && !underUnitId ? (
        <Typography.Text type="secondary">{c.cascadeEmpty}</Typography.Text>
      ) : (
        <>
          {(summary.data?.groups.length ?? 0) > 0 && (
            <Card size="small" title={c.cascadeGroups}>
              <Table
                size="small"
                aria-label={c.cascadeGroups}
                rowKey={(g) => g.unit.id}
                pagination={false}
                dataSource={summary.data?.groups ?? []}
                columns={[
                  {
                    key: 'unit',
                    title: c.unitColumn,
                    render: (_, g) =>
                      g.unit.childCount > 0 ? (
                        <Button
                          type="link"
                          size="small"
                          style={{
                            padding: 0,
                            height: 'auto',
                            whiteSpace: 'normal',
                            textAlign: 'left',
                          }}
                          aria-label={c.cascadeOpen(g.unit.name)}
                          onClick={() => setUnder([...under, { id: g.unit.id, name: g.unit.name }])}
                        >
                          {g.unit.name}
                        </Button>
                      ) : (
                        g.unit.name
                      ),
                  },
                  {
                    key: 'total',
                    title: c.countTotal,
                    width: 100,
                    render: (_, g) => g.counts.total,
                  },
                  {
                    key: 'answered',
                    title: c.countAnswered,
                    width: 100,
                    render: (_, g) => g.counts.answered,
                  },
                  {
                    key: 'late',
                    title: c.countLate,
                    width: 100,
                    render: (_, g) => g.counts.answeredLate,
                  },
                  {
                    key: 'pending',
                    title: c.countPending,
                    width: 120,
                    render: (_, g) => g.counts.pending,
                  },
                  {
                    key: 'overdue',
                    title: c.countOverdue,
                    width: 100,
                    render: (_, g) =>
                      g.counts.overdue > 0 ? (
                        <Typography.Text type="danger">{g.counts.overdue}</Typography.Text>
                      ) : (
                        0
                      ),
                  },
                ]}
              />
            </Card>
          )}
          <Flex gap={12} wrap align="center">
            <SearchInput
              label={c.addresseeSearch}
              placeholder={c.addresseeSearchPlaceholder}
              value={list.search}
              onChange={list.setSearch}
              style={{ flex: '2 1 240px' }}
            />
            <Select<CampaignAddresseeStatus>
              id="campaign-addressee-status"
              allowClear
              aria-label={c.addresseeStatusFilter}
              placeholder={c.anyAddresseeStatus}
              value={list.filters.status}
              onChange={(status) => list.setFilters({ status })}
              options={STATUSES.map((s) => ({ value: s, label: c.addresseeStatuses[s] }))}
              style={{ flex: '1 1 180px' }}
            />
            <Space wrap>
              <ExportButton
                path={exportPath('campaign-addressees', {
                  planId,
                  status: list.filters.status,
                  underUnitId,
                  search: list.query.search,
                })}
                fallbackName="don-vi-thuc-hien.xlsx"
                label={c.exportAddressees}
              />
              {canManage && (
                <Button
                  icon={<BellOutlined />}
                  loading={remind.isPending}
                  disabled={(counts?.pending ?? 0) + (counts?.overdue ?? 0) === 0}
                  onClick={() => void sendReminders(selected.length ? selected : null)}
                >
                  {selected.length ? c.remindSelected(selected.length) : c.remindAll}
                </Button>
              )}
            </Space>
          </Flex>
          {rows.isError && <QueryError error={rows.error} onRetry={() => void rows.refetch()} />}
          <DataTable<CampaignAddresseeItem>
            rowKey={(row) => row.unit.id}
            {...connectionTable(rows)}
            {...list.tableProps(c.addresseeEmptyFiltered)}
            rowSelection={
              canManage
                ? {
                    selectedRowKeys: selected,
                    onChange: (keys) => setSelected(keys.map(String)),
                    getCheckboxProps: (row) => ({
                      disabled: row.status === 'ANSWERED' || row.status === 'ANSWERED_LATE',
                      'aria-label': row.unit.name,
                    }),
                  }
                : undefined
            }
            columns={[
              {
                key: 'unit',
                title: c.unitColumn,
                render: (_, row) => (
                  <>
                    {row.unit.name}
                    {row.inheritedFromUnit && (
                      <>
                        <br />
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {c.inheritedFrom(row.inheritedFromUnit.name)}
                        </Typography.Text>
                      </>
                    )}
                  </>
                ),
              },
              {
                key: 'rule',
                title: c.ruleColumn,
                width: 120,
                render: (_, row) => c.addressingRules[row.rule] ?? row.rule,
              },
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
                render: (_, row) =>
                  row.answerPlan ? (
                    <Link to={campaignPlanPath(row.answerPlan.id)}>
                      {row.answerPlan.symbol ?? row.answerPlan.title}
                    </Link>
                  ) : null,
              },
              {
                key: 'reminders',
                title: c.remindersColumn,
                width: 100,
                render: (_, row) => (row.reminderCount ? c.remindedTimes(row.reminderCount) : null),
              },
            ]}
          />
        </>
      )}
    </Flex>
  );
}
