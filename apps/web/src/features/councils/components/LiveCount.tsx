import {
  councilKeys,
  useCouncilVotingRoundLiveCount,
  type CouncilSessionDetail,
  type CouncilVotingRoundItem,
} from '@thidua/web-data-access';
import { useQueryClient } from '@tanstack/react-query';
import { Flex, Progress, Typography } from 'antd';
import { useEffect } from 'react';

import { councilsMessages } from '../messages';
import { roomVoters } from './round-helpers';

const m = councilsMessages.rounds;

/**
 * "Đã bỏ X/Y phiếu" while a ROOM or REMOTE round is open, read again every 2 s: the count only (the
 * query asks for nothing else), never who or what; results come with the tally. When the poll sees
 * the round closed (another secretary's screen), the session's rounds are read again.
 */
export function LiveCount({
  round,
  session,
}: {
  round: CouncilVotingRoundItem;
  session: CouncilSessionDetail;
}) {
  const electronic = round.mode !== 'PAPER';
  const live = useCouncilVotingRoundLiveCount(round.id, electronic && round.status === 'OPEN');
  const queryClient = useQueryClient();
  const status = live.data?.status;

  useEffect(() => {
    if (status && status !== 'OPEN')
      void queryClient.invalidateQueries({ queryKey: councilKeys.rounds(session.id) });
  }, [status, queryClient, session.id]);

  if (!electronic) return <Typography.Text type="secondary">{m.liveCountPaper}</Typography.Text>;

  const cast = live.data?.castCount ?? round.castCount ?? 0;
  const expected = roomVoters(round);
  const written = round.voters - expected;
  const percent = expected > 0 ? Math.min(100, Math.round((cast / expected) * 100)) : 0;
  const label = m.liveCount(cast, expected);

  return (
    <Flex vertical gap={4}>
      <Typography.Text strong aria-live="polite" role="status">
        {label}
      </Typography.Text>
      <Progress
        percent={percent}
        showInfo={false}
        aria-label={label}
        status={cast >= expected ? 'success' : 'active'}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {m.liveCountHelp}
        {written > 0 && ` ${m.writtenLater(written)}`}
      </Typography.Text>
      {live.isError && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {m.liveCountFailed}
        </Typography.Text>
      )}
    </Flex>
  );
}
