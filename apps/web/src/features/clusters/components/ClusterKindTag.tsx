import type { ClusterKind } from '@thidua/web-data-access';
import { Tag } from 'antd';

import { t } from '../../../i18n';

export function ClusterKindTag({ kind }: { kind: ClusterKind }) {
  return <Tag color={kind === 'CUM' ? 'geekblue' : 'magenta'}>{t.clusters.kinds[kind]}</Tag>;
}
