import { Tag } from 'antd';

import { decisionsMessages as m } from '../messages';

/** Blue while a draft, green once signed, red when revoked (the words show, never the colour alone). */
const STATUS_COLORS: Record<string, string> = { DRAFT: 'blue', ISSUED: 'green', REVOKED: 'red' };

export function DecisionStatusTag({ status }: { status: string }) {
  // a status the API added after this build still shows, under its code
  return <Tag color={STATUS_COLORS[status] ?? 'default'}>{m.statuses[status] ?? status}</Tag>;
}
