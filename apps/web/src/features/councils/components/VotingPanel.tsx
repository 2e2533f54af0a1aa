import {
  useCouncilVotingRounds,
  type CouncilSessionDetail,
  type CouncilVotingRoundItem,
} from '@thidua/web-data-access';
import { Button, Card, Divider, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';

import { QueryError } from '../../../shared/components/QueryError';
import { councilsMessages } from '../messages';
import { OpenRoundDrawer } from './OpenRoundDrawer';
import { RoundCard } from './RoundCard';
import { WrittenOpinionsPanel } from './WrittenOpinionsPanel';

const m = councilsMessages.rounds;

type Drawer = { kind: 'first' } | { kind: 'second'; previous: CouncilVotingRoundItem } | null;

/**
 * "Biểu quyết" on the session page once the session has started: its rounds, oldest first, each with
 * what its status allows; the secretary (COUNCIL_MANAGE, session in progress) opens rounds, closes and
 * tallies them and records absentees' written opinions. A reader sees the rounds and, after the
 * tally, their results.
 */
export function VotingPanel({ session }: { session: CouncilSessionDetail }) {
  const rounds = useCouncilVotingRounds(session.id);
  const [drawer, setDrawer] = useState<Drawer>(null);
  const manage = session.canManage && session.status === 'IN_PROGRESS';
  const list = rounds.data ?? [];

  return (
    <Card
      title={m.title}
      extra={
        manage && (
          <Button type="primary" onClick={() => setDrawer({ kind: 'first' })}>
            {m.open}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{m.help}</Typography.Paragraph>
      {rounds.isPending ? (
        <Skeleton active />
      ) : rounds.isError ? (
        <QueryError error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : list.length === 0 ? (
        <Typography.Text type="secondary">{manage ? m.emptyCanOpen : m.empty}</Typography.Text>
      ) : (
        <Flex vertical gap={16}>
          {list.map((r) => (
            <RoundCard
              key={r.id}
              round={r}
              session={session}
              manage={manage}
              hasNext={list.some((x) => x.previousRoundId === r.id)}
              onSecondRound={(previous) => setDrawer({ kind: 'second', previous })}
            />
          ))}
        </Flex>
      )}
      {manage && (
        <>
          <Divider />
          <WrittenOpinionsPanel session={session} rounds={list} />
        </>
      )}
      <OpenRoundDrawer
        open={drawer !== null}
        session={session}
        rounds={list}
        previous={drawer?.kind === 'second' ? drawer.previous : null}
        onClose={() => setDrawer(null)}
      />
    </Card>
  );
}
