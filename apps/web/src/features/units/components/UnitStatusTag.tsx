import type { UnitStatus } from '@thidua/web-data-access';
import { Tag } from 'antd';

import { t } from '../../../i18n';

const COLORS: Record<UnitStatus, string> = {
  ACTIVE: 'green',
  DISSOLVED: 'default',
  MERGED: 'purple',
  SPLIT: 'orange',
};

export function UnitStatusTag({ status }: { status: UnitStatus }) {
  return <Tag color={COLORS[status]}>{t.units.statuses[status]}</Tag>;
}
