import {
  CheckCircleOutlined,
  DeleteOutlined,
  DiffOutlined,
  EditOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  FlagOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
  RollbackOutlined,
  SendOutlined,
  SignatureOutlined,
} from '@ant-design/icons';
import { isIssuedStatus } from '@thidua/shared-domain';
import {
  CalendarDateText,
  DateTimeText,
  PageHeader,
  PageLoading,
  TextOrNone,
  useConfirm,
} from '@thidua/web-ui';
import {
  useCampaignPlan,
  useCampaignPlanStep,
  useDeleteCampaignPlanDraft,
  useDownloadFile,
  useSubmitCampaignPlan,
  type CampaignPlanDetail,
  type CampaignPlanStep,
} from '@thidua/web-data-access';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Row,
  Space,
  Tabs,
  Tag,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { PLAN_REGISTRATIONS_TAB, PLAN_TAB_PARAM } from '../../imports/links';

import { PATHS, campaignPlanEditPath, campaignPlanPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate } from '../../../shared/dates';
import { saveFile } from '../../../shared/download';
import { errorMessage } from '../../../shared/errors';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { CascadePanel } from '../components/CascadePanel';
import { AmendPlanModal, IssuePlanModal, ReturnPlanModal } from '../components/LifecycleModals';
import { PlanPreview } from '../components/PlanPreview';
import { PlanStatusTag } from '../components/PlanStatusTag';
import { RegistrationsPanel } from '../components/RegistrationsPanel';
import { ReviewsPanel } from '../components/ReviewsPanel';
import { ScheduleList } from '../components/ScheduleList';
import { useViewer } from '../../auth/hooks/useViewer';
import { batchMessages as awardBatchMessages } from '../../awards/batch-messages';
import { AwardCountersPanel } from '../../awards/components/AwardCountersPanel';
import { CongressesPanel } from '../congress/CongressesPanel';
import { congressMessages } from '../congress/messages';
import { CovenantsPanel } from '../covenants/CovenantsPanel';
import { covenantMessages } from '../covenants/messages';
import { planOutline } from '../preview/plan-outline';
import { outlineFromPlan } from '../preview/plan-preview-input';
import { byMonth, planEvents } from '../preview/plan-schedule';

export function CampaignPlanDetailPage() {
  const { id } = useParams<{ id: string }>();
  const plan = useCampaignPlan(id);
  useDocumentTitle(plan.data?.title ?? t.campaigns.detailTitle);

  if (plan.isPending) return <PageLoading />;
  if (plan.isError) {
    return (
      <>
        <PageHeader title={t.campaigns.detailTitle} breadcrumb={[t.nav.emulation]} />
        <QueryError error={plan.error} onRetry={() => void plan.refetch()} />
      </>
    );
  }
  return <PlanDetail plan={plan.data} reload={() => plan.refetch()} />;
}

/** A link to another plan: its number once issued, else its trích yếu. */
function PlanLink({ plan }: { plan: { id: string; title: string; symbol?: string | null } }) {
  return (
    <Link to={campaignPlanPath(plan.id)}>
      {plan.symbol ? `${plan.symbol} — ${plan.title}` : plan.title}
    </Link>
  );
}

/** "Đơn vị: …; Cả cây: …; Loại đơn vị: …; 2 cụm, khối thi đua" */
function addressingText(a: NonNullable<CampaignPlanDetail['addressing']>): string {
  const c = t.campaigns;
  const parts: string[] = [];
  if (a.units.length) parts.push(c.addressedUnits(a.units.map((u) => u.name).join(', ')));
  if (a.subtreeUnits.length) {
    parts.push(c.addressedSubtrees(a.subtreeUnits.map((u) => u.name).join(', ')));
  }
  if (a.unitKindCodes.length) parts.push(c.addressedKinds(a.unitKindCodes.join(', ')));
  if (a.clusterIds.length) parts.push(c.addressedClusters(a.clusterIds.length));
  return parts.length ? c.addressedSummary(parts) : c.addressedNone;
}

function PlanDetail({
  plan,
  reload,
}: {
  plan: CampaignPlanDetail;
  reload: () => Promise<unknown>;
}) {
  const c = t.campaigns;
  const navigate = useNavigate();
  const confirm = useConfirm();
  const onApiError = useApiErrorHandler();
  const { message, notification } = App.useApp();
  const submit = useSubmitCampaignPlan();
  const remove = useDeleteCampaignPlanDraft();
  const download = useDownloadFile();
  const step = useCampaignPlanStep();
  const [modal, setModal] = useState<'return' | 'issue' | 'amend' | null>(null);
  const [params, setParams] = useSearchParams();
  const outline = useMemo(() => planOutline(outlineFromPlan(plan)), [plan]);
  const schedule = useMemo(() => byMonth(planEvents(plan)), [plan]);

  // the API's rights on this plan (at its issuer unit, or as an addressed unit), not the viewer's global
  // permissions: a commune officer holds CAMPAIGN_MANAGE yet may not edit the province's plan
  const { canManage, canIssue, canAnswer } = plan;
  // registering and reporting: an addressed unit, or the issuer itself (its own phòng, ban)
  const takesPart = canAnswer || canManage;
  // the award rounds carrying out the plan: counted over the dossiers the viewer reads (issue 11)
  const readsAwards = useViewer().can('DOSSIER_READ');
  const issued = isIssuedStatus(plan.status);
  const isDraft = plan.status === 'DRAFT';
  const isSubmitted = plan.status === 'SUBMITTED';
  const status = plan.status as string;

  /** One lifecycle step after confirming; the page then shows the answer. */
  const runStep = async (input: CampaignPlanStep, title: string, content?: string) => {
    const ok = await confirm({ title, content, okText: t.ui.confirmOk, danger: false });
    if (!ok) return;
    step.mutate(input, {
      onSuccess: (next) => void message.success(c.stepDone(c.statuses[next.status] ?? next.status)),
      onError: (error) => onApiError(error),
    });
  };
  const ref = { id: plan.id, version: plan.version };
  const openReview = (kind: 'MIDTERM' | 'FINAL') =>
    void runStep(
      { step: 'review', kind, ...ref },
      c.openReviewConfirm(c.stageNames[kind]),
      c.openReviewText,
    );

  const fetchFile = (path: string, fallbackName: string) =>
    download.mutate(
      { path, fallbackName },
      {
        onSuccess: ({ blob, fileName }) => {
          saveFile(blob, fileName);
          void message.success(c.downloaded(fileName));
        },
        onError: (error) =>
          notification.error({ title: c.downloadFailed, description: errorMessage(error) }),
      },
    );

  const submitPlan = async () => {
    const ok = await confirm({
      title: c.submitConfirmTitle,
      content: c.submitConfirmText,
      okText: c.submit,
      danger: false,
    });
    if (!ok) return;
    submit.mutate(
      { id: plan.id, version: plan.version },
      {
        onSuccess: () => void message.success(c.submitted),
        onError: (error) => onApiError(error),
      },
    );
  };

  const deleteDraft = async () => {
    const ok = await confirm({
      title: c.deleteConfirmTitle(plan.title),
      content: c.deleteConfirmText,
      okText: c.deleteDraft,
    });
    if (!ok) return;
    remove.mutate(
      { id: plan.id, version: plan.version },
      {
        onSuccess: () => {
          void message.success(c.deleted);
          navigate(PATHS.campaignPlans);
        },
        onError: (error) => onApiError(error),
      },
    );
  };

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: t.nav.emulation },
          { title: <Link to={PATHS.campaignPlans}>{c.backToList}</Link> },
          { title: plan.symbol ?? c.draftNumber },
        ]}
      />
      <PageHeader
        title={plan.title}
        subtitle={
          <Space wrap size={[6, 4]}>
            <PlanStatusTag status={plan.status} />
            <Tag>{c.kinds[plan.kind]}</Tag>
            <Tag>{c.scopes[plan.scope]}</Tag>
            {plan.symbol && <Tag color="blue">{plan.symbol}</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            <Button
              icon={<FileWordOutlined />}
              loading={download.isPending}
              onClick={() => fetchFile(plan.documentUrl, c.docxFallbackName)}
            >
              {c.downloadDocx}
            </Button>
            {plan.pdfAvailable && (
              <Button
                icon={<FilePdfOutlined />}
                loading={download.isPending}
                disabled={plan.pdfStatus === 'PENDING'}
                title={plan.pdfStatus === 'PENDING' ? c.pdfPending : undefined}
                onClick={() => fetchFile(plan.pdfUrl, c.pdfFallbackName)}
              >
                {c.downloadPdf}
              </Button>
            )}
            {isDraft && canManage && (
              <>
                <Button danger icon={<DeleteOutlined />} onClick={() => void deleteDraft()}>
                  {c.deleteDraft}
                </Button>
                <Button
                  icon={<EditOutlined />}
                  onClick={() => navigate(campaignPlanEditPath(plan.id))}
                >
                  {c.edit}
                </Button>
                <Button
                  type="primary"
                  icon={<SendOutlined />}
                  loading={submit.isPending}
                  onClick={() => void submitPlan()}
                >
                  {c.submit}
                </Button>
              </>
            )}
            {isSubmitted && (canIssue || canManage) && (
              <Button icon={<RollbackOutlined />} onClick={() => setModal('return')}>
                {c.return}
              </Button>
            )}
            {isSubmitted && canIssue && (
              <Button type="primary" icon={<SignatureOutlined />} onClick={() => setModal('issue')}>
                {c.issue}
              </Button>
            )}
            {issued && canManage && !plan.supersededBy && status !== 'CLOSED' && (
              <Button icon={<DiffOutlined />} onClick={() => setModal('amend')}>
                {c.amend}
              </Button>
            )}
            {status === 'ISSUED' && canManage && (
              <Button
                type="primary"
                icon={<PlayCircleOutlined />}
                loading={step.isPending}
                onClick={() => void runStep({ step: 'start', ...ref }, c.startConfirm)}
              >
                {c.start}
              </Button>
            )}
            {status === 'RUNNING' && canManage && (
              <Button icon={<FlagOutlined />} onClick={() => openReview('MIDTERM')}>
                {c.openMidterm}
              </Button>
            )}
            {(status === 'RUNNING' || status === 'MIDTERM_REVIEW') && canManage && (
              <Button icon={<FlagOutlined />} onClick={() => openReview('FINAL')}>
                {c.openFinal}
              </Button>
            )}
            {(status === 'MIDTERM_REVIEW' || status === 'FINAL_REVIEW') && canManage && (
              <Button
                icon={<PauseCircleOutlined />}
                loading={step.isPending}
                onClick={() => void runStep({ step: 'resume', ...ref }, c.resumeConfirm)}
              >
                {c.resume}
              </Button>
            )}
            {status === 'FINAL_REVIEW' && canIssue && (
              <Button
                type="primary"
                icon={<CheckCircleOutlined />}
                loading={step.isPending}
                onClick={() => void runStep({ step: 'close', ...ref }, c.closeConfirm, c.closeText)}
              >
                {c.close}
              </Button>
            )}
          </Space>
        }
      />
      {isDraft && plan.returnReason && (
        <Alert
          type="warning"
          showIcon
          title={c.returnReasonTitle}
          description={plan.returnReason}
          style={{ marginBottom: 16 }}
        />
      )}
      {issued && <Alert type="info" showIcon title={c.frozen} style={{ marginBottom: 16 }} />}
      {/* the information above the tabs, not beside them: beside, at 1280 px the tab bar had ~620 px
          for seven tabs and antd moved the last ones into its "more" button, which it puts inside the
          tablist (axe: aria-required-children, critical) */}
      <Row gutter={[20, 20]}>
        <Col xs={24}>
          <Card title={c.info}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2, xl: 3 }}
              items={[
                { key: 'issuer', label: c.issuer, children: plan.issuerUnit.name },
                {
                  key: 'kind',
                  label: c.kindScope,
                  children: `${c.kinds[plan.kind]} · ${c.scopes[plan.scope]}`,
                },
                {
                  key: 'period',
                  label: c.period,
                  children: `${formatIsoDate(plan.periodFrom)} – ${formatIsoDate(plan.periodTo)}`,
                },
                {
                  key: 'number',
                  label: c.number,
                  children: <TextOrNone value={plan.symbol} />,
                },
                ...(issued
                  ? [
                      {
                        key: 'issuedOn',
                        label: c.issuedOn,
                        children: <CalendarDateText value={plan.issuedOn} />,
                      },
                      {
                        key: 'place',
                        label: c.issuePlace,
                        children: <TextOrNone value={plan.issuePlace} />,
                      },
                      {
                        key: 'signer',
                        label: c.signer,
                        children: plan.signer ? (
                          `${plan.signer.title} ${plan.signer.name}`
                        ) : (
                          <TextOrNone value={null} />
                        ),
                      },
                    ]
                  : []),
                ...(plan.respondsToPlan
                  ? [
                      {
                        key: 'respondsTo',
                        label: c.respondsToLine,
                        children: <PlanLink plan={plan.respondsToPlan} />,
                      },
                    ]
                  : []),
                ...(plan.amends
                  ? [
                      {
                        key: 'amends',
                        label: c.amendsLine,
                        children: <PlanLink plan={plan.amends} />,
                      },
                      {
                        key: 'amendmentNote',
                        label: c.amendmentNote,
                        children: <TextOrNone value={plan.amendmentNote} />,
                      },
                    ]
                  : []),
                ...(plan.supersededBy
                  ? [
                      {
                        key: 'superseded',
                        label: c.supersededLine,
                        children: <PlanLink plan={plan.supersededBy} />,
                      },
                    ]
                  : []),
                {
                  key: 'addressing',
                  label: c.addressed,
                  children: plan.addressing ? addressingText(plan.addressing) : c.addressedNone,
                },
                ...(plan.answerDeadline
                  ? [
                      {
                        key: 'answerDeadline',
                        label: c.answerDeadline,
                        children: <CalendarDateText value={plan.answerDeadline} />,
                      },
                    ]
                  : []),
                {
                  key: 'bases',
                  label: c.legalBases,
                  children: plan.legalBases.length ? (
                    <ol style={{ margin: 0, paddingInlineStart: 18 }}>
                      {plan.legalBases.map((doc) => (
                        <li key={doc.id}>{doc.title ? `${doc.name} — ${doc.title}` : doc.name}</li>
                      ))}
                    </ol>
                  ) : (
                    c.noLegalBases
                  ),
                },
                {
                  key: 'createdAt',
                  label: c.createdAt,
                  children: <DateTimeText value={plan.createdAt} />,
                },
                {
                  key: 'updatedAt',
                  label: c.updatedAt,
                  children: <DateTimeText value={plan.updatedAt} />,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small">
            <Tabs
              // the open tab lives in the address (`?muc=`, as the unit page): a link from elsewhere
              // (the registrations import's result) lands on it, and a reload keeps it
              activeKey={params.get(PLAN_TAB_PARAM) ?? 'van-ban'}
              onChange={(key) =>
                setParams(
                  (previous) => {
                    const next = new URLSearchParams(previous);
                    if (key === 'van-ban') next.delete(PLAN_TAB_PARAM);
                    else next.set(PLAN_TAB_PARAM, key);
                    return next;
                  },
                  { replace: true },
                )
              }
              items={[
                {
                  key: 'van-ban',
                  label: c.tabs.document,
                  children: (
                    <div style={{ background: '#f0f2f5', padding: 12 }}>
                      <PlanPreview outline={outline} />
                    </div>
                  ),
                },
                ...(issued && plan.addressing
                  ? [
                      {
                        key: 'don-vi',
                        label: c.tabs.cascade,
                        children: <CascadePanel planId={plan.id} canManage={canManage} />,
                      },
                    ]
                  : []),
                ...(issued
                  ? [
                      {
                        key: PLAN_REGISTRATIONS_TAB,
                        label: c.tabs.registrations,
                        children: <RegistrationsPanel plan={plan} canManage={takesPart} />,
                      },
                      {
                        key: 'so-ket-tong-ket',
                        label: c.tabs.reviews,
                        children: <ReviewsPanel plan={plan} canManage={takesPart} />,
                      },
                      {
                        key: 'dai-hoi',
                        label: congressMessages.tab,
                        children: <CongressesPanel plan={plan} />,
                      },
                      {
                        key: 'giao-uoc',
                        label: covenantMessages.tab,
                        children: <CovenantsPanel plan={plan} />,
                      },
                      ...(readsAwards
                        ? [
                            {
                              key: 'khen-thuong',
                              label: awardBatchMessages.awardsTab,
                              children: <AwardCountersPanel campaignPlanId={plan.id} />,
                            },
                          ]
                        : []),
                    ]
                  : []),
                {
                  key: 'moc-thoi-gian',
                  label: c.tabs.schedule,
                  children: <ScheduleList months={schedule} emptyText={c.scheduleEmpty} />,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {modal === 'return' && (
        <ReturnPlanModal plan={plan} open onClose={() => setModal(null)} reload={reload} />
      )}
      {modal === 'issue' && (
        <IssuePlanModal plan={plan} open onClose={() => setModal(null)} reload={reload} />
      )}
      {modal === 'amend' && (
        <AmendPlanModal
          plan={plan}
          onClose={() => setModal(null)}
          onCreated={(id) => navigate(campaignPlanEditPath(id))}
        />
      )}
    </>
  );
}
