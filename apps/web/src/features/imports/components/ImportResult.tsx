import { formatNumber } from '@thidua/shared-domain';
import type { ImportBatchSummary } from '@thidua/web-data-access';
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';

import { PATHS } from '../../../app/paths';
import { t } from '../../../i18n';

/** Step 4: what the import did (or why nothing changed). */
export function ImportResult({
  batch,
  onAnother,
}: {
  batch: ImportBatchSummary;
  onAnother: () => void;
}) {
  const navigate = useNavigate();
  const succeeded = batch.status === 'COMMITTED';
  const list =
    batch.kind === 'UNITS'
      ? { path: PATHS.units, label: t.imports.viewUnits }
      : { path: PATHS.people, label: t.imports.viewPeople };
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
        succeeded && (
          <Button key="list" type="primary" onClick={() => navigate(list.path)}>
            {list.label}
          </Button>
        ),
      ]}
    />
  );
}
