import { formatNumber } from '@thidua/shared-domain';
import type { ImportBatchSummary } from '@thidua/web-data-access';
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';

import { PATHS } from '../../../app/paths';
import { t } from '../../../i18n';
import { planRegistrationsPath } from '../links';

/** Where the imported rows show: the kind's list, or the plan the registrations were imported from. */
function resultsLink(
  kind: ImportBatchSummary['kind'],
  planId: string | undefined,
): { path: string; label: string } | null {
  switch (kind) {
    case 'UNITS':
      return { path: PATHS.units, label: t.imports.viewUnits };
    case 'PEOPLE':
      return { path: PATHS.people, label: t.imports.viewPeople };
    case 'CAMPAIGN_REGISTRATIONS':
      // a file's rows may name several plans: the one the officer came from is the likely one
      return planId
        ? { path: planRegistrationsPath(planId), label: t.imports.viewPlanRegistrations }
        : { path: PATHS.campaignPlans, label: t.imports.viewPlans };
    case 'EVALUATIONS':
    case 'AWARD_RECORDS':
      return { path: PATHS.records, label: t.imports.viewRecords };
    default:
      // kinds this page does not offer (a batch opened by its address): no list to send to
      return null;
  }
}

/** Step 4: what the import did (or why nothing changed). */
export function ImportResult({
  batch,
  planId,
  onAnother,
}: {
  batch: ImportBatchSummary;
  /** the plan the page was opened for (?ke-hoach=), if any */
  planId?: string;
  onAnother: () => void;
}) {
  const navigate = useNavigate();
  const succeeded = batch.status === 'COMMITTED';
  const list = resultsLink(batch.kind, planId);
  return (
    <Result
      status={succeeded ? 'success' : 'error'}
      title={succeeded ? t.imports.succeededTitle : t.imports.failedTitle}
      subTitle={
        succeeded
          ? t.imports.succeededText(
              formatNumber(batch.createCount),
              formatNumber(batch.updateCount),
              formatNumber(batch.unchangedCount),
            )
          : (batch.job?.error ?? t.imports.failedText)
      }
      extra={[
        <Button key="another" onClick={onAnother}>
          {t.imports.another}
        </Button>,
        succeeded && list && (
          <Button key="list" type="primary" onClick={() => navigate(list.path)}>
            {list.label}
          </Button>
        ),
      ]}
    />
  );
}
