import { DeleteOutlined, EyeInvisibleOutlined, EyeOutlined, SaveOutlined } from '@ant-design/icons';
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_PLAN_LIMITS as L,
  CAMPAIGN_SCOPES,
  PLAN_BASIS_VERBS,
  type CampaignKind,
  type PlanBasisVerb,
  type CampaignScope,
} from '@thidua/shared-domain';
import { PageHeader, PageLoading, useConfirm } from '@thidua/web-ui';
import {
  useCampaignPlan,
  useCreateCampaignPlan,
  useDeleteCampaignPlanDraft,
  useUnitDetail,
  useUpdateCampaignPlan,
  type CampaignPlanDetail,
  type LegalDocumentItem,
} from '@thidua/web-data-access';
import {
  Alert,
  App,
  Badge,
  Breadcrumb,
  Button,
  Card,
  Col,
  Form,
  Input,
  Radio,
  Result,
  Row,
  Select,
  Space,
  Tabs,
  Typography,
  type FormInstance,
} from 'antd';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useBlocker, useNavigate, useParams, useSearchParams } from 'react-router-dom';

import { PATHS, campaignPlanEditPath, campaignPlanPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { QueryError } from '../../../shared/components/QueryError';
import { requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { UnitSelect } from '../../units/components/UnitSelect';
import { ANSWER_PARAM, ANSWER_UNIT_PARAM } from '../answer-link';
import { PlanPreview } from '../components/PlanPreview';
import { AddressingFields } from '../editor/AddressingFields';
import { AwardsPart } from '../editor/AwardsPart';
import {
  ContestPart,
  PurposePart,
  SchedulePart,
  SectionsPart,
  TargetsPart,
} from '../editor/ContentParts';
import { requiredText } from '../editor/fields';
import { ClosingPart, ImplementationPart } from '../editor/ImplementationParts';
import { LayoutPart } from '../editor/LayoutPart';
import { LegalBasesField, type KnownLegalDocument } from '../editor/LegalBasesField';
import { partOfField, type PartKey } from '../editor/parts';
import { notBefore } from '../editor/rules';
import { planOutline, type PlanOutlineInput } from '../preview/plan-outline';
import {
  amendedCitation,
  outlineFromValues,
  type IssuerUnitLike,
} from '../preview/plan-preview-input';
import { newPlanValues, planFields, planValues, type PlanFormValues } from '../preview/plan-values';

/** Writes a new plan (`/thi-dua/ke-hoach/soan-moi`) or edits a draft (`…/:id/sua`). */
export function CampaignPlanEditorPage() {
  const { id } = useParams<{ id?: string }>();
  const plan = useCampaignPlan(id);
  const [params] = useSearchParams();
  const answeringId = id ? undefined : (params.get(ANSWER_PARAM) ?? undefined);
  const parent = useCampaignPlan(answeringId);
  useDocumentTitle(id ? t.campaigns.editTitle : t.campaigns.createTitle);
  // a reload after a conflict starts the form over from the latest saved plan
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(async () => {
    await plan.refetch();
    setReloads((n) => n + 1);
  }, [plan]);

  if ((id && plan.isPending) || (answeringId && parent.isPending)) return <PageLoading />;
  if (id && plan.isError) {
    return (
      <>
        <PageHeader title={t.campaigns.editTitle} breadcrumb={[t.nav.emulation]} />
        <QueryError error={plan.error} onRetry={() => void plan.refetch()} />
      </>
    );
  }
  const saved = plan.data ?? null;
  if (saved && saved.status !== 'DRAFT') {
    return (
      <Result
        status="info"
        title={saved.title}
        subTitle={t.campaigns.notEditable(t.campaigns.statuses[saved.status] ?? saved.status)}
        extra={
          <Link to={campaignPlanPath(saved.id)}>
            <Button type="primary">{t.campaigns.detailTitle}</Button>
          </Link>
        }
      />
    );
  }
  return (
    <PlanEditor
      key={`${id ?? 'new'}-${reloads}`}
      plan={saved}
      reload={reload}
      parentPlan={parent.data ?? null}
      answeringUnitId={answeringId ? (params.get(ANSWER_UNIT_PARAM) ?? undefined) : undefined}
    />
  );
}

/** The parts never take props: memo keeps them out of the page's re-renders. */
const PART_TABS: { key: PartKey; Part: React.ComponentType }[] = [
  { key: 'purpose', Part: memo(PurposePart) },
  { key: 'contest', Part: memo(ContestPart) },
  { key: 'sections', Part: memo(SectionsPart) },
  { key: 'targets', Part: memo(TargetsPart) },
  { key: 'schedule', Part: memo(SchedulePart) },
  { key: 'awards', Part: memo(AwardsPart) },
  { key: 'implementation', Part: memo(ImplementationPart) },
  { key: 'closing', Part: memo(ClosingPart) },
  { key: 'layout', Part: memo(LayoutPart) },
];

/**
 * The document as the form now stands, without a round trip. It alone watches every value, so a
 * keystroke re-renders the preview and not the form; the deferred value keeps typing ahead of it.
 */
function LivePreview({
  form,
  initialValues,
  savedIssuer,
  known,
  amends,
}: {
  form: FormInstance<PlanFormValues>;
  initialValues: PlanFormValues;
  /** the saved plan's issuer (fixed once created); a new plan reads the chosen unit */
  savedIssuer: IssuerUnitLike | null;
  known: ReadonlyMap<string, KnownLegalDocument>;
  amends: PlanOutlineInput['amends'];
}) {
  const watched = Form.useWatch((values: PlanFormValues) => values, { form, preserve: true });
  const values = useDeferredValue(watched && Object.keys(watched).length ? watched : initialValues);
  const issuerUnitId = values.issuerUnitId ?? undefined;
  const issuerDetail = useUnitDetail(savedIssuer ? undefined : issuerUnitId);
  const issuer = savedIssuer ?? issuerDetail.data ?? null;
  const outline = useMemo(
    () => planOutline(outlineFromValues(values, issuer, known, amends)),
    [values, issuer, known, amends],
  );
  return <PlanPreview outline={outline} />;
}

function PlanEditor({
  plan,
  reload,
  parentPlan,
  answeringUnitId,
}: {
  plan: CampaignPlanDetail | null;
  reload: () => Promise<void>;
  /** a new plan answering this one (from the inbox) */
  parentPlan: CampaignPlanDetail | null;
  answeringUnitId?: string;
}) {
  const c = t.campaigns;
  const [form] = Form.useForm<PlanFormValues>();
  const navigate = useNavigate();
  const { user } = useViewer();
  const { message, modal } = App.useApp();
  const confirm = useConfirm();
  const onApiError = useApiErrorHandler();
  const create = useCreateCampaignPlan();
  const update = useUpdateCampaignPlan();
  const remove = useDeleteCampaignPlanDraft();
  const save = useVersionedForm(form, plan ? reload : undefined);
  const pending = create.isPending || update.isPending || remove.isPending;

  const [initialValues] = useState<PlanFormValues>(() =>
    plan
      ? planValues(plan)
      : newPlanValues(
          answeringUnitId ?? user.unit.id,
          parentPlan
            ? {
                planId: parentPlan.id,
                kind: parentPlan.kind,
                periodFrom: parentPlan.periodFrom,
                periodTo: parentPlan.periodTo,
              }
            : null,
        ),
  );
  const [tab, setTab] = useState<PartKey>('purpose');
  const [partsWithErrors, setPartsWithErrors] = useState<ReadonlySet<PartKey>>(new Set());
  const [showPreview, setShowPreview] = useState(true);
  const [known, setKnown] = useState<ReadonlyMap<string, KnownLegalDocument>>(
    () => new Map((plan?.legalBases ?? []).map((d) => [d.id, d])),
  );
  const remember = useCallback((doc: LegalDocumentItem) => {
    setKnown((current) => (current.has(doc.id) ? current : new Map(current).set(doc.id, doc)));
  }, []);

  // ---- unsaved changes: asked before leaving the page (the menu, a link, the browser's back)
  const dirty = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t.common.discardTitle,
      content: t.common.discardText,
      okText: t.common.discardOk,
      cancelText: t.common.discardKeep,
      okButtonProps: { danger: true },
      focusable: { autoFocusButton: 'cancel' },
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal]);

  // ---- errors: mark the tabs holding them and open the first one
  const markErrors = useCallback(
    (jump: boolean) => {
      const parts = new Set<PartKey>();
      for (const field of form.getFieldsError()) {
        if (field.errors.length === 0) continue;
        const part = partOfField(field.name);
        if (part) parts.add(part);
      }
      // a new state only when the marks change: this runs on every keystroke
      setPartsWithErrors((current) =>
        current.size === parts.size && [...parts].every((p) => current.has(p)) ? current : parts,
      );
      if (jump && parts.size > 0) {
        setTab((open) =>
          parts.has(open) ? open : (PART_TABS.find((p) => parts.has(p.key))?.key ?? open),
        );
      }
    },
    [form],
  );

  // the parts, built again only when their marks or the open tab change (never while typing)
  const tabItems = useMemo(
    () =>
      PART_TABS.map(({ key, Part }) => ({
        key,
        // every part stays mounted: its fields validate and save with the others
        forceRender: true,
        label: partsWithErrors.has(key) ? (
          <Badge dot offset={[6, 0]}>
            <span>
              {c.parts[key]}
              <span style={srOnly}>{` (${c.partHasErrors})`}</span>
            </span>
          </Badge>
        ) : (
          c.parts[key]
        ),
        children: <Part />,
      })),
    [partsWithErrors, c],
  );

  const onError = (error: unknown) => {
    save.onError(error);
    markErrors(true);
  };

  const submit = () => {
    save.reset();
    const values = form.getFieldsValue(true) as PlanFormValues;
    const fields = planFields(values);
    const done = (message_: string) => {
      dirty.current = false;
      void message.success(message_);
    };
    if (plan) {
      update.mutate(
        { id: plan.id, version: plan.version, ...fields },
        { onSuccess: () => done(c.saved), onError },
      );
    } else {
      create.mutate(
        { issuerUnitId: values.issuerUnitId ?? '', ...fields },
        {
          onSuccess: (created) => {
            done(c.created);
            navigate(campaignPlanEditPath(created.id), { replace: true });
          },
          onError,
        },
      );
    }
  };

  const deleteDraft = async () => {
    if (!plan) return;
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
          dirty.current = false;
          void message.success(c.deleted);
          navigate(PATHS.campaignPlans);
        },
        onError: (error) => onApiError(error),
      },
    );
  };

  const title = plan ? c.editTitle : c.createTitle;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: t.nav.emulation },
          { title: <Link to={PATHS.campaignPlans}>{c.backToList}</Link> },
          ...(plan ? [{ title: <Link to={campaignPlanPath(plan.id)}>{plan.title}</Link> }] : []),
          { title },
        ]}
      />
      <PageHeader
        title={title}
        extra={
          <Space wrap>
            {plan && (
              <Button danger icon={<DeleteOutlined />} onClick={() => void deleteDraft()}>
                {c.deleteDraft}
              </Button>
            )}
            <Button
              icon={showPreview ? <EyeInvisibleOutlined /> : <EyeOutlined />}
              onClick={() => setShowPreview((v) => !v)}
              aria-pressed={showPreview}
            >
              {showPreview ? c.hidePreview : c.showPreview}
            </Button>
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={pending}
              onClick={() => form.submit()}
            >
              {plan ? c.save : c.create}
            </Button>
          </Space>
        }
      />
      <Form<PlanFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        onFinishFailed={() => {
          markErrors(true);
          void message.error(c.formErrors);
        }}
        onValuesChange={() => {
          dirty.current = true;
        }}
        onFieldsChange={() => markErrors(false)}
        disabled={pending}
        scrollToFirstError={false}
      >
        <Row gutter={[20, 20]}>
          <Col xs={24} xl={showPreview ? 12 : 24}>
            {save.alert}
            {plan?.returnReason && (
              <Alert
                type="warning"
                showIcon
                title={c.returnReasonTitle}
                description={plan.returnReason}
                style={{ marginBottom: 16 }}
              />
            )}
            <Card title={c.headerCard} style={{ marginBottom: 20 }}>
              <Form.Item
                name="issuerUnitId"
                label={c.issuerUnit}
                extra={c.issuerUnitHelp}
                rules={[requiredChoice(c.issuerUnitWhat)]}
              >
                <UnitSelect
                  disabled={Boolean(plan)}
                  initialUnit={plan ? plan.issuerUnit : answeringUnitId ? null : user.unit}
                />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item name="kind" label={c.kind} rules={[requiredChoice(c.kindWhat)]}>
                    <Select<CampaignKind>
                      options={(Object.keys(CAMPAIGN_KINDS) as CampaignKind[]).map((k) => ({
                        value: k,
                        label: c.kinds[k],
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="scope" label={c.scope} rules={[requiredChoice(c.scopeWhat)]}>
                    <Select<CampaignScope>
                      options={(Object.keys(CAMPAIGN_SCOPES) as CampaignScope[]).map((s) => ({
                        value: s,
                        label: c.scopes[s],
                      }))}
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="title"
                label={c.title}
                extra={c.titleHelp}
                rules={[requiredText(c.titleWhat)]}
              >
                <Input.TextArea rows={2} maxLength={L.title} />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="periodFrom"
                    label={c.periodFrom}
                    rules={[{ required: true, message: t.validation.required(c.periodFromWhat) }]}
                  >
                    <IsoDatePicker />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="periodTo"
                    label={c.periodTo}
                    dependencies={['periodFrom']}
                    rules={[
                      { required: true, message: t.validation.required(c.periodToWhat) },
                      notBefore(['periodFrom'], c.periodOrder),
                    ]}
                  >
                    <IsoDatePicker />
                  </Form.Item>
                </Col>
              </Row>
              <LegalBasesField known={known} onPick={remember} />
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item name={['content', 'opening', 'verb']} label={c.openingVerb}>
                    <Radio.Group
                      optionType="button"
                      options={(Object.keys(PLAN_BASIS_VERBS) as PlanBasisVerb[]).map((v) => ({
                        value: v,
                        label: PLAN_BASIS_VERBS[v],
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item
                    name={['content', 'opening', 'resolution']}
                    label={c.openingResolution}
                    extra={c.openingResolutionHelp}
                  >
                    <Input maxLength={L.paragraph} placeholder={c.openingResolutionPlaceholder} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Card title={c.addressingCard} style={{ marginBottom: 20 }}>
              <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                {c.addressingHelp}
              </Typography.Paragraph>
              <AddressingFields
                plan={plan}
                parentPlan={plan ? (plan.respondsToPlan ?? null) : parentPlan}
              />
            </Card>
            <Card title={c.partsCard}>
              <Tabs activeKey={tab} onChange={(key) => setTab(key as PartKey)} items={tabItems} />
            </Card>
          </Col>
          {showPreview && (
            <Col xs={24} xl={12}>
              <div style={{ position: 'sticky', top: 16 }}>
                <Card
                  size="small"
                  title={c.previewTitle}
                  styles={{
                    body: {
                      background: '#f0f2f5',
                      maxHeight: 'calc(100vh - 120px)',
                      overflow: 'auto',
                    },
                  }}
                >
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                    {c.previewHelp}
                  </Typography.Paragraph>
                  <LivePreview
                    form={form}
                    initialValues={initialValues}
                    savedIssuer={plan?.issuerUnit ?? null}
                    known={known}
                    amends={plan ? amendedCitation(plan) : null}
                  />
                </Card>
              </div>
            </Col>
          )}
        </Row>
      </Form>
    </>
  );
}

/** Read by screen readers, not shown: the tab's error mark is otherwise only a red dot. */
const srOnly: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
