import { FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_PLAN_STATUSES,
  type CampaignKind,
  type CampaignPlanStatus,
} from '@thidua/shared-domain';
import {
  DataTable,
  FilterBar,
  PageHeader,
  SearchInput,
  useConfirm,
  useListPage,
} from '@thidua/web-ui';
import {
  MAX_PDF_BATCH,
  connectionTable,
  useCampaignPlans,
  useRenderCampaignPlanDocuments,
  type CampaignPlanItem,
} from '@thidua/web-data-access';
import { App, Button, Card, Flex, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';

import { PATHS, campaignPlanPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate, today } from '../../../shared/dates';
import { errorMessage } from '../../../shared/errors';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { UnitSelect } from '../../units/components/UnitSelect';
import { PlanStatusTag } from '../components/PlanStatusTag';
import { PdfBatchDrawer } from '../documents/PdfBatchDrawer';
import { pdfBatchMessages as pdf } from '../documents/messages';

type PlanFilters = {
  status?: CampaignPlanStatus;
  kind?: CampaignKind;
  year?: number;
  issuerUnitId?: string;
};

/** The address's "don-vi" opens the list on one issuer (a unit's page links here). */
export const ISSUER_PARAM = 'don-vi';

/** A batch of PDFs being made lives in the address (?tao-pdf=<job id>): a reload finds its progress. */
export const PDF_JOB_PARAM = 'tao-pdf';

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
  const [params, setParams] = useSearchParams();
  const list = useListPage<PlanFilters>({
    issuerUnitId: params.get(ISSUER_PARAM) ?? undefined,
  });
  const plans = useCampaignPlans(list.variables);
  const canCreate = can('CAMPAIGN_MANAGE');
  const { status, kind, year, issuerUnitId } = list.filters;

  // PDFs of the chosen plans (CAMPAIGN_READ, the API checks each plan): kept across filters and
  // pages, so a batch can gather plans from two searches
  const canPrint = can('CAMPAIGN_READ');
  const [selected, setSelected] = useState<string[]>([]);
  const render = useRenderCampaignPlanDocuments();
  const confirm = useConfirm();
  const { modal, notification } = App.useApp();
  const pdfJobId = params.get(PDF_JOB_PARAM) ?? undefined;
  const setPdfJob = useCallback(
    (jobId: string | null) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (jobId) next.set(PDF_JOB_PARAM, jobId);
          else next.delete(PDF_JOB_PARAM);
          return next;
        },
        { replace: !jobId },
      ),
    [setParams],
  );
  const makePdfs = async () => {
    if (selected.length > MAX_PDF_BATCH) {
      modal.warning({ title: pdf.requestFailed, content: pdf.tooMany(selected.length) });
      return;
    }
    const ok = await confirm({
      title: pdf.confirmTitle(selected.length),
      content: pdf.confirmText,
      okText: pdf.confirmOk,
      danger: false,
    });
    if (!ok) return;
    render.mutate(selected, {
      onSuccess: (batch) => {
        setSelected([]);
        setPdfJob(batch.job.id);
      },
      onError: (error) =>
        notification.error({ title: pdf.requestFailed, description: errorMessage(error) }),
    });
  };

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
          {canPrint && (
            // wraps on a phone (390 px): the three actions are wider than the screen together
            <Space size={4} wrap>
              <Tooltip title={selected.length ? undefined : pdf.makePdfHint}>
                <Button
                  icon={<FilePdfOutlined />}
                  disabled={!selected.length}
                  loading={render.isPending}
                  onClick={() => void makePdfs()}
                >
                  {pdf.makePdf(selected.length)}
                </Button>
              </Tooltip>
              {(plans.data?.nodes.length ?? 0) > 0 && (
                <Button
                  type="link"
                  onClick={() =>
                    setSelected((current) => [
                      ...new Set([...current, ...(plans.data?.nodes ?? []).map((p) => p.id)]),
                    ])
                  }
                >
                  {pdf.selectShown}
                </Button>
              )}
              {selected.length > 0 && (
                <Button type="link" onClick={() => setSelected([])}>
                  {pdf.clearSelection}
                </Button>
              )}
            </Space>
          )}
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
          rowSelection={
            canPrint
              ? {
                  // no "select all" box in the header: antd also draws the column's title in the
                  // table's hidden measuring row, and a checkbox there is a focusable control inside
                  // aria-hidden (axe: aria-hidden-focus, serious); "Chọn tất cả" above does its work
                  hideSelectAll: true,
                  columnTitle: <span className="sr-only">{pdf.selectColumn}</span>,
                  selectedRowKeys: selected,
                  preserveSelectedRowKeys: true,
                  onChange: (keys) => setSelected(keys.map(String)),
                  getCheckboxProps: (plan) => ({ 'aria-label': pdf.selectPlan(plan.title) }),
                }
              : undefined
          }
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
      {pdfJobId && <PdfBatchDrawer jobId={pdfJobId} onClose={() => setPdfJob(null)} />}
    </>
  );
}
