import { Tag } from 'antd';

import { councilsMessages as m } from '../messages';

/** Blue while planned, gold in the room, green once over (never the colour alone: the words show). */
const STATUS_COLORS: Record<string, string> = {
  PLANNED: 'blue',
  IN_PROGRESS: 'gold',
  CLOSED: 'green',
  SIGNED: 'green',
};

export function SessionStatusTag({ status }: { status: string }) {
  // a status the API added after this build still shows, under its code
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'}>{m.sessionStatuses[status] ?? status}</Tag>
  );
}

export function CouncilStateTag({ endedOn }: { endedOn: string | null }) {
  return endedOn ? <Tag>{m.ended(endedOn)}</Tag> : <Tag color="green">{m.active}</Tag>;
}

/** A voting round: gold while members vote, blue waiting for the tally, green once counted. */
const ROUND_COLORS: Record<string, string> = { OPEN: 'gold', CLOSED: 'blue', TALLIED: 'green' };

export function RoundStatusTag({ status }: { status: string }) {
  return <Tag color={ROUND_COLORS[status] ?? 'default'}>{m.rounds.statuses[status] ?? status}</Tag>;
}
