import type { UserStatus } from '@thidua/web-data-access';
import { Tag } from 'antd';

import { t } from '../../../i18n';

export function UserStatusTag({ status }: { status: UserStatus }) {
  return <Tag color={status === 'ACTIVE' ? 'green' : 'red'}>{t.users.statuses[status]}</Tag>;
}
