import { SafetyCertificateOutlined } from '@ant-design/icons';
import {
  awardKeys,
  isJobFinished,
  useAwardCounters,
  useCheckRoundEligibility,
  useJob,
  type AwardRoundItem,
} from '@thidua/web-data-access';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Flex, Typography } from 'antd';
import { useState } from 'react';

import { errorMessage } from '../../../shared/errors';
import { batchMessages as b } from '../batch-messages';
import { AwardCountersPanel } from './AwardCountersPanel';
import { EligibilityCheckResult } from './EligibilityCheck';

/**
 * A round's counters (what the viewer reads of it) and, for its receiving unit (DOSSIER_RECEIVE
 * there, `canCheckEligibility`), "Kiểm tra tất cả hồ sơ": every dossier in its hands re-judged as a
 * job, whose report shows below when it ends. The report changes no dossier (ADR 0019 §14).
 */
export function RoundCountersDrawer({
  round,
  onClose,
}: {
  round: AwardRoundItem;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const { notification } = App.useApp();
  // the same query as the panel's (react-query shares it): it says whether the viewer may check
  const counters = useAwardCounters({ roundId: round.id });
  const canCheck = counters.data?.rounds[0]?.round.canCheckEligibility ?? false;
  const check = useCheckRoundEligibility();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId ?? undefined).data;
  const running = jobId !== null && !isJobFinished(job);

  const start = () =>
    check.mutate(round.id, {
      onSuccess: (job) => setJobId(job.id),
      onError: (error) =>
        notification.error({ title: b.checkFailed, description: errorMessage(error) }),
    });

  return (
    <Drawer
      open
      size={860}
      title={b.roundDrawerTitle(round.title)}
      onClose={onClose}
      destroyOnHidden
    >
      <Flex vertical gap={16}>
        <AwardCountersPanel roundId={round.id} />
        {canCheck && (
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">{b.checkRoundHelp}</Typography.Text>
            <div>
              <Button
                icon={<SafetyCertificateOutlined />}
                loading={check.isPending || running}
                onClick={start}
              >
                {b.checkRound}
              </Button>
            </div>
          </Flex>
        )}
        {jobId && (
          <EligibilityCheckResult
            jobId={jobId}
            showUnit
            onFinished={() =>
              void queryClient.invalidateQueries({ queryKey: awardKeys.counterLists() })
            }
          />
        )}
      </Flex>
    </Drawer>
  );
}
