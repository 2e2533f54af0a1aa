import { Space, Tag, Tooltip, Typography } from 'antd';

import { formatIsoDate } from '../../../shared/dates';

import { awardsMessages as m } from '../messages';

/** Grey while with the proposing unit, blue on its way, gold while judged, green once through. */
const DOSSIER_COLORS: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  RECEIVED: 'geekblue',
  APPRAISED: 'gold',
  READY_FOR_COUNCIL: 'cyan',
  DECIDED: 'green',
  WITHDRAWN: 'default',
};

export function DossierStatusTag({ status }: { status: string }) {
  // a status the API added after this build still shows, under its code
  return <Tag color={DOSSIER_COLORS[status] ?? 'default'}>{m.statuses[status] ?? status}</Tag>;
}

/** A send after the round's deadline, in red with its words (never the colour alone). */
export function LateTag() {
  return (
    <Tooltip title={m.lateHelp}>
      <Tag color="error">{m.late}</Tag>
    </Tooltip>
  );
}

export function RoundStatusTag({ status }: { status: string }) {
  return (
    <Tag color={status === 'OPEN' ? 'green' : 'default'}>{m.roundStatuses[status] ?? status}</Tag>
  );
}

const VERDICT_COLORS: Record<string, string> = {
  ELIGIBLE: 'success',
  NOT_ELIGIBLE: 'error',
  TO_CONFIRM: 'warning',
};

/** The stored eligibility verdict of a nominee, in words with its colour (never the colour alone). */
export function EligibilityTag({ verdict }: { verdict: string }) {
  return (
    <Tooltip title={m.eligibilityVerdictHelp[verdict]}>
      <Tag color={VERDICT_COLORS[verdict] ?? 'default'}>
        {m.eligibilityVerdicts[verdict] ?? verdict}
      </Tag>
    </Tooltip>
  );
}

const DEADLINE_COLORS: Record<string, string> = {
  OVERDUE: 'error',
  DUE_SOON: 'warning',
  ON_TRACK: 'default',
};

/** The running clock's due day and where it stands today ("07/02/2025 · Quá hạn"). */
export function DueTag({
  dueOn,
  status,
  clock,
}: {
  dueOn: string | null | undefined;
  status: string | null | undefined;
  clock?: string | null;
}) {
  if (!dueOn) return null;
  return (
    <Space size={4} wrap>
      <Tooltip title={clock ? m.clocks[clock] : undefined}>
        <Typography.Text>{formatIsoDate(dueOn)}</Typography.Text>
      </Tooltip>
      {status && (
        <Tag color={DEADLINE_COLORS[status] ?? 'default'}>
          {m.deadlineStatuses[status] ?? status}
        </Tag>
      )}
    </Space>
  );
}
