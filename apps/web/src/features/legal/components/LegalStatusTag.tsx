import type { LegalDocumentStatus } from '@thidua/web-data-access';
import { Tag } from 'antd';

import { t } from '../../../i18n';

const COLORS: Record<LegalDocumentStatus, string> = {
  IN_FORCE: 'green',
  NOT_YET_IN_FORCE: 'blue',
  EXPIRED: 'default',
  REPLACED: 'orange',
};

/** "Còn hiệu lực", "Đã được thay thế"… as of today (the API's `status`). */
export function LegalStatusTag({ status }: { status: LegalDocumentStatus }) {
  return <Tag color={COLORS[status]}>{t.legal.statuses[status]}</Tag>;
}
