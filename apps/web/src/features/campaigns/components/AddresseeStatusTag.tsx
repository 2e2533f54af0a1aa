import type { CampaignAddresseeStatus } from '@thidua/web-data-access';
import { Tag } from 'antd';

import { t } from '../../../i18n';

/** On time green, late amber, not yet blue, overdue red: the issuer's table reads at a glance. */
export const ADDRESSEE_STATUS_COLORS: Record<string, string> = {
  ANSWERED: 'green',
  ANSWERED_LATE: 'orange',
  PENDING: 'blue',
  OVERDUE: 'red',
};

export function AddresseeStatusTag({ status }: { status: CampaignAddresseeStatus }) {
  return (
    <Tag color={ADDRESSEE_STATUS_COLORS[status] ?? 'default'}>
      {t.campaigns.addresseeStatuses[status] ?? status}
    </Tag>
  );
}
