import type { JobItem } from '@thidua/web-data-access';

import { t } from '../../../i18n';
import { JobProgress, type JobProgressText } from '../../../shared/components/JobProgress';

const TEXT: JobProgressText = {
  title: t.imports.progressTitle,
  label: t.imports.progressLabel,
  queued: t.imports.queued,
  progress: t.imports.progressText,
};

/** Step 3: the import runs as a job; its progress is asked every second until it ends. */
export function ImportProgress({
  jobId,
  onFinished,
}: {
  jobId: string;
  onFinished: (job: JobItem) => void;
}) {
  return (
    <JobProgress jobId={jobId} text={TEXT} onFinished={onFinished} testId="import-progress-text" />
  );
}
