import { PlusOutlined } from '@ant-design/icons';
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_PLAN_STATUSES,
  type CampaignKind,
  type CampaignPlanStatus,
} from '@thidua/shared-domain';
import { DataTable, FilterBar, PageHeader, SearchInput, useListPage } from '@thidua/web-ui';
import { connectionTable, useCampaignPlans, type CampaignPlanItem } from '@thidua/web-data-access';
import { Button, Card, Flex, Select, Space, Tag, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';

import { PATHS, campaignPlanPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate, today } from '../../../shared/dates';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { UnitSelect } from '../../units/components/UnitSelect';
import { PlanStatusTag } from '../components/PlanStatusTag';

type PlanFilters = {
  status?: CampaignPlanStatus;
  kind?: CampaignKind;
  year?: number;
  issuerUnitId?: string;
};

/** The address's "don-vi" opens the list on one issuer (a unit's page links here). */
export const ISSUER_PARAM = 'don-vi';

/**
 * Years a plan's period may touch: from next year back ten years. Plans are written for the year
 * ahead in the last quarter (Bắc Kạn's 2025 drive was issued in September 2024), and a two-year peak
 * campaign (Bến Tre) spans two; ten back covers a full emulation cycle of five-year congresses twice.
 */
function yearOptions(): number[] {
  const next = Number(today().slice(0, 4)) + 1;
  return Array.from({ length: 11 }, (_, i) => next - i);
}

export function CampaignPlansPage() {
  useDocumentTitle(t.campaigns.pageTitle);
  const { can } = useViewer();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const list = useListPage<PlanFilters>({
    issuerUnitId: params.get(ISSUER_PARAM) ?? undefined,
  });
  const plans = useCampaignPlans(list.variables);
  const canCreate = can('CAMPAIGN_MANAGE');
  const { status, kind, year, issuerUnitId } = list.filters;

  return (
    <>
      <PageHeader
        title={t.campaigns.pageTitle}
        subtitle={t.campaigns.subtitle}
        breadcrumb={[t.nav.emulation]}
        extra={
          canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate(PATHS.campaignPlanNew)}
            >
              {t.campaigns.add}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <SearchInput
            label={t.campaigns.searchLabel}
            placeholder={t.campaigns.searchPlaceholder}
            value={list.search}
            onChange={list.setSearch}
            style={{ flex: '3 1 300px' }}
          />
          <UnitSelect
            allowClear
            aria-label={t.campaigns.issuerFilter}
            placeholder={t.campaigns.issuerFilter}
            value={issuerUnitId}
            onChange={(value) => list.setFilters({ issuerUnitId: value })}
            style={{ flex: '2 1 260px' }}
          />
        </Flex>
        <FilterBar activeCount={[status, kind, year].filter((v) => v !== undefined).length}>
          <Select<CampaignPlanStatus>
            id="campaign-plans-status"
            allowClear
            aria-label={t.campaigns.statusFilter}
            placeholder={t.campaigns.anyStatus}
            value={status}
            onChange={(value) => list.setFilters({ status: value })}
            options={(Object.keys(CAMPAIGN_PLAN_STATUSES) as CampaignPlanStatus[]).map((s) => ({
              value: s,
              label: t.campaigns.statuses[s],
            }))}
            style={{ flex: '1 1 180px' }}
          />
          <Select<CampaignKind>
            id="campaign-plans-kind"
            allowClear
            aria-label={t.campaigns.kindFilter}
            placeholder={t.campaigns.anyKind}
            value={kind}
            onChange={(value) => list.setFilters({ kind: value })}
            options={(Object.keys(CAMPAIGN_KINDS) as CampaignKind[]).map((k) => ({
              value: k,
              label: t.campaigns.kinds[k],
            }))}
            style={{ flex: '1 1 160px' }}
          />
          <Select<number>
            id="campaign-plans-year"
            allowClear
            aria-label={t.campaigns.yearFilter}
            placeholder={t.campaigns.anyYear}
            value={year}
            onChange={(value) => list.setFilters({ year: value })}
            options={yearOptions().map((y) => ({ value: y, label: String(y) }))}
            style={{ flex: '1 1 120px' }}
          />
        </FilterBar>
        {plans.isError && <QueryError error={plans.error} onRetry={() => void plans.refetch()} />}
        <DataTable<CampaignPlanItem>
          rowKey="id"
          {...connectionTable(plans)}
          {...list.tableProps(t.campaigns.emptyFiltered)}
          emptyText={
            list.isFiltered
              ? t.campaigns.emptyFiltered
              : canCreate
                ? t.campaigns.emptyCanCreate
                : t.campaigns.empty
          }
          onRow={(plan) => ({ onDoubleClick: () => navigate(campaignPlanPath(plan.id)) })}
          columns={[
            {
              key: 'title',
              title: t.campaigns.plan,
              render: (_, plan) => (
                <>
                  <Link to={campaignPlanPath(plan.id)} style={{ fontWeight: 500 }}>
                    {plan.title}
                  </Link>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t.campaigns.kinds[plan.kind]} · {t.campaigns.scopes[plan.scope]}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'issuer',
              title: t.campaigns.issuer,
              width: 220,
              render: (_, plan) => plan.issuerUnit.name,
            },
            {
              key: 'period',
              title: t.campaigns.period,
              width: 200,
              render: (_, plan) =>
                `${formatIsoDate(plan.periodFrom)} – ${formatIsoDate(plan.periodTo)}`,
            },
            {
              key: 'number',
              title: t.campaigns.numberColumn,
              width: 140,
              render: (_, plan) =>
                plan.symbol ?? (
                  <Typography.Text type="secondary">{t.campaigns.draftNumber}</Typography.Text>
                ),
            },
            {
              key: 'status',
              title: t.campaigns.status,
              width: 170,
              render: (_, plan) => (
                <Space size={4} wrap>
                  <PlanStatusTag status={plan.status} />
                  {plan.status === 'DRAFT' && plan.returnReason && (
                    <Tag color="error">{t.campaigns.returned}</Tag>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
