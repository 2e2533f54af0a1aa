import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { DataTable, DateTimeText, SearchInput, useConfirm, useListPage } from '@thidua/web-ui';
import {
  connectionTable,
  exportPath,
  templatePath,
  useCampaignRegistrationActions,
  useCampaignRegistrationSummary,
  useCampaignRegistrations,
  useDecideCampaignRegistration,
  useDownloadFile,
  type CampaignPlanDetail,
  type CampaignRegistrantKind,
  type CampaignRegistrationItem,
  type CampaignRegistrationStatus,
} from '@thidua/web-data-access';
import {
  Alert,
  App,
  Button,
  Col,
  Flex,
  Row,
  Select,
  Space,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';

import { t } from '../../../i18n';
import { ExportButton } from '../../../shared/components/ExportButton';
import { QueryError } from '../../../shared/components/QueryError';
import { saveFile } from '../../../shared/download';
import { errorMessage } from '../../../shared/errors';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { useViewer } from '../../auth/hooks/useViewer';
import { importPagePath } from '../../imports/links';
import { ReasonModal } from './ReasonModal';
import { RegisterModal } from './UnitSideModals';

const STATUS_COLORS: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  RETURNED: 'red',
  APPROVED: 'green',
};
const STATUSES: CampaignRegistrationStatus[] = ['SUBMITTED', 'RETURNED', 'APPROVED', 'DRAFT'];

/**
 * Registrations from Excel need the plan's id in every row ("Mã kế hoạch": a số, ký hiệu repeats
 * across units and years). Nobody should type a UUID: the template is downloaded filled for this plan
 * (and a unit of it the viewer sees), and the id is one click to copy for a file of their own.
 */
function RegistrationImportHint({ planId }: { planId: string }) {
  const c = t.campaigns;
  const template = useDownloadFile();
  const { notification } = App.useApp();
  // the import page asks CAMPAIGN_MANAGE (the handler's permission); a plan's issuer may lack it
  const canUpload = useViewer().can('CAMPAIGN_MANAGE');
  return (
    <Alert
      type="info"
      showIcon
      title={c.importRegistrationsTitle}
      description={
        <Flex vertical gap={8}>
          <span>{c.importRegistrationsHelp}</span>
          {canUpload && (
            <span>
              {c.importRegistrationsWhere}{' '}
              <Link to={importPagePath('campaign-registrations', planId)}>
                <UploadOutlined aria-hidden /> {c.uploadRegistrations}
              </Link>
            </span>
          )}
          <span>
            {c.planIdLabel}:{' '}
            <Typography.Text
              code
              data-testid="plan-id"
              copyable={{ text: planId, tooltips: [c.copyPlanId, c.planIdCopied] }}
            >
              {planId}
            </Typography.Text>
          </span>
        </Flex>
      }
      action={
        <Button
          icon={<DownloadOutlined />}
          loading={template.isPending}
          onClick={() =>
            template.mutate(
              {
                path: templatePath('campaign-registrations', { planId }),
                fallbackName: c.registrationTemplateName,
              },
              {
                onSuccess: ({ blob, fileName }) => saveFile(blob, fileName),
                onError: (error) =>
                  notification.error({
                    title: c.registrationTemplateFailed,
                    description: errorMessage(error),
                  }),
              },
            )
          }
        >
          {c.registrationTemplate}
        </Button>
      }
    />
  );
}

/**
 * Đăng ký thi đua as the issuer sees them: the counts by status (collectives and individuals), the
 * registrations with their titles and pledges, approve or send back with a reason (where the API says
 * the viewer may decide: `canDecide`), and the list as Excel.
 */
export function RegistrationsPanel({
  plan,
  canManage,
}: {
  plan: CampaignPlanDetail;
  canManage: boolean;
}) {
  const c = t.campaigns;
  const planId = plan.id;
  const list = useListPage<{
    status?: CampaignRegistrationStatus;
    kind?: CampaignRegistrantKind;
  }>();
  const variables = useMemo(() => ({ ...list.variables, planId }), [list.variables, planId]);
  const summary = useCampaignRegistrationSummary(planId);
  const rows = useCampaignRegistrations(variables);
  const decide = useDecideCampaignRegistration(planId);
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const [returning, setReturning] = useState<CampaignRegistrationItem | null>(null);
  const [registering, setRegistering] = useState(false);
  const actions = useCampaignRegistrationActions(planId);
  const confirm = useConfirm();
  const withdraw = async (r: CampaignRegistrationItem) => {
    const ok = await confirm({
      title: c.deleteRegistrationConfirm(r.registrantName),
      okText: c.deleteRegistration,
    });
    if (!ok) return;
    actions.remove.mutate(
      { id: r.id, version: r.version },
      {
        onSuccess: () => void message.success(c.registrationDeleted),
        onError: (error) => onError(error),
      },
    );
  };

  return (
    <Flex vertical gap={16}>
      {summary.isError && (
        <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
      )}
      {summary.data && (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={c.registrationsTotal} value={summary.data.units.total} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={`${c.registrationsTotal}: ${c.registrationStatuses['APPROVED']}`}
              value={summary.data.units.approved}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={c.registrationsPeople} value={summary.data.people.total} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={c.registrationStatuses['SUBMITTED']}
              value={summary.data.units.submitted + summary.data.people.submitted}
            />
          </Col>
        </Row>
      )}
      <Flex gap={12} wrap align="center">
        <SearchInput
          label={c.registrant}
          placeholder={c.addresseeSearchPlaceholder}
          value={list.search}
          onChange={list.setSearch}
          style={{ flex: '2 1 240px' }}
        />
        <Select<CampaignRegistrationStatus>
          id="campaign-registration-status"
          allowClear
          aria-label={c.registrationStatusFilter}
          placeholder={c.anyRegistrationStatus}
          value={list.filters.status}
          onChange={(status) => list.setFilters({ status })}
          options={STATUSES.map((s) => ({ value: s, label: c.registrationStatuses[s] }))}
          style={{ flex: '1 1 160px' }}
        />
        <Select<CampaignRegistrantKind>
          id="campaign-registration-kind"
          allowClear
          aria-label={c.registrant}
          placeholder={c.registrant}
          value={list.filters.kind}
          onChange={(kind) => list.setFilters({ kind })}
          options={(['UNIT', 'PERSON'] as const).map((k) => ({
            value: k,
            label: c.registrantKinds[k],
          }))}
          style={{ flex: '1 1 140px' }}
        />
        <ExportButton
          path={exportPath('campaign-registrations', {
            planId,
            status: list.filters.status,
            kind: list.filters.kind,
            search: list.query.search,
          })}
          fallbackName="dang-ky-thi-dua.xlsx"
          label={c.exportRegistrations}
        />
        {canManage && (
          <Button icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            {c.register}
          </Button>
        )}
      </Flex>
      {canManage && <RegistrationImportHint planId={planId} />}
      {rows.isError && <QueryError error={rows.error} onRetry={() => void rows.refetch()} />}
      <DataTable<CampaignRegistrationItem>
        rowKey="id"
        {...connectionTable(rows)}
        {...list.tableProps(c.addresseeEmptyFiltered)}
        emptyText={list.isFiltered ? c.addresseeEmptyFiltered : c.registrationsEmpty}
        columns={[
          {
            key: 'registrant',
            title: c.registrant,
            render: (_, r) => (
              <>
                <Tag>{c.registrantKinds[r.kind] ?? r.kind}</Tag>
                {r.registrantName}
                {r.kind === 'PERSON' && (
                  <>
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.unit.name}
                    </Typography.Text>
                  </>
                )}
              </>
            ),
          },
          {
            key: 'titles',
            title: c.registeredTitles,
            render: (_, r) => r.titles.map((title) => title.name).join('; '),
          },
          {
            key: 'commitments',
            title: c.commitments,
            render: (_, r) => (
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                {r.commitments}
              </Typography.Paragraph>
            ),
          },
          {
            key: 'status',
            title: c.status,
            width: 130,
            render: (_, r) => (
              <>
                <Tag color={STATUS_COLORS[r.status]}>{c.registrationStatuses[r.status]}</Tag>
                {r.returnReason && r.status === 'RETURNED' && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.returnReason}
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            key: 'submittedAt',
            title: c.submittedAt,
            width: 150,
            render: (_, r) => <DateTimeText value={r.submittedAt} />,
          },
          {
            key: 'actions',
            title: t.common.actions,
            width: 170,
            render: (_, r) =>
              r.canEdit ? (
                <Space size={4}>
                  {r.kind === 'UNIT' && (
                    <Button
                      size="small"
                      type="primary"
                      loading={actions.submit.isPending}
                      onClick={() =>
                        actions.submit.mutate(
                          { id: r.id, version: r.version },
                          {
                            onSuccess: () => void message.success(c.registrationSubmitted),
                            onError: (error) => onError(error),
                          },
                        )
                      }
                    >
                      {c.submitRegistration}
                    </Button>
                  )}
                  <Button size="small" danger onClick={() => void withdraw(r)}>
                    {c.deleteRegistration}
                  </Button>
                </Space>
              ) : (
                r.canDecide && (
                  <Space size={4}>
                    <Button
                      size="small"
                      type="primary"
                      loading={decide.isPending}
                      onClick={() =>
                        decide.mutate(
                          { id: r.id, version: r.version, approve: true },
                          {
                            onSuccess: () => void message.success(c.approved),
                            onError: (error) => onError(error),
                          },
                        )
                      }
                    >
                      {c.approve}
                    </Button>
                    <Button size="small" danger onClick={() => setReturning(r)}>
                      {c.returnRegistration}
                    </Button>
                  </Space>
                )
              ),
          },
        ]}
      />
      {registering && <RegisterModal plan={plan} onClose={() => setRegistering(false)} />}
      {returning && (
        <ReasonModal
          title={c.returnRegistrationTitle(returning.registrantName)}
          okText={c.returnRegistration}
          pending={decide.isPending}
          onClose={() => setReturning(null)}
          send={(reason) =>
            decide
              .mutateAsync({ id: returning.id, version: returning.version, reason })
              .then(() => void message.success(c.registrationReturned))
          }
        />
      )}
    </Flex>
  );
}
