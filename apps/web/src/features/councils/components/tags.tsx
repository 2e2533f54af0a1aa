import { Tag } from 'antd';

import { councilsMessages as m } from '../messages';

/**
 * Blue while planned, gold in the room, cyan once closed (minutes waiting for the signatures), green
 * once signed (never the colour alone: the words show).
 */
const STATUS_COLORS: Record<string, string> = {
  PLANNED: 'blue',
  IN_PROGRESS: 'gold',
  CLOSED: 'cyan',
  SIGNED: 'green',
};

/**
 * An agenda item's verdict at the close: green passed, red failed, orange passed over the quota. The
 * preset colours, as RoundResults' tags: the status ones ('success'…) write #52c41a on #f6ffed, 2.2:1
 * (axe, WCAG AA asks 4.5:1 at 12 px).
 */
const OUTCOME_COLORS: Record<string, string> = {
  PASSED: 'green',
  FAILED: 'red',
  OVER_QUOTA: 'orange',
};

export function AgendaOutcomeTag({ outcome }: { outcome: string }) {
  return <Tag color={OUTCOME_COLORS[outcome] ?? 'default'}>{m.outcomes[outcome] ?? outcome}</Tag>;
}

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
