import { PageHeader, PageLoading } from '@thidua/web-ui';
import {
  useImportApplied,
  useImportBatch,
  type ImportBatchSummary,
  type ImportFileKind,
  type JobItem,
} from '@thidua/web-data-access';
import { Card, Steps } from 'antd';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { ImportPreview } from '../components/ImportPreview';
import { ImportProgress } from '../components/ImportProgress';
import { ImportResult } from '../components/ImportResult';
import { ImportUpload } from '../components/ImportUpload';
import { IMPORT_KIND_PARAM, IMPORT_PLAN_PARAM, importKindParam, importPlanParam } from '../links';

/** The uploaded batch lives in the address (?lo=…): a reload, or a colleague, finds the same preview. */
const BATCH_PARAM = 'lo';

function stepOf(batch: ImportBatchSummary | undefined): number {
  if (!batch) return 0;
  if (batch.status === 'PREVIEW') return 1;
  if (batch.status === 'COMMITTING') return 2;
  return 3;
}

export function ImportPage() {
  useDocumentTitle(t.imports.pageTitle);
  const { can } = useViewer();
  const [params, setParams] = useSearchParams();
  const batchId = params.get(BATCH_PARAM) ?? undefined;
  const batch = useImportBatch(batchId);
  const applied = useImportApplied();
  const kinds: ImportFileKind[] = [
    ...(can('UNIT_MANAGE') ? (['units'] as const) : []),
    ...(can('PERSON_MANAGE') ? (['people'] as const) : []),
    // the handler's permission (campaign-registration-import.handler.ts); the API checks each row's unit
    ...(can('CAMPAIGN_MANAGE') ? (['campaign-registrations'] as const) : []),
    // hồ sơ thành tích (records module): the handlers ask RECORDS_MANAGE
    ...(can('RECORDS_MANAGE') ? (['evaluations', 'award-records'] as const) : []),
  ];
  // ?loai=…&ke-hoach=…: the kind to start with and the plan it is for (see ../links.ts); they stay in
  // the address through the steps, so the result can lead back to the plan
  const requestedKind = importKindParam(params.get(IMPORT_KIND_PARAM));
  const initialKind = kinds.find((kind) => kind === requestedKind) ?? kinds[0];
  const planId = importPlanParam(params.get(IMPORT_PLAN_PARAM));

  // the job's end is known before the batch is read again: show the result from the job meanwhile
  const [finishedJob, setFinishedJob] = useState<JobItem | null>(null);
  const setBatch = useCallback(
    (id: string | null) => {
      setFinishedJob(null);
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (id) next.set(BATCH_PARAM, id);
          else next.delete(BATCH_PARAM);
          return next;
        },
        { replace: !id },
      );
    },
    [setParams],
  );

  const { refetch } = batch;
  const onJobFinished = useCallback(
    (job: JobItem) => {
      setFinishedJob(job);
      void applied();
      void refetch();
    },
    [applied, refetch],
  );

  const loaded = batchId ? batch.data : undefined;
  const current: ImportBatchSummary | undefined =
    loaded?.status === 'COMMITTING' && finishedJob && loaded.job?.id === finishedJob.id
      ? {
          ...loaded,
          status: finishedJob.status === 'SUCCEEDED' ? 'COMMITTED' : 'FAILED',
          job: finishedJob,
        }
      : loaded;
  const step = stepOf(current);
  const committingJob = current?.status === 'COMMITTING' ? current.job : null;

  return (
    <>
      <PageHeader
        title={t.imports.pageTitle}
        subtitle={t.imports.subtitle}
        breadcrumb={[t.nav.org]}
      />
      <Card>
        <Steps
          current={step}
          style={{ marginBottom: 24 }}
          items={[
            { title: t.imports.steps.upload },
            { title: t.imports.steps.preview },
            { title: t.imports.steps.progress },
            { title: t.imports.steps.result },
          ]}
        />
        {!batchId && (
          <ImportUpload
            kinds={kinds}
            initialKind={initialKind}
            planId={planId}
            onUploaded={(id) => setBatch(id)}
          />
        )}
        {batchId && batch.isPending && <PageLoading />}
        {batchId && batch.isError && (
          <QueryError error={batch.error} onRetry={() => void batch.refetch()} />
        )}
        {current?.status === 'PREVIEW' && (
          <ImportPreview batch={current} onDiscarded={() => setBatch(null)} />
        )}
        {current?.status === 'COMMITTING' &&
          (committingJob ? (
            <ImportProgress jobId={committingJob.id} onFinished={onJobFinished} />
          ) : (
            <PageLoading />
          ))}
        {(current?.status === 'COMMITTED' || current?.status === 'FAILED') && (
          <ImportResult batch={current} planId={planId} onAnother={() => setBatch(null)} />
        )}
      </Card>
    </>
  );
}
