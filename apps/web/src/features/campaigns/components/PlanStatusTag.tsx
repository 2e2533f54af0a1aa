import type { CampaignPlanStatus } from '@thidua/web-data-access';
import { Tag } from 'antd';

import { t } from '../../../i18n';

/** Colours by stage: grey while drafted, blue at the signer, green once issued, then the running ones. */
const COLORS: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  ISSUED: 'green',
  RUNNING: 'green',
  MIDTERM_REVIEW: 'gold',
  FINAL_REVIEW: 'orange',
  CLOSED: 'purple',
};

export function PlanStatusTag({ status }: { status: CampaignPlanStatus }) {
  // a status the API added after this build still shows, under its code
  const label = (t.campaigns.statuses as Record<string, string>)[status] ?? status;
  return <Tag color={COLORS[status] ?? 'default'}>{label}</Tag>;
}
