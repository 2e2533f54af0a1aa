import { TextOrNone } from '@thidua/web-ui';
import type { RoleAssignmentItem } from '@thidua/web-data-access';
import { Flex, Tag, Tooltip } from 'antd';

import { t } from '../../../i18n';
import { scopeLabel } from '../../../shared/scope';

/**
 * Compact role list for table cells: one tag per grant naming the role and where it holds ("Cán bộ
 * thi đua – khen thưởng — Sở Nội vụ": the same role on two units is two different powers); the scope
 * in full in a tooltip; red = system-wide.
 */
export function RoleAssignmentTags({
  assignments,
}: {
  assignments: readonly RoleAssignmentItem[];
}) {
  if (assignments.length === 0) return <TextOrNone value={null} />;
  return (
    <Flex gap={4} wrap>
      {assignments.map((a) => (
        <Tooltip key={a.id} title={scopeLabel(a.unit)}>
          <Tag color={a.unit ? 'blue' : 'red'} style={{ whiteSpace: 'normal' }}>
            {t.scope.roleAt(a.role.name, a.unit?.name ?? null)}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}
