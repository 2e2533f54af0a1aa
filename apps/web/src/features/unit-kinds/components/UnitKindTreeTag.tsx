import type { UnitTree } from '@thidua/web-data-access';
import { Tag } from 'antd';

import { t } from '../../../i18n';

const COLORS: Record<UnitTree, string> = { GOVERNMENT: 'blue', PARTY: 'red', FRONT: 'green' };

export function UnitKindTreeTag({ tree }: { tree: UnitTree }) {
  return <Tag color={COLORS[tree]}>{t.units.trees[tree]}</Tag>;
}
