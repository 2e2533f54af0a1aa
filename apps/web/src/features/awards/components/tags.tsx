import { Tag, Tooltip } from 'antd';

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
