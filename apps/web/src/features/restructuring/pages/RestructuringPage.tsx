import { applyFieldErrors, ErrorAlert, PageHeader, useConfirm } from '@thidua/web-ui';
import {
  isApiError,
  useCommitRestructuring,
  usePreviewRestructuring,
  type RestructuringItem,
  type RestructuringOperation,
  type RestructuringOperationKind,
  type RestructuringPreview,
} from '@thidua/web-data-access';
import {
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Spin,
  Steps,
  Typography,
  type FormInstance,
} from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { formatIsoDate } from '../../../shared/dates';
import { errorMessage } from '../../../shared/errors';
import { required, requiredChoice } from '../../../shared/forms/rules';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { OperationFields } from '../components/OperationFields';
import { PreviewPanel } from '../components/PreviewPanel';
import { RestructuringDone } from '../components/RestructuringDone';
import { OPERATION_KINDS, OPERATION_PARAM, UNIT_PARAM, operationFromSlug } from '../operations';
import {
  buildOperation,
  splitFieldErrors,
  WIZARD_STEPS,
  type BasisValues,
  type OperationValues,
} from '../wizardInput';

function clearErrors(form: FormInstance): void {
  const withErrors = form.getFieldsError().filter((field) => field.errors.length > 0);
  if (withErrors.length > 0) form.setFields(withErrors.map(({ name }) => ({ name, errors: [] })));
}

/** Step 1's starting values: the unit chosen on its page lands in the right field. */
function initialOperationValues(
  kind: RestructuringOperationKind | undefined,
  unitId: string | null,
): OperationValues {
  const base: OperationValues = { mergeMode: 'new', newUnits: [{}, {}] };
  if (!unitId || !kind) return base;
  switch (kind) {
    case 'MERGE':
      return { ...base, sourceUnitIds: [unitId] };
    case 'SPLIT':
      return { ...base, sourceUnitId: unitId };
    default:
      return { ...base, unitId };
  }
}

/**
 * The restructuring wizard: 1. operation and units, 2. legal basis and effective date, 3. preview of
 * every consequence (computed by the API without changing anything), 4. confirmation → done.
 */
export function RestructuringPage() {
  useDocumentTitle(t.restructuring.pageTitle);
  const [params] = useSearchParams();
  const preselected = operationFromSlug(params.get(OPERATION_PARAM));
  const preselectedUnit = params.get(UNIT_PARAM);
  // a new preselection (another unit's "Sáp nhập"…) starts a fresh wizard
  return (
    <Wizard
      key={`${preselected ?? ''}|${preselectedUnit ?? ''}`}
      preselected={preselected}
      preselectedUnit={preselectedUnit}
    />
  );
}

function Wizard({
  preselected,
  preselectedUnit,
}: {
  preselected?: RestructuringOperationKind;
  preselectedUnit: string | null;
}) {
  const [kind, setKind] = useState<RestructuringOperationKind | undefined>(preselected);
  const [step, setStep] = useState<number>(WIZARD_STEPS.operation);
  const [operationForm] = Form.useForm<OperationValues>();
  const [basisForm] = Form.useForm<BasisValues>();
  const [operation, setOperation] = useState<RestructuringOperation | null>(null);
  const [preview, setPreview] = useState<RestructuringPreview | null>(null);
  const [done, setDone] = useState<RestructuringItem | null>(null);
  const [stepError, setStepError] = useState<{ step: number; message: string } | null>(null);
  const previewing = usePreviewRestructuring();
  const commit = useCommitRestructuring();
  const confirm = useConfirm();
  const initialValues = useMemo(
    () => initialOperationValues(preselected, preselectedUnit),
    [preselected, preselectedUnit],
  );

  const reset = () => {
    operationForm.resetFields();
    basisForm.resetFields();
    setKind(undefined);
    setOperation(null);
    setPreview(null);
    setDone(null);
    setStepError(null);
    setStep(WIZARD_STEPS.operation);
  };

  /**
   * A refusal from the API: per-field messages go under the inputs of the step they belong to, and
   * the wizard returns to the first such step; anything else is shown on the current step.
   */
  const showError = (error: unknown, currentStep: number) => {
    if (isApiError(error) && error.hasFieldErrors) {
      const { operation: opErrors, basis } = splitFieldErrors(error.fields);
      const restOp = applyFieldErrors(operationForm, opErrors);
      const restBasis = applyFieldErrors(basisForm, basis);
      const matched = (fields: Record<string, string[]>, unmatched: string[]) =>
        Object.values(fields).flat().length > unmatched.length;
      const target = matched(opErrors, restOp)
        ? WIZARD_STEPS.operation
        : matched(basis, restBasis)
          ? WIZARD_STEPS.basis
          : currentStep;
      const unmatched = [...restOp, ...restBasis];
      setStep(target);
      setStepError({
        step: target,
        message: unmatched.length > 0 ? unmatched.join(' ') : t.restructuring.fixErrors,
      });
      return;
    }
    setStepError({ step: currentStep, message: errorMessage(error) });
  };

  const toBasis = async () => {
    setStepError(null);
    try {
      await operationForm.validateFields();
      setStep(WIZARD_STEPS.basis);
    } catch {
      // antd shows the messages under the fields
    }
  };

  const toPreview = async () => {
    if (!kind) return;
    setStepError(null);
    let basis: BasisValues;
    try {
      basis = await basisForm.validateFields();
    } catch {
      return;
    }
    // the previous answer's messages go: this input is asked about afresh
    clearErrors(operationForm);
    clearErrors(basisForm);
    const next = buildOperation(kind, operationForm.getFieldsValue(true) as OperationValues, basis);
    setOperation(next);
    setPreview(null);
    setStep(WIZARD_STEPS.preview);
    previewing.mutate(next, {
      onSuccess: setPreview,
      onError: (error) => showError(error, WIZARD_STEPS.preview),
    });
  };

  const execute = async () => {
    if (!kind || !operation || !preview) return;
    const ending = preview.units.filter((u) => u.action === 'ENDED');
    const creating = preview.units.filter((u) => u.action === 'CREATED');
    const ok = await confirm({
      title: t.restructuring.confirmDialogTitle(t.restructuring.kinds[kind]),
      content: (
        <div data-testid="restructuring-confirm">
          {ending.length > 0 ? (
            <>
              <Typography.Paragraph style={{ marginBottom: 4 }}>
                {t.restructuring.confirmEnds(formatIsoDate(preview.effectiveDate))}
              </Typography.Paragraph>
              <ul style={{ marginTop: 0 }}>
                {ending.map((u) => (
                  <li key={u.unitId ?? u.code}>
                    <strong>{u.nameBefore ?? u.code}</strong>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <Typography.Paragraph>{t.restructuring.confirmNothingEnds}</Typography.Paragraph>
          )}
          {creating.length > 0 && (
            <>
              <Typography.Paragraph style={{ marginBottom: 4 }}>
                {t.restructuring.confirmCreates}
              </Typography.Paragraph>
              <ul style={{ marginTop: 0 }}>
                {creating.map((u) => (
                  <li key={u.code}>{u.nameAfter ?? u.code}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ),
      okText: t.restructuring.execute(t.restructuring.kinds[kind]),
    });
    if (!ok) return;
    setStepError(null);
    commit.mutate(operation, {
      onSuccess: setDone,
      onError: (error) => showError(error, WIZARD_STEPS.confirm),
    });
  };

  if (done) return <RestructuringDone restructuring={done} onStartOver={reset} />;

  const errorFor = (n: number) =>
    stepError?.step === n ? (
      <ErrorAlert
        title={n >= WIZARD_STEPS.preview ? t.restructuring.previewFailed : undefined}
        message={stepError.message}
      />
    ) : null;

  return (
    <>
      <PageHeader
        title={t.restructuring.pageTitle}
        subtitle={t.restructuring.subtitle}
        breadcrumb={[t.nav.org]}
      />
      <Card>
        <Steps
          current={step}
          style={{ marginBottom: 24 }}
          onChange={(next) => {
            if (next < step) setStep(next);
          }}
          items={[
            { title: t.restructuring.steps.operation },
            { title: t.restructuring.steps.legalBasis },
            { title: t.restructuring.steps.preview },
            { title: t.restructuring.steps.confirm },
          ]}
        />

        {/* steps 1 and 2 stay mounted so their values and server messages survive navigation */}
        <section
          hidden={step !== WIZARD_STEPS.operation}
          data-testid="wizard-step-1"
          aria-label={t.restructuring.stepLabel(1, t.restructuring.steps.operation)}
        >
          {errorFor(WIZARD_STEPS.operation)}
          <OperationStep
            form={operationForm}
            kind={kind}
            onKindChange={(next) => {
              setKind(next);
              setStepError(null);
            }}
            initialValues={initialValues}
          />
          <Flex justify="flex-end" gap={8}>
            <Button type="primary" disabled={!kind} onClick={() => void toBasis()}>
              {t.common.next}
            </Button>
          </Flex>
        </section>

        <section
          hidden={step !== WIZARD_STEPS.basis}
          data-testid="wizard-step-2"
          aria-label={t.restructuring.stepLabel(2, t.restructuring.steps.legalBasis)}
        >
          {errorFor(WIZARD_STEPS.basis)}
          <BasisStep form={basisForm} />
          <Flex justify="space-between" gap={8}>
            <Button onClick={() => setStep(WIZARD_STEPS.operation)}>{t.common.back}</Button>
            <Button type="primary" onClick={() => void toPreview()}>
              {t.restructuring.toPreview}
            </Button>
          </Flex>
        </section>

        {step === WIZARD_STEPS.preview && (
          <section aria-label={t.restructuring.stepLabel(3, t.restructuring.steps.preview)}>
            <Typography.Title level={4}>{t.restructuring.previewTitle}</Typography.Title>
            {errorFor(WIZARD_STEPS.preview)}
            {previewing.isPending && (
              <Flex gap={12} align="center" role="status" style={{ padding: 24 }}>
                <Spin />
                <Typography.Text type="secondary">{t.restructuring.previewing}</Typography.Text>
              </Flex>
            )}
            {preview && <PreviewPanel preview={preview} />}
            <Flex justify="space-between" gap={8} style={{ marginTop: 24 }}>
              <Button onClick={() => setStep(WIZARD_STEPS.basis)}>{t.common.back}</Button>
              <Button
                type="primary"
                disabled={!preview}
                onClick={() => setStep(WIZARD_STEPS.confirm)}
              >
                {t.common.next}
              </Button>
            </Flex>
          </section>
        )}

        {step === WIZARD_STEPS.confirm && kind && preview && (
          <section aria-label={t.restructuring.stepLabel(4, t.restructuring.steps.confirm)}>
            <Typography.Title level={4}>{t.restructuring.confirmTitle}</Typography.Title>
            {stepError?.step === WIZARD_STEPS.confirm && (
              <ErrorAlert
                title={t.restructuring.commitFailed}
                message={stepError.message}
                onRetry={() => void toPreview()}
                retryText={t.restructuring.previewAgain}
              />
            )}
            <Typography.Paragraph>{t.restructuring.confirmIntro}</Typography.Paragraph>
            <PreviewPanel preview={preview} />
            <Flex justify="space-between" gap={8} style={{ marginTop: 24 }}>
              <Button onClick={() => setStep(WIZARD_STEPS.operation)}>
                {t.restructuring.changeInput}
              </Button>
              <Button
                type="primary"
                danger
                loading={commit.isPending}
                onClick={() => void execute()}
              >
                {t.restructuring.execute(t.restructuring.kinds[kind])}
              </Button>
            </Flex>
          </section>
        )}
      </Card>
    </>
  );
}

function OperationStep({
  form,
  kind,
  onKindChange,
  initialValues,
}: {
  form: FormInstance<OperationValues>;
  kind: RestructuringOperationKind | undefined;
  onKindChange: (kind: RestructuringOperationKind) => void;
  initialValues: OperationValues;
}) {
  return (
    <Form<OperationValues> form={form} layout="vertical" initialValues={initialValues}>
      <Form.Item label={t.restructuring.operation} required>
        <Radio.Group
          value={kind}
          onChange={(e) => {
            const next = OPERATION_KINDS.find((k) => k === e.target.value);
            if (next) onKindChange(next);
          }}
          style={{ width: '100%' }}
        >
          <Row gutter={[12, 12]}>
            {OPERATION_KINDS.map((k) => (
              <Col xs={24} sm={12} lg={8} key={k}>
                <Radio value={k}>
                  <Typography.Text strong>{t.restructuring.kinds[k]}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t.restructuring.kindHelp[k]}
                  </Typography.Text>
                </Radio>
              </Col>
            ))}
          </Row>
        </Radio.Group>
      </Form.Item>
      {kind && <OperationFields kind={kind} form={form} />}
    </Form>
  );
}

function BasisStep({ form }: { form: FormInstance<BasisValues> }) {
  return (
    <Form<BasisValues> form={form} layout="vertical">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={['legalBasis', 'number']}
            label={t.restructuring.legalNumber}
            extra={t.restructuring.legalNumberHelp}
            rules={[required(t.restructuring.legalNumberWhat)]}
          >
            <Input maxLength={100} spellCheck={false} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            name={['legalBasis', 'date']}
            label={t.restructuring.legalDate}
            rules={[requiredChoice(t.restructuring.legalDateWhat)]}
          >
            <IsoDatePicker />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            name="effectiveDate"
            label={t.restructuring.effectiveDate}
            extra={t.restructuring.effectiveDateHelp}
            rules={[requiredChoice(t.restructuring.effectiveDateWhat)]}
          >
            <IsoDatePicker />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name={['legalBasis', 'title']}
        label={t.restructuring.legalTitle}
        extra={t.restructuring.legalTitleHelp}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="note" label={t.restructuring.note}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </Form>
  );
}
